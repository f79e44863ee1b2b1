//! Classifying an HTTP error response against a [`Catalog`].
//!
//! [`classify`] reads the body's envelope ([`crate::envelope`]) and picks the catalog entry
//! in this order (DESIGN.md principle 3):
//!
//! 1. the body's `code` (then Azure's `innererror.code`) names an entry: that entry, even
//!    when the status disagrees — the code is the stronger signal; the real status is kept;
//! 2. entries whose `error_type` is the body's type and that accept the status: the only
//!    one, or the `fallback` one among several;
//! 3. entries that accept the status: the only one, or the `fallback` one among several;
//! 4. otherwise [`Classification::Unknown`].
//!
//! Either way the [`ErrorDetails`] keep everything the response said: status, type, code,
//! message, param, request id and the first [`MAX_RAW_BODY_BYTES`] of the body. A typical
//! body with a known code is classified without allocating: the details borrow from the
//! body and the headers, and [`Classification::into_owned`] copies them when the error
//! must outlive the response.

use crate::catalog::{Backoff, Catalog, Category, Entry, RetryStrategy};
use crate::envelope::{Envelope, parse_envelope};
use crate::headers::HeaderSource;
use crate::redact::{Redacted, redacted_opt};
use core::time::Duration;
use std::borrow::Cow;
use std::fmt;

mod api_error;
mod delay;
pub use api_error::ApiError;
use delay::HeaderDelay;

/// How much of a body the details keep, in bytes (cut back to a UTF-8 character boundary).
///
/// Enough for any real error envelope, small enough that keeping errors around (in retry
/// histories, in logs) costs little whatever the server sent.
pub const MAX_RAW_BODY_BYTES: usize = 4 * 1024;

/// Headers that carry the server's request id, in order of preference: OpenAI's, then
/// Anthropic's, then Azure API Management's.
pub const REQUEST_ID_HEADERS: &[&str] = &["x-request-id", "request-id", "apim-request-id"];

/// Everything an error response said, borrowed from the response where possible.
#[derive(Clone, PartialEq, Eq)]
pub struct ErrorDetails<'a> {
    status: u16,
    envelope: Envelope<'a>,
    request_id: Option<Cow<'a, str>>,
    raw_body: Cow<'a, [u8]>,
    /// The delay the headers asked for ([`ErrorDetails::retry_after`]).
    header_delay: Option<HeaderDelay>,
}

impl<'a> ErrorDetails<'a> {
    /// Reads the details of a response: its envelope, its request id (from
    /// [`REQUEST_ID_HEADERS`], else a `request_id` in the body) and its bounded body.
    #[inline]
    pub fn parse<H: HeaderSource + ?Sized>(status: u16, headers: &'a H, body: &'a [u8]) -> Self {
        Self::with_envelope(status, headers, body, parse_envelope(body))
    }

    /// The details of a response whose envelope is already read.
    #[inline(always)]
    fn with_envelope<H: HeaderSource + ?Sized>(
        status: u16,
        headers: &'a H,
        body: &'a [u8],
        mut envelope: Envelope<'a>,
    ) -> Self {
        let request_id = match REQUEST_ID_HEADERS
            .iter()
            .find_map(|name| headers.header(name))
        {
            Some(id) => Some(Cow::Borrowed(id)),
            None => envelope.request_id.take(),
        };
        ErrorDetails {
            status,
            envelope,
            request_id,
            raw_body: Cow::Borrowed(bounded_body(body)),
            header_delay: HeaderDelay::read(status, headers),
        }
    }

    /// Details of a response that had only a status (no body, no headers).
    pub fn from_status(status: u16) -> ErrorDetails<'static> {
        ErrorDetails {
            status,
            envelope: Envelope::default(),
            request_id: None,
            raw_body: Cow::Borrowed(&[]),
            header_delay: None,
        }
    }

    /// The HTTP status of the response.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The body's error code (a number's digits when the server sent a number).
    pub fn code(&self) -> Option<&str> {
        self.envelope.code.as_deref()
    }

    /// Azure's `innererror.code`, which often says more than `code`
    /// (`"ResponsibleAIPolicyViolation"` under `"content_filter"`).
    pub fn inner_code(&self) -> Option<&str> {
        self.envelope.inner_code.as_deref()
    }

    /// The body's error type (`"rate_limit_error"`, also `"tokens"` or `"requests"` on
    /// OpenAI rate limits; Google's `status` when there is no type).
    pub fn error_type(&self) -> Option<&str> {
        self.envelope.error_type.as_deref()
    }

    /// The server's human-readable message, unredacted (redact before showing it:
    /// [`crate::redact::redact`]).
    pub fn message(&self) -> Option<&str> {
        self.envelope.message.as_deref()
    }

    /// The request parameter the server blamed.
    pub fn param(&self) -> Option<&str> {
        self.envelope.param.as_deref()
    }

    /// The server's id for the request, to quote to its support.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The first [`MAX_RAW_BODY_BYTES`] of the body, unredacted.
    pub fn raw_body(&self) -> &[u8] {
        &self.raw_body
    }

    /// The same details, owning their text, so they can outlive the response.
    pub fn into_owned(self) -> ErrorDetails<'static> {
        fn own(v: Option<Cow<'_, str>>) -> Option<Cow<'static, str>> {
            v.map(|s| Cow::Owned(s.into_owned()))
        }
        let e = self.envelope;
        ErrorDetails {
            status: self.status,
            envelope: Envelope {
                error_type: own(e.error_type),
                code: own(e.code),
                inner_code: own(e.inner_code),
                message: own(e.message),
                param: own(e.param),
                request_id: own(e.request_id),
            },
            request_id: own(self.request_id),
            raw_body: Cow::Owned(self.raw_body.into_owned()),
            header_delay: self.header_delay,
        }
    }
}

/// `body`, cut to [`MAX_RAW_BODY_BYTES`] and, when it was cut, back to the start of the
/// UTF-8 character at the cut (at most three bytes back) so text stays whole.
#[inline]
fn bounded_body(body: &[u8]) -> &[u8] {
    if body.len() <= MAX_RAW_BODY_BYTES {
        return body;
    }
    let mut cut = MAX_RAW_BODY_BYTES;
    // Continuation bytes look like 0b10xx_xxxx; binary garbage stops after three.
    while cut > MAX_RAW_BODY_BYTES - 3 && body[cut] & 0xC0 == 0x80 {
        cut -= 1;
    }
    &body[..cut]
}

/// `status 429, type rate_limit_error, code rate_limit_exceeded: <message> (request id …)`,
/// with keys redacted.
impl fmt::Display for ErrorDetails<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "status {}", self.status)?;
        if let Some(t) = self.error_type() {
            write!(f, ", type {}", Redacted(t))?;
        }
        if let Some(c) = self.code() {
            write!(f, ", code {}", Redacted(c))?;
        }
        if let Some(m) = self.message() {
            write!(f, ": {}", Redacted(m))?;
        }
        if let Some(id) = self.request_id() {
            write!(f, " (request id {})", Redacted(id))?;
        }
        Ok(())
    }
}

impl fmt::Debug for ErrorDetails<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let body = String::from_utf8_lossy(&self.raw_body);
        f.debug_struct("ErrorDetails")
            .field("status", &self.status)
            .field("error_type", &redacted_opt(&self.envelope.error_type))
            .field("code", &redacted_opt(&self.envelope.code))
            .field("inner_code", &redacted_opt(&self.envelope.inner_code))
            .field("message", &redacted_opt(&self.envelope.message))
            .field("param", &redacted_opt(&self.envelope.param))
            .field("request_id", &redacted_opt(&self.request_id))
            .field("raw_body", &Redacted(&body))
            .field("header_delay", &self.header_delay)
            .finish()
    }
}

/// What an error response is, according to a catalog `C`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Classification<'a, C> {
    /// The catalog knows the error.
    Known {
        /// The catalog's code.
        code: C,
        /// What the response said (its status may differ from the entry's).
        details: ErrorDetails<'a>,
    },
    /// The catalog does not know the error; the details keep all there is.
    Unknown(ErrorDetails<'a>),
}

impl<'a, C: Catalog> Classification<'a, C> {
    /// The catalog code, when known.
    pub fn code(&self) -> Option<C> {
        match self {
            Classification::Known { code, .. } => Some(*code),
            Classification::Unknown(_) => None,
        }
    }

    /// The catalog entry, when known.
    pub fn entry(&self) -> Option<&'static Entry> {
        self.code().map(C::entry)
    }

    /// What the response said.
    pub fn details(&self) -> &ErrorDetails<'a> {
        match self {
            Classification::Known { details, .. } | Classification::Unknown(details) => details,
        }
    }

    /// The entry's category, or [`Category::Unknown`].
    pub fn category(&self) -> Category {
        self.code().map_or(Category::Unknown, C::category)
    }

    /// The entry's retry strategy; for an unknown error, the one its status suggests
    /// ([`default_strategy_for_status`]).
    pub fn retry_strategy(&self) -> &'static RetryStrategy {
        match self {
            Classification::Known { code, .. } => code.retry_strategy(),
            Classification::Unknown(d) => default_strategy_for_status(d.status),
        }
    }

    /// Whether the catalog does not know the error.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Classification::Unknown(_))
    }

    /// An owned error that can outlive the response.
    pub fn into_owned(self) -> ApiError<C> {
        let (code, details) = match self {
            Classification::Known { code, details } => (Some(code), details),
            Classification::Unknown(details) => (None, details),
        };
        ApiError {
            code,
            details: Box::new(details.into_owned()),
        }
    }
}

/// Classifies an error response against the catalog `C`; see the [module docs](self).
///
/// Never fails: a response the catalog does not know is [`Classification::Unknown`].
#[inline]
pub fn classify<'a, C: Catalog>(
    status: u16,
    headers: &'a (impl HeaderSource + ?Sized),
    body: &'a [u8],
) -> Classification<'a, C> {
    // The entry is found from the envelope first and the details are built in the arm
    // that returns them: they are written in place, not built and then moved.
    let envelope = parse_envelope(body);
    let e = &envelope;
    let found = find_code::<C>(
        status,
        e.code.as_deref(),
        e.inner_code.as_deref(),
        e.error_type.as_deref(),
    );
    match found {
        Some(code) => Classification::Known {
            code,
            details: ErrorDetails::with_envelope(status, headers, body, envelope),
        },
        None => {
            Classification::Unknown(ErrorDetails::with_envelope(status, headers, body, envelope))
        }
    }
}

/// Classifies details already read (for instance rebuilt from a log).
#[inline]
pub fn classify_details<C: Catalog>(details: ErrorDetails<'_>) -> Classification<'_, C> {
    match find_entry::<C>(&details) {
        Some(code) => Classification::Known { code, details },
        None => Classification::Unknown(details),
    }
}

/// The catalog code for `details`, by code, then type and status, then status.
#[inline]
pub fn find_entry<C: Catalog>(details: &ErrorDetails<'_>) -> Option<C> {
    find_code(
        details.status(),
        details.code(),
        details.inner_code(),
        details.error_type(),
    )
}

/// [`find_entry`] on the fields it reads.
#[inline]
fn find_code<C: Catalog>(
    status: u16,
    code: Option<&str>,
    inner_code: Option<&str>,
    error_type: Option<&str>,
) -> Option<C> {
    let probe = Probe {
        status,
        code,
        inner_code,
        error_type,
    };
    lookup(&probe, C::from_code, || {
        C::ALL.iter().map(|&c| (c, c.entry()))
    })
    .map(|(c, _)| c)
}

/// Which rule matched a response to an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchedBy {
    /// The body's `code`.
    Code,
    /// Azure's `innererror.code`.
    InnerCode,
    /// The body's type together with the status.
    TypeAndStatus,
    /// The status alone.
    Status,
}

/// What [`lookup`] reads of a response.
#[derive(Clone, Copy, Debug)]
pub struct Probe<'a> {
    /// The HTTP status.
    pub status: u16,
    /// The body's code.
    pub code: Option<&'a str>,
    /// Azure's inner code.
    pub inner_code: Option<&'a str>,
    /// The body's type.
    pub error_type: Option<&'a str>,
}

/// What [`lookup`] needs to know of an entry: implemented for [`Entry`] (generated
/// tables) and by tools that hold a spec read at run time (the CLI).
pub trait EntryFacts {
    /// The entry's error type.
    fn error_type(&self) -> &str;
    /// Whether the entry accepts `status`.
    fn has_status(&self, status: u16) -> bool;
    /// Whether the entry is its status's fallback.
    fn is_fallback(&self) -> bool;
}

impl EntryFacts for &Entry {
    #[inline]
    fn error_type(&self) -> &str {
        self.error_type
    }
    #[inline]
    fn has_status(&self, status: u16) -> bool {
        Entry::has_status(self, status)
    }
    #[inline]
    fn is_fallback(&self) -> bool {
        self.fallback
    }
}

/// The lookup order (DESIGN principle 3), written once for every kind of entry list:
/// `by_code` finds a code; `entries` lists every entry with its facts, in spec order.
#[inline]
pub fn lookup<T, E, I>(
    probe: &Probe<'_>,
    by_code: impl Fn(&str) -> Option<T>,
    entries: impl Fn() -> I,
) -> Option<(T, MatchedBy)>
where
    T: Copy,
    E: EntryFacts,
    I: Iterator<Item = (T, E)>,
{
    if let Some(found) = probe.code.and_then(&by_code) {
        return Some((found, MatchedBy::Code));
    }
    if let Some(found) = probe.inner_code.and_then(&by_code) {
        return Some((found, MatchedBy::InnerCode));
    }
    let status = probe.status;
    if let Some(ty) = probe.error_type {
        let by_type = pick(entries(), |e| e.error_type() == ty && e.has_status(status));
        if let Some(found) = by_type {
            return Some((found, MatchedBy::TypeAndStatus));
        }
    }
    pick(entries(), |e| e.has_status(status)).map(|found| (found, MatchedBy::Status))
}

/// The only entry `matches` accepts, or the first `fallback` one among several.
#[inline]
fn pick<T: Copy, E: EntryFacts>(
    entries: impl Iterator<Item = (T, E)>,
    matches: impl Fn(&E) -> bool,
) -> Option<T> {
    let mut count = 0usize;
    let mut last = None;
    let mut fallback = None;
    for (item, entry) in entries {
        if matches(&entry) {
            count += 1;
            last = Some(item);
            if entry.is_fallback() && fallback.is_none() {
                fallback = Some(item);
            }
        }
    }
    if count == 1 { last } else { fallback }
}

/// The status-based default for errors the catalog does not know: retry 408, 409, 429
/// and 5xx (as OpenAI's SDKs do), nothing else.
pub fn default_strategy_for_status(status: u16) -> &'static RetryStrategy {
    match status {
        408 | 409 | 429 | 500..=599 => &STATUS_RETRY,
        _ => &NO_RETRY,
    }
}

/// The strategy [`default_strategy_for_status`] gives retryable statuses: three attempts,
/// 0.5 s doubling to at most 8 s, plus up to 125 ms of jitter.
pub static STATUS_RETRY: RetryStrategy = RetryStrategy {
    name: "status_default",
    description: "The catalog does not know the error, but its status is usually transient.",
    ..crate::retry::TRANSIENT_DEFAULT
};

/// The strategy [`default_strategy_for_status`] gives every other status: no retry.
pub static NO_RETRY: RetryStrategy = RetryStrategy {
    name: "never",
    description: "The catalog does not know the error and its status is not transient.",
    backoff: Backoff::Never,
    max_attempts: 1,
    max_delay: Duration::ZERO,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_bound_keeps_short_bodies_and_cuts_at_char_boundaries() {
        assert_eq!(bounded_body(b"abc"), b"abc");
        let ascii = vec![b'a'; MAX_RAW_BODY_BYTES + 10];
        assert_eq!(bounded_body(&ascii).len(), MAX_RAW_BODY_BYTES);
        // "é" is two bytes; shifting by one puts a char across the cut.
        let text = format!("x{}", "é".repeat(MAX_RAW_BODY_BYTES));
        let cut = bounded_body(text.as_bytes());
        assert_eq!(cut.len(), MAX_RAW_BODY_BYTES - 1);
        assert!(std::str::from_utf8(cut).is_ok());
        let binary = vec![0x80u8; MAX_RAW_BODY_BYTES + 1];
        assert_eq!(bounded_body(&binary).len(), MAX_RAW_BODY_BYTES - 3);
    }

    #[test]
    fn status_defaults_mirror_openai_sdks() {
        for s in [408, 409, 429, 500, 502, 503, 504, 599] {
            assert!(default_strategy_for_status(s).is_retryable(), "{s}");
        }
        for s in [0, 200, 400, 401, 403, 404, 422, 499, 600] {
            assert!(!default_strategy_for_status(s).is_retryable(), "{s}");
        }
    }

    #[test]
    fn request_id_prefers_headers_then_the_body() {
        let body = br#"{"type":"error","error":{"type":"overloaded_error"},"request_id":"req_b"}"#;
        let d = ErrorDetails::parse(529, &[("request-id", "req_h")], body);
        assert_eq!(d.request_id(), Some("req_h"));
        let d = ErrorDetails::parse(529, &(), body);
        assert_eq!(d.request_id(), Some("req_b"));
        let h = [("apim-request-id", "a"), ("x-request-id", "x")];
        assert_eq!(ErrorDetails::parse(500, &h, b"").request_id(), Some("x"));
    }

    #[test]
    fn details_display_and_debug_redact_keys() {
        let body = br#"{"error":{"message":"bad sk-proj-SECRET1","code":"sk-x"}}"#;
        let d = ErrorDetails::parse(401, &[("x-request-id", "r1")], body);
        let shown = format!("{d} {d:?}");
        assert!(
            !shown.contains("SECRET1") && !shown.contains("sk-x"),
            "{shown}"
        );
        assert_eq!(
            d.to_string(),
            "status 401, code sk-****: bad sk-proj-**** (request id r1)"
        );
    }
}
