//! A small catalog written by hand, the way `errspec::catalog!` would generate it.

use core::fmt;
use core::time::Duration;

use errspec_runtime::{
    Backoff, Catalog, Category, Entry, EntryText, ErrorTypeCatalog, ErrorTypeEntry, RetryStrategy,
    SpecInfo,
};

pub static NEVER: RetryStrategy = RetryStrategy {
    name: "never",
    description: "Do not retry.",
    backoff: Backoff::Never,
    max_attempts: 1,
    max_delay: Duration::ZERO,
};

pub static EXPONENTIAL: RetryStrategy = RetryStrategy {
    name: "exponential_backoff",
    description: "Back off exponentially with jitter.",
    backoff: Backoff::Exponential {
        initial: Duration::from_secs(1),
        multiplier: 2.0,
        jitter: Duration::from_millis(250),
    },
    max_attempts: 5,
    max_delay: Duration::from_secs(20),
};

pub static IMMEDIATE_THEN_EXPONENTIAL: RetryStrategy = RetryStrategy {
    name: "immediate_then_exponential",
    description: "Retry once at once, then back off.",
    backoff: Backoff::ImmediateThenExponential {
        immediate: 1,
        initial: Duration::from_millis(500),
        multiplier: 2.0,
        jitter: Duration::from_millis(100),
    },
    max_attempts: 3,
    max_delay: Duration::from_secs(8),
};

#[allow(clippy::too_many_arguments)] // a test table, read column by column
const fn entry(
    code: &'static str,
    _variant: &'static str,
    status: u16,
    error_type: &'static str,
    category: Category,
    retry: &'static RetryStrategy,
    synthetic: bool,
    fallback: bool,
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
        message: "test entry",
        retry,
        null_code: synthetic,
        fallback,
        type_fallback: false,
        text: &EntryText::EMPTY,
    }
}

static ENTRIES: [Entry; 5] = [
    entry(
        "invalid_api_key",
        "InvalidApiKey",
        401,
        "invalid_request_error",
        Category::Authentication,
        &NEVER,
        false,
        false,
    ),
    entry(
        "rate_limit_exceeded",
        "RateLimitExceeded",
        429,
        "rate_limit_error",
        Category::RateLimit,
        &EXPONENTIAL,
        false,
        true,
    ),
    entry(
        "insufficient_quota",
        "InsufficientQuota",
        429,
        "insufficient_quota",
        Category::Quota,
        &NEVER,
        false,
        false,
    ),
    entry(
        "internal_server_error",
        "InternalServerError",
        500,
        "server_error",
        Category::Server,
        &IMMEDIATE_THEN_EXPONENTIAL,
        true,
        true,
    ),
    entry(
        "service_unavailable",
        "ServiceUnavailable",
        503,
        "server_error",
        Category::Overloaded,
        &IMMEDIATE_THEN_EXPONENTIAL,
        true,
        true,
    ),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TestCode {
    InvalidApiKey,
    RateLimitExceeded,
    InsufficientQuota,
    InternalServerError,
    ServiceUnavailable,
}

impl fmt::Display for TestCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.entry().message)
    }
}

impl Catalog for TestCode {
    type ErrorType = TestType;
    const SPEC: SpecInfo = SpecInfo {
        name: "test",
        title: "Test API",
        version: 1,
    };
    const ALL: &'static [Self] = &[
        TestCode::InvalidApiKey,
        TestCode::RateLimitExceeded,
        TestCode::InsufficientQuota,
        TestCode::InternalServerError,
        TestCode::ServiceUnavailable,
    ];

    fn entry(self) -> &'static Entry {
        &ENTRIES[self as usize]
    }

    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.entry().code == code)
    }

    fn error_type(self) -> TestType {
        match self {
            TestCode::InvalidApiKey => TestType::InvalidRequestError,
            TestCode::RateLimitExceeded => TestType::RateLimitError,
            TestCode::InsufficientQuota => TestType::InsufficientQuota,
            TestCode::InternalServerError | TestCode::ServiceUnavailable => TestType::ServerError,
        }
    }
}

static TYPES: [ErrorTypeEntry; 4] = [
    ErrorTypeEntry {
        name: "invalid_request_error",
        variant: "InvalidRequestError",
        description: "The request is wrong.",
    },
    ErrorTypeEntry {
        name: "rate_limit_error",
        variant: "RateLimitError",
        description: "Too many requests.",
    },
    ErrorTypeEntry {
        name: "insufficient_quota",
        variant: "InsufficientQuota",
        description: "Out of credit.",
    },
    ErrorTypeEntry {
        name: "server_error",
        variant: "ServerError",
        description: "The server failed.",
    },
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TestType {
    InvalidRequestError,
    RateLimitError,
    InsufficientQuota,
    ServerError,
}

impl fmt::Display for TestType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.entry().name)
    }
}

impl ErrorTypeCatalog for TestType {
    const ALL: &'static [Self] = &[
        TestType::InvalidRequestError,
        TestType::RateLimitError,
        TestType::InsufficientQuota,
        TestType::ServerError,
    ];

    fn entry(self) -> &'static ErrorTypeEntry {
        &TYPES[self as usize]
    }

    fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|t| t.entry().name == name)
    }
}

/// An OpenAI-style error body.
pub fn openai_body(message: &str, error_type: &str, code: Option<&str>) -> String {
    let code = code.map_or("null".to_owned(), |c| format!("\"{c}\""));
    format!(
        r#"{{"error":{{"message":"{message}","type":"{error_type}","param":null,"code":{code}}}}}"#
    )
}

/// A catalog with a single entry (and none for 429): every 429 is unknown to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SparseCode {
    InvalidApiKey,
}

impl fmt::Display for SparseCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.entry().message)
    }
}

impl Catalog for SparseCode {
    type ErrorType = TestType;
    const SPEC: SpecInfo = SpecInfo {
        name: "sparse",
        title: "Sparse API",
        version: 1,
    };
    const ALL: &'static [Self] = &[SparseCode::InvalidApiKey];

    fn entry(self) -> &'static Entry {
        &ENTRIES[0]
    }

    fn from_code(code: &str) -> Option<Self> {
        (code == ENTRIES[0].code).then_some(SparseCode::InvalidApiKey)
    }

    fn error_type(self) -> TestType {
        TestType::InvalidRequestError
    }
}
