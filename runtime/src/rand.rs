//! Randomness for jitter, injected so that retry decisions are deterministic under test.

use std::time::SystemTime;

/// A source of randomness for jitter.
pub trait RetryRng {
    /// The next 64 random bits.
    fn next_u64(&mut self) -> u64;

    /// A uniform fraction in `[0, 1)`.
    fn next_fraction(&mut self) -> f64 {
        // The top 53 bits fill an f64 mantissa exactly, so the result is below 1.
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
}

impl<R: RetryRng + ?Sized> RetryRng for &mut R {
    fn next_u64(&mut self) -> u64 {
        (**self).next_u64()
    }
}

impl<R: RetryRng + ?Sized> RetryRng for Box<R> {
    fn next_u64(&mut self) -> u64 {
        (**self).next_u64()
    }
}

/// SplitMix64, a small, fast, non-cryptographic generator: plenty for jitter, and no
/// dependency. The executor's default, seeded from the time.
#[derive(Clone, Debug)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// A generator with a fixed seed: the same seed gives the same jitter.
    pub const fn from_seed(seed: u64) -> SplitMix64 {
        SplitMix64 { state: seed }
    }
}

/// A generator seeded from the system clock and a per-process counter, so that clients
/// started together do not retry in lockstep.
impl Default for SplitMix64 {
    fn default() -> SplitMix64 {
        use std::sync::atomic::{AtomicU64, Ordering};
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let nanos = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        SplitMix64::from_seed(nanos ^ n.wrapping_mul(0xA076_1D64_78BD_642F))
    }
}

impl RetryRng for SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// A "generator" that always returns the same fraction in `[0, 1)`: for tests, and for
/// callers who want no jitter (`FixedFraction(0.0)`). Values outside `[0, 1)` are clamped into it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FixedFraction(pub f64);

impl RetryRng for FixedFraction {
    fn next_u64(&mut self) -> u64 {
        (self.next_fraction() * (1u64 << 53) as f64) as u64
    }

    fn next_fraction(&mut self) -> f64 {
        if self.0.is_nan() {
            0.0
        } else {
            self.0.clamp(0.0, 1.0 - f64::EPSILON)
        }
    }
}
