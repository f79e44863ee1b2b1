//! `error-codes.schema.json` (for editors) must describe the same format serde reads: the
//! field names, the backoff kinds and the categories are compared with the code's own.

use errspec_codegen::spec::{BackoffSpec, ErrorSpec, ErrorTypeSpec, Spec};
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
        serde_names::<ErrorSpec>(bogus.clone())
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
