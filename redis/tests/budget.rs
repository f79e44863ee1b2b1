//! The retry budget: one bucket and one ratio window for the fleet.

mod support;

use errspec_redis::test_util::RedisServer;
use errspec_redis::{Fleet, FleetRetryBudget};
use errspec_runtime::retry::budget::{BudgetConfig, Paid, RatioConfig};
use support::{API_KEY, fleet, guard};

/// One process's fleet (its own connection) and its view of the fleet's budget.
fn process(server: &RedisServer, config: BudgetConfig) -> (Fleet, FleetRetryBudget) {
    let fleet = fleet(&server.url());
    let budget = fleet.retry_budget(API_KEY, config);
    (fleet, budget)
}

#[tokio::test]
async fn two_processes_draw_on_one_bucket() {
    let server = RedisServer::start();
    let config = BudgetConfig {
        capacity: 10,
        ratio: None,
        ..BudgetConfig::STANDARD
    };
    let ((fa, a), (fb, b)) = (process(&server, config), process(&server, config));
    guard(async {
        assert_eq!(a.available().await, 10, "a full bucket to start");
        assert!(a.try_retry(5, true).await.is_some());
        assert!(b.try_retry(5, true).await.is_some());
        assert!(
            a.try_retry(5, false).await.is_none(),
            "the fleet's bucket is empty"
        );
        assert_eq!(b.available().await, 0);
        assert_eq!(b.window().await, None, "the ratio guard is off");
        b.record_success(Some(5)).await;
        assert_eq!(a.available().await, 5);
        a.record_success(None).await;
        assert_eq!(b.available().await, 6, "a first-try success refunds one");
        a.deposit(u32::MAX).await;
        assert_eq!(b.available().await, 10, "never above the capacity");
        assert_eq!(a.cost(true), 10);
        assert!(fa.is_sharing() && fb.is_sharing());
    })
    .await;
}

#[tokio::test]
async fn two_processes_share_one_ratio_window() {
    let server = RedisServer::start();
    let ratio = RatioConfig {
        min_retries: 3,
        percent: 50,
        ..RatioConfig::DEFAULT
    };
    let config = BudgetConfig {
        capacity: 1_000_000,
        ratio: Some(ratio),
        ..BudgetConfig::STANDARD
    };
    let ((fa, a), (fb, b)) = (process(&server, config), process(&server, config));
    guard(async {
        assert!(a.try_retry(5, true).await.is_some());
        assert!(b.try_retry(5, true).await.is_some());
        assert!(b.try_retry(5, false).await.is_some());
        assert!(
            a.try_retry(5, false).await.is_none(),
            "the floor of 3 is spent"
        );
        let w = a.window().await.expect("guard on");
        assert_eq!((w.retries, w.failed_calls, w.allowed), (3, 2, 3));
        // Eight failing calls in all: half of them may retry.
        for _ in 0..5 {
            let _ = b.try_retry(5, true).await;
        }
        let w = b.window().await.expect("guard on");
        assert_eq!((w.failed_calls, w.allowed), (7, 3));
        assert!(
            a.try_retry(5, true).await.is_some(),
            "the eighth call brings the fourth retry"
        );
        assert_eq!(a.available().await, 1_000_000 - 4 * 5);
        assert!(fa.is_sharing() && fb.is_sharing());
    })
    .await;
}

#[tokio::test]
async fn a_refund_gives_the_fleet_its_tokens_and_its_place_in_the_window() {
    let server = RedisServer::start();
    let config = BudgetConfig {
        capacity: 100,
        ratio: Some(RatioConfig {
            min_retries: 1,
            ..RatioConfig::DEFAULT
        }),
        ..BudgetConfig::STANDARD
    };
    let ((fa, a), (fb, b)) = (process(&server, config), process(&server, config));
    guard(async {
        let paid = a.try_retry(5, true).await.expect("the floor allows one");
        assert!(paid.second.is_some(), "counted in one of Redis's seconds");
        assert!(b.try_retry(5, true).await.is_none(), "the floor is spent");
        // A's call is cancelled before its retry goes out.
        a.refund(paid).await;
        assert_eq!(b.available().await, 100);
        let w = b.window().await.expect("guard on");
        assert_eq!((w.retries, w.failed_calls), (0, 2));
        assert!(b.try_retry(5, false).await.is_some(), "room again");
        // A retry whose second has left the window gets its tokens back, and takes
        // nothing from the retries counted since.
        a.refund(Paid {
            cost: 5,
            second: Some(1),
        })
        .await;
        assert_eq!(a.available().await, 100);
        assert_eq!(a.window().await.expect("guard on").retries, 1);
        assert!(fa.is_sharing() && fb.is_sharing());
    })
    .await;
}
