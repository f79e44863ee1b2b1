//! What one attempt produces, and what the executor reports about all of them.

use core::fmt;
use core::time::Duration;
use std::error::Error;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::SystemTime;

use crate::catalog::Catalog;
use crate::classify::{ApiError, REQUEST_ID_HEADERS, classify};
use crate::response::headers::HeaderSource;
use crate::response::hints::RetryHints;
use crate::response::redact::{DebugRedacted, Redacted};
use crate::retry::{RetryReason, StopReason};

use super::pace::Pacing;

/// How a request failed before any response arrived.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TransportKind {
    /// The connection was refused, reset or closed: retried with
    /// [`TRANSPORT_POLICY`](crate::retry::TRANSPORT_POLICY).
    Connection,
    /// The request timed out: retried like [`Connection`](Self::Connection).
    Timeout,
    /// The request could not be built or sent at all (bad URL, bad header): not retried.
    Fatal,
}

impl TransportKind {
    /// A short name for logs (`"connection"`).
    pub const fn as_str(self) -> &'static str {
        match self {
            TransportKind::Connection => "connection",
            TransportKind::Timeout => "timeout",
            TransportKind::Fatal => "fatal",
        }
    }
}

/// An error response, classified, with its retry hints: what
/// [`AttemptError::Response`] holds. A `#[derive(SpecError)]` enum converts from it
/// (`From` or `TryFrom`), filling `retry_after` from the hints.
#[derive(Debug)]
pub struct FailedResponse<C> {
    /// The classified error.
    pub error: ApiError<C>,
    /// What the response said about retrying.
    pub hints: RetryHints,
}

/// A failed attempt, as the attempt closure reports it to the executor.
///
/// The response is boxed so that this stays small in every `Result` that carries it (one
/// allocation per failed attempt is nothing next to an HTTP round trip).
///
/// `Display` and `Debug` redact keys ([`crate::response::redact()`]), a transport error's
/// too (client errors quote URLs: `…?key=AIza…`). So that error reporters walking
/// [`source`](Error::source) cannot print a transport error raw, `Display` shows its whole
/// chain of causes, redacted, and `source` stops here; the raw error stays in the `error`
/// field.
pub enum AttemptError<C> {
    /// The server answered with an error.
    Response(Box<FailedResponse<C>>),
    /// No response arrived.
    Transport {
        /// The client's error.
        error: Box<dyn Error + Send + Sync + 'static>,
        /// How it failed.
        kind: TransportKind,
    },
}

impl<C: Catalog> AttemptError<C> {
    /// Classifies an error response and reads its retry hints; `now` is for an HTTP-date
    /// `Retry-After`. [`AttemptContext::failure`] passes the executor's clock.
    pub fn from_response<H: HeaderSource + ?Sized>(
        status: u16,
        headers: &H,
        body: &[u8],
        now: SystemTime,
    ) -> Self {
        let classification = classify::<C>(status, headers, body);
        let hints = RetryHints::from_details(classification.details(), headers, now);
        AttemptError::response(classification.into_owned(), hints)
    }
}

impl<C> AttemptError<C> {
    #[doc(hidden)]
    /// A classified error response and its hints.
    pub fn response(error: ApiError<C>, hints: RetryHints) -> Self {
        AttemptError::Response(Box::new(FailedResponse { error, hints }))
    }

    /// A failure before any response.
    pub fn transport(
        error: impl Into<Box<dyn Error + Send + Sync + 'static>>,
        kind: TransportKind,
    ) -> Self {
        AttemptError::Transport {
            error: error.into(),
            kind,
        }
    }

    /// The classified error, when the server answered.
    pub fn api_error(&self) -> Option<&ApiError<C>> {
        match self {
            AttemptError::Response(r) => Some(&r.error),
            AttemptError::Transport { .. } => None,
        }
    }

    #[doc(hidden)]
    /// The classified error, when the server answered.
    pub fn into_api_error(self) -> Option<ApiError<C>> {
        match self {
            AttemptError::Response(r) => Some(r.error),
            AttemptError::Transport { .. } => None,
        }
    }
}

impl<C: Catalog> fmt::Display for AttemptError<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AttemptError::Response(r) => fmt::Display::fmt(&r.error, f),
            AttemptError::Transport { error, kind } => {
                // Client errors can echo URLs or headers: keep keys out of them.
                write!(f, "{} error", kind.as_str())?;
                let mut cause: Option<&(dyn Error + 'static)> = Some(&**error);
                while let Some(e) = cause {
                    write!(f, ": {}", Redacted(&e.to_string()))?;
                    cause = e.source();
                }
                Ok(())
            }
        }
    }
}

impl<C: fmt::Debug> fmt::Debug for AttemptError<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AttemptError::Response(r) => f.debug_tuple("Response").field(r).finish(),
            AttemptError::Transport { error, kind } => f
                .debug_struct("Transport")
                .field("error", &DebugRedacted(error))
                .field("kind", kind)
                .finish(),
        }
    }
}

impl<C: Catalog> Error for AttemptError<C> {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            AttemptError::Response(r) => Some(&r.error),
            // Display carries the transport error's chain, redacted (see the type's docs).
            AttemptError::Transport { .. } => None,
        }
    }
}

/// The status and request id of the response an attempt got, as the closure reported it.
#[derive(Clone, Debug, Default)]
pub(crate) struct Seen {
    pub(crate) status: Option<u16>,
    pub(crate) request_id: Option<String>,
}

/// What the executor tells the attempt closure.
///
/// It also carries the attempt's rate-limiter permit: call [`observe`](Self::observe) with
/// every response's headers (successes included) so the limiter learns the server's
/// limits, and the attempt's record gets the status and request id.
/// [`failure`](Self::failure) does it for error responses.
#[derive(Clone)]
pub struct AttemptContext {
    /// This attempt's number, counting from 1.
    pub attempt: u32,
    /// The executor clock's "now", for HTTP-date `Retry-After` values.
    pub now: SystemTime,
    pub(crate) pacing: Option<Arc<Pacing>>,
    pub(crate) seen: Arc<Mutex<Seen>>,
}

impl AttemptContext {
    #[doc(hidden)]
    /// A context for a closure run by hand, outside an executor (no rate limiter).
    pub fn new(attempt: u32, now: SystemTime) -> Self {
        AttemptContext {
            attempt,
            now,
            pacing: None,
            seen: Arc::default(),
        }
    }

    /// What [`observe`](Self::observe) has seen of the response.
    pub(crate) fn seen(&self) -> Seen {
        self.seen
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Classifies an error response into the failure the closure returns, and feeds its
    /// rate-limit headers to the executor's limiter.
    pub fn failure<C: Catalog, H: HeaderSource + ?Sized>(
        &self,
        status: u16,
        headers: &H,
        body: &[u8],
    ) -> AttemptError<C> {
        self.observe(status, headers);
        AttemptError::from_response(status, headers, body, self.now)
    }

    /// Feeds a response's `x-ratelimit-*` headers to the executor's rate limiter, and its
    /// status and request id ([`REQUEST_ID_HEADERS`]) to the attempt's
    /// [`AttemptRecord`]. Call it for successful responses too: they carry the remaining
    /// budget, and a success's record has no other source for its status.
    ///
    /// A success's headers reach the limiter at once; an error's once the executor has
    /// classified the error and decided on it, so that a 429 the catalog calls a quota
    /// error is not taken for a throttle, and a delay the executor refused to wait holds
    /// no other call.
    pub fn observe<H: HeaderSource + ?Sized>(&self, status: u16, headers: &H) {
        {
            let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
            seen.status = Some(status);
            seen.request_id = REQUEST_ID_HEADERS
                .iter()
                .find_map(|name| headers.header(name))
                .map(str::to_owned);
        }
        if let Some(pacing) = &self.pacing {
            pacing.observe(status, headers);
        }
    }

    #[doc(hidden)]
    /// The attempt holds a rate-limiter permit.
    pub fn is_rate_limited(&self) -> bool {
        self.pacing.is_some()
    }
}

impl PartialEq for AttemptContext {
    fn eq(&self, other: &Self) -> bool {
        self.attempt == other.attempt && self.now == other.now
    }
}

impl Eq for AttemptContext {}

impl fmt::Debug for AttemptContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AttemptContext")
            .field("attempt", &self.attempt)
            .field("now", &self.now)
            .field("rate_limited", &self.pacing.is_some())
            .finish()
    }
}

/// One attempt, as the history records it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttemptRecord {
    /// The attempt's number, counting from 1.
    pub attempt: u32,
    /// The response status; `None` for a transport error, or a success whose closure did
    /// not report its response ([`AttemptContext::observe`]; `send_with_retry` does).
    pub status: Option<u16>,
    /// The error code string the server sent (or the catalog's synthetic code).
    pub code: Option<String>,
    /// The server's request id, for support tickets (for a success, when its closure
    /// reported the response).
    pub request_id: Option<String>,
    /// The kind of transport failure, when no response arrived.
    pub transport: Option<TransportKind>,
    /// The attempt succeeded.
    pub succeeded: bool,
    /// How long the executor waited after this attempt before the next one (zero when no
    /// attempt followed).
    pub delay_waited: Duration,
    /// Why the executor retried after this attempt, if it did.
    pub retry_reason: Option<RetryReason>,
    /// Why the executor stopped after this attempt, if this failure was the last.
    pub stop: Option<StopReason>,
    /// How long the rate limiter held this attempt before it went out.
    pub held: Duration,
}

/// A success, and the attempts it took. `Debug` redacts keys in the history.
pub struct Success<T> {
    /// What the closure returned.
    pub value: T,
    /// Every attempt, the successful last one included.
    pub history: Vec<AttemptRecord>,
}

/// The final failure: the last attempt's error, why the executor stopped, and every attempt.
///
/// `Display` and `Debug` redact keys, as [`AttemptError`]'s do.
pub struct RetryError<C> {
    /// The last attempt's failure.
    pub last: AttemptError<C>,
    /// Why there was no further attempt.
    pub reason: StopReason,
    /// Every attempt, in order.
    pub history: Vec<AttemptRecord>,
}

impl<C> RetryError<C> {
    /// Attempts made.
    pub fn attempts(&self) -> usize {
        self.history.len()
    }

    /// The classified error of the last attempt, when the server answered.
    pub fn api_error(&self) -> Option<&ApiError<C>> {
        self.last.api_error()
    }
}

impl<C: Catalog> fmt::Display for RetryError<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}; {}", self.last, self.reason)
    }
}

impl<T: fmt::Debug> fmt::Debug for Success<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Success")
            .field("value", &self.value)
            // Records hold the server's codes and request ids.
            .field("history", &DebugRedacted(&self.history))
            .finish()
    }
}

impl<C: fmt::Debug> fmt::Debug for RetryError<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryError")
            .field("last", &self.last)
            .field("reason", &self.reason)
            // Records hold the server's codes and request ids.
            .field("history", &DebugRedacted(&self.history))
            .finish()
    }
}

impl<C: Catalog> Error for RetryError<C> {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.last)
    }
}
