//! The generated API, on the bundled OpenAI spec and on a small test spec.

use errspec::openai::{ErrorCode, ErrorType};
use errspec::runtime::{Backoff, Catalog, Category, ErrorTypeCatalog};

errspec::catalog! {
    /// The test spec's codes.
    #[catalog(error_type = AcmeKind)]
    pub enum AcmeCode from "tests/specs/acme.json";
}

#[test]
fn openai_codes_round_trip_through_strings() {
    for &code in ErrorCode::ALL {
        assert_eq!(ErrorCode::from_code(code.as_str()), Some(code));
        assert_eq!(code.as_str().parse::<ErrorCode>(), Ok(code));
        assert_eq!(
            <ErrorCode as Catalog>::entry(code).variant,
            format!("{code:?}")
        );
    }
    assert_eq!(ErrorCode::from_code("no_such_code"), None);
    let err = "no_such_code".parse::<ErrorCode>().unwrap_err();
    assert_eq!(err.to_string(), "unknown error code `no_such_code`");
    assert_eq!(err.input(), "no_such_code");
}

#[test]
fn openai_keeps_the_guides_reference_table() {
    let table = [
        (400, "invalid_request_error", "invalid_json"),
        (400, "invalid_request_error", "context_length_exceeded"),
        (400, "invalid_request_error", "parameter_missing"),
        (400, "invalid_request_error", "parameter_invalid"),
        (401, "authentication_error", "invalid_api_key"),
        (401, "authentication_error", "no_api_key"),
        (403, "permission_error", "insufficient_permissions"),
        (403, "tokens_exceeded_error", "quota_exceeded"),
        (429, "rate_limit_error", "rate_limit_exceeded"),
        (429, "rate_limit_error", "tokens_per_min_exceeded"),
        (500, "server_error", "internal_server_error"),
        (503, "server_error", "service_unavailable"),
    ];
    for (status, ty, code) in table {
        let c = ErrorCode::from_code(code).unwrap_or_else(|| panic!("missing {code}"));
        assert_eq!(c.status(), status, "{code}");
        assert_eq!(c.error_type().as_str(), ty, "{code}");
    }
    // The guide lists the quota error under 429 too: kept as an alias status.
    assert!(ErrorCode::QuotaExceeded.entry().has_status(429));
}

#[test]
fn openai_retry_strategies_follow_the_guide() {
    let rate = ErrorCode::RateLimitExceeded.retry_strategy();
    assert!(matches!(rate.backoff, Backoff::Exponential { multiplier, .. } if multiplier == 2.0));
    assert!(rate.max_attempts > 1);
    let server = ErrorCode::InternalServerError.retry_strategy();
    assert!(
        matches!(server.backoff, Backoff::ImmediateThenExponential { immediate, .. } if immediate >= 1)
    );
    for code in [
        ErrorCode::InvalidApiKey,
        ErrorCode::InvalidJson,
        ErrorCode::InsufficientQuota,
    ] {
        assert!(!code.retry_strategy().is_retryable(), "{code:?}");
    }
    assert_eq!(ErrorCode::InsufficientQuota.status(), 429);
    assert_eq!(ErrorCode::InsufficientQuota.category(), Category::Quota);
    for &code in ErrorCode::ALL {
        let s = code.retry_strategy();
        assert!(s.max_attempts >= 1 && !s.max_delay.is_zero(), "{code:?}");
    }
}

#[test]
fn openai_has_the_errors_real_responses_carry() {
    for (code, status) in [
        ("insufficient_quota", 429),
        ("model_not_found", 404),
        ("unsupported_country_region_territory", 403),
        ("invalid_organization", 401),
        ("engine_overloaded", 503),
        ("bad_gateway", 502),
        ("gateway_timeout", 504),
        ("request_timeout", 408),
        ("conflict", 409),
        ("unprocessable_entity", 422),
    ] {
        let c = ErrorCode::from_code(code).unwrap_or_else(|| panic!("missing {code}"));
        assert_eq!(c.status(), status, "{code}");
    }
}

#[test]
fn display_is_the_specs_message() {
    assert_eq!(
        ErrorCode::InvalidApiKey.to_string(),
        ErrorCode::InvalidApiKey.entry().message
    );
    assert_eq!(
        AcmeCode::Boom.to_string(),
        "the server failed <b>[badly]</b>"
    );
    assert_eq!(ErrorType::ServerError.to_string(), "server_error");
}

#[test]
fn every_entry_has_its_texts() {
    for &code in ErrorCode::ALL {
        let e = code.entry();
        assert!(!e.message.is_empty() && !e.description.is_empty() && !e.action.is_empty());
        assert!(!e.causes.is_empty() && !e.solutions.is_empty(), "{code:?}");
        if !e.example.is_empty() {
            let v: serde_json::Value = serde_json::from_str(e.example).unwrap();
            assert!(v.is_object(), "{code:?}");
        }
    }
}

#[test]
fn type_enum_matches_the_entries() {
    for &code in ErrorCode::ALL {
        assert_eq!(code.error_type().as_str(), code.entry().error_type);
        assert_eq!(
            ErrorType::from_name(code.entry().error_type),
            Some(code.error_type())
        );
    }
    for &t in <ErrorType as ErrorTypeCatalog>::ALL {
        assert_eq!(t.as_str().parse::<ErrorType>(), Ok(t));
        assert!(!t.description().is_empty());
    }
    assert_eq!(<ErrorCode as Catalog>::SPEC.name, "openai");
}

#[test]
fn keywords_and_extra_derives_work() {
    assert_eq!(AcmeCode::from_code("type"), Some(AcmeCode::Type));
    assert_eq!(AcmeCode::from_code("self"), Some(AcmeCode::Self_));
    assert_eq!(AcmeCode::Type.error_type(), AcmeKind::InvalidRequestError);
    assert!(AcmeCode::Boom.entry().has_status(502));
    assert!(AcmeCode::Boom.entry().synthetic && AcmeCode::Boom.entry().fallback);
    #[allow(deprecated)]
    let old = AcmeCode::OldCode;
    assert_eq!(old.entry().deprecated, Some("replaced by `type`"));
    assert_eq!(AcmeCode::ALL.len(), 4);
}
