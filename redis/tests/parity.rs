//! The shared window follows the local limiter's rules: one script of requests and
//! responses, played on a local `RateLimiter` and on the fleet's, gives the same answers.

mod support;

use std::time::{Duration, SystemTime};

use errspec_redis::test_util::RedisServer;
use errspec_redis::{FleetAcquire, FleetPermit};
use errspec_runtime::retry::limiter::{
    Acquire, Demand, LimitReport, LimiterConfig, Permit, RateLimitReport, RateLimiter,
};
use support::{API_KEY, fleet, guard};

enum Step {
    /// Ask for room for a request of this many tokens (held if granted).
    Acquire(u64),
    /// The response of the held request at this index.
    Finish(usize, RateLimitReport),
    /// A response of a request that holds no permit.
    Observe(RateLimitReport),
}

fn report(
    requests: (Option<u64>, Option<u64>, u64),
    tokens: (Option<u64>, Option<u64>, u64),
) -> RateLimitReport {
    let limit = |(limit, remaining, reset): (Option<u64>, Option<u64>, u64)| LimitReport {
        limit,
        remaining,
        reset: (reset > 0).then(|| Duration::from_secs(reset)),
    };
    RateLimitReport {
        requests: limit(requests),
        tokens: limit(tokens),
        ..RateLimitReport::status_only(200)
    }
}

fn steps() -> Vec<Step> {
    use Step::*;
    let throttle = RateLimitReport {
        requests: LimitReport {
            limit: None,
            remaining: Some(0),
            reset: Some(Duration::from_secs(60)),
        },
        ..RateLimitReport::status_only(429)
    };
    vec![
        Acquire(0),
        Finish(
            0,
            report((Some(10), Some(9), 20), (Some(1000), Some(900), 20)),
        ),
        Acquire(300),
        Acquire(300),
        Acquire(300),
        // The tokens are spent.
        Acquire(1),
        // A bigger window: what is left grows by the difference.
        Observe(report((Some(20), None, 0), (None, None, 0))),
        Acquire(0),
        // The same window, reported lower: someone else spends it too.
        Finish(1, report((Some(20), Some(12), 20), (None, Some(0), 20))),
        // A newer window: what is left makes room for the requests still in flight.
        Finish(
            2,
            report((Some(20), Some(20), 60), (Some(1000), Some(1000), 60)),
        ),
        Acquire(100),
        // A throttle the request window explains.
        Finish(3, throttle),
        Acquire(0),
    ]
}

#[derive(Debug, PartialEq)]
struct Seen {
    go: bool,
    requests: (Option<u64>, Option<u64>),
    tokens: (Option<u64>, Option<u64>),
    in_flight: u64,
}

#[tokio::test]
async fn the_shared_window_answers_as_the_local_one() {
    let server = RedisServer::start();
    let config = LimiterConfig::DEFAULT;
    let shared = fleet(&server.url()).rate_limiter(API_KEY, config);
    let local = RateLimiter::new(config);
    guard(async {
        let mut shared_held: Vec<Option<FleetPermit>> = Vec::new();
        let mut local_held: Vec<Option<Permit>> = Vec::new();
        for (i, step) in steps().into_iter().enumerate() {
            let now = SystemTime::now();
            let (mut go_shared, mut go_local) = (true, true);
            match step {
                Step::Acquire(tokens) => {
                    let demand = Demand::new().tokens(tokens);
                    match shared.acquire(demand).await {
                        FleetAcquire::Go(p) => shared_held.push(Some(p)),
                        FleetAcquire::Wait(_) => go_shared = false,
                    }
                    match local.acquire(now, demand) {
                        Acquire::Go(p) => local_held.push(Some(p)),
                        Acquire::Wait(_) => go_local = false,
                    }
                }
                Step::Finish(at, report) => {
                    let permit = shared_held[at].take().expect("held");
                    permit.finish(&report).await;
                    let permit = local_held[at].take().expect("held");
                    permit.observe(now, &report);
                }
                Step::Observe(report) => {
                    shared.observe(&report).await;
                    local.observe(now, &report);
                }
            }
            let s = shared.snapshot().await;
            assert!(s.shared, "step {i}");
            let l = local.snapshot(SystemTime::now());
            let shared_seen = Seen {
                go: go_shared,
                requests: (s.requests.limit, s.requests.remaining),
                tokens: (s.tokens.limit, s.tokens.remaining),
                in_flight: s.in_flight,
            };
            let local_seen = Seen {
                go: go_local,
                requests: (l.requests.limit, l.requests.remaining),
                tokens: (l.tokens.limit, l.tokens.remaining),
                in_flight: l.in_flight,
            };
            assert_eq!(shared_seen, local_seen, "step {i}");
        }
        for permit in shared_held.into_iter().flatten() {
            permit.release().await;
        }
    })
    .await;
}
