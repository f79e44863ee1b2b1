//! Clocks: the [`Clock`] trait, the system clock, and one for tokio's (pausable) time. The
//! test doubles are in `doubles` (the `test-util` feature).

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

/// Wall time that moves with tokio's clock: the system time at creation plus tokio's
/// elapsed time. Under a paused tokio clock (`tokio::time::pause`) it moves only when tokio's
/// time does, so the limiter and [`TokioSleeper`](crate::time::TokioSleeper) agree.
#[cfg(feature = "tokio")]
#[cfg_attr(docsrs, doc(cfg(feature = "tokio")))]
#[derive(Clone, Copy, Debug)]
pub struct TokioClock {
    start: SystemTime,
    anchor: tokio::time::Instant,
}

#[cfg(feature = "tokio")]
impl Default for TokioClock {
    /// Starts the clock at the system time now.
    fn default() -> TokioClock {
        TokioClock {
            start: SystemTime::now(),
            anchor: tokio::time::Instant::now(),
        }
    }
}

#[cfg(feature = "tokio")]
#[cfg(feature = "tokio")]
impl Clock for TokioClock {
    fn now(&self) -> SystemTime {
        let elapsed = tokio::time::Instant::now().saturating_duration_since(self.anchor);
        self.start.checked_add(elapsed).unwrap_or(self.start)
    }
}
