//! The blocking retry executor against a real HTTP server on 127.0.0.1, with a plain
//! blocking client and no optional features. No test sleeps: a recording sleeper notes
//! the delays, and the executor reads a fixed clock.

mod support;

use std::time::{Duration, SystemTime};

use errspec_runtime::rand::FixedFraction;
use errspec_runtime::retry::StopReason;
use errspec_runtime::retry::budget::{BudgetConfig, RetryBudget};
use errspec_runtime::retry::executor::{RetryError, RetryExecutor, Success};
use errspec_runtime::time::ManualClock;
use errspec_runtime::time::RecordingSleeper;
use support::catalog::{TestCode, openai_body};
use support::server::{Reply, Server, blocking_get};

type Outcome = Result<Success<Vec<u8>>, RetryError<TestCode>>;

fn get_with_retry(server: &Server, executor: &RetryExecutor<RecordingSleeper>) -> Outcome {
    executor.run_blocking(|ctx| match blocking_get(server.addr(), "/v1/models") {
        Ok(r) if r.status < 400 => {
            // Reported, so the success's record has its status and request id.
            ctx.observe(r.status, &r.headers);
            Ok(r.body)
        }
        Ok(r) => Err(ctx.failure(r.status, &r.headers, &r.body)),
        Err(e) => Err(errspec_runtime::AttemptError::transport(
            e,
            errspec_runtime::retry::executor::TransportKind::Connection,
        )),
    })
}

fn executor(sleeper: &RecordingSleeper) -> RetryExecutor<RecordingSleeper> {
    RetryExecutor::new()
        .sleeper(sleeper.clone())
        .rng(FixedFraction(0.0))
        .clock(ManualClock::new(support::t0()))
        .without_budget()
}

#[test]
fn blocking_rate_limit_then_success() {
    let server = Server::start(vec![
        support::rate_limited(),
        support::rate_limited(),
        Reply::ok(),
    ]);
    let sleeper = RecordingSleeper::default();
    let done = get_with_retry(&server, &executor(&sleeper)).expect("third attempt succeeds");
    assert_eq!(done.value, br#"{"ok":true}"#);
    assert_eq!(server.hits(), 3);
    assert_eq!(
        sleeper.delays(),
        [Duration::from_secs(1), Duration::from_secs(2)]
    );
}

#[test]
fn blocking_retry_after_date_uses_the_injected_clock() {
    let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_600_000_000);
    let later = httpdate::fmt_http_date(now + Duration::from_secs(9));
    let server = Server::start(vec![
        support::rate_limited().header("Retry-After", &later),
        Reply::ok(),
    ]);
    let sleeper = RecordingSleeper::default();
    let done = get_with_retry(&server, &executor(&sleeper).clock(ManualClock::new(now)))
        .expect("second attempt succeeds");
    assert_eq!(done.history[0].delay_waited, Duration::from_secs(9));
    assert_eq!(sleeper.delays(), [Duration::from_secs(9)]);
}

#[test]
fn blocking_max_attempts_override_and_budget() {
    let server = Server::start(vec![Reply::new(
        500,
        openai_body("boom", "server_error", None),
    )]);
    let sleeper = RecordingSleeper::default();
    let budget = RetryBudget::new(BudgetConfig {
        capacity: 100,
        ..BudgetConfig::STANDARD
    });
    let executor = executor(&sleeper).max_attempts(5).budget(budget.clone());
    let err = get_with_retry(&server, &executor).expect_err("500 forever");
    assert_eq!(err.reason, StopReason::AttemptsExhausted { attempts: 5 });
    assert_eq!(server.hits(), 5);
    // One immediate retry, then 0.5 s doubling, capped at 8 s by the strategy.
    assert_eq!(
        sleeper.delays(),
        [500, 1000, 2000].map(Duration::from_millis)
    );
    assert_eq!(budget.available(), 80, "four retries at 5 tokens each");
    assert_eq!(err.history.len(), 5);
    assert!(err.history.iter().all(|r| r.status == Some(500)));
}

#[test]
fn blocking_success_refunds_the_budget() {
    let server = Server::start(vec![support::rate_limited(), Reply::ok()]);
    let sleeper = RecordingSleeper::default();
    let budget = RetryBudget::new(BudgetConfig {
        capacity: 100,
        ..BudgetConfig::STANDARD
    });
    let executor = executor(&sleeper).budget(budget.clone());
    get_with_retry(&server, &executor).expect("second attempt succeeds");
    assert_eq!(budget.available(), 100, "the retry's cost came back");
}

#[test]
fn blocking_success_record_has_status_and_request_id() {
    let server = Server::start(vec![
        support::rate_limited().header("x-request-id", "req_1"),
        Reply::ok().header("x-request-id", "req_2"),
    ]);
    let sleeper = RecordingSleeper::default();
    let done = get_with_retry(&server, &executor(&sleeper)).expect("second attempt succeeds");
    let seen: Vec<_> = done
        .history
        .iter()
        .map(|r| (r.status, r.request_id.as_deref(), r.succeeded))
        .collect();
    assert_eq!(
        seen,
        [
            (Some(429), Some("req_1"), false),
            (Some(200), Some("req_2"), true)
        ]
    );
}
