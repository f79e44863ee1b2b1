//! The `tracing` integration: one event per attempt, API keys redacted; and the `http`
//! integration's helpers.

#![cfg(all(feature = "tracing", feature = "http"))]

mod support;

use std::time::{Duration, SystemTime};

use errspec_runtime::executor::{RecordingSleeper, RetryExecutor};
use errspec_runtime::http_support::{attempted, classify_response, retry_hints};
use errspec_runtime::retry::{FixedClock, FixedFraction};
use support::catalog::{TestCode, openai_body};
use support::trace_lines::Lines;

fn response(status: u16, body: String) -> http::Response<Vec<u8>> {
    http::Response::builder()
        .status(status)
        .header("x-request-id", "sk-proj-abcdefghijklmnop1234")
        .header("retry-after", "2")
        .body(body.into_bytes())
        .unwrap_or_default()
}

#[test]
fn one_event_per_attempt_without_keys() {
    let script = [
        response(
            429,
            openai_body("slow down", "requests", Some("rate_limit_exceeded")),
        ),
        response(
            401,
            openai_body(
                "Incorrect API key provided: sk-abc123456789xyz",
                "invalid_request_error",
                Some("invalid_api_key"),
            ),
        ),
    ];
    let lines = Lines::default();
    let sleeper = RecordingSleeper::new();
    let executor = RetryExecutor::new()
        .sleeper(sleeper.clone())
        .rng(FixedFraction(0.0))
        .clock(FixedClock(SystemTime::UNIX_EPOCH))
        .without_budget();
    let err = lines
        .capture(|| {
            executor.run_blocking(|ctx| {
                Err::<(), _>(attempted::<TestCode, _>(
                    &script[(ctx.attempt - 1) as usize],
                    ctx.now,
                ))
            })
        })
        .expect_err("401 ends it");
    assert_eq!(err.attempts(), 2);
    assert_eq!(sleeper.delays(), [Duration::from_secs(2)]);

    let lines = lines.lines();
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(lines[0].starts_with("INFO"), "{}", lines[0]);
    assert!(lines[0].contains("attempt=1"), "{}", lines[0]);
    assert!(lines[0].contains("status=429"), "{}", lines[0]);
    assert!(
        lines[0].contains("code=\"rate_limit_exceeded\""),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains("delay_ms=2000"), "{}", lines[0]);
    assert!(lines[1].starts_with("WARN"), "{}", lines[1]);
    assert!(lines[1].contains("stop=\"not_retryable\""), "{}", lines[1]);
    for line in &lines {
        assert!(line.contains("request_id="), "{line}");
        assert!(!line.contains("abcdefghijklmnop1234"), "key leaked: {line}");
    }
}

#[test]
fn http_responses_classify_and_hint() {
    let r = response(
        429,
        openai_body(
            "Please try again in 1.5s.",
            "requests",
            Some("rate_limit_exceeded"),
        ),
    );
    let c = classify_response::<TestCode, _>(&r);
    assert_eq!(c.code(), Some(TestCode::RateLimitExceeded));
    let hints = retry_hints::<TestCode, _>(&r, SystemTime::UNIX_EPOCH);
    assert_eq!(hints.retry_after, Some(Duration::from_secs(2)));
    assert_eq!(hints.message_delay, Some(Duration::from_millis(1500)));
}
