//! Hint parsing: every parser of a server's delay, count or retry flag, fed each line of
//! the input as a header value, and the whole input as a message.

use std::time::{Duration, SystemTime};

use errspec::runtime::RetryHints;
use errspec::runtime::response::hints::{
    MAX_HINT, parse_go_duration, parse_message_delay, parse_retry_after, parse_retry_after_ms,
    parse_retry_delay, parse_should_retry,
};
use errspec::runtime::retry::limiter::{RateLimitReport, parse_count};

use super::t0;

/// The header names each line is also tried under, as a response would carry it.
const NAMES: [&str; 8] = [
    "retry-after-ms",
    "retry-after",
    "x-ratelimit-reset-requests",
    "x-ratelimit-reset-tokens",
    "x-ratelimit-remaining-requests",
    "x-ratelimit-remaining-tokens",
    "x-ratelimit-limit-requests",
    "x-should-retry",
];

/// Parses every line of `data` with every hint parser, checking every invariant.
pub fn check_hints(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let values: Vec<&str> = text.split('\n').take(64).collect();
    for value in &values {
        check_value(value, t0());
        // An HTTP date far from "now" either way.
        check_value(value, SystemTime::UNIX_EPOCH);
    }
    let message = parse_message_delay(&text);
    assert_eq!(
        message,
        parse_message_delay(&text),
        "determinism: message delay"
    );
    within_cap(message);

    // The same values as the headers of a 429, read the way the executor and the limiter
    // read them.
    let headers: Vec<(String, String)> = values
        .iter()
        .zip(NAMES.iter().cycle())
        .map(|(v, n)| ((*n).to_owned(), (*v).to_owned()))
        .collect();
    let hints = RetryHints::from_response(429, &headers, Some(&text), t0());
    assert_eq!(
        hints,
        RetryHints::from_response(429, &headers, Some(&text), t0()),
        "determinism: hints"
    );
    within_cap(hints.server_delay().map(|(d, _)| d));
    let report = RateLimitReport::from_headers(429, &headers, t0());
    for d in [
        report.requests.reset,
        report.tokens.reset,
        report.retry_after,
    ] {
        within_cap(d);
    }
}

fn check_value(value: &str, now: SystemTime) {
    let parsed = (
        parse_retry_after_ms(value),
        parse_retry_after(value, now),
        parse_go_duration(value),
        parse_retry_delay(value),
        parse_message_delay(value),
    );
    let again = (
        parse_retry_after_ms(value),
        parse_retry_after(value, now),
        parse_go_duration(value),
        parse_retry_delay(value),
        parse_message_delay(value),
    );
    assert_eq!(parsed, again, "determinism: {value:?}");
    for d in [parsed.0, parsed.1, parsed.2, parsed.3, parsed.4] {
        within_cap(d);
    }
    assert_eq!(parse_count(value), parse_count(value), "determinism: count");
    assert_eq!(parse_should_retry(value), parse_should_retry(value));
    // A count is plain digits: whatever parses prints back as the trimmed value, bar
    // leading zeros.
    if let Some(n) = parse_count(value) {
        let digits = value.trim().trim_start_matches('0');
        let printed = n.to_string();
        assert!(
            n == 0 && digits.is_empty() || printed == digits,
            "count {value:?} -> {n}"
        );
    }
}

/// Delays within caps: no parsed delay is above [`MAX_HINT`].
fn within_cap(d: Option<Duration>) {
    if let Some(d) = d {
        assert!(d <= MAX_HINT, "a delay above MAX_HINT: {d:?}");
    }
}
