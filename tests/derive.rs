//! `#[derive(SpecError)]` on enums shaped for an application, against the bundled spec.

use std::time::Duration;

use errspec::SpecError;
use errspec::runtime::retry::executor::FailedResponse;
use errspec::runtime::{ErrorDetails, RetryHints};

#[derive(Debug, SpecError)]
#[spec_error(spec = "error-codes.json")]
enum ChatError {
    #[spec_error(code = "rate_limit_exceeded" | "tokens_per_min_exceeded")]
    RateLimited {
        message: String,
        retry_after: Option<Duration>,
        request_id: Option<String>,
    },
    InvalidApiKey,
    #[spec_error(code = ["insufficient_quota", "quota_exceeded"], display = "out of credit ({status}): {message}")]
    NoCredit {
        message: String,
        status: u16,
        #[spec_error(default)]
        seen: u32,
    },
    #[spec_error(code = "context_length_exceeded", display = "prompt too long: {0}")]
    TooLong(ErrorDetails<'static>),
    #[spec_error(other)]
    Other(ErrorDetails<'static>),
}

#[derive(Debug, SpecError)]
#[spec_error(spec = "tests/specs/acme.json")]
enum Strict {
    Boom,
    #[spec_error(code = "type")]
    BadType {
        param: Option<String>,
    },
}

fn api_error(
    status: u16,
    headers: &[(&str, &str)],
    body: &str,
) -> errspec::runtime::ApiError<<ChatError as SpecError>::Catalog> {
    errspec::runtime::classify(status, headers, body.as_bytes()).into_owned()
}

#[test]
fn codes_become_the_users_variants_with_fields_filled() {
    let body = r#"{"error":{"message":"Rate limit reached for gpt-4o. Please try again in 20s.","type":"tokens","param":null,"code":"rate_limit_exceeded"}}"#;
    let e = ChatError::from(api_error(429, &[("x-request-id", "req_9")], body));
    match &e {
        ChatError::RateLimited {
            message,
            retry_after,
            request_id,
        } => {
            assert!(message.starts_with("Rate limit reached"));
            assert_eq!(*retry_after, Some(Duration::from_secs(20)));
            assert_eq!(request_id.as_deref(), Some("req_9"));
        }
        other => panic!("wrong variant {other:?}"),
    }
    assert_eq!(e.status(), 429);
    assert_eq!(e.code().map(|c| c.as_str()), Some("rate_limit_exceeded"));
    assert!(e.retry_policy().is_retryable());
    // The spec's message is the Display text without a `display` attribute.
    assert_eq!(
        ChatError::InvalidApiKey.to_string(),
        ChatError::InvalidApiKey.code().unwrap().to_string()
    );
}

#[test]
fn display_interpolates_fields_and_other_keeps_everything() {
    let quota = r#"{"error":{"message":"You exceeded your current quota.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}"#;
    let e = ChatError::from(api_error(429, &[], quota));
    assert_eq!(
        e.to_string(),
        "out of credit (429): You exceeded your current quota."
    );
    assert!(!e.retry_policy().is_retryable());
    assert!(matches!(e, ChatError::NoCredit { seen: 0, .. }));

    let long = r#"{"error":{"message":"too many tokens","type":"invalid_request_error","param":"messages","code":"context_length_exceeded"}}"#;
    let e = ChatError::from(api_error(400, &[], long));
    assert!(e.to_string().starts_with("prompt too long: "), "{e}");

    let teapot =
        r#"{"error":{"message":"short and stout","type":"teapot_error","code":"im_a_teapot"}}"#;
    let e = ChatError::from(api_error(418, &[("x-request-id", "req_t")], teapot));
    match &e {
        ChatError::Other(details) => {
            assert_eq!(details.code(), Some("im_a_teapot"));
            assert_eq!(details.request_id(), Some("req_t"));
            assert_eq!(details.status(), 418);
        }
        other => panic!("wrong variant {other:?}"),
    }
    assert_eq!(e.code(), None);
    assert_eq!(e.status(), 418);
    assert!(!e.retry_policy().is_retryable());
}

#[test]
fn failed_responses_carry_header_hints_into_fields() {
    let body = r#"{"error":{"message":"Rate limit reached.","type":"requests","param":null,"code":"rate_limit_exceeded"}}"#;
    let headers = [("retry-after-ms", "1500")];
    let error = api_error(429, &headers, body);
    let hints = RetryHints::from_response(
        429,
        &headers,
        error.details().message_unredacted(),
        std::time::SystemTime::UNIX_EPOCH,
    );
    let e = ChatError::from(FailedResponse { error, hints });
    assert!(
        matches!(e, ChatError::RateLimited { retry_after: Some(d), .. } if d == Duration::from_millis(1500))
    );
}

#[test]
fn without_other_the_conversion_gives_the_error_back() {
    let boom = r#"{"error":{"message":"kaput","type":"server_error","code":null}}"#;
    let error =
        errspec::runtime::classify::<<Strict as SpecError>::Catalog>(500, &[], boom.as_bytes())
            .into_owned();
    assert!(matches!(Strict::try_from(error), Ok(Strict::Boom)));
    let bad =
        r#"{"error":{"message":"x","type":"invalid_request_error","param":"kind","code":"type"}}"#;
    let error =
        errspec::runtime::classify::<<Strict as SpecError>::Catalog>(400, &[], bad.as_bytes())
            .into_owned();
    assert!(
        matches!(Strict::try_from(error), Ok(Strict::BadType { param: Some(p) }) if p == "kind")
    );
    let unknown = errspec::runtime::classify::<<Strict as SpecError>::Catalog>(404, &[], b"nope")
        .into_owned();
    let back = Strict::try_from(unknown).unwrap_err();
    assert_eq!(back.details().raw_body_unredacted(), b"nope");
}

/// The executor's final failure becomes the user's type: a 429 is retried, then the
/// quota error stops the run and arrives as `NoCredit`. No real sleeping.
#[test]
fn retry_failures_convert_into_the_users_enum() {
    use errspec::runtime::RetryExecutor;
    use errspec::runtime::SpecError;
    use errspec::runtime::time::RecordingSleeper;

    let sleeper = RecordingSleeper::default();
    let executor = RetryExecutor::new()
        .sleeper(sleeper.clone())
        .clock(errspec::runtime::time::ManualClock::new(
            std::time::SystemTime::UNIX_EPOCH,
        ))
        .without_rate_limiter();
    let bodies = [
        (
            429,
            r#"{"error":{"message":"Rate limit reached. Please try again in 2s.","type":"requests","code":"rate_limit_exceeded"}}"#,
        ),
        (
            429,
            r#"{"error":{"message":"You exceeded your current quota.","type":"insufficient_quota","code":"insufficient_quota"}}"#,
        ),
    ];
    let mut calls = 0;
    let result: Result<_, _> = executor.run_blocking(|ctx| {
        let (status, body) = bodies[calls];
        calls += 1;
        Err::<(), _>(ctx.failure(status, &[("x-request-id", "req_q")], body.as_bytes()))
    });
    let failure = result.unwrap_err();
    assert_eq!(failure.attempts(), 2);
    assert_eq!(sleeper.delays(), vec![Duration::from_secs(2)]);
    let error = ChatError::from_retry_error(failure).unwrap();
    assert!(
        matches!(error, ChatError::NoCredit { status: 429, .. }),
        "{error:?}"
    );
}

/// Against the bundled catalog, with no spec file (as in the README, whose examples run as
/// doc-tests).
mod bundled {
    use errspec::openai::ErrorCode;
    use errspec::runtime::classify;

    #[derive(Debug, errspec::SpecError)]
    #[spec_error(catalog = errspec::openai::ErrorCode)]
    enum ChatError {
        #[spec_error(code = "rate_limit_exceeded" | "tokens_per_min_exceeded")]
        RateLimited {
            message: String,
            retry_after: Option<std::time::Duration>,
        },
        InvalidApiKey,
        #[spec_error(code = "insufficient_quota", display = "out of credit: {message}")]
        NoCredit {
            message: String,
            #[spec_error(default)]
            alerted: bool,
        },
        #[spec_error(other)]
        Other(errspec::runtime::ErrorDetails<'static>),
    }

    #[test]
    fn the_bundled_catalog_is_the_enums_catalog() {
        fn catalog_of<E: errspec::runtime::SpecError<Catalog = ErrorCode>>() {}
        catalog_of::<ChatError>();
        let quota = br#"{"error":{"message":"You exceeded your current quota.","type":"insufficient_quota","code":"insufficient_quota"}}"#;
        let e = ChatError::from(classify::<ErrorCode>(429, &[], quota).into_owned());
        assert_eq!(
            e.to_string(),
            "out of credit: You exceeded your current quota."
        );
        assert!(matches!(e, ChatError::NoCredit { alerted: false, .. }));
        assert_eq!(e.code(), Some(ErrorCode::InsufficientQuota));
        assert!(!e.retry_policy().is_retryable());
        assert!(matches!(
            ChatError::InvalidApiKey.code(),
            Some(ErrorCode::InvalidApiKey)
        ));
        let limited = br#"{"error":{"message":"Slow down. Please try again in 3s.","type":"tokens","code":"tokens_per_min_exceeded"}}"#;
        let e = ChatError::from(classify::<ErrorCode>(429, &[], limited).into_owned());
        assert!(
            matches!(&e, ChatError::RateLimited { message, retry_after: Some(d) } if d.as_secs() == 3 && message.starts_with("Slow")),
            "{e:?}"
        );
        let e = ChatError::from(classify::<ErrorCode>(503, &[], b"").into_owned());
        assert!(matches!(e, ChatError::Other(_)));
        assert_eq!(e.code(), Some(ErrorCode::ServiceUnavailable));
        assert_eq!(e.status(), 503);
        assert_eq!(e.to_string(), ErrorCode::ServiceUnavailable.to_string());
    }
}

/// A catch-all that keeps the details keeps the classification: a 503 the catalog knows
/// as `engine_overloaded` stays that code, with its message and strategy.
#[test]
fn other_keeps_the_catalogs_classification() {
    let e = ChatError::from(api_error(
        503,
        &[],
        r#"{"error":{"message":"busy","type":"server_error","code":"engine_overloaded"}}"#,
    ));
    assert!(matches!(e, ChatError::Other(_)), "{e:?}");
    let code = e.code().expect("the catalog knows a 503");
    assert_eq!(code.as_str(), "engine_overloaded");
    assert_eq!(e.status(), 503);
    assert_eq!(e.to_string(), code.to_string());
    assert_eq!(e.retry_policy(), code.retry_policy());
    // Without a code in the body, by status: what the catalog says.
    let error = api_error(503, &[], "");
    let matched = error.code();
    assert!(matched.is_some(), "the catalog has a fallback for 503");
    assert_eq!(ChatError::from(error).code(), matched);
}

#[derive(Debug, SpecError)]
#[spec_error(spec = "tests/specs/acme.json")]
enum KeepsNothing {
    Boom,
    #[spec_error(other)]
    Other,
}

/// A catch-all that keeps nothing cannot say its status: only then is `status()` an
/// `Option`.
#[test]
fn a_catch_all_without_details_has_no_status() {
    let unknown =
        errspec::runtime::classify::<<KeepsNothing as SpecError>::Catalog>(404, &[], b"nope")
            .into_owned();
    let e = KeepsNothing::from(unknown);
    assert!(matches!(e, KeepsNothing::Other));
    let status: Option<u16> = e.status();
    assert_eq!(status, None);
    assert_eq!(KeepsNothing::Boom.status(), Some(500));
    assert_eq!(e.code(), None);
}

/// With `spec` alone the hidden catalog keeps what classifies, retries and displays, and
/// leaves the spec's prose to a real catalog.
#[test]
fn the_hidden_catalog_has_no_prose() {
    let code = ChatError::InvalidApiKey.code().expect("a code variant");
    let bundled = errspec::openai::ErrorCode::InvalidApiKey;
    assert_eq!(code.as_str(), bundled.as_str());
    assert_eq!(code.status(), bundled.status());
    assert_eq!(code.to_string(), bundled.to_string());
    assert_eq!(code.retry_policy(), bundled.retry_policy());
    assert!(!bundled.description().is_empty());
    assert_eq!(code.description(), "");
    assert_eq!(code.causes().count(), 0);
}

/// Through the crates themselves, without the facade: the callback is found in
/// `errspec_macros` when the runtime is named directly.
#[derive(Debug, errspec_macros::SpecError)]
#[spec_error(catalog = errspec::openai::ErrorCode, crate = "::errspec_runtime")]
enum Direct {
    InvalidApiKey,
    #[spec_error(other)]
    Other(errspec_runtime::ApiError<errspec::openai::ErrorCode>),
}

#[test]
fn the_derive_works_without_the_facade() {
    let error = errspec_runtime::classify::<errspec::openai::ErrorCode>(503, &[], b"").into_owned();
    let e = Direct::from(error);
    assert_eq!(
        e.code(),
        Some(errspec::openai::ErrorCode::ServiceUnavailable)
    );
    assert_eq!(e.status(), 503);
    assert_eq!(Direct::InvalidApiKey.status(), 401);
}

#[derive(Debug, SpecError)]
#[spec_error(spec = "tests/specs/lookup-order.json")]
enum ByAlias {
    #[spec_error(code = "rate_limited")] // an alias code of `rate_limit_exceeded`
    Limited,
    #[spec_error(other)]
    Other(Box<ErrorDetails<'static>>),
}

/// A variant may name an entry by one of its alias codes.
#[test]
fn an_alias_code_names_its_entry() {
    for code in ["rate_limited", "rate_limit_exceeded"] {
        let body = format!(r#"{{"error":{{"message":"slow down","code":"{code}"}}}}"#);
        let error = errspec::runtime::classify::<<ByAlias as SpecError>::Catalog>(
            429,
            &[],
            body.as_bytes(),
        )
        .into_owned();
        let e = ByAlias::from(error);
        assert!(matches!(e, ByAlias::Limited), "{code}: {e:?}");
        assert_eq!(e.code().map(|c| c.as_str()), Some("rate_limit_exceeded"));
    }
    // A boxed catch-all keeps the classification too: a bare 500 is the spec's fallback.
    let error =
        errspec::runtime::classify::<<ByAlias as SpecError>::Catalog>(500, &[], b"").into_owned();
    let e = ByAlias::from(error);
    assert!(matches!(e, ByAlias::Other(_)), "{e:?}");
    assert_eq!(e.code().map(|c| c.as_str()), Some("server_error"));
    assert_eq!(e.status(), 500);
}
