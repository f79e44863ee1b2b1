//! The retry executor: runs one attempt after another until success or a stop decision,
//! asynchronously (on any runtime, through a [`Sleeper`]) or blocking.
//!
//! ```no_run
//! use errspec_runtime::retry::executor::{AttemptError, RetryExecutor};
//! # fn demo<C: errspec_runtime::Catalog>(send: impl Fn() -> (u16, Vec<(String, String)>, Vec<u8>)) {
//! let executor = RetryExecutor::new().max_attempts(4);
//! let result = executor.run_blocking(|ctx| {
//!     let (status, headers, body) = send();
//!     if status < 400 { Ok(body) } else { Err(ctx.failure::<C, _>(status, &headers, &body)) }
//! });
//! match result {
//!     Ok(done) => println!("ok after {} attempts", done.history.len()),
//!     Err(e) => eprintln!("{e}"),
//! }
//! # }
//! ```

mod attempt;
mod pace;
mod run;
mod shared;
#[cfg(feature = "tracing")]
pub(crate) mod trace;

use core::fmt;
use core::future::Future;
use core::time::Duration;
use std::sync::{Arc, Mutex};

#[cfg(feature = "tokio")]
use crate::time::TokioSleeper;
use crate::time::{BlockingSleeper, Sleeper, ThreadSleeper};
pub use attempt::{
    AttemptContext, AttemptError, AttemptRecord, FailedResponse, RetryError, Success, TransportKind,
};
pub use shared::SharedLimits;

use crate::catalog::Catalog;
use crate::rand::{RetryRng, SplitMix64};
use crate::retry::budget::RetryBudget;
use crate::retry::limiter::{Acquire, Demand, LimiterConfig, RateLimiter};
use crate::retry::outage::OutageGate;
use crate::retry::{DEFAULT_MAX_SERVER_DELAY, StopReason};
use crate::time::{Clock, SystemClock};
use pace::Pacing;
use run::{Run, Step};
use shared::{Shared, Spend};

#[doc(hidden)]
/// How long one call may take by default, its attempts and waits included: two minutes
/// ([`RetryExecutor::deadline`] says why).
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(120);

/// Runs attempts and retries them per the catalog's strategies, the server's hints and a
/// shared [`RetryBudget`], pacing every attempt through a shared [`RateLimiter`].
///
/// Configure it once and share it (it is cheap to clone; clones share the budget, the
/// rate limiter, the random generator and the outage gate, see
/// [`outage_wait`](Self::outage_wait)). The sleeper type decides how it waits: [`ThreadSleeper`] by
/// default for [`run_blocking`](Self::run_blocking); use [`sleeper`](Self::sleeper) (or
/// `RetryExecutor::tokio()` with the `tokio` feature) for [`run`](Self::run).
///
/// To send a call elsewhere once its retries are spent (another endpoint, model or key),
/// and to keep failing endpoints out of the rotation, wrap it in
/// [`Fallbacks`](crate::Fallbacks).
pub struct RetryExecutor<S = ThreadSleeper> {
    sleeper: S,
    max_attempts: Option<u32>,
    max_server_delay: Duration,
    deadline: Option<Duration>,
    budget: Option<RetryBudget>,
    limiter: Option<RateLimiter>,
    expected_tokens: u64,
    clock: Arc<dyn Clock + Send + Sync>,
    rng: Arc<Mutex<dyn RetryRng + Send>>,
    outage: OutageGate,
    shared: Shared,
}

impl RetryExecutor<ThreadSleeper> {
    /// The defaults: the catalog's attempt limits, server delays honoured up to
    /// two minutes, a two-minute deadline per call, a standard
    /// [`RetryBudget`], a fresh [`RateLimiter`], the system clock, a time-seeded jitter
    /// generator and a blocking thread sleeper.
    pub fn new() -> Self {
        RetryExecutor {
            sleeper: ThreadSleeper,
            max_attempts: None,
            max_server_delay: DEFAULT_MAX_SERVER_DELAY,
            deadline: Some(DEFAULT_DEADLINE),
            budget: Some(RetryBudget::default()),
            limiter: Some(RateLimiter::default()),
            expected_tokens: 0,
            clock: Arc::new(SystemClock),
            rng: Arc::new(Mutex::new(SplitMix64::default())),
            outage: OutageGate::new(Duration::MAX),
            shared: Shared::default(),
        }
    }
}

#[cfg(feature = "tokio")]
#[cfg_attr(docsrs, doc(cfg(feature = "tokio")))]
impl RetryExecutor<TokioSleeper> {
    /// The defaults of [`RetryExecutor::new`], sleeping with tokio.
    pub fn tokio() -> Self {
        RetryExecutor::new().sleeper(TokioSleeper)
    }
}

impl Default for RetryExecutor<ThreadSleeper> {
    fn default() -> Self {
        RetryExecutor::new()
    }
}

impl<S> RetryExecutor<S> {
    /// Waits with `sleeper` instead.
    #[must_use]
    pub fn sleeper<S2>(self, sleeper: S2) -> RetryExecutor<S2> {
        RetryExecutor {
            sleeper,
            max_attempts: self.max_attempts,
            max_server_delay: self.max_server_delay,
            deadline: self.deadline,
            budget: self.budget,
            limiter: self.limiter,
            expected_tokens: self.expected_tokens,
            clock: self.clock,
            rng: self.rng,
            outage: self.outage,
            shared: self.shared,
        }
    }

    /// Allows `attempts` attempts in total (the first included) for every error that is
    /// retried at all, instead of each strategy's own limit. Errors whose strategy never
    /// retries still get one attempt. `0` counts as `1`.
    #[must_use]
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = Some(attempts.max(1));
        self
    }

    /// Honours a delay the server asks for (`Retry-After`, `retry-after-ms`,
    /// `x-ratelimit-reset-*`, "try again in …") up to `ceiling`, instead of
    /// two minutes: the figure openai-python uses (`MAX_RETRY_AFTER_DELAY = 2 * 60` in
    /// `src/openai/_constants.py`, since v2.52.0; it stops retrying above it, as we do).
    /// A server delay is waited as asked even
    /// when it is longer than the strategy's `max_delay`, which caps only our own backoff;
    /// a longer one stops the call ([`StopReason::HintTooLong`]) and holds no other call
    /// at the rate limiter.
    #[must_use]
    pub fn max_server_delay(mut self, ceiling: Duration) -> Self {
        self.max_server_delay = ceiling;
        self
    }

    /// Gives every call a total time budget of `budget`, counted from the call's start:
    /// attempts, rate-limiter holds and retry delays included. The executor never starts
    /// a retry delay that would end after it, nor a retry once it has passed; it stops
    /// with [`StopReason::DeadlineExceeded`] and the history so far. A retry the limiter
    /// would hold past it stops the same way; a first attempt is held at most until it,
    /// then sent. An attempt already in flight is not cut short: bound it with the HTTP
    /// client's own timeout.
    ///
    /// The default is two minutes: the longest single delay openai-python accepts from a
    /// server (beyond it the SDK gives up rather than wait), so what the SDK's authors
    /// hold worth waiting for one answer. A spec's strategies may allow more attempts than
    /// openai-python's two retries; the deadline keeps their sum, and a server that keeps
    /// saying "try again in 20s", within that bound. Interactive callers give up around
    /// then anyway; batch jobs set a longer one or none. Each attempt's own timeout
    /// (openai-python's is 600 s) stays the HTTP client's. A server
    /// delay within [`max_server_delay`](Self::max_server_delay) still stops the call
    /// when the call has no time left for it: the deadline is the caller's patience, the
    /// ceiling the longest delay a server is believed; the stop reason names the bound.
    #[must_use]
    pub fn deadline(mut self, budget: Duration) -> Self {
        self.deadline = Some(budget);
        self
    }

    /// Gives calls no time budget: only the attempt limits, the budget and the server
    /// delay ceiling bound how long a call takes.
    #[must_use]
    pub fn without_deadline(mut self) -> Self {
        self.deadline = None;
        self
    }

    /// Draws retries from `budget` (share one budget between executors that talk to
    /// the same service). A retry paid for and never sent gives back its tokens and its
    /// place in the retry-ratio window: one stopped by the deadline, and one whose call is
    /// dropped while it waits (a `tokio::time::timeout`, a cancelled task).
    #[must_use]
    pub fn budget(mut self, budget: RetryBudget) -> Self {
        self.budget = Some(budget);
        self.shared.budget = None;
        self
    }

    /// Retries without any budget: only the strategies' attempt limits bound retries.
    #[must_use]
    pub fn without_budget(mut self) -> Self {
        self.budget = None;
        self.shared.budget = None;
        self
    }

    /// The same executor with another outage gate: [`Fallbacks`](crate::retry::Fallbacks)
    /// gives each alternative its own, so that one endpoint's outage holds no call bound
    /// for another.
    pub(crate) fn with_outage_gate(mut self, gate: OutageGate) -> Self {
        self.outage = gate;
        self
    }

    /// The outage gate of the executor's calls.
    pub(crate) fn outage_gate(&self) -> &OutageGate {
        &self.outage
    }

    /// Lets a call wait out an outage for at most `longest` in all (still within its
    /// [`deadline`](Self::deadline)); [`Duration::ZERO`] turns the wait off. By default a
    /// call waits as long as its deadline allows.
    ///
    /// When the [budget](Self::budget) refuses a retry (the outage guard trips), failing
    /// fast would turn a three-second blip into a hundred failed calls. Instead the
    /// executor's *outage gate* opens, and until a call succeeds:
    /// - no call sends, except one *probe* at a time (half-open, as in a circuit
    ///   breaker); new calls and retries queue behind it without paying the budget;
    /// - the probe goes after the delay the failure's strategy gives its next retry (the
    ///   one refused was the first), or the server's `Retry-After`; each failed probe
    ///   waits the strategy's following delay, capped by its `max_delay`. The probe is
    ///   whichever waiting call comes first; it counts as one of that call's attempts;
    /// - a success (the probe's or any call's) closes the gate, and the queued calls go,
    ///   paced by the rate limiter; so does an answer to the probe that no wait can help
    ///   (an error never retried, a `Retry-After` beyond
    ///   [`max_server_delay`](Self::max_server_delay)): the queued calls then meet it
    ///   themselves;
    /// - a call that has failed and cannot wait for the next probe within its deadline
    ///   (or `longest`) stops at once with [`StopReason::Outage`]. A first attempt that
    ///   cannot wait is sent at once, as the limiter sends one held until its deadline.
    ///
    /// A call dropped while it waits leaves nothing behind; a probe dropped before its
    /// answer lets the next waiting call probe. The gate is shared by the executor's
    /// clones; without a budget it never opens.
    ///
    /// The order in which a failed attempt meets the machinery: the retry decision
    /// (the catalog's strategy and the server's hints, [`decide`](crate::retry::decide)),
    /// then the budget (which may trip the gate), then the outage wait, then the rate
    /// limiter, the deadline bounding every wait. [`Fallbacks`](crate::Fallbacks) and
    /// their cool-downs come after all of these: once the executor has stopped a call on
    /// one alternative. They give each alternative a gate of its own (with this wait), so
    /// one endpoint's outage holds no call bound for another; a call meets an open gate
    /// only when it has nowhere else to go (otherwise it falls back at once), and goes to
    /// an alternative whose outage is on only as its probe, when one is due.
    #[must_use]
    pub fn outage_wait(mut self, longest: Duration) -> Self {
        self.outage = self.outage.with_longest(longest);
        self
    }

    /// Paces attempts through `limiter` (share one limiter between executors whose
    /// requests count against the same limits, e.g. one API key).
    #[must_use]
    pub fn rate_limiter(mut self, limiter: RateLimiter) -> Self {
        self.limiter = Some(limiter);
        self.shared.limiter = None;
        self
    }

    /// Sends every attempt at once, without a rate limiter: only retries wait.
    #[must_use]
    pub fn without_rate_limiter(mut self) -> Self {
        self.limiter = None;
        self.shared.limiter = None;
        self
    }

    /// Paces attempts and pays retries through `limits`, kept outside the process and
    /// shared with other processes, in place of the [`rate_limiter`](Self::rate_limiter)
    /// and the [`budget`](Self::budget): a fleet's, in Redis, with the `errspec-redis`
    /// crate, in one line: `RetryExecutor::tokio().shared_limits(fleet.limits(api_key))`.
    /// (The trait `limits` implements, `executor::SharedLimits`, is not shown in these
    /// docs: its operations speak the limiter's inner types.)
    ///
    /// Only [`run`](Self::run) uses them, waiting for each answer.
    /// [`run_blocking`](Self::run_blocking), which cannot wait for them, uses the local
    /// limiter and budget `limits` provide (for a fleet: a process-local limiter and this
    /// process's share of the budget), which [`limiter`](Self::limiter) and
    /// [`retry_budget`](Self::retry_budget) show too. A later `rate_limiter` or `budget`
    /// (or their `without_` forms) replaces its half.
    #[must_use]
    pub fn shared_limits(mut self, limits: impl SharedLimits) -> Self {
        self.limiter = Some(limits.local_limiter());
        self.budget = Some(limits.local_budget());
        let limits: Arc<dyn shared::Erased> = Arc::new(limits);
        self.shared = Shared {
            limiter: Some(Arc::clone(&limits)),
            budget: Some(limits),
        };
        self
    }

    /// States how many tokens each request is expected to use, so the limiter holds it
    /// while the token budget is too low. Zero (the default) means unknown.
    ///
    /// Cloning is cheap, so a per-call cost reads
    /// `executor.clone().expected_tokens(n).run(...)`.
    #[must_use]
    pub fn expected_tokens(mut self, tokens: u64) -> Self {
        self.expected_tokens = tokens;
        self
    }

    /// Reads the time from `clock` (for HTTP-date `Retry-After` values, and for the rate
    /// limiter's windows: under a paused tokio clock use `time::TokioClock`, with the
    /// `tokio` feature).
    #[must_use]
    pub fn clock(mut self, clock: impl Clock + Send + Sync + 'static) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    /// Draws jitter from `rng`.
    #[must_use]
    pub fn rng(mut self, rng: impl RetryRng + Send + 'static) -> Self {
        self.rng = Arc::new(Mutex::new(rng));
        self
    }

    #[doc(hidden)]
    /// The rate limiter attempts are paced by, if any.
    pub fn limiter(&self) -> Option<&RateLimiter> {
        self.limiter.as_ref()
    }

    #[doc(hidden)]
    /// The budget retries are drawn from, if any.
    pub fn retry_budget(&self) -> Option<&RetryBudget> {
        self.budget.as_ref()
    }

    #[doc(hidden)]
    /// The sleeper.
    pub fn sleeper_ref(&self) -> &S {
        &self.sleeper
    }

    #[doc(hidden)]
    /// The per-call time budget, if any ([`deadline`](Self::deadline)).
    pub fn deadline_budget(&self) -> Option<Duration> {
        self.deadline
    }

    /// The clock's time (for the fallback layer's cool-downs and deadline).
    pub(crate) fn now(&self) -> std::time::SystemTime {
        self.clock.now()
    }

    fn context(&self, attempt: u32, pacing: Option<Arc<Pacing>>) -> AttemptContext {
        let mut context = AttemptContext::new(attempt, self.clock.now());
        context.pacing = pacing;
        context
    }

    /// Asks the limiter for room for the next attempt: a permit, or how long to wait.
    /// A request held for the limiter's `max_hold` goes anyway, so a wrong or hostile
    /// reset cannot stall a caller for ever; so does a first attempt held until the
    /// call's deadline, while a retry that would be held past it is not made.
    fn pace(&self, run: &mut Run<'_, S>) -> Pace {
        let Some(limiter) = &self.limiter else {
            return Pace::Go(None);
        };
        let now = run.now();
        let demand = self.demand(run);
        let permit = match limiter.acquire(now, demand) {
            Acquire::Go(permit) => permit,
            Acquire::Wait(wait) => match hold(run, wait, limiter.config().max_hold) {
                Some(pace) => return pace,
                None => limiter.admit(demand),
            },
        };
        Pace::Go(Some(Arc::new(Pacing::new(
            permit,
            Arc::clone(&self.clock),
            now,
        ))))
    }

    /// Runs `attempt` until it succeeds or a retry decision says stop, waiting with the
    /// async sleeper in between.
    pub async fn run<T, C, F, Fut>(&self, attempt: F) -> Result<Success<T>, RetryError<C>>
    where
        S: Sleeper,
        C: Catalog,
        F: FnMut(AttemptContext) -> Fut,
        Fut: Future<Output = Result<T, AttemptError<C>>>,
    {
        self.run_limited(None, attempt).await
    }

    pub(crate) async fn run_limited<T, C, F, Fut>(
        &self,
        limit: Option<u32>,
        mut attempt: F,
    ) -> Result<Success<T>, RetryError<C>>
    where
        S: Sleeper,
        C: Catalog,
        F: FnMut(AttemptContext) -> Fut,
        Fut: Future<Output = Result<T, AttemptError<C>>>,
    {
        let mut run = Run::new(self, limit);
        run.spend = Spend::shared(&self.shared, self.budget.as_ref()).or(run.spend);
        let mut last = None;
        loop {
            if let Some(reason) = run.outage_gate(last.is_some()).await
                && let Some(failure) = last.take()
            {
                return run.give_up(failure, reason);
            }
            let pacing = loop {
                match self.pace_async(&mut run).await {
                    Pace::Go(pacing) => break pacing,
                    Pace::Wait(wait) => {
                        run.waits(wait, true);
                        self.sleeper.sleep(wait).await;
                    }
                    Pace::Late(reason) => match last.take() {
                        Some(failure) => return run.give_up(failure, reason),
                        // Only a retry is ever late; a first attempt goes.
                        None => break None,
                    },
                }
            };
            let context = self.context(run.attempt, pacing.clone());
            run.sending();
            let outcome = attempt(context.clone()).await;
            let decision = run.judge(&outcome);
            let decision = run.pay_shared(decision).await;
            #[cfg(feature = "metrics")]
            report_attempt(
                &outcome,
                decision.as_ref(),
                run.spend.as_ref().and_then(Spend::local),
            );
            if let Some(pacing) = pacing {
                pacing
                    .settle_async(limiter_view(&outcome), decision.as_ref())
                    .await;
            }
            match run.step(outcome, decision, context.seen()) {
                Step::Done(result) => return result,
                Step::Wait(delay, failure) => {
                    last = Some(failure);
                    if !delay.is_zero() {
                        run.waits(delay, false);
                        self.sleeper.sleep(delay).await;
                    }
                }
            }
        }
    }

    /// Runs `attempt` until it succeeds or a retry decision says stop, blocking the
    /// thread in between.
    pub fn run_blocking<T, C, F>(&self, mut attempt: F) -> Result<Success<T>, RetryError<C>>
    where
        S: BlockingSleeper,
        C: Catalog,
        F: FnMut(AttemptContext) -> Result<T, AttemptError<C>>,
    {
        let mut run = Run::new(self, None);
        let mut last = None;
        loop {
            if let Some(reason) = run.outage_gate_blocking(last.is_some())
                && let Some(failure) = last.take()
            {
                return run.give_up(failure, reason);
            }
            let pacing = loop {
                match self.pace(&mut run) {
                    Pace::Go(pacing) => break pacing,
                    Pace::Wait(wait) => {
                        run.waits(wait, true);
                        self.sleeper.sleep_blocking(wait);
                    }
                    Pace::Late(reason) => match last.take() {
                        Some(failure) => return run.give_up(failure, reason),
                        // Only a retry is ever late; a first attempt goes.
                        None => break None,
                    },
                }
            };
            let context = self.context(run.attempt, pacing.clone());
            run.sending();
            let outcome = attempt(context.clone());
            let decision = run.judge(&outcome);
            #[cfg(feature = "metrics")]
            report_attempt(&outcome, decision.as_ref(), self.budget.as_ref());
            if let Some(pacing) = pacing {
                pacing.settle(limiter_view(&outcome), decision.as_ref());
            }
            match run.step(outcome, decision, context.seen()) {
                Step::Done(result) => return result,
                Step::Wait(delay, failure) => {
                    last = Some(failure);
                    if !delay.is_zero() {
                        run.waits(delay, false);
                        self.sleeper.sleep_blocking(delay);
                    }
                }
            }
        }
    }
}

impl<S: Clone> Clone for RetryExecutor<S> {
    fn clone(&self) -> Self {
        RetryExecutor {
            sleeper: self.sleeper.clone(),
            max_attempts: self.max_attempts,
            max_server_delay: self.max_server_delay,
            deadline: self.deadline,
            budget: self.budget.clone(),
            limiter: self.limiter.clone(),
            expected_tokens: self.expected_tokens,
            clock: Arc::clone(&self.clock),
            rng: Arc::clone(&self.rng),
            outage: self.outage.clone(),
            shared: self.shared.clone(),
        }
    }
}

impl<S: fmt::Debug> fmt::Debug for RetryExecutor<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryExecutor")
            .field("sleeper", &self.sleeper)
            .field("max_attempts", &self.max_attempts)
            .field("max_server_delay", &self.max_server_delay)
            .field("deadline", &self.deadline)
            .field("budget", &self.budget)
            .field("limiter", &self.limiter)
            .field("expected_tokens", &self.expected_tokens)
            .field("outage", &self.outage)
            .field("shared", &self.shared)
            .finish_non_exhaustive()
    }
}

/// The limiter's answer, as the loops act on it.
enum Pace {
    Go(Option<Arc<Pacing>>),
    Wait(Duration),
    /// A retry would be held past the call's deadline.
    Late(StopReason),
}

/// An attempt's outcome as the limiter sees it ([`pace::Outcome`]).
fn limiter_view<T, C>(outcome: &Result<T, AttemptError<C>>) -> pace::Outcome<'_, C> {
    match outcome {
        Ok(_) => pace::Outcome::Success,
        Err(AttemptError::Response(r)) => pace::Outcome::Failed(&r.error, &r.hints),
        Err(AttemptError::Transport { .. }) => pace::Outcome::Transport,
    }
}

impl<S> RetryExecutor<S> {
    /// What the attempt `run` is at asks of the limits.
    fn demand(&self, run: &Run<'_, S>) -> Demand {
        Demand::new()
            .tokens(self.expected_tokens)
            .retry(run.attempt > 1)
    }

    /// [`pace`](Self::pace) for an async run: through the shared limiter when the
    /// executor has one (each answer a round trip), else the local one.
    async fn pace_async(&self, run: &mut Run<'_, S>) -> Pace {
        let Some(shared) = &self.shared.limiter else {
            return self.pace(run);
        };
        let now = run.now();
        let demand = self.demand(run);
        let permit = match shared.acquire(demand).await {
            Ok(permit) => permit,
            Err(wait) => {
                let max_hold = self
                    .limiter
                    .as_ref()
                    .map_or(LimiterConfig::DEFAULT.max_hold, |l| l.config().max_hold);
                match hold(run, wait, max_hold) {
                    Some(pace) => return pace,
                    None => shared.admit(demand).await,
                }
            }
        };
        Pace::Go(Some(Arc::new(Pacing::shared(
            Arc::clone(shared),
            permit,
            Arc::clone(&self.clock),
            now,
        ))))
    }
}

/// What a run does when the limiter says to wait `wait`: wait (at most until the
/// limiter's `max_hold` or the call's deadline), stop (a retry held past the deadline),
/// or, `None`, go anyway (held as long as it will be).
fn hold<S>(run: &Run<'_, S>, wait: Duration, max_hold: Duration) -> Option<Pace> {
    let mut room = max_hold.saturating_sub(run.held);
    if let Some(left) = run.time_left() {
        if run.attempt > 1 && wait.min(room) > left {
            return Some(Pace::Late(StopReason::DeadlineExceeded { wait, left }));
        }
        room = room.min(left);
    }
    if room.is_zero() {
        return None;
    }
    #[cfg(feature = "metrics")]
    crate::integrations::metrics::limiter_wait(wait.min(room));
    Some(Pace::Wait(wait.min(room)))
}

/// Reports a judged attempt to the metrics: a failure's labels, the decision, the budget's
/// level. A success (`decision` is `None`) reports nothing.
#[cfg(feature = "metrics")]
fn report_attempt<T, C: Catalog>(
    outcome: &Result<T, AttemptError<C>>,
    decision: Option<&crate::retry::RetryDecision>,
    budget: Option<&RetryBudget>,
) {
    use crate::integrations::metrics::{Failure, attempt};
    let (Err(failure), Some(decision)) = (outcome, decision) else {
        return;
    };
    let failure = match failure {
        AttemptError::Response(r) => Failure {
            code: r.error.code().map_or("unknown", Catalog::as_str),
            category: r.error.category().as_str(),
            status: Some(r.error.status()),
        },
        AttemptError::Transport { kind, .. } => Failure {
            code: kind.as_str(),
            category: "transport",
            status: None,
        },
    };
    attempt(
        C::SPEC.name,
        &failure,
        decision,
        budget.map(RetryBudget::available),
    );
}
