//! errspec's classification against the usual approach, in the same run: deserialize the
//! body into owned structs with `serde_json` (as async-openai does), then match the code
//! string against the catalog.
//!
//! `cargo bench -p errspec-runtime --bench classify`; instruction counts: see [`main`].

#![allow(missing_docs)] // criterion's macros generate undocumented items

#[path = "../tests/common/mod.rs"]
mod common;

use common::{Fx, HEADERS, TYPICAL};
use criterion::{Criterion, criterion_group};
use errspec_runtime::{Catalog, classify};
use serde::Deserialize;
use std::hint::black_box;

#[derive(Deserialize)]
struct OwnedEnvelope {
    error: OwnedError,
}

#[derive(Deserialize)]
struct OwnedError {
    message: String,
    r#type: Option<String>,
    param: Option<String>,
    code: Option<serde_json::Value>,
}

/// The baseline: owned structs, then the same lookup order on the owned strings.
fn baseline(status: u16, body: &[u8]) -> Option<Fx> {
    let parsed: OwnedEnvelope = serde_json::from_slice(body).ok()?;
    let error = parsed.error;
    black_box((&error.message, &error.param));
    let number;
    let code = match &error.code {
        Some(serde_json::Value::String(s)) => Some(s.as_str()),
        Some(serde_json::Value::Number(n)) => {
            number = n.to_string();
            Some(number.as_str())
        }
        _ => None,
    };
    if let Some(found) = code.and_then(Fx::from_code) {
        return Some(found);
    }
    let ty = error.r#type.as_deref();
    let matching = |typed: bool| {
        let hits: Vec<Fx> = Fx::ALL
            .iter()
            .copied()
            .filter(|c| c.entry().has_status(status))
            .filter(|c| !typed || Some(c.entry().error_type) == ty)
            .collect();
        match hits.as_slice() {
            [one] => Some(*one),
            _ => hits.iter().copied().find(|c| c.entry().fallback),
        }
    };
    matching(true).or_else(|| matching(false))
}

/// One classification by errspec, everything it reads hidden from the optimizer.
fn errspec(status: u16, body: &[u8]) -> Option<Fx> {
    classify::<Fx>(black_box(status), black_box(&HEADERS), black_box(body)).code()
}

fn bench(c: &mut Criterion) {
    for &(name, status, body) in TYPICAL {
        // Both sides must agree, or the comparison means nothing.
        assert_eq!(errspec(status, body), baseline(status, body));
        let mut group = c.benchmark_group(name);
        group.bench_function("errspec", |b| b.iter(|| errspec(status, body)));
        group.bench_function("serde_json_owned", |b| {
            b.iter(|| baseline(black_box(status), black_box(body)))
        });
        group.finish();
    }
}

criterion_group!(benches, bench);

/// Criterion, or with `CLASSIFY_LOOP="<body> <errspec|serde_json_owned> <n>"` just `n`
/// classifications and nothing else, for an instruction counter: run it under
/// `valgrind --tool=cachegrind` twice with different `n`, and the difference in
/// instructions divided by the difference in `n` is the cost of one classification
/// (criterion's own work would blur it).
fn main() {
    if let Ok(spec) = std::env::var("CLASSIFY_LOOP") {
        let [name, side, n] = spec.split(' ').collect::<Vec<_>>()[..] else {
            panic!("CLASSIFY_LOOP: expected `<body> <side> <n>`, got {spec:?}");
        };
        let &(_, status, body) = TYPICAL
            .iter()
            .find(|(body, ..)| *body == name)
            .expect("CLASSIFY_LOOP: unknown body");
        let n: usize = n.parse().expect("CLASSIFY_LOOP: n");
        for _ in 0..n {
            black_box(match side {
                "errspec" => errspec(status, body),
                _ => baseline(black_box(status), black_box(body)),
            });
        }
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
