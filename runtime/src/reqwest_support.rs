//! Classifying `reqwest` responses and sending requests with retries (the `reqwest`
//! feature).

use std::time::SystemTime;

use crate::catalog::Catalog;
use crate::executor::{Attempted, RetryError, RetryExecutor, Sleeper, Success, TransportKind};

/// How much of an error body is read by default: far more than any real error envelope,
/// small enough that a hostile 10 MB body costs nothing.
pub const DEFAULT_BODY_LIMIT: usize = 64 * 1024;

/// An error response read into memory, its body cut at a limit.
#[derive(Clone, Debug)]
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

/// Reads a response's status, headers and at most `limit` bytes of body.
///
/// A transfer that breaks off keeps what arrived: the status alone still classifies.
pub async fn read_limited(mut response: reqwest::Response, limit: usize) -> ErrorResponse {
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

/// Reads (at most [`DEFAULT_BODY_LIMIT`] bytes of) an error response and classifies it
/// into the failure a retry executor's attempt returns; `now` is for an HTTP-date
/// `Retry-After`.
pub async fn classify_response<C: Catalog>(
    response: reqwest::Response,
    now: SystemTime,
) -> Attempted<C> {
    let read = read_limited(response, DEFAULT_BODY_LIMIT).await;
    Attempted::from_response(read.status.as_u16(), &read.headers, &read.body, now)
}

/// How a `reqwest` error failed, for the retry decision: timeouts and connection
/// failures (refused, reset, closed mid-request) are retried; a request that could not
/// be built, or a redirect loop, is not.
pub fn transport_kind(error: &reqwest::Error) -> TransportKind {
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
pub async fn send_with_retry<C, S>(
    executor: &RetryExecutor<S>,
    request: reqwest::RequestBuilder,
) -> Result<Success<reqwest::Response>, RetryError<C>>
where
    C: Catalog,
    S: Sleeper,
{
    let cloneable = request.try_clone().is_some();
    let limit = (!cloneable).then_some(1);
    let mut original = Some(request);
    executor
        .run_limited(limit, |ctx| {
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
                    return Err(Attempted::transport(
                        "the request cannot be sent again",
                        TransportKind::Fatal,
                    ));
                };
                match builder.send().await {
                    Ok(response) => {
                        // Every response, successes included, tells the limiter what is left.
                        ctx.observe(response.status().as_u16(), response.headers());
                        if crate::http_support::is_error_status(response.status()) {
                            Err(classify_response::<C>(response, ctx.now).await)
                        } else {
                            Ok(response)
                        }
                    }
                    Err(error) => {
                        let kind = transport_kind(&error);
                        Err(Attempted::transport(error, kind))
                    }
                }
            }
        })
        .await
}
