//! What the `Fallbacks` layer costs on top of the executor, in the same run: a call that
//! succeeds at once, bare and through `Fallbacks` over two alternatives; and a call whose
//! first try fails with an overloaded 503, retried in place by the bare executor and sent
//! on to the second alternative by `Fallbacks` (a hop against a retry).
//!
//! `cargo bench -p errspec-runtime --bench fallback`. No network: the attempt closure
//! classifies a prepared response. No waiting: the 503 is retried at once.

#![allow(missing_docs)] // criterion's macros generate undocumented items

use std::hint::black_box;
use std::time::{Duration, SystemTime};

use criterion::{Criterion, criterion_group, criterion_main};
use errspec_runtime::retry::executor::{AttemptError, RetryExecutor};
use errspec_runtime::time::ThreadSleeper;
use errspec_runtime::{Fallbacks, Hop};

/// The bundled OpenAI catalog, generated as a user of the facade gets it.
mod openai {
    errspec_macros::catalog!(
        #[catalog(crate = "errspec_runtime")]
        pub enum ErrorCode from "../error-codes.json"
    );
}
use openai::ErrorCode;

const OVERLOADED: &[u8] = br#"{"error":{"message":"The engine is currently overloaded, please try again later","type":"server_error","param":null,"code":null}}"#;

fn executor() -> RetryExecutor<ThreadSleeper> {
    // Neither limiter nor budget: the comparison is the layer, not the shared state.
    RetryExecutor::new()
        .without_rate_limiter()
        .without_budget()
        .max_attempts(2)
}

fn overloaded(now: SystemTime) -> AttemptError<ErrorCode> {
    AttemptError::from_response(503, &(), OVERLOADED, now)
}

fn bench(c: &mut Criterion) {
    let bare = executor();
    let routed = Fallbacks::new(executor(), ["primary", "secondary"]).cooldown(
        0,
        Duration::ZERO,
        Duration::ZERO,
    );

    let mut group = c.benchmark_group("success_at_once");
    group.bench_function("executor", |b| {
        b.iter(|| {
            bare.run_blocking(|_| Ok::<_, AttemptError<ErrorCode>>(black_box(1u32)))
                .map(|done| done.value)
        })
    });
    group.bench_function("fallbacks", |b| {
        b.iter(|| {
            routed
                .run_blocking(|_: Hop<'_, &str>, _| {
                    Ok::<_, AttemptError<ErrorCode>>(black_box(1u32))
                })
                .map(|done| done.value)
        })
    });
    group.finish();

    let mut group = c.benchmark_group("one_503_then_success");
    group.bench_function("executor_retry", |b| {
        b.iter(|| {
            bare.run_blocking(|ctx| match ctx.attempt {
                1 => Err(overloaded(ctx.now)),
                _ => Ok(black_box(1u32)),
            })
            .map(|done| done.value)
        })
    });
    // One attempt per alternative, so the 503 moves the call on instead of retrying.
    let hopping = Fallbacks::new(executor().max_attempts(1), ["primary", "secondary"]).cooldown(
        0,
        Duration::ZERO,
        Duration::ZERO,
    );
    group.bench_function("fallbacks_hop", |b| {
        b.iter(|| {
            hopping
                .run_blocking(|to: Hop<'_, &str>, ctx| match to.index() {
                    0 => Err(overloaded(ctx.now)),
                    _ => Ok(black_box(1u32)),
                })
                .map(|done| done.value)
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
