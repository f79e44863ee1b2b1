//! Every configuration number at its edges (zero, the maximum, NaN, negative) gives a
//! defined behaviour, never a run-time assertion (issue #16, item 2). Time is virtual.

mod support;

use std::time::Duration;

use errspec_runtime::catalog::{Backoff, RetryPolicy};
use errspec_runtime::rand::FixedFraction;
use errspec_runtime::retry::budget::{BudgetConfig, RatioConfig, RetryBudget};
use errspec_runtime::retry::executor::{RetryError, RetryExecutor, Success};
use errspec_runtime::retry::limiter::{LimiterConfig, RateLimiter};
use errspec_runtime::retry::{StopReason, backoff_delay};
use errspec_runtime::time::ManualClock;
use support::catalog::TestCode;
use support::clock::ClockSleeper;

type Outcome = Result<Success<()>, RetryError<TestCode>>;

fn executor(clock: &ManualClock) -> RetryExecutor<ClockSleeper> {
    RetryExecutor::new()
        .sleeper(ClockSleeper(clock.clone()))
        .clock(clock.clone())
        .rng(FixedFraction(0.5))
}

/// A call whose every attempt is a 429 rate limit (five attempts by its strategy).
fn always_429(executor: &RetryExecutor<ClockSleeper>) -> Outcome {
    let body = support::rate_limit_body();
    executor.run_blocking(|ctx| Err(ctx.failure(429, &[("x", "y")], body.as_bytes())))
}

fn stop(outcome: Outcome) -> (StopReason, usize) {
    let err = outcome.expect_err("every attempt fails");
    (err.reason, err.history.len())
}

#[test]
fn executor_numbers_at_their_edges() {
    let clock = ManualClock::new(support::t0());
    // Zero attempts counts as one.
    let (reason, attempts) = stop(always_429(&executor(&clock).max_attempts(0)));
    assert_eq!(
        (reason, attempts),
        (StopReason::AttemptsExhausted { attempts: 1 }, 1)
    );
    // A zero deadline still sends the first attempt, and no retry.
    let (reason, attempts) = stop(always_429(&executor(&clock).deadline(Duration::ZERO)));
    assert!(
        matches!(reason, StopReason::DeadlineExceeded { .. }),
        "{reason:?}"
    );
    assert_eq!(attempts, 1);
    // The largest deadline and attempt count: the strategy's own limit still ends it.
    let wide = executor(&clock)
        .deadline(Duration::MAX)
        .max_attempts(u32::MAX)
        .without_budget();
    let (reason, attempts) = stop(always_429(&wide.clone().max_attempts(6)));
    assert_eq!(
        (reason, attempts),
        (StopReason::AttemptsExhausted { attempts: 6 }, 6)
    );
    // A zero server-delay ceiling stops at the first server delay.
    let h = [("retry-after", "1")];
    let body = support::rate_limit_body();
    let outcome: Outcome = executor(&clock)
        .max_server_delay(Duration::ZERO)
        .run_blocking(|ctx| Err(ctx.failure(429, &h, body.as_bytes())));
    assert!(matches!(stop(outcome).0, StopReason::HintTooLong { .. }));
    // A limiter that may hold nothing at all is raised to its least hold.
    let limiter = RateLimiter::new(LimiterConfig {
        max_hold: Duration::ZERO,
        ..LimiterConfig::DEFAULT
    });
    let spent = [
        ("x-ratelimit-remaining-requests", "0"),
        ("x-ratelimit-reset-requests", "1h"),
    ];
    let outcome: Outcome = executor(&clock)
        .rate_limiter(limiter)
        .max_attempts(3)
        .run_blocking(|ctx| Err(ctx.failure(429, &spent, body.as_bytes())));
    assert!(matches!(stop(outcome).0, StopReason::HintTooLong { .. }));
}

#[test]
fn budget_numbers_at_their_edges() {
    let clock = ManualClock::new(support::t0());
    let run = |config: BudgetConfig| {
        stop(always_429(
            // The outage wait off: a refused retry stops the call.
            &executor(&clock)
                .budget(RetryBudget::new(config))
                .outage_wait(Duration::ZERO),
        ))
    };
    // An empty bucket allows no retry; free retries are bounded by the attempts.
    let (reason, attempts) = run(BudgetConfig {
        capacity: 0,
        ..BudgetConfig::STANDARD
    });
    assert_eq!((reason, attempts), (StopReason::BudgetExhausted, 1));
    let free = BudgetConfig {
        capacity: 0,
        retry_cost: 0,
        ratio: None,
        ..BudgetConfig::STANDARD
    };
    assert_eq!(
        run(free),
        (StopReason::AttemptsExhausted { attempts: 5 }, 5)
    );
    // Costs above the capacity, and the largest numbers everywhere.
    let dear = BudgetConfig {
        retry_cost: u32::MAX,
        ..BudgetConfig::STANDARD
    };
    assert_eq!(run(dear), (StopReason::BudgetExhausted, 1));
    let huge = BudgetConfig {
        capacity: u32::MAX,
        retry_cost: u32::MAX,
        timeout_retry_cost: u32::MAX,
        success_refund: u32::MAX,
        ratio: Some(RatioConfig {
            percent: u32::MAX,
            min_retries: u32::MAX,
            window_secs: u32::MAX,
        }),
    };
    assert_eq!(
        run(huge).0,
        StopReason::BudgetExhausted,
        "one retry, then dry"
    );
    // A ratio guard that allows nothing, over a zero-length window (counted as 1 s).
    let none = BudgetConfig {
        ratio: Some(RatioConfig {
            percent: 0,
            min_retries: 0,
            window_secs: 0,
        }),
        ..BudgetConfig::STANDARD
    };
    assert_eq!(run(none), (StopReason::BudgetExhausted, 1));
}

#[test]
fn backoff_numbers_at_their_edges() {
    let cap = Duration::from_secs(8);
    let strategy = |initial: Duration, multiplier: f64, max_delay: Duration| RetryPolicy {
        backoff: Backoff::Exponential {
            initial,
            multiplier,
            jitter: Duration::MAX,
        },
        max_attempts: u32::MAX,
        max_delay,
    };
    let multipliers = [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        -2.0,
        0.0,
        f64::MIN_POSITIVE,
        f64::MAX,
    ];
    for multiplier in multipliers {
        for initial in [Duration::ZERO, Duration::from_millis(500), Duration::MAX] {
            for max_delay in [Duration::ZERO, cap, Duration::MAX] {
                let s = strategy(initial, multiplier, max_delay);
                for retry in [0, 1, 2, 64, u32::MAX] {
                    for jitter in [f64::NAN, -1.0, 0.0, 0.999, 7.0] {
                        let d = backoff_delay(&s, retry, jitter);
                        assert!(d <= max_delay, "{multiplier} {initial:?} {retry} {d:?}");
                    }
                }
            }
        }
    }
    // A bad multiplier counts as 1: the delay stays at `initial`, it does not vanish.
    let d = backoff_delay(&strategy(Duration::from_secs(1), f64::NAN, cap), 5, 0.0);
    assert_eq!(d, Duration::from_secs(1));
    // `Duration::MAX` of jitter on a constant delay is capped too.
    let constant = RetryPolicy {
        backoff: Backoff::Constant {
            delay: Duration::MAX,
            jitter: Duration::MAX,
        },
        ..strategy(Duration::ZERO, 1.0, cap)
    };
    assert_eq!(backoff_delay(&constant, 1, 0.5), cap);
}
