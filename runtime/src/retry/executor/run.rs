//! The state of one call, shared by the async and the blocking loop: its attempts, its
//! history, its time and its deadline.

use core::time::Duration;
use std::sync::PoisonError;
use std::time::SystemTime;

use crate::catalog::Catalog;
use crate::response::hints::RetryHints;
use crate::retry::budget::Paid;
use crate::retry::limiter::{after, since};
use crate::retry::outage::{Admit, Probe, Queued};
use crate::retry::{
    DecisionInput, FailureKind, RetryDecision, StopReason, TRANSPORT_POLICY, decide,
};
use crate::time::{BlockingSleeper, Sleeper};

use super::RetryExecutor;
use super::attempt::{AttemptError, AttemptRecord, RetryError, Seen, Success, TransportKind};
use super::shared::Spend;

/// What the loop does after an attempt.
pub(crate) enum Step<T, C> {
    Done(Result<Success<T>, RetryError<C>>),
    /// Wait this long, then try again; the failure is kept in case the next attempt is
    /// never made.
    Wait(Duration, AttemptError<C>),
}

pub(crate) struct Run<'e, S> {
    executor: &'e RetryExecutor<S>,
    limit: Option<u32>,
    pub(crate) attempt: u32,
    /// What the retry that led to the current attempt cost: a success returns it.
    last_cost: Option<u32>,
    /// A retry paid for and not sent yet, from the moment it is paid. Refunded (tokens
    /// and its place in the ratio window) when the run ends without sending it: a
    /// deadline, or a caller that drops the call's future while it waits (for the shared
    /// limits, the backoff, the limiter: `tokio::time::timeout`, a cancelled task). See
    /// `Drop`.
    unsent: Option<Paid>,
    history: Vec<AttemptRecord>,
    /// When the call started: its deadline counts from here.
    started: SystemTime,
    /// No earlier than this is "now" for the limiter: the run has waited that long. With
    /// a real clock the clock is always later; a clock that stands still (a test's) still
    /// sees the run's waits pass.
    floor: SystemTime,
    /// How long the limiter has held the current attempt.
    pub(crate) held: Duration,
    /// How long the call has waited at the outage gate, in all.
    outage_waited: Duration,
    /// The call's claim to send the outage probe, while it does.
    probe: Option<Probe>,
    /// The call's place in the queue at the outage gate, while it waits there.
    queued: Option<Queued>,
    /// Where retries are paid: the executor's budget, or a shared one (async runs).
    pub(crate) spend: Option<Spend<'e>>,
}

impl<'e, S> Run<'e, S> {
    pub(crate) fn new(executor: &'e RetryExecutor<S>, limit: Option<u32>) -> Self {
        let now = executor.clock.now();
        Run {
            executor,
            limit: limit.or(executor.max_attempts),
            attempt: 1,
            last_cost: None,
            unsent: None,
            history: Vec::new(),
            started: now,
            floor: now,
            held: Duration::ZERO,
            outage_waited: Duration::ZERO,
            probe: None,
            queued: None,
            spend: executor.budget.as_ref().map(Spend::Local),
        }
    }

    /// The run's "now" for the limiter, the deadline and the retry budget's ratio window.
    pub(crate) fn now(&self) -> SystemTime {
        self.executor.clock.now().max(self.floor)
    }

    /// What is left of the call's time budget; `None` without a deadline.
    pub(crate) fn time_left(&self) -> Option<Duration> {
        let elapsed = since(self.now(), self.started);
        self.executor
            .deadline
            .map(|budget| budget.saturating_sub(elapsed))
    }

    /// Notes, just before it sleeps, that the run waits `wait`, for the limiter (`held`)
    /// or a retry delay.
    pub(crate) fn waits(&mut self, wait: Duration, held: bool) {
        self.floor = after(self.now(), wait);
        if held {
            self.held = self.held.saturating_add(wait);
        }
    }

    /// Asks the outage gate whether the next attempt may go; `has_failure`: the call has
    /// a failed attempt to return should it stop. A claim to probe is kept by the run.
    fn admit(&mut self, has_failure: bool) -> Admit {
        let gate = &self.executor.outage;
        if !gate.is_open() {
            self.queued = None;
            return Admit::Go;
        }
        // `Duration::MAX` (the default) is no limit of ours: only a deadline bounds it.
        let longest = gate.longest();
        let mut limit =
            (longest != Duration::MAX).then(|| longest.saturating_sub(self.outage_waited));
        if let Some(left) = self.time_left() {
            limit = Some(limit.map_or(left, |l| l.min(left)));
        }
        match gate.admit(self.now(), limit, has_failure) {
            Admit::Probe(probe) => {
                self.probe = Some(probe);
                self.queued = None;
                Admit::Go
            }
            Admit::Wait {
                wait,
                epoch,
                probing,
            } => {
                if self.queued.is_none() {
                    self.queued = Some(gate.queue());
                }
                Admit::Wait {
                    wait,
                    epoch,
                    probing,
                }
            }
            other => {
                self.queued = None;
                other
            }
        }
    }

    /// Notes a wait at the outage gate that began at `from`: `wait`, if it all passed
    /// (the run's "now" moves on, as for any wait), or what the clock shows.
    fn waited_at_gate(&mut self, from: SystemTime, wait: Option<Duration>, whole: bool) {
        let waited = match wait {
            Some(wait) if whole => {
                self.floor = self.floor.max(after(from, wait));
                wait
            }
            _ => since(self.now(), from),
        };
        self.outage_waited = self.outage_waited.saturating_add(waited);
        // The failed attempt's record counts it as the wait before the next one.
        if let Some(record) = self.history.last_mut() {
            record.delay_waited = record.delay_waited.saturating_add(waited);
        }
    }

    /// Passes the outage gate before an attempt, waiting asynchronously while an outage
    /// holds calls; `Some(reason)` when a call with a failure in hand cannot wait.
    pub(crate) async fn outage_gate(&mut self, has_failure: bool) -> Option<StopReason>
    where
        S: Sleeper,
    {
        loop {
            match self.admit(has_failure) {
                Admit::Go | Admit::Probe(_) => return None,
                Admit::Stop(reason) => return Some(reason),
                Admit::Wait { wait, epoch, .. } => {
                    let from = self.now();
                    let executor = self.executor;
                    let whole = executor.outage.wait(&executor.sleeper, wait, epoch).await;
                    self.waited_at_gate(from, wait, whole);
                }
            }
        }
    }

    /// [`outage_gate`](Self::outage_gate), blocking the thread.
    pub(crate) fn outage_gate_blocking(&mut self, has_failure: bool) -> Option<StopReason>
    where
        S: BlockingSleeper,
    {
        loop {
            match self.admit(has_failure) {
                Admit::Go | Admit::Probe(_) => return None,
                Admit::Stop(reason) => return Some(reason),
                Admit::Wait {
                    wait,
                    epoch,
                    probing,
                } => {
                    let from = self.now();
                    let executor = self.executor;
                    let whole =
                        executor
                            .outage
                            .wait_blocking(&executor.sleeper, wait, epoch, probing);
                    self.waited_at_gate(from, wait, whole);
                }
            }
        }
    }

    /// Notes that the current attempt goes out: if it is a retry, the tokens paid for it
    /// are spent and no longer refunded.
    pub(crate) fn sending(&mut self) {
        self.unsent = None;
    }

    /// Gives a retry paid for and never sent back to the budget.
    fn refund_unsent(&mut self) {
        if let (Some(budget), Some(paid)) = (&self.spend, self.unsent.take()) {
            budget.refund(paid);
        }
    }

    /// The retry decision for a failed attempt; `None` for a success.
    pub(crate) fn judge<T, C: Catalog>(
        &mut self,
        outcome: &Result<T, AttemptError<C>>,
    ) -> Option<RetryDecision> {
        outcome
            .as_ref()
            .err()
            .map(|failure| self.judge_failure(failure))
    }

    /// The retry decision for `failure`, keeping what the budget took for it as unsent.
    fn judge_failure<C: Catalog>(&mut self, failure: &AttemptError<C>) -> RetryDecision {
        let (decision, paid) = self.decide(failure);
        self.unsent = paid;
        decision
    }

    /// Pays a retry that a run with a shared budget proposed (and [`Spend::pay`] priced),
    /// once [`judge`](Self::judge) has: the decision stands if the shared budget allows it,
    /// and stops with [`StopReason::BudgetExhausted`] if not. Anything else passes through.
    pub(crate) async fn pay_shared(
        &mut self,
        decision: Option<RetryDecision>,
    ) -> Option<RetryDecision> {
        if let (Some(Spend::Shared(limits, _)), Some(RetryDecision::Retry { cost, .. })) =
            (&self.spend, &decision)
        {
            self.unsent = limits.try_retry(*cost, self.attempt <= 1).await;
            if self.unsent.is_none() {
                return Some(RetryDecision::Stop(StopReason::BudgetExhausted));
            }
        }
        decision
    }

    /// Records the attempt and says what comes next; `decision` is [`judge`](Self::judge)'s.
    pub(crate) fn step<T, C: Catalog>(
        &mut self,
        outcome: Result<T, AttemptError<C>>,
        decision: Option<RetryDecision>,
        seen: Seen,
    ) -> Step<T, C> {
        let (failure, decision) = match (outcome, decision) {
            (Err(failure), Some(decision)) => (failure, decision),
            (Err(failure), None) => {
                let decision = self.judge_failure(&failure);
                (failure, decision)
            }
            (Ok(value), _) => {
                if let Some(budget) = &self.spend {
                    budget.record_success(self.last_cost);
                }
                // Any success ends an outage, a probe's or not.
                self.executor.outage.close();
                self.probe = None;
                let record = AttemptRecord {
                    status: seen.status,
                    request_id: seen.request_id,
                    succeeded: true,
                    ..blank_record(self.attempt)
                };
                self.finish_record(record);
                return Step::Done(Ok(Success {
                    value,
                    history: core::mem::take(&mut self.history),
                }));
            }
        };

        if let Some(probe) = self.probe.take() {
            self.probe_answered(probe, &failure);
        }
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
                Step::Wait(delay, failure)
            }
            RetryDecision::Stop(reason) => {
                record.stop = Some(reason);
                self.finish_record(record);
                Step::Done(self.stop(failure, reason))
            }
        }
    }

    /// Ends the run after `last`, whose record is already in the history, with `reason`
    /// (the limiter would hold the next attempt past the deadline).
    pub(crate) fn give_up<T, C>(
        &mut self,
        last: AttemptError<C>,
        reason: StopReason,
    ) -> Result<Success<T>, RetryError<C>> {
        // The retry it paid for is not made.
        self.refund_unsent();
        self.last_cost = None;
        if let Some(record) = self.history.last_mut() {
            record.stop = Some(reason);
            record.retry_reason = None;
            record.delay_waited = Duration::ZERO;
            // Its "retrying" event is out already; this one says the retry never came.
            #[cfg(feature = "tracing")]
            super::trace::attempt(record);
        }
        self.stop(last, reason)
    }

    fn stop<T, C>(
        &mut self,
        last: AttemptError<C>,
        reason: StopReason,
    ) -> Result<Success<T>, RetryError<C>> {
        Err(RetryError {
            last,
            reason,
            history: core::mem::take(&mut self.history),
        })
    }

    /// The failed probe says the outage goes on (the next probe after its delay), or,
    /// when it is an error an outage does not send (one never retried), that it is over.
    /// A request that could not be sent at all says nothing: the next call probes.
    fn probe_answered<C: Catalog>(&self, probe: Probe, failure: &AttemptError<C>) {
        if let AttemptError::Transport {
            kind: TransportKind::Fatal,
            ..
        } = failure
        {
            return drop(probe);
        }
        let gate = &self.executor.outage;
        match self.probe_delay(failure, gate.failures().saturating_add(1)) {
            Some(delay) => gate.probe_failed(probe, self.now(), delay),
            None => {
                drop(probe);
                gate.close();
            }
        }
    }

    /// How long after `failure` the next outage probe goes, when it is the `failures`-th
    /// outage failure in a row: the delay the failure's strategy (or the server) gives
    /// retry `failures + 1`, the retry the budget refused being the first; `None` when
    /// the failure is never retried.
    fn probe_delay<C: Catalog>(
        &self,
        failure: &AttemptError<C>,
        failures: u32,
    ) -> Option<Duration> {
        let mut input = self.input(failure)?;
        input.attempt = failures.saturating_add(1);
        input.max_attempts = Some(u32::MAX);
        input.time_left = None;
        let mut rng = self
            .executor
            .rng
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        decide(&input, &mut *rng).delay()
    }

    /// The decision's input for `failure`; `None` for one never retried (a fatal
    /// transport error).
    fn input<'f, C: Catalog>(&self, failure: &'f AttemptError<C>) -> Option<DecisionInput<'f>> {
        let executor = self.executor;
        let (strategy, hints, known, kind) = match failure {
            AttemptError::Response(response) => (
                response.error.retry_policy(),
                &response.hints,
                !response.error.is_unknown(),
                FailureKind::Response,
            ),
            AttemptError::Transport {
                kind: TransportKind::Fatal,
                ..
            } => return None,
            AttemptError::Transport { .. } => (
                &TRANSPORT_POLICY,
                &NO_HINTS,
                true,
                FailureKind::TimeoutOrConnection,
            ),
        };
        Some(DecisionInput {
            strategy,
            attempt: self.attempt,
            hints,
            known,
            max_attempts: self.limit,
            kind,
            now: Some(self.now()),
            max_server_delay: executor.max_server_delay,
            time_left: self.time_left(),
        })
    }

    /// The retry decision for `failure`: [`decide`], then the outage gate or the budget.
    /// While the gate is open a retry is not paid for: it waits at the gate. A retry the
    /// budget refuses trips the gate (when it is on) and waits there too.
    /// With the decision, what the budget took for it.
    fn decide<C: Catalog>(&self, failure: &AttemptError<C>) -> (RetryDecision, Option<Paid>) {
        let executor = self.executor;
        let Some(input) = self.input(failure) else {
            return (RetryDecision::Stop(StopReason::NotRetryable), None);
        };
        let proposal = {
            let mut rng = executor.rng.lock().unwrap_or_else(PoisonError::into_inner);
            decide(&input, &mut *rng)
        };
        let RetryDecision::Retry { reason, .. } = proposal else {
            return (proposal, None);
        };
        let queued = RetryDecision::Retry {
            delay: Duration::ZERO,
            reason,
            cost: 0,
        };
        if executor.outage.is_open() {
            return (queued, None);
        }
        let (decision, paid) = match &self.spend {
            Some(budget) => budget.pay(proposal, &input),
            None => (proposal, None),
        };
        if decision == RetryDecision::Stop(StopReason::BudgetExhausted)
            && let Some(delay) = self.probe_delay(failure, 1)
            && executor.outage.trip(self.now(), delay)
        {
            return (queued, None);
        }
        (decision, paid)
    }

    fn finish_record(&mut self, mut record: AttemptRecord) {
        record.held = core::mem::take(&mut self.held);
        #[cfg(feature = "tracing")]
        super::trace::attempt(&record);
        self.history.push(record);
    }
}

impl<S> Drop for Run<'_, S> {
    /// A call dropped while it waits (for its backoff or the limiter) never sends the
    /// retry it paid for: without the refund, a hundred cancelled calls would empty the
    /// standard budget and switch retries off for every caller. (The limiter's permit
    /// needs no such care: it is released before any wait, and on drop.)
    fn drop(&mut self) {
        self.refund_unsent();
    }
}

/// The hints of a failure without a response.
static NO_HINTS: RetryHints = RetryHints::NONE;

fn blank_record(attempt: u32) -> AttemptRecord {
    AttemptRecord {
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
    }
}

fn failure_record<C: Catalog>(attempt: u32, failure: &AttemptError<C>) -> AttemptRecord {
    let mut record = blank_record(attempt);
    match failure {
        AttemptError::Response(response) => {
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
        AttemptError::Transport { kind, .. } => record.transport = Some(*kind),
    }
    record
}
