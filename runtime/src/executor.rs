//! The retry executor: runs one attempt after another until success or a stop decision,
//! asynchronously (on any runtime, through a [`Sleeper`]) or blocking.
//!
//! ```no_run
//! use errspec_runtime::executor::{Attempted, RetryExecutor};
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
mod sleep;

use core::fmt;
use core::future::Future;
use core::time::Duration;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::SystemTime;

pub use attempt::{
    AttemptContext, AttemptRecord, Attempted, BoxError, FailedResponse, RetryError, Success,
    TransportKind,
};
#[cfg(feature = "tokio")]
pub use sleep::TokioSleeper;
pub use sleep::{BlockingSleeper, RecordingSleeper, Sleeper, ThreadSleeper};

use crate::budget::RetryBudget;
use crate::catalog::Catalog;
use crate::hints::RetryHints;
use crate::limiter::{Acquire, Demand, RateLimiter, after};
use crate::retry::{
    Clock, DecisionInput, FailureKind, FastRng, RetryDecision, RetryRng, StopReason, SystemClock,
    TRANSPORT_STRATEGY, decide,
};
use pace::Pacing;

/// Runs attempts and retries them per the catalog's strategies, the server's hints and a
/// shared [`RetryBudget`], pacing every attempt through a shared [`RateLimiter`].
///
/// Configure it once and share it (it is cheap to clone; clones share the budget, the
/// rate limiter and the random generator). The sleeper type decides how it waits: [`ThreadSleeper`] by
/// default for [`run_blocking`](Self::run_blocking); use [`sleeper`](Self::sleeper) (or
/// `RetryExecutor::tokio()` with the `tokio` feature) for [`run`](Self::run).
pub struct RetryExecutor<S = ThreadSleeper> {
    sleeper: S,
    max_attempts: Option<u32>,
    budget: Option<RetryBudget>,
    limiter: Option<RateLimiter>,
    expected_tokens: u64,
    clock: Arc<dyn Clock + Send + Sync>,
    rng: Arc<Mutex<dyn RetryRng + Send>>,
}

impl RetryExecutor<ThreadSleeper> {
    /// The defaults: the catalog's attempt limits, a standard [`RetryBudget`], a fresh
    /// [`RateLimiter`], the system clock, a time-seeded jitter generator and a blocking
    /// thread sleeper.
    pub fn new() -> Self {
        RetryExecutor {
            sleeper: ThreadSleeper,
            max_attempts: None,
            budget: Some(RetryBudget::default()),
            limiter: Some(RateLimiter::new()),
            expected_tokens: 0,
            clock: Arc::new(SystemClock),
            rng: Arc::new(Mutex::new(FastRng::from_time())),
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
    pub fn sleeper<S2>(self, sleeper: S2) -> RetryExecutor<S2> {
        RetryExecutor {
            sleeper,
            max_attempts: self.max_attempts,
            budget: self.budget,
            limiter: self.limiter,
            expected_tokens: self.expected_tokens,
            clock: self.clock,
            rng: self.rng,
        }
    }

    /// Allows `attempts` attempts in total (the first included) for every error that is
    /// retried at all, instead of each strategy's own limit. Errors whose strategy never
    /// retries still get one attempt. `0` counts as `1`.
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = Some(attempts.max(1));
        self
    }

    /// Draws retries from `budget` (share one budget between executors that talk to
    /// the same service).
    pub fn budget(mut self, budget: RetryBudget) -> Self {
        self.budget = Some(budget);
        self
    }

    /// Retries without any budget: only the strategies' attempt limits bound retries.
    pub fn without_budget(mut self) -> Self {
        self.budget = None;
        self
    }

    /// Paces attempts through `limiter` (share one limiter between executors whose
    /// requests count against the same limits, e.g. one API key).
    pub fn rate_limiter(mut self, limiter: RateLimiter) -> Self {
        self.limiter = Some(limiter);
        self
    }

    /// Sends every attempt at once, without a rate limiter: only retries wait.
    pub fn without_rate_limiter(mut self) -> Self {
        self.limiter = None;
        self
    }

    /// States how many tokens each request is expected to use, so the limiter holds it
    /// while the token budget is too low. Zero (the default) means unknown.
    ///
    /// Cloning is cheap, so a per-call cost reads
    /// `executor.clone().expected_tokens(n).run(...)`.
    pub fn expected_tokens(mut self, tokens: u64) -> Self {
        self.expected_tokens = tokens;
        self
    }

    /// Reads the time from `clock` (for HTTP-date `Retry-After` values, and for the rate
    /// limiter's windows: under a paused tokio clock use `limiter::TokioClock`, with the
    /// `tokio` feature).
    pub fn clock(mut self, clock: impl Clock + Send + Sync + 'static) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    /// Draws jitter from `rng`.
    pub fn rng(mut self, rng: impl RetryRng + Send + 'static) -> Self {
        self.rng = Arc::new(Mutex::new(rng));
        self
    }

    /// The rate limiter attempts are paced by, if any.
    pub fn limiter(&self) -> Option<&RateLimiter> {
        self.limiter.as_ref()
    }

    /// The budget retries are drawn from, if any.
    pub fn retry_budget(&self) -> Option<&RetryBudget> {
        self.budget.as_ref()
    }

    /// The sleeper.
    pub fn sleeper_ref(&self) -> &S {
        &self.sleeper
    }

    fn context(&self, attempt: u32, pacing: Option<Arc<Pacing>>) -> AttemptContext {
        AttemptContext {
            attempt,
            now: self.clock.now(),
            pacing,
        }
    }

    /// Asks the limiter for room for the next attempt: a permit, or how long to wait.
    /// A request held for the limiter's `max_hold` goes anyway, so a wrong or hostile
    /// reset cannot stall a caller for ever.
    fn pace(&self, run: &mut Run<'_, S>) -> Pace {
        let Some(limiter) = &self.limiter else {
            return Pace::Go(None);
        };
        let now = run.now();
        let demand = Demand::new()
            .tokens(self.expected_tokens)
            .retry(run.attempt > 1);
        let permit = match limiter.acquire(now, demand) {
            Acquire::Go(permit) => permit,
            Acquire::Wait(wait) => {
                let room = limiter.config().max_hold.saturating_sub(run.held);
                if !room.is_zero() {
                    return Pace::Wait(wait.min(room));
                }
                limiter.admit(demand)
            }
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
        Fut: Future<Output = Result<T, Attempted<C>>>,
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
        Fut: Future<Output = Result<T, Attempted<C>>>,
    {
        let mut run = Run::new(self, limit);
        loop {
            let pacing = loop {
                match self.pace(&mut run) {
                    Pace::Go(pacing) => break pacing,
                    Pace::Wait(wait) => {
                        run.waits(wait, true);
                        self.sleeper.sleep(wait).await;
                    }
                }
            };
            let outcome = attempt(self.context(run.attempt, pacing.clone())).await;
            if let Some(pacing) = pacing {
                pacing.settle(&outcome);
            }
            match run.step(outcome) {
                Step::Done(result) => return result,
                Step::Wait(delay) => {
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
        F: FnMut(AttemptContext) -> Result<T, Attempted<C>>,
    {
        let mut run = Run::new(self, None);
        loop {
            let pacing = loop {
                match self.pace(&mut run) {
                    Pace::Go(pacing) => break pacing,
                    Pace::Wait(wait) => {
                        run.waits(wait, true);
                        self.sleeper.sleep_blocking(wait);
                    }
                }
            };
            let outcome = attempt(self.context(run.attempt, pacing.clone()));
            if let Some(pacing) = pacing {
                pacing.settle(&outcome);
            }
            match run.step(outcome) {
                Step::Done(result) => return result,
                Step::Wait(delay) => {
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
            budget: self.budget.clone(),
            limiter: self.limiter.clone(),
            expected_tokens: self.expected_tokens,
            clock: Arc::clone(&self.clock),
            rng: Arc::clone(&self.rng),
        }
    }
}

impl<S: fmt::Debug> fmt::Debug for RetryExecutor<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryExecutor")
            .field("sleeper", &self.sleeper)
            .field("max_attempts", &self.max_attempts)
            .field("budget", &self.budget)
            .field("limiter", &self.limiter)
            .field("expected_tokens", &self.expected_tokens)
            .finish_non_exhaustive()
    }
}

enum Step<T, C> {
    Done(Result<Success<T>, RetryError<C>>),
    Wait(Duration),
}

/// The limiter's answer, as the loops act on it.
enum Pace {
    Go(Option<Arc<Pacing>>),
    Wait(Duration),
}

/// The state of one run, shared by the async and the blocking loop.
struct Run<'e, S> {
    executor: &'e RetryExecutor<S>,
    limit: Option<u32>,
    attempt: u32,
    last_cost: Option<u32>,
    history: Vec<AttemptRecord>,
    /// No earlier than this is "now" for the limiter: the run has waited that long. With
    /// a real clock the clock is always later; a clock that stands still (a test's) still
    /// sees the run's waits pass.
    floor: SystemTime,
    /// How long the limiter has held the current attempt.
    held: Duration,
}

impl<'e, S> Run<'e, S> {
    fn new(executor: &'e RetryExecutor<S>, limit: Option<u32>) -> Self {
        Run {
            executor,
            limit: limit.or(executor.max_attempts),
            attempt: 1,
            last_cost: None,
            history: Vec::new(),
            floor: executor.clock.now(),
            held: Duration::ZERO,
        }
    }

    /// The run's "now" for the limiter and the retry budget's ratio window.
    fn now(&self) -> SystemTime {
        self.executor.clock.now().max(self.floor)
    }

    /// Notes, just before it sleeps, that the run waits `wait`, for the limiter (`held`)
    /// or a retry delay.
    fn waits(&mut self, wait: Duration, held: bool) {
        self.floor = after(self.now(), wait);
        if held {
            self.held = self.held.saturating_add(wait);
        }
    }

    fn step<T, C: Catalog>(&mut self, outcome: Result<T, Attempted<C>>) -> Step<T, C> {
        let failure = match outcome {
            Ok(value) => {
                if let Some(budget) = &self.executor.budget {
                    budget.record_success(self.last_cost);
                }
                let record = AttemptRecord {
                    attempt: self.attempt,
                    status: None,
                    code: None,
                    request_id: None,
                    transport: None,
                    succeeded: true,
                    delay_waited: Duration::ZERO,
                    retry_reason: None,
                    stop: None,
                    held: Duration::ZERO,
                };
                self.finish_record(record);
                return Step::Done(Ok(Success {
                    value,
                    history: core::mem::take(&mut self.history),
                }));
            }
            Err(failure) => failure,
        };

        let decision = self.decide(&failure);
        let mut record = failure_record(self.attempt, &failure);
        match decision {
            RetryDecision::Retry {
                delay,
                reason,
                cost,
            } => {
                record.delay_waited = delay;
                record.retry_reason = Some(reason);
                self.last_cost = Some(cost);
                self.finish_record(record);
                self.attempt = self.attempt.saturating_add(1);
                Step::Wait(delay)
            }
            RetryDecision::Stop(reason) => {
                record.stop = Some(reason);
                self.finish_record(record);
                Step::Done(Err(RetryError {
                    last: failure,
                    reason,
                    history: core::mem::take(&mut self.history),
                }))
            }
        }
    }

    fn decide<C: Catalog>(&self, failure: &Attempted<C>) -> RetryDecision {
        let executor = self.executor;
        let mut rng = executor.rng.lock().unwrap_or_else(PoisonError::into_inner);
        let none = RetryHints::NONE;
        let input = match failure {
            Attempted::Response(response) => DecisionInput {
                strategy: response.error.retry_strategy(),
                attempt: self.attempt,
                hints: &response.hints,
                known: !response.error.is_unknown(),
                max_attempts: self.limit,
                kind: FailureKind::Response,
                now: Some(self.now()),
            },
            Attempted::Transport {
                kind: TransportKind::Fatal,
                ..
            } => return RetryDecision::Stop(StopReason::NotRetryable),
            Attempted::Transport { .. } => DecisionInput {
                strategy: &TRANSPORT_STRATEGY,
                attempt: self.attempt,
                hints: &none,
                known: true,
                max_attempts: self.limit,
                kind: FailureKind::TimeoutOrConnection,
                now: Some(self.now()),
            },
        };
        decide(&input, executor.budget.as_ref(), &mut *rng)
    }

    fn finish_record(&mut self, mut record: AttemptRecord) {
        record.held = core::mem::take(&mut self.held);
        #[cfg(feature = "tracing")]
        crate::trace::attempt(&record);
        self.history.push(record);
    }
}

fn failure_record<C: Catalog>(attempt: u32, failure: &Attempted<C>) -> AttemptRecord {
    let mut record = AttemptRecord {
        attempt,
        status: None,
        code: None,
        request_id: None,
        transport: None,
        succeeded: false,
        delay_waited: Duration::ZERO,
        retry_reason: None,
        stop: None,
        held: Duration::ZERO,
    };
    match failure {
        Attempted::Response(response) => {
            let error = &response.error;
            let details = error.details();
            record.status = Some(error.status());
            // A synthetic entry has no code in the body: name it by the catalog's code.
            record.code = error
                .code()
                .map(|c| Catalog::as_str(c).to_owned())
                .or_else(|| details.code().map(str::to_owned));
            record.request_id = details.request_id().map(str::to_owned);
        }
        Attempted::Transport { kind, .. } => record.transport = Some(*kind),
    }
    record
}
