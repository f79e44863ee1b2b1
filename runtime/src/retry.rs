//! The retry decision: a pure function from (strategy, attempt, hints, budget, randomness)
//! to [`RetryDecision::Retry`] with a delay, or [`RetryDecision::Stop`] with a reason.
//!
//! Randomness and time are injected ([`RetryRng`], [`Clock`]) so that tests are
//! deterministic and never sleep.
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
//! 4. A delay the server asked for (see [`RetryHints::server_delay`]) replaces the backoff
//!    formula, and is honoured as asked up to [`DecisionInput::max_server_delay`]
//!    ([`DEFAULT_MAX_SERVER_DELAY`], two minutes, by default) — not the strategy's
//!    `max_delay`, which caps only our own backoff. A longer request stops the retry
//!    ([`StopReason::HintTooLong`]): retrying sooner than the server asked would most
//!    likely fail again and burn budget, and a server that asks for more than minutes is
//!    describing an outage or a quota, not a throttle; the caller gets the requested
//!    delay and can reschedule.
//! 5. Otherwise the strategy's [`Backoff`] formula gives the delay, capped by `max_delay`.
//! 6. A delay that would end after the call's deadline (more than
//!    [`DecisionInput::time_left`]) stops ([`StopReason::DeadlineExceeded`]), and so does
//!    any retry once no time is left: a wait is never started that the caller will not
//!    see the end of.
//! 7. Last, the retry must be paid for from the [`RetryBudget`], if one is used
//!    ([`StopReason::BudgetExhausted`] otherwise): its token bucket must hold the cost and
//!    its retry-ratio window, at [`DecisionInput::now`], must have room. A failed first
//!    attempt that gets this far counts as a failing call in that window.

use core::fmt;
use core::time::Duration;
use std::time::SystemTime;

use crate::budget::RetryBudget;
use crate::catalog::{Backoff, RetryStrategy};
use crate::hints::{HintSource, RetryHints};

/// A source of randomness for jitter.
pub trait RetryRng {
    /// The next 64 random bits.
    fn next_u64(&mut self) -> u64;

    /// A uniform fraction in `[0, 1)`.
    fn next_fraction(&mut self) -> f64 {
        // The top 53 bits fill an f64 mantissa exactly, so the result is below 1.
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
}

impl<R: RetryRng + ?Sized> RetryRng for &mut R {
    fn next_u64(&mut self) -> u64 {
        (**self).next_u64()
    }
}

impl<R: RetryRng + ?Sized> RetryRng for Box<R> {
    fn next_u64(&mut self) -> u64 {
        (**self).next_u64()
    }
}

/// A small, fast, non-cryptographic generator (SplitMix64): plenty for jitter, and no
/// dependency.
#[derive(Clone, Debug)]
pub struct FastRng {
    state: u64,
}

impl FastRng {
    /// A generator with a fixed seed: the same seed gives the same jitter.
    pub const fn from_seed(seed: u64) -> FastRng {
        FastRng { state: seed }
    }

    /// A generator seeded from the system clock and a per-process counter, so that
    /// clients started together do not retry in lockstep.
    pub fn from_time() -> FastRng {
        use std::sync::atomic::{AtomicU64, Ordering};
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let nanos = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        FastRng::from_seed(nanos ^ n.wrapping_mul(0xA076_1D64_78BD_642F))
    }
}

impl Default for FastRng {
    fn default() -> Self {
        FastRng::from_time()
    }
}

impl RetryRng for FastRng {
    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// A "generator" that always returns the same fraction: for tests and for callers who
/// want no jitter (`FixedJitter(0.0)`). Values outside `[0, 1)` are clamped into it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FixedJitter(pub f64);

impl RetryRng for FixedJitter {
    fn next_u64(&mut self) -> u64 {
        (self.next_fraction() * (1u64 << 53) as f64) as u64
    }

    fn next_fraction(&mut self) -> f64 {
        if self.0.is_nan() {
            0.0
        } else {
            self.0.clamp(0.0, 1.0 - f64::EPSILON)
        }
    }
}

/// The wall clock, as the retry logic sees it (an HTTP-date `Retry-After` needs "now").
pub trait Clock {
    /// The current time.
    fn now(&self) -> SystemTime;
}

/// The real system clock.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }
}

/// A clock stopped at one instant: for tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FixedClock(pub SystemTime);

impl Clock for FixedClock {
    fn now(&self) -> SystemTime {
        self.0
    }
}

/// What failed, as far as the retry cost is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FailureKind {
    /// The server answered with an error response.
    Response,
    /// The request timed out, or the connection failed or dropped: the costliest failures
    /// to repeat, so their retries cost more budget.
    TimeoutOrConnection,
}

/// The longest server-requested delay [`decide`] honours by default: two minutes, the
/// figure openai-python uses (`MAX_RETRY_AFTER_DELAY = 2 * 60` in `src/openai/_constants.py`,
/// since v2.52.0; it stops retrying above it, as we do). A longer `Retry-After` stops the
/// retry with [`StopReason::HintTooLong`].
pub const DEFAULT_MAX_SERVER_DELAY: Duration = Duration::from_secs(120);

/// Everything [`decide`] looks at, apart from the budget and the randomness.
#[derive(Clone, Copy, Debug)]
pub struct DecisionInput<'a> {
    /// The strategy of the error (from its catalog entry, or the default for its status).
    pub strategy: &'a RetryStrategy,
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
    /// ([`RetryBudget::try_retry`]); `None` counts it in the newest second the budget has
    /// seen. The executor passes its clock's time.
    pub now: Option<SystemTime>,
    /// The longest server-requested delay to honour (rule 4); [`DEFAULT_MAX_SERVER_DELAY`]
    /// from [`new`](Self::new).
    pub max_server_delay: Duration,
    /// Time left before the call's deadline (rule 6); `None`: no deadline.
    pub time_left: Option<Duration>,
}

impl<'a> DecisionInput<'a> {
    /// An input for a failed response with no override.
    pub fn new(
        strategy: &'a RetryStrategy,
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
    /// recently; see [`crate::budget`]).
    BudgetExhausted,
    /// The server asked to wait longer than the longest server delay honoured
    /// ([`DecisionInput::max_server_delay`]).
    HintTooLong {
        /// The delay the server asked for (clamped to [`MAX_HINT`](crate::hints::MAX_HINT)).
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
        /// after it should return them ([`RetryBudget::record_success`]).
        cost: u32,
    },
    /// Do not try again.
    Stop(StopReason),
}

impl RetryDecision {
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
/// OpenAI's own SDKs use). Each strategy below gives it its own name and description.
pub(crate) const TRANSIENT_DEFAULT: RetryStrategy = RetryStrategy {
    name: "transient_default",
    description: "A transient failure the catalog does not describe.",
    backoff: Backoff::Exponential {
        initial: Duration::from_millis(500),
        multiplier: 2.0,
        jitter: Duration::from_millis(125),
    },
    max_attempts: 3,
    max_delay: Duration::from_secs(8),
};

/// The strategy used when the server says `x-should-retry: true` about an error the
/// strategy would not retry: three attempts, 0.5 s doubling to at most 8 s, up to 125 ms
/// of jitter.
pub static SERVER_SAID_RETRY: RetryStrategy = RetryStrategy {
    name: "server_said_retry",
    description: "The server asked for a retry with `x-should-retry: true`.",
    ..TRANSIENT_DEFAULT
};

/// The strategy for timeouts and connection failures (refused, reset, closed), which
/// have no response to classify: three attempts, 0.5 s doubling to at most 8 s.
pub static TRANSPORT_STRATEGY: RetryStrategy = RetryStrategy {
    name: "transport_error",
    description: "The connection failed or timed out before a response arrived.",
    ..TRANSIENT_DEFAULT
};

/// Decides whether to retry after a failed attempt; see the [module docs](self) for the
/// rules. When a `budget` is given and the answer is a retry, its cost has been withdrawn
/// and the retry counted in its ratio window. Everything else it needs (the time
/// included) comes in `input`.
pub fn decide<R: RetryRng + ?Sized>(
    input: &DecisionInput<'_>,
    budget: Option<&RetryBudget>,
    rng: &mut R,
) -> RetryDecision {
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

    let mut cost = 0;
    if let Some(budget) = budget {
        cost = budget.cost(input.kind == FailureKind::TimeoutOrConnection);
        if !budget.try_retry(cost, input.attempt <= 1, input.now) {
            return RetryDecision::Stop(StopReason::BudgetExhausted);
        }
    }
    RetryDecision::Retry {
        delay,
        reason,
        cost,
    }
}

/// The formula delay before retry number `retry` (1 = the first retry), with `jitter` a
/// fraction in `[0, 1)` of the strategy's jitter, capped by `max_delay`. Zero for
/// [`Backoff::Never`].
pub fn backoff_delay(strategy: &RetryStrategy, retry: u32, jitter: f64) -> Duration {
    let cap = strategy.max_delay;
    let jitter = if jitter.is_finite() {
        jitter.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let retry = retry.max(1);
    let delay = match strategy.backoff {
        Backoff::Never => return Duration::ZERO,
        Backoff::Exponential {
            initial,
            multiplier,
            jitter: spread,
        } => exponential(initial, multiplier, retry, spread, jitter, cap),
        Backoff::ImmediateThenExponential {
            immediate,
            initial,
            multiplier,
            jitter: spread,
        } => {
            if retry <= immediate {
                Duration::ZERO
            } else {
                exponential(initial, multiplier, retry - immediate, spread, jitter, cap)
            }
        }
        Backoff::Constant {
            delay,
            jitter: spread,
        } => capped_secs(delay.as_secs_f64() + spread.as_secs_f64() * jitter, cap),
    };
    delay.min(cap)
}

/// `initial * multiplier^(n-1) + spread * jitter`, computed in floating point and clamped
/// to `cap` before it becomes a `Duration`, so no input overflows or panics.
fn exponential(
    initial: Duration,
    multiplier: f64,
    n: u32,
    spread: Duration,
    jitter: f64,
    cap: Duration,
) -> Duration {
    // A spec validator rejects such multipliers; stay safe if one slips through.
    let multiplier = if multiplier.is_finite() && multiplier >= 0.0 {
        multiplier
    } else {
        1.0
    };
    let exp = i32::try_from(n - 1).unwrap_or(i32::MAX);
    let secs = initial.as_secs_f64() * multiplier.powi(exp) + spread.as_secs_f64() * jitter;
    capped_secs(secs, cap)
}

/// Seconds as a duration no longer than `cap`; anything not a finite, non-negative number
/// (or too big for a `Duration`) is the cap. `Duration` arithmetic would panic instead.
fn capped_secs(secs: f64, cap: Duration) -> Duration {
    if !(secs.is_finite() && secs >= 0.0) || secs >= cap.as_secs_f64() {
        return cap;
    }
    Duration::try_from_secs_f64(secs).unwrap_or(cap)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::BudgetConfig;

    const fn strategy(backoff: Backoff, max_attempts: u32, max_secs: u64) -> RetryStrategy {
        RetryStrategy {
            name: "test",
            description: "test",
            backoff,
            max_attempts,
            max_delay: Duration::from_secs(max_secs),
        }
    }

    const EXP: RetryStrategy = strategy(
        Backoff::Exponential {
            initial: Duration::from_secs(1),
            multiplier: 2.0,
            jitter: Duration::from_secs(1),
        },
        5,
        10,
    );
    const NEVER: RetryStrategy = strategy(Backoff::Never, 1, 0);

    fn run(input: DecisionInput<'_>) -> RetryDecision {
        decide(&input, None, &mut FixedJitter(0.5))
    }

    #[test]
    fn exponential_grows_with_jitter_and_caps() {
        let d: Vec<_> = (1..=5)
            .map(|n| backoff_delay(&EXP, n, 0.5).as_millis())
            .collect();
        assert_eq!(d, [1500, 2500, 4500, 8500, 10_000]);
        assert_eq!(backoff_delay(&EXP, u32::MAX, 0.99), Duration::from_secs(10));
        assert_eq!(backoff_delay(&EXP, 1, f64::NAN), Duration::from_secs(1));
    }

    #[test]
    fn immediate_then_exponential_and_constant() {
        let s = strategy(
            Backoff::ImmediateThenExponential {
                immediate: 2,
                initial: Duration::from_millis(100),
                multiplier: 3.0,
                jitter: Duration::ZERO,
            },
            6,
            1,
        );
        let d: Vec<_> = (1..=5)
            .map(|n| backoff_delay(&s, n, 0.0).as_millis())
            .collect();
        assert_eq!(d, [0, 0, 100, 300, 900]);
        let c = strategy(
            Backoff::Constant {
                delay: Duration::from_secs(2),
                jitter: Duration::from_secs(2),
            },
            3,
            3,
        );
        assert_eq!(backoff_delay(&c, 1, 0.25), Duration::from_millis(2500));
        assert_eq!(backoff_delay(&c, 1, 0.75), Duration::from_secs(3));
    }

    #[test]
    fn rule_order() {
        let none = RetryHints::NONE;
        assert_eq!(
            run(DecisionInput::new(&EXP, 1, &none, true)),
            RetryDecision::Retry {
                delay: Duration::from_millis(1500),
                reason: RetryReason::Backoff,
                cost: 0
            }
        );
        assert_eq!(
            run(DecisionInput::new(&EXP, 5, &none, true)),
            RetryDecision::Stop(StopReason::AttemptsExhausted { attempts: 5 })
        );
        assert_eq!(
            run(DecisionInput::new(&NEVER, 1, &none, true)),
            RetryDecision::Stop(StopReason::NotRetryable)
        );

        let no = RetryHints {
            should_retry: Some(false),
            ..RetryHints::NONE
        };
        assert_eq!(
            run(DecisionInput::new(&EXP, 1, &no, true)),
            RetryDecision::Stop(StopReason::ServerSaidNo)
        );

        let yes = RetryHints {
            should_retry: Some(true),
            ..RetryHints::NONE
        };
        // The spec is authoritative for a known code...
        assert_eq!(
            run(DecisionInput::new(&NEVER, 1, &yes, true)),
            RetryDecision::Stop(StopReason::NotRetryable)
        );
        // ...the server for an unknown one, within the attempt limit.
        assert!(matches!(
            run(DecisionInput::new(&NEVER, 1, &yes, false)),
            RetryDecision::Retry {
                reason: RetryReason::ServerSaidRetry,
                ..
            }
        ));
        assert_eq!(
            run(DecisionInput::new(&NEVER, 3, &yes, false)),
            RetryDecision::Stop(StopReason::AttemptsExhausted { attempts: 3 })
        );
    }

    #[test]
    fn server_delay_is_honoured_up_to_its_own_ceiling_not_the_backoff_cap() {
        let hint = |secs| RetryHints {
            retry_after: Some(Duration::from_secs(secs)),
            ..RetryHints::NONE
        };
        let h = hint(7);
        assert_eq!(
            run(DecisionInput::new(&EXP, 1, &h, true)),
            RetryDecision::Retry {
                delay: Duration::from_secs(7),
                reason: RetryReason::ServerDelay(HintSource::RetryAfter),
                cost: 0
            }
        );
        // Above the strategy's 10 s backoff cap, within the 120 s ceiling: waited as asked.
        for secs in [60, 120] {
            let h = hint(secs);
            assert_eq!(
                run(DecisionInput::new(&EXP, 1, &h, true)).delay(),
                Some(Duration::from_secs(secs))
            );
        }
        let h = hint(121);
        assert_eq!(
            run(DecisionInput::new(&EXP, 1, &h, true)),
            RetryDecision::Stop(StopReason::HintTooLong {
                requested: Duration::from_secs(121),
                ceiling: DEFAULT_MAX_SERVER_DELAY
            })
        );
        // The ceiling is the caller's to choose.
        let h = hint(60);
        let mut input = DecisionInput::new(&EXP, 1, &h, true);
        input.max_server_delay = Duration::from_secs(30);
        assert_eq!(
            run(input),
            RetryDecision::Stop(StopReason::HintTooLong {
                requested: Duration::from_secs(60),
                ceiling: Duration::from_secs(30)
            })
        );
        // Every kind of hint meets the same ceiling.
        let sources = [
            RetryHints {
                retry_after_ms: Some(Duration::from_secs(90)),
                ..RetryHints::NONE
            },
            RetryHints {
                reset_requests: Some(Duration::from_secs(90)),
                rate_limited: true,
                ..RetryHints::NONE
            },
            RetryHints {
                message_delay: Some(Duration::from_secs(90)),
                ..RetryHints::NONE
            },
        ];
        for h in sources {
            assert_eq!(
                run(DecisionInput::new(&EXP, 1, &h, true)).delay(),
                Some(Duration::from_secs(90)),
                "{h:?}"
            );
            let mut input = DecisionInput::new(&EXP, 1, &h, true);
            input.max_server_delay = Duration::from_secs(89);
            assert!(
                matches!(
                    run(input),
                    RetryDecision::Stop(StopReason::HintTooLong { .. })
                ),
                "{h:?}"
            );
        }
    }

    #[test]
    fn should_retry_false_always_stops_true_never_beats_the_spec() {
        let yes = RetryHints {
            should_retry: Some(true),
            ..RetryHints::NONE
        };
        let no = RetryHints {
            should_retry: Some(false),
            ..RetryHints::NONE
        };
        // `false` stops a known retryable entry and an unknown error alike.
        for known in [true, false] {
            assert_eq!(
                run(DecisionInput::new(&EXP, 1, &no, known)),
                RetryDecision::Stop(StopReason::ServerSaidNo)
            );
        }
        // `true` on a retryable strategy changes nothing: same delay, same attempt limit.
        assert_eq!(
            run(DecisionInput::new(&EXP, 1, &yes, true)),
            run(DecisionInput::new(&EXP, 1, &RetryHints::NONE, true))
        );
        assert_eq!(
            run(DecisionInput::new(&EXP, 5, &yes, true)),
            RetryDecision::Stop(StopReason::AttemptsExhausted { attempts: 5 })
        );
        // `true` on a spec entry that never retries (a quota error): the spec wins.
        assert_eq!(
            run(DecisionInput::new(&NEVER, 1, &yes, true)),
            RetryDecision::Stop(StopReason::NotRetryable)
        );
        // `true` on an error the catalog does not know: the server beats our status guess.
        assert_eq!(
            run(DecisionInput::new(&NEVER, 1, &yes, false)),
            RetryDecision::Retry {
                delay: backoff_delay(&SERVER_SAID_RETRY, 1, 0.5),
                reason: RetryReason::ServerSaidRetry,
                cost: 0
            }
        );
    }

    #[test]
    fn no_wait_starts_that_would_end_past_the_deadline() {
        let none = RetryHints::NONE;
        let mut input = DecisionInput::new(&EXP, 1, &none, true);
        // The backoff is 1.5 s: it fits in 1.5 s, not in 1.4 s.
        input.time_left = Some(Duration::from_millis(1500));
        assert_eq!(run(input).delay(), Some(Duration::from_millis(1500)));
        input.time_left = Some(Duration::from_millis(1400));
        assert_eq!(
            run(input),
            RetryDecision::Stop(StopReason::DeadlineExceeded {
                wait: Duration::from_millis(1500),
                left: Duration::from_millis(1400)
            })
        );
        // A server's delay meets the deadline too.
        let h = RetryHints {
            retry_after: Some(Duration::from_secs(20)),
            ..RetryHints::NONE
        };
        let mut input = DecisionInput::new(&EXP, 1, &h, true);
        input.time_left = Some(Duration::from_secs(19));
        assert!(matches!(
            run(input),
            RetryDecision::Stop(StopReason::DeadlineExceeded { .. })
        ));
        // Once the deadline has passed, not even an immediate retry goes.
        let now = strategy(
            Backoff::Constant {
                delay: Duration::ZERO,
                jitter: Duration::ZERO,
            },
            3,
            1,
        );
        let mut input = DecisionInput::new(&now, 1, &none, true);
        input.time_left = Some(Duration::from_secs(1));
        assert_eq!(run(input).delay(), Some(Duration::ZERO));
        input.time_left = Some(Duration::ZERO);
        assert_eq!(
            run(input),
            RetryDecision::Stop(StopReason::DeadlineExceeded {
                wait: Duration::ZERO,
                left: Duration::ZERO
            })
        );
        // A stop for the deadline costs no budget.
        let budget = RetryBudget::new(BudgetConfig::STANDARD.with_capacity(10));
        let mut input = DecisionInput::new(&EXP, 1, &none, true);
        input.time_left = Some(Duration::from_secs(1));
        assert!(matches!(
            decide(&input, Some(&budget), &mut FixedJitter(0.5)),
            RetryDecision::Stop(StopReason::DeadlineExceeded { .. })
        ));
        assert_eq!(budget.available(), 10);
    }

    #[test]
    fn budget_pays_for_retries() {
        let budget = RetryBudget::new(BudgetConfig::STANDARD.with_capacity(14));
        let none = RetryHints::NONE;
        let mut input = DecisionInput::new(&EXP, 1, &none, true);
        let first = decide(&input, Some(&budget), &mut FixedJitter(0.0));
        assert!(matches!(first, RetryDecision::Retry { cost: 5, .. }));
        input.kind = FailureKind::TimeoutOrConnection;
        assert_eq!(
            decide(&input, Some(&budget), &mut FixedJitter(0.0)),
            RetryDecision::Stop(StopReason::BudgetExhausted)
        );
        assert_eq!(budget.available(), 9);
    }

    #[test]
    fn a_full_ratio_window_stops_with_the_budget_named() {
        use crate::budget::RatioConfig;
        let budget = RetryBudget::new(
            BudgetConfig::STANDARD.with_ratio(RatioConfig::DEFAULT.with_min_retries(2)),
        );
        let none = RetryHints::NONE;
        let t0 = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let mut input = DecisionInput::new(&EXP, 1, &none, true);
        input.now = Some(t0);
        let decide_now =
            |input: &DecisionInput<'_>| decide(input, Some(&budget), &mut FixedJitter(0.0));
        assert!(matches!(
            decide_now(&input),
            RetryDecision::Retry { cost: 5, .. }
        ));
        input.attempt = 2;
        assert!(decide_now(&input).delay().is_some());
        input.attempt = 3;
        // Tokens are plenty; the window (two retries for one failing call) is full.
        assert_eq!(
            decide_now(&input),
            RetryDecision::Stop(StopReason::BudgetExhausted)
        );
        assert_eq!(budget.available(), 490);
        // Rules before the budget do not count the call as failing.
        let mut never = DecisionInput::new(&NEVER, 1, &none, true);
        never.now = Some(t0);
        assert_eq!(
            decide_now(&never),
            RetryDecision::Stop(StopReason::NotRetryable)
        );
        let w = budget.window(None).expect("guard on");
        assert_eq!((w.retries, w.failed_calls), (2, 1));
        // Ten seconds on, the window has slid past them.
        input.now = Some(t0 + Duration::from_secs(10));
        assert!(decide_now(&input).delay().is_some());
    }

    #[test]
    fn override_changes_attempts_not_never() {
        let none = RetryHints::NONE;
        let mut input = DecisionInput::new(&EXP, 5, &none, true);
        input.max_attempts = Some(8);
        assert!(run(input).delay().is_some());
        let mut input = DecisionInput::new(&NEVER, 1, &none, true);
        input.max_attempts = Some(8);
        assert_eq!(run(input), RetryDecision::Stop(StopReason::NotRetryable));
    }

    #[test]
    fn fast_rng_fractions_stay_in_range() {
        let mut rng = FastRng::from_seed(7);
        for _ in 0..10_000 {
            let f = rng.next_fraction();
            assert!((0.0..1.0).contains(&f));
        }
        assert!(FixedJitter(5.0).next_fraction() < 1.0);
    }
}
