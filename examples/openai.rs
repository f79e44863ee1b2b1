//! Prints the bundled OpenAI error table, then classifies a few real-looking responses and
//! says whether and when to retry each.
//!
//! ```text
//! cargo run --example openai
//! ```

use std::time::SystemTime;

use errspec::openai::ErrorCode;
use errspec::runtime::retry::{DecisionInput, FixedJitter};
use errspec::runtime::{RetryDecision, RetryHints, classify, decide};

/// A status, its headers and its body.
type Response = (u16, &'static [(&'static str, &'static str)], &'static str);

fn main() {
    println!(
        "{:<6} {:<24} {:<38} {:<16} retry",
        "status", "type", "code", "category"
    );
    for &code in ErrorCode::ALL {
        println!(
            "{:<6} {:<24} {:<38} {:<16} {}",
            code.status(),
            code.error_type().as_str(),
            code.as_str(),
            code.category().as_str(),
            code.retry_strategy().name
        );
    }

    let responses: [Response; 5] = [
        (
            429,
            &[("x-request-id", "req_123"), ("retry-after-ms", "1500")],
            r#"{"error":{"message":"Rate limit reached for gpt-4o on requests per min (RPM): Limit 500, Used 500, Requested 1. Please try again in 1.5s.","type":"requests","param":null,"code":"rate_limit_exceeded"}}"#,
        ),
        (
            429,
            &[],
            r#"{"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}"#,
        ),
        (
            401,
            &[],
            r#"{"error":{"message":"Incorrect API key provided: sk-abc123456789. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}"#,
        ),
        (
            500,
            &[],
            r#"{"error":{"message":"The server had an error while processing your request. Sorry about that!","type":"server_error","param":null,"code":null}}"#,
        ),
        (502, &[], "<html><body>502 Bad Gateway</body></html>"),
    ];

    println!();
    for (status, headers, body) in responses {
        let classified = classify::<ErrorCode>(status, headers, body.as_bytes());
        let details = classified.details();
        let hints =
            RetryHints::from_response(status, headers, details.message(), SystemTime::now());
        let input = DecisionInput::new(
            classified.retry_strategy(),
            1,
            &hints,
            !classified.is_unknown(),
        );
        let decision = decide(&input, None, &mut FixedJitter(0.5));
        let verdict = match decision {
            RetryDecision::Retry { delay, .. } => format!("retry in {} ms", delay.as_millis()),
            RetryDecision::Stop(reason) => format!("stop: {reason}"),
        };
        println!(
            "{status} → {:<22} ({}) {verdict}",
            classified.code().map_or("unknown", |c| c.as_str()),
            classified.category(),
        );
    }
}
