//! The example's catalog and derive against real-shaped Anthropic bodies.

use errspec::runtime::Category;
use errspec_example_anthropic::{AnthropicCode, ClaudeError, classify};

#[test]
fn anthropic_bodies_classify_by_type_and_status() {
    let body = br#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#;
    let c = errspec::runtime::classify::<AnthropicCode>(529, &[], body);
    assert_eq!(c.code(), Some(AnthropicCode::Overloaded));
    assert_eq!(c.category(), Category::Overloaded);
    // 503 is an alias status of `overloaded`.
    let c = errspec::runtime::classify::<AnthropicCode>(503, &[], body);
    assert_eq!(c.code(), Some(AnthropicCode::Overloaded));
}

#[test]
fn the_derived_enum_fills_its_fields() {
    let body = br#"{"type":"error","error":{"type":"rate_limit_error","message":"slow down"}}"#;
    let e = classify(429, &[("retry-after", "7")], body);
    assert!(
        matches!(e, ClaudeError::Busy { status: 429, retry_after: Some(d), .. } if d.as_secs() == 7),
        "{e:?}"
    );
    assert_eq!(e.code(), Some(AnthropicCode::RateLimited));
    assert_eq!(e.retry_policy().max_attempts, 5, "the `backoff` strategy");
    // The same variant remembers it was the other code, and takes that code's strategy.
    let body = br#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#;
    let e = classify(529, &[], body);
    assert_eq!(e.code(), Some(AnthropicCode::Overloaded));
    assert_eq!(
        e.retry_policy().to_string(),
        "4 attempts, exponential from 2s ×3 + up to 1s jitter, waits ≤ 60s",
        "the `overload_backoff` strategy"
    );
    assert_eq!(e.to_string(), "busy (Some(Overloaded)), retry after None");
    let body = br#"{"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: Field required"}}"#;
    match classify(400, &[], body) {
        ClaudeError::BadRequest { message } => assert_eq!(message, "max_tokens: Field required"),
        other => panic!("{other:?}"),
    }
    let e = classify(401, &[], br#"{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}"#);
    assert!(matches!(e, ClaudeError::Authentication));
    assert!(!e.retry_policy().is_retryable());
    let e = classify(418, &[], b"<html>teapot</html>");
    match e {
        ClaudeError::Other(details) => {
            assert_eq!(details.raw_body_unredacted(), b"<html>teapot</html>")
        }
        other => panic!("{other:?}"),
    }
}
