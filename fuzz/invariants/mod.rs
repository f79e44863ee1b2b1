//! The invariants the fuzz targets check, in one place: the cargo-fuzz targets
//! (`fuzz/fuzz_targets/`, nightly) call these functions, and the workspace test
//! `tests/fuzz_seeds.rs` (stable) includes this same module and replays the committed seed
//! corpora (`fuzz/seeds/<target>/`) through them. Each `check_*` function panics, with a
//! message naming the invariant, when one does not hold: a panic is what libFuzzer
//! reports as a failure.
//!
//! What is checked, besides "no panic":
//! - determinism: the same input twice gives the same result;
//! - bounded memory: what is kept from an input is capped (raw body, fields, permits);
//! - delays within caps: no hint above `MAX_HINT`, no retry delay above its cap, no
//!   limiter wait outside `[MIN_HOLD, max_hold]`;
//! - redaction: idempotent, and no key-shaped text left ([`redact::leaked_secret`]);
//! - limiter liveness: with nothing in flight a caller gets room within `max_hold` (plus
//!   the reset margin, and the adaptive rate's longest gap for a first attempt), and every
//!   count the limiter keeps has a reset no further than `max_hold` away, known or not.

pub mod classify;
pub mod hints;
pub mod limiter;
pub mod redact;

/// The instant every target's clock starts at (2023-11-14T22:13:20Z): nothing reads the
/// wall clock, so a failure replays exactly.
pub fn t0() -> std::time::SystemTime {
    std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000)
}

/// Splits fuzz input in the seeds' text format: a status line, `name: value` header
/// lines, a blank line, then the body (all bytes). Whatever does not parse is read
/// leniently (a bad status is 500, a line without `:` a header with an empty value).
pub fn split_response(data: &[u8]) -> (u16, Vec<(String, String)>, &[u8]) {
    let (head, body) = match data.windows(2).position(|w| w == b"\n\n") {
        Some(i) => (&data[..i], &data[i + 2..]),
        None => (data, &data[data.len()..]),
    };
    let head = String::from_utf8_lossy(head);
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.trim().parse::<u16>().ok())
        .unwrap_or(500);
    let headers = lines
        .take(32)
        .map(|line| match line.split_once(':') {
            Some((n, v)) => (n.trim().to_owned(), v.trim().to_owned()),
            None => (line.trim().to_owned(), String::new()),
        })
        .collect();
    (status, headers, body)
}
