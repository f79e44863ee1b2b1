//! What the fleet leaves in Redis: keys under one hash tag, each with a TTL, and no API key.

mod support;

use std::time::Duration;

use errspec_redis::test_util::RedisServer;
use errspec_runtime::retry::budget::BudgetConfig;
use errspec_runtime::retry::limiter::{Demand, LimiterConfig, RateLimitReport};
use support::{API_KEY, fleet, go, guard, raw, requests, tokens};

#[tokio::test]
async fn every_key_has_a_ttl_one_hash_tag_and_no_api_key() {
    let server = RedisServer::start();
    let f = fleet(&server.url());
    let limiter = f.rate_limiter(API_KEY, LimiterConfig::DEFAULT);
    let budget = f.retry_budget(API_KEY, BudgetConfig::STANDARD);
    let mut c = raw(&server.url()).await;
    guard(async {
        // Every operation once: windows, reservations, block, counter, bucket, ratio.
        let held = go(limiter.acquire(Demand::new().tokens(5)).await);
        go(limiter.acquire(Demand::new()).await)
            .finish(&requests(100, 50, Duration::from_secs(60)))
            .await;
        limiter
            .observe(&tokens(1000, 900, Duration::from_secs(60)))
            .await;
        let throttle = RateLimitReport {
            retry_after: Some(Duration::from_secs(5)),
            ..RateLimitReport::status_only(429)
        };
        limiter.observe(&throttle).await;
        assert!(budget.try_retry(5, true).await.is_some());
        budget.record_success(Some(5)).await;
        assert!(budget.window().await.is_some());
        let _ = limiter.snapshot().await;

        let keys = support::all_keys(&mut c).await;
        let names: Vec<&str> = keys
            .iter()
            .filter_map(|k| k.rsplit_once(':').map(|(_, n)| n))
            .collect();
        assert_eq!(
            names,
            [
                "block", "bucket", "inflight", "ratio", "requests", "seen", "seq", "tokens"
            ]
        );
        let tag = &keys[0][..=keys[0].find('}').expect("a hash tag")];
        assert!(tag.starts_with("{test:"), "{tag}");
        for key in &keys {
            assert!(key.starts_with(tag), "{key} outside {tag}");
            let ttl: i64 = redis::cmd("PTTL")
                .arg(key)
                .query_async(&mut c)
                .await
                .expect("PTTL");
            assert!(ttl > 0, "{key} has no TTL ({ttl})");
            assert!(
                !key.contains(API_KEY) && !key.contains("4f6b1c2e9d"),
                "{key}"
            );
            let dump: Vec<u8> = redis::cmd("DUMP")
                .arg(key)
                .query_async(&mut c)
                .await
                .expect("DUMP");
            let text = String::from_utf8_lossy(&dump);
            assert!(!text.contains("4f6b1c2e9d"), "{key} holds the API key");
        }
        held.release().await;
    })
    .await;
}
