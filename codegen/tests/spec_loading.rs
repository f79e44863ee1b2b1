//! Large and hostile specs: every problem located quickly and reported once, in short
//! messages; malformed files (BOM, non-UTF-8, empty, endless) refused with a clear word.

use errspec_codegen::diagnostic::LineColumn;
use errspec_codegen::load::MAX_SPEC_BYTES;
use errspec_codegen::{Diagnostics, EmitOptions, SpecSource, check, generate};
use serde_json::{Value, json};

fn base() -> Value {
    serde_json::from_str(include_str!("../../tests/specs/acme.json")).unwrap()
}

fn problems_in(text: &str) -> Diagnostics {
    check(&SpecSource::from_text("t.json", text)).unwrap_err()
}

fn rendered(text: &str) -> Vec<String> {
    problems_in(text)
        .0
        .iter()
        .map(|d| d.render("t.json"))
        .collect()
}

/// Line and column (1-based, in characters) of byte `offset`, counted naively.
fn position(text: &str, offset: usize) -> LineColumn {
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    LineColumn {
        line: before.matches('\n').count() + 1,
        column: before[line_start..].chars().count() + 1,
    }
}

/// A spec whose `errors` are `n` copies of the first entry, coded `e0`, `e1`, …, each
/// changed by `edit`.
fn spec_with_entries(n: usize, edit: impl Fn(usize, &mut Value)) -> String {
    let mut spec = base();
    let template = spec["errors"][0].clone();
    let entries = (0..n)
        .map(|i| {
            let mut e = template.clone();
            e["code"] = format!("e{i}").into();
            e.as_object_mut().unwrap().remove("example");
            edit(i, &mut e);
            e
        })
        .collect();
    spec["errors"] = Value::Array(entries);
    serde_json::to_string_pretty(&spec).unwrap()
}

#[test]
fn a_thousand_entries_with_one_error_each_are_all_located() {
    // "é" before every value: columns count characters, not bytes.
    let text = spec_with_entries(1000, |_, e| {
        e["status"] = 99.into();
        e.as_object_mut().unwrap().remove("description");
    })
    .replace("\"status\": 99", "\"description\": \"é\", \"status\": 99");
    let problems = problems_in(&text);
    assert_eq!(problems.0.len(), 1000);
    let values: Vec<usize> = text
        .match_indices("\"status\": 99")
        .map(|(i, m)| i + m.len() - 2)
        .collect();
    for (i, (d, &offset)) in problems.0.iter().zip(&values).enumerate() {
        let location = d.location.as_ref().unwrap();
        assert_eq!(location.path.to_string(), format!("errors[{i}].status"));
        assert_eq!(location.position, Some(position(&text, offset)), "{d:?}");
        assert!(d.message.contains("status 99"), "{d:?}");
    }
}

#[test]
fn undefined_names_are_listed_briefly_with_a_suggestion() {
    let mut spec: Value = serde_json::from_str(&spec_with_entries(200, |i, e| {
        e["type"] = format!("undefined_{i}").into();
    }))
    .unwrap();
    let types: Vec<Value> = (0..300)
        .map(|i| json!({"name": format!("type_{i}"), "description": "A type."}))
        .chain([json!({"name": "rate_limit_error", "description": "A type."})])
        .collect();
    spec["error_types"] = Value::Array(types);
    spec["errors"][0]["type"] = "rate_limt_error".into();
    let p = rendered(&serde_json::to_string_pretty(&spec).unwrap());
    assert_eq!(p.len(), 200);
    assert!(
        p[0].contains("undefined error type `rate_limt_error` (did you mean `rate_limit_error`?)"),
        "{}",
        p[0]
    );
    assert!(
        p[1].ends_with("(`type_0`, `type_1`, `type_2`, `type_3`, `type_4` and 296 more)"),
        "{}",
        p[1]
    );
    assert!(p.iter().all(|m| m.len() < 300), "{}", p[1]);
}

#[test]
fn duplicate_keys_in_an_entry_show_both_places() {
    let text = spec_with_entries(2, |_, _| {}).replacen(
        "\"status\": 400,",
        "\"status\": 400, \"status\": 401,",
        2,
    );
    let problems = problems_in(&text);
    assert_eq!(problems.0.len(), 2, "{problems}");
    for (i, d) in problems.0.iter().enumerate() {
        let second = d.location.as_ref().unwrap();
        let (note, first) = d.related.as_ref().unwrap();
        assert_eq!(d.message, "duplicate key `status`: keep one");
        assert_eq!(note, "first defined");
        assert_eq!(second.path.to_string(), format!("errors[{i}].status"));
        assert_eq!(first.path, second.path);
        assert_eq!(&text[first.offset.unwrap()..][..3], "400");
        assert_eq!(&text[second.offset.unwrap()..][..3], "401");
    }
    assert!(
        problems.0[0]
            .render("t.json")
            .contains("; first defined at errors[0].status (")
    );
}

#[test]
fn duplicate_strategy_parameters_are_reported_once() {
    let text = serde_json::to_string_pretty(&base()).unwrap().replacen(
        "\"initial_delay_ms\": 500",
        "\"initial_delay_ms\": 500, \"initial_delay_ms\": 5",
        1,
    );
    let p = rendered(&text);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(
        p[0].contains("retry_strategies[1].initial_delay_ms: duplicate key `initial_delay_ms`"),
        "{p:#?}"
    );
}

#[test]
fn every_bad_number_of_a_strategy_is_reported_at_its_field() {
    let mut spec = base();
    let backoff = &mut spec["retry_strategies"][1];
    backoff["initial_delay_ms"] = 1.5.into();
    backoff["multiplier"] = "2".into();
    backoff["jitter_ms"] = json!(-0.5);
    backoff["max_attempts"] = json!(1e30);
    backoff["max_delay_ms"] = "8000".into();
    let p = rendered(&serde_json::to_string_pretty(&spec).unwrap());
    let fields = [
        "initial_delay_ms",
        "multiplier",
        "jitter_ms",
        "max_attempts",
        "max_delay_ms",
    ];
    assert_eq!(p.len(), fields.len(), "{p:#?}");
    for field in fields {
        assert!(
            p.iter()
                .any(|m| m.contains(&format!("retry_strategies[1].{field}: `{field}` must be"))),
            "{p:#?}"
        );
    }
}

#[test]
fn every_bad_field_of_an_entry_is_reported() {
    let mut spec = base();
    let entry = &mut spec["errors"][1];
    entry["status"] = "400".into();
    entry["bogus"] = true.into();
    entry["fallback"] = "yes".into();
    entry["causes"] = json!([1, "a loop", false]);
    entry.as_object_mut().unwrap().remove("message");
    let p = rendered(&serde_json::to_string_pretty(&spec).unwrap());
    assert_eq!(p.len(), 6, "{p:#?}");
    assert!(
        p.iter()
            .any(|m| m.contains("errors[1].causes[0]: invalid type: integer `1`")),
        "{p:#?}"
    );
    assert!(
        p.iter()
            .any(|m| m.contains("errors[1].causes[2]: invalid type: boolean `false`")),
        "{p:#?}"
    );
    assert!(
        p.iter()
            .any(|m| m.contains("errors[1].status: invalid type: string \"400\"")),
        "{p:#?}"
    );
    assert!(
        p.iter()
            .any(|m| m.contains("errors[1].bogus: unknown field `bogus`")),
        "{p:#?}"
    );
    assert!(
        p.iter()
            .any(|m| m.contains("errors[1].fallback: invalid type: string \"yes\"")),
        "{p:#?}"
    );
    assert!(
        p.iter()
            .any(|m| m.contains("errors[1]: missing field `message`")),
        "{p:#?}"
    );
}

#[test]
fn description_code_blocks_never_become_doctests() {
    let mut spec = base();
    spec["errors"][0]["description"] =
        "Send:\n```\nlet x = 1;\n```\n\n    assert!(false);\n\n~~~rust\npanic!()\n~~~".into();
    spec["errors"][1]["causes"] = json!(["a snippet:\n```rust\nfn f() {}"]);
    let text = serde_json::to_string_pretty(&spec).unwrap();
    let tokens = generate(
        &SpecSource::from_text("t.json", text),
        &EmitOptions::new("t.json"),
    )
    .unwrap();
    let docs = doc_strings(tokens);
    let mut fences = 0;
    for doc in &docs {
        assert!(!doc.lines().any(|l| l.starts_with("    assert!")), "{doc}");
        let mut open = false;
        for line in doc.lines().map(str::trim_start) {
            let run = line.len() - line.trim_start_matches(['`', '~']).len();
            if run < 3 {
                continue;
            }
            if !open {
                let info = line[run..].trim();
                assert!(
                    info == "text" || info == "json",
                    "a fence marked `{info}` in:\n{doc}"
                );
                fences += 1;
            }
            open = !open;
        }
        assert!(!open, "a fence left open in:\n{doc}");
    }
    assert!(fences >= 3, "{docs:#?}");
}

/// Every `#[doc = "…"]` string in `tokens`.
fn doc_strings(tokens: proc_macro2::TokenStream) -> Vec<String> {
    use proc_macro2::TokenTree;
    let mut out = Vec::new();
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Group(g) => out.extend(doc_strings(g.stream())),
            TokenTree::Ident(id) if id == "doc" => {
                if let (Some(TokenTree::Punct(eq)), Some(TokenTree::Literal(lit))) =
                    (trees.get(i + 1), trees.get(i + 2))
                    && eq.as_char() == '='
                {
                    let lit: syn::LitStr = syn::parse_str(&lit.to_string()).unwrap();
                    out.push(lit.value());
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{}", include_str!("../../tests/specs/acme.json"));
    assert!(check(&SpecSource::from_text("t.json", text.clone())).is_ok());
    let file = temp_file("bom.json", text.as_bytes());
    let source = SpecSource::read(&file, "bom.json").unwrap();
    assert!(check(&source).is_ok());
}

#[test]
fn bytes_that_are_not_utf8_are_located() {
    let mut bytes = b"{\n  \"version\": 1,\n  \"name\": \"a".to_vec();
    bytes.extend([0xff, b'"', b'}']);
    let file = temp_file("latin1.json", &bytes);
    let err = SpecSource::read(&file, "latin1.json").unwrap_err();
    assert_eq!(
        err.render("latin1.json"),
        "latin1.json:3:13: (document): the spec is not valid UTF-8: byte `0xff` cannot be read as text; save the file as UTF-8"
    );
    let utf16 = temp_file("utf16.json", &[0xff, 0xfe, b'{', 0]);
    let err = SpecSource::read(&utf16, "utf16.json").unwrap_err();
    assert!(err.message.contains("UTF-16"), "{}", err.message);
}

#[test]
fn an_empty_spec_is_named_at_line_1_column_1() {
    for text in ["", "  \n"] {
        assert_eq!(
            rendered(text),
            ["t.json:1:1: (document): invalid JSON: the spec is empty (expected a JSON object)"]
        );
    }
    // serde_json says column 0 at the end of a line; columns start at 1.
    assert_eq!(
        rendered("{\n")[0],
        "t.json:2:1: (document): invalid JSON: EOF while parsing an object"
    );
}

#[test]
fn oversized_specs_are_refused_naming_the_limit() {
    let big = temp_file("big.json", &vec![b' '; MAX_SPEC_BYTES + 1]);
    let err = SpecSource::read(&big, "big.json").unwrap_err();
    assert!(
        err.message.contains("larger than the limit of 16 MiB"),
        "{}",
        err.message
    );
    let text = " ".repeat(MAX_SPEC_BYTES + 1);
    assert!(rendered(&text)[0].contains("larger than the limit of 16 MiB"));
    #[cfg(unix)]
    {
        let err = SpecSource::read(std::path::Path::new("/dev/zero"), "/dev/zero").unwrap_err();
        assert!(
            err.message.contains("larger than the limit of 16 MiB"),
            "{}",
            err.message
        );
    }
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("errspec-spec-loading-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn a_mistyped_category_gets_a_suggestion() {
    let mut spec = base();
    spec["errors"][0]["category"] = "rate_limt".into();
    let p = rendered(&serde_json::to_string_pretty(&spec).unwrap());
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(
        p[0].contains("unknown category `rate_limt` (did you mean `rate_limit`?): expected one of `authentication`"),
        "{}",
        p[0]
    );
}

#[test]
fn a_top_level_key_written_twice_shows_both_places() {
    let text = include_str!("../../tests/specs/acme.json").replacen(
        "\"name\": \"acme\",",
        "\"name\": \"acme\", \"name\": \"acme2\",",
        1,
    );
    let problems = problems_in(&text);
    assert_eq!(problems.0.len(), 1, "{problems}");
    let d = &problems.0[0];
    assert_eq!(d.message, "duplicate key `name`: keep one");
    let (_, first) = d.related.as_ref().unwrap();
    assert_eq!(&text[first.offset.unwrap()..][..6], "\"acme\"");
    assert_eq!(
        &text[d.location.as_ref().unwrap().offset.unwrap()..][..7],
        "\"acme2\""
    );
}

#[test]
fn garbage_is_one_located_invalid_json_problem() {
    for (text, at) in [
        ("[}", "1:2"),
        ("{\"version\": }", "1:13"),
        ("\n\n  ]", "3:3"),
    ] {
        let p = rendered(text);
        assert_eq!(p.len(), 1, "{p:#?}");
        assert!(
            p[0].starts_with(&format!("t.json:{at}: ")) && p[0].contains("invalid JSON"),
            "{p:#?}"
        );
    }
}
