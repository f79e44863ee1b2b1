//! One call's way through the alternatives: which one next, the call's history and
//! route, and what is left of its deadline.

use core::time::Duration;
use std::time::SystemTime;

use super::{FallbackRule, Fallbacks, Hop, Routed, category_of};
use crate::catalog::{Catalog, Category};
use crate::retry::StopReason;
use crate::retry::executor::{
    AttemptError, AttemptRecord, RetryError, RetryExecutor, Success, TransportKind,
};
use crate::retry::limiter::since;

/// What a call through [`Fallbacks`] returns.
pub(super) type Routing<R, C> = Result<Routed<Success<R>>, Routed<RetryError<C>>>;

/// One call's way through the alternatives.
pub(super) struct Call<'f, T, S> {
    fallbacks: &'f Fallbacks<T, S>,
    started: SystemTime,
    /// What the call has waited in its hops so far (delays and limiter holds): its time
    /// has passed at least this much, even by a clock that stands still.
    waited: Duration,
    /// The alternative of the next hop, and why the call goes there.
    index: Option<usize>,
    after: Option<Category>,
    /// The call's first alternative: all that most calls, which never hop, need to know.
    first: Option<usize>,
    /// How often the call has gone to each alternative, once it has gone to a second.
    visits: Vec<u8>,
    history: Vec<AttemptRecord>,
    route: Vec<usize>,
}

impl<'f, T, S> Call<'f, T, S> {
    pub(super) fn new(fallbacks: &'f Fallbacks<T, S>) -> Self {
        let now = fallbacks.executor.now();
        let mut call = Call {
            fallbacks,
            started: now,
            waited: Duration::ZERO,
            index: None,
            after: None,
            first: None,
            visits: Vec::new(),
            history: Vec::new(),
            route: Vec::new(),
        };
        call.index = call.next(|_| true).or_else(|| call.soonest_back());
        call
    }

    /// The next untried alternative, in order, that `accept` takes and is not cooling:
    /// preferably one whose outage gate lets a call through now (closed, or its probe due,
    /// the call being the probe), else one where the call will wait for the probe.
    fn next(&self, accept: impl Fn(&T) -> bool) -> Option<usize> {
        let now = self.fallbacks.executor.now();
        let alternatives = self.fallbacks.alternatives.iter().enumerate();
        let mut waiting = None;
        for (i, alternative) in alternatives {
            if self.untried_and_warm(i, now) && accept(alternative) {
                if self.fallbacks.gates[i].lets_through(now) {
                    return Some(i);
                }
                waiting = waiting.or(Some(i));
            }
        }
        waiting
    }

    /// How often this call has gone to alternative `index`.
    fn visits(&self, index: usize) -> u8 {
        match self.visits.get(index) {
            Some(&count) => count,
            None => u8::from(self.visits.is_empty() && self.first == Some(index)),
        }
    }

    /// Whether the call has not gone to alternative `index` yet and it is not cooling
    /// down at `now`.
    fn untried_and_warm(&self, index: usize, now: SystemTime) -> bool {
        self.visits(index) == 0
            && self
                .fallbacks
                .cooldowns
                .as_deref()
                .is_none_or(|c| c.cooling_until(index, now).is_none())
    }

    /// Whether the call could go somewhere other than `index` now without waiting: an
    /// alternative it has not tried, not cooling, whose gate lets it through.
    fn elsewhere(&self, index: usize) -> bool {
        let now = self.fallbacks.executor.now();
        (0..self.fallbacks.alternatives.len()).any(|i| {
            i != index && self.untried_and_warm(i, now) && self.fallbacks.gates[i].lets_through(now)
        })
    }

    /// With every alternative cooling: the one that comes back first.
    fn soonest_back(&self) -> Option<usize> {
        let now = self.fallbacks.executor.now();
        let cooldowns = self.fallbacks.cooldowns.as_deref()?;
        (0..self.fallbacks.alternatives.len())
            .min_by_key(|&i| cooldowns.cooling_until(i, now).unwrap_or(now))
    }

    /// The next hop; the call's failure when there is none to make.
    pub(super) fn hop<C: Catalog>(&mut self) -> Result<Hop<'f, T>, Routed<RetryError<C>>> {
        let Some(index) = self.index else {
            return Err(self.fail(RetryError {
                last: AttemptError::transport(
                    "no alternative to send the call to",
                    TransportKind::Fatal,
                ),
                reason: StopReason::NotRetryable,
                history: Vec::new(),
            }));
        };
        match self.first {
            None => self.first = Some(index),
            Some(first) => {
                if self.visits.is_empty() {
                    self.visits = vec![0; self.fallbacks.alternatives.len()];
                    self.visits[first] = 1;
                }
                self.visits[index] = self.visits[index].saturating_add(1);
            }
        }
        Ok(Hop {
            alternative: &self.fallbacks.alternatives[index],
            index,
            after: self.after,
        })
    }

    /// The executor for a hop to alternative `index`: with that alternative's outage
    /// gate and, after the first hop, what is left of the call's deadline.
    ///
    /// A call waits out an alternative's outage only when it has nowhere else to go: with
    /// another alternative open, the gate stops it at once (`StopReason::Outage`) and the
    /// rules send it on.
    pub(super) fn executor(&self, index: usize) -> RetryExecutor<S>
    where
        S: Clone,
    {
        let mut gate = self.fallbacks.gates[index].clone();
        if self.elsewhere(index) {
            gate = gate.without_waiting();
        }
        let executor = self.fallbacks.executor.clone().with_outage_gate(gate);
        match self.time_left().filter(|_| !self.history.is_empty()) {
            Some(left) => executor.deadline(left),
            None => executor,
        }
    }

    /// What is left of the call's deadline, if it has one.
    fn time_left(&self) -> Option<Duration> {
        let budget = self.fallbacks.executor.deadline_budget()?;
        let elapsed = since(self.fallbacks.executor.now(), self.started).max(self.waited);
        Some(budget.saturating_sub(elapsed))
    }

    /// Takes in the executor's result on the current alternative: the call's result, or
    /// `None` when it goes on to another hop.
    pub(super) fn settle<R, C: Catalog>(
        &mut self,
        outcome: Result<Success<R>, RetryError<C>>,
    ) -> Option<Routing<R, C>> {
        let from = self.index.unwrap_or(0);
        let mut error = match outcome {
            Ok(mut done) => {
                self.record(from, &mut done.history);
                done.history = core::mem::take(&mut self.history);
                return Some(Ok(Routed {
                    result: done,
                    route: core::mem::take(&mut self.route),
                }));
            }
            Err(error) => error,
        };
        self.record(from, &mut error.history);
        let Some(category) = category_of(&error.last) else {
            return Some(Err(self.fail(error)));
        };
        if let StopReason::HintTooLong { requested, .. } = error.reason {
            self.fallbacks.cool::<C>(from, category, requested);
        }
        let to = match self.fallbacks.rule(category) {
            FallbackRule::Stop => None,
            FallbackRule::Next => self.next(|_| true),
            FallbackRule::NextWhere(accept) => self.next(accept),
            FallbackRule::Again => (self.visits(from) < 2).then_some(from),
        };
        let Some(to) = to else {
            return Some(Err(self.fail(error)));
        };
        // The call's deadline spans its hops: with nothing left, the hop is not made.
        if let Some(left) = self.time_left().filter(|left| left.is_zero()) {
            error.reason = StopReason::DeadlineExceeded {
                wait: Duration::ZERO,
                left,
            };
            return Some(Err(self.fail(error)));
        }
        #[cfg(feature = "metrics")]
        crate::integrations::metrics::fallback(C::SPEC.name, category, from, to);
        #[cfg(feature = "tracing")]
        crate::retry::executor::trace::fallback(from, to, category, error.reason);
        self.index = Some(to);
        self.after = Some(category);
        None
    }

    /// Moves a hop's records into the call's history, each routed to `index`.
    fn record(&mut self, index: usize, records: &mut Vec<AttemptRecord>) {
        for record in records.iter() {
            self.waited = self
                .waited
                .saturating_add(record.delay_waited)
                .saturating_add(record.held);
        }
        self.route
            .extend(core::iter::repeat_n(index, records.len()));
        if self.history.is_empty() {
            // The first hop's history becomes the call's: no copy.
            core::mem::swap(&mut self.history, records);
        } else {
            self.history.append(records);
        }
    }

    /// The call's failure: the last error with the whole history.
    fn fail<C>(&mut self, mut error: RetryError<C>) -> Routed<RetryError<C>> {
        error.history = core::mem::take(&mut self.history);
        Routed {
            result: error,
            route: core::mem::take(&mut self.route),
        }
    }
}
