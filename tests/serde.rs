//! With the `serde` feature, generated enums travel as their code and type strings.
#![cfg(feature = "serde")]

use errspec::openai::{ErrorCode, ErrorType};

#[test]
fn codes_serialize_as_strings_and_back() {
    let json = serde_json::to_string(&[ErrorCode::RateLimitExceeded, ErrorCode::InsufficientQuota])
        .unwrap();
    assert_eq!(json, r#"["rate_limit_exceeded","insufficient_quota"]"#);
    let back: Vec<ErrorCode> = serde_json::from_str(&json).unwrap();
    assert_eq!(
        back,
        [ErrorCode::RateLimitExceeded, ErrorCode::InsufficientQuota]
    );
    assert_eq!(
        serde_json::to_string(&ErrorType::ServerError).unwrap(),
        r#""server_error""#
    );
}

#[test]
fn unknown_codes_are_rejected_with_what_was_expected() {
    let err = serde_json::from_str::<ErrorCode>(r#""no_such_code""#)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("no_such_code") && err.contains("an error code of the OpenAI API"),
        "{err}"
    );
    let err = serde_json::from_str::<ErrorType>("42")
        .unwrap_err()
        .to_string();
    assert!(err.contains("an error type of the OpenAI API"), "{err}");
}
