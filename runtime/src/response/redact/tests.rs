use super::*;

#[test]
fn masks_keys_and_keeps_their_kind() {
    assert_eq!(redact("key sk-abcDEF123_x-y"), "key sk-****");
    assert_eq!(redact("sk-proj-AbC123"), "sk-proj-****");
    assert_eq!(redact("(sk-ant-api03-xyz)"), "(sk-ant-****)");
    assert_eq!(redact("a sk-1 and b sk-2."), "a sk-**** and b sk-****.");
    assert_eq!(redact("SK-PROJ-ABC"), "SK-PROJ-****");
}

#[test]
fn masks_keys_after_underscores_digits_and_stars() {
    assert_eq!(redact("OPENAI_KEY_sk-abc123"), "OPENAI_KEY_sk-****");
    assert_eq!(redact("1sk-abc *sk-def"), "1sk-**** *sk-****");
}

#[test]
fn masks_keys_with_dots_and_slashes_whole() {
    assert_eq!(redact("sk-abc.def/ghi+j=k."), "sk-****.");
    assert_eq!(redact("see sk-abc/."), "see sk-****/.");
}

#[test]
fn masks_server_masked_keys_whole() {
    let msg = "Incorrect API key provided: sk-abc1****************xyz9. You can find";
    assert_eq!(
        redact(msg),
        "Incorrect API key provided: sk-****. You can find"
    );
}

#[test]
fn masks_google_keys() {
    let key = "AIzaSyA1b2C3d4E5f6G7h8I9j0K_L-M1n2O3p4Q";
    assert_eq!(
        redact(&format!("https://x/v1?key={key}&alt=json")),
        "https://x/v1?key=AIza****&alt=json"
    );
    // Too short to be a key: a word.
    assert!(!contains_secret("AIzawl is a city"));
}

#[test]
fn masks_values_in_api_key_contexts() {
    let hex = "0123456789abcdef0123456789ABCDEF";
    for (text, shown) in [
        (format!("api-key: {hex}"), "api-key: ****"),
        (format!("Api-Key={hex}"), "Api-Key=****"),
        (
            format!(r#"{{"x-api-key": "{hex}"}}"#),
            r#"{"x-api-key": "****"}"#,
        ),
        (format!("OPENAI_API_KEY={hex}"), "OPENAI_API_KEY=****"),
        (
            format!("Ocp-Apim-Subscription-Key: {hex}"),
            "Ocp-Apim-Subscription-Key: ****",
        ),
        (format!("/v1?key={hex}"), "/v1?key=****"),
        ("api_key=sk-proj-abc".to_owned(), "api_key=sk-proj-****"),
    ] {
        assert_eq!(redact(&text), shown, "{text}");
    }
}

#[test]
fn masks_bearer_and_basic_credentials_in_their_spellings() {
    for (text, shown) in [
        (
            "Authorization: Bearer eyJ.a-b_c/d+e=",
            "Authorization: Bearer ****",
        ),
        ("bearer  tok12345", "bearer  ****"),
        ("Bearer\ntok12345x", "Bearer\n****"),
        ("Bearer:tok12345x", "Bearer:****"),
        ("Bearer%20sk-abc", "Bearer%20sk-****"),
        ("Bearer%20tok12345x", "Bearer%20****"),
        ("Bearer =sk-ab", "Bearer =sk-****"),
        (
            "Authorization: Basic dXNlcjpwYXNz",
            "Authorization: Basic ****",
        ),
        ("basic:dXNlcjpwYXNzd29yZA==", "basic:****"),
        ("Bearer abcdefghijklmnopqrstuvwxyz", "Bearer ****"),
    ] {
        assert_eq!(redact(text), shown, "{text:?}");
    }
}

#[test]
fn reads_json_escapes() {
    for (text, shown) in [
        (r"\u0073k-abc123", r"\u0073k-****"),
        (r"sk\u002dabc123", r"sk\u002d****"),
        (r"line\nsk-abc123", r"line\nsk-****"),
        (r"sk-abc\u0031\u0032 done", r"sk-**** done"),
        (
            r#"{\"api-key\":\"0123456789abcdef0123\"}"#,
            r#"{\"api-key\":\"****\"}"#,
        ),
        (r"Bearer\ntok12345x", r"Bearer\n****"),
        // An escaped backslash and a letter: a line break once decoded twice.
        (r"line\\nsk-abc123", r"line\\nsk-****"),
        (r"\\nBearer tok12345x", r"\\nBearer ****"),
    ] {
        assert_eq!(redact(text), shown, "{text}");
    }
}

#[test]
fn leaves_ordinary_words_alone_without_copying() {
    for text in [
        "risk-free task-based ask-me disk-",
        "a bearer of news",
        "a bearer certificate.",
        "basic understanding of Authentication",
        "sk-",
        "sk-****",
        "Bearer ****",
        "api-key: ****",
        "Bearer",
        "bearers",
        "",
        "ünïcødé sk",
        "req_0123456789abcdef0123456789abcdef",
        "x-request-id: 0123456789abcdef0123456789abcdef",
        "gpt-4o-mini claude-3-5-sonnet-20241022 gemini-1.5-pro text-embedding-3-small",
        "the api-key header is missing",
        "api_key: null",
        r"C:\\Users\\x \u00e9 \q \u12",
    ] {
        assert!(matches!(redact(text), Cow::Borrowed(_)), "{text:?}");
        assert!(!contains_secret(text), "{text:?}");
    }
}

#[test]
fn is_idempotent_on_tricky_inputs() {
    for text in [
        "Bearer =sk-ab",
        "Bearer ab.sk-c",
        "Bearer sk-proj-abc",
        "Bearer AIzaSyA1b2C3d4E5f6G7h8I9j0K_L-M1n2O3p4Q",
        "api-key: sk-ant-abc",
        "api-key: x.sk-a",
        "sk-sk-sk-",
        "sk-proj-",
        r"\u0073k-\u0073k-a",
        "Bearer Bearer Bearer12",
    ] {
        let once = redact(text);
        assert_eq!(redact(&once), once, "{text:?}");
    }
}

#[test]
fn display_and_debug_agree_with_redact() {
    let text = "say \"hi\" sk-secret\n";
    assert_eq!(Redacted(text).to_string(), redact(text));
    assert_eq!(format!("{:?}", Redacted(text)), r#""say \"hi\" sk-****\n""#);
}

#[test]
fn survives_multibyte_text_around_keys() {
    assert_eq!(redact("é sk-é"), "é sk-é");
    assert_eq!(redact("ésk-x"), "ésk-****");
    assert_eq!(redact("Bearer é12345678"), "Bearer é12345678");
}

#[test]
fn write_redacted_masks_formatted_arguments() {
    struct Shown<'a>(&'a str);
    impl Display for Shown<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write_redacted(f, format_args!("denied: {}", self.0))
        }
    }
    assert_eq!(Shown("sk-abc").to_string(), "denied: sk-****");
    struct Literal;
    impl Display for Literal {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write_redacted(f, format_args!("token Bearer abc12345"))
        }
    }
    assert_eq!(Literal.to_string(), "token Bearer ****");
}
