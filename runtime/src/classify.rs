//! Classifying an HTTP error response against a [`Catalog`].
//!
//! [`classify`] reads the body's envelope ([`crate::response::envelope`]) and picks the catalog entry
//! in this order (DESIGN.md principle 3; [`lookup`] has the details):
//!
//! 1. the body's `code` (then Azure's `innererror.code`, then the `reason` of Google's
//!    `ErrorInfo` detail) names an entry by its code or an
//!    alias code: that entry — or an entry that *refines* it when its message pattern
//!    matches — even when the status disagrees: the code is the stronger signal, and the
//!    real status is kept;
//! 2. an entry whose message pattern matches (the message, or the quota id of Google's
//!    `QuotaFailure` detail) and that accepts the status (bodies whose code is null or
//!    unknown);
//! 3. entries whose type or alias type is the body's type and that accept the status: the
//!    only one, or the fallback among several;
//! 4. entries that accept the status: the only one, or the `fallback` one among several;
//! 5. otherwise [`Classification::Unknown`].
//!
//! Either way the [`ErrorDetails`] keep everything the response said: status, type, code,
//! message, param, request id and the first [`MAX_RAW_BODY_BYTES`] of the body. A typical
//! body with a known code is classified without allocating: the details borrow from the
//! body and the headers, and [`Classification::into_owned`] copies them when the error
//! must outlive the response.

use crate::catalog::{Backoff, Catalog, Category, Entry, RetryPolicy, pattern_matches_at};
use crate::code_index::LookupTables;
use crate::response::envelope::{Envelope, parse_envelope};
use crate::response::headers::HeaderSource;
use crate::response::redact::{Redacted, redact, redacted_opt};
use core::time::Duration;
use std::borrow::Cow;
use std::fmt;

mod api_error;
mod delay;
#[doc(hidden)]
pub use crate::catalog::pattern_matches;
pub use api_error::ApiError;
use delay::DelayHeaders;

#[doc(hidden)]
/// How much of a body the details keep, in bytes (cut back to a UTF-8 character boundary).
///
/// Enough for any real error envelope, small enough that keeping errors around (in retry
/// histories, in logs) costs little whatever the server sent.
pub const MAX_RAW_BODY_BYTES: usize = 4 * 1024;

#[doc(hidden)]
/// Headers that carry the server's request id, in order of preference: OpenAI's, then
/// Anthropic's, then Azure API Management's.
pub const REQUEST_ID_HEADERS: &[&str] = &["x-request-id", "request-id", "apim-request-id"];

/// Everything an error response said, borrowed from the response where possible.
#[derive(Clone, PartialEq, Eq)]
pub struct ErrorDetails<'a> {
    status: u16,
    /// The envelope, its `request_id` the headers' when they have one. Its Google fields
    /// are places in the body, read from `raw_body` (a prefix of it). Users hold details
    /// in their own enums (`#[spec_error(other)]`), so every byte here is paid in each.
    envelope: Envelope<'a>,
    raw_body: Cow<'a, [u8]>,
    /// The delay the headers asked for ([`ErrorDetails::retry_after`]).
    header_delay: DelayHeaders<'a>,
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
        if let Some(id) = REQUEST_ID_HEADERS
            .iter()
            .find_map(|name| headers.header(name))
        {
            envelope.request_id = Some(Cow::Borrowed(id));
        }
        ErrorDetails {
            status,
            envelope,
            raw_body: Cow::Borrowed(bounded_body(body)),
            header_delay: DelayHeaders::borrow(status, headers),
        }
    }

    #[doc(hidden)]
    /// Details of a response that had only a status (no body, no headers).
    pub fn from_status(status: u16) -> ErrorDetails<'static> {
        ErrorDetails {
            status,
            envelope: Envelope::default(),
            raw_body: Cow::Borrowed(&[]),
            header_delay: DelayHeaders::Read(None),
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

    /// The `reason` of the first google.rpc `ErrorInfo` in Google's `error.details`
    /// (`"API_KEY_INVALID"` under a 400 `INVALID_ARGUMENT`).
    ///
    /// This and the two below are kept as places in the body, so only when they lie in
    /// [`raw_body_unredacted`](Self::raw_body_unredacted) and were sent without JSON
    /// escapes (as Google sends them).
    pub fn reason(&self) -> Option<&str> {
        self.envelope.google.reason.text(&self.raw_body)
    }

    /// The `quotaId` of the first violation in Google's `QuotaFailure` detail
    /// (`"GenerateRequestsPerDayPerProjectPerModel-FreeTier"`): which limit a 429 hit.
    pub fn quota_id(&self) -> Option<&str> {
        self.envelope.google.quota_id.text(&self.raw_body)
    }

    #[doc(hidden)]
    /// The `retryDelay` of Google's `RetryInfo` detail, as sent (`"36s"`); read as a delay
    /// by [`server_delay_at`](Self::server_delay_at).
    pub fn retry_delay(&self) -> Option<&str> {
        self.envelope.google.retry_delay.text(&self.raw_body)
    }

    /// The body's error type (`"rate_limit_error"`, also `"tokens"` or `"requests"` on
    /// OpenAI rate limits; Google's `status` when there is no type).
    pub fn error_type(&self) -> Option<&str> {
        self.envelope.error_type.as_deref()
    }

    /// The server's human-readable message, with keys and credentials masked
    /// ([`crate::response::redact()`]); borrowed when there is nothing to mask.
    pub fn message(&self) -> Option<Cow<'_, str>> {
        self.message_unredacted().map(redact)
    }

    /// The server's message as sent, keys included: for parsing, never for showing (use
    /// [`message`](Self::message), or [`redact`] it).
    pub fn message_unredacted(&self) -> Option<&str> {
        self.envelope.message.as_deref()
    }

    /// The request parameter the server blamed.
    pub fn param(&self) -> Option<&str> {
        self.envelope.param.as_deref()
    }

    /// The server's id for the request, to quote to its support.
    pub fn request_id(&self) -> Option<&str> {
        self.envelope.request_id.as_deref()
    }

    /// The first [`MAX_RAW_BODY_BYTES`] of the body as sent, keys included: for parsing,
    /// never for showing (`Debug` of the details shows it redacted).
    pub fn raw_body_unredacted(&self) -> &[u8] {
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
                google: e.google,
            },
            raw_body: Cow::Owned(self.raw_body.into_owned()),
            header_delay: DelayHeaders::Read(self.header_delay.read()),
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
        if let Some(m) = self.message_unredacted() {
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
            .field("reason", &self.reason().map(Redacted))
            .field("quota_id", &self.quota_id().map(Redacted))
            .field("retry_delay", &self.retry_delay().map(Redacted))
            .field("request_id", &redacted_opt(&self.envelope.request_id))
            .field("raw_body", &Redacted(&body))
            // The delay the headers name, not their text: only the body is shown.
            .field("header_delay", &self.header_delay.read())
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

    /// Which rule of the lookup order matched the entry (`None` when unknown): the code,
    /// an alias code, a message pattern, the type and status, or the status alone.
    ///
    /// Worked out again from the details, so that a classification stays small; it costs
    /// about as much as the classification did.
    pub fn matched_by(&self) -> Option<MatchedBy> {
        match self {
            Classification::Known { .. } => find_match::<C>(self.details()).map(|(_, by)| by),
            Classification::Unknown(_) => None,
        }
    }

    /// What the response said.
    pub fn details(&self) -> &ErrorDetails<'a> {
        match self {
            Classification::Known { details, .. } | Classification::Unknown(details) => details,
        }
    }

    /// The response's HTTP status (which may differ from the entry's).
    pub fn status(&self) -> u16 {
        self.details().status
    }

    /// The entry's category, or [`Category::Unknown`].
    pub fn category(&self) -> Category {
        self.code().map_or(Category::Unknown, C::category)
    }

    /// The entry's retry strategy; for an unknown error, the one its status suggests
    /// ([`default_policy_for_status`]).
    pub fn retry_policy(&self) -> &'static RetryPolicy {
        match self {
            Classification::Known { code, .. } => code.retry_policy(),
            Classification::Unknown(d) => default_policy_for_status(d.status),
        }
    }

    /// Whether the catalog does not know the error.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Classification::Unknown(_))
    }

    /// An owned error that can outlive the response.
    pub fn into_owned(self) -> ApiError<C> {
        Box::new(match self {
            Classification::Known { code, details } => Classification::Known {
                code,
                details: details.into_owned(),
            },
            Classification::Unknown(details) => Classification::Unknown(details.into_owned()),
        })
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
    classify_envelope(status, headers, body, parse_envelope(body))
}

#[doc(hidden)]
/// [`classify`] for a body whose envelope is already read (by
/// [`parse_envelope`]), so that a caller who looked at it
/// first (to tell the provider, or an error inside a success) does not read the body twice.
#[inline]
pub fn classify_envelope<'a, C: Catalog>(
    status: u16,
    headers: &'a (impl HeaderSource + ?Sized),
    body: &'a [u8],
    envelope: Envelope<'a>,
) -> Classification<'a, C> {
    // The entry is found from the envelope first and the details are built in the arm
    // that returns them: they are written in place, not built and then moved.
    let e = &envelope;
    // Google's fields as the details will read them (from the bounded body), so that
    // `find_entry` on the details agrees.
    let kept = bounded_body(body);
    let found = find_code::<C>(&Probe {
        status,
        code: e.code.as_deref(),
        inner_code: e.inner_code.as_deref(),
        reason: e.google.reason.text(kept),
        error_type: e.error_type.as_deref(),
        message: e.message.as_deref().or_else(|| plain_text(body)),
        quota_id: e.google.quota_id.text(kept),
    });
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

// The lookup engine, public for errspec-cli and the workspace tests; not a public API.
#[doc(hidden)]
/// Classifies details already read (for instance rebuilt from a log).
#[inline]
pub fn classify_details<C: Catalog>(details: ErrorDetails<'_>) -> Classification<'_, C> {
    match find_entry::<C>(&details) {
        Some(code) => Classification::Known { code, details },
        None => Classification::Unknown(details),
    }
}

// The lookup engine, public for errspec-cli and the workspace tests; not a public API.
#[doc(hidden)]
/// The catalog code for `details`, in the order of [`lookup`].
#[inline]
pub fn find_entry<C: Catalog>(details: &ErrorDetails<'_>) -> Option<C> {
    find_code::<C>(&Probe::of(details))
}

// The lookup engine, public for errspec-cli and the workspace tests; not a public API.
#[doc(hidden)]
/// The catalog code for `details` and the rule that matched it.
pub fn find_match<C: Catalog>(details: &ErrorDetails<'_>) -> Option<(C, MatchedBy)> {
    lookup_catalog::<C>(&Probe::of(details))
}

/// [`find_entry`] on the fields it reads.
#[inline]
fn find_code<C: Catalog>(probe: &Probe<'_>) -> Option<C> {
    lookup_catalog::<C>(probe).map(|(c, _)| c)
}

/// [`lookup`] over a generated catalog: through its [`LookupTables`] when it has them.
/// One instance of [`lookup_with`] either way (two would keep it from being inlined).
#[inline]
fn lookup_catalog<C: Catalog>(probe: &Probe<'_>) -> Option<(C, MatchedBy)> {
    lookup_with(
        probe,
        |code: &str| C::from_code(code).map(|c| (c, c.entry())),
        Tabled(C::__lookup_tables(), core::marker::PhantomData),
    )
}

/// Every entry of `C`, in spec order.
#[inline]
fn every_entry<C: Catalog>() -> impl Iterator<Item = (C, &'static Entry)> {
    C::ALL.iter().map(|&c| (c, c.entry()))
}

/// How [`lookup_with`] finds the entries of the stages after the code: by walking every
/// entry ([`Walk`]), or from a generated catalog's tables ([`Tabled`]).
trait Stages<T, E> {
    /// The first entry in spec order that refines the code `refined` and whose pattern
    /// `said`.
    fn by_refinement(&self, refined: &str, said: impl Fn(&E) -> bool) -> Option<T>;
    /// The first entry in spec order with patterns, accepting `status`, whose pattern
    /// `said` (`said(e)` when walking; the probe's message and quota id otherwise).
    fn by_pattern(&self, status: u16, said: impl Fn(&E) -> bool, probe: &Probe<'_>) -> Option<T>;
    /// What the type and status pick ([`pick`]).
    fn by_type(&self, status: u16, ty: &str) -> Option<T>;
    /// What the status alone picks ([`pick`]).
    fn by_status(&self, status: u16) -> Option<T>;
}

/// Every entry, walked.
struct Walk<F>(F);

impl<T, E, I, F> Stages<T, E> for Walk<F>
where
    T: Copy,
    E: EntryFacts,
    I: Iterator<Item = (T, E)>,
    F: Fn() -> I,
{
    #[inline]
    fn by_refinement(&self, refined: &str, said: impl Fn(&E) -> bool) -> Option<T> {
        (self.0)()
            .find(|(_, r)| r.refines() == Some(refined) && said(r))
            .map(|(found, _)| found)
    }

    #[inline]
    fn by_pattern(&self, status: u16, said: impl Fn(&E) -> bool, _: &Probe<'_>) -> Option<T> {
        (self.0)()
            .find(|(_, e)| e.has_patterns() && e.has_status(status) && said(e))
            .map(|(found, _)| found)
    }

    #[inline]
    fn by_type(&self, status: u16, ty: &str) -> Option<T> {
        pick(
            (self.0)(),
            // The status first: a number, where the type is a string to compare.
            |e| e.has_status(status) && e.has_type(ty),
            |e| e.is_type_fallback(status),
        )
    }

    #[inline]
    fn by_status(&self, status: u16) -> Option<T> {
        pick(
            (self.0)(),
            |e| e.has_status(status),
            |e| e.is_fallback(status),
        )
    }
}

/// A generated catalog's tables (what [`Walk`] would find, worked out by codegen), or a
/// walk when the catalog has none (one written by hand).
struct Tabled<C>(
    Option<&'static LookupTables>,
    core::marker::PhantomData<fn() -> C>,
);

impl<C: Catalog> Stages<C, &'static Entry> for Tabled<C> {
    // Out of line: most codes are refined by nothing, and the code look-up stays small
    // enough to be inlined where it is used.
    #[inline(never)]
    fn by_refinement(&self, refined: &str, said: impl Fn(&&'static Entry) -> bool) -> Option<C> {
        let Some(tables) = self.0 else {
            return Walk(every_entry::<C>).by_refinement(refined, said);
        };
        tables
            .refinements
            .iter()
            .filter(|&&(code, _)| code == refined)
            .find_map(|&(_, i)| {
                let found = *C::ALL.get(i as usize)?;
                said(&found.entry()).then_some(found)
            })
    }

    #[inline]
    fn by_pattern(
        &self,
        status: u16,
        said: impl Fn(&&'static Entry) -> bool,
        probe: &Probe<'_>,
    ) -> Option<C> {
        let Some(tables) = self.0 else {
            return Walk(every_entry::<C>).by_pattern(status, said, probe);
        };
        let matches = |text: &str, pattern: &str, rare: u16| match rare {
            LookupTables::NO_RARE => pattern_matches(text, pattern),
            rare => pattern_matches_at(text, pattern, usize::from(rare)),
        };
        let found = tables.by_pattern(status, |pattern, rare| {
            probe.message.is_some_and(|m| matches(m, pattern, rare))
                || probe.quota_id.is_some_and(|q| matches(q, pattern, rare))
        })?;
        C::ALL.get(found).copied()
    }

    #[inline]
    fn by_type(&self, status: u16, ty: &str) -> Option<C> {
        match self.0 {
            Some(tables) => C::ALL.get(tables.by_type(status, ty)?).copied(),
            None => Walk(every_entry::<C>).by_type(status, ty),
        }
    }

    #[inline]
    fn by_status(&self, status: u16) -> Option<C> {
        match self.0 {
            Some(tables) => C::ALL.get(tables.by_status(status)?).copied(),
            None => Walk(every_entry::<C>).by_status(status),
        }
    }
}

/// Which rule matched a response to an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum MatchedBy {
    /// The body's `code` is the entry's code.
    Code,
    /// The body's `code` is one of the entry's alias codes.
    AliasCode,
    /// Azure's `innererror.code` is the entry's code or one of its aliases.
    InnerCode,
    /// The `reason` of Google's `ErrorInfo` detail is the entry's code or one of its
    /// aliases.
    Reason,
    /// The body's message matches one of the entry's patterns.
    Pattern,
    /// The body's type (or an alias type) together with the status.
    TypeAndStatus,
    /// The status alone.
    Status,
}

impl MatchedBy {
    /// The snake_case name (`"alias_code"`), as the CLI's JSON reports it.
    pub const fn as_str(self) -> &'static str {
        match self {
            MatchedBy::Code => "code",
            MatchedBy::AliasCode => "alias_code",
            MatchedBy::InnerCode => "inner_code",
            MatchedBy::Reason => "reason",
            MatchedBy::Pattern => "pattern",
            MatchedBy::TypeAndStatus => "type_and_status",
            MatchedBy::Status => "status",
        }
    }

    #[doc(hidden)]
    /// Whether the match rests on something the body said (not on the status alone).
    pub const fn is_specific(self) -> bool {
        !matches!(self, MatchedBy::Status)
    }
}

impl fmt::Display for MatchedBy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

// The lookup engine, public for errspec-cli and the workspace tests; not a public API.
#[doc(hidden)]
/// What [`lookup`] reads of a response.
#[derive(Clone, Copy, Debug, Default)]
pub struct Probe<'a> {
    /// The HTTP status.
    pub status: u16,
    /// The body's code.
    pub code: Option<&'a str>,
    /// Azure's inner code.
    pub inner_code: Option<&'a str>,
    /// The `reason` of Google's `ErrorInfo` detail.
    pub reason: Option<&'a str>,
    /// The body's type.
    pub error_type: Option<&'a str>,
    /// The body's message.
    pub message: Option<&'a str>,
    /// The quota id of Google's `QuotaFailure` detail, which message patterns also try.
    pub quota_id: Option<&'a str>,
}

impl<'a> Probe<'a> {
    /// What the lookup reads of `details`.
    #[inline]
    pub fn of(details: &'a ErrorDetails<'_>) -> Self {
        Probe {
            status: details.status(),
            code: details.code(),
            inner_code: details.inner_code(),
            reason: details.reason(),
            error_type: details.error_type(),
            message: details
                .message_unredacted()
                .or_else(|| plain_text(details.raw_body_unredacted())),
            quota_id: details.quota_id(),
        }
    }
}

/// How much of a body that is not JSON message patterns look at.
const PLAIN_TEXT_BYTES: usize = 1024;

/// The start of a body that is not a JSON document, as text: proxies answer in plain
/// text or HTML ("error code: 1015", "upstream connect error …"), and message patterns
/// may recognise it. `None` for JSON (its message, if any, is in the envelope), for empty
/// bodies and for bytes that are not UTF-8.
fn plain_text(body: &[u8]) -> Option<&str> {
    let start = body.iter().position(|b| !b.is_ascii_whitespace())?;
    let body = &body[start..];
    if matches!(body.first(), Some(b'{' | b'[' | b'"')) {
        return None;
    }
    let head = &body[..body.len().min(PLAIN_TEXT_BYTES)];
    match core::str::from_utf8(head) {
        Ok(text) => Some(text),
        // Cut inside a character: keep what is whole.
        Err(e) if e.error_len().is_none() => core::str::from_utf8(&head[..e.valid_up_to()]).ok(),
        Err(_) => None,
    }
}

// The lookup engine, public for errspec-cli and the workspace tests; not a public API.
#[doc(hidden)]
/// What [`lookup`] needs to know of an entry: implemented for [`Entry`] (generated
/// tables) and by tools that hold a spec read at run time (the CLI).
pub trait EntryFacts {
    /// The entry's code.
    fn code(&self) -> &str;
    /// The entry's own status (not its aliases).
    fn status(&self) -> u16;
    /// Whether the server's type value is the entry's type or an alias type.
    fn has_type(&self, error_type: &str) -> bool;
    /// Whether the entry accepts `status`.
    fn has_status(&self, status: u16) -> bool;
    /// Whether the message matches one of the entry's patterns.
    fn matches_message(&self, message: &str) -> bool;
    /// Whether the entry has message patterns at all.
    fn has_patterns(&self) -> bool;
    /// The code this entry refines, if any.
    fn refines(&self) -> Option<&str>;
    /// Whether another entry refines this one.
    fn is_refined(&self) -> bool;
    /// Whether the entry is the fallback for `status` (its own status, not an alias).
    fn is_fallback(&self, status: u16) -> bool;
    /// Whether the entry is the fallback for its types and `status` (its own status).
    fn is_type_fallback(&self, status: u16) -> bool;
}

impl EntryFacts for &Entry {
    #[inline]
    fn code(&self) -> &str {
        self.code
    }
    #[inline]
    fn status(&self) -> u16 {
        self.status
    }
    #[inline]
    fn has_type(&self, error_type: &str) -> bool {
        Entry::has_type(self, error_type)
    }
    // Asked of every entry by the type and status look-ups: worth no call.
    #[inline(always)]
    fn has_status(&self, status: u16) -> bool {
        self.status == status
            || (!self.alias_statuses.is_empty() && Entry::has_status(self, status))
    }
    #[inline]
    fn matches_message(&self, message: &str) -> bool {
        Entry::matches_message(self, message)
    }
    #[inline]
    fn has_patterns(&self) -> bool {
        !self.patterns.is_empty()
    }
    #[inline]
    fn refines(&self) -> Option<&str> {
        self.refines
    }
    #[inline]
    fn is_refined(&self) -> bool {
        self.refined
    }
    #[inline]
    fn is_fallback(&self, status: u16) -> bool {
        self.fallback && self.status == status
    }
    #[inline]
    fn is_type_fallback(&self, status: u16) -> bool {
        (self.fallback || self.type_fallback) && self.status == status
    }
}

// The lookup engine, public for errspec-cli and the workspace tests; not a public API.
#[doc(hidden)]
/// The lookup order (DESIGN principle 3), written once for every kind of entry list.
/// `by_code` finds an entry by a code string (its code or an alias); `entries` lists every
/// entry with its facts, in spec order.
///
/// 1. **Code**: the body's `code`, then Azure's `innererror.code`, then the `reason` of
///    Google's `ErrorInfo` detail, names an entry (by its code or an alias code). If
///    another entry *refines* that one and its pattern matches, the refinement wins (a
///    `rate_limit_exceeded` whose message says "Request too large … Requested …" is not a
///    rate limit that waiting cures).
/// 2. **Pattern**: the first entry, in spec order, that accepts the status and whose
///    pattern matches (for bodies with a null or unknown code).
///
/// A pattern matches the message or, when the body has one, the quota id of Google's
/// `QuotaFailure` detail: a per-day quota and a per-minute limit share the status, the
/// google.rpc status and the message, and only the quota id
/// (`GenerateRequestsPerDayPerProjectPerModel-FreeTier`) tells them apart.
/// 3. **Type and status**: entries whose type or alias type is the body's type and that
///    accept the status: the only one, or the type fallback among several.
/// 4. **Status**: entries that accept the status: the only one, or the fallback.
///
/// A fallback is a fallback for its entry's own status, not for its alias statuses: an
/// entry seen with 401 and 403 can be the default for one without claiming the other.
#[inline]
pub fn lookup<T, E, I>(
    probe: &Probe<'_>,
    by_code: impl Fn(&str) -> Option<(T, E)>,
    entries: impl Fn() -> I,
) -> Option<(T, MatchedBy)>
where
    T: Copy,
    E: EntryFacts,
    I: Iterator<Item = (T, E)>,
{
    lookup_with(probe, by_code, Walk(&entries))
}

/// [`lookup`], the stages after the code answered by `stages`.
#[inline]
fn lookup_with<T, E>(
    probe: &Probe<'_>,
    by_code: impl Fn(&str) -> Option<(T, E)>,
    stages: impl Stages<T, E>,
) -> Option<(T, MatchedBy)>
where
    T: Copy,
    E: EntryFacts,
{
    // What a pattern is tried against.
    let said = |e: &E| {
        probe.message.is_some_and(|m| e.matches_message(m))
            || probe.quota_id.is_some_and(|q| e.matches_message(q))
    };
    // One call per code the body may carry, not a loop over them: the first is the one
    // that usually matches, and it is then reached without setting up the others.
    let by_name = |code: Option<&str>, by: MatchedBy| {
        let code = code?;
        let (found, entry) = by_code(code)?;
        if entry.is_refined()
            && let Some(r) = stages.by_refinement(entry.code(), said)
        {
            return Some((r, MatchedBy::Pattern));
        }
        let by = match by {
            MatchedBy::Code if entry.code() != code => MatchedBy::AliasCode,
            by => by,
        };
        Some((found, by))
    };
    let named = by_name(probe.code, MatchedBy::Code)
        .or_else(|| by_name(probe.inner_code, MatchedBy::InnerCode))
        .or_else(|| by_name(probe.reason, MatchedBy::Reason));
    if named.is_some() {
        return named;
    }
    let status = probe.status;
    if (probe.message.is_some() || probe.quota_id.is_some())
        && let Some(found) = stages.by_pattern(status, said, probe)
    {
        return Some((found, MatchedBy::Pattern));
    }
    if let Some(ty) = probe.error_type
        && let Some(found) = stages.by_type(status, ty)
    {
        return Some((found, MatchedBy::TypeAndStatus));
    }
    stages
        .by_status(status)
        .map(|found| (found, MatchedBy::Status))
}

// The lookup engine, public for errspec-cli and the workspace tests; not a public API.
#[doc(hidden)]
/// The status an error of type `ty` stands for when it came with none (an error inside a
/// success): the own status of the type's fallback entry, else of its first entry.
pub fn status_of_type<E: EntryFacts>(
    entries: impl Iterator<Item = E> + Clone,
    ty: &str,
) -> Option<u16> {
    let mut typed = entries.filter(|e| e.has_type(ty));
    typed
        .clone()
        .find(|e| e.is_type_fallback(e.status()))
        .or_else(|| typed.next())
        .map(|e| e.status())
}

/// The only entry `matches` accepts, or the first one `is_fallback` among several.
#[inline]
fn pick<T: Copy, E: EntryFacts>(
    entries: impl Iterator<Item = (T, E)>,
    matches: impl Fn(&E) -> bool,
    is_fallback: impl Fn(&E) -> bool,
) -> Option<T> {
    let mut count = 0usize;
    let mut last = None;
    let mut fallback = None;
    for (item, entry) in entries {
        if matches(&entry) {
            count += 1;
            last = Some(item);
            if fallback.is_none() && is_fallback(&entry) {
                fallback = Some(item);
            }
        }
    }
    if count == 1 { last } else { fallback }
}

#[doc(hidden)]
/// The status-based default for errors the catalog does not know: retry 408, 409, 429
/// and 5xx (as OpenAI's SDKs do), nothing else.
pub fn default_policy_for_status(status: u16) -> &'static RetryPolicy {
    match status {
        408 | 409 | 429 | 500..=599 => &STATUS_RETRY,
        _ => &NO_RETRY,
    }
}

#[doc(hidden)]
/// The policy [`default_policy_for_status`] gives retryable statuses: three attempts,
/// 0.5 s doubling to at most 8 s, plus up to 125 ms of jitter.
pub static STATUS_RETRY: RetryPolicy = crate::retry::TRANSIENT_DEFAULT;

#[doc(hidden)]
/// The policy [`default_policy_for_status`] gives every other status: no retry.
pub static NO_RETRY: RetryPolicy = RetryPolicy {
    backoff: Backoff::Never,
    max_attempts: 1,
    max_delay: Duration::ZERO,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_bodies_are_read_for_patterns_and_json_ones_are_not() {
        assert_eq!(plain_text(b"error code: 1015"), Some("error code: 1015"));
        assert_eq!(
            plain_text(b"  \n<html>502</html>"),
            Some("<html>502</html>")
        );
        assert_eq!(plain_text(br#"{"error":"x"}"#), None);
        assert_eq!(plain_text(b" [1]"), None);
        assert_eq!(plain_text(b""), None);
        assert_eq!(plain_text(b"\xff\xfe"), None);
        let long = "é".repeat(PLAIN_TEXT_BYTES);
        let head = plain_text(long.as_bytes()).unwrap();
        assert_eq!(head.len(), PLAIN_TEXT_BYTES);
        let odd = format!("x{long}");
        assert_eq!(
            plain_text(odd.as_bytes()).unwrap().len(),
            PLAIN_TEXT_BYTES - 1
        );
    }

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
    fn details_stay_small_enough_for_a_users_enum() {
        // A user's `#[spec_error(other)] Other(ErrorDetails<'static>)` beside a variant of
        // 40 bytes: clippy's `large_enum_variant` (200 bytes apart) must stay quiet.
        assert!(
            size_of::<ErrorDetails<'_>>() <= 240,
            "{}",
            size_of::<ErrorDetails<'_>>()
        );
    }

    #[test]
    fn google_details_are_kept_when_whole_in_the_kept_body() {
        let body = br#"{"error":{"code":403,"status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"CONSUMER_SUSPENDED"}]}}"#;
        let d = ErrorDetails::parse(403, &(), body);
        assert_eq!(d.reason(), Some("CONSUMER_SUSPENDED"));
        assert_eq!(d.clone().into_owned().reason(), Some("CONSUMER_SUSPENDED"));
        assert!(format!("{d:?}").contains("CONSUMER_SUSPENDED"));
        // Written with escapes: not a place in the body, so not kept.
        let escaped = br#"{"error":{"details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"A\u0042"}]}}"#;
        assert_eq!(ErrorDetails::parse(400, &(), escaped).reason(), None);
        // Past the kept part of the body.
        let mut long = br#"{"error":{"message":""#.to_vec();
        long.extend(std::iter::repeat_n(b'a', MAX_RAW_BODY_BYTES));
        long.extend(br#"","details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"3s"}]}}"#);
        assert_eq!(
            parse_envelope(&long).google.retry_delay.text(&long),
            Some("3s")
        );
        assert_eq!(ErrorDetails::parse(429, &(), &long).retry_delay(), None);
    }

    #[test]
    fn status_defaults_mirror_openai_sdks() {
        for s in [408, 409, 429, 500, 502, 503, 504, 599] {
            assert!(default_policy_for_status(s).is_retryable(), "{s}");
        }
        for s in [0, 200, 400, 401, 403, 404, 422, 499, 600] {
            assert!(!default_policy_for_status(s).is_retryable(), "{s}");
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
