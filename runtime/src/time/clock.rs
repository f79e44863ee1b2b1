//! Clocks: the [`Clock`] trait, the system clock, and clocks for tests (one stopped, one a
//! test moves by hand) and for tokio's (pausable) time.

use core::time::Duration;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::SystemTime;

/// The wall clock, as the retry logic sees it (an HTTP-date `Retry-After` needs "now").
pub trait Clock {
    /// The current time.
    fn now(&self) -> SystemTime;
}

/// The real system clock.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }
}

/// A clock stopped at one instant: for tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FixedClock(pub SystemTime);

impl Clock for FixedClock {
    fn now(&self) -> SystemTime {
        self.0
    }
}

/// A clock that only moves when told to; clones share it. For tests: pair it with a
/// sleeper that advances it, and a scripted server that reads it.
#[derive(Clone, Debug)]
pub struct ManualClock {
    now: Arc<Mutex<SystemTime>>,
}

impl ManualClock {
    /// A clock showing `start`.
    pub fn new(start: SystemTime) -> ManualClock {
        ManualClock {
            now: Arc::new(Mutex::new(start)),
        }
    }

    /// Moves the clock forward by `by` (saturating at the end of `SystemTime`).
    pub fn advance(&self, by: Duration) {
        let mut now = self.now.lock().unwrap_or_else(PoisonError::into_inner);
        *now = now.checked_add(by).unwrap_or(*now);
    }

    /// Moves the clock to `to`, if that is later than it shows.
    pub fn advance_to(&self, to: SystemTime) {
        let mut now = self.now.lock().unwrap_or_else(PoisonError::into_inner);
        if to > *now {
            *now = to;
        }
    }
}

impl Default for ManualClock {
    /// A clock at an arbitrary fixed instant (2023-11-14T22:13:20Z).
    fn default() -> Self {
        ManualClock::new(SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000))
    }
}

impl Clock for ManualClock {
    fn now(&self) -> SystemTime {
        *self.now.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Wall time that moves with tokio's clock: the system time at creation plus tokio's
/// elapsed time. Under a paused tokio clock (`tokio::time::pause`) it moves only when tokio's
/// time does, so the limiter and [`TokioSleeper`](crate::retry::executor::TokioSleeper) agree.
#[cfg(feature = "tokio")]
#[cfg_attr(docsrs, doc(cfg(feature = "tokio")))]
#[derive(Clone, Copy, Debug)]
pub struct TokioClock {
    start: SystemTime,
    anchor: tokio::time::Instant,
}

#[cfg(feature = "tokio")]
impl TokioClock {
    /// Starts the clock at the system time now.
    pub fn new() -> TokioClock {
        TokioClock {
            start: SystemTime::now(),
            anchor: tokio::time::Instant::now(),
        }
    }
}

#[cfg(feature = "tokio")]
impl Default for TokioClock {
    fn default() -> Self {
        TokioClock::new()
    }
}

#[cfg(feature = "tokio")]
impl Clock for TokioClock {
    fn now(&self) -> SystemTime {
        let elapsed = tokio::time::Instant::now().saturating_duration_since(self.anchor);
        self.start.checked_add(elapsed).unwrap_or(self.start)
    }
}
