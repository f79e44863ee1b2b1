//! The fallback when a server throttles without saying its limits: an adaptive send rate
//! after the AWS SDKs' "adaptive" retry mode.
//!
//! Nothing is limited until the first unexplained 429. Then the allowed rate drops to 70 %
//! of the rate the client was measured sending at, and grows back along a cubic curve (as
//! TCP CUBIC does) that returns to the old rate after a while and probes above it; every
//! further throttle cuts it again. A token bucket at that rate paces new requests.

use core::time::Duration;
use std::time::SystemTime;

use super::window::MIN_WAIT;

/// The cut on a throttle.
const BETA: f64 = 0.7;
/// How fast the cubic curve grows back.
const SCALE: f64 = 0.4;
/// Weight of the newest measurement in the smoothed send rate.
const SMOOTH: f64 = 0.8;
/// The send rate is measured over buckets this long (seconds).
const BUCKET: f64 = 0.5;
/// Never pace below this rate (requests per second), so a throttled client still probes.
const MIN_RATE: f64 = 0.5;
/// The bucket always holds at least one request's worth.
const MIN_CAPACITY: f64 = 1.0;

/// The adaptive rate's state. Times are seconds since the Unix epoch.
#[derive(Clone, Debug, Default)]
pub(crate) struct Adaptive {
    enabled: bool,
    /// The allowed rate, requests per second.
    fill_rate: f64,
    capacity: f64,
    tokens: f64,
    last_refill: Option<f64>,
    measured_rate: f64,
    bucket_start: Option<f64>,
    bucket_count: u64,
    last_max_rate: f64,
    last_throttle: f64,
}

impl Adaptive {
    /// The allowed rate, once a throttle has switched pacing on.
    pub(crate) fn rate(&self) -> Option<f64> {
        self.enabled.then_some(self.fill_rate)
    }

    /// Takes one request's worth from the bucket, or says how long until there is one.
    pub(crate) fn acquire(&mut self, now: SystemTime) -> Option<Duration> {
        if !self.enabled {
            return None;
        }
        let now = secs(now);
        self.refill(now);
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            return None;
        }
        let wait = (1.0 - self.tokens) / self.fill_rate.max(MIN_RATE);
        Some(Duration::try_from_secs_f64(wait).map_or(MIN_WAIT, |d| d.max(MIN_WAIT)))
    }

    /// Counts a response, and adapts the rate: down on a `throttle`, up along the cubic
    /// curve otherwise.
    pub(crate) fn on_response(&mut self, now: SystemTime, throttle: bool) {
        let now = secs(now);
        self.measure(now);
        let first = throttle && !self.enabled;
        let new_rate = if throttle {
            let base = if self.enabled {
                self.measured_rate.min(self.fill_rate)
            } else {
                self.measured_rate
            };
            self.last_max_rate = base;
            self.last_throttle = now;
            self.enabled = true;
            base * BETA
        } else if self.enabled {
            let t = (now - self.last_throttle).max(0.0) - self.time_window();
            SCALE * t * t * t + self.last_max_rate
        } else {
            return;
        };
        // Never allow much more than the client has shown it can use.
        let mut rate = new_rate.min(2.0 * self.measured_rate).max(MIN_RATE);
        if !rate.is_finite() {
            rate = MIN_RATE;
        }
        self.refill(now);
        if first {
            // One request may probe at once; pacing applies from the next.
            self.tokens = 1.0;
        }
        self.fill_rate = rate;
        self.capacity = rate.max(MIN_CAPACITY);
        self.tokens = self.tokens.min(self.capacity);
    }

    /// How long after a throttle the curve is back at the old rate.
    fn time_window(&self) -> f64 {
        (self.last_max_rate * (1.0 - BETA) / SCALE).cbrt()
    }

    fn refill(&mut self, now: f64) {
        if let Some(last) = self.last_refill {
            let elapsed = (now - last).max(0.0);
            self.tokens = (self.tokens + elapsed * self.fill_rate).min(self.capacity);
        }
        self.last_refill = Some(self.last_refill.map_or(now, |l| l.max(now)));
    }

    /// The smoothed rate of responses, measured per half-second bucket.
    fn measure(&mut self, now: f64) {
        let bucket = (now / BUCKET).floor() * BUCKET;
        self.bucket_count += 1;
        match self.bucket_start {
            None => self.bucket_start = Some(bucket),
            Some(start) if bucket > start => {
                let current = self.bucket_count as f64 / (bucket - start);
                self.measured_rate = current * SMOOTH + self.measured_rate * (1.0 - SMOOTH);
                self.bucket_count = 0;
                self.bucket_start = Some(bucket);
            }
            Some(_) => {}
        }
    }
}

/// Seconds since the Unix epoch (zero before it: a clock that far off is not ours to fix).
fn secs(t: SystemTime) -> f64 {
    t.duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(ms: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000) + Duration::from_millis(ms)
    }

    #[test]
    fn off_until_a_throttle_then_paced_then_recovers() {
        let mut a = Adaptive::default();
        // 20 responses a second for two seconds: measured, not limited.
        for i in 0..40 {
            assert_eq!(a.acquire(at(i * 50)), None);
            a.on_response(at(i * 50), false);
        }
        assert_eq!(a.rate(), None);
        a.on_response(at(2000), true);
        let cut = a.rate().expect("pacing on");
        assert!((10.0..=16.0).contains(&cut), "{cut}");
        // The bucket allows about `cut` requests a second.
        let mut sent = 0;
        for i in 0..1000 {
            if a.acquire(at(2000 + i)).is_none() {
                sent += 1;
            }
        }
        assert!(sent as f64 <= cut + 2.0, "{sent} in a second at {cut}/s");
        // Successes bring the rate back up along the curve.
        for i in 0..80 {
            a.on_response(at(3000 + i * 50), false);
        }
        let later = a.rate().unwrap_or(0.0);
        assert!(later > cut, "{later} > {cut}");
    }

    #[test]
    fn hostile_clock_values_do_not_panic() {
        let mut a = Adaptive::default();
        a.on_response(SystemTime::UNIX_EPOCH, true);
        a.on_response(at(0), true);
        a.on_response(SystemTime::UNIX_EPOCH, false);
        let w = a.acquire(SystemTime::UNIX_EPOCH);
        assert!(w.is_none_or(|w| w <= Duration::from_secs(2)));
    }
}
