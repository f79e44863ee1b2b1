//! `errspec classify`.

use serde_json::{Value, json};

use crate::{errspec, fixture, run, run_with};

/// Runs `classify --json` with `body` on stdin and returns the one object it printed.
fn classify_json(args: &[&str], body: &str) -> Value {
    let r = run_with(
        errspec()
            .args(["classify", "--json"])
            .args(args)
            .write_stdin(body),
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out.lines().count(), 1, "one line: {}", r.out);
    let value: Value = serde_json::from_str(&r.out).expect("stdout is one JSON value");
    assert!(value.is_object(), "{value}");
    value
}

const RATE_LIMITED: &str = r#"{"error":{"message":"Rate limit reached for gpt-4o on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.","type":"requests","param":null,"code":"rate_limit_exceeded"}}"#;

#[test]
fn a_rate_limit_retries_after_the_servers_delay() {
    let v = classify_json(
        &[
            "--status",
            "429",
            "-H",
            "retry-after-ms: 1500",
            "-H",
            "X-Request-Id: req_abc",
        ],
        RATE_LIMITED,
    );
    assert_eq!(v["status"], 429);
    assert_eq!(v["category"], "rate_limit");
    assert_eq!(v["code"], "rate_limit_exceeded");
    assert_eq!(v["type"], "requests");
    assert_eq!(v["retryable"], true);
    assert_eq!(v["delay_ms"], 1500);
    assert_eq!(v["request_id"], "req_abc");
    assert_eq!(v["matched_by"], "code");
    assert_eq!(v["strategy"], "exponential_backoff");
    assert!(
        v["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("Rate limit reached"))
    );
}

#[test]
fn without_headers_the_message_hint_counts() {
    let v = classify_json(&["--status", "429"], RATE_LIMITED);
    assert_eq!(v["delay_ms"], 20_000);
    assert!(
        v["reason"].as_str().is_some_and(|r| r.contains("message")),
        "{v}"
    );
}

#[test]
fn retry_after_in_seconds_is_honoured() {
    let v = classify_json(&["--status", "429", "-H", "Retry-After: 7"], "");
    assert_eq!(
        v["code"], "rate_limit_exceeded",
        "the fallback for a bare 429"
    );
    assert_eq!(v["matched_by"], "status");
    assert_eq!(v["delay_ms"], 7000);
}

#[test]
fn a_hint_beyond_the_cap_stops() {
    let v = classify_json(
        &["--status", "429", "-H", "retry-after: 3600"],
        RATE_LIMITED,
    );
    assert_eq!(v["retryable"], false);
    assert_eq!(v["delay_ms"], Value::Null);
    assert_eq!(v["stop_reason"], "hint_too_long");
}

#[test]
fn same_status_different_fate_insufficient_quota_never_retries() {
    let body = r#"{"error":{"message":"You exceeded your current quota.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}"#;
    let v = classify_json(&["--status", "429", "-H", "retry-after: 1"], body);
    assert_eq!(v["category"], "quota");
    assert_eq!(v["code"], "insufficient_quota");
    assert_eq!(v["retryable"], false);
    assert_eq!(v["delay_ms"], Value::Null);
    assert_eq!(v["stop_reason"], "not_retryable");
}

#[test]
fn type_and_status_match_when_the_code_is_missing() {
    let body = r#"{"error":{"message":"quota","type":"insufficient_quota","code":null}}"#;
    let v = classify_json(&["--status", "429"], body);
    assert_eq!(v["code"], "insufficient_quota");
    assert_eq!(v["matched_by"], "type_and_status");
}

#[test]
fn keys_are_redacted_everywhere() {
    let body = r#"{"error":{"message":"Incorrect API key provided: sk-proj-SECRET123. You can find your key at ...","type":"invalid_request_error","code":"invalid_api_key"}}"#;
    let v = classify_json(
        &["--status", "401", "-H", "x-request-id: sk-alsoSECRET"],
        body,
    );
    let text = v.to_string();
    assert!(!text.contains("SECRET"), "{text}");
    assert_eq!(
        v["message"],
        "Incorrect API key provided: sk-proj-****. You can find your key at ..."
    );
    assert_eq!(v["retryable"], false);

    let r = run(&["classify", "--status", "401", "--body", body]);
    assert_eq!(r.code, 0);
    assert!(
        !r.out.contains("SECRET") && r.out.contains("sk-proj-****"),
        "{}",
        r.out
    );
}

#[test]
fn the_text_form_says_what_why_and_what_to_do() {
    let r = run(&[
        "classify",
        "--status",
        "429",
        "-H",
        "x-request-id: req_1",
        "--body",
        RATE_LIMITED,
    ]);
    assert_eq!(r.code, 0, "{}", r.err);
    for line in [
        "status    429 Too Many Requests\n",
        "body      code rate_limit_exceeded, type requests\n",
        "entry     rate_limit_exceeded, type requests\n",
        "matched   by the body's code\n",
        "category  rate_limit\n",
        "request   req_1\n",
        "retry     yes, in 20000 ms: the server asked for this delay (`message`)\n",
        "do first  ",
    ] {
        assert!(r.out.contains(line), "missing {line:?} in:\n{}", r.out);
    }
}

#[test]
fn a_code_the_spec_lacks_is_reported_beside_the_entry_it_fell_back_to() {
    let body = r#"{"error":{"message":"Something new broke.","type":"server_error","param":null,"code":"brand_new_code"}}"#;
    let v = classify_json(&["--status", "500"], body);
    assert_eq!(v["body_code"], "brand_new_code", "{v}");
    assert_eq!(v["body_type"], "server_error");
    assert_eq!(v["code"], "internal_server_error", "what errspec concluded");
    assert_eq!(v["matched_by"], "type_and_status");
    assert_eq!(v["known"], true);

    let r = run(&["classify", "--status", "500", "--body", body]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(
        r.out
            .contains("body      code brand_new_code, type server_error\n"),
        "{}",
        r.out
    );
    let words = r.out.split_whitespace().collect::<Vec<_>>().join(" ");
    for part in [
        "entry internal_server_error, type server_error",
        "matched by the body's type and the status, the fallback for 500; \
         the spec has no code `brand_new_code`",
    ] {
        assert!(words.contains(part), "missing {part:?} in:\n{}", r.out);
    }
}

#[test]
fn the_body_says_what_the_server_sent_even_when_it_differs_from_the_entry() {
    // A token limit says `type: tokens`; the entry's own type is `requests`.
    let tokens = RATE_LIMITED.replace(r#""type":"requests""#, r#""type":"tokens""#);
    let v = classify_json(&["--status", "429"], &tokens);
    assert_eq!(v["body_type"], "tokens");
    assert_eq!(v["type"], "requests");
    // An empty body sent nothing: nothing is made up for it.
    let v = classify_json(&["--status", "503"], "");
    assert_eq!(v["body_code"], Value::Null);
    assert_eq!(v["body_type"], Value::Null);
    assert_eq!(v["code"], "service_unavailable");
    let r = run(&["classify", "--status", "503"]);
    assert!(
        r.out.contains("body      no error code or type\n")
            && r.out
                .contains("matched   by the status alone, the fallback for 503\n"),
        "{}",
        r.out
    );
}

#[test]
fn a_malformed_body_classifies_by_status() {
    for body in [
        "<html><body>502 Bad Gateway</body></html>",
        "{\"error\": {\"code\": ",
        "",
    ] {
        let v = classify_json(&["--status", "502"], body);
        assert_eq!(v["code"], "bad_gateway", "{body}");
        assert_eq!(v["matched_by"], "status");
        assert_eq!(v["category"], "gateway");
        assert_eq!(v["retryable"], true);
        assert_eq!(v["message"], Value::Null);
    }
    // Binary garbage too.
    let r = run_with(
        errspec()
            .args(["classify", "--status", "500", "--json"])
            .write_stdin(vec![0xff, 0x00, 0xfe, b'{']),
    );
    assert_eq!(r.code, 0, "{}", r.err);
}

#[test]
fn an_overloaded_503_retries_at_once_then_backs_off() {
    let v = classify_json(&["--status", "503"], "");
    assert_eq!(v["code"], "service_unavailable", "the 503 fallback");
    assert_eq!(v["delay_ms"], 0);
    let r = run(&["classify", "--status", "503"]);
    assert!(r.out.contains("retry     yes, at once:"), "{}", r.out);

    let v = classify_json(&["--status", "503", "--attempt", "3"], "");
    assert_eq!(v["attempt"], 3);
    assert!(v["delay_ms"].as_u64().is_some_and(|d| d > 0), "{v}");
}

#[test]
fn attempts_run_out() {
    let v = classify_json(&["--status", "429", "--attempt", "6"], "");
    assert_eq!(v["retryable"], false);
    assert_eq!(v["stop_reason"], "attempts_exhausted");
}

#[test]
fn the_server_can_forbid_a_retry() {
    let v = classify_json(&["--status", "500", "-H", "x-should-retry: false"], "");
    assert_eq!(v["retryable"], false);
    assert_eq!(v["stop_reason"], "server_said_no");
}

#[test]
fn google_details_name_the_entry_and_the_delay() {
    // Shortened from `gemini-429-free-tier-daily-1` and `gemini-429-retryinfo-1` of the
    // corpus: the same status, google.rpc status and message; only the quota id differs.
    let body = |quota: &str, delay: &str| {
        format!(
            r#"{{"error":{{"code":429,"message":"You exceeded your current quota.","status":"RESOURCE_EXHAUSTED","details":[{{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{{"quotaId":"{quota}"}}]}},{{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"{delay}"}}]}}}}"#
        )
    };
    let daily = body("GenerateRequestsPerDayPerProjectPerModel-FreeTier", "36s");
    let v = classify_json(&["--status", "429", "--provider", "gemini"], &daily);
    assert_eq!(v["code"], "daily_quota_exceeded");
    assert_eq!(v["matched_by"], "pattern");
    assert_eq!(v["retryable"], false);
    assert_eq!(
        v["body_quota_id"],
        "GenerateRequestsPerDayPerProjectPerModel-FreeTier"
    );
    let minute = body(
        "GenerateContentInputTokensPerModelPerMinute-FreeTier",
        "26s",
    );
    let v = classify_json(&["--status", "429", "--provider", "gemini"], &minute);
    assert_eq!(v["code"], "RESOURCE_EXHAUSTED");
    assert_eq!(v["retryable"], true);
    assert_eq!(v["delay_ms"], 26_000, "RetryInfo's delay");
    let key = r#"{"error":{"code":400,"message":"m","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com"}]}}"#;
    let v = classify_json(&["--status", "400", "--provider", "gemini"], key);
    assert_eq!(
        (&v["code"], &v["matched_by"], &v["body_reason"]),
        (
            &json!("API_KEY_INVALID"),
            &json!("reason"),
            &json!("API_KEY_INVALID")
        )
    );
}

#[test]
fn an_unknown_error_keeps_what_the_body_said() {
    let body =
        r#"{"error":{"message":"I'm a teapot","type":"teapot_error","code":"short_and_stout"}}"#;
    let v = classify_json(&["--status", "418"], body);
    assert_eq!(
        v,
        json!({
            "status": 418,
            "spec": "openai",
            "category": "unknown",
            "code": null,
            "type": null,
            "body_code": "short_and_stout",
            "body_type": "teapot_error",
            "body_inner_code": null,
            "body_reason": null,
            "body_quota_id": null,
            "retryable": false,
            "delay_ms": null,
            "delay_max_ms": null,
            "request_id": null,
            "message": "I'm a teapot",
            "param": null,
            "known": false,
            "matched_by": null,
            "strategy": "never",
            "attempt": 1,
            "stop_reason": "not_retryable",
            "reason": "the spec does not know the error and status 418 is not transient",
        })
    );
    // The server knows better than a status guess about an error the spec lacks.
    let v = classify_json(&["--status", "418", "-H", "x-should-retry: true"], body);
    assert_eq!(v["retryable"], true);
    assert_eq!(v["delay_ms"], 500);
}

#[test]
fn the_body_comes_from_a_file_an_argument_or_stdin_alike() {
    let path = fixture("rate-limited-body.json");
    let from_file = run(&[
        "classify",
        "--status",
        "429",
        "--json",
        "--body-file",
        &path,
    ]);
    assert_eq!(from_file.code, 0, "{}", from_file.err);
    let text =
        std::fs::read_to_string(crate::fixture_path("rate-limited-body.json")).expect("fixture");
    let from_arg = run(&["classify", "--status", "429", "--json", "--body", &text]);
    let from_stdin = run_with(
        errspec()
            .args(["classify", "--status", "429", "--json"])
            .write_stdin(text.clone()),
    );
    let from_dash = run_with(
        errspec()
            .args(["classify", "--status", "429", "--json", "--body-file", "-"])
            .write_stdin(text),
    );
    assert_eq!(from_file.out, from_arg.out);
    assert_eq!(from_file.out, from_stdin.out);
    assert_eq!(from_file.out, from_dash.out);
    assert!(
        from_file
            .out
            .contains("\"code\":\"tokens_per_min_exceeded\""),
        "{}",
        from_file.out
    );
}

#[test]
fn another_spec_is_used_with_spec() {
    let v = classify_json(&["--spec", &fixture("acme.json"), "--status", "429"], "");
    assert_eq!(v["code"], "too_fast");
    assert_eq!(v["strategy"], "backoff");
    assert_eq!(v["delay_ms"], 1000);
    assert_eq!(v["delay_max_ms"], 1500);
}

#[test]
fn bad_arguments_exit_2() {
    for args in [
        &["classify"][..],
        &["classify", "--status", "abc"],
        &["classify", "--status", "42"],
        &["classify", "--status", "429", "-H", "no colon here"],
        &["classify", "--status", "429", "-H", ": empty name"],
        &["classify", "--status", "429", "--attempt", "0"],
        &[
            "classify",
            "--status",
            "429",
            "--body",
            "{}",
            "--body-file",
            "x.json",
        ],
        &[
            "classify",
            "--status",
            "429",
            "--body-file",
            "no/such/body.json",
        ],
        &["classify", "--status", "429", "--spec", "no/such/spec.json"],
        &["classify", "--status", "429", "--spec", "-"],
    ] {
        let r = run(args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.err);
        assert!(r.out.is_empty(), "{args:?}");
        assert!(r.err.starts_with("error: "), "{args:?}: {}", r.err);
    }
}

#[test]
fn the_bundled_spec_is_chosen_by_what_the_response_looks_like() {
    let anthropic =
        r#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#;
    let v = classify_json(&["--status", "529"], anthropic);
    assert_eq!(v["spec"], "anthropic");
    assert_eq!(v["category"], "overloaded");
    assert_eq!(v["retryable"], true);
    let gemini = r#"{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT"}}"#;
    let v = classify_json(&["--status", "400"], gemini);
    assert_eq!(v["spec"], "gemini");
    assert_eq!(v["category"], "authentication");
    let azure = r#"{"error":{"code":"DeploymentNotFound","message":"The API deployment for this resource does not exist."}}"#;
    let v = classify_json(&["--status", "404"], azure);
    assert_eq!(v["spec"], "azure_openai");
    assert_eq!(v["code"], "DeploymentNotFound");
    // Headers say more than the body.
    let plain = r#"{"error":{"message":"m","type":"invalid_request_error"}}"#;
    let v = classify_json(&["--status", "400", "-H", "apim-request-id: 1"], plain);
    assert_eq!(v["spec"], "azure_openai");
}

#[test]
fn the_provider_can_be_named_and_a_wrong_name_is_a_usage_error() {
    let body = r#"{"error":{"message":"m","type":"invalid_request_error","code":null}}"#;
    let v = classify_json(&["--status", "400", "--provider", "anthropic"], body);
    assert_eq!(v["spec"], "anthropic");
    let v = classify_json(&["--status", "400", "--provider", "auto"], body);
    assert_eq!(v["spec"], "openai");
    for azure in ["azure", "azure-openai", "azure_openai"] {
        let v = classify_json(&["--status", "400", "--provider", azure], body);
        assert_eq!(v["spec"], "azure_openai", "{azure}");
    }
    let r = run(&["classify", "--status", "400", "--provider", "acme"]);
    assert_eq!(r.code, 2, "{}", r.err);
    assert!(
        r.err.contains(
            "expected `auto` or one of openai, azure_openai, anthropic, gemini, openrouter, litellm (or `azure`)"
        ),
        "{}",
        r.err
    );
}

#[test]
fn an_error_inside_a_success_is_classified_with_the_status_it_stands_for() {
    // An Anthropic stream's error event, inside a 200 (anthropics/claude-code issues).
    let event = r#"{"type": "error", "error": {"details": null, "type": "overloaded_error", "message": "Overloaded"}}"#;
    let v = classify_json(&["--status", "200"], event);
    assert_eq!(v["status"], 529);
    assert_eq!(v["http_status"], 200, "the HTTP status is kept beside it");
    assert_eq!(v["code"], "overloaded_error");
    assert_eq!(v["retryable"], true);
    // A gateway's 200 whose error carries an HTTP code.
    let gateway = r#"{"error":{"message":"Rate limit exceeded","code":429}}"#;
    let v = classify_json(&["--status", "200"], gateway);
    assert_eq!(v["status"], 429);
    assert_eq!(v["category"], "rate_limit");
    // A Responses API stream's error event as openai/openai-dotnet#881 quotes it, in its
    // SSE framing: OpenAI's (not Anthropic's, though it also says `"type":"error"`), and
    // the 429 its code stands for.
    let responses = "event: error\ndata: {\"type\":\"error\",\"sequence_number\":2,\"error\":{\"type\":\"too_many_requests\",\"code\":\"too_many_requests\",\"message\":\"Too Many Requests\",\"param\":null}}\n\n";
    let v = classify_json(&["--status", "200"], responses);
    assert_eq!(v["spec"], "openai");
    assert_eq!(v["status"], 429);
    assert_eq!(v["code"], "rate_limit_exceeded");
    assert_eq!(v["matched_by"], "alias_code");
    // A real success stays what it is.
    let ok = r#"{"id":"chatcmpl-1","choices":[],"error":null}"#;
    let v = classify_json(&["--status", "200"], ok);
    assert_eq!(v["status"], 200);
    assert_eq!(v["known"], false);
    assert!(v.get("http_status").is_none(), "{v}");
    // The text says so too.
    let r = run(&["classify", "--status", "200", "--body", gateway]);
    assert!(
        r.out
            .starts_with("status    429 Too Many Requests (in band: the HTTP status was 200)\n"),
        "{}",
        r.out
    );
}
