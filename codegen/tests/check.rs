//! The checker on whole specs: what passes, and how each problem is reported.

use errspec_codegen::{SpecSource, check};

fn base() -> serde_json::Value {
    serde_json::from_str(include_str!("../../tests/specs/acme.json")).unwrap()
}

fn problems(spec: &serde_json::Value) -> Vec<String> {
    let text = serde_json::to_string_pretty(spec).unwrap();
    match check(&SpecSource::from_text("t.json", text)) {
        Ok(_) => Vec::new(),
        Err(d) => d.0.iter().map(|d| d.render("t.json")).collect(),
    }
}

#[test]
fn the_test_spec_and_the_bundled_spec_pass() {
    assert_eq!(problems(&base()), Vec::<String>::new());
    let bundled = include_str!("../../error-codes.json");
    let catalog = check(&SpecSource::from_text("error-codes.json", bundled)).unwrap();
    assert!(catalog.entries.len() >= 22);
}

#[test]
fn stray_strategy_parameters_are_rejected_for_every_kind() {
    let mut spec = base();
    spec["retry_strategies"][0]["initial_delay_ms"] = 10.into();
    spec["retry_strategies"][1]["speed"] = 10.into();
    let p = problems(&spec);
    assert_eq!(p.len(), 2, "{p:#?}");
    assert!(
        p[0].contains("retry_strategies[0]") && p[0].contains("unknown field `initial_delay_ms`"),
        "{p:#?}"
    );
    assert!(
        p[1].contains("retry_strategies[1]") && p[1].contains("unknown field `speed`"),
        "{p:#?}"
    );
}

#[test]
fn broken_entries_do_not_hide_each_other() {
    let mut spec = base();
    spec["errors"][0]["status"] = "400".into();
    spec["errors"][1]["bogus"] = true.into();
    spec["errors"][3]["status"] = 99.into();
    let p = problems(&spec);
    assert_eq!(p.len(), 3, "{p:#?}");
    assert!(p[0].contains("errors[0].status") && p[0].contains("expected i64"));
    assert!(p[1].contains("unknown field `bogus`"));
    assert!(p[2].contains("errors[3].status") && p[2].contains("status 99"));
}

#[test]
fn every_problem_names_a_line_and_column() {
    let mut spec = base();
    spec["errors"][2]["retry"] = "sometimes".into();
    spec["errors"][2]["category"] = "meh".into();
    for p in problems(&spec) {
        let (file_line_col, _) = p.split_once(": ").unwrap();
        let parts: Vec<&str> = file_line_col.split(':').collect();
        assert_eq!(parts.len(), 3, "{p}");
        assert!(
            parts[1].parse::<usize>().is_ok() && parts[2].parse::<usize>().is_ok(),
            "{p}"
        );
    }
}

#[test]
fn syntax_errors_point_at_the_spot() {
    let text = "{\n  \"version\": 1,\n  \"name\": \"x\"\n  \"title\": \"y\"\n}";
    let err = check(&SpecSource::from_text("s.json", text)).unwrap_err();
    assert_eq!(err.0.len(), 1);
    assert_eq!(
        err.0[0].render("s.json"),
        "s.json:4:3: (document): invalid JSON: expected `,` or `}`"
    );
}

#[test]
fn prose_may_not_hold_the_tables_separator() {
    // The generated tables join an entry's prose at U+241F and cut it there at run time.
    let mut spec = base();
    spec["errors"][0]["description"] = "one\u{241f}two".into();
    spec["errors"][1]["causes"][0] = "a\u{241f}b".into();
    spec["errors"][1]["example"]["error"]["message"] = "x\u{241f}y".into();
    let p = problems(&spec);
    assert_eq!(p.len(), 3, "{p:#?}");
    assert!(
        p[0].contains("errors[0].description") && p[0].contains("U+241F"),
        "{p:#?}"
    );
    assert!(
        p[1].contains("errors[1].causes[0]") && p[1].contains("U+241F"),
        "{p:#?}"
    );
    assert!(
        p[2].contains("errors[1].example") && p[2].contains("U+241F"),
        "{p:#?}"
    );
    // Anywhere else it is not refused: the message is not joined with the prose.
    let mut fine = base();
    fine["errors"][0]["message"] = "x\u{241f}y".into();
    assert_eq!(problems(&fine), Vec::<String>::new());
}

/// Gateways send the HTTP status as the code (`"code": "429"`): an example may show it,
/// on an entry with a code of its own or with none, but only its own status or an alias
/// status.
#[test]
fn an_example_may_carry_the_status_as_its_code() {
    let example = |code: &str| serde_json::json!({"error": {"message": "m", "type": "server_error", "code": code}});
    // `boom` (500, alias 502) is errspec's own name: no code on the wire but the status.
    let mut spec = base();
    spec["errors"][3]["example"] = example("502");
    assert_eq!(problems(&spec), Vec::<String>::new());
    spec["errors"][3]["example"] = example("503");
    let p = problems(&spec);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(
        p[0].contains("errors[3].example.error.code") && p[0].contains("null code"),
        "{p:#?}"
    );
    // An alias code is the wire's too, even where the entry's own code is not.
    spec["errors"][3]["alias_codes"] = serde_json::json!(["kaboom"]);
    spec["errors"][3]["example"] = example("kaboom");
    assert_eq!(problems(&spec), Vec::<String>::new());
    // An entry with a code of its own (`type`, 400): its status is fine, another is not.
    let mut spec = base();
    spec["errors"][0]["example"]["error"]["code"] = "400".into();
    assert_eq!(problems(&spec), Vec::<String>::new());
    spec["errors"][0]["example"]["error"]["code"] = "503".into();
    let p = problems(&spec);
    assert!(
        p.len() == 1 && p[0].contains("the example's code `503` differs"),
        "{p:#?}"
    );
}
