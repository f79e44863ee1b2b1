//! [`send_with_retry`] for any provider (the `reqwest` feature).

use crate::runtime::integrations::reqwest::send_with_retry_using;
use crate::runtime::retry::{RetryError, RetryExecutor, Success};
use crate::runtime::time::Sleeper;

use super::{AnyCode, Choice, attempted};

/// Sends `request` through `executor` like
/// [`reqwest_support::send_with_retry`](crate::runtime::integrations::reqwest::send_with_retry),
/// classifying each error response with the catalog of the provider that sent it: the one
/// serving the URL's host, else the one its headers and body point to
/// ([`Choice::Host`]). The final error's [`AnyCode`] names the provider when the catalog
/// knew the error.
pub async fn send_with_retry<S: Sleeper>(
    executor: &RetryExecutor<S>,
    request: reqwest::RequestBuilder,
) -> Result<Success<reqwest::Response>, RetryError<AnyCode>> {
    send_with_retry_using(executor, request, |read, url, now| {
        let choice = url.host_str().map_or(Choice::Detect, Choice::Host);
        attempted(choice, read.status.as_u16(), &read.headers, &read.body, now)
    })
    .await
}
