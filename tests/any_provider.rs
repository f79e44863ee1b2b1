//! `errspec::any`: one call for every bundled provider, against the real responses of
//! `tests/corpus/` and the public quotes of errors sent inside a `200`.

#![cfg(all(feature = "anthropic", feature = "azure-openai", feature = "gemini"))]

use errspec::any::{self, AnyClassification, AnyCode, Choice};
use errspec::runtime::response::in_band::DEFAULT_IN_BAND_STATUS;
use errspec::runtime::{Catalog, Category, Provider, RetryPolicy, classify};
use errspec::{anthropic, azure_openai, gemini, openai};
use serde_json::Value;

struct Case {
    id: String,
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

fn corpus(file: &str) -> Vec<Case> {
    let path = format!("{}/tests/corpus/{file}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("corpus file");
    let json: Value = serde_json::from_str(&text).expect("corpus json");
    let cases = json["cases"].as_array().expect("cases");
    cases
        .iter()
        .map(|c| Case {
            id: c["id"].as_str().unwrap().to_owned(),
            status: c["status"].as_u64().unwrap() as u16,
            headers: c["headers"]
                .as_array()
                .unwrap()
                .iter()
                .map(|h| {
                    let name = h[0].as_str().unwrap().to_ascii_lowercase();
                    (name, h[1].as_str().unwrap().to_owned())
                })
                .collect(),
            body: match &c["body"] {
                Value::String(text) => text.clone().into_bytes(),
                other => other.to_string().into_bytes(),
            },
        })
        .collect()
}

/// The facts `any` reports, from the provider's own catalog.
fn facts<C: Catalog>(
    c: &errspec::runtime::Classification<'_, C>,
) -> (Category, RetryPolicy, Option<String>, String) {
    (
        c.category(),
        *c.retry_policy(),
        c.entry().map(|e| e.code.to_owned()),
        c.to_string(),
    )
}

fn any_facts(c: &AnyClassification<'_>) -> (Category, RetryPolicy, Option<String>, String) {
    (
        c.category(),
        *c.retry_policy(),
        c.entry().map(|e| e.code.to_owned()),
        c.to_string(),
    )
}

#[test]
fn a_chosen_provider_classifies_as_its_own_catalog_does() {
    let mut checked = 0;
    for (file, provider) in [
        ("openai", Provider::OpenAi),
        ("anthropic", Provider::Anthropic),
        ("azure_openai", Provider::AzureOpenAi),
        ("gemini", Provider::Gemini),
    ] {
        for case in corpus(file) {
            let (s, h, b) = (case.status, &case.headers, &case.body[..]);
            let got = any::classify(Choice::Provider(provider), s, h, b);
            assert_eq!(got.provider(), provider, "{}", case.id);
            let expected = match provider {
                Provider::OpenAi => facts(&classify::<openai::ErrorCode>(s, h, b)),
                Provider::Anthropic => facts(&classify::<anthropic::ErrorCode>(s, h, b)),
                Provider::AzureOpenAi => facts(&classify::<azure_openai::ErrorCode>(s, h, b)),
                Provider::Gemini => facts(&classify::<gemini::ErrorCode>(s, h, b)),
                _ => unreachable!(),
            };
            assert_eq!(any_facts(&got), expected, "{}", case.id);
            assert_eq!(got.status(), s);
            assert_eq!(got.is_retryable(), got.retry_policy().is_retryable());
            checked += 1;
        }
    }
    assert!(checked >= 185, "{checked}");
}

#[test]
fn detection_and_hosts_find_the_provider_of_real_responses() {
    // Detection is the detector of `errspec classify --provider auto`. Minimums as
    // measured: an Azure or Anthropic body without its headers often looks just like
    // OpenAI's (and OpenAI's catalog then classifies it alike); the request's host settles it.
    for (file, provider, host, detected_at_least) in [
        ("openai", Provider::OpenAi, "api.openai.com", 115),
        ("anthropic", Provider::Anthropic, "api.anthropic.com", 23),
        (
            "azure_openai",
            Provider::AzureOpenAi,
            "acme.openai.azure.com",
            15,
        ),
        (
            "gemini",
            Provider::Gemini,
            "generativelanguage.googleapis.com",
            23,
        ),
    ] {
        let cases = corpus(file);
        let detected = cases
            .iter()
            .filter(|c| {
                any::classify(Choice::Detect, c.status, &c.headers, &c.body).provider() == provider
            })
            .count();
        assert!(
            detected >= detected_at_least,
            "{file}: {detected} of {} detected",
            cases.len()
        );
        for c in &cases {
            let by_host = any::classify(Choice::Host(host), c.status, &c.headers, &c.body);
            assert_eq!(by_host.provider(), provider, "{}", c.id);
        }
    }
}

#[test]
fn the_host_wins_over_the_body_and_unknown_hosts_fall_back_to_detection() {
    let google = br#"{"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}}"#;
    let on_vertex = any::classify(
        Choice::Host("us-central1-aiplatform.googleapis.com"),
        429,
        &(),
        google,
    );
    assert_eq!(on_vertex.provider(), Provider::Gemini);
    let via_gateway = any::classify(Choice::Host("llm-gateway.example"), 429, &(), google);
    assert_eq!(via_gateway.provider(), Provider::Gemini);
    let via_openrouter = any::classify(Choice::Host("openrouter.ai"), 429, &(), google);
    assert_eq!(via_openrouter.provider(), Provider::OpenRouter);
    let forced = any::classify(Choice::Host("api.openai.com"), 429, &(), google);
    assert_eq!(forced.provider(), Provider::OpenAi);
    assert_eq!(
        Choice::from(Provider::Anthropic),
        Choice::Provider(Provider::Anthropic)
    );
    assert_eq!(Choice::default(), Choice::Detect);
}

/// The LiteLLM proxy is self-hosted: no host names it, so its responses must. Minimum as
/// measured: two of its 33 bodies say nothing of LiteLLM (a bare 408 with the status as a
/// number, a minimal 500), and they then classify alike with the catalog detection picks.
#[cfg(feature = "litellm")]
#[test]
fn litellm_responses_name_their_proxy() {
    let cases = corpus("litellm");
    let detected: Vec<_> = cases
        .iter()
        .filter(|c| {
            any::classify(Choice::Detect, c.status, &c.headers, &c.body).provider()
                == Provider::LiteLlm
        })
        .collect();
    assert!(
        detected.len() >= 31,
        "{} of {} detected",
        detected.len(),
        cases.len()
    );
    // A proxy host is no provider's: the response decides.
    for c in &detected {
        let by_host = any::classify(
            Choice::Host("litellm.internal:4000"),
            c.status,
            &c.headers,
            &c.body,
        );
        assert_eq!(by_host.provider(), Provider::LiteLlm, "{}", c.id);
    }
}

#[test]
fn facts_typed_access_and_owned_forms_agree() {
    let headers = [("request-id", "req_011CX"), ("retry-after", "16")];
    let body = br#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#;
    let c = any::classify(Choice::Detect, 529, &headers, body);
    assert_eq!(c.provider(), Provider::Anthropic);
    let AnyClassification::Anthropic(typed) = &c else {
        panic!("{c:?}")
    };
    let code = typed.code().expect("known");
    assert_eq!(c.code(), Some(AnyCode::Anthropic(code)));
    assert_eq!(c.code_str(), Some("overloaded_error"));
    assert_eq!(c.category(), Category::Overloaded);
    assert!(c.is_retryable() && !c.is_unknown());
    assert_eq!(c.message_unredacted(), Some("Overloaded"));
    assert_eq!(c.request_id(), Some("req_011CX"));
    assert_eq!(c.retry_after(), Some(std::time::Duration::from_secs(16)));

    let owned = c.clone().into_owned();
    assert_eq!(owned, c);
    let error = c.into_api_error();
    assert_eq!(
        error.code().map(AnyCode::provider),
        Some(Provider::Anthropic)
    );
    assert_eq!(error.to_string(), owned.to_string());
    assert_eq!(error.retry_policy(), owned.retry_policy());

    // Unknown to the catalog: the body's own code, the status's strategy.
    let teapot = any::classify(Choice::Detect, 418, &(), br#"{"error":{"code":"teapot"}}"#);
    assert!(teapot.is_unknown());
    assert_eq!(teapot.code(), None);
    assert_eq!(teapot.code_str(), Some("teapot"));
    assert!(!teapot.is_retryable());
}

#[test]
fn an_executor_failure_carries_the_provider() {
    let now = std::time::SystemTime::UNIX_EPOCH;
    let body =
        br#"{"error":{"code":"429","message":"Rate limit is exceeded. Try again in 5 seconds."}}"#;
    let failed = any::attempted(Choice::Detect, 429, &[("apim-request-id", "a1")], body, now);
    let error = failed.api_error().expect("a response");
    assert_eq!(
        error.code().map(AnyCode::provider),
        Some(Provider::AzureOpenAi)
    );
    assert!(error.retry_policy().is_retryable());
    assert_eq!(
        error.details().retry_after(),
        Some(std::time::Duration::from_secs(5))
    );
}

// Errors inside a success. Each body is an error object quoted in public as arriving
// without an error status (a stream's event or a body a client parsed as a success);
// what the quote elided stays elided.

/// mini-swe-agent PR #902 (https://github.com/SWE-agent/mini-swe-agent/pull/902):
/// "OpenRouter with GPT models returns a response containing an error", which has no
/// `choices`; the message's "..." is the author's.
const MINI_SWE_AGENT_502: &str = r#"{"error":{"message":"This content was flagged for possible cybersecurity risk...","code":502}}"#;

/// vercel/ai issue #2698 (https://github.com/vercel/ai/issues/2698): an OpenRouter stream's
/// error event, quoted as JSON; the maintainers note it came in the stream instead of a 429.
const VERCEL_AI_STREAM_429: &str = r#"{"error":{"message":"{\n  \"error\": {\n    \"code\": 429,\n    \"message\": \"Resource has been exhausted (e.g. check quota).\",\n    \"status\": \"RESOURCE_EXHAUSTED\"\n  }\n}\n","code":429}}"#;

/// Aider-AI/aider issue #3550 (https://github.com/Aider-AI/aider/issues/3550): a stream
/// chunk logged after `200 OK`, converted from its Python repr; the user id is masked as
/// quoted.
const AIDER_STREAM_429: &str = r#"{"error":{"message":"Rate limit exceeded: free-models-per-day","code":429,"metadata":{"headers":{"X-RateLimit-Limit":"200","X-RateLimit-Remaining":"0","X-RateLimit-Reset":"1743292800000"},"provider_name":"Google AI Studio"}},"user_id":"user_XXXXXXXXXXXXXXXXXXXXXXXXX"}"#;

#[test]
fn public_quotes_of_errors_in_a_200_are_classified_with_their_own_status() {
    let c = any::classify_in_band(
        Choice::Host("openrouter.ai"),
        &(),
        MINI_SWE_AGENT_502.as_bytes(),
    )
    .expect("an error");
    assert_eq!(c.status(), 502);
    assert_eq!(c.provider(), Provider::OpenRouter);
    assert_eq!(c.code_str(), Some("model_down"));
    assert!(c.is_retryable());

    let sse = format!("data: {VERCEL_AI_STREAM_429}");
    let c = any::classify_in_band(Choice::Detect, &(), sse.as_bytes()).expect("an error");
    assert_eq!(c.status(), 429);
    assert!(c.is_retryable());
    assert!(c.details().raw_body_unredacted().starts_with(b"{\"error\""));

    let c =
        any::classify_in_band(Choice::Detect, &(), AIDER_STREAM_429.as_bytes()).expect("an error");
    assert_eq!(c.status(), 429);
    assert_eq!(
        c.message_unredacted(),
        Some("Rate limit exceeded: free-models-per-day")
    );
}

#[test]
fn genuine_successes_are_not_errors() {
    // Synthetic, marked so: success bodies shaped as the OpenAI API documents them.
    let chat = br#"{"id":"chatcmpl-synthetic","object":"chat.completion","choices":[]}"#;
    let response = br#"{"id":"resp_synthetic","object":"response","error":null}"#;
    for body in [&chat[..], &response[..], b"", b"data: [DONE]"] {
        assert!(any::classify_in_band(Choice::Detect, &(), body).is_none());
    }
}

#[test]
fn an_in_band_error_without_an_http_code_stands_for_its_entry_or_the_default() {
    // Synthetic: no public quote shows a gateway's in-band error without a numeric code.
    // A code string the catalog knows stands for its entry's own status.
    let named = br#"{"error":{"message":"synthetic","type":"insufficient_quota","code":"insufficient_quota"}}"#;
    let c = any::classify_in_band(Choice::Provider(Provider::OpenAi), &(), named).unwrap();
    assert_eq!(c.status(), 429);
    assert_eq!(
        c.code(),
        Some(AnyCode::OpenAi(openai::ErrorCode::InsufficientQuota))
    );
    assert!(!c.is_retryable());
    // One it does not know takes the documented default.
    let unknown = br#"{"error":{"message":"synthetic","code":"no_such_code"}}"#;
    let c = any::classify_in_band(Choice::Provider(Provider::OpenAi), &(), unknown).unwrap();
    assert_eq!(c.status(), DEFAULT_IN_BAND_STATUS);
    assert!(c.is_retryable());
}

/// openai/openai-dotnet issue #881 (https://github.com/openai/openai-dotnet/issues/881):
/// a Responses API stream's `error` event after a 429, quoted from a live stream.
const DOTNET_RESPONSES_STREAM_429: &str = r#"{"type":"error","sequence_number":2,"error":{"type":"too_many_requests","code":"too_many_requests","message":"Too Many Requests","param":null}}"#;

/// earendil-works/pi pull request #1458 (https://github.com/earendil-works/pi/pull/1458):
/// Azure OpenAI's token limit as a Responses API `response.failed` event, quoted with the
/// message elided as there.
const PI_RESPONSE_FAILED: &str = r#"{"type":"response.failed","response":{"status":"failed","error":{"code":"rate_limit_exceeded","message":"Requests to the ... Operation have exceeded token rate limit ..."}}}"#;

#[test]
fn responses_api_stream_errors_are_rate_limits_of_openai() {
    let event = format!("event: error\ndata: {DOTNET_RESPONSES_STREAM_429}\n\n");
    let c = any::classify_in_band(Choice::Detect, &(), event.as_bytes()).expect("an error");
    assert_eq!(c.provider(), Provider::OpenAi);
    assert_eq!(
        c.code(),
        Some(AnyCode::OpenAi(openai::ErrorCode::RateLimitExceeded))
    );
    assert_eq!(c.status(), 429);
    assert!(c.is_retryable());

    let c = any::classify_in_band(
        Choice::Provider(Provider::AzureOpenAi),
        &(),
        PI_RESPONSE_FAILED.as_bytes(),
    )
    .expect("an error");
    assert_eq!(c.status(), 429);
    assert_eq!(c.category(), Category::RateLimit);
    assert!(c.is_retryable());
}
