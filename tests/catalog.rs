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
            <ErrorCode as Catalog>::entry(code).text.variant(),
            format!("{code:?}")
        );
    }
    assert_eq!(ErrorCode::from_code("no_such_code"), None);
    let err = "no_such_code".parse::<ErrorCode>().unwrap_err();
    assert_eq!(err.to_string(), "unknown error code `no_such_code`");
    assert_eq!(err.input(), "no_such_code");
}

#[test]
#[allow(deprecated)] // the retired codes are the point
fn openai_entries_say_what_the_server_really_sends() {
    // (status, type on the wire, code) as real responses carry them (see each entry's
    // sources); `None` where the server sends a null code.
    let table = [
        (400, "invalid_request_error", "invalid_json", None),
        (
            400,
            "invalid_request_error",
            "context_length_exceeded",
            Some("context_length_exceeded"),
        ),
        (
            400,
            "invalid_request_error",
            "missing_required_parameter",
            Some("missing_required_parameter"),
        ),
        (
            400,
            "invalid_request_error",
            "billing_hard_limit_reached",
            Some("billing_hard_limit_reached"),
        ),
        (
            401,
            "invalid_request_error",
            "invalid_api_key",
            Some("invalid_api_key"),
        ),
        (401, "invalid_request_error", "no_api_key", None),
        (
            401,
            "invalid_request_error",
            "insufficient_permissions",
            None,
        ),
        (404, "invalid_request_error", "invalid_url", None),
        (
            404,
            "invalid_request_error",
            "unknown_url",
            Some("unknown_url"),
        ),
        (
            429,
            "requests",
            "rate_limit_exceeded",
            Some("rate_limit_exceeded"),
        ),
        (
            429,
            "billing_not_active",
            "billing_not_active",
            Some("billing_not_active"),
        ),
        (
            429,
            "access_terminated",
            "access_terminated",
            Some("access_terminated"),
        ),
        (500, "server_error", "internal_server_error", None),
    ];
    for (status, ty, code, wire) in table {
        let c = ErrorCode::from_code(code).unwrap_or_else(|| panic!("missing {code}"));
        assert_eq!(c.status(), status, "{code}");
        assert_eq!(c.error_type().as_str(), ty, "{code}");
        assert_eq!(c.entry().null_code, wire.is_none(), "{code}");
    }
    assert!(ErrorCode::RateLimitExceeded.entry().has_type("tokens"));
    // Contradicted codes stay (the spec is append-only) but are retired.
    for code in [
        ErrorCode::ParameterMissing,
        ErrorCode::ParameterInvalid,
        ErrorCode::QuotaExceeded,
        ErrorCode::TokensPerMinExceeded,
    ] {
        assert!(Catalog::deprecated(code).is_some(), "{code:?}");
    }
}

#[test]
fn every_openai_fact_has_a_source() {
    use errspec::runtime::Provenance;
    assert!(ErrorCode::ALL.len() >= 60);
    for &code in ErrorCode::ALL {
        let e = code.entry();
        match Catalog::provenance(code) {
            Provenance::Documented | Provenance::Observed => {
                assert!(code.sources().count() > 0, "{code:?}");
                assert!(
                    code.sources().all(|s| s.starts_with("https://")),
                    "{code:?}"
                );
            }
            Provenance::Synthetic => assert!(e.null_code, "{code:?}"),
        }
    }
}

#[test]
fn billing_and_account_errors_are_never_retried() {
    for code in [
        ErrorCode::InsufficientQuota,
        ErrorCode::BillingNotActive,
        ErrorCode::BillingHardLimitReached,
        ErrorCode::CreditBalanceExhausted,
        ErrorCode::OrganizationSpendLimitExceeded,
        ErrorCode::ProjectSpendLimitExceeded,
        ErrorCode::OrganizationUsageLimitExceeded,
        ErrorCode::AccessTerminated,
        ErrorCode::AccountDeactivated,
        ErrorCode::RequestTooLarge,
    ] {
        assert!(!code.retry_policy().is_retryable(), "{code:?}");
    }
}

#[test]
fn openai_retry_strategies_follow_the_guide() {
    let rate = ErrorCode::RateLimitExceeded.retry_policy();
    assert!(matches!(rate.backoff, Backoff::Exponential { multiplier, .. } if multiplier == 2.0));
    assert!(rate.max_attempts > 1);
    let server = ErrorCode::InternalServerError.retry_policy();
    assert!(
        matches!(server.backoff, Backoff::ImmediateThenExponential { immediate, .. } if immediate >= 1)
    );
    for code in [
        ErrorCode::InvalidApiKey,
        ErrorCode::InvalidJson,
        ErrorCode::InsufficientQuota,
    ] {
        assert!(!code.retry_policy().is_retryable(), "{code:?}");
    }
    assert_eq!(ErrorCode::InsufficientQuota.status(), 429);
    assert_eq!(ErrorCode::InsufficientQuota.category(), Category::Quota);
    for &code in ErrorCode::ALL {
        let s = code.retry_policy();
        // Every strategy that retries caps its waits; `never` needs no cap.
        assert!(s.max_attempts >= 1, "{code:?}");
        assert!(!s.is_retryable() || !s.max_delay.is_zero(), "{code:?}");
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
        ("account_deactivated", 401),
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
        assert!(
            !e.message.is_empty() && !code.description().is_empty() && !code.action().is_empty()
        );
        assert!(
            code.causes().count() > 0 && code.solutions().count() > 0,
            "{code:?}"
        );
        if !code.example().is_empty() {
            let v: serde_json::Value = serde_json::from_str(code.example()).unwrap();
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
    let boom = AcmeCode::Boom.entry();
    assert!(boom.null_code && boom.fallback);
    assert_eq!(
        Catalog::provenance(AcmeCode::Boom),
        errspec::runtime::Provenance::Synthetic
    );
    assert_eq!(
        AcmeCode::Type.sources().collect::<Vec<_>>(),
        ["https://docs.example.com/errors"]
    );
    #[allow(deprecated)]
    let old = AcmeCode::OldCode;
    assert_eq!(Catalog::deprecated(old), Some("replaced by `type`"));
    assert_eq!(AcmeCode::ALL.len(), 4);
}

/// The other bundled specs, each behind its feature (`--all-features` builds them all).
#[cfg(all(feature = "anthropic", feature = "azure-openai", feature = "gemini"))]
#[test]
fn the_other_bundled_specs_classify_their_providers_responses() {
    use errspec::runtime::{Classification, classify};
    let none: &[(&str, &str)] = &[];
    let body = br#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#;
    let c: Classification<'_, errspec::anthropic::ErrorCode> = classify(529, none, body);
    assert_eq!(c.category(), Category::Overloaded);
    assert!(c.retry_policy().is_retryable());
    let body = br#"{"error":{"code":"DeploymentNotFound","message":"The API deployment for this resource does not exist."}}"#;
    let c: Classification<'_, errspec::azure_openai::ErrorCode> = classify(404, none, body);
    assert_eq!(c.code().map(|c| c.as_str()), Some("DeploymentNotFound"));
    let body = br#"{"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}}"#;
    let c: Classification<'_, errspec::gemini::ErrorCode> = classify(429, none, body);
    assert_eq!(c.category(), Category::RateLimit);
    for name in [
        <errspec::anthropic::ErrorCode as Catalog>::SPEC.name,
        <errspec::azure_openai::ErrorCode as Catalog>::SPEC.name,
        <errspec::gemini::ErrorCode as Catalog>::SPEC.name,
    ] {
        assert!(["anthropic", "azure_openai", "gemini"].contains(&name));
    }
}

/// The prose of every bundled OpenAI entry, read back from the generated tables (one
/// literal per entry, cut at run time), is the spec's, piece for piece.
#[test]
fn the_tables_give_back_the_specs_prose() {
    use errspec_codegen::{SpecSource, check};
    let spec = check(&SpecSource::from_text(
        "error-codes.json",
        include_str!("../error-codes.json"),
    ))
    .unwrap();
    assert_eq!(spec.entries.len(), ErrorCode::ALL.len());
    for (def, &code) in spec.entries.iter().zip(ErrorCode::ALL) {
        assert_eq!(code.as_str(), def.code);
        assert_eq!(format!("{code:?}"), def.variant);
        assert_eq!(code.description(), def.description, "{code:?}");
        assert_eq!(code.action(), def.action, "{code:?}");
        assert_eq!(code.causes().collect::<Vec<_>>(), def.causes, "{code:?}");
        assert_eq!(
            code.solutions().collect::<Vec<_>>(),
            def.solutions,
            "{code:?}"
        );
        assert_eq!(code.sources().collect::<Vec<_>>(), def.sources, "{code:?}");
        assert_eq!(
            code.example(),
            def.example.as_deref().unwrap_or(""),
            "{code:?}"
        );
        assert_eq!(Catalog::provenance(code), def.provenance, "{code:?}");
        assert_eq!(
            Catalog::deprecated(code),
            def.deprecated.as_deref(),
            "{code:?}"
        );
    }
}

/// Every example body a bundled spec shows, classified at its entry's status with its
/// catalog, is that entry: the docs show what the classifier would make of it.
fn examples_classify_as_their_entry<C: Catalog + core::fmt::Debug>() -> usize {
    let mut shown = 0;
    for &code in C::ALL {
        let example = code.example();
        if example.is_empty() {
            continue;
        }
        shown += 1;
        let classified = errspec::runtime::classify::<C>(code.status(), &[], example.as_bytes());
        assert_eq!(classified.code(), Some(code), "{example}");
    }
    shown
}

#[test]
fn every_bundled_example_classifies_as_its_entry() {
    assert!(examples_classify_as_their_entry::<ErrorCode>() >= 40);
    #[cfg(feature = "anthropic")]
    examples_classify_as_their_entry::<errspec::anthropic::ErrorCode>();
    #[cfg(feature = "azure-openai")]
    examples_classify_as_their_entry::<errspec::azure_openai::ErrorCode>();
    #[cfg(feature = "gemini")]
    examples_classify_as_their_entry::<errspec::gemini::ErrorCode>();
    #[cfg(feature = "openrouter")]
    examples_classify_as_their_entry::<errspec::openrouter::ErrorCode>();
    #[cfg(feature = "litellm")]
    examples_classify_as_their_entry::<errspec::litellm::ErrorCode>();
}
