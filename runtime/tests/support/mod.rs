//! Shared by the retry and loopback tests: a hand-written catalog and a scripted HTTP
//! server on 127.0.0.1.

// Each test binary uses a different part of the support code.
#![allow(dead_code)]

pub mod catalog;
pub mod clock;
pub mod key_shapes;
pub mod server;
#[cfg(feature = "tracing")]
pub mod trace_lines;

use std::time::{Duration, SystemTime};

/// An OpenAI rate-limit error body (`rate_limit_exceeded`), with no delay in its message.
pub fn rate_limit_body() -> String {
    catalog::openai_body(
        "Rate limit reached for requests",
        "requests",
        Some("rate_limit_exceeded"),
    )
}

/// A 429 with [`rate_limit_body`] and no headers beyond the content type.
pub fn rate_limited() -> server::Reply {
    server::Reply::new(429, rate_limit_body())
}

/// A 429 that is a billing error, not a throttle (`insufficient_quota`).
pub fn quota_exceeded() -> server::Reply {
    server::Reply::new(
        429,
        catalog::openai_body(
            "You exceeded your current quota",
            "insufficient_quota",
            Some("insufficient_quota"),
        ),
    )
}

/// The fixed instant the tests' clocks show (2023-11-14T22:13:20Z): no test reads the
/// wall clock.
pub fn t0() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000)
}
