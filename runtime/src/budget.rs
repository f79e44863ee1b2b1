//! A retry budget shared across requests, so an outage does not become a retry storm.
//!
//! It is a token bucket in the spirit of the AWS SDKs' "standard" retry mode: the bucket
//! starts full; every retry withdraws tokens (more for a timeout or a dropped connection,
//! which are the costliest failures to repeat); every success puts some back. When many
//! requests fail at once the bucket runs dry and further retries stop with
//! [`StopReason::BudgetExhausted`](crate::retry::StopReason::BudgetExhausted), while first
//! attempts still go out, so service resumes as soon as the server recovers.

use core::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

/// The numbers a [`RetryBudget`] works with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BudgetConfig {
    /// Tokens in a full bucket (and at the start).
    pub capacity: u32,
    /// Tokens a retry after an error response costs.
    pub retry_cost: u32,
    /// Tokens a retry after a timeout or a connection failure costs.
    pub timeout_retry_cost: u32,
    /// Tokens a success returns when it needed no retry.
    pub success_refund: u32,
}

impl BudgetConfig {
    /// The AWS SDK standard mode's numbers: 500 tokens, 5 per retry, 10 per retry after a
    /// timeout, 1 back per first-try success. A retry that succeeds returns its whole cost.
    /// A burst of failures can thus spend at most 100 retries before retries pause.
    pub const STANDARD: BudgetConfig = BudgetConfig {
        capacity: 500,
        retry_cost: 5,
        timeout_retry_cost: 10,
        success_refund: 1,
    };

    /// Sets [`capacity`](Self::capacity).
    pub const fn with_capacity(mut self, capacity: u32) -> Self {
        self.capacity = capacity;
        self
    }

    /// Sets [`retry_cost`](Self::retry_cost).
    pub const fn with_retry_cost(mut self, cost: u32) -> Self {
        self.retry_cost = cost;
        self
    }

    /// Sets [`timeout_retry_cost`](Self::timeout_retry_cost).
    pub const fn with_timeout_retry_cost(mut self, cost: u32) -> Self {
        self.timeout_retry_cost = cost;
        self
    }

    /// Sets [`success_refund`](Self::success_refund).
    pub const fn with_success_refund(mut self, refund: u32) -> Self {
        self.success_refund = refund;
        self
    }
}

impl Default for BudgetConfig {
    fn default() -> Self {
        BudgetConfig::STANDARD
    }
}

/// A shared, thread-safe retry token bucket. Cloning it shares the bucket.
///
/// Give the same budget to every executor that talks to one service.
#[derive(Clone)]
pub struct RetryBudget {
    inner: Arc<Inner>,
}

struct Inner {
    config: BudgetConfig,
    tokens: AtomicU32,
}

impl RetryBudget {
    /// A full bucket with the given numbers.
    pub fn new(config: BudgetConfig) -> RetryBudget {
        RetryBudget {
            inner: Arc::new(Inner {
                config,
                tokens: AtomicU32::new(config.capacity),
            }),
        }
    }

    /// The numbers this bucket works with.
    pub fn config(&self) -> BudgetConfig {
        self.inner.config
    }

    /// Tokens left now.
    pub fn available(&self) -> u32 {
        self.inner.tokens.load(Ordering::Relaxed)
    }

    /// Takes `cost` tokens if that many are left; `false` (and nothing taken) otherwise.
    pub fn try_withdraw(&self, cost: u32) -> bool {
        self.inner
            .tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |t| t.checked_sub(cost))
            .is_ok()
    }

    /// Puts `amount` tokens back, never above the capacity.
    pub fn deposit(&self, amount: u32) {
        let cap = self.inner.config.capacity;
        // The closure always returns Some, so the update cannot fail.
        let _ = self
            .inner
            .tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |t| {
                Some(t.saturating_add(amount).min(cap))
            });
    }

    /// Records a success: it returns the cost of the retry that led to it, or
    /// [`success_refund`](BudgetConfig::success_refund) when it was a first try.
    pub fn record_success(&self, last_retry_cost: Option<u32>) {
        self.deposit(last_retry_cost.unwrap_or(self.inner.config.success_refund));
    }

    /// What one retry costs: timeouts and connection failures cost more.
    pub fn cost(&self, timeout_like: bool) -> u32 {
        let c = &self.inner.config;
        if timeout_like {
            c.timeout_retry_cost
        } else {
            c.retry_cost
        }
    }
}

impl Default for RetryBudget {
    fn default() -> Self {
        RetryBudget::new(BudgetConfig::STANDARD)
    }
}

impl fmt::Debug for RetryBudget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryBudget")
            .field("available", &self.available())
            .field("config", &self.inner.config)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn withdraw_until_empty_then_refill() {
        let b = RetryBudget::new(BudgetConfig::STANDARD.with_capacity(12));
        assert!(b.try_withdraw(b.cost(false)));
        assert!(b.try_withdraw(b.cost(false)));
        assert_eq!(b.available(), 2);
        assert!(!b.try_withdraw(5), "nothing taken when short");
        assert_eq!(b.available(), 2);
        b.record_success(Some(5));
        assert_eq!(b.available(), 7);
        b.record_success(None);
        assert_eq!(b.available(), 8);
        b.deposit(u32::MAX);
        assert_eq!(b.available(), 12, "never above capacity");
    }

    #[test]
    fn clones_share_the_bucket_across_threads() {
        let b = RetryBudget::new(BudgetConfig::STANDARD.with_capacity(1000));
        let handles: Vec<_> = (0..4)
            .map(|_| {
                let b = b.clone();
                std::thread::spawn(move || (0..100).filter(|_| b.try_withdraw(5)).count())
            })
            .collect();
        let won: usize = handles.into_iter().map(|h| h.join().unwrap_or(0)).sum();
        assert_eq!(won, 200);
        assert_eq!(b.available(), 0);
    }
}
