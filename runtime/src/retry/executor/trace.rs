//! `tracing` events: one per attempt (target `errspec::retry`), one per fallback hop and
//! one per cool-down (target `errspec::fallback`), with anything that looks like an API
//! key redacted.
//!
//! Fields use OpenTelemetry's semantic-convention names where one exists:
//! `http.response.status_code` (absent when no response arrived), `error.type` (the
//! catalog's or the server's error code; the transport failure, `timeout` or
//! `connection`; or the status, as a string, for an error without a code) and
//! `http.request.resend_count` (the attempt's number less one, on retries only). The rest
//! are errspec's own: `attempt`, `request_id`, `delay_ms`, `reason`, `stop`, and for
//! fallbacks `from`, `to` (positions in the list of alternatives) and `error.category`.
//! The executor never sees the URL: the reqwest integration runs each send in a span
//! `errspec.send` with `server.address` and `server.port`; with your own client, put them
//! on your own span.

use core::time::Duration;

use super::attempt::AttemptRecord;
use crate::catalog::Category;
use crate::response::redact::redact;
use crate::retry::StopReason;

/// The `error.type` of a failed attempt: its code, else its transport failure, else its
/// status.
fn error_type(record: &AttemptRecord) -> String {
    match (&record.code, record.transport, record.status) {
        // Codes come from the server: redact them like any other text.
        (Some(code), _, _) => redact(code).into_owned(),
        (None, Some(kind), _) => kind.as_str().to_owned(),
        (None, None, Some(status)) => status.to_string(),
        (None, None, None) => String::new(),
    }
}

/// Emits the event for one finished attempt: `DEBUG` for a success, `INFO` for a retry,
/// `WARN` for the failure that ends the run.
pub(crate) fn attempt(record: &AttemptRecord) {
    let request_id = record.request_id.as_deref().map(redact);
    let request_id = request_id.as_deref().unwrap_or("");
    let status = record.status;
    // Set on resends only, as the convention asks.
    let resends = Some(record.attempt.saturating_sub(1)).filter(|&n| n > 0);
    let delay_ms = u64::try_from(record.delay_waited.as_millis()).unwrap_or(u64::MAX);

    if record.succeeded {
        tracing::debug!(
            target: "errspec::retry",
            attempt = record.attempt,
            "http.request.resend_count" = resends,
            "http.response.status_code" = status,
            "attempt succeeded"
        );
        return;
    }
    let error_type = error_type(record);
    if let Some(stop) = record.stop {
        tracing::warn!(
            target: "errspec::retry",
            attempt = record.attempt,
            "http.request.resend_count" = resends,
            "http.response.status_code" = status,
            "error.type" = error_type,
            request_id,
            stop = stop.as_str(),
            "attempt failed, giving up: {stop}"
        );
    } else {
        tracing::info!(
            target: "errspec::retry",
            attempt = record.attempt,
            "http.request.resend_count" = resends,
            "http.response.status_code" = status,
            "error.type" = error_type,
            request_id,
            delay_ms,
            reason = ?record.retry_reason,
            "attempt failed, retrying"
        );
    }
}

/// Emits the event for a call that leaves alternative `from` for `to`, after the
/// executor stopped with `stop` on an error of `category`.
pub(crate) fn fallback(from: usize, to: usize, category: Category, stop: StopReason) {
    tracing::warn!(
        target: "errspec::fallback",
        from,
        to,
        "error.category" = category.as_str(),
        stop = stop.as_str(),
        "falling back to another alternative after {category} ({stop})"
    );
}

/// Emits the event for an alternative taken out of the rotation for `cool`.
pub(crate) fn cooldown(index: usize, cool: Duration) {
    let cool_ms = u64::try_from(cool.as_millis()).unwrap_or(u64::MAX);
    tracing::warn!(
        target: "errspec::fallback",
        alternative = index,
        cool_ms,
        "alternative cooling down"
    );
}
