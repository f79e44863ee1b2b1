//! One `tracing` event per attempt, with anything that looks like an API key redacted.

use super::attempt::AttemptRecord;
use crate::response::redact::redact;

/// Emits the event for one finished attempt: `DEBUG` for a success, `INFO` for a retry,
/// `WARN` for the failure that ends the run.
pub(crate) fn attempt(record: &AttemptRecord) {
    // Codes and request ids come from the server: redact them like any other text.
    let code = record.code.as_deref().map(redact);
    let code = code.as_deref().unwrap_or("");
    let request_id = record.request_id.as_deref().map(redact);
    let request_id = request_id.as_deref().unwrap_or("");
    let status = record.status.unwrap_or(0);
    let delay_ms = u64::try_from(record.delay_waited.as_millis()).unwrap_or(u64::MAX);
    let transport = record.transport.map_or("", |k| k.as_str());

    if record.succeeded {
        tracing::debug!(
            target: "errspec::retry",
            attempt = record.attempt,
            "attempt succeeded"
        );
    } else if let Some(stop) = record.stop {
        tracing::warn!(
            target: "errspec::retry",
            attempt = record.attempt,
            status,
            code,
            request_id,
            transport,
            stop = stop.as_str(),
            "attempt failed, giving up: {stop}"
        );
    } else {
        tracing::info!(
            target: "errspec::retry",
            attempt = record.attempt,
            status,
            code,
            request_id,
            transport,
            delay_ms,
            reason = ?record.retry_reason,
            "attempt failed, retrying"
        );
    }
}
