//! The retry decision for one failed attempt; the rules are in the [`retry`](crate::retry)
//! module's docs.

use core::fmt;
use core::time::Duration;
use std::time::SystemTime;

use super::backoff::backoff_delay;
use crate::rand::RetryRng;

use crate::catalog::{Backoff, RetryPolicy};
use crate::response::hints::{HintSource, RetryHints};
/// What failed, as far as the retry cost is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FailureKind {
    /// The server answered with an error response.
    Response,
    /// The request timed out, or the connection failed or dropped: the costliest failures
    /// to repeat, so their retries cost more budget.
    TimeoutOrConnection,
}

#[doc(hidden)]
/// The longest server-requested delay [`decide`] honours by default: two minutes
/// ([`RetryExecutor::max_server_delay`](crate::RetryExecutor::max_server_delay) says
/// why). A longer `Retry-After` stops the retry with [`StopReason::HintTooLong`].
pub const DEFAULT_MAX_SERVER_DELAY: Duration = Duration::from_secs(120);

/// Everything [`decide`] looks at, apart from the budget and the randomness.
#[derive(Clone, Copy, Debug)]
pub struct DecisionInput<'a> {
    /// The strategy of the error (from its catalog entry, or the default for its status).
    pub strategy: &'a RetryPolicy,
    /// The attempt that just failed, counting from 1.
    pub attempt: u32,
    /// What the response said about retrying.
    pub hints: &'a RetryHints,
    /// The error is a known catalog entry, so its strategy is authoritative.
    pub known: bool,
    /// Overrides the strategy's `max_attempts` for strategies that retry.
    pub max_attempts: Option<u32>,
    /// What failed (sets the budget cost).
    pub kind: FailureKind,
    /// When the attempt failed, for the budget's retry-ratio window
    /// ([`RetryBudget::try_retry`](crate::RetryBudget::try_retry)); `None` counts it in the newest second the budget has
    /// seen. The executor passes its clock's time.
    pub now: Option<SystemTime>,
    /// The longest server-requested delay to honour (rule 4); two minutes from
    /// [`new`](Self::new).
    pub max_server_delay: Duration,
    /// Time left before the call's deadline (rule 6); `None`: no deadline.
    pub time_left: Option<Duration>,
}

impl<'a> DecisionInput<'a> {
    /// An input for a failed response with no override.
    pub fn new(
        strategy: &'a RetryPolicy,
        attempt: u32,
        hints: &'a RetryHints,
        known: bool,
    ) -> Self {
        DecisionInput {
            strategy,
            attempt,
            hints,
            known,
            max_attempts: None,
            kind: FailureKind::Response,
            now: None,
            max_server_delay: DEFAULT_MAX_SERVER_DELAY,
            time_left: None,
        }
    }
}

/// Why a retry goes ahead, and where its delay came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RetryReason {
    /// The strategy's backoff formula gave the delay.
    Backoff,
    /// The server asked for the delay.
    ServerDelay(HintSource),
    /// The strategy would not retry this unknown error, but `x-should-retry: true` said
    /// to; the delay comes from [`SERVER_SAID_RETRY`] (or the server's delay hint).
    ServerSaidRetry,
}

/// Why there is no further attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StopReason {
    /// The error's strategy never retries (e.g. 401, `insufficient_quota`).
    NotRetryable,
    /// The last allowed attempt failed.
    AttemptsExhausted {
        /// Attempts made, the first one included.
        attempts: u32,
    },
    /// The server sent `x-should-retry: false`.
    ServerSaidNo,
    /// The shared retry budget refused this retry: its token bucket has too few tokens
    /// left, or its retry-ratio window is full (too many retries for the calls failing
    /// recently; see [`crate::retry::budget`]).
    BudgetExhausted,
    /// The server asked to wait longer than the longest server delay honoured
    /// ([`DecisionInput::max_server_delay`]).
    HintTooLong {
        /// The delay the server asked for (clamped to
        /// `MAX_HINT`, a day).
        requested: Duration,
        /// The longest server delay honoured.
        ceiling: Duration,
    },
    /// The next wait (a retry delay, or a retry's turn at the rate limiter) would end
    /// after the call's deadline ([`RetryExecutor::deadline`](crate::RetryExecutor::deadline)),
    /// or the deadline has passed.
    DeadlineExceeded {
        /// The wait that was not started (zero: an immediate retry, after the deadline).
        wait: Duration,
        /// What was left of the call's time budget.
        left: Duration,
    },
    /// The service is down: the retry budget refused retries, so calls wait behind a
    /// single probe ([`RetryExecutor::outage_wait`](crate::RetryExecutor::outage_wait)),
    /// and this one could not wait for the next probe within its deadline (or the longest
    /// outage wait).
    Outage {
        /// When the next probe goes (zero: one is in flight, its answer not yet known).
        next_probe: Duration,
        /// What was left of the call's wait.
        left: Duration,
    },
}

impl StopReason {
    /// A short snake_case name for logs (`"attempts_exhausted"`).
    pub const fn as_str(self) -> &'static str {
        match self {
            StopReason::NotRetryable => "not_retryable",
            StopReason::AttemptsExhausted { .. } => "attempts_exhausted",
            StopReason::ServerSaidNo => "server_said_no",
            StopReason::BudgetExhausted => "budget_exhausted",
            StopReason::HintTooLong { .. } => "hint_too_long",
            StopReason::DeadlineExceeded { .. } => "deadline_exceeded",
            StopReason::Outage { .. } => "outage",
        }
    }
}

impl fmt::Display for StopReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StopReason::NotRetryable => f.write_str("the error is not retryable"),
            StopReason::AttemptsExhausted { attempts } => {
                write!(f, "gave up after {attempts} attempts")
            }
            StopReason::ServerSaidNo => f.write_str("the server said not to retry"),
            StopReason::BudgetExhausted => f.write_str("the retry budget is exhausted"),
            StopReason::HintTooLong { requested, ceiling } => write!(
                f,
                "the server asked to wait {requested:?}, longer than the {ceiling:?} honoured"
            ),
            StopReason::DeadlineExceeded { wait, left } => write!(
                f,
                "waiting {wait:?} more would pass the call's deadline ({left:?} left)"
            ),
            StopReason::Outage { next_probe, left } if next_probe.is_zero() => write!(
                f,
                "the service is down and the call's wait ran out ({left:?} left) before the \
                 probe in flight was answered"
            ),
            StopReason::Outage { next_probe, left } => write!(
                f,
                "the service is down and its next probe, in {next_probe:?}, comes later than \
                 the call can wait ({left:?} left)"
            ),
        }
    }
}

/// The outcome of [`decide`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RetryDecision {
    /// Wait `delay`, then try again.
    Retry {
        /// How long to wait first: never above the strategy's `max_delay` for a backoff,
        /// nor above [`DecisionInput::max_server_delay`] for a server's delay.
        delay: Duration,
        /// Why, and where the delay came from.
        reason: RetryReason,
        /// Budget tokens withdrawn for this retry (zero without a budget); a success
        /// after it should return them ([`RetryBudget::record_success`](crate::RetryBudget::record_success)).
        cost: u32,
    },
    /// Do not try again.
    Stop(StopReason),
}

impl RetryDecision {
    #[doc(hidden)]
    /// The delay, for a retry.
    pub fn delay(&self) -> Option<Duration> {
        match self {
            RetryDecision::Retry { delay, .. } => Some(*delay),
            RetryDecision::Stop(_) => None,
        }
    }
}

/// The numbers of the runtime's built-in strategies for errors a catalog cannot speak
/// for: three attempts, 0.5 s doubling to at most 8 s, up to 25 % jitter (the numbers
/// OpenAI's own SDKs use).
pub(crate) const TRANSIENT_DEFAULT: RetryPolicy = RetryPolicy {
    backoff: Backoff::Exponential {
        initial: Duration::from_millis(500),
        multiplier: 2.0,
        jitter: Duration::from_millis(125),
    },
    max_attempts: 3,
    max_delay: Duration::from_secs(8),
};

#[doc(hidden)]
/// The strategy used when the server says `x-should-retry: true` about an error the
/// strategy would not retry: three attempts, 0.5 s doubling to at most 8 s, up to 125 ms
/// of jitter.
pub static SERVER_SAID_RETRY: RetryPolicy = TRANSIENT_DEFAULT;

#[doc(hidden)]
/// The strategy for timeouts and connection failures (refused, reset, closed), which
/// have no response to classify: three attempts, 0.5 s doubling to at most 8 s.
pub static TRANSPORT_POLICY: RetryPolicy = TRANSIENT_DEFAULT;

/// Proposes whether to retry after a failed attempt; see the
/// [`retry` module docs](crate::retry) for the rules. A pure function of `input` and the
/// randomness: a proposed retry costs nothing yet (`cost` is zero) until a shared budget
/// pays for it (`RetryBudget::pay`), as the
/// executor does.
pub fn decide<R: RetryRng + ?Sized>(input: &DecisionInput<'_>, rng: &mut R) -> RetryDecision {
    let hints = input.hints;
    if hints.should_retry == Some(false) {
        return RetryDecision::Stop(StopReason::ServerSaidNo);
    }

    let mut strategy = input.strategy;
    let mut forced = false;
    if !strategy.is_retryable() {
        if input.known || hints.should_retry != Some(true) {
            return RetryDecision::Stop(StopReason::NotRetryable);
        }
        strategy = &SERVER_SAID_RETRY;
        forced = true;
    }

    let max_attempts = input.max_attempts.unwrap_or(strategy.max_attempts);
    if input.attempt >= max_attempts {
        return RetryDecision::Stop(StopReason::AttemptsExhausted {
            attempts: input.attempt,
        });
    }

    let (delay, mut reason) = match hints.server_delay() {
        Some((requested, _)) if requested > input.max_server_delay => {
            return RetryDecision::Stop(StopReason::HintTooLong {
                requested,
                ceiling: input.max_server_delay,
            });
        }
        Some((requested, source)) => (requested, RetryReason::ServerDelay(source)),
        None => (
            backoff_delay(strategy, input.attempt, rng.next_fraction()),
            RetryReason::Backoff,
        ),
    };
    if forced {
        reason = RetryReason::ServerSaidRetry;
    }

    if let Some(left) = input.time_left
        && (left.is_zero() || delay > left)
    {
        return RetryDecision::Stop(StopReason::DeadlineExceeded { wait: delay, left });
    }

    RetryDecision::Retry {
        delay,
        reason,
        cost: 0,
    }
}

#[cfg(test)]
mod tests;
