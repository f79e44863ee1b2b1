//! What a response says about the client's rate limits: the `x-ratelimit-*` headers and,
//! on a 429, how long the server asked everyone to stay away.

use core::time::Duration;
use std::time::SystemTime;

use crate::response::headers::HeaderSource;
use crate::response::hints::RetryHints;

#[doc(hidden)]
/// One limit (requests or tokens) as a response reports it. Every field is optional:
/// servers send some, all or none of them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct LimitReport {
    /// `x-ratelimit-limit-*`: the size of the window.
    pub limit: Option<u64>,
    /// `x-ratelimit-remaining-*`: what is left in the current window.
    pub remaining: Option<u64>,
    /// `x-ratelimit-reset-*`: how long until the window is full again.
    pub reset: Option<Duration>,
}

impl LimitReport {
    /// Nothing reported.
    pub const NONE: LimitReport = LimitReport {
        limit: None,
        remaining: None,
        reset: None,
    };

    /// The response said nothing about this limit.
    pub fn is_empty(&self) -> bool {
        self.limit.is_none() && self.remaining.is_none() && self.reset.is_none()
    }
}

/// What one response says about the rate limits, parsed and sanitised: the input of
/// [`RateLimiter::observe`](super::RateLimiter::observe).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct RateLimitReport {
    /// The response status.
    pub status: u16,
    /// The response was a throttle: the server refused the request for its rate, so the
    /// limiter should slow down (a 429, as every constructor here reads it). Not every
    /// 429 is one: the executor clears it for a 429 its catalog classifies as something
    /// else, such as a quota or billing error, which no pacing cures
    /// ([`with_throttle`](Self::with_throttle)).
    pub throttle: bool,
    /// The request limit.
    pub requests: LimitReport,
    /// The token limit.
    pub tokens: LimitReport,
    /// On a 429: the delay the server asked for (`retry-after-ms`, `Retry-After`, or the
    /// message's "try again in").
    pub retry_after: Option<Duration>,
}

impl RateLimitReport {
    /// A response that carried no rate-limit information.
    pub fn status_only(status: u16) -> RateLimitReport {
        RateLimitReport {
            status,
            throttle: status == 429,
            ..RateLimitReport::default()
        }
    }

    /// Says whether the response was a throttle, whatever its status: a report that is
    /// not one neither slows the adaptive rate nor holds other requests for its
    /// `retry_after`.
    #[must_use]
    pub fn with_throttle(mut self, throttle: bool) -> RateLimitReport {
        self.throttle = throttle;
        self
    }

    /// Reads the `x-ratelimit-*` headers (and, on a 429, `retry-after-ms` / `Retry-After`).
    /// `now` turns an HTTP-date `Retry-After` into a delay. Garbage values read as absent.
    ///
    /// The headers are read by the one parser of hints ([`RetryHints::from_headers`], or
    /// only its `x-ratelimit-*` part when the status is not 429): the retry decision and
    /// the limiter see the same values ([`from_hints`](Self::from_hints)).
    pub fn from_headers<H: HeaderSource + ?Sized>(
        status: u16,
        headers: &H,
        now: SystemTime,
    ) -> RateLimitReport {
        let hints = if status == 429 {
            RetryHints::from_headers(headers, now)
        } else {
            RetryHints::limits_from_headers(headers)
        };
        RateLimitReport::from_hints(status, &hints)
    }

    /// What a response's [`RetryHints`] say about the limits, and on a 429 the delay the
    /// server asked for.
    pub fn from_hints(status: u16, hints: &RetryHints) -> RateLimitReport {
        RateLimitReport {
            status,
            throttle: status == 429,
            requests: LimitReport {
                limit: hints.limit_requests,
                remaining: hints.remaining_requests,
                reset: hints.reset_requests,
            },
            tokens: LimitReport {
                limit: hints.limit_tokens,
                remaining: hints.remaining_tokens,
                reset: hints.reset_tokens,
            },
            retry_after: (status == 429)
                .then(|| {
                    hints
                        .retry_after_ms
                        .or(hints.retry_after)
                        .or(hints.message_delay)
                })
                .flatten(),
        }
    }

    /// The response was a throttle (see [`throttle`](Self::throttle)).
    pub fn is_throttle(&self) -> bool {
        self.throttle
    }

    /// The response carried no `x-ratelimit-*` header at all.
    pub fn has_no_limits(&self) -> bool {
        self.requests.is_empty() && self.tokens.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_trios_and_ignores_garbage() {
        let h = [
            ("x-ratelimit-limit-requests", "50"),
            ("x-ratelimit-remaining-requests", " 49 "),
            ("x-ratelimit-reset-requests", "1.2s"),
            ("x-ratelimit-limit-tokens", "-5"),
            ("x-ratelimit-remaining-tokens", "1e9"),
            ("x-ratelimit-reset-tokens", "6m0s"),
            ("retry-after", "3"),
        ];
        let r = RateLimitReport::from_headers(200, &h, SystemTime::UNIX_EPOCH);
        assert_eq!(
            r.requests,
            LimitReport {
                limit: Some(50),
                remaining: Some(49),
                reset: Some(Duration::from_millis(1200)),
            }
        );
        assert_eq!(
            r.tokens,
            LimitReport {
                limit: None,
                remaining: None,
                reset: Some(Duration::from_secs(360)),
            }
        );
        assert_eq!(r.retry_after, None, "only a 429 asks everyone to wait");
        let r = RateLimitReport::from_headers(429, &h, SystemTime::UNIX_EPOCH);
        assert_eq!(r.retry_after, Some(Duration::from_secs(3)));
    }
}
