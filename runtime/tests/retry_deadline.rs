//! The per-call deadline: no wait is started that would end after it. Time is virtual (a
//! hand-moved clock the sleeper advances); responses are scripted, no network.

mod support;

use std::time::Duration;

use errspec_runtime::rand::FixedFraction;
use errspec_runtime::retry::StopReason;
use errspec_runtime::retry::executor::{DEFAULT_DEADLINE, RetryError, RetryExecutor, Success};
use errspec_runtime::time::Clock;
use errspec_runtime::time::ManualClock;
use support::catalog::{TestCode, openai_body};
use support::clock::ClockSleeper;

fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}

fn executor(clock: &ManualClock) -> RetryExecutor<ClockSleeper> {
    RetryExecutor::new()
        .sleeper(ClockSleeper(clock.clone()))
        .clock(clock.clone())
        .rng(FixedFraction(0.0))
        .without_budget()
}

/// A request window of 10, spent, that resets in 50 s.
const SPENT_WINDOW: [(&str, &str); 3] = [
    ("x-ratelimit-limit-requests", "10"),
    ("x-ratelimit-remaining-requests", "0"),
    ("x-ratelimit-reset-requests", "50s"),
];

/// A rate limit whose message asks to come back in 20 s (and no header says otherwise).
fn try_again_in_20s() -> String {
    openai_body(
        "Rate limit reached for requests. Please try again in 20s.",
        "requests",
        Some("rate_limit_exceeded"),
    )
}

type Outcome = Result<Success<()>, RetryError<TestCode>>;

/// Runs a call whose every attempt gets a 429 with `headers` and `body`.
fn always_429(
    executor: &RetryExecutor<ClockSleeper>,
    headers: &[(&str, &str)],
    body: &str,
) -> Outcome {
    executor.run_blocking(|ctx| Err(ctx.failure(429, headers, body.as_bytes())))
}

/// The waits a failed call made, from its history.
fn waits(err: &RetryError<TestCode>) -> Vec<Duration> {
    err.history.iter().map(|r| r.delay_waited).collect()
}

#[test]
fn a_server_that_keeps_saying_20s_is_stopped_by_the_deadline() {
    let clock = ManualClock::new(support::t0());
    let executor = executor(&clock).max_attempts(10).deadline(secs(45));
    let err = always_429(&executor, &[], &try_again_in_20s()).expect_err("never succeeds");
    // 0 s, 20 s, 40 s: a third wait would end at 60 s, past the 45 s deadline.
    assert_eq!(err.attempts(), 3);
    assert_eq!(
        err.reason,
        StopReason::DeadlineExceeded {
            wait: secs(20),
            left: secs(5)
        }
    );
    assert_eq!(waits(&err), [secs(20), secs(20), Duration::ZERO]);
    assert_eq!(err.history[2].stop, Some(err.reason));
    assert_eq!(
        clock.now().duration_since(support::t0()).ok(),
        Some(secs(40))
    );
}

#[test]
fn the_default_deadline_is_two_minutes() {
    assert_eq!(DEFAULT_DEADLINE, secs(120));
    let clock = ManualClock::new(support::t0());
    let executor = executor(&clock).max_attempts(20);
    assert_eq!(executor.deadline_budget(), Some(DEFAULT_DEADLINE));
    let err = always_429(&executor, &[], &try_again_in_20s()).expect_err("never succeeds");
    // Six waits of 20 s end exactly at the deadline; no retry starts once it is reached.
    assert_eq!(err.attempts(), 7);
    assert_eq!(
        err.reason,
        StopReason::DeadlineExceeded {
            wait: secs(20),
            left: Duration::ZERO
        }
    );
    assert_eq!(
        clock.now().duration_since(support::t0()).ok(),
        Some(DEFAULT_DEADLINE)
    );
    // Without one, the attempt limit ends it.
    let executor = executor.without_deadline();
    let err = always_429(&executor, &[], &try_again_in_20s()).expect_err("never succeeds");
    assert_eq!(err.reason, StopReason::AttemptsExhausted { attempts: 20 });
}

#[test]
fn a_retry_the_limiter_would_hold_past_the_deadline_is_not_made() {
    let clock = ManualClock::new(support::t0());
    let executor = executor(&clock).deadline(secs(20));
    // Retry-After says 1 s; the request window, spent, resets only in 50 s.
    let headers = [&[("retry-after", "1")], &SPENT_WINDOW[..]].concat();
    let err = always_429(&executor, &headers, &support::rate_limit_body())
        .expect_err("held past the deadline");
    assert_eq!(err.attempts(), 1);
    assert_eq!(
        err.reason,
        StopReason::DeadlineExceeded {
            wait: secs(49),
            left: secs(19)
        }
    );
    // The record says it stopped, not that it retried.
    let record = &err.history[0];
    assert_eq!(
        (record.stop, record.retry_reason, record.delay_waited),
        (Some(err.reason), None, Duration::ZERO)
    );
    assert_eq!(
        clock.now().duration_since(support::t0()).ok(),
        Some(secs(1))
    );
}

#[test]
fn a_first_attempt_is_held_at_most_until_the_deadline_then_sent() {
    let clock = ManualClock::new(support::t0());
    let executor = executor(&clock).deadline(secs(10));
    // Another call spent the window: it resets in 50 s.
    let _ = always_429(
        &executor.clone().deadline(secs(1)),
        &SPENT_WINDOW,
        &support::rate_limit_body(),
    );
    let start = clock.now();
    let done = executor
        .run_blocking(|_| Ok::<_, errspec_runtime::AttemptError<TestCode>>(()))
        .expect("sent after the hold");
    assert_eq!(done.history[0].held, secs(10));
    assert_eq!(clock.now().duration_since(start).ok(), Some(secs(10)));
}
