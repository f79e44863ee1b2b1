//! Virtual time for executor tests: a sleeper that moves a shared hand-moved clock
//! instead of sleeping, so that the executor, its limiter and a server all read one time.

use std::future::{Ready, ready};
use std::time::Duration;

use errspec_runtime::time::ManualClock;
use errspec_runtime::time::{BlockingSleeper, Sleeper};

/// Moves the shared clock on instead of sleeping.
#[derive(Clone, Debug)]
pub struct ClockSleeper(pub ManualClock);

impl Sleeper for ClockSleeper {
    type Sleep = Ready<()>;

    fn sleep(&self, delay: Duration) -> Ready<()> {
        self.0.advance(delay);
        ready(())
    }
}

impl BlockingSleeper for ClockSleeper {
    fn sleep_blocking(&self, delay: Duration) {
        self.0.advance(delay);
    }
}
