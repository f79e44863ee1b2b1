//! Every envelope shape the runtime reads, and inputs it must survive.

mod common;

use common::*;
use errspec_runtime::classify::MAX_RAW_BODY_BYTES;
use errspec_runtime::response::envelope::MAX_SCAN_BYTES;
use errspec_runtime::{Category, Classification, classify};

fn class(status: u16, body: &[u8]) -> Classification<'_, Fx> {
    classify(status, &(), body)
}

#[test]
fn openai_rate_limit_with_tokens_type() {
    let c = classify::<Fx>(429, &HEADERS, RATE_LIMIT_BODY);
    assert_eq!(c.code(), Some(Fx::RateLimitExceeded));
    let d = c.details();
    assert_eq!(d.status(), 429);
    assert_eq!(d.error_type(), Some("tokens"));
    assert_eq!(d.code(), Some("rate_limit_exceeded"));
    assert_eq!(d.param(), None);
    assert!(
        d.message_unredacted()
            .unwrap()
            .starts_with("Rate limit reached for gpt-4o")
    );
    assert_eq!(d.request_id(), Some("req_5f1c2a9b7d3e4f60a1b2c3d4e5f60718"));
    assert_eq!(d.raw_body_unredacted(), RATE_LIMIT_BODY);
}

#[test]
fn openai_numeric_code_is_stringified() {
    let c = class(
        429,
        br#"{"error":{"message":"slow down","type":"requests","code":429}}"#,
    );
    assert_eq!(c.details().code(), Some("429"));
    // "429" is no catalog code and "requests" no type: the 429 fallback.
    assert_eq!(c.code(), Some(Fx::RateLimitExceeded));
}

#[test]
fn openai_null_code_uses_type_and_status() {
    let c = class(500, SERVER_ERROR_BODY);
    assert_eq!(c.code(), Some(Fx::InternalServerError));
    assert_eq!(c.details().code(), None);
    assert_eq!(c.details().error_type(), Some("server_error"));
}

#[test]
fn azure_status_code_string_and_content_filter() {
    let body = br#"{"error":{"code":"429","message":"Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-02-01 have exceeded token rate limit. Please retry after 6 seconds."}}"#;
    let c = classify::<Fx>(429, &[("apim-request-id", "a1-b2")], body);
    assert_eq!(c.code(), Some(Fx::RateLimitExceeded));
    assert_eq!(c.details().code(), Some("429"));
    assert_eq!(c.details().request_id(), Some("a1-b2"));

    let filtered = br#"{"error":{"message":"The response was filtered due to the prompt triggering Azure OpenAI's content management policy.","type":null,"param":"prompt","code":"content_filter","status":400,"innererror":{"code":"ResponsibleAIPolicyViolation","content_filter_result":{"hate":{"filtered":true,"severity":"high"},"jailbreak":{"filtered":false,"detected":false}}}}}"#;
    let c = class(400, filtered);
    assert_eq!(c.code(), Some(Fx::ContentFilter));
    let d = c.details();
    assert_eq!(d.inner_code(), Some("ResponsibleAIPolicyViolation"));
    assert_eq!(d.param(), Some("prompt"));
    // Azure's numeric `status` repeats the HTTP status; it is not a type.
    assert_eq!(d.error_type(), None);
}

#[test]
fn azure_inner_code_is_tried_when_the_outer_one_is_unknown() {
    let body = br#"{"error":{"code":"filtered","innererror":{"code":"content_filter"}}}"#;
    assert_eq!(class(400, body).code(), Some(Fx::ContentFilter));
    // browser-use/browser-use#262 quotes the inner error spelled `inner_error`.
    let body = br#"{"error":{"inner_error":{"code":"content_filter","content_filter_results":{}},"code":"filtered"}}"#;
    let c = class(400, body);
    assert_eq!(c.details().inner_code(), Some("content_filter"));
    assert_eq!(c.code(), Some(Fx::ContentFilter));
}

#[test]
fn anthropic_envelope() {
    let body = br#"{"type":"error","error":{"type":"rate_limit_error","message":"Number of request tokens has exceeded your per-minute rate limit"},"request_id":"req_011CSHoEeqs5C35K2UUqR7Fy"}"#;
    let c = class(429, body);
    assert_eq!(c.details().error_type(), Some("rate_limit_error"));
    assert_eq!(
        c.details().request_id(),
        Some("req_011CSHoEeqs5C35K2UUqR7Fy")
    );
    assert_eq!(c.code(), Some(Fx::RateLimitExceeded));
    // 529 is in no entry: unknown, but the details are all there.
    let body = br#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#;
    let c = class(529, body);
    assert!(c.is_unknown());
    assert_eq!(c.details().error_type(), Some("overloaded_error"));
    assert_eq!(c.details().message_unredacted(), Some("Overloaded"));
}

#[test]
fn google_envelope_plain_and_in_an_array() {
    let body = br#"{"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"5s"}]}}"#;
    for body in [body.to_vec(), [b"[".as_slice(), body, b"]"].concat()] {
        let c = class(429, &body);
        let d = c.details();
        assert_eq!(d.code(), Some("429"));
        assert_eq!(d.error_type(), Some("RESOURCE_EXHAUSTED"));
        assert_eq!(
            d.message_unredacted(),
            Some("Resource has been exhausted (e.g. check quota).")
        );
        assert_eq!(c.code(), Some(Fx::RateLimitExceeded));
    }
}

#[test]
fn plain_message_detail_and_error_string_envelopes() {
    let c = class(404, br#"{"message":"Not Found","code":"model_not_found"}"#);
    assert_eq!(c.code(), Some(Fx::ModelNotFound));
    assert_eq!(c.details().message_unredacted(), Some("Not Found"));
    let c = class(422, br#"{"detail":"Unprocessable"}"#);
    assert_eq!(c.details().message_unredacted(), Some("Unprocessable"));
    let c = class(401, br#"{"error":"Unauthorized"}"#);
    assert_eq!(c.details().message_unredacted(), Some("Unauthorized"));
    // vLLM-style: everything at the top, numeric code.
    let c = class(
        400,
        br#"{"object":"error","message":"bad","type":"BadRequestError","param":null,"code":400}"#,
    );
    assert_eq!(c.details().code(), Some("400"));
    assert_eq!(c.code(), Some(Fx::InvalidRequest));
}

#[test]
fn html_empty_and_garbage_bodies_classify_by_status() {
    let html = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    let c = class(502, html);
    assert_eq!(
        c.code(),
        Some(Fx::InternalServerError),
        "502 is an alias of the 500 entry"
    );
    assert_eq!(c.details().message_unredacted(), None);
    assert_eq!(c.details().raw_body_unredacted(), html);
    for body in [
        &b""[..],
        b"   ",
        b"null",
        b"[]",
        b"{}",
        b"\xff\xfe\x00garbage",
        b"{\"error\":",
    ] {
        let c = class(503, body);
        assert_eq!(c.code(), Some(Fx::ServerOverloaded), "{body:?}");
        assert_eq!(c.details().code(), None);
    }
    assert!(class(418, b"I'm a teapot").is_unknown());
    assert_eq!(class(418, b"").category(), Category::Unknown);
}

#[test]
fn truncated_json_keeps_what_came_before_the_cut() {
    let full = CONTEXT_LENGTH_BODY;
    for cut in 0..full.len() {
        let c = class(400, &full[..cut]);
        // Cut anywhere, it is still some 400 entry, never a panic.
        assert!(c.code().is_some(), "cut at {cut}");
    }
    let code_end = full
        .windows(25)
        .position(|w| w == b"\"context_length_exceeded\"")
        .unwrap()
        + 25;
    assert_eq!(
        class(400, &full[..code_end]).code(),
        Some(Fx::ContextLengthExceeded)
    );
}

#[test]
fn deeply_nested_json_is_skipped_without_recursion() {
    let depth = 1_000_000;
    let mut body = b"{\"junk\":".to_vec();
    body.extend(std::iter::repeat_n(b'[', depth));
    body.extend(std::iter::repeat_n(b']', depth));
    body.extend(b",\"error\":{\"code\":\"invalid_api_key\"}}");
    let c = class(401, &body);
    // Past the depth and size limits the scan gives up: classified by status alone.
    assert_eq!(c.code(), Some(Fx::InvalidApiKey));
    assert_eq!(c.details().code(), None);
    assert!(c.details().raw_body_unredacted().len() <= MAX_RAW_BODY_BYTES);
}

#[test]
fn a_ten_megabyte_body_is_bounded() {
    let mut body = br#"{"error":{"code":"insufficient_quota","message":""#.to_vec();
    body.extend(std::iter::repeat_n(b'x', 10 * 1024 * 1024));
    body.extend(br#""}}"#);
    let c = class(429, &body);
    // The code comes before the scan limit; the endless message is cut there, so absent.
    assert_eq!(c.code(), Some(Fx::InsufficientQuota));
    assert_eq!(c.details().message_unredacted(), None);
    assert_eq!(c.details().raw_body_unredacted().len(), MAX_RAW_BODY_BYTES);

    // A code beyond the scan limit is not seen.
    let mut late = b"{\"pad\":\"".to_vec();
    late.extend(std::iter::repeat_n(b'x', MAX_SCAN_BYTES));
    late.extend(br#"","error":{"code":"insufficient_quota"}}"#);
    assert_eq!(class(429, &late).code(), Some(Fx::RateLimitExceeded));
}
