//! Metrics through the [`metrics`](https://docs.rs/metrics) facade (feature `metrics`):
//! install any recorder (a Prometheus or OpenTelemetry exporter, …) and the executor and
//! [`Fallbacks`](crate::Fallbacks) report to it. Without a recorder, each report is a
//! no-op; nothing here needs configuring.
//!
//! | name | kind | labels | what |
//! |---|---|---|---|
//! | `errspec.errors` | counter | `provider`, `code`, `category`, `status` | every failed attempt |
//! | `errspec.retries` | counter | `provider`, `category` | every retry the executor decided on |
//! | `errspec.stops` | counter | `provider`, `reason` | every call the executor gave up on, by [`StopReason::as_str`] |
//! | `errspec.budget.tokens` | gauge | | the retry budget's tokens after each failed attempt |
//! | `errspec.limiter.wait` | histogram (seconds) | | every hold of an attempt by the rate limiter |
//! | `errspec.fallbacks` | counter | `provider`, `category`, `from`, `to` | every hop to another alternative |
//! | `errspec.cooldowns` | counter | `provider`, `alternative` | every alternative taken out of the rotation |
//! | `errspec.calls.queued` | gauge | | calls queued at the outage gate, behind its probe (see [`RetryExecutor::outage_wait`](crate::RetryExecutor::outage_wait)) |
//!
//! `provider` is the catalog's spec name ([`SpecInfo::name`](crate::SpecInfo::name),
//! `openai`); `code` is the catalog's code (`rate_limit_exceeded`), `unknown` for an
//! error the catalog does not know, or the transport failure (`timeout`, `connection`,
//! `fatal`), whose `category` is `transport`; `status` is the HTTP status (empty for a
//! transport failure); `from`, `to` and `alternative` are positions in the list of
//! alternatives. Every label value comes from the spec or from errspec, never from the
//! server's text, so the label sets stay small and free of secrets.
//!
//! A retry the rate limiter would hold past the call's deadline is counted in
//! `errspec.retries` (it was decided) and its stop is not counted in `errspec.stops`.

use core::time::Duration;

use crate::retry::{RetryDecision, StopReason};

const ERRORS: &str = "errspec.errors";
const RETRIES: &str = "errspec.retries";
const STOPS: &str = "errspec.stops";
const BUDGET_TOKENS: &str = "errspec.budget.tokens";
const LIMITER_WAIT: &str = "errspec.limiter.wait";
const FALLBACKS: &str = "errspec.fallbacks";
const COOLDOWNS: &str = "errspec.cooldowns";
const CALLS_QUEUED: &str = "errspec.calls.queued";

/// What an attempt's failure is, as the metrics label it.
pub(crate) struct Failure {
    /// The catalog's code, `unknown`, or the transport failure's kind.
    pub(crate) code: &'static str,
    /// The entry's category, or `transport`.
    pub(crate) category: &'static str,
    /// The response's status; `None` when no response came.
    pub(crate) status: Option<u16>,
}

/// Reports one failed attempt of `provider`'s API the executor has judged, and the
/// budget's level after it (`None`: no local budget).
pub(crate) fn attempt(
    provider: &'static str,
    failure: &Failure,
    decision: &RetryDecision,
    budget_level: Option<u32>,
) {
    let category = failure.category;
    let status = failure.status.map_or_else(String::new, |s| s.to_string());
    metrics::counter!(
        ERRORS,
        "provider" => provider,
        "code" => failure.code,
        "category" => category,
        "status" => status
    )
    .increment(1);
    match decision {
        RetryDecision::Retry { .. } => {
            metrics::counter!(RETRIES, "provider" => provider, "category" => category).increment(1);
        }
        RetryDecision::Stop(reason) => stop(provider, *reason),
    }
    if let Some(level) = budget_level {
        metrics::gauge!(BUDGET_TOKENS).set(f64::from(level));
    }
}

/// Reports a call the executor gave up on.
fn stop(provider: &'static str, reason: StopReason) {
    metrics::counter!(STOPS, "provider" => provider, "reason" => reason.as_str()).increment(1);
}

/// Reports an attempt held by the rate limiter for `wait`.
pub(crate) fn limiter_wait(wait: Duration) {
    metrics::histogram!(LIMITER_WAIT).record(wait.as_secs_f64());
}

/// Reports a hop from alternative `from` to `to` after an error of `category`.
pub(crate) fn fallback(
    provider: &'static str,
    category: crate::catalog::Category,
    from: usize,
    to: usize,
) {
    metrics::counter!(
        FALLBACKS,
        "provider" => provider,
        "category" => category.as_str(),
        "from" => from.to_string(),
        "to" => to.to_string()
    )
    .increment(1);
}

/// Reports alternative `index` taken out of the rotation.
pub(crate) fn cooldown(provider: &'static str, index: usize) {
    metrics::counter!(COOLDOWNS, "provider" => provider, "alternative" => index.to_string())
        .increment(1);
}

/// Reports how many calls wait behind the outage guard's probe (the outage gate calls it
/// whenever its queue changes).
pub(crate) fn calls_queued(waiting: usize) {
    metrics::gauge!(CALLS_QUEUED).set(waiting as f64);
}
