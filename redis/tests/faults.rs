//! Redis down, killed, restarted or silent: calls fall back to the local share, never
//! hang, say so once, and share again when Redis is back.

mod support;

use std::time::Duration;

use errspec_redis::test_util::{RedisServer, SilentServer};
use errspec_redis::{Fleet, FleetAcquire, FleetConfig, FleetError};
use errspec_runtime::retry::budget::BudgetConfig;
use errspec_runtime::retry::limiter::{Demand, LimiterConfig};
use support::{API_KEY, config, fleet, go, guard, recorder, requests};
use tracing::Level;

/// How many of `n` acquires go (their permits held), and whether any was shared.
async fn count_go(limiter: &errspec_redis::FleetRateLimiter, n: usize) -> (usize, bool) {
    let mut held = Vec::new();
    for _ in 0..n {
        if let FleetAcquire::Go(p) = limiter.acquire(Demand::new()).await {
            held.push(p);
        }
    }
    (held.len(), held.iter().any(|p| p.is_shared()))
}

#[tokio::test]
async fn redis_killed_falls_back_to_a_share_warns_once_and_resumes() {
    let recorder = recorder();
    let mut server = RedisServer::start();
    let url = server.url();
    let f = fleet(&url);
    let limiter = f.rate_limiter(API_KEY, LimiterConfig::DEFAULT);
    let budget = f.retry_budget(
        API_KEY,
        BudgetConfig {
            ratio: None,
            ..BudgetConfig::STANDARD
        },
    );
    guard(async {
        limiter
            .observe(&requests(40, 40, Duration::from_secs(60)))
            .await;
        assert!(f.is_sharing());

        server.kill();
        // A fleet of 4: this process may send a quarter of the 40 left.
        assert_eq!(count_go(&limiter, 30).await, (10, false));
        assert!(!f.is_sharing());
        let snapshot = limiter.snapshot().await;
        assert!(!snapshot.shared);
        assert_eq!(snapshot.requests.limit, Some(10));
        // The budget falls back to a quarter of 500 tokens: 25 retries of 5.
        let mut granted = 0;
        while budget.try_retry(5, true).await.is_some() {
            granted += 1;
            assert!(granted <= 100);
        }
        assert_eq!(granted, 25);
        assert_eq!(budget.available().await, 0);
        assert_eq!(
            recorder.count(Level::WARN, &url),
            1,
            "{:?}",
            recorder.messages(&url)
        );
        assert_eq!(recorder.count(Level::INFO, &url), 0);

        server.restart();
        // The next call reconnects (no backoff in tests), loads the scripts again and
        // finds an empty window.
        let permit = go(limiter.acquire(Demand::new()).await);
        assert!(permit.is_shared());
        permit.release().await;
        assert!(f.is_sharing());
        assert_eq!(
            budget.available().await,
            500,
            "a fresh bucket in the new server"
        );
        assert_eq!(
            recorder.count(Level::WARN, &url),
            1,
            "{:?}",
            recorder.messages(&url)
        );
        assert_eq!(
            recorder.count(Level::INFO, &url),
            1,
            "{:?}",
            recorder.messages(&url)
        );
    })
    .await;
}

#[tokio::test]
async fn a_silent_redis_falls_back_after_the_timeout() {
    let recorder = recorder();
    let silent = SilentServer::start();
    let url = silent.url();
    let f = Fleet::new(config(&url).with_timeout(Duration::from_millis(100))).expect("url");
    let limiter = f.rate_limiter(API_KEY, LimiterConfig::DEFAULT);
    let budget = f.retry_budget(API_KEY, BudgetConfig::STANDARD);
    guard(async {
        for _ in 0..3 {
            let permit = go(limiter.acquire(Demand::new()).await);
            assert!(!permit.is_shared());
            permit
                .finish(&requests(80, 79, Duration::from_secs(60)))
                .await;
        }
        assert!(budget.try_retry(5, true).await.is_some());
        assert!(!f.ping().await);
        assert!(!f.is_sharing());
        assert_eq!(
            recorder.count(Level::WARN, &url),
            1,
            "{:?}",
            recorder.messages(&url)
        );
        let warning = &recorder.messages(&url)[0];
        assert!(warning.contains("fall back"), "{warning}");
    })
    .await;
}

#[tokio::test]
async fn callers_waiting_for_a_silent_redis_all_fall_back() {
    let silent = SilentServer::start();
    let f =
        Fleet::new(config(&silent.url()).with_timeout(Duration::from_millis(100))).expect("url");
    let limiter = f.rate_limiter(API_KEY, LimiterConfig::DEFAULT);
    guard(async {
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..20 {
            let limiter = limiter.clone();
            tasks.spawn(async move { limiter.acquire(Demand::new()).await });
        }
        let mut local = 0;
        while let Some(answer) = tasks.join_next().await {
            local += usize::from(!go(answer.expect("no task panics")).is_shared());
        }
        assert_eq!(local, 20, "every caller is answered by the local share");
    })
    .await;
}

#[tokio::test]
async fn redis_down_from_the_start_is_no_error() {
    let mut server = RedisServer::start();
    let url = server.url();
    server.kill();
    let f = fleet(&url);
    guard(async {
        assert!(!f.ping().await);
        let limiter = f.rate_limiter(API_KEY, LimiterConfig::DEFAULT);
        let permit = go(limiter.acquire(Demand::new()).await);
        assert!(!permit.is_shared());
        permit.release().await;
        let admitted = limiter.admit(Demand::new()).await;
        assert!(!admitted.is_shared());
        assert_eq!(
            limiter
                .local()
                .snapshot(std::time::SystemTime::now())
                .in_flight,
            1
        );
    })
    .await;
}

#[test]
fn bad_urls_and_prefixes_are_clear_errors() {
    let err = Fleet::new(FleetConfig::new("http://user:hunter2@host")).expect_err("bad");
    let text = err.to_string();
    assert!(matches!(err, FleetError::Url { .. }));
    assert!(
        text.starts_with("bad redis url `http://***@host`"),
        "{text}"
    );
    assert!(!text.contains("hunter2"), "{text}");
    let err = Fleet::new(config("redis://127.0.0.1:1").with_key_prefix("a}b")).expect_err("bad");
    assert!(err.to_string().contains("`a}b`"), "{err}");
}

/// Makes `calls` acquires on a silent Redis with this reconnect backoff; returns how many
/// connections the server saw once at least `expected` arrived.
async fn connections_for(backoff: Duration, calls: usize, expected: usize) -> usize {
    let silent = SilentServer::start();
    let f = Fleet::new(
        config(&silent.url())
            .with_timeout(Duration::from_millis(50))
            .with_reconnect_backoff(backoff, backoff),
    )
    .expect("url");
    let limiter = f.rate_limiter(API_KEY, LimiterConfig::DEFAULT);
    for _ in 0..calls {
        go(limiter.acquire(Demand::new()).await).release().await;
    }
    while silent.accepted() < expected {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    silent.accepted()
}

#[tokio::test]
async fn reconnects_wait_for_the_backoff() {
    guard(async {
        // Without backoff, each acquire connects anew (a local permit's release is no call).
        assert_eq!(connections_for(Duration::ZERO, 3, 3).await, 3);
        // With a long backoff, only the first call tries.
        assert_eq!(connections_for(Duration::from_secs(3600), 3, 1).await, 1);
    })
    .await;
}

/// A limiter with one cold-start probe whose Redis is down from the start, on a manual
/// clock (the local share's).
fn cold_and_alone() -> (
    errspec_redis::FleetRateLimiter,
    errspec_runtime::time::ManualClock,
) {
    let mut server = RedisServer::start();
    let url = server.url();
    server.kill();
    let clock = errspec_runtime::time::ManualClock::new(
        std::time::UNIX_EPOCH + Duration::from_secs(1_700_000_000),
    );
    let limiter = Fleet::new(config(&url).with_cold_start_probes(1))
        .expect("a valid url")
        .with_clock(std::sync::Arc::new(clock.clone()))
        .rate_limiter(API_KEY, LimiterConfig::DEFAULT);
    (limiter, clock)
}

#[tokio::test]
async fn a_process_that_cannot_reach_redis_before_any_answer_sends_one_probe() {
    let (limiter, _) = cold_and_alone();
    guard(async {
        // The local share knows nothing: one request goes, the next waits for its answer.
        let probe = go(limiter.acquire(Demand::new()).await);
        assert!(!probe.is_shared());
        let wait = limiter.acquire(Demand::new()).await.wait().expect("held");
        assert!(wait <= Duration::from_millis(10), "{wait:?}");
        // The answer (whatever it says) ends the cold start.
        probe
            .finish(&requests(100, 99, Duration::from_secs(60)))
            .await;
        let (went, shared) = count_go(&limiter, 3).await;
        assert_eq!((went, shared), (3, false));
    })
    .await;
}

#[tokio::test]
async fn a_probe_without_an_answer_holds_the_local_share_at_most_unknown_reset_wait() {
    let (limiter, clock) = cold_and_alone();
    guard(async {
        let _probe = go(limiter.acquire(Demand::new()).await);
        assert!(limiter.acquire(Demand::new()).await.wait().is_some());
        clock.advance(LimiterConfig::DEFAULT.unknown_reset_wait);
        let (went, _) = count_go(&limiter, 3).await;
        assert_eq!(went, 3, "the cold start is over");
    })
    .await;
}

/// A caller that keeps its future without polling it (parked in a `select!`, stored for
/// later) holds nobody up: the connection is made by a task of its own, not inside the
/// future of the call that needed it first. Before, every other caller waited for that
/// future until its own timeout, then fell back to the local share.
#[tokio::test]
async fn a_call_left_unpolled_while_connecting_holds_nobody_up() {
    use std::future::Future;
    use std::task::{Context, Waker};

    let server = RedisServer::start();
    let f = fleet(&server.url());
    let config = BudgetConfig {
        capacity: 100,
        ratio: None,
        ..BudgetConfig::STANDARD
    };
    let budget = f.retry_budget(API_KEY, config);
    guard(async {
        // The fleet's first call connects; it is polled once, then left alone.
        let mut parked = Box::pin(budget.try_retry(5, true));
        let first = parked
            .as_mut()
            .poll(&mut Context::from_waker(Waker::noop()));
        assert!(first.is_pending(), "connecting");
        // Another caller gets Redis's answer, not the local share's (25 of 100).
        assert_eq!(budget.available().await, 100);
        assert!(f.is_sharing());
        // The parked call, polled again, goes through on the same connection.
        assert!(parked.await.is_some());
        assert_eq!(budget.available().await, 95);
    })
    .await;
}
