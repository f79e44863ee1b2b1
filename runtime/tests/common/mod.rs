//! A small hand-written catalog modelled on OpenAI's errors, and typical response bodies,
//! shared by the classification tests, the allocation test and the benchmark.

#![allow(dead_code)] // each test binary uses a different part

use core::fmt;
use core::time::Duration;
use errspec_runtime::{
    Backoff, Catalog, Category, Entry, EntryText, ErrorTypeCatalog, ErrorTypeEntry, RetryStrategy,
    SpecInfo,
};

pub static BACKOFF: RetryStrategy = RetryStrategy {
    name: "exponential_backoff",
    description: "back off",
    backoff: Backoff::Exponential {
        initial: Duration::from_secs(1),
        multiplier: 2.0,
        jitter: Duration::from_secs(1),
    },
    max_attempts: 5,
    max_delay: Duration::from_secs(60),
};

pub static IMMEDIATE_THEN_BACKOFF: RetryStrategy = RetryStrategy {
    name: "immediate_then_backoff",
    description: "retry now, then back off",
    backoff: Backoff::ImmediateThenExponential {
        immediate: 1,
        initial: Duration::from_secs(1),
        multiplier: 2.0,
        jitter: Duration::from_millis(500),
    },
    max_attempts: 4,
    max_delay: Duration::from_secs(30),
};

pub static NEVER: RetryStrategy = RetryStrategy {
    name: "never",
    description: "do not retry",
    backoff: Backoff::Never,
    max_attempts: 1,
    max_delay: Duration::ZERO,
};

const fn entry(
    code: &'static str,
    variant: &'static str,
    status: u16,
    error_type: &'static str,
    category: Category,
    retry: &'static RetryStrategy,
) -> Entry {
    Entry {
        code,
        status,
        alias_statuses: &[],
        alias_codes: &[],
        error_type,
        alias_types: &[],
        patterns: &[],
        refines: None,
        refined: false,
        category,
        message: variant,
        retry,
        null_code: false,
        fallback: false,
        type_fallback: false,
        text: &EntryText::EMPTY,
    }
}

const INVALID: &str = "invalid_request_error";

static ENTRIES: [Entry; 10] = [
    Entry {
        message: "the API key is not valid",
        ..entry(
            "invalid_api_key",
            "InvalidApiKey",
            401,
            INVALID,
            Category::Authentication,
            &NEVER,
        )
    },
    Entry {
        fallback: true,
        null_code: true,
        ..entry(
            "invalid_request",
            "InvalidRequest",
            400,
            INVALID,
            Category::InvalidRequest,
            &NEVER,
        )
    },
    entry(
        "context_length_exceeded",
        "ContextLengthExceeded",
        400,
        INVALID,
        Category::ContextLength,
        &NEVER,
    ),
    entry(
        "content_filter",
        "ContentFilter",
        400,
        INVALID,
        Category::InvalidRequest,
        &NEVER,
    ),
    // Two 404 entries and no fallback: a 404 without a code stays unknown.
    entry(
        "model_not_found",
        "ModelNotFound",
        404,
        INVALID,
        Category::NotFound,
        &NEVER,
    ),
    entry(
        "unknown_url",
        "UnknownUrl",
        404,
        INVALID,
        Category::NotFound,
        &NEVER,
    ),
    Entry {
        message: "too many requests",
        fallback: true,
        ..entry(
            "rate_limit_exceeded",
            "RateLimitExceeded",
            429,
            "rate_limit_error",
            Category::RateLimit,
            &BACKOFF,
        )
    },
    Entry {
        message: "the quota is used up",
        ..entry(
            "insufficient_quota",
            "InsufficientQuota",
            429,
            "insufficient_quota",
            Category::Quota,
            &NEVER,
        )
    },
    Entry {
        null_code: true,
        fallback: true,
        alias_statuses: &[502],
        ..entry(
            "internal_server_error",
            "InternalServerError",
            500,
            "server_error",
            Category::Server,
            &IMMEDIATE_THEN_BACKOFF,
        )
    },
    Entry {
        null_code: true,
        ..entry(
            "server_overloaded",
            "ServerOverloaded",
            503,
            "server_error",
            Category::Overloaded,
            &BACKOFF,
        )
    },
];

/// The fixture catalog's codes, in `ENTRIES` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fx {
    InvalidApiKey,
    InvalidRequest,
    ContextLengthExceeded,
    ContentFilter,
    ModelNotFound,
    UnknownUrl,
    RateLimitExceeded,
    InsufficientQuota,
    InternalServerError,
    ServerOverloaded,
}

impl fmt::Display for Fx {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Catalog for Fx {
    type ErrorType = FxType;
    const SPEC: SpecInfo = SpecInfo {
        name: "fixture",
        title: "Fixture API",
        version: 1,
    };
    const ALL: &'static [Fx] = &[
        Fx::InvalidApiKey,
        Fx::InvalidRequest,
        Fx::ContextLengthExceeded,
        Fx::ContentFilter,
        Fx::ModelNotFound,
        Fx::UnknownUrl,
        Fx::RateLimitExceeded,
        Fx::InsufficientQuota,
        Fx::InternalServerError,
        Fx::ServerOverloaded,
    ];

    fn entry(self) -> &'static Entry {
        &ENTRIES[self as usize]
    }

    fn from_code(code: &str) -> Option<Fx> {
        // A `match`, as the generator emits: no hashing, no allocation.
        Some(match code {
            "invalid_api_key" => Fx::InvalidApiKey,
            "invalid_request" => Fx::InvalidRequest,
            "context_length_exceeded" => Fx::ContextLengthExceeded,
            "content_filter" => Fx::ContentFilter,
            "model_not_found" => Fx::ModelNotFound,
            "unknown_url" => Fx::UnknownUrl,
            "rate_limit_exceeded" => Fx::RateLimitExceeded,
            "insufficient_quota" => Fx::InsufficientQuota,
            "internal_server_error" => Fx::InternalServerError,
            "server_overloaded" => Fx::ServerOverloaded,
            _ => return None,
        })
    }

    fn error_type(self) -> FxType {
        FxType::from_name(self.entry().error_type).unwrap_or(FxType::ServerError)
    }
}

static TYPES: [ErrorTypeEntry; 4] = [
    ErrorTypeEntry {
        name: INVALID,
        variant: "InvalidRequestError",
        description: "",
    },
    ErrorTypeEntry {
        name: "rate_limit_error",
        variant: "RateLimitError",
        description: "",
    },
    ErrorTypeEntry {
        name: "insufficient_quota",
        variant: "InsufficientQuota",
        description: "",
    },
    ErrorTypeEntry {
        name: "server_error",
        variant: "ServerError",
        description: "",
    },
];

/// The fixture catalog's error types, in `TYPES` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FxType {
    InvalidRequestError,
    RateLimitError,
    InsufficientQuota,
    ServerError,
}

impl fmt::Display for FxType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ErrorTypeCatalog for FxType {
    const ALL: &'static [FxType] = &[
        FxType::InvalidRequestError,
        FxType::RateLimitError,
        FxType::InsufficientQuota,
        FxType::ServerError,
    ];

    fn entry(self) -> &'static ErrorTypeEntry {
        &TYPES[self as usize]
    }

    fn from_name(name: &str) -> Option<FxType> {
        FxType::ALL.iter().copied().find(|t| t.as_str() == name)
    }
}

/// A 429 as OpenAI sends it for a tokens-per-minute limit (type `tokens`, a long message).
pub const RATE_LIMIT_BODY: &[u8] = br#"{
    "error": {
        "message": "Rate limit reached for gpt-4o in organization org-AbCdEf123456 on tokens per min (TPM): Limit 30000, Used 29472, Requested 1841. Please try again in 2.626s. Visit https://platform.openai.com/account/rate-limits to learn more.",
        "type": "tokens",
        "param": null,
        "code": "rate_limit_exceeded"
    }
}
"#;

/// A 401 for a wrong key, with the key partly echoed as OpenAI does.
pub const INVALID_KEY_BODY: &[u8] = br#"{
    "error": {
        "message": "Incorrect API key provided: sk-proj-********************************************************************************************************************************************************xY9z. You can find your API key at https://platform.openai.com/account/api-keys.",
        "type": "invalid_request_error",
        "param": null,
        "code": "invalid_api_key"
    }
}
"#;

/// A 500 with a null code.
pub const SERVER_ERROR_BODY: &[u8] = br#"{
  "error": {
    "message": "The server had an error while processing your request. Sorry about that!",
    "type": "server_error",
    "param": null,
    "code": null
  }
}
"#;

/// A 400 for a prompt that does not fit.
pub const CONTEXT_LENGTH_BODY: &[u8] = br#"{
  "error": {
    "message": "This model's maximum context length is 128000 tokens. However, your messages resulted in 130532 tokens. Please reduce the length of the messages.",
    "type": "invalid_request_error",
    "param": "messages",
    "code": "context_length_exceeded"
  }
}
"#;

/// A 429 for a used-up quota.
pub const QUOTA_BODY: &[u8] = br#"{"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}"#;

/// The typical bodies with their statuses, for loops.
pub const TYPICAL: &[(&str, u16, &[u8])] = &[
    ("rate_limit", 429, RATE_LIMIT_BODY),
    ("invalid_api_key", 401, INVALID_KEY_BODY),
    ("server_error_null_code", 500, SERVER_ERROR_BODY),
    ("context_length", 400, CONTEXT_LENGTH_BODY),
];

/// Headers as OpenAI sends them with an error.
pub const HEADERS: [(&str, &str); 3] = [
    ("content-type", "application/json"),
    ("x-request-id", "req_5f1c2a9b7d3e4f60a1b2c3d4e5f60718"),
    ("retry-after", "3"),
];
