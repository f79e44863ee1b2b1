//! `errspec table`.

use serde_json::Value;

use crate::{fixture, run};

/// Cells of a Markdown row, ignoring escaped pipes.
fn cells(row: &str) -> usize {
    row.replace("\\|", "").matches('|').count() - 1
}

#[test]
fn markdown_is_the_default_and_has_a_row_per_code() {
    let r = run(&["table"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out, run(&["table", "--format", "markdown"]).out);
    let lines: Vec<&str> = r.out.lines().collect();
    assert_eq!(
        lines[0],
        "| Status | Type | Code | Category | Message | Do first | Retry |"
    );
    assert_eq!(lines[1], "|---|---|---|---|---|---|---|");
    assert_eq!(lines.len(), 2 + bundled_entries());
    assert!(lines.iter().all(|l| cells(l) == 7), "every row has 7 cells");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("| 429 | `requests` | `rate_limit_exceeded` | rate_limit |")),
        "{}",
        r.out
    );
    assert!(
        lines.iter().any(|l| l.starts_with("| 401, 403 | ")),
        "aliases are shown"
    );
}

#[test]
fn json_is_an_array_of_rows() {
    let r = run(&["table", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let rows: Vec<Value> = serde_json::from_str(&r.out).expect("an array");
    assert_eq!(rows.len(), bundled_entries());
    let quota = rows
        .iter()
        .find(|r| r["code"] == "insufficient_quota")
        .expect("insufficient_quota is a row");
    assert_eq!(quota["status"], 429);
    assert_eq!(quota["type"], "insufficient_quota");
    assert_eq!(quota["category"], "quota");
    assert_eq!(quota["retry"], "no_retry");
    assert_eq!(quota["retryable"], false);
}

#[test]
fn the_spec_file_is_positional_as_for_check_and_expand() {
    let r = run(&["table", &fixture("acme.json")]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.out.contains("`widget_missing`"), "{}", r.out);
    let json = run(&["table", &fixture("acme.json"), "--format", "json"]);
    assert_eq!(json.code, 0, "{}", json.err);
    // The old spelling still works, and says the same; both at once is a usage error.
    assert_eq!(r.out, run(&["table", "--spec", &fixture("acme.json")]).out);
    let both = run(&[
        "table",
        "--spec",
        &fixture("acme.json"),
        &fixture("acme.json"),
    ]);
    assert_eq!(both.code, 2, "{}", both.err);
    let help = run(&["table", "--help"]);
    assert!(
        help.out.contains("[FILE]") && !help.out.contains("--spec"),
        "{}",
        help.out
    );
}

#[test]
fn another_spec_is_used_with_spec() {
    let r = run(&["table", &fixture("acme.json")]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(
        r.out,
        "\
| Status | Type | Code | Category | Message | Do first | Retry |
|---|---|---|---|---|---|---|
| 404 | `not_found_error` | `widget_missing` | not_found | no such widget | check the widget id | `no_retry` |
| 429 | `throttle_error` | `too_fast` | rate_limit | slow down | wait, then retry | `backoff` |
| 500 | `server_error` | `boom` | server | the service failed | retry later | `backoff` |
"
    );
}

#[test]
fn bad_input_exits_as_documented() {
    assert_eq!(run(&["table", "--format", "xml"]).code, 2);
    assert_eq!(run(&["table", "no/such/spec.json"]).code, 2);
    let r = run(&["table", &fixture("syntax.json")]);
    assert_eq!(r.code, 1);
    assert!(r.err.contains("invalid JSON"), "{}", r.err);
}

/// How many entries the bundled spec has.
fn bundled_entries() -> usize {
    let text = include_str!("../../../error-codes.json");
    let spec: Value = serde_json::from_str(text).expect("the bundled spec is JSON");
    spec["errors"].as_array().expect("errors").len()
}

#[test]
fn another_bundled_spec_is_tabulated_with_provider() {
    let r = run(&["table", "--provider", "azure-openai", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let rows: Vec<Value> = serde_json::from_str(&r.out).expect("an array");
    assert!(
        rows.iter().any(|r| r["code"] == "DeploymentNotFound"),
        "{}",
        r.out
    );
    let r = run(&["table", "tests/fixtures/acme.json", "--provider", "gemini"]);
    assert_eq!(r.code, 2, "a file and a provider conflict: {}", r.err);
}
