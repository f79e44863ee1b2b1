//! The limiter never stalls and no configuration makes it panic (issue #16, items 1 and
//! 2), driven by a hand-moved clock: nothing sleeps.

use std::time::{Duration, SystemTime};

use errspec_runtime::retry::limiter::{
    Acquire, Demand, LimiterConfig, RateLimitReport, RateLimiter,
};

use errspec_runtime::time::Clock;
use errspec_runtime::time::ManualClock;

fn t0() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000)
}

fn headers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
        .collect()
}

/// Asks for room as a caller that waits as told would, until it may go; returns how long
/// it waited. Panics past `patience`.
fn wait_for_room(
    limiter: &RateLimiter,
    clock: &ManualClock,
    demand: Demand,
    patience: Duration,
) -> Duration {
    let start = clock.now();
    loop {
        let waited = clock.now().duration_since(start).unwrap_or_default();
        match limiter.acquire(clock.now(), demand) {
            Acquire::Go(_) => return waited,
            Acquire::Wait(w) => {
                assert!(
                    waited <= patience,
                    "still held after {waited:?}: {limiter:?}"
                );
                clock.advance(w);
            }
        }
    }
}

/// The minimal input of the issue: a 429 with only `x-ratelimit-remaining-requests: 1`,
/// then one acquire spends the count. The window used to sit at zero with no reset for
/// ever, answering `Wait(1s)` a simulated day later.
#[test]
fn a_count_without_reset_rolls_within_unknown_reset_wait() {
    let clock = ManualClock::new(t0());
    let limiter = RateLimiter::default();
    let h = headers(&[("x-ratelimit-remaining-requests", "1")]);
    limiter.observe(
        clock.now(),
        &RateLimitReport::from_headers(429, &h, clock.now()),
    );
    let Acquire::Go(permit) = limiter.acquire(clock.now(), Demand::new().retry(true)) else {
        panic!("the reported count of one lets one request through");
    };
    drop(permit);
    let bound = LimiterConfig::DEFAULT.unknown_reset_wait;
    let held = wait_for_room(&limiter, &clock, Demand::new().retry(true), bound);
    assert!(
        !held.is_zero(),
        "the spent count held the next request a while"
    );
    assert!(held <= bound, "held {held:?}, bound {bound:?}");

    // Spent again, then a day passes with no response: nothing is held any more.
    let limiter = RateLimiter::default();
    limiter.observe(t0(), &RateLimitReport::from_headers(429, &h, t0()));
    drop(limiter.acquire(t0(), Demand::new().retry(true)));
    let day_later = t0() + Duration::from_secs(86_400);
    assert!(
        limiter.acquire(day_later, Demand::new()).wait().is_none(),
        "{:?}",
        limiter.snapshot(day_later)
    );
}

/// A window whose size is known but whose reset never is: every time it rolls, the
/// fresh count ends again after `unknown_reset_wait`, so spending it never stalls.
#[test]
fn a_known_limit_without_reset_keeps_rolling() {
    let clock = ManualClock::new(t0());
    let limiter = RateLimiter::default();
    let h = headers(&[
        ("x-ratelimit-limit-requests", "2"),
        ("x-ratelimit-remaining-requests", "0"),
    ]);
    limiter.observe(
        clock.now(),
        &RateLimitReport::from_headers(429, &h, clock.now()),
    );
    let bound = LimiterConfig::DEFAULT.unknown_reset_wait;
    let mut sent = 0;
    for _ in 0..5 {
        wait_for_room(&limiter, &clock, Demand::new().retry(true), bound);
        sent += 1;
    }
    assert_eq!(sent, 5);
    let end = clock.now().duration_since(t0()).unwrap_or_default();
    // Two per window of `bound`: five requests need at most three windows.
    assert!(end <= bound * 3, "{end:?}");
}

/// The second finding: `max_hold` under a millisecond made `acquire` assert
/// (`clamp` with `min > max`). Such numbers are raised to the least wait instead.
#[test]
fn max_hold_below_a_millisecond_is_raised_not_asserted() {
    for max_hold in [
        Duration::ZERO,
        Duration::from_nanos(1),
        Duration::from_micros(999),
    ] {
        let limiter = RateLimiter::new(LimiterConfig {
            max_hold,
            ..LimiterConfig::DEFAULT
        });
        let config = limiter.config();
        assert_eq!(config.max_hold, LimiterConfig::MIN_HOLD);
        assert_eq!(config.unknown_reset_wait, LimiterConfig::MIN_HOLD);
        let h = headers(&[
            ("x-ratelimit-remaining-requests", "0"),
            ("x-ratelimit-reset-requests", "5s"),
            ("retry-after", "5"),
        ]);
        limiter.observe(t0(), &RateLimitReport::from_headers(429, &h, t0()));
        assert_eq!(
            limiter.acquire(t0(), Demand::new()).wait(),
            Some(LimiterConfig::MIN_HOLD)
        );
        let later = t0() + LimiterConfig::MIN_HOLD;
        assert!(
            limiter
                .acquire(later, Demand::new().retry(true))
                .wait()
                .is_none()
        );
    }
}

/// The other numbers are brought in line with `max_hold` the same documented way.
#[test]
fn config_is_normalized_not_trusted() {
    let wild = LimiterConfig {
        max_hold: Duration::from_secs(2),
        unknown_reset_wait: Duration::from_secs(86_400),
        reset_margin: Duration::MAX,
        ..LimiterConfig::DEFAULT
    };
    let config = RateLimiter::new(wild).config();
    assert_eq!(config.max_hold, Duration::from_secs(2));
    assert_eq!(config.unknown_reset_wait, Duration::from_secs(2));
    assert_eq!(config.reset_margin, Duration::from_secs(2));
    let zero = LimiterConfig {
        unknown_reset_wait: Duration::ZERO,
        ..LimiterConfig::DEFAULT
    };
    assert_eq!(
        zero.normalized().unknown_reset_wait,
        LimiterConfig::MIN_HOLD,
        "a zero wait would spin"
    );
    assert_eq!(LimiterConfig::DEFAULT.normalized(), LimiterConfig::DEFAULT);

    // Held at most max_hold + margin, even by a reset margin of `Duration::MAX`.
    let clock = ManualClock::new(t0());
    let limiter = RateLimiter::new(wild);
    let h = headers(&[
        ("x-ratelimit-remaining-requests", "0"),
        ("x-ratelimit-reset-requests", "1h"),
    ]);
    limiter.observe(
        clock.now(),
        &RateLimitReport::from_headers(429, &h, clock.now()),
    );
    let held = wait_for_room(
        &limiter,
        &clock,
        Demand::new().retry(true),
        config.max_hold * 2,
    );
    assert!(held >= config.max_hold, "{held:?}");
}
