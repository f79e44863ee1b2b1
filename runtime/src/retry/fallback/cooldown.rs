//! Cool-downs: which alternatives are out of the rotation, shared by every call (and every
//! clone) of one [`Fallbacks`](super::Fallbacks).
//!
//! An alternative that failed `fails` times within `window` is left out until its
//! cool-down ends: the server's own delay when the last failure carried one
//! (`Retry-After`, `retry-after-ms`, …), the configured `cool_for` otherwise. Only
//! failures that say something about the alternative count (see [`counts_against`]):
//! a request that is too long or malformed would fail anywhere.

use core::time::Duration;
use std::collections::VecDeque;
use std::sync::{Mutex, PoisonError};
use std::time::SystemTime;

use crate::catalog::Category;
use crate::retry::limiter::{after, since};

/// The cool-down rule: `fails` failures within `window` cool an alternative for
/// `cool_for` (or the server's delay).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CooldownRule {
    pub(crate) fails: u32,
    pub(crate) window: Duration,
    pub(crate) cool_for: Duration,
}

/// The rule [`Fallbacks::new`](super::Fallbacks::new) starts with: three failures within
/// a minute cool an alternative for ten seconds (or what the server asked for).
pub(crate) const DEFAULT_RULE: CooldownRule = CooldownRule {
    fails: 3,
    window: Duration::from_secs(60),
    cool_for: Duration::from_secs(10),
};

/// Whether a failure of this category (on an alternative) counts towards its cool-down:
/// the alternative is unhealthy, throttled, out of credit or lacks the model. A bad
/// request, a context too long or a conflict is the request's fault; a wrong key fails
/// every call the same way and is no reason to prefer another alternative for a while.
pub(crate) fn counts_against(category: Category) -> bool {
    matches!(
        category,
        Category::RateLimit
            | Category::Quota
            | Category::Server
            | Category::Overloaded
            | Category::Gateway
            | Category::Timeout
            | Category::NotFound
    )
}

#[derive(Debug, Default)]
struct Slot {
    /// When the recent failures happened, oldest first (at most `fails` of them).
    failures: VecDeque<SystemTime>,
    /// The end of the current cool-down, if one is running (or ran).
    until: Option<SystemTime>,
}

/// Every alternative's recent failures and cool-down.
#[derive(Debug)]
pub(crate) struct Cooldowns {
    rule: CooldownRule,
    slots: Mutex<Vec<Slot>>,
}

impl Cooldowns {
    pub(crate) fn new(rule: CooldownRule, alternatives: usize) -> Self {
        let slots = (0..alternatives).map(|_| Slot::default()).collect();
        Cooldowns {
            rule,
            slots: Mutex::new(slots),
        }
    }

    /// When the cool-down of alternative `index` ends, if it is cooling at `now`.
    pub(crate) fn cooling_until(&self, index: usize, now: SystemTime) -> Option<SystemTime> {
        let slots = self.slots.lock().unwrap_or_else(PoisonError::into_inner);
        slots
            .get(index)
            .and_then(|slot| slot.until)
            .filter(|&until| until > now)
    }

    /// Notes a failure of alternative `index` at `now`; `server_delay` is the delay the
    /// response asked for, if any. Returns the cool-down it started, if it started one.
    pub(crate) fn failed(
        &self,
        index: usize,
        now: SystemTime,
        server_delay: Option<Duration>,
    ) -> Option<Duration> {
        let rule = self.rule;
        if rule.fails == 0 {
            return None;
        }
        let mut slots = self.slots.lock().unwrap_or_else(PoisonError::into_inner);
        let slot = slots.get_mut(index)?;
        // Failures older than the window no longer count; so do those a clock that went
        // back shows in the future (they are dropped, never a panic).
        slot.failures
            .retain(|&at| at <= now && since(now, at) < rule.window);
        slot.failures.push_back(now);
        if slot.failures.len() < rule.fails as usize {
            return None;
        }
        let cool = server_delay.unwrap_or(rule.cool_for);
        start(slot, now, cool);
        Some(cool)
    }

    /// Cools alternative `index` at once for `cool` from `now`, whatever its count: the
    /// server asked for longer than the executor waits (a quota that resets in an hour).
    pub(crate) fn cool(&self, index: usize, now: SystemTime, cool: Duration) -> bool {
        let mut slots = self.slots.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(slot) = slots.get_mut(index) else {
            return false;
        };
        start(slot, now, cool);
        true
    }
}

/// Starts a cool-down of `cool` from `now`; a longer one already running is kept.
fn start(slot: &mut Slot, now: SystemTime, cool: Duration) {
    slot.failures.clear();
    let until = after(now, cool);
    if slot.until.is_none_or(|current| current < until) {
        slot.until = Some(until);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(secs)
    }

    const RULE: CooldownRule = CooldownRule {
        fails: 2,
        window: Duration::from_secs(10),
        cool_for: Duration::from_secs(30),
    };

    #[test]
    fn failures_within_the_window_cool_down() {
        let c = Cooldowns::new(RULE, 2);
        assert_eq!(c.failed(0, at(100), None), None);
        assert_eq!(c.cooling_until(0, at(100)), None);
        assert_eq!(c.failed(0, at(105), None), Some(Duration::from_secs(30)));
        assert_eq!(c.cooling_until(0, at(106)), Some(at(135)));
        assert_eq!(c.cooling_until(0, at(135)), None, "it ends on time");
        assert_eq!(c.cooling_until(1, at(106)), None, "per alternative");
    }

    #[test]
    fn failures_outside_the_window_do_not_add_up() {
        let c = Cooldowns::new(RULE, 1);
        assert_eq!(c.failed(0, at(100), None), None);
        assert_eq!(c.failed(0, at(110), None), None, "the first one aged out");
        assert_eq!(c.cooling_until(0, at(110)), None);
        assert!(c.failed(0, at(111), None).is_some());
    }

    #[test]
    fn the_server_delay_sets_the_length() {
        let c = Cooldowns::new(RULE, 1);
        c.failed(0, at(100), None);
        assert_eq!(
            c.failed(0, at(100), Some(Duration::from_secs(3))),
            Some(Duration::from_secs(3))
        );
        assert_eq!(c.cooling_until(0, at(102)), Some(at(103)));
    }

    #[test]
    fn a_cool_down_at_once_keeps_a_longer_one() {
        let c = Cooldowns::new(RULE, 1);
        assert!(c.cool(0, at(100), Duration::from_secs(3600)));
        assert_eq!(c.cooling_until(0, at(100)), Some(at(3700)));
        assert!(c.cool(0, at(200), Duration::from_secs(5)));
        assert_eq!(c.cooling_until(0, at(300)), Some(at(3700)));
        assert!(
            !c.cool(1, at(100), Duration::from_secs(1)),
            "no such alternative"
        );
    }

    #[test]
    fn odd_input_never_panics() {
        let off = Cooldowns::new(CooldownRule { fails: 0, ..RULE }, 1);
        assert_eq!(off.failed(0, at(1), None), None);
        let c = Cooldowns::new(RULE, 1);
        assert_eq!(c.failed(7, at(1), None), None, "no such alternative");
        assert_eq!(c.cooling_until(7, at(1)), None);
        // A clock that jumps back: the "future" failure is dropped.
        c.failed(0, at(500), None);
        assert_eq!(c.failed(0, at(100), None), None);
        c.failed(0, SystemTime::UNIX_EPOCH, Some(Duration::MAX));
    }
}
