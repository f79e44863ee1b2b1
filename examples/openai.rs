//! Prints the bundled OpenAI error table, then classifies a few real-looking responses and
//! says whether and when to retry each.
//!
//! ```text
//! cargo run --example openai
//! ```

use std::time::SystemTime;

use errspec::openai::ErrorCode;
use errspec::runtime::rand::FixedFraction;
use errspec::runtime::retry::DecisionInput;
use errspec::runtime::{RetryDecision, RetryHints, classify, decide};

/// A status, its headers and its body.
type Response = (u16, &'static [(&'static str, &'static str)], &'static str);

const RESPONSES: [Response; 5] = [
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

fn main() {
    print!("{}", columns(&code_table()));

    let mut verdicts = vec![row(["status", "code", "category", "verdict"])];
    let mut log_lines = Vec::new();
    for (status, headers, body) in RESPONSES {
        let classified = classify::<ErrorCode>(status, headers, body.as_bytes());
        let hints = RetryHints::from_response(
            status,
            headers,
            classified.details().message_unredacted(),
            SystemTime::now(),
        );
        let input = DecisionInput::new(
            classified.retry_policy(),
            1,
            &hints,
            !classified.is_unknown(),
        );
        let verdict = match decide(&input, &mut FixedFraction(0.5)) {
            RetryDecision::Retry { delay, .. } => format!("retry in {} ms", delay.as_millis()),
            RetryDecision::Stop(reason) => format!("stop: {reason}"),
        };
        verdicts.push(row([
            &status.to_string(),
            classified.code().map_or("unknown", |c| c.as_str()),
            classified.category().as_str(),
            &verdict,
        ]));
        // What a log line says: the classification's Display redacts the key in the 401.
        log_lines.push(classified.to_string());
    }
    println!();
    print!("{}", columns(&verdicts));
    println!();
    for line in log_lines {
        println!("{line}");
    }
}

/// The bundled spec, one row per code, under a header row.
fn code_table() -> Vec<Vec<String>> {
    let mut rows = vec![row(["status", "type", "code", "category", "retry"])];
    for &code in ErrorCode::ALL {
        rows.push(row([
            &code.status().to_string(),
            code.error_type().as_str(),
            code.as_str(),
            code.category().as_str(),
            &code.retry_policy().to_string(),
        ]));
    }
    rows
}

fn row<const N: usize>(cells: [&str; N]) -> Vec<String> {
    cells.iter().map(|c| (*c).to_owned()).collect()
}

/// The rows as text columns, each as wide as its widest cell (counted in characters),
/// two spaces apart; the last column is not padded.
fn columns(rows: &[Vec<String>]) -> String {
    let n = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..n)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|c| c.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for r in rows {
        let last = r.len().saturating_sub(1);
        for (i, cell) in r.iter().enumerate() {
            if i == last {
                out.push_str(cell);
            } else {
                let pad = widths[i] - cell.chars().count() + 2;
                out.push_str(cell);
                out.push_str(&" ".repeat(pad));
            }
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where each column after the first starts on a line: after a run of two spaces.
    fn starts(line: &str) -> Vec<usize> {
        let chars: Vec<char> = line.chars().collect();
        (2..chars.len())
            .filter(|&i| chars[i] != ' ' && chars[i - 1] == ' ' && chars[i - 2] == ' ')
            .collect()
    }

    #[test]
    fn every_column_starts_at_the_same_place_on_every_line() {
        let mut rows = code_table();
        rows.push(row([
            "429",
            "x",
            "é→ü",
            "y",
            "stop: the error is not retryable",
        ]));
        let text = columns(&rows);
        let first = starts(text.lines().next().unwrap());
        assert_eq!(first.len(), 4, "{text}");
        for line in text.lines() {
            assert_eq!(starts(line), first, "{line:?} in\n{text}");
        }
    }
}
