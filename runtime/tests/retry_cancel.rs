//! A call dropped while it waits gives back what it took: the retry budget's tokens for a
//! retry never sent (issue #16, item 4) and the rate limiter's permit. The future is polled
//! by hand with a sleeper that never wakes: no runtime, no clock, no scheduling.

mod support;

use std::cell::Cell;
use std::future::{Future, Pending, pending};
use std::task::{Context, Waker};
use std::time::Duration;

use errspec_runtime::rand::FixedFraction;
use errspec_runtime::retry::budget::{BudgetConfig, RetryBudget};
use errspec_runtime::retry::executor::RetryExecutor;
use errspec_runtime::retry::limiter::RateLimiter;
use errspec_runtime::time::ManualClock;
use errspec_runtime::time::Sleeper;
use support::catalog::TestCode;

/// A sleep that never ends: the call stays parked at its first wait until dropped.
#[derive(Clone, Copy, Debug)]
struct NeverWakes;

impl Sleeper for NeverWakes {
    type Sleep = Pending<()>;

    fn sleep(&self, _delay: Duration) -> Pending<()> {
        pending()
    }
}

fn executor(budget: &RetryBudget, limiter: &RateLimiter) -> RetryExecutor<NeverWakes> {
    let clock = ManualClock::new(support::t0());
    RetryExecutor::new()
        .sleeper(NeverWakes)
        .clock(clock)
        .rng(FixedFraction(0.0))
        .budget(budget.clone())
        .rate_limiter(limiter.clone())
}

/// Polls a call once, checks that it is parked in a wait after its first attempt, then
/// drops it; returns the budget level seen while it was parked.
fn park_then_drop(
    executor: &RetryExecutor<NeverWakes>,
    budget: &RetryBudget,
    status: u16,
    headers: &[(&str, &str)],
    body: &str,
) -> u32 {
    let sent = Cell::new(0);
    let call = executor.run(|ctx| {
        sent.set(sent.get() + 1);
        let failure = ctx.failure::<TestCode, _>(status, headers, body.as_bytes());
        async move { Err::<(), _>(failure) }
    });
    let mut call = Box::pin(call);
    let mut cx = Context::from_waker(Waker::noop());
    assert!(call.as_mut().poll(&mut cx).is_pending(), "parked in a wait");
    assert_eq!(sent.get(), 1, "only the first attempt went out");
    let parked = budget.available();
    assert!(parked < budget.config().capacity, "the retry was paid for");
    // What `tokio::time::timeout` or a cancelled task does.
    drop(call);
    parked
}

/// Dropped during the backoff sleep after a 429: the retry's five tokens come back.
#[test]
fn a_call_dropped_in_its_backoff_refunds_the_retry() {
    let budget = RetryBudget::default();
    let limiter = RateLimiter::default();
    let executor = executor(&budget, &limiter);
    let full = budget.config().capacity;
    let parked = park_then_drop(&executor, &budget, 429, &[], &support::rate_limit_body());
    assert_eq!(parked, full - budget.config().retry_cost);
    assert_eq!(budget.available(), full, "refunded on drop");
    assert_eq!(limiter.snapshot(support::t0()).in_flight, 0);
}

/// Dropped while the limiter holds the retry (a 503 retries at once, but its headers
/// say the request window is spent): tokens and permit both come back.
#[test]
fn a_call_dropped_while_the_limiter_holds_its_retry_refunds_both() {
    let budget = RetryBudget::default();
    let limiter = RateLimiter::default();
    let executor = executor(&budget, &limiter);
    let spent = [
        ("x-ratelimit-limit-requests", "10"),
        ("x-ratelimit-remaining-requests", "0"),
        ("x-ratelimit-reset-requests", "30s"),
    ];
    let body = support::catalog::openai_body("overloaded", "server_error", None);
    park_then_drop(&executor, &budget, 503, &spent, &body);
    let snapshot = limiter.snapshot(support::t0());
    assert_eq!(snapshot.requests.remaining, Some(0), "the limiter held it");
    assert_eq!(snapshot.in_flight, 0, "permit released");
    assert_eq!(
        budget.available(),
        budget.config().capacity,
        "refunded on drop"
    );
}

/// The arithmetic: with the standard 500 tokens, about a hundred cancelled calls
/// used to switch retries off for everyone. Two hundred now leave the bucket full.
#[test]
fn many_cancelled_calls_leave_retries_on() {
    let budget = RetryBudget::new(BudgetConfig {
        ratio: None,
        ..BudgetConfig::STANDARD
    });
    let limiter = RateLimiter::default();
    let executor = executor(&budget, &limiter).without_rate_limiter();
    for _ in 0..200 {
        park_then_drop(&executor, &budget, 429, &[], &support::rate_limit_body());
    }
    assert_eq!(budget.available(), budget.config().capacity);
    assert!(budget.can_retry(support::t0()));
}

/// With the retry-ratio guard on as well (the default budget): a refunded retry leaves the
/// window too. Before, the window kept counting them, so after forty cancelled calls (the
/// allowance of 20 % of two hundred failing calls) it refused every retry for its ten
/// seconds.
#[test]
fn cancelled_calls_leave_the_ratio_window_as_they_found_it() {
    let budget = RetryBudget::default();
    let limiter = RateLimiter::default();
    let executor = executor(&budget, &limiter).without_rate_limiter();
    for _ in 0..200 {
        park_then_drop(&executor, &budget, 429, &[], &support::rate_limit_body());
    }
    let window = budget.window(Some(support::t0())).expect("the guard is on");
    assert_eq!((window.retries, window.failed_calls), (0, 200));
    assert_eq!(budget.available(), budget.config().capacity);
    assert!(budget.can_retry(support::t0()));
}

/// The same through `tokio::time::timeout` on a paused clock: the timeout (500 ms) ends
/// before the retry's backoff (1 s), and the budget is whole again.
#[cfg(feature = "tokio")]
#[tokio::test(start_paused = true)]
async fn a_tokio_timeout_during_the_backoff_refunds_the_retry() {
    use errspec_runtime::time::TokioClock;
    use errspec_runtime::time::TokioSleeper;

    let budget = RetryBudget::default();
    let limiter = RateLimiter::default();
    let executor = RetryExecutor::new()
        .sleeper(TokioSleeper)
        .clock(TokioClock::default())
        .rng(FixedFraction(0.0))
        .budget(budget.clone())
        .rate_limiter(limiter.clone());
    let body = support::rate_limit_body();
    let sent = Cell::new(0);
    let call = executor.run(|ctx| {
        sent.set(sent.get() + 1);
        let failure = ctx.failure::<TestCode, _>(429, &[("x", "y")], body.as_bytes());
        async move { Err::<(), _>(failure) }
    });
    let outcome = tokio::time::timeout(Duration::from_millis(500), call).await;
    assert!(outcome.is_err(), "the timeout ended the call");
    assert_eq!(sent.get(), 1);
    assert_eq!(budget.available(), budget.config().capacity);
    assert_eq!(limiter.snapshot(support::t0()).in_flight, 0);
}
