//! Time as the retry machinery sees it, injected so that tests never wait: clocks
//! ([`Clock`]) and the ways to wait between attempts ([`Sleeper`]).

mod clock;
mod sleep;

#[cfg(feature = "tokio")]
pub use clock::TokioClock;
pub use clock::{Clock, FixedClock, ManualClock, SystemClock};
#[cfg(feature = "tokio")]
pub use sleep::TokioSleeper;
pub use sleep::{BlockingSleeper, RecordingSleeper, Sleeper, ThreadSleeper};
