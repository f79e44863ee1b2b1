//! How the executor waits between attempts: injected, so tests never sleep for real.

use core::future::{Future, Ready, ready};
use core::time::Duration;
use std::sync::{Arc, Mutex, PoisonError};

/// Waits asynchronously, on whatever runtime the caller uses.
pub trait Sleeper {
    /// The future that completes after the delay.
    type Sleep: Future<Output = ()>;

    /// A future that completes after `delay`.
    fn sleep(&self, delay: Duration) -> Self::Sleep;
}

/// Waits by blocking the current thread.
pub trait BlockingSleeper {
    /// Returns after `delay`.
    fn sleep_blocking(&self, delay: Duration);
}

/// Blocks the thread with [`std::thread::sleep`]: the blocking executor's default.
#[derive(Clone, Copy, Debug, Default)]
pub struct ThreadSleeper;

impl BlockingSleeper for ThreadSleeper {
    fn sleep_blocking(&self, delay: Duration) {
        std::thread::sleep(delay);
    }
}

/// Sleeps with `tokio::time::sleep` (so a paused tokio clock controls it).
#[cfg(feature = "tokio")]
#[cfg_attr(docsrs, doc(cfg(feature = "tokio")))]
#[derive(Clone, Copy, Debug, Default)]
pub struct TokioSleeper;

#[cfg(feature = "tokio")]
impl Sleeper for TokioSleeper {
    type Sleep = tokio::time::Sleep;

    fn sleep(&self, delay: Duration) -> Self::Sleep {
        tokio::time::sleep(delay)
    }
}

/// Does not wait at all; remembers every delay it was asked for. For tests, in both
/// the async and the blocking executor. Clones share the record.
#[derive(Clone, Debug, Default)]
pub struct RecordingSleeper {
    delays: Arc<Mutex<Vec<Duration>>>,
}

impl RecordingSleeper {
    /// An empty record.
    pub fn new() -> Self {
        Self::default()
    }

    /// Every delay asked for so far, in order.
    pub fn delays(&self) -> Vec<Duration> {
        self.delays
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The sum of the delays asked for so far.
    pub fn total(&self) -> Duration {
        self.delays()
            .iter()
            .fold(Duration::ZERO, |a, d| a.saturating_add(*d))
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

impl<S: Sleeper + ?Sized> Sleeper for &S {
    type Sleep = S::Sleep;

    fn sleep(&self, delay: Duration) -> Self::Sleep {
        (**self).sleep(delay)
    }
}

impl<S: BlockingSleeper + ?Sized> BlockingSleeper for &S {
    fn sleep_blocking(&self, delay: Duration) {
        (**self).sleep_blocking(delay);
    }
}
