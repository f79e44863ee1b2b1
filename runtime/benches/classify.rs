//! errspec's classification against the usual approach, in the same run: deserialize the
//! body into owned structs with `serde_json` (as async-openai does), then match the code
//! string against the catalog.
//!
//! Two sets of bodies: four typical OpenAI bodies classified with a small hand-written
//! catalog (`tests/common`), and every JSON body of the corpus of real OpenAI responses
//! (`tests/corpus/openai.json`) classified with the bundled OpenAI catalog as the macro
//! generates it; that group also measures `serde_json` merely skimming each body
//! (`IgnoredAny`), the floor of any serde-based approach.
//!
//! `cargo bench -p errspec-runtime --bench classify`; instruction counts: see [`main`].

#![allow(missing_docs)] // criterion's macros generate undocumented items

#[path = "../tests/common/mod.rs"]
mod common;

use common::{Fx, HEADERS, TYPICAL};
use criterion::{Criterion, criterion_group};
use errspec_runtime::{Catalog, classify};
use serde::Deserialize;
use serde::de::IgnoredAny;
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

/// The bundled OpenAI catalog, generated as a user of the facade gets it.
mod openai {
    errspec_macros::catalog!(
        #[catalog(crate = "errspec_runtime")]
        pub enum ErrorCode from "../error-codes.json"
    );
}

/// The baseline: owned structs, then the same lookup order on the owned strings.
fn baseline<C: Catalog>(status: u16, body: &[u8]) -> Option<C> {
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
    if let Some(found) = code.and_then(C::from_code) {
        return Some(found);
    }
    let ty = error.r#type.as_deref();
    let matching = |typed: bool| {
        let hits: Vec<C> = C::ALL
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
fn errspec<C: Catalog>(status: u16, body: &[u8]) -> Option<C> {
    classify::<C>(black_box(status), black_box(&HEADERS), black_box(body)).code()
}

/// serde_json skimming the body: checks the JSON, keeps nothing.
fn skim(body: &[u8]) -> bool {
    serde_json::from_slice::<IgnoredAny>(black_box(body)).is_ok()
}

/// Every case of the OpenAI corpus with a JSON body: its status, and the body as OpenAI
/// sends it (pretty-printed, four-space indent, a final newline).
fn corpus() -> Vec<(u16, Vec<u8>)> {
    let file: serde_json::Value =
        serde_json::from_str(include_str!("../../tests/corpus/openai.json")).expect("corpus");
    let cases = file["cases"].as_array().expect("cases");
    cases
        .iter()
        .filter(|case| case["body"].is_object())
        .map(|case| {
            let mut body = Vec::new();
            let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
            let mut ser = serde_json::Serializer::with_formatter(&mut body, fmt);
            serde::Serialize::serialize(&case["body"], &mut ser).expect("body");
            body.push(b'\n');
            (case["status"].as_u64().expect("status") as u16, body)
        })
        .collect()
}

/// Classifies every corpus body once with `side`; what it found, so nothing is dead code.
fn corpus_pass(corpus: &[(u16, Vec<u8>)], side: &str) -> usize {
    type Code = openai::ErrorCode;
    corpus
        .iter()
        .filter(|(status, body)| match side {
            "errspec" => errspec::<Code>(*status, body).is_some(),
            "serde_json_owned" => baseline::<Code>(black_box(*status), black_box(body)).is_some(),
            _ => skim(body),
        })
        .count()
}

const CORPUS_SIDES: [&str; 3] = ["errspec", "serde_json_owned", "serde_json_ignored"];

fn bench_corpus(c: &mut Criterion) {
    let corpus = corpus();
    // Every body is valid JSON; errspec finds an entry for as many as serde does.
    assert_eq!(corpus_pass(&corpus, "serde_json_ignored"), corpus.len());
    assert!(corpus_pass(&corpus, "errspec") >= corpus_pass(&corpus, "serde_json_owned"));
    let mut group = c.benchmark_group("openai_corpus");
    group.throughput(criterion::Throughput::Elements(corpus.len() as u64));
    for side in CORPUS_SIDES {
        group.bench_function(side, |b| b.iter(|| corpus_pass(&corpus, side)));
    }
    group.finish();
}

fn bench(c: &mut Criterion) {
    for &(name, status, body) in TYPICAL {
        // Both sides must agree, or the comparison means nothing.
        assert_eq!(errspec::<Fx>(status, body), baseline::<Fx>(status, body));
        let mut group = c.benchmark_group(name);
        group.bench_function("errspec", |b| b.iter(|| errspec::<Fx>(status, body)));
        group.bench_function("serde_json_owned", |b| {
            b.iter(|| baseline::<Fx>(black_box(status), black_box(body)))
        });
        group.finish();
    }
}

criterion_group!(benches, bench, bench_corpus);

/// Criterion, or with `CLASSIFY_LOOP="<body> <errspec|serde_json_owned> <n>"` just `n`
/// classifications and nothing else, for an instruction counter: run it under
/// `valgrind --tool=cachegrind` twice with different `n`, and the difference in
/// instructions divided by the difference in `n` is the cost of one classification
/// (criterion's own work would blur it). `<body>` `openai_corpus` runs `n` passes over
/// the corpus (divide by its size too; the count is printed), `openai_corpus:<i>` over
/// its body `i` alone; both take the side `serde_json_ignored` as well.
fn main() {
    if let Ok(spec) = std::env::var("CLASSIFY_LOOP") {
        let [name, side, n] = spec.split(' ').collect::<Vec<_>>()[..] else {
            panic!("CLASSIFY_LOOP: expected `<body> <side> <n>`, got {spec:?}");
        };
        let n: usize = n.parse().expect("CLASSIFY_LOOP: n");
        if let Some(which) = name.strip_prefix("openai_corpus") {
            let mut corpus = corpus();
            // `openai_corpus:7`: the eighth body alone.
            if let Some(i) = which.strip_prefix(':') {
                let i: usize = i.parse().expect("CLASSIFY_LOOP: body index");
                corpus = vec![corpus.swap_remove(i)];
            }
            eprintln!("{} bodies", corpus.len());
            for _ in 0..n {
                black_box(corpus_pass(&corpus, side));
            }
            return;
        }
        let &(_, status, body) = TYPICAL
            .iter()
            .find(|(body, ..)| *body == name)
            .expect("CLASSIFY_LOOP: unknown body");
        for _ in 0..n {
            black_box(match side {
                "errspec" => errspec::<Fx>(status, body),
                _ => baseline::<Fx>(black_box(status), black_box(body)),
            });
        }
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
