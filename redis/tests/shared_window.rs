//! Two processes (two fleets, two connections) on one API key share one window.

mod support;

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use errspec_redis::test_util::RedisServer;
use errspec_redis::{FleetAcquire, FleetRateLimiter};
use errspec_runtime::retry::limiter::{Demand, LimiterConfig, RateLimitReport};
use errspec_runtime::time::ManualClock;
use redis::AsyncCommands;
use support::{API_KEY, fleet, go, guard, raw, requests, server_ms, tokens};

fn limiter(url: &str) -> FleetRateLimiter {
    fleet(url).rate_limiter(API_KEY, LimiterConfig::DEFAULT)
}

#[tokio::test]
async fn two_processes_never_exceed_one_window() {
    let server = RedisServer::start();
    let (a, b) = (limiter(&server.url()), limiter(&server.url()));
    guard(async {
        // A learns the window: 10 a minute, 9 left after its own request.
        go(a.acquire(Demand::new()).await)
            .finish(&requests(10, 9, Duration::from_secs(60)))
            .await;
        let mut tasks = tokio::task::JoinSet::new();
        for i in 0..40 {
            let limiter = if i % 2 == 0 { a.clone() } else { b.clone() };
            tasks.spawn(async move { limiter.acquire(Demand::new()).await });
        }
        let mut held = Vec::new();
        let mut waits = Vec::new();
        while let Some(answer) = tasks.join_next().await {
            match answer.expect("no task panics") {
                FleetAcquire::Go(permit) => {
                    assert!(permit.is_shared());
                    held.push(permit);
                }
                FleetAcquire::Wait(d) => waits.push(d),
            }
        }
        assert_eq!(held.len(), 9, "the 9 left in the window, fleet-wide");
        assert_eq!(waits.len(), 31);
        assert!(
            waits
                .iter()
                .all(|d| *d > Duration::ZERO && *d <= Duration::from_secs(60)),
            "{waits:?}"
        );
        let snapshot = b.snapshot().await;
        assert!(snapshot.shared);
        assert_eq!(snapshot.requests.limit, Some(10));
        assert_eq!(snapshot.requests.remaining, Some(0));
        assert_eq!(snapshot.in_flight, 9);
    })
    .await;
}

#[tokio::test]
async fn another_api_key_has_its_own_window() {
    let server = RedisServer::start();
    let f = fleet(&server.url());
    let a = f.rate_limiter(API_KEY, LimiterConfig::DEFAULT);
    let other = f.rate_limiter("sk-test-someone-else", LimiterConfig::DEFAULT);
    guard(async {
        a.observe(&requests(5, 0, Duration::from_secs(30))).await;
        assert!(a.acquire(Demand::new()).await.wait().is_some());
        go(other.acquire(Demand::new()).await).release().await;
    })
    .await;
}

#[tokio::test]
async fn the_token_window_is_shared() {
    let server = RedisServer::start();
    let (a, b) = (limiter(&server.url()), limiter(&server.url()));
    guard(async {
        a.observe(&tokens(1000, 1000, Duration::from_secs(60)))
            .await;
        let first = go(a.acquire(Demand::new().tokens(600)).await);
        let wait = b.acquire(Demand::new().tokens(600)).await.wait();
        assert!(
            wait.is_some_and(|d| d <= Duration::from_secs(60)),
            "{wait:?}"
        );
        go(b.acquire(Demand::new().tokens(400)).await)
            .release()
            .await;
        let snapshot = a.snapshot().await;
        assert_eq!(snapshot.tokens.remaining, Some(0));
        assert_eq!(
            snapshot.in_flight_tokens,
            Some(600),
            "the released one is gone"
        );
        first.release().await;
    })
    .await;
}

#[tokio::test]
async fn retry_after_holds_every_process() {
    let server = RedisServer::start();
    let (a, b) = (limiter(&server.url()), limiter(&server.url()));
    guard(async {
        let throttle = RateLimitReport {
            retry_after: Some(Duration::from_secs(30)),
            ..RateLimitReport::status_only(429)
        };
        go(a.acquire(Demand::new()).await).finish(&throttle).await;
        let wait = b.acquire(Demand::new()).await.wait().expect("held");
        assert!(
            wait > Duration::from_secs(25) && wait <= Duration::from_secs(30),
            "{wait:?}"
        );
        let blocked = b.snapshot().await.blocked_for.expect("blocked");
        assert!(blocked <= Duration::from_secs(30));
        // A report that is no throttle asks nobody to wait.
        let c = limiter(&server.url());
        let calm = RateLimitReport {
            retry_after: Some(Duration::from_secs(30)),
            ..RateLimitReport::status_only(429)
        }
        .with_throttle(false);
        c.observe(&calm).await;
        assert!(b.snapshot().await.blocked_for.expect("still") <= blocked);
    })
    .await;
}

#[tokio::test]
async fn the_window_runs_on_the_servers_clock() {
    let server = RedisServer::start();
    // This process's clock is decades off: the shared state must not notice.
    let wrong = ManualClock::new(SystemTime::UNIX_EPOCH + Duration::from_secs(1_000));
    let f = fleet(&server.url()).with_clock(Arc::new(wrong));
    let a = f.rate_limiter(API_KEY, LimiterConfig::DEFAULT);
    let mut c = raw(&server.url()).await;
    guard(async {
        let before = server_ms(&mut c).await;
        a.observe(&requests(5, 0, Duration::from_secs(2))).await;
        let after = server_ms(&mut c).await;
        let keys = support::all_keys(&mut c).await;
        let window = keys
            .iter()
            .find(|k| k.ends_with(":requests"))
            .expect("the request window");
        let reset: u64 = c.hget(window, "reset").await.expect("HGET");
        assert!(
            (before + 2000..=after + 2000).contains(&reset),
            "{before} + 2000 <= {reset} <= {after} + 2000"
        );
        let wait = a.acquire(Demand::new()).await.wait().expect("spent");
        assert!(wait <= Duration::from_secs(2), "{wait:?}");
    })
    .await;
}

#[tokio::test]
async fn an_unexplained_throttle_paces_only_the_process_that_met_it() {
    let server = RedisServer::start();
    let (a, b) = (limiter(&server.url()), limiter(&server.url()));
    guard(async {
        // A 429 with no limits and no Retry-After: nothing shared explains it.
        go(a.acquire(Demand::new()).await)
            .finish(&RateLimitReport::status_only(429))
            .await;
        // A's adaptive rate is on: one probe goes, the next waits.
        go(a.acquire(Demand::new()).await).release().await;
        assert!(a.acquire(Demand::new()).await.wait().is_some());
        // A retry is paced by its own backoff, not by the adaptive rate.
        go(a.acquire(Demand::new().retry(true)).await)
            .release()
            .await;
        // B measured its own sending and met no throttle: it is not paced.
        for _ in 0..3 {
            go(b.acquire(Demand::new()).await).release().await;
        }
        assert_eq!(b.snapshot().await.blocked_for, None);
    })
    .await;
}

#[tokio::test]
async fn a_cold_fleet_sends_one_probe_and_waits_for_its_answer() {
    let server = RedisServer::start();
    let cold = |url: &str| {
        let config = support::config(url).with_cold_start_probes(1);
        errspec_redis::Fleet::new(config)
            .expect("a valid url")
            .rate_limiter(API_KEY, LimiterConfig::DEFAULT)
    };
    let (a, b) = (cold(&server.url()), cold(&server.url()));
    guard(async {
        // Nothing is known of the key: A's request goes alone, as the probe.
        let probe = go(a.acquire(Demand::new()).await);
        // B (another process) waits for the probe's answer, at most the limiter's
        // unknown_reset_wait (1 s) after it was let through.
        let wait = b.acquire(Demand::new()).await.wait().expect("told to wait");
        assert!(wait <= Duration::from_secs(1), "{wait:?}");
        // The answer, whatever it says, ends the cold start.
        probe.finish(&RateLimitReport::status_only(200)).await;
        go(b.acquire(Demand::new()).await).release().await;
        go(a.acquire(Demand::new()).await).release().await;
    })
    .await;
}

#[tokio::test]
async fn a_probe_that_never_answers_holds_a_cold_fleet_no_longer_than_unknown_reset_wait() {
    let server = RedisServer::start();
    let config = support::config(&server.url()).with_cold_start_probes(1);
    // The shortest unknown_reset_wait: the probe counts as lost 1 ms after its grant.
    let limiter = errspec_redis::Fleet::new(config)
        .expect("a valid url")
        .rate_limiter(
            API_KEY,
            LimiterConfig {
                unknown_reset_wait: LimiterConfig::MIN_HOLD,
                ..LimiterConfig::DEFAULT
            },
        );
    let mut c = raw(&server.url()).await;
    guard(async {
        let _probe = go(limiter.acquire(Demand::new()).await);
        // Wait for Redis's clock (not ours) to pass the probe's grant by 1 ms.
        let t0 = server_ms(&mut c).await;
        while server_ms(&mut c).await < t0 + 2 {
            tokio::task::yield_now().await;
        }
        go(limiter.acquire(Demand::new()).await).release().await;
    })
    .await;
}

#[tokio::test]
async fn the_local_share_counts_the_requests_this_process_sent_through_redis() {
    let server = RedisServer::start();
    let limiter = limiter(&server.url());
    let local = |l: &FleetRateLimiter| l.local().snapshot(SystemTime::now()).in_flight;
    guard(async {
        let a = go(limiter.acquire(Demand::new()).await);
        let b = limiter.admit(Demand::new()).await;
        assert!(a.is_shared() && b.is_shared());
        // Should Redis go away now, the share already knows these two are out.
        assert_eq!(local(&limiter), 2);
        a.finish(&requests(10, 8, Duration::from_secs(60))).await;
        b.release().await;
        assert_eq!(local(&limiter), 0);
    })
    .await;
}
