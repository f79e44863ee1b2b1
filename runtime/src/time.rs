//! Time as the retry machinery sees it, injected so that tests never wait: clocks
//! ([`Clock`]) and the ways to wait between attempts ([`Sleeper`]). Test doubles for both
//! come with the `test-util` feature.

mod clock;
#[cfg(any(test, feature = "test-util"))]
mod doubles;
mod sleep;

#[cfg(feature = "tokio")]
pub use clock::TokioClock;
pub use clock::{Clock, SystemClock};
#[cfg(any(test, feature = "test-util"))]
#[cfg_attr(docsrs, doc(cfg(feature = "test-util")))]
pub use doubles::{ManualClock, RecordingSleeper};
#[cfg(feature = "tokio")]
pub use sleep::TokioSleeper;
pub use sleep::{BlockingSleeper, Sleeper, ThreadSleeper};
