//! Retrying: the decision for one failed attempt ([`decide`]), the budget shared across
//! requests ([`RetryBudget`]), the client-side rate limiter ([`RateLimiter`]), the
//! executor that runs attempts with all three ([`RetryExecutor`]), and the layer above it
//! that falls back to other alternatives and cools failing ones down ([`fallback`]).
//!
//! # The decision
//!
//! The retry decision ([`decide`]): a pure function from (strategy, attempt, hints,
//! randomness) to [`RetryDecision::Retry`] with a delay, or [`RetryDecision::Stop`] with a reason.
//!
//! Randomness and time are injected ([`RetryRng`](crate::rand::RetryRng),
//! [`Clock`](crate::time::Clock)) so that tests are deterministic and never sleep.
//!
//! The rules, in order:
//! 1. `x-should-retry: false` stops ([`StopReason::ServerSaidNo`]), whatever the error.
//! 2. A strategy that never retries stops ([`StopReason::NotRetryable`]) — unless the
//!    error is not in the catalog and the server sent `x-should-retry: true`: then the
//!    server knows better than our status-based guess, and [`SERVER_SAID_RETRY`] applies.
//!    For a catalog entry the spec wins: it says why (e.g. `insufficient_quota`) waiting
//!    cannot help. `true` never changes a strategy that retries anyway (its attempts and
//!    delays stay the strategy's). The official SDKs obey the header for every status;
//!    we let it override only our own guess, never the spec.
//! 3. After `max_attempts` attempts in total, stop ([`StopReason::AttemptsExhausted`]).
//! 4. A delay the server asked for (see
//!    [`RetryHints::server_delay`](crate::RetryHints::server_delay)) replaces the backoff formula,
//!    and is honoured as asked up to [`DecisionInput::max_server_delay`]
//!    (two minutes by default) — not the strategy's `max_delay`,
//!    which caps only our own backoff. A longer request stops the retry
//!    ([`StopReason::HintTooLong`]): retrying sooner than the server asked would most likely fail
//!    again and burn budget, and a server that asks for more than minutes is describing an outage
//!    or a quota, not a throttle; the caller gets the requested delay and can reschedule.
//! 5. Otherwise the strategy's [`Backoff`](crate::Backoff) formula gives the delay, capped by
//!    `max_delay`.
//! 6. A delay that would end after the call's deadline (more than
//!    [`DecisionInput::time_left`]) stops ([`StopReason::DeadlineExceeded`]), and so does
//!    any retry once no time is left: a wait is never started that the caller will not
//!    see the end of.
//! 7. Last, a proposed retry must be paid for from the [`RetryBudget`],
//!    if one is used ([`StopReason::BudgetExhausted`] otherwise): [`decide`] itself is pure,
//!    and the executor calls `RetryBudget::pay`. Its token bucket
//!    must hold the cost and its retry-ratio window, at [`DecisionInput::now`], must have
//!    room. A failed first attempt that gets this far counts as a failing call in that window.
//!    A refusal trips the outage guard: by default the executor then holds the call behind
//!    a single probe instead of stopping it
//!    ([`RetryExecutor::outage_wait`](crate::RetryExecutor::outage_wait)).

mod backoff;
// The stages keep their own (hidden) paths for this workspace's crates, which reach the
// limiter's and the budget's inner workings; a caller needs only what is re-exported below.
#[doc(hidden)]
pub mod budget;
mod decision;
#[doc(hidden)]
pub mod executor;
#[doc(hidden)]
pub mod fallback;
#[doc(hidden)]
pub mod limiter;
mod outage;

pub use backoff::backoff_delay;
pub use budget::{BudgetConfig, RatioConfig, RetryBudget};
pub use decision::*;
pub use executor::{
    AttemptContext, AttemptError, AttemptRecord, DEFAULT_DEADLINE, FailedResponse, RetryError,
    RetryExecutor, Success, TransportKind,
};
pub use fallback::{FallbackRule, Fallbacks, Hop, Routed};
pub use limiter::{LimiterConfig, RateLimiter};
