//! The fleet's limits as the executor takes them: [`FleetLimits`] implements errspec's
//! [`SharedLimits`], so that `RetryExecutor::tokio().shared_limits(fleet.limits(key))`
//! paces and pays every call of an executor through Redis.

use core::future::Future;
use core::time::Duration;

use errspec_runtime::retry::budget::{Paid, RetryBudget};
use errspec_runtime::retry::executor::SharedLimits;
use errspec_runtime::retry::limiter::{Demand, RateLimitReport, RateLimiter};

use crate::{FleetAcquire, FleetPermit, FleetRateLimiter, FleetRetryBudget};

/// One API key's fleet-wide rate limiter and retry budget, for a
/// [`RetryExecutor`](errspec_runtime::RetryExecutor):
///
/// ```no_run
/// # fn demo(fleet: &errspec_redis::Fleet, api_key: &str) {
/// use errspec_runtime::RetryExecutor;
/// let executor = RetryExecutor::tokio().shared_limits(fleet.limits(api_key));
/// # }
/// ```
///
/// Made by [`Fleet::limits`](crate::Fleet::limits) (the default numbers) or
/// [`FleetLimits::new`]; clones share everything.
#[derive(Clone, Debug)]
pub struct FleetLimits {
    limiter: FleetRateLimiter,
    budget: FleetRetryBudget,
    /// The limiter of blocking runs (see [`local_limiter`](SharedLimits::local_limiter)).
    blocking: RateLimiter,
}

impl FleetLimits {
    /// The pair, as the executor will use it.
    pub fn new(limiter: FleetRateLimiter, budget: FleetRetryBudget) -> FleetLimits {
        let blocking = RateLimiter::new(limiter.config());
        FleetLimits {
            limiter,
            budget,
            blocking,
        }
    }

    /// The rate limiter.
    pub fn limiter(&self) -> &FleetRateLimiter {
        &self.limiter
    }

    /// The retry budget.
    pub fn budget(&self) -> &FleetRetryBudget {
        &self.budget
    }

    /// Gives something back to the budget without waiting: `remote` on the tokio runtime,
    /// in a task of its own; without a runtime (a call dropped after its runtime), `local`
    /// on the local share at once.
    fn in_background<F>(
        &self,
        remote: impl FnOnce(FleetRetryBudget) -> F,
        local: impl FnOnce(&RetryBudget),
    ) where
        F: Future<Output = ()> + Send + 'static,
    {
        match tokio::runtime::Handle::try_current() {
            Ok(runtime) => {
                runtime.spawn(remote(self.budget.clone()));
            }
            Err(_) => local(self.budget.local()),
        }
    }
}

impl SharedLimits for FleetLimits {
    type Permit = FleetPermit;

    async fn acquire(&self, demand: Demand) -> Result<FleetPermit, Duration> {
        match self.limiter.acquire(demand).await {
            FleetAcquire::Go(permit) => Ok(permit),
            FleetAcquire::Wait(wait) => Err(wait),
        }
    }

    async fn admit(&self, demand: Demand) -> FleetPermit {
        self.limiter.admit(demand).await
    }

    async fn finish(&self, permit: FleetPermit, report: Option<RateLimitReport>) {
        match report {
            Some(report) => permit.finish(&report).await,
            None => permit.release().await,
        }
    }

    async fn try_retry(&self, cost: u32, first_attempt: bool) -> Option<Paid> {
        self.budget.try_retry(cost, first_attempt).await
    }

    /// On the tokio runtime, in a task of its own; without one (a call dropped after its
    /// runtime), into the local share.
    fn refund(&self, paid: Paid) {
        self.in_background(
            move |budget| async move { budget.refund(paid).await },
            |local| local.refund(paid),
        );
    }

    /// As `refund`: in a task of its own, or into the local share.
    fn deposit(&self, amount: u32) {
        self.in_background(
            move |budget| async move { budget.deposit(amount).await },
            |local| local.deposit(amount),
        );
    }

    /// A process-local limiter of the fleet's numbers, shared by the executors made from
    /// this value, fed by blocking runs only: it knows what their own responses said, as
    /// a limiter without a fleet does. (Not the fallback share, which holds `1 /
    /// fleet_size` of what Redis last said and would take unscaled reports for its own.)
    fn local_limiter(&self) -> RateLimiter {
        self.blocking.clone()
    }

    /// This process's share of the fleet's budget (`1 / fleet_size`), the one used while
    /// Redis is away.
    fn local_budget(&self) -> RetryBudget {
        self.budget.local().clone()
    }
}
