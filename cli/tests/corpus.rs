//! The corpus of real error responses (`tests/corpus/` at the workspace root), run through
//! `errspec classify --json` exactly as a user would run it: what errspec concludes about
//! each response is compared with what the quoted source shows.
//!
//! The test fails when a score drops below its threshold (set from the measured scores,
//! with a small margin) or when a case is malformed. `cargo test -p errspec-cli --test
//! corpus -- --nocapture` prints the score table and every miss.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// One provider's scores.
#[derive(Default)]
struct Score {
    cases: usize,
    retryable: usize,
    category: usize,
    /// Cases whose expected entry errspec named.
    entry: usize,
    /// Cases matched by something the body said (code, alias, pattern, type), not the status.
    specific: usize,
    /// Cases whose provider is detected when none is named.
    detected: usize,
}

impl Score {
    fn pct(n: usize, of: usize) -> f64 {
        if of == 0 {
            100.0
        } else {
            100.0 * n as f64 / of as f64
        }
    }
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus")
}

/// Classifies one case with the real binary; the `--json` object. `provider` names the
/// bundled spec, as a caller who knows whom they called would (`None`: detect it).
fn classify(case: &Value, provider: Option<&str>) -> Value {
    let status = case["status"].as_u64().expect("status").to_string();
    let body = match (&case["body"], &case["body_text"]) {
        (Value::Null, Value::String(text)) => text.clone(),
        (body, Value::Null) if !body.is_null() => body.to_string(),
        _ => panic!(
            "{}: needs exactly one of `body` and `body_text`",
            case["id"]
        ),
    };
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("errspec");
    cmd.args(["classify", "--json", "--status", &status]);
    cmd.args(["--provider", provider.unwrap_or("auto")]);
    for header in case["headers"].as_array().expect("headers") {
        let (name, value) = (header[0].as_str().unwrap(), header[1].as_str().unwrap());
        cmd.arg("-H").arg(format!("{name}: {value}"));
    }
    let out = cmd.write_stdin(body).output().expect("the binary runs");
    assert!(
        out.status.success(),
        "{}: {}",
        case["id"],
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

/// The corpus file of OpenAI-compatible gateways: no bundled spec of their own, so they are
/// classified as a caller would without naming a provider, and their `expect.entry` (the
/// gateway's own code) is not scored.
const GATEWAYS: &str = "gateways";

#[test]
fn real_responses_classify_as_their_sources_show() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("tests/corpus exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut scores: BTreeMap<String, Score> = BTreeMap::new();
    let mut ids = std::collections::HashSet::new();
    let mut misses = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let corpus: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let provider = corpus["provider"].as_str().expect("provider").to_owned();
        let bundled = provider != GATEWAYS;
        for case in corpus["cases"].as_array().expect("cases") {
            let id = case["id"].as_str().expect("id");
            assert!(ids.insert(id.to_owned()), "duplicate case id {id}");
            let source = case["source"].as_str().unwrap_or("");
            assert!(
                source.starts_with("https://"),
                "{id}: source must be an address"
            );
            let expect = &case["expect"];
            let got = classify(case, bundled.then_some(provider.as_str()));
            let score = scores.entry(provider.clone()).or_default();
            score.cases += 1;
            let retryable_ok = got["retryable"] == expect["retryable"];
            let category_ok = got["category"] == expect["category"];
            let entry_ok = !bundled || got["code"] == expect["entry"];
            let specific = !matches!(got["matched_by"].as_str(), None | Some("status"));
            // Whether a caller who names no provider gets the same spec.
            let detected = !bundled || classify(case, None)["spec"] == provider.as_str();
            score.retryable += usize::from(retryable_ok);
            score.category += usize::from(category_ok);
            score.entry += usize::from(entry_ok);
            score.specific += usize::from(specific);
            score.detected += usize::from(detected);
            if !(retryable_ok && category_ok && entry_ok && detected) {
                misses.push(format!(
                    "{id}: expected {}/{}/{} got {}/{}/{} (matched by {}){}",
                    expect["entry"],
                    expect["category"],
                    expect["retryable"],
                    got["code"],
                    got["category"],
                    got["retryable"],
                    got["matched_by"],
                    if detected {
                        ""
                    } else {
                        ", provider not detected"
                    }
                ));
            }
        }
    }
    println!(
        "| provider | cases | retryable | category | entry | matched by the body | provider detected |"
    );
    println!("|---|---|---|---|---|---|---|");
    let mut total = Score::default();
    for (provider, s) in &scores {
        let bundled = provider != GATEWAYS;
        let pct = |n: usize| Score::pct(n, s.cases);
        println!(
            "| {provider} | {} | {:.1} % | {:.1} % | {} | {:.1} % | {} |",
            s.cases,
            pct(s.retryable),
            pct(s.category),
            if bundled {
                format!("{:.1} %", pct(s.entry))
            } else {
                "–".into()
            },
            pct(s.specific),
            if bundled {
                format!("{:.1} %", pct(s.detected))
            } else {
                "–".into()
            },
        );
        total.cases += s.cases;
        total.retryable += s.retryable;
        total.category += s.category;
    }
    println!(
        "| all | {} | {:.1} % | {:.1} % | | | |",
        total.cases,
        Score::pct(total.retryable, total.cases),
        Score::pct(total.category, total.cases)
    );
    for miss in &misses {
        println!("miss: {miss}");
    }
    assert!(
        total.cases >= 150,
        "the corpus needs at least 150 cases, has {}",
        total.cases
    );
    let mut checks = vec![
        (
            "all retryable".to_owned(),
            Score::pct(total.retryable, total.cases),
            THRESHOLDS.all_retryable,
        ),
        (
            "all category".to_owned(),
            Score::pct(total.category, total.cases),
            THRESHOLDS.all_category,
        ),
    ];
    let openai = &scores["openai"];
    checks.extend([
        (
            "openai retryable".to_owned(),
            Score::pct(openai.retryable, openai.cases),
            THRESHOLDS.openai_retryable,
        ),
        (
            "openai category".to_owned(),
            Score::pct(openai.category, openai.cases),
            THRESHOLDS.openai_category,
        ),
        (
            "openai matched by the body".to_owned(),
            Score::pct(openai.specific, openai.cases),
            THRESHOLDS.openai_specific,
        ),
    ]);
    for (provider, s) in scores.iter().filter(|(p, _)| *p != GATEWAYS) {
        checks.push((
            format!("{provider} entry"),
            Score::pct(s.entry, s.cases),
            THRESHOLDS.entry,
        ));
        checks.push((
            format!("{provider} provider detected"),
            Score::pct(s.detected, s.cases),
            THRESHOLDS.detected,
        ));
    }
    for (what, got, min) in checks {
        assert!(
            got >= min,
            "{what}: {got:.1} % is below the threshold of {min} %"
        );
    }
}

/// Minimum scores, in percent: the measured scores rounded down, less a small margin, so
/// that a regression fails while a new corpus case that errspec gets wrong can land with
/// its fix.
struct Thresholds {
    openai_retryable: f64,
    openai_category: f64,
    openai_specific: f64,
    /// Every bundled provider's entry score.
    entry: f64,
    /// Every bundled provider's detection score.
    detected: f64,
    all_retryable: f64,
    all_category: f64,
}

const THRESHOLDS: Thresholds = Thresholds {
    openai_retryable: 98.0,
    openai_category: 97.0,
    entry: 97.0,
    // Azure answers many errors in OpenAI's envelope to the letter (`context_length_exceeded`,
    // `unsupported_parameter`): only the host or a header tells them apart.
    detected: 78.0,
    openai_specific: 95.0,
    all_retryable: 99.0,
    // Small gateways' own errors (a 402 of credits) have no spec of their own.
    all_category: 98.0,
};
