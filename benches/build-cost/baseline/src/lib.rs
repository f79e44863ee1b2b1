//! The hand-written way: deserialize OpenAI's error envelope with serde, map the code
//! string to an enum (codes.rs, one variant per entry of errspec's OpenAI spec), Display
//! via thiserror.

mod codes;
pub use codes::{Category, OpenAiErrorCode};

use serde::Deserialize;

/// `{"error": {...}}`, as OpenAI sends it.
#[derive(Debug, Deserialize)]
pub struct Envelope {
    pub error: ErrorBody,
}

/// The body of an error response.
#[derive(Debug, Deserialize)]
pub struct ErrorBody {
    pub message: String,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub param: Option<String>,
    pub code: Option<String>,
}

/// A failed API call.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{code} ({status}): {message}")]
    Known {
        code: OpenAiErrorCode,
        status: u16,
        message: String,
    },
    #[error("HTTP {status}: {message}")]
    Unknown {
        status: u16,
        code: Option<String>,
        message: String,
    },
    #[error("unreadable error body (HTTP {status}): {source}")]
    Body {
        status: u16,
        #[source]
        source: serde_json::Error,
    },
}

impl ApiError {
    /// The category of a known code; `None` for anything else.
    pub fn category(&self) -> Option<Category> {
        match self {
            ApiError::Known { code, .. } => Some(code.category()),
            _ => None,
        }
    }

    /// Whether to retry: by the code when known, else by the status.
    pub fn is_retryable(&self) -> bool {
        match self {
            ApiError::Known { code, .. } => code.is_retryable(),
            ApiError::Unknown { status, .. } | ApiError::Body { status, .. } => {
                matches!(status, 408 | 409 | 429 | 500..=599)
            }
        }
    }
}

/// Turns an error response into an [`ApiError`].
pub fn classify(status: u16, body: &[u8]) -> ApiError {
    match serde_json::from_slice::<Envelope>(body) {
        Ok(Envelope { error }) => {
            match error.code.as_deref().and_then(OpenAiErrorCode::from_code) {
                Some(code) => ApiError::Known {
                    code,
                    status,
                    message: error.message,
                },
                None => ApiError::Unknown {
                    status,
                    code: error.code,
                    message: error.message,
                },
            }
        }
        Err(source) => ApiError::Body { status, source },
    }
}
