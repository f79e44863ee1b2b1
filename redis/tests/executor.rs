//! Two executors (two fleets: two connections, as two processes would have) on one API key
//! share one window and one retry budget through `RetryExecutor::shared_limits`, against a
//! scripted HTTP server on 127.0.0.1. Nothing sleeps: the executors wait with a
//! `RecordingSleeper`, which returns at once and remembers what it was asked.

#[path = "../../runtime/tests/support/server.rs"]
#[allow(dead_code)]
mod http;
mod support;

use std::time::{Duration, SystemTime};

use errspec::openai::ErrorCode;
use errspec_redis::test_util::RedisServer;
use errspec_redis::{Fleet, FleetLimits};
use errspec_runtime::retry::budget::{BudgetConfig, RatioConfig};
use errspec_runtime::retry::executor::{RetryExecutor, Success};
use errspec_runtime::retry::limiter::LimiterConfig;
use errspec_runtime::time::RecordingSleeper;
use errspec_runtime::{RetryError, StopReason};
use http::{Reply, Server, blocking_get};
use support::{API_KEY, fleet, guard};

/// An executor of one "process", on `limits` of its own fleet (connection).
fn executor(limits: FleetLimits) -> (RetryExecutor<RecordingSleeper>, RecordingSleeper) {
    let sleeper = RecordingSleeper::default();
    let executor = RetryExecutor::new()
        .sleeper(sleeper.clone())
        .shared_limits(limits);
    (executor, sleeper)
}

/// One call: a GET to the scripted server, its headers fed to the executor.
async fn call(
    executor: &RetryExecutor<RecordingSleeper>,
    server: &Server,
) -> Result<Success<u16>, RetryError<ErrorCode>> {
    executor
        .run(|ctx| {
            let response = blocking_get(server.addr(), "/v1/chat/completions");
            async move {
                let response = response.expect("the test server answers");
                if response.status < 400 {
                    ctx.observe(response.status, &response.headers);
                    Ok(response.status)
                } else {
                    Err(ctx.failure(response.status, &response.headers, &response.body))
                }
            }
        })
        .await
}

/// A success reporting a window of 2 requests a minute, `remaining` of them left.
fn window(remaining: u32) -> Reply {
    Reply::ok()
        .header("x-ratelimit-limit-requests", "2")
        .header("x-ratelimit-remaining-requests", &remaining.to_string())
        .header("x-ratelimit-reset-requests", "60s")
}

#[tokio::test]
async fn two_executors_share_one_window() {
    let redis = RedisServer::start();
    let server = Server::start(vec![window(1), window(0), window(0)]);
    let (fa, fb) = (fleet(&redis.url()), fleet(&redis.url()));
    let (a, a_sleeps) = executor(fa.limits(API_KEY));
    let (b, b_sleeps) = executor(fb.limits(API_KEY));
    guard(async {
        // A learns the window: 1 of 2 left. Alone, A would send its next call at once.
        let first = call(&a, &server).await.expect("a success");
        assert_eq!(first.history[0].held, Duration::ZERO);
        // B, another process, takes the last one.
        let second = call(&b, &server).await.expect("a success");
        assert_eq!(second.history[0].held, Duration::ZERO);
        assert!(b_sleeps.delays().is_empty());
        // A's next call waits for the window B spent: held until the reset (a minute,
        // by Redis's clock), then let through at the limiter's `max_hold`.
        let third = call(&a, &server).await.expect("a success");
        let held = third.history[0].held;
        let max_hold = LimiterConfig::DEFAULT.max_hold;
        assert!(
            held >= Duration::from_secs(50) && held <= max_hold,
            "held {held:?}, sleeps {:?}",
            a_sleeps.delays()
        );
        assert_eq!(
            a_sleeps.delays().iter().sum::<Duration>(),
            held,
            "every hold was slept"
        );
    })
    .await;
    assert_eq!(server.hits(), 3);
}

#[tokio::test]
async fn without_a_fleet_each_executor_believes_it_owns_the_window() {
    // The control for the test above: the same calls, each executor with its own limiter.
    let server = Server::start(vec![window(1), window(0), window(0)]);
    let a = RetryExecutor::new().sleeper(RecordingSleeper::default());
    let b = RetryExecutor::new().sleeper(RecordingSleeper::default());
    for executor in [&a, &b, &a] {
        let done = call(executor, &server).await.expect("a success");
        assert_eq!(done.history[0].held, Duration::ZERO);
    }
}

/// A 503 `server_error`, which OpenAI's catalog retries.
fn unavailable() -> Reply {
    Reply::new(
        503,
        r#"{"error":{"message":"The server is overloaded or not ready yet.","type":"server_error","param":null,"code":null}}"#,
    )
}

#[tokio::test]
async fn two_executors_share_one_retry_budget() {
    let redis = RedisServer::start();
    let server = Server::start(vec![unavailable()]);
    // One retry's worth in the fleet's bucket (the ratio guard off: the bucket alone).
    let config = BudgetConfig {
        capacity: 5,
        ratio: None,
        ..BudgetConfig::STANDARD
    };
    let limits = |f: &Fleet| {
        FleetLimits::new(
            f.rate_limiter(API_KEY, LimiterConfig::DEFAULT),
            f.retry_budget(API_KEY, config),
        )
    };
    let (fa, fb) = (fleet(&redis.url()), fleet(&redis.url()));
    let (a, _) = executor(limits(&fa));
    let (b, _) = executor(limits(&fb));
    guard(async {
        // A spends the fleet's only retry, and its retry fails too.
        let e = call(&a, &server).await.expect_err("always 503");
        assert_eq!((e.attempts(), e.reason), (2, StopReason::BudgetExhausted));
        // B has no retry left, though it has not retried at all.
        let e = call(&b, &server).await.expect_err("always 503");
        assert_eq!((e.attempts(), e.reason), (1, StopReason::BudgetExhausted));
        assert_eq!(limits(&fb).budget().available().await, 0);
        // Each process's local share (its fallback) is untouched.
        assert_eq!(b.retry_budget().map(|b| b.available()), Some(5));
    })
    .await;
    assert_eq!(server.hits(), 3);
}

/// A sleep that never ends: a call stays parked in its backoff until dropped. It counts
/// the sleeps it was asked for, so a test knows when a call is parked.
#[derive(Clone, Debug, Default)]
struct NeverWakes(std::sync::Arc<std::sync::atomic::AtomicUsize>);

impl NeverWakes {
    fn asked(&self) -> usize {
        self.0.load(std::sync::atomic::Ordering::SeqCst)
    }
}

impl errspec_runtime::time::Sleeper for NeverWakes {
    type Sleep = std::future::Pending<()>;

    fn sleep(&self, _delay: Duration) -> std::future::Pending<()> {
        self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        std::future::pending()
    }
}

#[tokio::test]
async fn a_call_dropped_in_its_backoff_gives_its_retry_back_to_the_fleet() {
    let redis = RedisServer::start();
    // A rate limit: its retry waits (a 503's first retry goes at once).
    let server = Server::start(vec![Reply::new(
        429,
        r#"{"error":{"message":"Rate limit reached for requests","type":"requests","param":null,"code":"rate_limit_exceeded"}}"#,
    )]);
    // The ratio guard's floor is one retry: the parked call's.
    let config = BudgetConfig {
        capacity: 100,
        ratio: Some(RatioConfig {
            min_retries: 1,
            ..RatioConfig::DEFAULT
        }),
        ..BudgetConfig::STANDARD
    };
    let fleet = fleet(&redis.url());
    let budget = fleet.retry_budget(API_KEY, config);
    let sleeper = NeverWakes::default();
    let executor = RetryExecutor::new()
        .sleeper(sleeper.clone())
        .shared_limits(FleetLimits::new(
            fleet.rate_limiter(API_KEY, LimiterConfig::DEFAULT),
            budget.clone(),
        ));
    guard(async {
        let mut call = Box::pin(executor.run(|ctx| {
            let response = blocking_get(server.addr(), "/v1/chat/completions");
            async move {
                let response = response.expect("the test server answers");
                Err::<(), _>(ctx.failure::<ErrorCode, _>(
                    response.status,
                    &response.headers,
                    &response.body,
                ))
            }
        }));
        // Drive the call until it sleeps in its backoff (for ever), its retry paid, reading
        // the fleet's window beside it: the call is polled all along. (Dropped while the
        // payment is still on its way, the call could not give it back: the answer that
        // says what was paid never came.)
        let mut polls = 0;
        while sleeper.asked() == 0 {
            tokio::select! {
                biased;
                done = &mut call => panic!("the call parks in its backoff: {done:?}"),
                _ = budget.window() => {}
            }
            polls += 1;
            assert!(polls < 1000, "the call never reached its backoff");
            tokio::task::yield_now().await;
        }
        assert_eq!(budget.window().await.expect("guard on").retries, 1);
        assert_eq!(budget.available().await, 95);
        // What `tokio::time::timeout` or a cancelled task does; the refund goes to Redis
        // in the background, on this runtime.
        drop(call);
        let mut polls = 0;
        while budget.window().await.expect("guard on").retries != 0 {
            polls += 1;
            assert!(polls < 1000, "the retry's place never came back");
            tokio::task::yield_now().await;
        }
        assert_eq!(budget.available().await, 100);
        assert_eq!(budget.window().await.expect("guard on").failed_calls, 1);
    })
    .await;
    assert_eq!(server.hits(), 1);
}

#[test]
fn a_blocking_run_paces_with_a_process_local_limiter() {
    // No tokio runtime and no Redis: run_blocking never waits for the fleet.
    let fleet = fleet("redis://127.0.0.1:1");
    let server = Server::start(vec![window(0)]);
    let executor = RetryExecutor::new()
        .sleeper(RecordingSleeper::default())
        .shared_limits(fleet.limits(API_KEY));
    let done = executor
        .run_blocking(|ctx| {
            let response = blocking_get(server.addr(), "/").expect("the test server answers");
            ctx.observe(response.status, &response.headers);
            Ok::<_, errspec_runtime::AttemptError<ErrorCode>>(response.status)
        })
        .expect("a success");
    assert_eq!(done.value, 200);
    let limiter = executor.limiter().expect("a local limiter");
    let seen = limiter.snapshot(SystemTime::now()).requests;
    assert_eq!((seen.limit, seen.remaining), (Some(2), Some(0)));
}
