//! Classifying [`http::Response`][response]s (the `http` feature).
//!
//! [response]: https://docs.rs/http/1/http/response/struct.Response.html
//!
//! `http::HeaderMap` implements [`HeaderSource`](crate::HeaderSource), so hints and
//! classification read it directly; these helpers take a whole response.

use std::time::SystemTime;

use crate::catalog::Catalog;
use crate::classify::{Classification, classify};
use crate::response::hints::RetryHints;
use crate::retry::executor::AttemptError;

#[doc(hidden)]
/// Whether a status is an error the runtime should classify (4xx or 5xx).
pub fn is_error_status(status: http::StatusCode) -> bool {
    status.is_client_error() || status.is_server_error()
}

/// Classifies a response whose body is already in memory, borrowing from it.
pub fn classify_response<C: Catalog, B: AsRef<[u8]>>(
    response: &http::Response<B>,
) -> Classification<'_, C> {
    classify(
        response.status().as_u16(),
        response.headers(),
        response.body().as_ref(),
    )
}

/// The retry hints of a response; `now` turns an HTTP-date `Retry-After` into a delay.
pub fn retry_hints<C: Catalog, B: AsRef<[u8]>>(
    response: &http::Response<B>,
    now: SystemTime,
) -> RetryHints {
    let classification = classify_response::<C, B>(response);
    RetryHints::from_details(classification.details(), response.headers(), now)
}

/// Classifies an error response into the failure a retry executor's attempt returns.
pub fn attempted<C: Catalog, B: AsRef<[u8]>>(
    response: &http::Response<B>,
    now: SystemTime,
) -> AttemptError<C> {
    AttemptError::from_response(
        response.status().as_u16(),
        response.headers(),
        response.body().as_ref(),
        now,
    )
}
