//! Property tests of the envelope parser, the body bound and redaction, checked against
//! serde_json as the reference reader of JSON.

mod common;

use common::Fx;
use errspec_runtime::classify::MAX_RAW_BODY_BYTES;
use errspec_runtime::response::envelope::parse_envelope;
use errspec_runtime::response::redact::{Redacted, redact};
use errspec_runtime::{Classification, classify};
use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use serde_json::{Value, json};
use std::borrow::Cow;

/// Arbitrary JSON, biased towards the keys the parser looks at.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        any::<String>().prop_map(Value::String),
        prop_oneof![
            Just("type.googleapis.com/google.rpc.ErrorInfo"),
            Just("type.googleapis.com/google.rpc.QuotaFailure"),
            Just("type.googleapis.com/google.rpc.RetryInfo"),
            Just("type.googleapis.com/google.rpc.Help"),
        ]
        .prop_map(|t| Value::String(t.to_owned())),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        let key = prop_oneof![
            "[a-z_]{0,10}",
            Just("error".to_owned()),
            Just("code".to_owned()),
            Just("message".to_owned()),
            Just("type".to_owned()),
            Just("innererror".to_owned()),
            Just("details".to_owned()),
            Just("@type".to_owned()),
            Just("reason".to_owned()),
            Just("violations".to_owned()),
            Just("quotaId".to_owned()),
            Just("retryDelay".to_owned()),
        ];
        prop_oneof![
            vec(inner.clone(), 0..6).prop_map(Value::Array),
            btree_map(key, inner, 0..6).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// What serde_json says the parser should find for a field of `error` (string or number).
fn expected(error: &Value, field: &str) -> Option<String> {
    match error.get(field)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// What serde_json says the parser should find in Google's `details` of `error`: the
/// first string `field`, written without escapes, of an entry whose `@type` ends in
/// `google.rpc.<kind>`.
fn expected_detail(error: &Value, kind: &str, field: &str) -> Option<String> {
    let suffix = format!("google.rpc.{kind}");
    let entries = error.get("details")?.as_array()?.iter().filter(|d| {
        d.get("@type")
            .and_then(Value::as_str)
            .is_some_and(|t| t.ends_with(&suffix))
    });
    let mut found = entries.flat_map(|d| match field {
        "quotaId" => d
            .get("violations")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|v| v.get("quotaId")?.as_str())
            .collect::<Vec<_>>(),
        _ => d.get(field).and_then(Value::as_str).into_iter().collect(),
    });
    let plain = |s: &&str| serde_json::to_string(s).unwrap().len() == s.len() + 2;
    found.find(plain).map(str::to_owned)
}

fn check_bounded(c: &Classification<'_, Fx>, body: &[u8]) {
    let raw = c.details().raw_body_unredacted();
    assert!(raw.len() <= MAX_RAW_BODY_BYTES);
    assert!(body.starts_with(raw));
    if std::str::from_utf8(body).is_ok() {
        assert!(std::str::from_utf8(raw).is_ok(), "cut inside a character");
    }
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic_and_stay_bounded(
        body in vec(any::<u8>(), 0..2 * MAX_RAW_BODY_BYTES),
        status in any::<u16>(),
    ) {
        let c = classify::<Fx>(status, &(), &body);
        check_bounded(&c, &body);
        prop_assert_eq!(c.details().status(), status);
    }

    #[test]
    fn long_text_bodies_are_cut_at_char_boundaries(text in "[a-zé€😀 ]{1000,3000}") {
        let c = classify::<Fx>(500, &(), text.as_bytes());
        check_bounded(&c, text.as_bytes());
    }

    #[test]
    fn arbitrary_json_agrees_with_serde_json(v in json_value(), pretty in any::<bool>()) {
        let body = if pretty { serde_json::to_vec_pretty(&v) } else { serde_json::to_vec(&v) }.unwrap();
        let env = parse_envelope(&body);
        if let Some(error) = v.get("error").filter(|e| e.is_object()) {
            prop_assert_eq!(env.code.map(Cow::into_owned), expected(error, "code"));
            prop_assert_eq!(env.message.map(Cow::into_owned), expected(error, "message"));
            let inner = error.get("innererror").filter(|i| i.is_object());
            let inner_code = inner.and_then(|i| expected(i, "code"));
            prop_assert_eq!(env.inner_code.map(Cow::into_owned), inner_code);
            prop_assert_eq!(env.google.reason.text(&body).map(str::to_owned), expected_detail(error, "ErrorInfo", "reason"));
            prop_assert_eq!(env.google.quota_id.text(&body).map(str::to_owned), expected_detail(error, "QuotaFailure", "quotaId"));
            prop_assert_eq!(
                env.google.retry_delay.text(&body).map(str::to_owned),
                expected_detail(error, "RetryInfo", "retryDelay")
            );
        } else if v.is_object() {
            prop_assert_eq!(env.code.map(Cow::into_owned), expected(&v, "code"));
        } else if !v.is_array() {
            prop_assert!(env.is_empty());
        }
    }

    #[test]
    fn strings_round_trip_and_only_escaped_ones_are_owned(message in any::<String>(), code in "[a-z_]{1,30}") {
        let body = serde_json::to_vec(&json!({"error": {"message": message, "code": code}})).unwrap();
        let env = parse_envelope(&body);
        prop_assert_eq!(env.message.as_deref(), Some(message.as_str()));
        let escaped = serde_json::to_string(&message).unwrap().len() != message.len() + 2;
        prop_assert_eq!(matches!(env.message, Some(Cow::Owned(_))), escaped);
        prop_assert!(matches!(env.code, Some(Cow::Borrowed(c)) if c == code));
    }

    #[test]
    fn truncated_bodies_never_invent_a_code(cut in 0usize..400, code in "[a-z_]{1,20}") {
        let body = serde_json::to_vec(&json!({"error": {
            "message": "m \"quoted\" \\ text", "type": "t", "param": null, "code": code}})).unwrap();
        let env = parse_envelope(&body[..cut.min(body.len())]);
        // Either the whole code was read or none of it.
        prop_assert!(env.code.is_none() || env.code.as_deref() == Some(code.as_str()));
    }

    #[test]
    fn embedded_keys_never_survive_redaction(
        before in "[ -~]{0,40}",
        kind in prop_oneof![Just(""), Just("proj-"), Just("ant-")],
        key in "[A-Za-z0-9_-]{8,60}",
        after in "[ -~]{0,40}",
    ) {
        prop_assume!(!before.contains(&key) && !after.contains(&key));
        let text = format!("{before} sk-{kind}{key} {after}");
        let shown = redact(&text);
        prop_assert!(!shown.contains(&key), "{}", shown);
        prop_assert_eq!(Redacted(&text).to_string(), shown.as_ref());
        // Redacting again changes nothing.
        prop_assert_eq!(redact(&shown), shown.clone());
    }

    #[test]
    fn text_without_secrets_is_borrowed(text in "[a-zA-Z ,.]{0,80}") {
        prop_assume!(!text.to_ascii_lowercase().contains("bearer") && !text.contains("sk-"));
        prop_assert!(matches!(redact(&text), Cow::Borrowed(_)));
    }
}
