//! A downstream crate with a spec of its own: Anthropic's Messages API errors, used both
//! as a generated catalog and through an error enum shaped for the application.

use std::time::{Duration, SystemTime};

use errspec::runtime::RetryHints;
use errspec::runtime::retry::FailedResponse;

errspec::catalog! {
    /// Anthropic's error codes (errspec's names: Anthropic sends only a type).
    pub enum AnthropicCode from "anthropic-errors.json";
}

/// The errors this application cares about, checked against the same spec.
#[derive(Debug, errspec::SpecError)]
#[spec_error(catalog = AnthropicCode)]
pub enum ClaudeError {
    /// Slow down; the server said how long for, when it did.
    #[spec_error(code = "rate_limited" | "overloaded", display = "busy ({code:?}), retry after {retry_after:?}")]
    Busy {
        /// Which of the two it was.
        code: Option<AnthropicCode>,
        /// The server's requested delay.
        retry_after: Option<Duration>,
        /// `rate_limited` (429) or `overloaded` (529).
        status: u16,
    },
    /// The key is wrong.
    Authentication,
    /// The request must change before it is sent again.
    #[spec_error(code = ["invalid_request", "request_too_large"])]
    BadRequest {
        /// What the server said was wrong.
        message: String,
    },
    /// Anything else, with everything the response said.
    #[spec_error(other)]
    Other(Box<errspec::runtime::ErrorDetails<'static>>),
}

/// Classifies an Anthropic response into the application's error, with the server's
/// retry hints (`retry-after`) filled in.
pub fn classify(status: u16, headers: &[(&str, &str)], body: &[u8]) -> ClaudeError {
    let classified = errspec::runtime::classify::<AnthropicCode>(status, headers, body);
    let hints = RetryHints::from_response(
        status,
        headers,
        classified.details().message_unredacted(),
        SystemTime::now(),
    );
    ClaudeError::from(FailedResponse {
        error: classified.into_owned(),
        hints,
    })
}
