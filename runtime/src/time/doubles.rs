//! Test doubles for time (the `test-util` feature): a clock stopped at one instant, a
//! clock a test moves by hand, and a sleeper that only records what it was asked.

use core::future::{Ready, ready};
use core::time::Duration;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::SystemTime;

use super::{BlockingSleeper, Clock, Sleeper};

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

/// Does not wait at all; remembers every delay it was asked for. For tests, in both
/// the async and the blocking executor. Clones share the record.
#[derive(Clone, Debug, Default)]
pub struct RecordingSleeper {
    delays: Arc<Mutex<Vec<Duration>>>,
}

impl RecordingSleeper {
    /// Every delay asked for so far, in order.
    pub fn delays(&self) -> Vec<Duration> {
        self.delays
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn record(&self, delay: Duration) {
        self.delays
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(delay);
    }
}

impl Sleeper for RecordingSleeper {
    type Sleep = Ready<()>;

    fn sleep(&self, delay: Duration) -> Ready<()> {
        self.record(delay);
        ready(())
    }
}

impl BlockingSleeper for RecordingSleeper {
    fn sleep_blocking(&self, delay: Duration) {
        self.record(delay);
    }
}
