//! Every key shape and spelling the redaction rule recognises (`errspec_runtime::response::redact`),
//! for the survey tests of every output path (runtime, derive, CLI). Shared by path so
//! that the three surveys cannot drift apart.

/// One key as a server or a transport might write it.
pub struct KeyShape {
    /// What it is, for failure messages.
    pub name: &'static str,
    /// The text as written inside a JSON string (escapes and all).
    pub json: &'static str,
    /// The same text decoded: what a message, a header or a URL holds.
    pub text: &'static str,
    /// A part of the key that must never be shown.
    pub secret: &'static str,
}

const fn shape(
    name: &'static str,
    json: &'static str,
    text: &'static str,
    secret: &'static str,
) -> KeyShape {
    KeyShape {
        name,
        json,
        text,
        secret,
    }
}

/// The survey's inputs: one row per shape and spelling.
pub const KEY_SHAPES: &[KeyShape] = &[
    shape(
        "openai",
        "key sk-S3cretOpenAI0001xyz",
        "key sk-S3cretOpenAI0001xyz",
        "S3cretOpenAI0001",
    ),
    shape(
        "openai project",
        "sk-proj-S3cretProj0002abc",
        "sk-proj-S3cretProj0002abc",
        "S3cretProj0002",
    ),
    shape(
        "anthropic",
        "sk-ant-api03-S3cretAnth0003-AAbb",
        "sk-ant-api03-S3cretAnth0003-AAbb",
        "S3cretAnth0003",
    ),
    shape(
        "google",
        "AIzaSyS3cretGoog0004abcdefghijklmnopqrs",
        "AIzaSyS3cretGoog0004abcdefghijklmnopqrs",
        "S3cretGoog0004",
    ),
    shape(
        "google in a url",
        "https://generativelanguage.googleapis.com/v1beta/models?key=AIzaSyS3cretGoog0005abcdefghijklmnopqrs&alt=sse",
        "https://generativelanguage.googleapis.com/v1beta/models?key=AIzaSyS3cretGoog0005abcdefghijklmnopqrs&alt=sse",
        "S3cretGoog0005",
    ),
    shape(
        "azure header",
        "api-key: 5ec7e75ec7e75ec7e75ec7e7000600ff",
        "api-key: 5ec7e75ec7e75ec7e75ec7e7000600ff",
        "5ec7e75ec7e75ec7e75ec7e7000600ff",
    ),
    shape(
        "azure in json",
        r#"{\"api-key\":\"5ec7e75ec7e75ec7e75ec7e7000700ff\"}"#,
        r#"{"api-key":"5ec7e75ec7e75ec7e75ec7e7000700ff"}"#,
        "5ec7e75ec7e75ec7e75ec7e7000700ff",
    ),
    shape(
        "azure in a url",
        "/openai/deployments/x?api-key=5ec7e75ec7e75ec7e75ec7e7000800ff",
        "/openai/deployments/x?api-key=5ec7e75ec7e75ec7e75ec7e7000800ff",
        "5ec7e75ec7e75ec7e75ec7e7000800ff",
    ),
    shape(
        "bearer",
        "Authorization: Bearer S3cretBearer0009.tok",
        "Authorization: Bearer S3cretBearer0009.tok",
        "S3cretBearer0009",
    ),
    shape(
        "bearer and a line break",
        r"Bearer\nS3cretBearer0010",
        "Bearer\nS3cretBearer0010",
        "S3cretBearer0010",
    ),
    shape(
        "bearer and a colon",
        "Bearer:S3cretBearer0011",
        "Bearer:S3cretBearer0011",
        "S3cretBearer0011",
    ),
    shape(
        "bearer url-encoded",
        "Bearer%20sk-S3cretPct0012",
        "Bearer%20sk-S3cretPct0012",
        "S3cretPct0012",
    ),
    shape(
        "bearer and =",
        "Bearer =sk-S3cretEq0013",
        "Bearer =sk-S3cretEq0013",
        "S3cretEq0013",
    ),
    shape(
        "basic",
        "Authorization: Basic dXNlcjpTM2NyZXQwMDE0",
        "Authorization: Basic dXNlcjpTM2NyZXQwMDE0",
        "dXNlcjpTM2NyZXQwMDE0",
    ),
    shape(
        "after an underscore",
        "OPENAI_KEY_sk-S3cretUnd0015",
        "OPENAI_KEY_sk-S3cretUnd0015",
        "S3cretUnd0015",
    ),
    shape(
        "after a digit",
        "1sk-S3cretDig0016",
        "1sk-S3cretDig0016",
        "S3cretDig0016",
    ),
    shape(
        "after a star",
        "*sk-S3cretStar0017",
        "*sk-S3cretStar0017",
        "S3cretStar0017",
    ),
    shape(
        "upper case",
        "SK-S3CRETUPPER0018",
        "SK-S3CRETUPPER0018",
        "S3CRETUPPER0018",
    ),
    shape(
        "with . and /",
        "sk-abc.S3cretDot0019/tail",
        "sk-abc.S3cretDot0019/tail",
        "S3cretDot0019/tail",
    ),
    shape(
        r"escaped \u0073",
        r"\u0073k-S3cretEsc0020",
        "sk-S3cretEsc0020",
        "S3cretEsc0020",
    ),
    shape(
        r"escaped \u002d",
        r"sk\u002dS3cretEsc0021",
        "sk-S3cretEsc0021",
        "S3cretEsc0021",
    ),
    shape(
        r"after an escaped \n",
        r"line\nsk-S3cretEsc0022",
        "line\nsk-S3cretEsc0022",
        "S3cretEsc0022",
    ),
    shape(
        r"after an escaped \ and n",
        r"line\\nsk-S3cretEsc0023",
        r"line\nsk-S3cretEsc0023",
        "S3cretEsc0023",
    ),
    shape(
        "bearer, letters only",
        "Bearer abcdefghijklmnopqrstuvwxyz",
        "Bearer abcdefghijklmnopqrstuvwxyz",
        "ghijklmnopqrstuv",
    ),
];

/// Fails naming the shape and the path when `shown` holds the shape's secret.
pub fn assert_hidden(shape: &KeyShape, path: &str, shown: &str) {
    assert!(
        !shown.contains(shape.secret),
        "{} key `{}` shown by {path}:\n{shown}",
        shape.name,
        shape.secret
    );
}

/// Texts that must come out unchanged: request ids, ordinary words, model names.
pub const NOT_SECRETS: &[&str] = &[
    "req_5f1c2a9b7d3e4f60a1b2c3d4e5f60718",
    "x-request-id: 0123456789abcdef0123456789abcdef",
    "apim-request-id: 3f2a1b4c-5d6e-7f80-9a1b-2c3d4e5f6a7b",
    "task-based ask-me risk-free disk-usage",
    "gpt-4o-mini claude-3-5-sonnet-20241022 gemini-1.5-pro-002 text-embedding-3-small",
    "a bearer of news, a basic understanding",
];
