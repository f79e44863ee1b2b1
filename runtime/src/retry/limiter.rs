//! A client-side rate limiter fed by the server's own `x-ratelimit-*` headers, so that
//! requests wait for the window to reset instead of running into a 429.
//!
//! OpenAI (and others) report two limits on every response, one for requests and one for
//! tokens, each as a trio:
//!
//! | header                           | meaning                               |
//! |----------------------------------|---------------------------------------|
//! | `x-ratelimit-limit-requests`     | the size of the window                |
//! | `x-ratelimit-remaining-requests` | what is left of it                    |
//! | `x-ratelimit-reset-requests`     | when it is full again (`"1s"`, `"6m0s"`) |
//!
//! (and the same with `-tokens`). A [`RateLimiter`] keeps its own count of both, lowered by
//! every request it lets through and corrected by every response, and holds new requests
//! until the reset once either is spent. A count that comes without a reset (Azure OpenAI
//! sends `remaining` alone) is believed for [`LimiterConfig::unknown_reset_wait`] (1 s by
//! default), then forgotten: no window ever stays spent with no end. A throttle whose headers do not explain it (or
//! that has none) switches on an adaptive send rate instead, in the spirit of the AWS SDKs'
//! adaptive retry mode; a throttle with `Retry-After` holds every request for that long
//! (at most [`LimiterConfig::max_hold`]).
//!
//! A throttle is a report whose [`throttle`](RateLimitReport::throttle) flag is set: every
//! 429 as the report reads it, but the [`RetryExecutor`](crate::RetryExecutor) clears it
//! for a 429 its catalog classifies as anything but a rate limit (a quota or billing error
//! is not cured by sending slower), and drops the `Retry-After` of a call it stopped for
//! asking too long a delay ([`StopReason::HintTooLong`](crate::StopReason::HintTooLong)),
//! so one such answer never freezes every other call.
//!
//! The limiter never sleeps: [`RateLimiter::acquire`] takes the time and answers "go" or
//! "wait this long", and the [`RetryExecutor`](crate::RetryExecutor), which owns one by
//! default, waits with its sleeper. Tests drive it with any [`Clock`](crate::time::Clock),
//! such as `time::ManualClock`.
//!
//! ```
//! use std::time::{Duration, SystemTime};
//! use errspec_runtime::retry::limiter::{Acquire, Demand, RateLimiter, RateLimitReport};
//!
//! let limiter = RateLimiter::default();
//! let t0 = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
//! let Acquire::Go(permit) = limiter.acquire(t0, Demand::new()) else { unreachable!() };
//! // The response says the window of 2 has 0 left, and resets in 1 s.
//! let headers = [
//!     ("x-ratelimit-limit-requests", "2"),
//!     ("x-ratelimit-remaining-requests", "0"),
//!     ("x-ratelimit-reset-requests", "1s"),
//! ];
//! permit.observe(t0, &RateLimitReport::from_headers(200, &headers, t0));
//! drop(permit);
//! assert_eq!(limiter.acquire(t0, Demand::new()).wait(), Some(Duration::from_secs(1)));
//! assert!(limiter.acquire(t0 + Duration::from_secs(1), Demand::new()).wait().is_none());
//! ```

mod adaptive;
mod report;
mod state;
mod window;

use core::fmt;
use core::time::Duration;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::SystemTime;

pub use crate::response::headers::parse_count;
pub use report::{LimitReport, RateLimitReport};

use crate::response::headers::HeaderSource;
use state::State;

/// The numbers a [`RateLimiter`] works with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LimiterConfig {
    /// Extra time to wait after a reported reset before sending again, for servers whose
    /// reset values are rounded down. Zero by default: the client learns the reset after
    /// the server computed it, so its estimate is already a little late.
    pub reset_margin: Duration,
    /// The longest the limiter holds a request, and the cap on any reset or `Retry-After`
    /// it believes: a hostile header cannot stall a client for a day. At least
    /// [`MIN_HOLD`](Self::MIN_HOLD) (see [`normalized`](Self::normalized)).
    pub max_hold: Duration,
    /// How long a count is believed when nothing said when its window resets (Azure
    /// OpenAI reports `remaining` without `reset`): a limit spent with no known reset
    /// holds requests at most this long after it was reported, then the window starts
    /// over. Between [`MIN_HOLD`](Self::MIN_HOLD) and `max_hold`.
    pub unknown_reset_wait: Duration,
    /// Pace with an adaptive rate after 429s that the headers do not explain.
    pub adaptive: bool,
}

impl LimiterConfig {
    /// The defaults: no margin, hold at most 60 s, 1 s when the reset is unknown, adaptive
    /// rate on.
    pub const DEFAULT: LimiterConfig = LimiterConfig {
        reset_margin: Duration::ZERO,
        max_hold: Duration::from_secs(60),
        unknown_reset_wait: Duration::from_secs(1),
        adaptive: true,
    };

    /// The shortest wait the limiter answers (and so the least `max_hold`): a zero wait
    /// would make its callers spin.
    pub const MIN_HOLD: Duration = Duration::from_millis(1);

    #[doc(hidden)]
    /// The numbers as a [`RateLimiter`] uses them, so that no configuration can make it
    /// panic or stall: `max_hold` at least [`MIN_HOLD`](Self::MIN_HOLD);
    /// `unknown_reset_wait` between `MIN_HOLD` and `max_hold`; `reset_margin` at most
    /// `max_hold`. [`RateLimiter::new`] applies it, and
    /// [`RateLimiter::config`] shows the result.
    #[must_use]
    pub fn normalized(mut self) -> Self {
        self.max_hold = self.max_hold.max(Self::MIN_HOLD);
        self.unknown_reset_wait = self.unknown_reset_wait.clamp(Self::MIN_HOLD, self.max_hold);
        self.reset_margin = self.reset_margin.min(self.max_hold);
        self
    }
}

impl Default for LimiterConfig {
    fn default() -> Self {
        LimiterConfig::DEFAULT
    }
}

#[doc(hidden)]
/// What one request asks of the limits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Demand {
    /// The tokens the request is expected to use (prompt plus maximum completion); zero
    /// when unknown. Such a request still waits while the token limit is spent.
    pub tokens: u64,
    /// The request is a retry: its backoff already paces it, so the adaptive rate does not
    /// delay it again (the header-fed windows still do).
    pub retry: bool,
}

impl Demand {
    /// A first attempt of unknown token cost.
    pub const fn new() -> Demand {
        Demand {
            tokens: 0,
            retry: false,
        }
    }

    /// Sets the expected token cost.
    #[must_use]
    pub const fn tokens(mut self, tokens: u64) -> Demand {
        self.tokens = tokens;
        self
    }

    /// Marks the request as a retry.
    #[must_use]
    pub const fn retry(mut self, retry: bool) -> Demand {
        self.retry = retry;
        self
    }
}

#[doc(hidden)]
/// The answer of [`RateLimiter::acquire`].
#[must_use = "a permit must be held while the request is in flight"]
#[derive(Debug)]
pub enum Acquire {
    /// Send now; hold the permit until the response has been observed.
    Go(Permit),
    /// Do not send yet: ask again after this long.
    Wait(Duration),
}

impl Acquire {
    /// The wait, if the answer is to wait (a permit is released at once).
    pub fn wait(self) -> Option<Duration> {
        match self {
            Acquire::Go(_) => None,
            Acquire::Wait(d) => Some(d),
        }
    }
}

#[doc(hidden)]
/// What the limiter knows about one limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LimitSnapshot {
    /// The window's size, once reported.
    pub limit: Option<u64>,
    /// What the limiter will still let through in this window (`None`: no limit known).
    pub remaining: Option<u64>,
    /// Time until the window resets, when known.
    pub reset_in: Option<Duration>,
}

#[doc(hidden)]
/// What the limiter knows, at one instant: for tests, logs and dashboards.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LimiterSnapshot {
    /// The request limit.
    pub requests: LimitSnapshot,
    /// The token limit.
    pub tokens: LimitSnapshot,
    /// The adaptive send rate (requests per second), once a throttle switched it on.
    pub adaptive_rate: Option<f64>,
    /// How long a `Retry-After` still holds every request.
    pub blocked_for: Option<Duration>,
    /// Requests let through and not yet finished.
    pub in_flight: u64,
}

/// A client-side rate limiter shared by every request to one service; see the
/// [module docs](self).
///
/// Cloning it is cheap and shares the state: give one limiter to every executor whose
/// requests count against the same API key.
#[derive(Clone)]
pub struct RateLimiter {
    state: Arc<Mutex<State>>,
}

impl RateLimiter {
    /// A limiter with the given numbers ([normalized](LimiterConfig::normalized): no
    /// configuration can make it panic or stall), that knows nothing yet: it lets
    /// everything through until a response reports a limit. `RateLimiter::default()` has
    /// [`LimiterConfig::DEFAULT`].
    pub fn new(config: LimiterConfig) -> RateLimiter {
        RateLimiter {
            state: Arc::new(Mutex::new(State::new(config))),
        }
    }

    #[doc(hidden)]
    /// The numbers this limiter works with (as [normalized](LimiterConfig::normalized)).
    pub fn config(&self) -> LimiterConfig {
        self.lock().config
    }

    #[doc(hidden)]
    /// Asks to send one request at `now`: a [`Permit`] to hold while it is in flight, or
    /// how long to wait before asking again. Never sleeps.
    pub fn acquire(&self, now: SystemTime, demand: Demand) -> Acquire {
        let result = self.lock().acquire(now, demand);
        match result {
            Ok(()) => Acquire::Go(self.permit(demand, Some(now))),
            Err(wait) => Acquire::Wait(wait),
        }
    }

    #[doc(hidden)]
    /// Lets a request through without asking, counting it all the same: for a caller that
    /// has waited as long as it will.
    pub fn admit(&self, demand: Demand) -> Permit {
        self.lock().admit(demand);
        self.permit(demand, None)
    }

    #[doc(hidden)]
    /// Feeds in a response of a request that holds no permit (or whose permit is gone).
    /// Prefer [`Permit::observe`], which knows the request's own cost.
    pub fn observe(&self, now: SystemTime, report: &RateLimitReport) {
        self.lock().observe(now, report, None, None);
    }

    #[doc(hidden)]
    /// What the limiter knows at `now`.
    pub fn snapshot(&self, now: SystemTime) -> LimiterSnapshot {
        let mut state = self.lock();
        state.roll(now);
        state.snapshot(now)
    }

    fn permit(&self, demand: Demand, granted: Option<SystemTime>) -> Permit {
        Permit {
            limiter: self.clone(),
            demand,
            granted,
            released: AtomicBool::new(false),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // The state stays consistent between statements: a panic elsewhere cannot tear it.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Default for RateLimiter {
    fn default() -> Self {
        RateLimiter::new(LimiterConfig::DEFAULT)
    }
}

impl fmt::Debug for RateLimiter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.lock();
        f.debug_struct("RateLimiter")
            .field("config", &state.config)
            .field("state", &state.snapshot(SystemTime::now()))
            .finish()
    }
}

#[doc(hidden)]
/// Room for one request in the limiter: hold it while the request is in flight, feed the
/// response in with [`observe`](Self::observe), then drop it.
///
/// While held, the request counts as in flight: a response about a new window then leaves
/// room for it, since the server may count it in that window.
pub struct Permit {
    limiter: RateLimiter,
    demand: Demand,
    /// When [`RateLimiter::acquire`] granted it: the server answered no earlier, which
    /// bounds how stale the response's reset can be.
    granted: Option<SystemTime>,
    released: AtomicBool,
}

impl Permit {
    #[doc(hidden)]
    /// Feeds in what this request's response said; `now` is when it arrived.
    ///
    /// The server computed the response's reset somewhere between the permit's grant and
    /// `now`: a response that arrives late is not mistaken for news of a later window.
    pub fn observe(&self, now: SystemTime, report: &RateLimitReport) {
        let own = (!self.released.load(Ordering::Acquire)).then_some(self.demand);
        self.limiter.lock().observe(now, report, own, self.granted);
    }

    /// Reads the response's headers and feeds them in.
    pub fn observe_headers<H: HeaderSource + ?Sized>(
        &self,
        now: SystemTime,
        status: u16,
        headers: &H,
    ) {
        self.observe(now, &RateLimitReport::from_headers(status, headers, now));
    }

    /// What this request asked for.
    pub fn demand(&self) -> Demand {
        self.demand
    }

    /// Ends the request's stay in flight (dropping the permit does the same).
    pub fn release(&self) {
        if !self.released.swap(true, Ordering::AcqRel) {
            self.limiter.lock().release(self.demand);
        }
    }
}

impl Drop for Permit {
    fn drop(&mut self) {
        self.release();
    }
}

impl fmt::Debug for Permit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Permit")
            .field("demand", &self.demand)
            .field("released", &self.released.load(Ordering::Relaxed))
            .finish()
    }
}

/// `later - earlier`, or zero when `later` is not later (clocks can step back).
pub(crate) fn since(later: SystemTime, earlier: SystemTime) -> Duration {
    later.duration_since(earlier).unwrap_or(Duration::ZERO)
}

/// `t + d`, or `t` if that overflows (only a hostile value could).
pub(crate) fn after(t: SystemTime, d: Duration) -> SystemTime {
    t.checked_add(d).unwrap_or(t)
}
