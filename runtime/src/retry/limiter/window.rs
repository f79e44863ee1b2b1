//! One server-side limit (requests or tokens) as the client tracks it: a fixed window
//! with a size, what is left of it, and when it resets.
//!
//! The client counts what it sends itself and corrects that count with every response,
//! because headers arrive late: a response says what was left when the server answered,
//! not what is left now that more requests are on their way.

use core::time::Duration;
use std::time::SystemTime;

use super::report::LimitReport;
use super::{LimiterConfig, after, since};

/// Never ask a caller to wait less than this: a zero wait would spin.
pub(crate) const MIN_WAIT: Duration = LimiterConfig::MIN_HOLD;

/// How a reported reset time relates to the window the client tracks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Which {
    /// The response is about the window we track.
    Same,
    /// The server has moved on to a later window than ours.
    Newer,
    /// A late response about a window that is already over.
    Older,
}

/// The client's view of one limit.
#[derive(Clone, Debug, Default)]
pub(crate) struct Window {
    /// The window's size, once a header said it.
    pub(crate) limit: Option<u64>,
    /// What is left to send in the current window; `None` while nothing says there is a
    /// limit (then everything goes).
    pub(crate) remaining: Option<u64>,
    /// When the current window ends; always set while `remaining` is `Some`, so that
    /// every count the client keeps ends within
    /// [`max_hold`](LimiterConfig::max_hold) (see `bound_count`).
    pub(crate) reset_at: Option<SystemTime>,
    /// The window's length, estimated as the longest reset delay seen (a fresh fixed window
    /// reports its whole length); zero while unknown.
    period: Duration,
}

impl Window {
    /// Starts a new window if the current one has ended. Requests still in flight may be
    /// counted in the new window by the server, so they are not handed out again.
    pub(crate) fn roll(&mut self, now: SystemTime, in_flight: u64, config: &LimiterConfig) {
        let Some(reset_at) = self.reset_at else {
            return;
        };
        if now < after(reset_at, config.reset_margin) {
            return;
        }
        self.remaining = self.limit.map(|l| l.saturating_sub(in_flight));
        let next = (!self.period.is_zero()).then(|| after(reset_at, self.period));
        self.reset_at = next.filter(|&n| n > now);
        self.bound_count(now, config);
    }

    /// Keeps the invariant that a count always has an end: a count nothing said the reset
    /// of (Azure sends `remaining` without `reset`) is believed for
    /// [`unknown_reset_wait`](LimiterConfig::unknown_reset_wait), then the window rolls.
    /// Without it a count our own requests spend to zero would hold every request until
    /// some response repeated the header, which may be never.
    fn bound_count(&mut self, now: SystemTime, config: &LimiterConfig) {
        if self.remaining.is_some() && self.reset_at.is_none() {
            self.reset_at = Some(after(now, config.unknown_reset_wait));
        }
    }

    /// How long to wait before `need` units can be taken; `None` when they can be now.
    pub(crate) fn wait(
        &self,
        now: SystemTime,
        need: u64,
        config: &LimiterConfig,
    ) -> Option<Duration> {
        let remaining = self.remaining?;
        // A cost above the whole window could never be met: a full window is the best
        // there is.
        let need = self.limit.map_or(need, |l| need.min(l));
        if remaining >= need {
            return None;
        }
        let until = match self.reset_at {
            Some(r) => since(after(r, config.reset_margin), now),
            None => config.unknown_reset_wait,
        };
        Some(until.max(MIN_WAIT))
    }

    /// Counts `cost` units as sent.
    pub(crate) fn take(&mut self, cost: u64) {
        if let Some(r) = &mut self.remaining {
            *r = r.saturating_sub(cost);
        }
    }

    /// Puts what a response reported into the window. `(sent, now)` is when its request
    /// was let through and when the response arrived: the server said "resets in d"
    /// somewhere in between. `others` is what other requests still in flight will cost.
    /// On a throttle, a limit whose remaining count is zero (or absent, with a reset
    /// given) is the one that was hit: returns whether this limit explains the throttle.
    pub(crate) fn observe(
        &mut self,
        (sent, now): (SystemTime, SystemTime),
        report: &LimitReport,
        others: u64,
        throttled: bool,
        config: &LimiterConfig,
    ) -> bool {
        let reset = report.reset.map(|d| d.min(config.max_hold));
        if let Some(d) = reset {
            self.period = self.period.max(d);
        }
        if let Some(limit) = report.limit {
            self.follow_limit(limit);
        }
        let hit = throttled
            && match report.remaining {
                Some(n) => n == 0,
                None => reset.is_some(),
            };
        let Some(reported) = (if hit { Some(0) } else { report.remaining }) else {
            return false;
        };
        // The latest the reset can be (the estimate kept), and the earliest.
        let candidate = reset.map(|d| after(now, d));
        let earliest = reset.map(|d| after(sent, d));
        match self.which(earliest, candidate) {
            // What the server said about a past window says nothing about this one.
            Which::Older => return false,
            Which::Newer => {
                self.reset_at = candidate;
                self.remaining = Some(reported.saturating_sub(others));
            }
            Which::Same => {
                // Our own count already includes requests the server has not seen yet;
                // a lower report means someone else shares the limit.
                self.remaining = Some(self.remaining.map_or(reported, |r| r.min(reported)));
                if let Some(c) = candidate {
                    // The later estimate: arriving early costs a 429, late only a moment.
                    self.reset_at = Some(self.reset_at.map_or(c, |r| r.max(c)));
                }
            }
        }
        self.bound_count(now, config);
        hit
    }

    /// A new window size: what is left grows or shrinks by the difference at once.
    fn follow_limit(&mut self, limit: u64) {
        if let (Some(old), Some(rem)) = (self.limit, self.remaining) {
            self.remaining = Some(if limit >= old {
                rem.saturating_add(limit - old)
            } else {
                rem.saturating_sub(old - limit)
            });
        }
        self.limit = Some(limit);
    }

    /// Which window a reset between `earliest` and `latest` belongs to. Only a reset
    /// later than ours even at its earliest is a newer window, and only one earlier even
    /// at its latest an older one: a slow response is never taken for news.
    fn which(&self, earliest: Option<SystemTime>, latest: Option<SystemTime>) -> Which {
        let (Some(current), Some(earliest), Some(latest)) = (self.reset_at, earliest, latest)
        else {
            return match (self.reset_at, latest) {
                (None, Some(_)) => Which::Newer,
                _ => Which::Same,
            };
        };
        // Responses of one window disagree by their latency; windows differ by a period.
        let tolerance = (self.period / 4).max(Duration::from_millis(5));
        if earliest > after(current, tolerance) {
            Which::Newer
        } else if after(latest, tolerance) < current {
            Which::Older
        } else {
            Which::Same
        }
    }
}
