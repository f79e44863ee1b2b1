//! `error-codes.schema.json` (for editors) must describe the same format serde reads: the
//! field names, the backoff kinds and the categories are compared with the code's own.

use errspec_codegen::spec::{BackoffSpec, EntrySpec, ErrorTypeSpec, Spec};
use errspec_runtime::Category;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn schema() -> Value {
    serde_json::from_str(include_str!("../../error-codes.schema.json")).unwrap()
}

/// The names serde expects, read from its "expected one of" message for a bogus key.
fn serde_names<T: DeserializeOwned + std::fmt::Debug>(probe: Value) -> Vec<String> {
    let err = serde_json::from_value::<T>(probe).unwrap_err().to_string();
    // serde says "expected one of `a`, `b`" or, for two, "expected `a` or `b`".
    let list = err
        .split("expected ")
        .nth(1)
        .unwrap_or_else(|| panic!("{err}"));
    let list = list.strip_prefix("one of ").unwrap_or(list);
    let mut names: Vec<String> = list
        .split([',', ' '])
        .filter(|s| s.starts_with('`'))
        .map(|s| s.trim_matches('`').to_owned())
        .collect();
    names.sort();
    names
}

fn schema_keys(object: &Value) -> Vec<String> {
    let mut keys: Vec<String> = object["properties"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    keys.sort();
    keys
}

#[test]
fn field_names_match() {
    let s = schema();
    let bogus = serde_json::json!({"zz_bogus": 1});
    assert_eq!(schema_keys(&s), serde_names::<Spec>(bogus.clone()));
    assert_eq!(
        schema_keys(&s["$defs"]["error"]),
        serde_names::<EntrySpec>(bogus.clone())
    );
    assert_eq!(
        schema_keys(&s["$defs"]["error_type"]),
        serde_names::<ErrorTypeSpec>(bogus)
    );
}

#[test]
fn backoff_kinds_match() {
    let s = schema();
    let mut kinds: Vec<String> = s["$defs"]["retry_strategy"]["properties"]["kind"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    kinds.sort();
    assert_eq!(
        kinds,
        serde_names::<BackoffSpec>(serde_json::json!({"kind": "zz_bogus"}))
    );
}

#[test]
fn categories_match() {
    let s = schema();
    let listed: Vec<&str> = s["$defs"]["error"]["properties"]["category"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let known: Vec<&str> = Category::ALL
        .iter()
        .filter(|c| **c != Category::Unknown)
        .map(|c| c.as_str())
        .collect();
    assert_eq!(listed, known);
}

/// Every spec in the repository: the bundled ones, the examples' and the test fixtures.
fn spec_files() -> Vec<std::path::PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = vec![
        root.join("error-codes.json"),
        root.join("examples/anthropic/anthropic-errors.json"),
    ];
    for dir in [
        "specs",
        "tests/specs",
        "tests/ui",
        "tests/ui-derive",
        "tests/ui-pass",
    ] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The UI fixtures whose one mistake is structural, so the schema must refuse them too;
/// every other fixture breaks a rule only errspec can check (duplicates, references,
/// reachability), which the schema accepts.
const SCHEMA_REFUSES: &[&str] = &[
    "empty-catalog",
    "empty-text",
    "invalid-code",
    "invalid-json",
    "missing-source",
    "missing-text",
    "never-with-attempts",
    "non-positive-retry-parameter",
    "pattern-matches-everything",
    "several-problems",
    "source-not-an-address",
    "status-out-of-range",
    "unknown-category",
    "unknown-field",
    "unknown-provenance",
    "unknown-strategy-field",
    "unsupported-version",
    "wrong-type",
];

/// The UI fixtures the schema accepts although errspec refuses them.
const ONLY_ERRSPEC_REFUSES: &[&str] = &[
    "alias-clash",
    "duplicate-code",
    "duplicate-key",
    "example-mismatch",
    "identifier-clash",
    "pattern-never-matches",
    "refines-without-patterns",
    "two-fallbacks",
    "two-type-fallbacks",
    "undefined-strategy",
    "undefined-type",
];

/// What the schema and the parser say of one spec text: `(schema accepts, errspec accepts)`.
fn verdicts(validator: &jsonschema::Validator, name: &str, text: &str) -> (bool, bool) {
    let schema_ok = serde_json::from_str::<Value>(text).is_ok_and(|v| validator.is_valid(&v));
    let source = errspec_codegen::SpecSource::from_text(name, text);
    (schema_ok, errspec_codegen::check(&source).is_ok())
}

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&schema()).expect("the schema itself is valid")
}

#[test]
fn schema_and_parser_agree_on_every_spec_in_the_repository() {
    let validator = validator();
    let files = spec_files();
    assert!(files.len() > 30, "found only {files:?}");
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let in_ui = path.parent().is_some_and(|p| p.ends_with("tests/ui"));
        let (schema_ok, errspec_ok) = verdicts(&validator, &name, &text);
        // Never may the schema refuse what errspec builds.
        assert!(
            schema_ok || !errspec_ok,
            "{}: errspec accepts it but the schema refuses it: {:?}",
            path.display(),
            serde_json::from_str::<Value>(&text).ok().map(|v| validator
                .iter_errors(&v)
                .map(|e| format!("{e} at {}", e.instance_path()))
                .collect::<Vec<_>>())
        );
        if !in_ui {
            continue;
        }
        let expected_schema_ok = if SCHEMA_REFUSES.contains(&name.as_str()) {
            false
        } else if ONLY_ERRSPEC_REFUSES.contains(&name.as_str()) {
            true
        } else {
            panic!("{name}: a new UI fixture; list it in SCHEMA_REFUSES or ONLY_ERRSPEC_REFUSES")
        };
        assert!(!errspec_ok, "{name}: a UI fixture errspec accepts");
        assert_eq!(
            schema_ok, expected_schema_ok,
            "{name}: the schema's verdict"
        );
    }
}

/// The README's example spec is the format's reference: both must accept it as written.
#[test]
fn the_readme_example_spec_is_valid() {
    let readme = include_str!("../../README.md");
    let section = readme
        .split("## The spec format")
        .nth(1)
        .expect("README has a spec format section");
    let example = section
        .split("```json\n")
        .nth(1)
        .and_then(|s| s.split("\n```").next())
        .expect("the section has a json block");
    let value: Value = serde_json::from_str(example).expect("the example is plain JSON");
    let validator = validator();
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let source = errspec_codegen::SpecSource::from_text("README.md", example);
    if let Err(problems) = errspec_codegen::check(&source) {
        panic!("{problems}");
    }
}
