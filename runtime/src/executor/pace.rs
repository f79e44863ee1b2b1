//! The executor's side of rate limiting: one permit per attempt, and the response fed
//! back into the limiter.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::SystemTime;

use crate::catalog::Catalog;
use crate::headers::HeaderSource;
use crate::limiter::{Permit, RateLimitReport};
use crate::retry::Clock;

use super::attempt::Attempted;

/// One attempt's permit, shared between the executor and the attempt's context.
pub(crate) struct Pacing {
    permit: Permit,
    clock: Arc<dyn Clock + Send + Sync>,
    /// The run's time when the permit was granted (see [`Run::now`](super::Run)).
    at: SystemTime,
    observed: AtomicBool,
}

impl Pacing {
    pub(crate) fn new(permit: Permit, clock: Arc<dyn Clock + Send + Sync>, at: SystemTime) -> Self {
        Pacing {
            permit,
            clock,
            at,
            observed: AtomicBool::new(false),
        }
    }

    /// The time a response arrived: the clock's, unless a clock that does not move (a
    /// test's) shows less than the run has already waited.
    fn now(&self) -> SystemTime {
        self.clock.now().max(self.at)
    }

    /// Feeds a response's headers to the limiter (the attempt closure calls this through
    /// its context).
    pub(crate) fn observe<H: HeaderSource + ?Sized>(&self, status: u16, headers: &H) {
        self.observed.store(true, Ordering::Release);
        self.permit.observe_headers(self.now(), status, headers);
    }

    /// After the attempt: tells the limiter what the closure did not, and ends the
    /// request's stay in flight.
    pub(crate) fn settle<T, C: Catalog>(&self, outcome: &Result<T, Attempted<C>>) {
        if !self.observed.load(Ordering::Acquire) {
            let report = match outcome {
                Ok(_) => Some(RateLimitReport::status_only(200)),
                Err(Attempted::Response(r)) => {
                    Some(RateLimitReport::from_hints(r.error.status(), &r.hints))
                }
                // No response, nothing learnt.
                Err(Attempted::Transport { .. }) => None,
            };
            if let Some(report) = report {
                self.permit.observe(self.now(), &report);
            }
        }
        self.permit.release();
    }
}
