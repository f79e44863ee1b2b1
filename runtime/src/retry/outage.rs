//! The outage gate: once the retry budget refuses retries (the outage guard trips), calls
//! wait behind a single probe, half-open like a circuit breaker, instead of each sending
//! or failing. The executor consults it before every attempt; see
//! [`RetryExecutor::outage_wait`](crate::RetryExecutor::outage_wait) for the rules.
//!
//! The gate is shared by the clones of an executor. While it is closed it costs one atomic
//! load per attempt.

use core::future::{Future, poll_fn};
use core::pin::pin;
use core::task::{Poll, Waker};
use core::time::Duration;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Instant, SystemTime};

use crate::retry::StopReason;
use crate::retry::limiter::{after, since};
use crate::time::{BlockingSleeper, Sleeper};

/// The gate, and how long one call may wait at it in all (zero: the gate is off).
#[derive(Clone)]
pub(crate) struct OutageGate {
    shared: Arc<Shared>,
    longest: Duration,
}

struct Shared {
    /// The gate is open (an outage is on); read without the lock on every attempt.
    open: AtomicBool,
    state: Mutex<State>,
    /// Wakes blocking calls when the state changes.
    changed: Condvar,
}

#[derive(Default)]
struct State {
    /// The id of the probe in flight, if any: every other call waits for its answer.
    probe: Option<u64>,
    /// Outage failures in a row: the one that tripped the gate, then each failed probe.
    failures: u32,
    /// When the next probe may go.
    next_probe: Option<SystemTime>,
    /// Counts the changes (closed, a probe answered or was dropped), so that a waiting call
    /// knows it has something to look at.
    epoch: u64,
    /// Async calls waiting for a change, by id.
    wakers: Vec<(u64, Waker)>,
    /// Blocking calls waiting for a probe's answer.
    blocked: usize,
    /// Calls queued at the gate: from their first wait until they send or stop.
    queued: usize,
    next_id: u64,
}

/// What a call does before its next attempt ([`OutageGate::admit`]).
pub(crate) enum Admit {
    /// Send it: the gate is closed, or a first attempt cannot wait.
    Go,
    /// Send it as the probe: while the claim is held, every other call waits.
    Probe(Probe),
    /// Wait until the gate changes (`epoch` is the one seen), at most `wait` (`None`: no
    /// limit), then ask again.
    Wait {
        /// The longest wait: until the next probe, or what is left of the call's limit
        /// while a probe is in flight.
        wait: Option<Duration>,
        epoch: u64,
        /// A probe is in flight: its answer is the change waited for.
        probing: bool,
    },
    /// The call has a failure in hand and cannot wait for the next probe.
    Stop(StopReason),
}

/// A call's place in the queue at the gate, from its first wait until it sends or stops
/// (or is dropped).
pub(crate) struct Queued {
    gate: Arc<Shared>,
}

impl Drop for Queued {
    fn drop(&mut self) {
        let mut state = self.gate.lock();
        state.queued = state.queued.saturating_sub(1);
        report_queued(state.queued);
    }
}

/// Reports the calls queued at the gate, with the `metrics` feature.
fn report_queued(_queued: usize) {
    #[cfg(feature = "metrics")]
    crate::integrations::metrics::calls_queued(_queued);
}

/// The claim of the call that sends the probe. Dropping it unanswered (the call was
/// dropped, or stopped before sending) lets the next waiting call probe at once.
pub(crate) struct Probe {
    gate: Arc<Shared>,
    id: u64,
}

impl Drop for Probe {
    fn drop(&mut self) {
        let mut state = self.gate.lock();
        if state.probe == Some(self.id) {
            state.probe = None;
            let wake = self.gate.changed(&mut state);
            drop(state);
            wake.run();
        }
    }
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Tells every waiting call to look again: blocking ones at once, async ones through
    /// the wakers returned, to be woken once the lock is released.
    #[must_use]
    fn changed(&self, state: &mut State) -> Wake {
        state.epoch = state.epoch.wrapping_add(1);
        self.changed.notify_all();
        Wake(state.wakers.drain(..).map(|(_, w)| w).collect())
    }

    #[must_use]
    fn close(&self, state: &mut State) -> Wake {
        self.open.store(false, Ordering::Release);
        state.failures = 0;
        state.next_probe = None;
        state.probe = None;
        self.changed(state)
    }
}

impl OutageGate {
    /// A closed gate; calls wait at it at most `longest` in all.
    pub(crate) fn new(longest: Duration) -> OutageGate {
        OutageGate {
            shared: Arc::new(Shared {
                open: AtomicBool::new(false),
                state: Mutex::new(State::default()),
                changed: Condvar::new(),
            }),
            longest,
        }
    }

    /// The same gate, with calls waiting at most `longest` (zero turns it off).
    pub(crate) fn with_longest(mut self, longest: Duration) -> OutageGate {
        self.longest = longest;
        self
    }

    /// The same gate for a call that will not wait at it (it has somewhere else to go): the
    /// gate still opens on the call's refused retry and lets it probe, but with a failure
    /// in hand the call stops at once (`StopReason::Outage`) instead of queueing. A gate
    /// that is off stays off.
    pub(crate) fn without_waiting(self) -> OutageGate {
        if self.longest.is_zero() {
            return self;
        }
        // The shortest wait that is not zero: zero would turn the gate off.
        self.with_longest(Duration::from_nanos(1))
    }

    /// How long one call may wait at the gate in all; zero when the gate is off.
    pub(crate) fn longest(&self) -> Duration {
        self.longest
    }

    /// A gate of its own (closed), with the same longest wait: for another endpoint, whose
    /// outage is not this one's.
    pub(crate) fn fresh(&self) -> OutageGate {
        OutageGate::new(self.longest)
    }

    /// Whether a call may go through the gate at `now` without waiting: it is closed, or
    /// open with its next probe due and none in flight (the call would be the probe).
    pub(crate) fn lets_through(&self, now: SystemTime) -> bool {
        if !self.is_open() {
            return true;
        }
        let state = self.shared.lock();
        state.probe.is_none() && state.next_probe.is_none_or(|at| at <= now)
    }

    /// Whether an outage is on.
    pub(crate) fn is_open(&self) -> bool {
        !self.longest.is_zero() && self.shared.open.load(Ordering::Acquire)
    }

    /// The outage guard refused a retry at `now`: opens the gate (if it is on and not open
    /// yet), the first probe to go after `delay`. Returns whether the gate is open.
    pub(crate) fn trip(&self, now: SystemTime, delay: Duration) -> bool {
        if self.longest.is_zero() {
            return false;
        }
        let mut state = self.shared.lock();
        if !self.shared.open.load(Ordering::Acquire) {
            self.shared.open.store(true, Ordering::Release);
            state.failures = 1;
            state.next_probe = Some(after(now, delay));
            state.probe = None;
            let wake = self.shared.changed(&mut state);
            drop(state);
            wake.run();
            #[cfg(feature = "tracing")]
            tracing::warn!(
                target: "errspec::retry",
                next_probe_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                "outage: the retry budget refused a retry; calls wait behind one probe"
            );
        }
        true
    }

    /// Puts a call in the queue at the gate, until the place returned is dropped.
    pub(crate) fn queue(&self) -> Queued {
        let mut state = self.shared.lock();
        state.queued += 1;
        report_queued(state.queued);
        Queued {
            gate: Arc::clone(&self.shared),
        }
    }

    /// Outage failures in a row so far (the trip included); zero while closed.
    pub(crate) fn failures(&self) -> u32 {
        self.shared.lock().failures
    }

    /// Any call succeeded (or the server answered a probe with something an outage does
    /// not send): the outage is over.
    pub(crate) fn close(&self) {
        if self.shared.open.load(Ordering::Acquire) {
            let mut state = self.shared.lock();
            if !self.shared.open.load(Ordering::Acquire) {
                return;
            }
            let failures = state.failures;
            let wake = self.shared.close(&mut state);
            drop(state);
            wake.run();
            #[cfg(feature = "tracing")]
            tracing::info!(
                target: "errspec::retry",
                failures,
                "outage over: the waiting calls go"
            );
            #[cfg(not(feature = "tracing"))]
            let _ = failures;
        }
    }

    /// The probe failed as outages do, at `now`: the next one goes after `delay`.
    pub(crate) fn probe_failed(&self, probe: Probe, now: SystemTime, delay: Duration) {
        let mut state = self.shared.lock();
        if self.shared.open.load(Ordering::Acquire) {
            state.failures = state.failures.saturating_add(1);
            state.next_probe = Some(after(now, delay));
        }
        if state.probe == Some(probe.id) {
            state.probe = None;
        }
        let wake = self.shared.changed(&mut state);
        drop(state);
        wake.run();
        // Its claim is answered: dropping it releases nothing.
        drop(probe);
    }

    /// May a call make its next attempt at `now`? `limit` is how much longer it may wait
    /// (its deadline, and what is left of [`longest`](Self::longest)); `has_failure` says
    /// it has a failed attempt to return if it stops.
    pub(crate) fn admit(
        &self,
        now: SystemTime,
        limit: Option<Duration>,
        has_failure: bool,
    ) -> Admit {
        if !self.is_open() {
            return Admit::Go;
        }
        let mut state = self.shared.lock();
        if !self.shared.open.load(Ordering::Acquire) {
            return Admit::Go;
        }
        let cannot = |next_probe: Duration, left: Duration| {
            if has_failure {
                Admit::Stop(StopReason::Outage { next_probe, left })
            } else {
                // A first attempt has nothing to return: it goes, as a request held by
                // the rate limiter until its deadline does.
                Admit::Go
            }
        };
        if state.probe.is_some() {
            return match limit {
                Some(left) if left.is_zero() => cannot(Duration::ZERO, left),
                _ => Admit::Wait {
                    wait: limit,
                    epoch: state.epoch,
                    probing: true,
                },
            };
        }
        let wait = state.next_probe.map_or(Duration::ZERO, |t| since(t, now));
        if wait.is_zero() {
            state.next_id = state.next_id.wrapping_add(1);
            state.probe = Some(state.next_id);
            return Admit::Probe(Probe {
                gate: Arc::clone(&self.shared),
                id: state.next_id,
            });
        }
        match limit {
            Some(left) if left < wait => cannot(wait, left),
            _ => Admit::Wait {
                wait: Some(wait),
                epoch: state.epoch,
                probing: false,
            },
        }
    }

    /// Waits (asynchronously) until the gate changes after `epoch`, or `wait` has passed.
    /// Returns whether the whole `wait` passed. Dropping the future leaves nothing behind.
    pub(crate) async fn wait<S: Sleeper>(
        &self,
        sleeper: &S,
        wait: Option<Duration>,
        epoch: u64,
    ) -> bool {
        let id = {
            let mut state = self.shared.lock();
            state.next_id = state.next_id.wrapping_add(1);
            state.next_id
        };
        let _registered = Registered {
            gate: &self.shared,
            id,
        };
        let mut sleep = pin!(wait.map(|w| sleeper.sleep(w)));
        poll_fn(|cx| {
            {
                let mut state = self.shared.lock();
                if state.epoch != epoch {
                    return Poll::Ready(false);
                }
                match state.wakers.iter_mut().find(|(i, _)| *i == id) {
                    Some((_, waker)) => waker.clone_from(cx.waker()),
                    None => state.wakers.push((id, cx.waker().clone())),
                }
            }
            match sleep.as_mut().as_pin_mut() {
                Some(sleep) => sleep.poll(cx).map(|()| true),
                None => Poll::Pending,
            }
        })
        .await
    }

    /// Waits (blocking the thread) until the gate changes after `epoch`, or `wait` has
    /// passed; returns whether the whole `wait` passed. The wait for the next probe goes
    /// through `sleeper`; the wait for a probe's answer is woken by that answer (bounded
    /// by `wait` on the system's monotonic clock).
    pub(crate) fn wait_blocking<S: BlockingSleeper>(
        &self,
        sleeper: &S,
        wait: Option<Duration>,
        epoch: u64,
        probing: bool,
    ) -> bool {
        if !probing && let Some(wait) = wait {
            sleeper.sleep_blocking(wait);
            return true;
        }
        let until = wait.and_then(|w| Instant::now().checked_add(w));
        let mut state = self.shared.lock();
        state.blocked += 1;
        let whole = loop {
            if state.epoch != epoch {
                break false;
            }
            state = match until {
                None => self
                    .shared
                    .changed
                    .wait(state)
                    .unwrap_or_else(PoisonError::into_inner),
                Some(until) => {
                    let left = until.saturating_duration_since(Instant::now());
                    if left.is_zero() {
                        break true;
                    }
                    self.shared
                        .changed
                        .wait_timeout(state, left)
                        .unwrap_or_else(PoisonError::into_inner)
                        .0
                }
            };
        };
        state.blocked -= 1;
        whole
    }
}

/// Async calls to wake, once the gate's lock is released (a waker may run code).
struct Wake(Vec<Waker>);

impl Wake {
    fn run(self) {
        for waker in self.0 {
            waker.wake();
        }
    }
}

/// An async call's place in the waker list, removed when its wait ends or is dropped.
struct Registered<'a> {
    gate: &'a Shared,
    id: u64,
}

impl Drop for Registered<'_> {
    fn drop(&mut self) {
        self.gate.lock().wakers.retain(|(i, _)| *i != self.id);
    }
}

impl core::fmt::Debug for OutageGate {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let state = self.shared.lock();
        f.debug_struct("OutageGate")
            // `None`: as long as the call's deadline allows.
            .field(
                "longest",
                &(self.longest != Duration::MAX).then_some(self.longest),
            )
            .field("open", &self.shared.open.load(Ordering::Acquire))
            .field("probing", &state.probe.is_some())
            .field("failures", &state.failures)
            .field("queued", &state.queued)
            .field("waiting", &(state.wakers.len() + state.blocked))
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(ms: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000) + Duration::from_millis(ms)
    }

    fn waits(admit: &Admit) -> Option<(Option<Duration>, bool)> {
        match admit {
            Admit::Wait { wait, probing, .. } => Some((*wait, *probing)),
            _ => None,
        }
    }

    #[test]
    fn one_probe_at_a_time_on_the_schedule() {
        let gate = OutageGate::new(Duration::MAX);
        assert!(matches!(gate.admit(at(0), None, true), Admit::Go), "closed");
        assert!(gate.trip(at(0), Duration::from_millis(500)));
        assert!(gate.trip(at(100), Duration::from_secs(9)), "already open");
        let early = gate.admit(at(200), None, true);
        assert_eq!(
            waits(&early),
            Some((Some(Duration::from_millis(300)), false))
        );
        let Admit::Probe(probe) = gate.admit(at(500), None, false) else {
            panic!("the probe time has come");
        };
        let other = gate.admit(at(600), Some(Duration::from_secs(1)), true);
        assert_eq!(waits(&other), Some((Some(Duration::from_secs(1)), true)));
        gate.probe_failed(probe, at(700), Duration::from_secs(1));
        assert_eq!(gate.failures(), 2);
        let next = gate.admit(at(700), None, true);
        assert_eq!(waits(&next), Some((Some(Duration::from_secs(1)), false)));
        // A claim dropped unanswered frees the probe at once, on the same schedule.
        let Admit::Probe(probe) = gate.admit(at(1700), None, true) else {
            panic!("the probe time has come");
        };
        drop(probe);
        let Admit::Probe(_probe) = gate.admit(at(1700), None, true) else {
            panic!("free again");
        };
        gate.close();
        assert!(!gate.is_open());
        assert_eq!(gate.failures(), 0);
        assert!(matches!(gate.admit(at(1800), None, true), Admit::Go));
    }

    #[test]
    fn a_call_that_cannot_wait_stops_or_goes() {
        let gate = OutageGate::new(Duration::MAX);
        gate.trip(at(0), Duration::from_secs(2));
        let left = Duration::from_secs(1);
        let Admit::Stop(reason) = gate.admit(at(0), Some(left), true) else {
            panic!("a failure in hand stops");
        };
        let next_probe = Duration::from_secs(2);
        assert_eq!(reason, StopReason::Outage { next_probe, left });
        assert!(matches!(gate.admit(at(0), Some(left), false), Admit::Go));
        let Admit::Probe(_probe) = gate.admit(at(2000), Some(Duration::ZERO), true) else {
            panic!("probing needs no wait");
        };
        let Admit::Stop(reason) = gate.admit(at(2000), Some(Duration::ZERO), true) else {
            panic!("no time left to wait for the answer");
        };
        assert_eq!(
            reason,
            StopReason::Outage {
                next_probe: Duration::ZERO,
                left: Duration::ZERO
            }
        );
    }

    #[test]
    fn a_gate_that_is_off_never_opens() {
        let gate = OutageGate::new(Duration::MAX).with_longest(Duration::ZERO);
        assert!(!gate.trip(at(0), Duration::from_secs(1)));
        assert!(!gate.is_open());
        assert!(matches!(gate.admit(at(0), None, true), Admit::Go));
    }
}
