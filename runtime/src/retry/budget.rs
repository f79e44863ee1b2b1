//! A retry budget shared across requests, so an outage does not become a retry storm.
//!
//! It is a token bucket in the spirit of the AWS SDKs' "standard" retry mode: the bucket
//! starts full; every retry withdraws tokens (more for a timeout or a dropped connection,
//! which are the costliest failures to repeat); every success puts some back. When many
//! requests fail at once the bucket runs dry and further retries stop with
//! [`StopReason::BudgetExhausted`], while first
//! attempts still go out, so service resumes as soon as the server recovers.
//!
//! The bucket alone still lets a burst of failures spend its whole allowance (100 retries
//! with the standard numbers) inside one outage. So a second guard, the *retry ratio*, in
//! the spirit of Finagle's and gRPC's retry budgets, applies as well: over a sliding
//! window (10 s, counted per second), retries stay below
//! `max(min_retries, percent % × failing calls)`, where a failing call is one whose first
//! attempt failed and asked for a retry. A lone failing call still retries normally (the
//! floor); a flood of them retries at most one time in five. Both guards must allow a
//! retry; when either refuses, the retry stops with
//! [`StopReason::BudgetExhausted`]. See
//! [`RatioConfig`]; a [`BudgetConfig`] whose `ratio` is `None` turns the guard off.
//!
//! A refusal is the *outage guard* tripping. The budget itself only says no; what a call
//! then does is the executor's: by default it does not fail but waits behind a single
//! probe until the service answers again, paying nothing more from the budget (see
//! [`RetryExecutor::outage_wait`](crate::RetryExecutor::outage_wait)); with the wait off,
//! it stops with [`StopReason::BudgetExhausted`].

use core::fmt;
use core::time::Duration;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::SystemTime;

use crate::retry::{DecisionInput, FailureKind, RetryDecision, StopReason};

/// The retry-ratio guard's numbers: over the last [`window_secs`](Self::window_secs)
/// seconds, a retry is allowed while the retries already made are fewer than
/// `max(min_retries, percent × failing calls / 100)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RatioConfig {
    /// Retries allowed per hundred failing calls in the window.
    pub percent: u32,
    /// Retries always allowed in the window, however few calls failed.
    pub min_retries: u32,
    /// The window's length in seconds (counted in one-second steps; clamped to
    /// `1..=`[`MAX_WINDOW_SECS`](Self::MAX_WINDOW_SECS)).
    pub window_secs: u32,
}

impl RatioConfig {
    /// The defaults: 20 retries per 100 failing calls, at least 10, over 10 seconds.
    pub const DEFAULT: RatioConfig = RatioConfig {
        percent: 20,
        min_retries: 10,
        window_secs: 10,
    };

    /// The longest window.
    pub const MAX_WINDOW_SECS: u32 = 3600;

    /// The window's length in seconds, as used: at least 1, at most
    /// [`MAX_WINDOW_SECS`](Self::MAX_WINDOW_SECS).
    #[doc(hidden)]
    pub const fn window_len(&self) -> u32 {
        if self.window_secs == 0 {
            1
        } else if self.window_secs > Self::MAX_WINDOW_SECS {
            Self::MAX_WINDOW_SECS
        } else {
            self.window_secs
        }
    }

    /// Retries allowed in a window where `failed_calls` calls failed.
    #[doc(hidden)]
    pub const fn allowance(&self, failed_calls: u32) -> u32 {
        let share = failed_calls as u64 * self.percent as u64 / 100;
        if share > u32::MAX as u64 {
            u32::MAX
        } else if share as u32 > self.min_retries {
            share as u32
        } else {
            self.min_retries
        }
    }
}

impl Default for RatioConfig {
    fn default() -> Self {
        RatioConfig::DEFAULT
    }
}

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
    /// The retry-ratio guard, applied on top of the bucket; `None` turns it off.
    pub ratio: Option<RatioConfig>,
}

impl BudgetConfig {
    /// The AWS SDK standard mode's numbers: 500 tokens, 5 per retry, 10 per retry after a
    /// timeout, 1 back per first-try success. A retry that succeeds returns its whole cost.
    /// A burst of failures can thus spend at most 100 retries before retries pause.
    /// On top of it, the retry-ratio guard with [`RatioConfig::DEFAULT`], so that within
    /// an outage retries stay near one per five failing calls
    /// (`BudgetConfig { ratio: None, ..BudgetConfig::STANDARD }` leaves the AWS bucket
    /// alone).
    pub const STANDARD: BudgetConfig = BudgetConfig {
        capacity: 500,
        retry_cost: 5,
        timeout_retry_cost: 10,
        success_refund: 1,
        ratio: Some(RatioConfig::DEFAULT),
    };
}

impl Default for BudgetConfig {
    fn default() -> Self {
        BudgetConfig::STANDARD
    }
}

#[doc(hidden)]
/// What the retry-ratio guard's window holds at one time: see [`RetryBudget::window`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RatioWindow {
    /// Retries made in the window.
    pub retries: u32,
    /// Failing calls in the window: first attempts that failed and asked for a retry.
    pub failed_calls: u32,
    /// Retries the window allows in all (`retries` included).
    pub allowed: u32,
}

/// A retry a budget paid for: what a refund gives back when the retry is never sent (the
/// call gave up on it, or was dropped while it waited). The executor keeps it for you;
/// a shared budget (`errspec_redis::FleetRetryBudget`) hands it out and takes it back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Paid {
    /// The tokens it cost.
    pub cost: u32,
    /// The ratio window's second it is counted in (`None` with the guard off).
    pub second: Option<u64>,
}

impl RatioWindow {
    /// Whether one more retry fits.
    pub const fn has_room(&self) -> bool {
        self.retries < self.allowed
    }
}

/// A shared, thread-safe retry budget: a token bucket and the retry-ratio guard. Cloning
/// it shares both.
///
/// Give the same budget to every executor that talks to one service.
#[derive(Clone)]
pub struct RetryBudget {
    inner: Arc<Inner>,
}

struct Inner {
    config: BudgetConfig,
    tokens: AtomicU32,
    window: Option<Mutex<Window>>,
}

/// The ratio guard's counts, one slot per second of the window (a ring).
#[derive(Debug)]
struct Window {
    ratio: RatioConfig,
    slots: Vec<Slot>,
    /// The newest second seen (since the Unix epoch): the window never slides back.
    newest: u64,
}

#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    second: u64,
    retries: u32,
    failed: u32,
}

impl Window {
    fn new(ratio: RatioConfig) -> Window {
        Window {
            ratio,
            slots: vec![Slot::default(); ratio.window_len() as usize],
            newest: 0,
        }
    }

    /// The current second at `now` (`None`: the newest seen): never before the newest.
    fn second_at(&self, now: Option<SystemTime>) -> u64 {
        let at = now.map_or(0, |now| {
            now.duration_since(SystemTime::UNIX_EPOCH)
                .unwrap_or(Duration::ZERO)
                .as_secs()
        });
        self.newest.max(at)
    }

    /// Moves the window to `now` (never back) and returns the current second.
    fn advance(&mut self, now: Option<SystemTime>) -> u64 {
        self.newest = self.second_at(now);
        self.newest
    }

    /// The ring's place for `second`, whichever second it holds now.
    fn ring(&mut self, second: u64) -> &mut Slot {
        let len = self.slots.len() as u64;
        &mut self.slots[(second % len) as usize]
    }

    /// `second`'s slot, emptied first if it held an older second.
    fn slot(&mut self, second: u64) -> &mut Slot {
        let slot = self.ring(second);
        if slot.second != second {
            *slot = Slot {
                second,
                ..Slot::default()
            };
        }
        slot
    }

    /// Takes one retry back from `second`'s count, if that second is still in the window.
    fn uncount_retry(&mut self, second: u64) {
        let slot = self.ring(second);
        if slot.second == second {
            slot.retries = slot.retries.saturating_sub(1);
        }
    }

    fn counts(&self, second: u64) -> RatioWindow {
        let len = self.slots.len() as u64;
        let (mut retries, mut failed) = (0u32, 0u32);
        for slot in &self.slots {
            if slot.second <= second && second - slot.second < len {
                retries = retries.saturating_add(slot.retries);
                failed = failed.saturating_add(slot.failed);
            }
        }
        RatioWindow {
            retries,
            failed_calls: failed,
            allowed: self.ratio.allowance(failed),
        }
    }
}

impl RetryBudget {
    /// A full bucket with the given numbers, and an empty ratio window.
    pub fn new(config: BudgetConfig) -> RetryBudget {
        RetryBudget {
            inner: Arc::new(Inner {
                config,
                tokens: AtomicU32::new(config.capacity),
                window: config.ratio.map(|r| Mutex::new(Window::new(r))),
            }),
        }
    }

    #[doc(hidden)]
    /// The numbers this bucket works with.
    pub fn config(&self) -> BudgetConfig {
        self.inner.config
    }

    /// Tokens left now.
    pub fn available(&self) -> u32 {
        self.inner.tokens.load(Ordering::Relaxed)
    }

    #[doc(hidden)]
    /// Asks for one retry costing `cost` tokens, after an attempt failed at `now`, and
    /// pays for it if both guards allow it: the ratio window has room and the bucket holds
    /// `cost` tokens. `first_attempt` says the failed attempt was the call's first, which
    /// counts the call as failing in the window (whether the retry is allowed or not).
    ///
    /// `now` places the failure in the ratio window; `None` counts it in the newest second
    /// the budget has seen (the window never slides back, so an earlier time counts there
    /// too). Returns what was paid ([`refund`](Self::refund) gives it back if the retry is
    /// never sent), or `None`, with nothing taken, when either guard refuses.
    pub fn try_retry(
        &self,
        cost: u32,
        first_attempt: bool,
        now: Option<SystemTime>,
    ) -> Option<Paid> {
        let Some(window) = &self.inner.window else {
            return self
                .try_withdraw(cost)
                .then_some(Paid { cost, second: None });
        };
        let mut window = window.lock().unwrap_or_else(PoisonError::into_inner);
        let second = window.advance(now);
        if first_attempt {
            let slot = window.slot(second);
            slot.failed = slot.failed.saturating_add(1);
        }
        if !window.counts(second).has_room() || !self.try_withdraw(cost) {
            return None;
        }
        let slot = window.slot(second);
        slot.retries = slot.retries.saturating_add(1);
        Some(Paid {
            cost,
            second: Some(second),
        })
    }

    #[doc(hidden)]
    /// Gives back a retry that was paid for and never sent: its tokens, and its place in
    /// the ratio window (while its second is still in it), so that cancelled calls leave
    /// the window as they found it.
    pub fn refund(&self, paid: Paid) {
        self.deposit(paid.cost);
        if let (Some(window), Some(second)) = (&self.inner.window, paid.second) {
            window
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .uncount_retry(second);
        }
    }

    #[doc(hidden)]
    /// Whether an ordinary retry (costing [`retry_cost`](BudgetConfig::retry_cost)) would
    /// be allowed at `now`, without asking for one (the window does not move).
    pub fn can_retry(&self, now: SystemTime) -> bool {
        self.available() >= self.inner.config.retry_cost
            && self.window(Some(now)).is_none_or(|w| w.has_room())
    }

    #[doc(hidden)]
    /// The ratio guard's counts at `now` (`None`: the newest second the budget has seen),
    /// without moving the window; `None` when the guard is off.
    pub fn window(&self, now: Option<SystemTime>) -> Option<RatioWindow> {
        let window = self.inner.window.as_ref()?;
        let window = window.lock().unwrap_or_else(PoisonError::into_inner);
        Some(window.counts(window.second_at(now)))
    }

    #[doc(hidden)]
    /// Takes `cost` tokens from the bucket if that many are left; `false` (and nothing
    /// taken) otherwise. The ratio guard is not consulted: see [`try_retry`](Self::try_retry).
    pub fn try_withdraw(&self, cost: u32) -> bool {
        self.inner
            .tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |t| t.checked_sub(cost))
            .is_ok()
    }

    #[doc(hidden)]
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

    #[doc(hidden)]
    /// Records a success: it returns the cost of the retry that led to it, or
    /// [`success_refund`](BudgetConfig::success_refund) when it was a first try.
    pub fn record_success(&self, last_retry_cost: Option<u32>) {
        self.deposit(last_retry_cost.unwrap_or(self.inner.config.success_refund));
    }

    #[doc(hidden)]
    /// What one retry costs: timeouts and connection failures cost more.
    pub fn cost(&self, timeout_like: bool) -> u32 {
        let c = &self.inner.config;
        if timeout_like {
            c.timeout_retry_cost
        } else {
            c.retry_cost
        }
    }

    #[doc(hidden)]
    /// Pays for a retry that [`decide`](crate::retry::decide) proposed: withdraws its cost and counts it in the
    /// ratio window at `input.now` (a failed first attempt counts as a failing call), or
    /// stops it ([`StopReason::BudgetExhausted`]) when the budget cannot. A stop passes
    /// through unchanged. With the decision, what was paid (see [`refund`](Self::refund)).
    pub fn pay(
        &self,
        proposal: RetryDecision,
        input: &DecisionInput<'_>,
    ) -> (RetryDecision, Option<Paid>) {
        let RetryDecision::Retry { delay, reason, .. } = proposal else {
            return (proposal, None);
        };
        let cost = self.cost(input.kind == FailureKind::TimeoutOrConnection);
        let Some(paid) = self.try_retry(cost, input.attempt <= 1, input.now) else {
            return (RetryDecision::Stop(StopReason::BudgetExhausted), None);
        };
        let decision = RetryDecision::Retry {
            delay,
            reason,
            cost,
        };
        (decision, Some(paid))
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
            .field("window", &self.window(None))
            .field("config", &self.inner.config)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn withdraw_until_empty_then_refill() {
        let b = RetryBudget::new(BudgetConfig {
            capacity: 12,
            ..BudgetConfig::STANDARD
        });
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
        let b = RetryBudget::new(BudgetConfig {
            capacity: 1000,
            ratio: None,
            ..BudgetConfig::STANDARD
        });
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

    /// A manual clock: `at(s)` is `s` seconds (and some) after an arbitrary start.
    fn at(secs: f64) -> Option<SystemTime> {
        Some(
            SystemTime::UNIX_EPOCH
                + Duration::from_secs(1_700_000_000)
                + Duration::from_secs_f64(secs),
        )
    }

    /// A bucket too big to matter, and the given ratio guard.
    fn ratio_only(ratio: RatioConfig) -> RetryBudget {
        RetryBudget::new(BudgetConfig {
            capacity: 1_000_000,
            ratio: Some(ratio),
            ..BudgetConfig::STANDARD
        })
    }

    /// Retries `b` grants in a row at `now` for calls already counted as failing.
    fn granted(b: &RetryBudget, now: Option<SystemTime>) -> u32 {
        let mut n = 0;
        while b.try_retry(5, false, now).is_some() {
            n += 1;
            assert!(n < 10_000);
        }
        n
    }

    #[test]
    fn the_guard_is_on_by_default() {
        assert_eq!(BudgetConfig::default().ratio, Some(RatioConfig::DEFAULT));
        assert_eq!(
            RetryBudget::default().config().ratio,
            Some(RatioConfig::DEFAULT)
        );
        let d = RatioConfig::default();
        assert_eq!((d.percent, d.min_retries, d.window_secs), (20, 10, 10));
        fn shared<T: Send + Sync + Clone>() {}
        shared::<RetryBudget>();
    }

    #[test]
    fn a_lone_failing_call_retries_up_to_the_floor() {
        let b = ratio_only(RatioConfig::DEFAULT);
        assert!(
            b.try_retry(5, true, at(0.0)).is_some(),
            "first retry of a lone failing call"
        );
        assert_eq!(granted(&b, at(0.5)), 9, "ten in all: the floor");
        let w = b.window(at(0.5)).expect("guard on");
        assert_eq!((w.retries, w.failed_calls, w.allowed), (10, 1, 10));
        assert!(!w.has_room());
        assert!(
            !b.can_retry(SystemTime::UNIX_EPOCH),
            "an earlier time sees the same window"
        );
    }

    #[test]
    fn many_failing_calls_get_their_share_and_no_more() {
        let b = ratio_only(RatioConfig::DEFAULT);
        let mut retries = 0;
        for call in 0..200u32 {
            // Every failing call asks for a retry straight away.
            if b.try_retry(5, true, at(f64::from(call) * 0.04)).is_some() {
                retries += 1;
            }
        }
        // 200 calls in 8 s, all in one window: 20 % of them, the floor included.
        assert_eq!(retries, 40);
        let w = b.window(None).expect("guard on");
        assert_eq!((w.retries, w.failed_calls, w.allowed), (40, 200, 40));
        // The bucket only paid for the retries that went ahead.
        assert_eq!(b.available(), 1_000_000 - 40 * 5);
    }

    #[test]
    fn the_floor_comes_first_then_the_ratio() {
        let ratio = RatioConfig {
            percent: 50,
            min_retries: 3,
            ..RatioConfig::DEFAULT
        };
        assert_eq!(ratio.allowance(0), 3);
        assert_eq!(ratio.allowance(7), 3);
        assert_eq!(ratio.allowance(8), 4);
        assert_eq!(ratio.allowance(u32::MAX), u32::MAX / 2);
        let lavish = RatioConfig {
            percent: 1000,
            ..ratio
        };
        assert_eq!(lavish.allowance(u32::MAX), u32::MAX);
        let b = ratio_only(ratio);
        assert!(b.try_retry(5, true, at(0.0)).is_some());
        assert_eq!(granted(&b, at(0.0)), 2);
        for _ in 2..=7 {
            assert!(
                b.try_retry(5, true, at(0.0)).is_none(),
                "the floor is spent"
            );
        }
        // From 8 failing calls on, half of them: room for one more every other call.
        assert!(b.try_retry(5, true, at(0.0)).is_some());
        assert!(b.try_retry(5, true, at(0.0)).is_none());
        assert!(b.try_retry(5, true, at(0.0)).is_some());
        let w = b.window(None).expect("guard on");
        assert_eq!((w.retries, w.failed_calls, w.allowed), (5, 10, 5));
    }

    #[test]
    fn the_window_slides_one_second_at_a_time() {
        let b = ratio_only(RatioConfig {
            min_retries: 4,
            window_secs: 3,
            ..RatioConfig::DEFAULT
        });
        // Second 0: one failing call spends the floor.
        assert!(b.try_retry(5, true, at(0.2)).is_some());
        assert_eq!(granted(&b, at(0.9)), 3);
        // Seconds 1 and 2: still inside the window.
        assert!(b.try_retry(5, true, at(1.5)).is_none());
        assert!(b.try_retry(5, false, at(2.99)).is_none());
        let w = b.window(None).expect("guard on");
        assert_eq!((w.retries, w.failed_calls), (4, 2));
        // Second 3: second 0 has left the window, its four retries with it.
        assert!(b.can_retry(at(3.0).expect("a time")));
        let w = b.window(at(3.0)).expect("guard on");
        assert_eq!(
            (w.retries, w.failed_calls),
            (0, 1),
            "the failing call of second 1 stays"
        );
        assert_eq!(granted(&b, at(3.0)), 4);
        // A time from the past counts in the newest second: the window never slides back.
        assert!(b.try_retry(5, false, at(0.0)).is_none());
        assert!(b.try_retry(5, false, None).is_none());
        // Long after, everything has left.
        let w = b.window(at(100.0)).expect("guard on");
        assert_eq!((w.retries, w.failed_calls, w.allowed), (0, 0, 4));
    }

    #[test]
    fn both_guards_must_allow() {
        // The bucket refuses first: the window does not count the refused retry.
        let b = RetryBudget::new(BudgetConfig {
            capacity: 10,
            ..BudgetConfig::STANDARD
        });
        assert!(b.try_retry(5, true, at(0.0)).is_some());
        assert!(b.try_retry(5, true, at(0.0)).is_some());
        assert!(b.try_retry(5, true, at(0.0)).is_none());
        assert!(!b.can_retry(at(0.0).expect("a time")));
        let w = b.window(None).expect("guard on");
        assert_eq!((w.retries, w.failed_calls), (2, 3));
        // The window refuses first: the bucket keeps its tokens.
        let b = RetryBudget::new(BudgetConfig {
            ratio: Some(RatioConfig {
                min_retries: 1,
                ..RatioConfig::DEFAULT
            }),
            ..BudgetConfig::STANDARD
        });
        assert!(b.try_retry(5, true, at(0.0)).is_some());
        assert!(b.try_retry(5, true, at(0.0)).is_none());
        assert_eq!(b.available(), 495);
    }

    #[test]
    fn a_refund_gives_back_the_tokens_and_the_place_in_the_window() {
        let b = RetryBudget::new(BudgetConfig {
            ratio: Some(RatioConfig {
                min_retries: 1,
                window_secs: 2,
                ..RatioConfig::DEFAULT
            }),
            ..BudgetConfig::STANDARD
        });
        let paid = b.try_retry(5, true, at(0.5)).expect("the floor allows one");
        assert!(
            b.try_retry(5, true, at(0.5)).is_none(),
            "the floor is spent"
        );
        b.refund(paid);
        assert_eq!(b.available(), 500);
        assert_eq!(b.window(None).expect("guard on").retries, 0);
        let paid = b.try_retry(5, true, at(0.5)).expect("room again");
        // Once the retry's second has left the window, its slot belongs to a later
        // second: the refund returns the tokens and leaves that second's count alone.
        let later = b.try_retry(5, true, at(2.5)).expect("a new window");
        assert_eq!(
            paid.second.map(|s| s % 2),
            later.second.map(|s| s % 2),
            "one slot"
        );
        b.refund(paid);
        assert_eq!(b.available(), 495);
        assert_eq!(b.window(None).expect("guard on").retries, 1);
        b.refund(later);
        assert_eq!(b.window(None).expect("guard on").retries, 0);
        // With the guard off there is no window to give back.
        let off = RetryBudget::new(BudgetConfig {
            ratio: None,
            ..BudgetConfig::STANDARD
        });
        let paid = off.try_retry(5, false, None).expect("tokens");
        assert_eq!(
            paid,
            Paid {
                cost: 5,
                second: None
            }
        );
        off.refund(paid);
        assert_eq!(off.available(), 500);
    }

    #[test]
    fn the_guard_can_be_turned_off() {
        let b = RetryBudget::new(BudgetConfig {
            ratio: None,
            ..BudgetConfig::STANDARD
        });
        assert_eq!(b.config().ratio, None);
        assert!(b.try_retry(5, true, at(0.0)).is_some());
        assert_eq!(
            granted(&b, at(0.0)),
            99,
            "the AWS bucket alone: 100 retries"
        );
        assert_eq!(b.window(at(0.0)), None);
        assert!(!b.can_retry(at(0.0).expect("a time")));
        b.record_success(None);
        b.deposit(4);
        assert!(b.can_retry(at(0.0).expect("a time")));
    }

    #[test]
    fn window_lengths_are_clamped() {
        assert_eq!(
            RatioConfig {
                window_secs: 0,
                ..RatioConfig::DEFAULT
            }
            .window_len(),
            1
        );
        assert_eq!(
            RatioConfig {
                window_secs: u32::MAX,
                ..RatioConfig::DEFAULT
            }
            .window_len(),
            RatioConfig::MAX_WINDOW_SECS
        );
        let b = ratio_only(RatioConfig {
            window_secs: 0,
            min_retries: 1,
            ..RatioConfig::DEFAULT
        });
        assert!(b.try_retry(5, true, at(0.0)).is_some());
        assert!(b.try_retry(5, false, at(0.9)).is_none());
        assert!(
            b.try_retry(5, false, at(1.0)).is_some(),
            "a one-second window"
        );
    }
}
