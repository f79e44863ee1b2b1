//! Reservations: released by their permits, and gone with their lease when a process dies.

mod support;

use std::time::Duration;

use errspec_redis::Fleet;
use errspec_redis::test_util::RedisServer;
use errspec_runtime::retry::limiter::{Demand, LimiterConfig, RateLimitReport};
use support::{API_KEY, config, fleet, go, guard, raw, server_ms};

#[tokio::test]
async fn permits_release_their_reservations() {
    let server = RedisServer::start();
    let limiter = fleet(&server.url()).rate_limiter(API_KEY, LimiterConfig::DEFAULT);
    guard(async {
        let first = go(limiter.acquire(Demand::new().tokens(10)).await);
        let second = go(limiter.acquire(Demand::new().tokens(20)).await);
        let third = go(limiter.acquire(Demand::new().tokens(30)).await);
        let snapshot = limiter.snapshot().await;
        assert_eq!(
            (snapshot.in_flight, snapshot.in_flight_tokens),
            (3, Some(60))
        );
        first.finish(&RateLimitReport::status_only(200)).await;
        second.release().await;
        let snapshot = limiter.snapshot().await;
        assert_eq!(
            (snapshot.in_flight, snapshot.in_flight_tokens),
            (1, Some(30))
        );
        // A dropped permit is released in the background, on this runtime.
        drop(third);
        let mut polls = 0;
        while limiter.snapshot().await.in_flight != 0 {
            polls += 1;
            assert!(polls < 1000, "the dropped permit was never released");
            tokio::task::yield_now().await;
        }
    })
    .await;
}

#[tokio::test]
async fn admit_counts_a_request_the_window_has_no_room_for() {
    let server = RedisServer::start();
    let limiter = fleet(&server.url()).rate_limiter(API_KEY, LimiterConfig::DEFAULT);
    guard(async {
        limiter
            .observe(&support::requests(3, 0, Duration::from_secs(30)))
            .await;
        assert!(limiter.acquire(Demand::new()).await.wait().is_some());
        let admitted = limiter.admit(Demand::new().tokens(7)).await;
        assert!(admitted.is_shared());
        let snapshot = limiter.snapshot().await;
        assert_eq!(snapshot.requests.remaining, Some(0));
        assert_eq!(
            (snapshot.in_flight, snapshot.in_flight_tokens),
            (1, Some(7))
        );
        assert_eq!(admitted.demand(), Demand::new().tokens(7));
        admitted.release().await;
    })
    .await;
}

#[tokio::test]
async fn a_dead_processs_reservations_expire() {
    let server = RedisServer::start();
    let lease = Duration::from_millis(50);
    let dying = Fleet::new(config(&server.url()).with_reservation_lease(lease)).expect("url");
    let dying = dying.rate_limiter(API_KEY, LimiterConfig::DEFAULT);
    let alive = fleet(&server.url()).rate_limiter(API_KEY, LimiterConfig::DEFAULT);
    let mut c = raw(&server.url()).await;
    guard(async {
        let before = server_ms(&mut c).await;
        // The process dies with its request in flight: nothing will release it.
        std::mem::forget(go(dying.acquire(Demand::new()).await));
        let after = server_ms(&mut c).await;
        assert_eq!(alive.snapshot().await.in_flight, 1);
        let keys = support::all_keys(&mut c).await;
        let inflight = keys
            .iter()
            .find(|k| k.ends_with(":inflight"))
            .expect("reservations");
        let scores: Vec<(String, u64)> = redis::cmd("ZRANGE")
            .arg(inflight)
            .arg(0)
            .arg(-1)
            .arg("WITHSCORES")
            .query_async(&mut c)
            .await
            .expect("ZRANGE");
        assert_eq!(scores.len(), 1);
        assert!(
            (before + 50..=after + 50).contains(&scores[0].1),
            "expires a lease after the grant, on the server's clock: {scores:?}"
        );
        // Wait (on Redis's clock) until the lease is over: the reservation is gone.
        while alive.snapshot().await.in_flight != 0 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await;
}
