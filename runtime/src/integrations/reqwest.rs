//! Classifying `reqwest` responses and sending requests with retries (the `reqwest`
//! feature).

use core::future::Future;
use std::time::SystemTime;

use crate::catalog::Catalog;
use crate::response::hints::RetryHints;
use crate::response::redact::{DebugRedacted, Redacted};
use crate::retry::executor::{AttemptError, RetryError, RetryExecutor, Success, TransportKind};
use crate::time::Sleeper;

/// How much of an error body is read by default: far more than any real error envelope,
/// small enough that a hostile 10 MB body costs nothing.
pub(crate) const DEFAULT_BODY_LIMIT: usize = 64 * 1024;

#[doc(hidden)] // what `send_with_retry_using` hands its classifier
/// An error response read into memory, its body cut at a limit. `Debug` shows the body as
/// text and redacts keys in it and in the headers.
#[derive(Clone)]
pub struct ErrorResponse {
    /// The status.
    pub status: http::StatusCode,
    /// The headers.
    pub headers: http::HeaderMap,
    /// At most the limit's worth of the body.
    pub body: Vec<u8>,
    /// The body was longer than the limit, or its transfer broke off.
    pub truncated: bool,
}

impl std::fmt::Debug for ErrorResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let body = String::from_utf8_lossy(&self.body);
        f.debug_struct("ErrorResponse")
            .field("status", &self.status)
            .field("headers", &DebugRedacted(&self.headers))
            .field("body", &Redacted(&body))
            .field("truncated", &self.truncated)
            .finish()
    }
}

/// Reads a response's status, headers and at most `limit` bytes of body.
///
/// A transfer that breaks off keeps what arrived: the status alone still classifies.
pub(crate) async fn read_limited(mut response: reqwest::Response, limit: usize) -> ErrorResponse {
    let status = response.status();
    let headers = core::mem::take(response.headers_mut());
    let mut body = Vec::new();
    let mut truncated = false;
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                let room = limit - body.len();
                if chunk.len() > room {
                    body.extend_from_slice(&chunk[..room]);
                    truncated = true;
                    break;
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => break,
            Err(_) => {
                truncated = true;
                break;
            }
        }
    }
    ErrorResponse {
        status,
        headers,
        body,
        truncated,
    }
}

/// Reads (at most 64 KiB of) an error response and classifies it
/// into the failure a retry executor's attempt returns; `now` is for an HTTP-date
/// `Retry-After`.
pub async fn classify_response<C: Catalog>(
    response: reqwest::Response,
    now: SystemTime,
) -> AttemptError<C> {
    let read = read_limited(response, DEFAULT_BODY_LIMIT).await;
    AttemptError::from_response(read.status.as_u16(), &read.headers, &read.body, now)
}

/// How a `reqwest` error failed, for the retry decision: timeouts and connection
/// failures (refused, reset, closed mid-request) are retried; a request that could not
/// be built, or a redirect loop, is not.
pub(crate) fn transport_kind(error: &reqwest::Error) -> TransportKind {
    if error.is_builder() || error.is_redirect() {
        TransportKind::Fatal
    } else if error.is_timeout() {
        TransportKind::Timeout
    } else if error.is_connect() || error.is_request() || error.is_body() {
        TransportKind::Connection
    } else {
        TransportKind::Fatal
    }
}

/// Sends `request` through `executor`: error statuses (4xx, 5xx) are classified and
/// retried per the catalog `C`, the server's hints and the executor's budget; any other
/// response is the success. Every attempt waits for the executor's rate limiter, and every
/// response's `x-ratelimit-*` headers feed it.
///
/// Every retry sends a clone of the request (`RequestBuilder::try_clone`). A request
/// that cannot be cloned (a streaming body) is sent once, never retried.
///
/// A `200` whose body is an error (some OpenAI-compatible gateways send them) is a
/// success here: the body is not read. [`send_with_retry_checked`] reads and checks it.
pub async fn send_with_retry<C, S>(
    executor: &RetryExecutor<S>,
    request: reqwest::RequestBuilder,
) -> Result<Success<reqwest::Response>, RetryError<C>>
where
    C: Catalog,
    S: Sleeper,
{
    send_with_retry_using(executor, request, classify_read::<C>).await
}

/// [`send_with_retry`], classifying error responses with `classify` instead of one
/// catalog's [`AttemptError::from_response`]: it gets the response read into memory (at most
/// 64 KiB of body), the URL that answered (after redirects) and the
/// executor clock's "now". `errspec::any::send_with_retry` uses it to pick the catalog of
/// whichever provider answered.
#[doc(hidden)] // for `errspec::any`, which picks a catalog per response
pub async fn send_with_retry_using<C, S, F>(
    executor: &RetryExecutor<S>,
    request: reqwest::RequestBuilder,
    classify: F,
) -> Result<Success<reqwest::Response>, RetryError<C>>
where
    C: Catalog,
    S: Sleeper,
    F: Fn(&ErrorResponse, &reqwest::Url, SystemTime) -> AttemptError<C>,
{
    send_inner(executor, request, &classify, |response, _| async move {
        Ok(response)
    })
    .await
}

/// [`send_with_retry`] for APIs that may report an error inside a success: every success
/// body is read in full, and one that is an error envelope
/// ([`in_band_error`](crate::response::in_band_error): `{"error":{…}}` first, as
/// OpenRouter sends) is classified with the status it carries and retried like an error
/// response.
///
/// Opt-in because it reads the whole body before returning it: not for streams (check each
/// event's data with [`classify_in_band`](crate::response::classify_in_band) instead). A
/// body whose transfer breaks off is a connection failure, retried as one.
pub async fn send_with_retry_checked<C, S>(
    executor: &RetryExecutor<S>,
    request: reqwest::RequestBuilder,
) -> Result<Success<http::Response<Vec<u8>>>, RetryError<C>>
where
    C: Catalog,
    S: Sleeper,
{
    send_inner(
        executor,
        request,
        &classify_read::<C>,
        |response, now| async move {
            let status = response.status();
            let version = response.version();
            let headers = response.headers().clone();
            let body = match response.bytes().await {
                Ok(body) => body.to_vec(),
                Err(error) => {
                    return Err(AttemptError::transport(error, TransportKind::Connection));
                }
            };
            if let Some(error) = crate::response::in_band::classify_in_band::<C>(&headers, &body) {
                let status = error.details().status();
                let message = error.details().message_unredacted();
                let hints = RetryHints::from_response(status, &headers, message, now);
                return Err(AttemptError::response(error.into_owned(), hints));
            }
            let mut read = http::Response::new(body);
            *read.status_mut() = status;
            *read.version_mut() = version;
            *read.headers_mut() = headers;
            Ok(read)
        },
    )
    .await
}

/// The catalog's classification of an error response read into memory.
fn classify_read<C: Catalog>(
    read: &ErrorResponse,
    _url: &reqwest::Url,
    now: SystemTime,
) -> AttemptError<C> {
    AttemptError::from_response(read.status.as_u16(), &read.headers, &read.body, now)
}

/// The retry loop of every `send_with_retry*`: `classify` turns an error status into the
/// attempt's failure, `on_success` turns any other response into its value (or a failure).
async fn send_inner<C, S, T, F, G, Fut>(
    executor: &RetryExecutor<S>,
    request: reqwest::RequestBuilder,
    classify: &F,
    on_success: G,
) -> Result<Success<T>, RetryError<C>>
where
    C: Catalog,
    S: Sleeper,
    F: Fn(&ErrorResponse, &reqwest::Url, SystemTime) -> AttemptError<C>,
    G: Fn(reqwest::Response, SystemTime) -> Fut,
    Fut: Future<Output = Result<T, AttemptError<C>>>,
{
    // One copy tells whether the request can be resent, and (with `tracing`) its URL.
    let copy = request.try_clone();
    let cloneable = copy.is_some();
    let limit = (!cloneable).then_some(1);
    #[cfg(feature = "tracing")]
    let span = send_span(copy);
    #[cfg(not(feature = "tracing"))]
    drop(copy);
    let mut original = Some(request);
    let on_success = &on_success;
    let run = executor.run_limited(limit, |ctx| {
        let next = if cloneable {
            original
                .as_ref()
                .and_then(reqwest::RequestBuilder::try_clone)
        } else {
            original.take()
        };
        async move {
            // Only reachable if a clone fails after the first one succeeded.
            let Some(builder) = next else {
                return Err(AttemptError::transport(
                    "the request cannot be sent again",
                    TransportKind::Fatal,
                ));
            };
            match builder.send().await {
                Ok(response) => {
                    // Every response, successes included, tells the limiter what is left.
                    ctx.observe(response.status().as_u16(), response.headers());
                    if crate::integrations::http::is_error_status(response.status()) {
                        let url = response.url().clone();
                        let read = read_limited(response, DEFAULT_BODY_LIMIT).await;
                        Err(classify(&read, &url, ctx.now))
                    } else {
                        on_success(response, ctx.now).await
                    }
                }
                Err(error) => {
                    let kind = transport_kind(&error);
                    Err(AttemptError::transport(error, kind))
                }
            }
        }
    });
    #[cfg(feature = "tracing")]
    let run = tracing::Instrument::instrument(run, span);
    run.await
}

/// The span every attempt's events of one send belong to, named as OpenTelemetry's HTTP
/// client conventions name them: the server's host (`server.address`) and port
/// (`server.port`). Read from a copy of the request (a builder's URL is not reachable
/// otherwise); a request that cannot be copied is sent once, with an empty span.
#[cfg(feature = "tracing")]
fn send_span(copy: Option<reqwest::RequestBuilder>) -> tracing::Span {
    let url = copy
        .and_then(|copy| copy.build().ok())
        .map(|built| built.url().clone());
    let host = url.as_ref().and_then(|u| u.host_str()).unwrap_or_default();
    let port = url.as_ref().and_then(reqwest::Url::port_or_known_default);
    tracing::info_span!(
        target: "errspec::retry",
        "errspec.send",
        "server.address" = host,
        "server.port" = port,
    )
}
