//! Shared by the retry and loopback tests: a hand-written catalog and a scripted HTTP
//! server on 127.0.0.1.

// Each test binary uses a different part of the support code.
#![allow(dead_code)]

pub mod catalog;
pub mod clock;
pub mod server;

use std::time::{Duration, SystemTime};

/// The fixed instant the tests' clocks show (2023-11-14T22:13:20Z): no test reads the
/// wall clock.
pub fn t0() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000)
}
