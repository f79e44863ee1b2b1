//! The backoff formula: the delay a strategy gives a retry, always capped and never
//! panicking, whatever the spec's numbers.

use core::time::Duration;

use crate::catalog::{Backoff, RetryPolicy};

#[doc(hidden)]
/// The formula delay before retry number `retry` (1 = the first retry), with `jitter` a
/// fraction in `[0, 1)` of the strategy's jitter, capped by `max_delay`. Zero for
/// [`Backoff::Never`].
pub fn backoff_delay(strategy: &RetryPolicy, retry: u32, jitter: f64) -> Duration {
    let cap = strategy.max_delay;
    let jitter = if jitter.is_finite() {
        jitter.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let retry = retry.max(1);
    let delay = match strategy.backoff {
        Backoff::Never => return Duration::ZERO,
        Backoff::Exponential {
            initial,
            multiplier,
            jitter: spread,
        } => exponential(initial, multiplier, retry, spread, jitter, cap),
        Backoff::ImmediateThenExponential {
            immediate,
            initial,
            multiplier,
            jitter: spread,
        } => {
            if retry <= immediate {
                Duration::ZERO
            } else {
                exponential(initial, multiplier, retry - immediate, spread, jitter, cap)
            }
        }
        Backoff::Constant {
            delay,
            jitter: spread,
        } => capped_secs(delay.as_secs_f64() + spread.as_secs_f64() * jitter, cap),
    };
    delay.min(cap)
}

/// `initial * multiplier^(n-1) + spread * jitter`, computed in floating point and clamped
/// to `cap` before it becomes a `Duration`, so no input overflows or panics.
fn exponential(
    initial: Duration,
    multiplier: f64,
    n: u32,
    spread: Duration,
    jitter: f64,
    cap: Duration,
) -> Duration {
    // A spec validator rejects such multipliers; stay safe if one slips through.
    let multiplier = if multiplier.is_finite() && multiplier >= 0.0 {
        multiplier
    } else {
        1.0
    };
    let exp = i32::try_from(n - 1).unwrap_or(i32::MAX);
    let secs = initial.as_secs_f64() * multiplier.powi(exp) + spread.as_secs_f64() * jitter;
    capped_secs(secs, cap)
}

/// Seconds as a duration no longer than `cap`; anything not a finite, non-negative number
/// (or too big for a `Duration`) is the cap. `Duration` arithmetic would panic instead.
fn capped_secs(secs: f64, cap: Duration) -> Duration {
    if !(secs.is_finite() && secs >= 0.0) || secs >= cap.as_secs_f64() {
        return cap;
    }
    Duration::try_from_secs_f64(secs).unwrap_or(cap)
}
