//! The fleet's retry budget: [`RetryBudget`]'s token bucket and retry-ratio window kept
//! in Redis for every process on one API key, with a local share when Redis is away.

use core::fmt;
use std::sync::{Arc, LazyLock};

use errspec_runtime::retry::budget::{BudgetConfig, Paid, RatioWindow, RetryBudget};
use errspec_runtime::time::Clock;
use redis::{FromRedisValue, Script};

use crate::config::ms;
use crate::link::{Fault, Link};
use crate::share;

/// The budget's script: `retry`, `refund`, `deposit` and `read` (see `src/lua/budget.lua`).
static SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!("lua/budget.lua")));

/// A retry budget shared by every process that uses one API key, so that a fleet meets an
/// outage with one budget: the shape of [`RetryBudget`], async. Made by
/// [`Fleet::retry_budget`](crate::Fleet::retry_budget); clones share everything.
#[derive(Clone)]
pub struct FleetRetryBudget {
    inner: Arc<Inner>,
}

struct Inner {
    link: Arc<Link>,
    keys: [String; 2],
    config: BudgetConfig,
    /// This process's share, used while Redis is away.
    fallback: RetryBudget,
    clock: Arc<dyn Clock + Send + Sync>,
}

impl FleetRetryBudget {
    pub(crate) fn new(
        link: Arc<Link>,
        keys: [String; 2],
        config: BudgetConfig,
        clock: Arc<dyn Clock + Send + Sync>,
    ) -> FleetRetryBudget {
        let fallback = RetryBudget::new(share::budget(config, link.config().share()));
        FleetRetryBudget {
            inner: Arc::new(Inner {
                link,
                keys,
                config,
                fallback,
                clock,
            }),
        }
    }

    /// The numbers the shared budget works with.
    pub fn config(&self) -> BudgetConfig {
        self.inner.config
    }

    /// The local budget used while Redis is away (this process's share).
    pub fn local(&self) -> &RetryBudget {
        &self.inner.fallback
    }

    /// Asks for one retry costing `cost` tokens and pays for it if both guards allow it,
    /// on the fleet's bucket and window (in Redis's seconds); `first_attempt` counts the
    /// call as failing. What was paid, for [`refund`](Self::refund) if the retry is never
    /// sent; `None` when refused. One round trip.
    pub async fn try_retry(&self, cost: u32, first_attempt: bool) -> Option<Paid> {
        let args = vec![cost.to_string(), u8::from(first_attempt).to_string()];
        match self.eval::<(i64, i64, i64)>("retry", args).await {
            Ok((granted, _, second)) => (granted == 1).then(|| Paid {
                cost,
                second: u64::try_from(second).ok(),
            }),
            Err(_) => {
                let now = self.inner.clock.now();
                self.inner
                    .fallback
                    .try_retry(cost, first_attempt, Some(now))
            }
        }
    }

    /// Gives back a retry paid for and never sent: its tokens, and its count in the ratio
    /// window while its second is in it. One round trip. (A retry paid from the local share
    /// while Redis was away and refunded once it is back lands in Redis: its second is this
    /// process's clock's, close to Redis's.)
    pub async fn refund(&self, paid: Paid) {
        let second = paid.second.map_or(-1, |s| i64::try_from(s).unwrap_or(-1));
        let args = vec![paid.cost.to_string(), second.to_string()];
        if self.eval::<i64>("refund", args).await.is_err() {
            self.inner.fallback.refund(paid);
        }
    }

    /// Puts `amount` tokens back, never above the capacity. One round trip.
    pub async fn deposit(&self, amount: u32) {
        let args = vec![amount.to_string()];
        if self.eval::<i64>("deposit", args).await.is_err() {
            self.inner.fallback.deposit(amount);
        }
    }

    /// Records a success: it returns the cost of the retry that led to it, or
    /// [`success_refund`](BudgetConfig::success_refund) for a first try.
    pub async fn record_success(&self, last_retry_cost: Option<u32>) {
        self.deposit(last_retry_cost.unwrap_or(self.inner.config.success_refund))
            .await;
    }

    /// What one retry costs: timeouts and connection failures cost more.
    pub fn cost(&self, timeout_like: bool) -> u32 {
        self.inner.fallback.cost(timeout_like)
    }

    /// Tokens left in the fleet's bucket (the local share's while Redis is away).
    pub async fn available(&self) -> u32 {
        match self.read().await {
            Ok((tokens, _)) => tokens,
            Err(_) => self.inner.fallback.available(),
        }
    }

    /// The fleet's retry-ratio window now (the local share's while Redis is away); `None`
    /// when the guard is off.
    pub async fn window(&self) -> Option<RatioWindow> {
        match self.read().await {
            Ok((_, window)) => window,
            Err(_) => self.inner.fallback.window(Some(self.inner.clock.now())),
        }
    }

    async fn read(&self) -> Result<(u32, Option<RatioWindow>), Fault> {
        let v = self
            .eval::<(i64, i64, i64, i64)>("read", Vec::new())
            .await?;
        let n = |x: i64| u32::try_from(x).unwrap_or(u32::MAX);
        let window = (v.1 >= 0).then(|| RatioWindow {
            retries: n(v.1),
            failed_calls: n(v.2),
            allowed: n(v.3),
        });
        Ok((n(v.0), window))
    }

    async fn eval<T: FromRedisValue>(&self, op: &str, extra: Vec<String>) -> Result<T, Fault> {
        let inner = &self.inner;
        let c = &inner.config;
        let ratio = c.ratio.unwrap_or_default();
        let head = [
            op.to_owned(),
            c.capacity.to_string(),
            u8::from(c.ratio.is_some()).to_string(),
            ratio.percent.to_string(),
            ratio.min_retries.to_string(),
            ratio.window_len().to_string(),
            ms(inner.link.config().state_ttl).max(1).to_string(),
        ];
        let mut args = head.to_vec();
        args.extend(extra);
        inner.link.eval(&SCRIPT, &inner.keys, &args).await
    }
}

impl fmt::Debug for FleetRetryBudget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FleetRetryBudget")
            .field("config", &self.inner.config)
            .field("sharing", &self.inner.link.is_sharing())
            .finish_non_exhaustive()
    }
}
