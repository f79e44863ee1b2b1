//! The executor's side of rate limiting: one permit per attempt, and the response fed
//! back into the limiter once the executor knows what it was. The permit comes from the
//! local [`RateLimiter`](crate::RateLimiter), or, in an async run, from the executor's
//! [`SharedLimits`](super::SharedLimits).

use core::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::SystemTime;

use crate::catalog::{Catalog, Category};
use crate::classify::ApiError;
use crate::response::headers::HeaderSource;
use crate::response::hints::RetryHints;
use crate::retry::limiter::{Permit, RateLimitReport};
use crate::retry::{RetryDecision, StopReason};
use crate::time::Clock;

use super::shared::{AnyPermit, Erased};

/// What an attempt ended with, as the limiter needs to know it. The executor translates
/// its `AttemptError` into this, so that pacing does not depend on the attempt types (which
/// carry a `Pacing`).
pub(crate) enum Outcome<'a, C> {
    /// A result the closure returned as a success.
    Success,
    /// An error response, classified, with the server's hints.
    Failed(&'a ApiError<C>, &'a RetryHints),
    /// No response arrived.
    Transport,
}

/// Where an attempt's room was taken.
enum Room {
    Local(Permit),
    /// In the executor's shared limits; the permit is taken out to be finished.
    Shared(Arc<dyn Erased>, Mutex<Option<AnyPermit>>),
}

/// One attempt's permit, shared between the executor and the attempt's context.
pub(crate) struct Pacing {
    room: Room,
    clock: Arc<dyn Clock + Send + Sync>,
    /// The run's time when the permit was granted (the run's `now`).
    at: SystemTime,
    /// The closure reported the response's headers.
    observed: AtomicBool,
    /// An error response's report, kept until the executor has classified the error and
    /// decided what to do: only then is it known whether the 429 was a throttle, and
    /// whether its delay was honoured.
    pending: Mutex<Option<RateLimitReport>>,
}

impl Pacing {
    pub(crate) fn new(permit: Permit, clock: Arc<dyn Clock + Send + Sync>, at: SystemTime) -> Self {
        Pacing::with_room(Room::Local(permit), clock, at)
    }

    /// A permit of the executor's shared limits.
    pub(super) fn shared(
        limits: Arc<dyn Erased>,
        permit: AnyPermit,
        clock: Arc<dyn Clock + Send + Sync>,
        at: SystemTime,
    ) -> Self {
        Pacing::with_room(Room::Shared(limits, Mutex::new(Some(permit))), clock, at)
    }

    fn with_room(room: Room, clock: Arc<dyn Clock + Send + Sync>, at: SystemTime) -> Self {
        Pacing {
            room,
            clock,
            at,
            observed: AtomicBool::new(false),
            pending: Mutex::new(None),
        }
    }

    /// The time a response arrived: the clock's, unless a clock that does not move (a
    /// test's) shows less than the run has already waited.
    fn now(&self) -> SystemTime {
        self.clock.now().max(self.at)
    }

    /// Takes in a response's headers (the attempt closure calls this through its
    /// context). A success's go to a local limiter at once, so that other callers learn
    /// what is left; an error's, and all that go to shared limits (which cannot be told
    /// without waiting), wait for [`settle`](Self::settle).
    pub(crate) fn observe<H: HeaderSource + ?Sized>(&self, status: u16, headers: &H) {
        self.observed.store(true, Ordering::Release);
        let now = self.now();
        let report = RateLimitReport::from_headers(status, headers, now);
        if let (Room::Local(permit), true) = (&self.room, status < 400) {
            permit.observe(now, &report);
        } else {
            *self.pending.lock().unwrap_or_else(PoisonError::into_inner) = Some(report);
        }
    }

    /// After the attempt and the retry decision: tells the limiter what it has not been
    /// told, and ends the request's stay in flight.
    ///
    /// An error response counts as a throttle only if it is one ([`is_throttle`]), and
    /// its delay holds other requests only if this call honoured it: a delay beyond the
    /// longest the executor honours stopped this call ([`StopReason::HintTooLong`]), and
    /// must not freeze every other call for the limiter's `max_hold`.
    pub(crate) fn settle<C: Catalog>(
        &self,
        outcome: Outcome<'_, C>,
        decision: Option<&RetryDecision>,
    ) {
        let report = self.report(outcome, decision);
        self.end(report);
    }

    /// [`settle`](Self::settle) for an async run: a shared permit is finished with one
    /// round trip (observe and release together).
    pub(crate) fn settle_async<'p, C: Catalog>(
        &'p self,
        outcome: Outcome<'_, C>,
        decision: Option<&RetryDecision>,
    ) -> impl Future<Output = ()> + Send + use<'p, C> {
        let report = self.report(outcome, decision);
        async move {
            match &self.room {
                Room::Shared(limits, permit) => {
                    let permit = permit.lock().unwrap_or_else(PoisonError::into_inner).take();
                    if let Some(permit) = permit {
                        limits.finish(permit, report).await;
                    }
                }
                Room::Local(_) => self.end(report),
            }
        }
    }

    /// Tells the limiter `report` and ends the request's stay in flight (a shared
    /// permit, which needs a round trip, is dropped: it ends in the background).
    fn end(&self, report: Option<RateLimitReport>) {
        match &self.room {
            Room::Local(permit) => {
                if let Some(report) = report {
                    permit.observe(self.now(), &report);
                }
                permit.release();
            }
            Room::Shared(_, permit) => {
                drop(permit.lock().unwrap_or_else(PoisonError::into_inner).take());
            }
        }
    }

    /// What the limiter has not been told of the attempt: see [`settle`](Self::settle).
    fn report<C: Catalog>(
        &self,
        outcome: Outcome<'_, C>,
        decision: Option<&RetryDecision>,
    ) -> Option<RateLimitReport> {
        let pending = self
            .pending
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        let observed = self.observed.load(Ordering::Acquire);
        match outcome {
            Outcome::Failed(error, hints) => {
                let report =
                    pending.unwrap_or_else(|| RateLimitReport::from_hints(error.status(), hints));
                let mut report = report.with_throttle(is_throttle(error));
                if let Some(RetryDecision::Stop(StopReason::HintTooLong { .. })) = decision {
                    report.retry_after = None;
                }
                Some(report)
            }
            // Headers the closure reported for a response it did not return as one.
            _ if pending.is_some() => pending,
            Outcome::Success if !observed => Some(RateLimitReport::status_only(200)),
            // Already fed, or no response: nothing (more) to learn.
            Outcome::Success | Outcome::Transport => None,
        }
    }
}

/// Whether an error response tells the limiter to slow down: a rate limit by its catalog
/// entry's category, or a 429 the catalog does not know. A 429 the catalog classifies as
/// anything else (a quota or billing error) is not: sending slower does not cure it, and
/// counting it would slow every healthy call after it.
pub(crate) fn is_throttle<C: Catalog>(error: &ApiError<C>) -> bool {
    match error.code() {
        Some(code) => code.category() == Category::RateLimit,
        None => error.status() == 429,
    }
}
