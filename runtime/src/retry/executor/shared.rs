//! The executor's seam for limits kept outside the process (errspec-redis keeps a fleet's
//! in Redis): one public trait, [`SharedLimits`], whose operations may wait, used by the
//! async [`run`](super::RetryExecutor::run) in place of the local rate limiter and
//! retry budget. [`run_blocking`](super::RetryExecutor::run_blocking) cannot wait for
//! them and uses their local share ([`SharedLimits::local_limiter`],
//! [`SharedLimits::local_budget`]) instead.

use core::any::Any;
use core::fmt;
use core::future::Future;
use core::pin::Pin;
use core::time::Duration;
use std::sync::Arc;

use crate::retry::budget::{Paid, RetryBudget};
use crate::retry::limiter::{Demand, RateLimitReport, RateLimiter};
use crate::retry::{DecisionInput, FailureKind, RetryDecision};

/// A rate limiter and a retry budget kept outside the process and shared with other
/// processes, such as a fleet's in Redis (`errspec_redis::FleetLimits`): every operation
/// may wait for a round trip. Hidden from the crate's docs with the limiter's inner types
/// it speaks ([`Demand`], [`RateLimitReport`]); `errspec-redis` implements it. Give it to an executor with
/// [`RetryExecutor::shared_limits`](super::RetryExecutor::shared_limits).
///
/// The async [`run`](super::RetryExecutor::run) asks it for every attempt
/// ([`acquire`](Self::acquire), then [`finish`](Self::finish) with what the response said)
/// and pays every retry with it ([`try_retry`](Self::try_retry), refunds and successes
/// through [`deposit`](Self::deposit)). An implementation answers every operation itself,
/// in bounded time, when its store is away (from a local share): the executor has no
/// fallback of its own.
pub trait SharedLimits: Send + Sync + 'static {
    /// Room for one request in the shared limits. Dropping it must end the request's stay
    /// in flight (in the background, or by letting a lease expire).
    type Permit: Send + Sync + 'static;

    /// Asks to send one request: a permit to hold while it is in flight, or how long to
    /// wait before asking again.
    fn acquire(
        &self,
        demand: Demand,
    ) -> impl Future<Output = Result<Self::Permit, Duration>> + Send;

    /// Lets a request through without asking, counting it all the same: for a caller that
    /// has waited as long as it will (the limiter's `max_hold`, or the call's deadline).
    fn admit(&self, demand: Demand) -> impl Future<Output = Self::Permit> + Send;

    /// Feeds in what the request's response said (`None`: nothing to learn, such as a
    /// transport failure) and ends its stay in flight.
    fn finish(
        &self,
        permit: Self::Permit,
        report: Option<RateLimitReport>,
    ) -> impl Future<Output = ()> + Send;

    /// Asks for one retry costing `cost` tokens and pays for it if the shared budget
    /// allows it, as [`RetryBudget::try_retry`] does; `first_attempt` counts the call as
    /// failing. What was paid (its ratio window's second in the shared budget's time), or
    /// `None` when refused.
    fn try_retry(
        &self,
        cost: u32,
        first_attempt: bool,
    ) -> impl Future<Output = Option<Paid>> + Send;

    /// Gives back a retry paid for and never sent, as [`RetryBudget::refund`] does: its
    /// tokens and its place in the ratio window. Called where the executor cannot wait (a
    /// dropped call among them), so it must not block: send it in the background.
    fn refund(&self, paid: Paid);

    /// Puts `amount` tokens back into the shared budget: a success's refund. Must not
    /// block either.
    fn deposit(&self, amount: u32);

    /// The limiter this process uses where it cannot wait for the shared one:
    /// [`run_blocking`](super::RetryExecutor::run_blocking), and
    /// [`RetryExecutor::limiter`](super::RetryExecutor::limiter). Its config's `max_hold`
    /// bounds the executor's holds, as for a local limiter.
    fn local_limiter(&self) -> RateLimiter;

    /// The budget this process uses where it cannot wait for the shared one; its costs
    /// and success refund price the shared budget's retries.
    fn local_budget(&self) -> RetryBudget;
}

type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A [`SharedLimits::Permit`] of any implementation.
pub(crate) type AnyPermit = Box<dyn Any + Send + Sync>;

/// [`SharedLimits`] as a trait object: boxed futures and permits.
pub(crate) trait Erased: Send + Sync {
    fn acquire(&self, demand: Demand) -> BoxFuture<'_, Result<AnyPermit, Duration>>;
    fn admit(&self, demand: Demand) -> BoxFuture<'_, AnyPermit>;
    fn finish(&self, permit: AnyPermit, report: Option<RateLimitReport>) -> BoxFuture<'_, ()>;
    fn try_retry(&self, cost: u32, first_attempt: bool) -> BoxFuture<'_, Option<Paid>>;
    fn refund(&self, paid: Paid);
    fn deposit(&self, amount: u32);
}

impl<L: SharedLimits> Erased for L {
    fn acquire(&self, demand: Demand) -> BoxFuture<'_, Result<AnyPermit, Duration>> {
        Box::pin(async move {
            let permit = SharedLimits::acquire(self, demand).await?;
            Ok(Box::new(permit) as AnyPermit)
        })
    }

    fn admit(&self, demand: Demand) -> BoxFuture<'_, AnyPermit> {
        Box::pin(async move { Box::new(SharedLimits::admit(self, demand).await) as AnyPermit })
    }

    fn finish(&self, permit: AnyPermit, report: Option<RateLimitReport>) -> BoxFuture<'_, ()> {
        Box::pin(async move {
            // Only this implementation's permits come back to it; any other is dropped.
            if let Ok(permit) = permit.downcast::<L::Permit>() {
                SharedLimits::finish(self, *permit, report).await;
            }
        })
    }

    fn try_retry(&self, cost: u32, first_attempt: bool) -> BoxFuture<'_, Option<Paid>> {
        Box::pin(SharedLimits::try_retry(self, cost, first_attempt))
    }

    fn refund(&self, paid: Paid) {
        SharedLimits::refund(self, paid);
    }

    fn deposit(&self, amount: u32) {
        SharedLimits::deposit(self, amount);
    }
}

/// The executor's shared limits, if any: each half is dropped on its own by the builder
/// (a later `rate_limiter` or `budget` replaces just that half).
#[derive(Clone, Default)]
pub(crate) struct Shared {
    pub(crate) limiter: Option<Arc<dyn Erased>>,
    pub(crate) budget: Option<Arc<dyn Erased>>,
}

impl fmt::Debug for Shared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Shared")
            .field("limiter", &self.limiter.is_some())
            .field("budget", &self.budget.is_some())
            .finish()
    }
}

/// Where a run pays for its retries: the executor's local budget (synchronously), or the
/// shared one, which the async loop pays with [`pay_shared`] once the run has proposed.
#[derive(Clone, Copy)]
pub(crate) enum Spend<'e> {
    Local(&'e RetryBudget),
    /// The shared budget, and the local share whose numbers price a retry.
    Shared(&'e dyn Erased, &'e RetryBudget),
}

impl<'e> Spend<'e> {
    /// The shared budget of an async run, when the executor has one.
    pub(crate) fn shared(shared: &'e Shared, local: Option<&'e RetryBudget>) -> Option<Self> {
        match (&shared.budget, local) {
            (Some(limits), Some(local)) => Some(Spend::Shared(&**limits, local)),
            _ => None,
        }
    }

    /// The local budget it pays with (`None`: a shared one, whose level is not known here).
    #[cfg(feature = "metrics")]
    pub(crate) fn local(&self) -> Option<&'e RetryBudget> {
        match self {
            Spend::Local(budget) => Some(budget),
            Spend::Shared(..) => None,
        }
    }

    /// Pays for `proposal` ([`RetryBudget::pay`]); a shared budget only prices it here
    /// (the run pays it later, where it can wait: `Run::pay_shared`).
    pub(crate) fn pay(
        &self,
        proposal: RetryDecision,
        input: &DecisionInput<'_>,
    ) -> (RetryDecision, Option<Paid>) {
        match (self, proposal) {
            (Spend::Local(budget), proposal) => budget.pay(proposal, input),
            (Spend::Shared(_, local), RetryDecision::Retry { delay, reason, .. }) => {
                let cost = local.cost(input.kind == FailureKind::TimeoutOrConnection);
                let priced = RetryDecision::Retry {
                    delay,
                    reason,
                    cost,
                };
                (priced, None)
            }
            (Spend::Shared(..), stop) => (stop, None),
        }
    }

    /// Gives back a retry that was paid for and never sent.
    pub(crate) fn refund(&self, paid: Paid) {
        match self {
            Spend::Local(budget) => budget.refund(paid),
            Spend::Shared(limits, _) => limits.refund(paid),
        }
    }

    /// Records a success (see [`RetryBudget::record_success`]).
    pub(crate) fn record_success(&self, last_retry_cost: Option<u32>) {
        match self {
            Spend::Local(budget) => budget.record_success(last_retry_cost),
            Spend::Shared(limits, local) => {
                limits.deposit(last_retry_cost.unwrap_or(local.config().success_refund));
            }
        }
    }
}
