//! The executor's seam for limits kept outside the process (`executor::SharedLimits`,
//! errspec-redis's fleet): what the async run asks of them, in which order, and that the
//! blocking run and the local limiter and budget are left alone. The shared limits here
//! are an in-memory double that logs every operation; its futures are ready at once, so
//! each call runs to its end in one poll (no runtime, no clock, no sleeps).

mod support;

use std::future::Future;
use std::pin::pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use errspec_runtime::rand::FixedFraction;
use errspec_runtime::retry::budget::{Paid, RetryBudget};
use errspec_runtime::retry::executor::{RetryExecutor, SharedLimits};
use errspec_runtime::retry::limiter::{Demand, RateLimitReport, RateLimiter};
use errspec_runtime::time::ManualClock;
use errspec_runtime::time::RecordingSleeper;
use errspec_runtime::{AttemptError, RetryError, StopReason, Success};
use support::catalog::TestCode;

/// The second the double's shared budget counts every retry in.
const SECOND: u64 = 1_700_000_000;

/// Shared limits that log what they are asked, grant every acquire (or hold retries for
/// `hold_retries`), and allow `retries` retries. A permit is the log's length at its grant.
#[derive(Clone, Default)]
struct Double {
    log: Arc<Mutex<Vec<String>>>,
    retries: Arc<Mutex<u32>>,
    hold_retries: Option<Duration>,
    /// `finish` never completes (a round trip to a store that does not answer).
    stall_finish: bool,
    local: RateLimiter,
    budget: RetryBudget,
}

impl Double {
    fn allowing(retries: u32) -> Double {
        let double = Double::default();
        *double
            .retries
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = retries;
        double
    }

    fn note(&self, entry: String) {
        self.log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(entry);
    }

    fn log(&self) -> Vec<String> {
        self.log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

impl SharedLimits for Double {
    type Permit = usize;

    async fn acquire(&self, demand: Demand) -> Result<usize, Duration> {
        self.note(format!("acquire retry={}", demand.retry));
        match self.hold_retries {
            Some(wait) if demand.retry => Err(wait),
            _ => Ok(self.log().len()),
        }
    }

    async fn admit(&self, demand: Demand) -> usize {
        self.note(format!("admit retry={}", demand.retry));
        self.log().len()
    }

    async fn finish(&self, permit: usize, report: Option<RateLimitReport>) {
        let status = report.map_or_else(|| "none".to_owned(), |r| r.status.to_string());
        self.note(format!("finish #{permit} {status}"));
        if self.stall_finish {
            std::future::pending::<()>().await;
        }
    }

    async fn try_retry(&self, cost: u32, first_attempt: bool) -> Option<Paid> {
        self.note(format!("try_retry {cost} first={first_attempt}"));
        let mut left = self.retries.lock().unwrap_or_else(PoisonError::into_inner);
        let granted = *left > 0;
        *left = left.saturating_sub(1);
        // The shared budget's window second, as it would say it.
        granted.then_some(Paid {
            cost,
            second: Some(SECOND),
        })
    }

    fn refund(&self, paid: Paid) {
        let second = paid.second.map_or(-1, |s| s as i64);
        self.note(format!("refund {} second={second}", paid.cost));
    }

    fn deposit(&self, amount: u32) {
        self.note(format!("deposit {amount}"));
    }

    fn local_limiter(&self) -> RateLimiter {
        self.local.clone()
    }

    fn local_budget(&self) -> RetryBudget {
        self.budget.clone()
    }
}

fn executor(shared: &Double) -> RetryExecutor<RecordingSleeper> {
    RetryExecutor::new()
        .sleeper(RecordingSleeper::default())
        .clock(ManualClock::new(support::t0()))
        .rng(FixedFraction(0.0))
        .shared_limits(shared.clone())
}

/// Runs a future whose every wait is ready at once to its end.
fn finish<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(output) => output,
        Poll::Pending => panic!("nothing in these calls waits"),
    }
}

const OK_HEADERS: [(&str, &str); 1] = [("x-ratelimit-remaining-requests", "9")];

/// A call whose attempts answer, in order, `statuses` (429 a throttle, else a success).
fn call(
    executor: &RetryExecutor<RecordingSleeper>,
    statuses: &[u16],
) -> Result<Success<u16>, RetryError<TestCode>> {
    let body = support::rate_limit_body();
    let next = Mutex::new(statuses.iter().copied());
    finish(executor.run(|ctx| {
        let status = next.lock().unwrap_or_else(PoisonError::into_inner).next();
        let status = status.expect("no more attempts than scripted");
        let outcome = if status < 400 {
            ctx.observe(status, &OK_HEADERS);
            Ok(status)
        } else {
            Err(ctx.failure::<TestCode, _>(status, &OK_HEADERS, body.as_bytes()))
        };
        async move { outcome }
    }))
}

#[test]
fn a_first_try_success_acquires_finishes_and_deposits_the_refund() {
    let shared = Double::allowing(0);
    let done = call(&executor(&shared), &[200]).expect("a success");
    assert_eq!(done.value, 200);
    let refund = shared.budget.config().success_refund;
    assert_eq!(
        shared.log(),
        [
            "acquire retry=false".to_owned(),
            "finish #1 200".to_owned(),
            format!("deposit {refund}"),
        ]
    );
    // The local limiter and budget are for blocking runs: untouched.
    let local = shared.local.snapshot(support::t0());
    assert_eq!((local.requests.remaining, local.in_flight), (None, 0));
    assert_eq!(shared.budget.available(), shared.budget.config().capacity);
}

#[test]
fn a_retry_is_paid_from_the_shared_budget_and_its_cost_returned_by_the_success() {
    let shared = Double::allowing(1);
    let done = call(&executor(&shared), &[429, 200]).expect("a success");
    assert_eq!(done.history.len(), 2);
    let cost = shared.budget.config().retry_cost;
    assert_eq!(
        shared.log(),
        [
            "acquire retry=false".to_owned(),
            format!("try_retry {cost} first=true"),
            "finish #1 429".to_owned(),
            "acquire retry=true".to_owned(),
            "finish #4 200".to_owned(),
            format!("deposit {cost}"),
        ]
    );
    assert_eq!(shared.budget.available(), shared.budget.config().capacity);
}

#[test]
fn a_retry_the_shared_budget_refuses_stops_the_call() {
    let shared = Double::allowing(0);
    let e = call(&executor(&shared), &[429]).expect_err("no retry allowed");
    assert_eq!((e.attempts(), e.reason), (1, StopReason::BudgetExhausted));
    assert_eq!(
        shared.log(),
        [
            "acquire retry=false",
            "try_retry 5 first=true",
            "finish #1 429"
        ]
    );
}

#[test]
fn a_retry_held_past_the_deadline_gives_its_cost_back() {
    let shared = Double {
        hold_retries: Some(Duration::from_secs(50)),
        ..Double::allowing(1)
    };
    let executor = executor(&shared).deadline(Duration::from_secs(10));
    let e = call(&executor, &[429]).expect_err("held past the deadline");
    assert!(
        matches!(e.reason, StopReason::DeadlineExceeded { .. }),
        "{:?}",
        e.reason
    );
    assert_eq!(
        shared.log(),
        [
            "acquire retry=false",
            "try_retry 5 first=true",
            "finish #1 429",
            "acquire retry=true",
            "refund 5 second=1700000000"
        ]
    );
}

#[test]
fn a_blocking_run_uses_the_local_limiter_and_budget_only() {
    let shared = Double::allowing(0);
    let executor = executor(&shared);
    let done = executor
        .run_blocking(|ctx| {
            ctx.observe(200, &OK_HEADERS);
            Ok::<_, AttemptError<TestCode>>(200)
        })
        .expect("a success");
    assert_eq!(done.value, 200);
    assert!(shared.log().is_empty(), "{:?}", shared.log());
    let local = shared.local.snapshot(support::t0()).requests;
    assert_eq!(
        local.remaining,
        Some(9),
        "the local limiter heard the response"
    );
}

#[test]
fn a_later_local_limiter_and_budget_replace_the_shared_halves() {
    let shared = Double::allowing(5);
    let executor = executor(&shared)
        .rate_limiter(RateLimiter::default())
        .budget(RetryBudget::default());
    call(&executor, &[429, 200]).expect("a success");
    assert!(shared.log().is_empty(), "{:?}", shared.log());
}

/// A sleep that never ends: the call stays parked in its backoff until dropped.
#[derive(Clone, Copy, Debug)]
struct NeverWakes;

impl errspec_runtime::time::Sleeper for NeverWakes {
    type Sleep = std::future::Pending<()>;

    fn sleep(&self, _delay: Duration) -> std::future::Pending<()> {
        std::future::pending()
    }
}

/// Starts a call whose attempt fails with a 429, polls it once, checks that it is still
/// waiting (`waiting` says where), and drops it, as `tokio::time::timeout` or a cancelled
/// task does.
fn park_a_429_then_drop<S: errspec_runtime::time::Sleeper>(
    executor: &RetryExecutor<S>,
    waiting: &str,
) {
    let body = support::rate_limit_body();
    let call = executor.run(|ctx| {
        let failure = ctx.failure::<TestCode, _>(429, &OK_HEADERS, body.as_bytes());
        async move { Err::<(), _>(failure) }
    });
    let mut call = pin!(call);
    let poll = call.as_mut().poll(&mut Context::from_waker(Waker::noop()));
    assert!(poll.is_pending(), "{waiting}");
}

#[test]
fn a_call_dropped_in_its_backoff_gives_the_retry_back_to_the_shared_budget() {
    let shared = Double::allowing(1);
    let executor = executor(&shared).sleeper(NeverWakes);
    park_a_429_then_drop(&executor, "parked in its backoff");
    assert_eq!(
        shared.log(),
        [
            "acquire retry=false",
            "try_retry 5 first=true",
            "finish #1 429",
            "refund 5 second=1700000000"
        ]
    );
}

/// Dropped after the shared budget paid for its retry but before the run took the decision
/// in (while the limits still digest the failed attempt's response): the retry goes back.
#[test]
fn a_call_dropped_between_paying_and_waiting_gives_the_retry_back() {
    let shared = Double {
        stall_finish: true,
        ..Double::allowing(1)
    };
    let executor = executor(&shared);
    park_a_429_then_drop(&executor, "held in `finish`");
    assert_eq!(
        shared.log(),
        [
            "acquire retry=false",
            "try_retry 5 first=true",
            "finish #1 429",
            "refund 5 second=1700000000"
        ]
    );
}
