//! The outage guard: once the shared retry budget is spent, a total outage costs one
//! request per call, each failing fast with the budget named; recovery refills it.
//! Before it is spent, the retry-ratio guard keeps a whole outage near 1.2 requests per
//! call. Real server on 127.0.0.1; no real sleeping (a recording sleeper, a fixed clock).
//! The outage wait is off here (calls fail fast): `outage_gate.rs` tests it on.

#![cfg(all(feature = "reqwest", feature = "tokio"))]

mod support;

use std::time::Duration;

use errspec_runtime::integrations::reqwest::send_with_retry;
use errspec_runtime::retry::budget::{BudgetConfig, RetryBudget};
use errspec_runtime::retry::executor::RetryExecutor;
use errspec_runtime::time::RecordingSleeper;

use errspec_runtime::retry::StopReason;

use errspec_runtime::rand::FixedFraction;

use errspec_runtime::time::ManualClock;
use support::catalog::{TestCode, openai_body};
use support::server::{Reply, Server};

#[tokio::test]
async fn a_spent_budget_fails_fast_and_recovery_refills_it() {
    let unavailable = Reply::new(
        503,
        openai_body("The server is overloaded", "server_error", None),
    );
    let mut script = vec![unavailable; 26];
    script.push(Reply::ok());
    let server = Server::start(script);
    // Four retries' worth (5 tokens each); the ratio guard off, to watch the bucket alone.
    let budget = RetryBudget::new(BudgetConfig {
        capacity: 20,
        ratio: None,
        ..BudgetConfig::STANDARD
    });
    let executor = RetryExecutor::new()
        .sleeper(RecordingSleeper::default())
        .rng(FixedFraction(0.0))
        .clock(ManualClock::new(support::t0()))
        .budget(budget.clone())
        .outage_wait(Duration::ZERO);
    let client = reqwest::Client::new();
    let url = server.url("/v1/chat/completions");

    // The first calls spend the budget on their retries.
    let mut calls = 0;
    while budget.available() >= 5 {
        send_with_retry::<TestCode, _>(&executor, client.get(&url))
            .await
            .expect_err("outage");
        calls += 1;
        assert!(calls < 5, "four retries spend it");
    }
    let spent_at = server.hits();

    // From then on: one request per call, stopped by the budget, which the error names.
    let mut fast = 0;
    while let Err(e) = send_with_retry::<TestCode, _>(&executor, client.get(&url)).await {
        assert_eq!(e.attempts(), 1);
        assert_eq!(e.reason, StopReason::BudgetExhausted);
        assert!(e.to_string().contains("retry budget"), "{e}");
        fast += 1;
        assert!(fast <= 40, "the script turns healthy");
    }
    assert_eq!(
        server.hits() - spent_at,
        fast + 1,
        "1.0 request per call once spent"
    );
    assert!(fast >= 15, "{fast}");

    // Recovery: first attempts still go out, succeed, and refill the budget.
    for _ in 0..10 {
        send_with_retry::<TestCode, _>(&executor, client.get(&url))
            .await
            .expect("healthy again");
    }
    assert_eq!(budget.available(), 11, "one token back per success");
}

#[tokio::test]
async fn the_retry_ratio_holds_a_whole_outage_to_one_retry_in_five_calls() {
    let unavailable = Reply::new(
        503,
        openai_body("The server is overloaded", "server_error", None),
    );
    let mut script = vec![unavailable; 60];
    script.push(Reply::ok());
    let server = Server::start(script);
    // The default budget: a full AWS bucket (100 retries' worth) and the ratio guard.
    let budget = RetryBudget::default();
    let t0 = support::t0();
    let executor = RetryExecutor::new()
        .sleeper(RecordingSleeper::default())
        .rng(FixedFraction(0.0))
        .clock(ManualClock::new(t0))
        .budget(budget.clone())
        .outage_wait(Duration::ZERO);
    let client = reqwest::Client::new();
    let url = server.url("/v1/chat/completions");

    let mut stopped_by_budget = 0;
    for _ in 0..50 {
        let e = send_with_retry::<TestCode, _>(&executor, client.get(&url))
            .await
            .expect_err("outage");
        if e.reason == StopReason::BudgetExhausted {
            stopped_by_budget += 1;
        }
    }
    // 50 failing calls in one window: max(10, 20 % of 50) = 10 retries, not the bucket's 100.
    assert_eq!(
        server.hits(),
        60,
        "1.2 requests per call over the whole outage"
    );
    assert!(stopped_by_budget >= 40, "{stopped_by_budget}");
    assert_eq!(
        budget.available(),
        450,
        "the bucket paid for 10 retries only"
    );
    let window = budget.window(None).expect("the guard is on by default");
    assert_eq!((window.retries, window.failed_calls), (10, 50));

    // Recovery: calls succeed at once.
    for _ in 0..5 {
        let done = send_with_retry::<TestCode, _>(&executor, client.get(&url))
            .await
            .expect("healthy again");
        assert_eq!(done.history.len(), 1);
    }
}
