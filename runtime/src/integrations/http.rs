//! What the `http` feature adds besides [`HeaderSource`](crate::HeaderSource) for
//! `http::HeaderMap`: classify an `http::Response` with
//! `classify(response.status().as_u16(), response.headers(), response.body())`, and make
//! an attempt's failure of it with [`AttemptError::from_response`](crate::AttemptError::from_response).

/// Whether a status is an error the runtime should classify (4xx or 5xx).
pub(crate) fn is_error_status(status: http::StatusCode) -> bool {
    status.is_client_error() || status.is_server_error()
}
