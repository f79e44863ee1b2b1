//! [`ApiError`]: a classified error that owns its details, to return from client calls.

use super::Classification;
use crate::catalog::Catalog;
use crate::response::redact::Redacted;
use std::fmt;

/// A classified error response that owns its details: the error type to return from a
/// client call. It is the [`Classification`] boxed, so `Result<T, ApiError<C>>` stays
/// small (errors are rare, results are not): read it with the classification's methods
/// ([`code`](Classification::code), [`category`](Classification::category),
/// [`details`](Classification::details), ...), or match on `*error`.
///
/// `Display` gives the catalog's message, the server's message and the request id;
/// `Debug` shows every detail. Both redact API keys.
pub type ApiError<C> = Box<Classification<'static, C>>;

/// One log line, the same as the [`ApiError`]'s:
/// `Rate limit reached (rate_limit_exceeded, status 429): <server message> (request id req_1)`,
/// or `unknown API error (status 418, code teapot): …` when the catalog does not know the
/// error. API keys are redacted.
impl<C: Catalog> fmt::Display for Classification<'_, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.details();
        match self.entry() {
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
}

impl<C: Catalog> std::error::Error for Classification<'_, C> {}
