//! How the executor waits between attempts: injected, so tests never sleep for real.

use core::future::Future;
use core::time::Duration;

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
