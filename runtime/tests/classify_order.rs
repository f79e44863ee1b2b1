//! The classification order (code, then type+status, then status) and what an owned
//! `ApiError` shows.

mod common;

use common::*;
use errspec_runtime::classify::{ErrorDetails, NO_RETRY, STATUS_RETRY, classify_details};
use errspec_runtime::{ApiError, Category, Classification, classify};
use std::error::Error;
use std::time::Duration;

fn body(ty: &str, code: &str) -> Vec<u8> {
    format!(r#"{{"error":{{"message":"m","type":{ty},"code":{code}}}}}"#).into_bytes()
}

fn class(status: u16, body: &[u8]) -> Option<Fx> {
    classify::<Fx>(status, &(), body).code()
}

#[test]
fn a_known_code_wins_over_a_disagreeing_status() {
    let b = body("null", r#""insufficient_quota""#);
    let c = classify::<Fx>(403, &(), &b);
    assert_eq!(c.code(), Some(Fx::InsufficientQuota));
    assert_eq!(c.details().status(), 403, "the real status is kept");
}

#[test]
fn same_status_different_fate() {
    let limit = classify::<Fx>(429, &HEADERS, RATE_LIMIT_BODY);
    let quota = classify::<Fx>(429, &HEADERS, QUOTA_BODY);
    assert!(limit.retry_policy().is_retryable());
    assert!(!quota.retry_policy().is_retryable());
    assert_eq!(limit.category(), Category::RateLimit);
    assert_eq!(quota.category(), Category::Quota);
}

#[test]
fn type_and_status_pick_the_single_match() {
    // Unknown code, type insufficient_quota at 429: only one entry has both.
    assert_eq!(
        class(429, &body(r#""insufficient_quota""#, r#""new_code""#)),
        Some(Fx::InsufficientQuota)
    );
    // A matching type at the wrong status does not count; status alone then decides.
    assert_eq!(
        class(500, &body(r#""insufficient_quota""#, "null")),
        Some(Fx::InternalServerError)
    );
}

#[test]
fn type_and_status_with_several_matches_take_the_fallback() {
    // Four 400 entries share invalid_request_error; InvalidRequest is the fallback.
    assert_eq!(
        class(400, &body(r#""invalid_request_error""#, "null")),
        Some(Fx::InvalidRequest)
    );
}

#[test]
fn several_matches_without_a_fallback_are_unknown() {
    let b = body(r#""invalid_request_error""#, r#""no_such_code""#);
    let c = classify::<Fx>(404, &(), &b);
    assert!(c.is_unknown());
    assert_eq!(c.category(), Category::Unknown);
    assert_eq!(c.details().code(), Some("no_such_code"));
    assert!(std::ptr::eq(c.retry_policy(), &NO_RETRY));
}

#[test]
fn status_alone_uses_the_single_entry_or_its_aliases() {
    assert_eq!(class(401, b""), Some(Fx::InvalidApiKey));
    assert_eq!(class(503, b""), Some(Fx::ServerOverloaded));
    assert_eq!(class(502, b""), Some(Fx::InternalServerError));
    assert_eq!(class(504, b""), None);
}

#[test]
fn unknown_errors_retry_by_status() {
    let c = classify::<Fx>(504, &(), b"gateway timeout");
    assert!(std::ptr::eq(c.retry_policy(), &STATUS_RETRY));
    let c = classify::<Fx>(418, &(), b"");
    assert!(std::ptr::eq(c.retry_policy(), &NO_RETRY));
}

#[test]
fn known_errors_use_the_entry_strategy() {
    let c = classify::<Fx>(500, &(), SERVER_ERROR_BODY);
    // The fixture's `immediate_then_backoff` strategy, as codegen wrote it out.
    assert_eq!(
        c.retry_policy().to_string(),
        "4 attempts, 1 at once, then exponential from 1s ×2 + up to 500ms jitter, waits ≤ 30s"
    );
    assert!(std::ptr::eq(
        c.entry().unwrap(),
        Fx::InternalServerError.entry()
    ));
}

#[test]
fn classify_details_matches_classify() {
    for &(_, status, b) in TYPICAL {
        let d = ErrorDetails::parse(status, &HEADERS, b);
        assert_eq!(
            classify_details::<Fx>(d),
            classify::<Fx>(status, &HEADERS, b)
        );
    }
}

#[test]
fn into_owned_keeps_every_detail() {
    for &(name, status, b) in TYPICAL {
        let c = classify::<Fx>(status, &HEADERS, b);
        let borrowed = c.details().clone();
        let e: ApiError<Fx> = c.clone().into_owned();
        assert_eq!(e.details(), &borrowed.into_owned(), "{name}");
        assert_eq!(e.code(), c.code());
        assert_eq!(e.status(), status);
        assert_eq!(e.category(), c.category());
        assert!(std::ptr::eq(e.retry_policy(), c.retry_policy()));
        assert_eq!(e.is_unknown(), c.is_unknown());
        assert_eq!(*e, c);
    }
}

#[test]
fn api_error_display_says_what_when_and_which_request() {
    let e = classify::<Fx>(429, &HEADERS, QUOTA_BODY).into_owned();
    assert_eq!(
        e.to_string(),
        "the quota is used up (insufficient_quota, status 429): You exceeded your current quota, \
         please check your plan and billing details. (request id req_5f1c2a9b7d3e4f60a1b2c3d4e5f60718)"
    );
    let e: ApiError<Fx> = classify::<Fx>(418, &(), br#"{"code":"teapot"}"#).into();
    assert_eq!(e.to_string(), "unknown API error (status 418, code teapot)");
    assert!(e.source().is_none());
}

#[test]
fn api_error_display_and_debug_redact_keys() {
    let b = br#"{"error":{"message":"Incorrect API key provided: sk-proj-abcDEF123456. Or Bearer eyJhbGciOiJIUzI1NiJ9.e30.x","type":"invalid_request_error","code":"invalid_api_key"}}"#;
    let e = classify::<Fx>(401, &HEADERS, b).into_owned();
    let shown = format!("{e}\n{e:?}\n{:?}", e.details());
    for secret in ["abcDEF123456", "eyJhbGciOiJIUzI1NiJ9"] {
        assert!(!shown.contains(secret), "{secret} leaked in {shown}");
    }
    assert!(shown.contains("sk-proj-****"), "{shown}");
    assert!(shown.contains("Bearer ****"), "{shown}");
    // The plain accessor masks; the raw one says so in its name.
    let message = e.details().message().unwrap_or_default();
    assert!(
        message.starts_with("Incorrect API key provided: sk-proj-****. Or Bearer ****"),
        "{message}"
    );
    assert!(
        e.details()
            .message_unredacted()
            .unwrap()
            .contains("abcDEF123456")
    );
}

#[test]
fn classification_debug_redacts_too() {
    let b = br#"{"error":{"message":"key sk-live123","code":"invalid_api_key"}}"#;
    let c: Classification<'_, Fx> = classify(401, &(), b);
    let shown = format!("{c:?}");
    assert!(!shown.contains("live123"), "{shown}");
}

#[test]
fn details_from_status_only() {
    let d = ErrorDetails::from_status(503);
    assert_eq!(
        (d.status(), d.code(), d.raw_body_unredacted()),
        (503, None, &b""[..])
    );
    assert_eq!(classify_details::<Fx>(d).code(), Some(Fx::ServerOverloaded));
}

#[test]
fn classification_displays_as_its_api_error_with_keys_redacted() {
    let c = classify::<Fx>(429, &HEADERS, QUOTA_BODY);
    assert_eq!(c.to_string(), c.clone().into_owned().to_string());
    let b = br#"{"error":{"message":"bad key sk-proj-abcDEF123456","code":"sk-live-1"}}"#;
    let c = classify::<Fx>(418, &[("x-request-id", "req_9")], b);
    assert_eq!(
        c.to_string(),
        "unknown API error (status 418, code sk-****): bad key sk-proj-**** (request id req_9)"
    );
}

#[test]
fn retry_after_is_what_the_response_asked_for() {
    let headers = [("x-request-id", "req_1"), ("retry-after-ms", "1500")];
    let c = classify::<Fx>(429, &headers, RATE_LIMIT_BODY);
    assert_eq!(c.details().retry_after(), Some(Duration::from_millis(1500)));
    assert_eq!(
        c.into_owned().details().retry_after(),
        Some(Duration::from_millis(1500))
    );
    // `Retry-After: 3` in the usual headers.
    let c = classify::<Fx>(429, &HEADERS, QUOTA_BODY);
    assert_eq!(c.details().retry_after(), Some(Duration::from_secs(3)));
    // No header: a rate limit's message still says when ("Please try again in 2.626s").
    let c = classify::<Fx>(429, &(), RATE_LIMIT_BODY);
    assert_eq!(c.details().retry_after(), Some(Duration::from_millis(2626)));
    assert_eq!(
        classify::<Fx>(500, &(), SERVER_ERROR_BODY)
            .details()
            .retry_after(),
        None
    );
}
