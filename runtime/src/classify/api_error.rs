//! [`ApiError`]: a classified error that owns its details, to return from client calls.

use super::{Classification, ErrorDetails, default_strategy_for_status};
use crate::catalog::{Catalog, Category, Entry, RetryStrategy};
use crate::response::redact::Redacted;
use std::fmt;

/// A classified error response that owns its details: the error type to return from a
/// client call.
///
/// `Display` gives the catalog's message, the server's message and the request id;
/// `Debug` shows every detail. Both redact API keys.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiError<C> {
    pub(super) code: Option<C>,
    // Boxed so `Result<T, ApiError<C>>` stays small: errors are rare, results are not.
    pub(super) details: Box<ErrorDetails<'static>>,
}

impl<C: Catalog> ApiError<C> {
    #[doc(hidden)]
    /// An error from owned details and the code they were classified as.
    pub fn new(code: Option<C>, details: ErrorDetails<'_>) -> Self {
        ApiError {
            code,
            details: Box::new(details.into_owned()),
        }
    }

    /// The catalog code, when known.
    pub fn code(&self) -> Option<C> {
        self.code
    }

    /// The catalog entry, when known.
    pub fn entry(&self) -> Option<&'static Entry> {
        self.code.map(C::entry)
    }

    /// What the response said.
    pub fn details(&self) -> &ErrorDetails<'static> {
        &self.details
    }

    /// The response's HTTP status.
    pub fn status(&self) -> u16 {
        self.details.status
    }

    /// The entry's category, or [`Category::Unknown`].
    pub fn category(&self) -> Category {
        self.code.map_or(Category::Unknown, C::category)
    }

    /// The entry's retry strategy, or the status default ([`default_strategy_for_status`]).
    pub fn retry_strategy(&self) -> &'static RetryStrategy {
        match self.code {
            Some(code) => code.retry_strategy(),
            None => default_strategy_for_status(self.details.status),
        }
    }

    /// Whether the catalog does not know the error.
    pub fn is_unknown(&self) -> bool {
        self.code.is_none()
    }

    #[doc(hidden)]
    /// The same error as a [`Classification`].
    pub fn as_classification(&self) -> Classification<'_, C> {
        let details = (*self.details).clone();
        match self.code {
            Some(code) => Classification::Known { code, details },
            None => Classification::Unknown(details),
        }
    }
}

impl<C: Catalog> From<Classification<'_, C>> for ApiError<C> {
    fn from(c: Classification<'_, C>) -> Self {
        c.into_owned()
    }
}

impl<C: Catalog> fmt::Display for ApiError<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_error(self.entry(), &self.details, f)
    }
}

/// One log line, the same as the [`ApiError`]'s:
/// `Rate limit reached (rate_limit_exceeded, status 429): <server message> (request id req_1)`,
/// or `unknown API error (status 418, code teapot): …` when the catalog does not know the
/// error. API keys are redacted.
impl<C: Catalog> fmt::Display for Classification<'_, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_error(self.entry(), self.details(), f)
    }
}

/// The entry's message, code and the status, then the server's message and request id.
fn write_error(
    entry: Option<&Entry>,
    d: &ErrorDetails<'_>,
    f: &mut fmt::Formatter<'_>,
) -> fmt::Result {
    match entry {
        Some(entry) => write!(f, "{} ({}, status {})", entry.message, entry.code, d.status)?,
        None => {
            write!(f, "unknown API error (status {}", d.status)?;
            if let Some(code) = d.code() {
                write!(f, ", code {}", Redacted(code))?;
            }
            f.write_str(")")?;
        }
    }
    if let Some(m) = d.message_unredacted() {
        write!(f, ": {}", Redacted(m))?;
    }
    if let Some(id) = d.request_id() {
        write!(f, " (request id {})", Redacted(id))?;
    }
    Ok(())
}

impl<C: fmt::Debug> fmt::Debug for ApiError<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("code", &self.code)
            .field("details", &self.details)
            .finish()
    }
}

impl<C: Catalog> std::error::Error for ApiError<C> {}
