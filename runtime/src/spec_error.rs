//! The runtime side of `#[derive(SpecError)]`: the trait a derived enum implements, and the
//! conversions that fill its well-known fields from a classified response.

use core::fmt::{self, Display, Formatter};
use core::time::Duration;

use crate::catalog::{Catalog, Entry, ErrorTypeCatalog, ErrorTypeEntry, RetryPolicy, SpecInfo};
use crate::classify::{ApiError, ErrorDetails, find_entry};
use crate::response::hints::{RetryHints, parse_message_delay};
use crate::response::redact::redact;
use crate::retry::executor::{AttemptError, FailedResponse, RetryError};

/// An error enum written by the user and tied to a spec with `#[derive(errspec::SpecError)]`.
///
/// The derive checks every variant against the spec at compile time and implements this
/// trait, `Display`, `std::error::Error` and conversions from the runtime's
/// [`ApiError`] (and from the retry executor's failed responses), so the executor's results
/// turn into the user's type with `?`.
pub trait SpecError: Sized {
    /// The catalog generated from the spec for this enum.
    type Catalog: Catalog;

    /// The variant for a classified error, with its well-known fields filled; `Err` gives
    /// the error back when no variant takes it (no `#[spec_error(other)]` variant).
    // The error is handed back as it came, like `TryFrom`: boxing it would cost every
    // caller an allocation for the rare miss.
    #[allow(clippy::result_large_err)]
    fn try_from_api_error(
        error: ApiError<Self::Catalog>,
        hints: Option<&RetryHints>,
    ) -> Result<Self, ApiError<Self::Catalog>>;

    /// The spec code of this value: the variant's code (a `code` field says which of
    /// several); for the catch-all, the code the catalog matched when it keeps the
    /// details, `None` when the catalog knows none.
    fn code(&self) -> Option<Self::Catalog>;

    /// The HTTP status: a `status` field's value, the kept details' status, or the code's.
    ///
    /// An `Option` here, where the catalog's `status()` is a `u16`, because a catch-all
    /// variant may keep nothing of the response. The derived enum's own `status()` is a
    /// `u16` whenever every variant knows its status (always, unless the `other` variant
    /// keeps no details), and `Option<u16>` only otherwise.
    fn status(&self) -> Option<u16>;

    /// How to retry (or not): the code's strategy, or the status default for the catch-all.
    fn retry_policy(&self) -> &'static RetryPolicy;

    /// The user's error for the retry executor's final failure, when the server answered:
    /// `Ok` with the variant (its `retry_after` filled from the last response's headers), or
    /// the failure back unchanged when no response came (a transport error) or no variant
    /// takes it.
    ///
    /// ```ignore
    /// use errspec::runtime::SpecError;
    /// let response = executor
    ///     .run(attempt)
    ///     .await
    ///     .map_err(ChatError::from_retry_error)?;
    /// ```
    #[allow(clippy::result_large_err)] // the failure is handed back as it came
    fn from_retry_error(
        failure: RetryError<Self::Catalog>,
    ) -> Result<Self, RetryError<Self::Catalog>> {
        let RetryError {
            last,
            reason,
            history,
        } = failure;
        match last {
            AttemptError::Response(response) => {
                let FailedResponse { error, hints } = *response;
                Self::try_from_api_error(error, Some(&hints)).map_err(|error| RetryError {
                    last: AttemptError::response(error, hints),
                    reason,
                    history,
                })
            }
            last @ AttemptError::Transport { .. } => Err(RetryError {
                last,
                reason,
                history,
            }),
        }
    }
}

/// Fills a field from the server's text (message, request id, param, code, type), with
/// keys and credentials masked ([`redact`]): the field is shown by the enum's `Display`
/// and by whatever `Debug` the user derives. The raw text stays in a kept `details` field
/// ([`ErrorDetails::message_unredacted`]).
pub trait FromResponseText: Sized {
    /// The value for `text`, redacted (absent when the response had none).
    fn from_response_text(text: Option<&str>) -> Self;
}

impl FromResponseText for String {
    fn from_response_text(text: Option<&str>) -> Self {
        redact(text.unwrap_or_default()).into_owned()
    }
}

impl FromResponseText for Option<String> {
    fn from_response_text(text: Option<&str>) -> Self {
        text.map(|t| redact(t).into_owned())
    }
}

impl FromResponseText for Box<str> {
    fn from_response_text(text: Option<&str>) -> Self {
        String::from_response_text(text).into()
    }
}

impl FromResponseText for Option<Box<str>> {
    fn from_response_text(text: Option<&str>) -> Self {
        Option::<String>::from_response_text(text).map(Into::into)
    }
}

/// Fills a `code` field: with the classified code, or else the server's code string.
///
/// A variant that takes several codes can keep which one it was by having a `code` field;
/// its `code()` then reads the field back (see [`CodeValue`]).
pub trait FromCode<C>: Sized {
    /// The value for the classified `code` (if known) and the server's `raw` code.
    fn from_code(code: Option<C>, raw: Option<&str>) -> Self;
}

impl<C: Catalog> FromCode<C> for String {
    fn from_code(code: Option<C>, raw: Option<&str>) -> Self {
        match code {
            Some(code) => code.as_str().to_owned(),
            None => String::from_response_text(raw),
        }
    }
}

impl<C: Catalog> FromCode<C> for Option<String> {
    fn from_code(code: Option<C>, raw: Option<&str>) -> Self {
        match code {
            Some(code) => Some(code.as_str().to_owned()),
            None => Option::<String>::from_response_text(raw),
        }
    }
}

impl<C: Catalog> FromCode<C> for Option<C> {
    fn from_code(code: Option<C>, _raw: Option<&str>) -> Self {
        code
    }
}

/// Reads the catalog code back from a field filled by [`FromCode`].
pub trait CodeValue<C> {
    /// The code the field holds, if the catalog knows it.
    fn code_value(&self) -> Option<C>;
}

impl<C: Catalog> CodeValue<C> for String {
    fn code_value(&self) -> Option<C> {
        C::from_code(self)
    }
}

impl<C: Catalog> CodeValue<C> for Option<String> {
    fn code_value(&self) -> Option<C> {
        self.as_deref().and_then(C::from_code)
    }
}

impl<C: Catalog> CodeValue<C> for Option<C> {
    fn code_value(&self) -> Option<C> {
        *self
    }
}

/// Fills a `status` field.
pub trait FromStatus: Sized {
    /// The value for `status`.
    fn from_status(status: u16) -> Self;
}

impl FromStatus for u16 {
    fn from_status(status: u16) -> Self {
        status
    }
}

impl FromStatus for Option<u16> {
    fn from_status(status: u16) -> Self {
        Some(status)
    }
}

#[cfg(feature = "http")]
impl FromStatus for http::StatusCode {
    fn from_status(status: u16) -> Self {
        // Statuses come from a parsed response, so they are valid; 500 is the honest
        // fallback for a value that somehow is not.
        http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
    }
}

/// Reads the status back from a field filled by [`FromStatus`].
pub trait StatusValue {
    /// The status the field holds, if any.
    fn status_value(&self) -> Option<u16>;
}

impl StatusValue for u16 {
    fn status_value(&self) -> Option<u16> {
        Some(*self)
    }
}

impl StatusValue for Option<u16> {
    fn status_value(&self) -> Option<u16> {
        *self
    }
}

#[cfg(feature = "http")]
impl StatusValue for http::StatusCode {
    fn status_value(&self) -> Option<u16> {
        Some(self.as_u16())
    }
}

/// Fills a `retry_after` field.
pub trait FromRetryAfter: Sized {
    /// The value for the server's requested delay, if it gave one.
    fn from_retry_after(delay: Option<Duration>) -> Self;
}

impl FromRetryAfter for Option<Duration> {
    fn from_retry_after(delay: Option<Duration>) -> Self {
        delay
    }
}

impl FromRetryAfter for Duration {
    fn from_retry_after(delay: Option<Duration>) -> Self {
        delay.unwrap_or_default()
    }
}

/// Fills a `details` field (or the single field of a tuple variant) with everything the
/// response said.
pub trait FromApiError<C>: Sized {
    /// The value for `error`.
    fn from_api_error(error: &ApiError<C>) -> Self;

    /// The status the value keeps.
    fn kept_status(&self) -> u16;

    /// The catalog's code for what the value keeps: the classification of the response,
    /// so a catch-all variant loses none of it.
    fn kept_code(&self) -> Option<C>;
}

impl<C: Catalog> FromApiError<C> for ErrorDetails<'static> {
    fn from_api_error(error: &ApiError<C>) -> Self {
        error.details().clone()
    }

    fn kept_status(&self) -> u16 {
        self.status()
    }

    // The details hold everything classification reads, so classifying them again
    // finds the same entry.
    fn kept_code(&self) -> Option<C> {
        find_entry(self)
    }
}

impl<C: Catalog> FromApiError<C> for ApiError<C> {
    fn from_api_error(error: &ApiError<C>) -> Self {
        error.clone()
    }

    fn kept_status(&self) -> u16 {
        self.status()
    }

    fn kept_code(&self) -> Option<C> {
        self.code()
    }
}

impl<C: Catalog> FromApiError<C> for Box<ErrorDetails<'static>> {
    fn from_api_error(error: &ApiError<C>) -> Self {
        Box::new(error.details().clone())
    }

    fn kept_status(&self) -> u16 {
        self.status()
    }

    fn kept_code(&self) -> Option<C> {
        find_entry(self)
    }
}

/// `Display` for a catch-all variant that keeps the details: the catalog entry's message
/// when the catalog knows the error, else what the response said.
pub fn display_kept<C: Catalog, K: FromApiError<C> + Display>(
    kept: &K,
    f: &mut Formatter<'_>,
) -> fmt::Result {
    match kept.kept_code() {
        Some(code) => Display::fmt(&code, f),
        None => Display::fmt(kept, f),
    }
}

/// The catalog of a derived enum whose spec could not be read: it has no codes. Lets the
/// derive emit its impls anyway, so that the error about the spec is the only one.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NoCatalog {}

impl Display for NoCatalog {
    fn fmt(&self, _: &mut Formatter<'_>) -> fmt::Result {
        match *self {}
    }
}

impl Catalog for NoCatalog {
    type ErrorType = NoCatalog;
    const SPEC: SpecInfo = SpecInfo {
        name: "",
        title: "",
        version: 1,
    };
    const ALL: &'static [Self] = &[];

    fn entry(self) -> &'static Entry {
        match self {}
    }

    fn from_code(_: &str) -> Option<Self> {
        None
    }

    fn error_type(self) -> Self::ErrorType {
        self
    }
}

impl ErrorTypeCatalog for NoCatalog {
    const ALL: &'static [Self] = &[];

    fn entry(self) -> &'static ErrorTypeEntry {
        match self {}
    }

    fn from_name(_: &str) -> Option<Self> {
        None
    }
}

/// The server's requested delay: from the parsed headers when there are any, else from
/// the message ("try again in 20s").
pub fn retry_after<C: Catalog>(
    error: &ApiError<C>,
    hints: Option<&RetryHints>,
) -> Option<Duration> {
    match hints {
        Some(hints) => hints.server_delay().map(|(delay, _)| delay),
        None => error
            .details()
            .message_unredacted()
            .and_then(parse_message_delay),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_fields_fill_from_present_and_absent_values() {
        assert_eq!(String::from_response_text(Some("hi")), "hi");
        assert_eq!(String::from_response_text(None), "");
        assert_eq!(Option::<String>::from_response_text(None), None);
        assert_eq!(&*Box::<str>::from_response_text(Some("x")), "x");
    }

    #[test]
    fn retry_after_fields_default_to_zero_or_none() {
        assert_eq!(Duration::from_retry_after(None), Duration::ZERO);
        let d = Duration::from_millis(1500);
        assert_eq!(Option::<Duration>::from_retry_after(Some(d)), Some(d));
        assert_eq!(u16::from_status(429), 429);
    }
}
