//! The `metrics` integration, read from a recording recorder (never from logs): a call
//! that retries, falls back and cools an endpoint down, then one the rate limiter holds.

#![cfg(feature = "metrics")]

mod support;

use std::net::SocketAddr;
use std::time::Duration;

use errspec_runtime::retry::executor::{RetryExecutor, TransportKind};

use errspec_runtime::rand::FixedFraction;
use errspec_runtime::time::ManualClock;
use errspec_runtime::time::RecordingSleeper;
use errspec_runtime::{AttemptError, Fallbacks, Hop};
use metrics_util::debugging::{DebugValue, DebuggingRecorder, Snapshotter};
use support::catalog::{TestCode, openai_body};
use support::server::{Reply, Server, blocking_get};

fn get(
    to: Hop<'_, SocketAddr>,
    ctx: &errspec_runtime::retry::executor::AttemptContext,
) -> Result<Vec<u8>, AttemptError<TestCode>> {
    match blocking_get(*to, "/") {
        Ok(r) if r.status < 400 => {
            ctx.observe(r.status, &r.headers);
            Ok(r.body)
        }
        Ok(r) => Err(ctx.failure(r.status, &r.headers, &r.body)),
        Err(e) => Err(AttemptError::transport(e, TransportKind::Connection)),
    }
}

/// Every metric recorded, as `name{label=value,…}` (labels sorted) and its value.
fn recorded(snapshotter: &Snapshotter) -> Vec<(String, DebugValue)> {
    let mut all: Vec<_> = snapshotter
        .snapshot()
        .into_vec()
        .into_iter()
        .map(|(key, _, _, value)| {
            let key = key.key();
            let mut labels: Vec<_> = key
                .labels()
                .map(|l| format!("{}={}", l.key(), l.value()))
                .collect();
            labels.sort();
            (format!("{}{{{}}}", key.name(), labels.join(",")), value)
        })
        .collect();
    all.sort_by(|a, b| a.0.cmp(&b.0));
    all
}

fn counter(all: &[(String, DebugValue)], name: &str) -> Option<u64> {
    all.iter()
        .find(|(n, _)| n == name)
        .and_then(|(_, v)| match v {
            DebugValue::Counter(c) => Some(*c),
            _ => None,
        })
}

#[test]
fn errors_retries_fallbacks_cooldowns_budget_and_limiter_waits_are_counted() {
    let down = Server::start(vec![Reply::new(
        503,
        openai_body("overloaded", "server_error", Some("service_unavailable")),
    )]);
    // The healthy endpoint says its one request per second is used up.
    let up = Server::start(vec![
        Reply::ok()
            .header("x-ratelimit-limit-requests", "1")
            .header("x-ratelimit-remaining-requests", "0")
            .header("x-ratelimit-reset-requests", "1s"),
    ]);
    let executor = RetryExecutor::new()
        .sleeper(RecordingSleeper::default())
        .rng(FixedFraction(0.0))
        .clock(ManualClock::new(support::t0()))
        .max_attempts(2);
    let budget = executor.retry_budget().cloned().expect("a default budget");
    let endpoints = Fallbacks::new(executor, [down.addr(), up.addr()]).cooldown(
        2,
        Duration::from_secs(60),
        Duration::from_secs(30),
    );

    let recorder = DebuggingRecorder::new();
    let snapshotter = recorder.snapshotter();
    let (first, second) = metrics::with_local_recorder(&recorder, || {
        let first = endpoints
            .run_blocking(|to, ctx| get(to, &ctx))
            .expect("falls back");
        let second = endpoints
            .run_blocking(|to, ctx| get(to, &ctx))
            .expect("straight to the healthy one");
        (first, second)
    });
    assert_eq!(first.route(), [0, 0, 1]);
    assert_eq!(second.route(), [1], "the first endpoint is cooling down");

    let all = recorded(&snapshotter);
    let names: Vec<_> = all.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        counter(
            &all,
            "errspec.errors{category=overloaded,code=service_unavailable,provider=test,status=503}"
        ),
        Some(2),
        "{names:#?}"
    );
    assert_eq!(
        counter(&all, "errspec.retries{category=overloaded,provider=test}"),
        Some(1),
        "{names:#?}"
    );
    assert_eq!(
        counter(
            &all,
            "errspec.stops{provider=test,reason=attempts_exhausted}"
        ),
        Some(1),
        "{names:#?}"
    );
    assert_eq!(
        counter(
            &all,
            "errspec.fallbacks{category=overloaded,from=0,provider=test,to=1}"
        ),
        Some(1),
        "{names:#?}"
    );
    assert_eq!(
        counter(&all, "errspec.cooldowns{alternative=0,provider=test}"),
        Some(1),
        "{names:#?}"
    );

    let config = budget.config();
    let gauge = all
        .iter()
        .find(|(n, _)| n == "errspec.budget.tokens{}")
        .map(|(_, v)| v);
    assert_eq!(
        gauge,
        Some(&DebugValue::Gauge(
            f64::from(config.capacity - config.retry_cost).into()
        )),
        "the budget level after the last failed attempt: one retry paid (successes since refilled it to {})",
        budget.available()
    );

    // The second call was held by the limiter: the histogram has that hold, in seconds.
    let held = second.history[0].held;
    assert!(!held.is_zero(), "{:?}", second.history);
    let waits = all
        .iter()
        .find(|(n, _)| n == "errspec.limiter.wait{}")
        .map(|(_, v)| v);
    assert_eq!(
        waits,
        Some(&DebugValue::Histogram(vec![held.as_secs_f64().into()])),
        "{names:#?}"
    );
}

#[test]
fn nothing_is_recorded_for_a_call_that_succeeds_at_once() {
    let up = Server::start(vec![Reply::ok()]);
    let executor = RetryExecutor::new()
        .sleeper(RecordingSleeper::default())
        .clock(ManualClock::new(support::t0()));
    let recorder = DebuggingRecorder::new();
    let snapshotter = recorder.snapshotter();
    metrics::with_local_recorder(&recorder, || {
        executor
            .run_blocking(|ctx| match blocking_get(up.addr(), "/") {
                Ok(r) if r.status < 400 => Ok(r.body),
                Ok(r) => Err(ctx.failure::<TestCode, _>(r.status, &r.headers, &r.body)),
                Err(e) => Err(AttemptError::transport(e, TransportKind::Connection)),
            })
            .expect("ok");
    });
    assert!(recorded(&snapshotter).is_empty());
}

#[test]
fn the_async_executor_reports_the_same() {
    let executor = RetryExecutor::new()
        .sleeper(RecordingSleeper::default())
        .rng(FixedFraction(0.0))
        .clock(ManualClock::new(support::t0()))
        .without_budget();
    let body = openai_body("slow down", "requests", Some("rate_limit_exceeded"));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime");
    let recorder = DebuggingRecorder::new();
    let snapshotter = recorder.snapshotter();
    let done = metrics::with_local_recorder(&recorder, || {
        runtime.block_on(executor.run(|ctx| {
            let failure = (ctx.attempt == 1)
                .then(|| ctx.failure::<TestCode, _>(429, &[("retry-after", "1")], body.as_bytes()));
            async move { failure.map_or(Ok(()), Err) }
        }))
    });
    assert_eq!(done.expect("the retry succeeds").history.len(), 2);
    let all = recorded(&snapshotter);
    assert_eq!(
        counter(
            &all,
            "errspec.errors{category=rate_limit,code=rate_limit_exceeded,provider=test,status=429}"
        ),
        Some(1),
        "{all:#?}"
    );
    assert_eq!(
        counter(&all, "errspec.retries{category=rate_limit,provider=test}"),
        Some(1)
    );
    assert_eq!(
        counter(
            &all,
            "errspec.stops{provider=test,reason=attempts_exhausted}"
        ),
        None
    );
}
