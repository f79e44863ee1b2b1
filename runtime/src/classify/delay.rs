//! The delay a response asked for before a retry, read while classifying it, so that
//! [`ErrorDetails`] can answer `retry_after()` without the headers.

use core::time::Duration;
use std::time::SystemTime;

use super::ErrorDetails;
use crate::response::headers::HeaderSource;
use crate::response::hints::{
    HintSource, MAX_HINT, RetryHints, parse_message_delay, parse_retry_after, parse_retry_after_ms,
    parse_retry_delay,
};

/// What the headers of a response asked for, in [`RetryHints::server_delay`]'s order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum HeaderDelay {
    /// A delay, and the header it came from.
    After(Duration, HintSource),
    /// `Retry-After` as an HTTP date: the delay depends on when it is asked.
    Until(SystemTime),
}

/// What a response's headers say about a delay, as [`ErrorDetails`] keeps it: the two
/// `Retry-After` headers borrowed as sent and read only when someone asks (classifying
/// must stay cheap), or already read. Equal when they name the same delay.
#[derive(Clone, Copy, Debug)]
pub(super) enum DelayHeaders<'a> {
    /// `retry-after-ms` and `retry-after`, as sent.
    Raw {
        retry_after_ms: Option<&'a str>,
        retry_after: Option<&'a str>,
    },
    /// Read already: a 429 that names its delay only in its reset headers (which are not
    /// kept), or details that were made to own their text.
    Read(Option<HeaderDelay>),
}

impl PartialEq for DelayHeaders<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.read() == other.read()
    }
}

impl Eq for DelayHeaders<'_> {}

impl<'a> DelayHeaders<'a> {
    /// Two look-ups for most responses; the reset headers are read at once, and only for
    /// a rate limit (429) that sent neither `Retry-After` header.
    #[inline]
    pub(super) fn borrow<H: HeaderSource + ?Sized>(status: u16, headers: &'a H) -> Self {
        let retry_after_ms = headers.header("retry-after-ms");
        let retry_after = headers.header("retry-after");
        if status == 429 && retry_after_ms.is_none() && retry_after.is_none() {
            return DelayHeaders::Read(HeaderDelay::read_reset(headers));
        }
        DelayHeaders::Raw {
            retry_after_ms,
            retry_after,
        }
    }

    /// The delay the headers name, if any.
    pub(super) fn read(self) -> Option<HeaderDelay> {
        match self {
            DelayHeaders::Raw {
                retry_after_ms,
                retry_after,
            } => HeaderDelay::read_retry_after(retry_after_ms, retry_after),
            DelayHeaders::Read(delay) => delay,
        }
    }
}

impl HeaderDelay {
    /// `retry-after-ms`, then `retry-after` (seconds or an HTTP date).
    fn read_retry_after(retry_after_ms: Option<&str>, retry_after: Option<&str>) -> Option<Self> {
        if let Some(value) = retry_after_ms {
            let delay = match whole(value) {
                Some(ms) => Some(Duration::from_millis(ms)),
                None => parse_retry_after_ms(value),
            };
            if let Some(d) = delay {
                return Some(HeaderDelay::After(
                    d.min(MAX_HINT),
                    HintSource::RetryAfterMs,
                ));
            }
        }
        let value = retry_after?;
        let delay = match whole(value) {
            Some(secs) => Some(Duration::from_secs(secs)),
            None => match httpdate::parse_http_date(value.trim()) {
                Ok(at) => return Some(HeaderDelay::Until(at)),
                // Not a date, so the time given does not matter.
                Err(_) => parse_retry_after(value, SystemTime::UNIX_EPOCH),
            },
        };
        delay.map(|d| HeaderDelay::After(d.min(MAX_HINT), HintSource::RetryAfter))
    }

    /// The `x-ratelimit-reset-*` headers of a rate limit.
    fn read_reset<H: HeaderSource + ?Sized>(headers: &H) -> Option<Self> {
        // No `Retry-After` date here, so the time given does not matter.
        let mut hints = RetryHints::from_headers(headers, SystemTime::UNIX_EPOCH);
        hints.rate_limited = true;
        hints
            .server_delay()
            .map(|(d, source)| HeaderDelay::After(d, source))
    }

    /// The delay as of `now` (which matters only for a date), and its source.
    fn at(self, now: SystemTime) -> (Duration, HintSource) {
        match self {
            HeaderDelay::After(d, source) => (d, source),
            // A date in the past means "now", as in `parse_retry_after`.
            HeaderDelay::Until(at) => (
                at.duration_since(now).unwrap_or(Duration::ZERO),
                HintSource::RetryAfter,
            ),
        }
    }
}

/// A whole number of up to nine digits, the usual form of both headers, read without the
/// float parser the general ones use (it would cost every classification hundreds of
/// instructions).
#[inline]
fn whole(value: &str) -> Option<u64> {
    let value = value.trim();
    let digits = !value.is_empty() && value.len() <= 9 && value.bytes().all(|b| b.is_ascii_digit());
    if digits { value.parse().ok() } else { None }
}

impl ErrorDetails<'_> {
    #[doc(hidden)]
    /// The delay the server asked for before a retry, and where it came from; `now` turns
    /// an HTTP-date `Retry-After` into a delay.
    ///
    /// The same answer as [`RetryHints::from_response`] followed by
    /// [`server_delay`](RetryHints::server_delay): `retry-after-ms`, then `Retry-After`,
    /// then (for a 429) the `x-ratelimit-reset-*` headers, then Google's `RetryInfo`
    /// detail, then (for a 429) the message's "try again in …".
    pub fn server_delay_at(&self, now: SystemTime) -> Option<(Duration, HintSource)> {
        if let Some(delay) = self.header_delay.read() {
            return Some(delay.at(now));
        }
        if let Some(d) = self.retry_delay().and_then(parse_retry_delay) {
            return Some((d, HintSource::RetryInfo));
        }
        if self.status != 429 {
            return None;
        }
        self.message_unredacted()
            .and_then(parse_message_delay)
            .map(|d| (d, HintSource::Message))
    }

    /// The delay the server asked for before a retry ([`server_delay_at`](Self::server_delay_at)
    /// now, without its source).
    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after_at(SystemTime::now())
    }

    #[doc(hidden)]
    /// The delay the server asked for before a retry, as seen at `now` (which matters only
    /// for an HTTP-date `Retry-After`).
    pub fn retry_after_at(&self, now: SystemTime) -> Option<Duration> {
        self.server_delay_at(now).map(|(d, _)| d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::UNIX_EPOCH;

    fn delay(status: u16, headers: &[(&str, &str)], body: &str) -> Option<(Duration, HintSource)> {
        let d = ErrorDetails::parse(status, headers, body.as_bytes());
        let at = d.server_delay_at(UNIX_EPOCH + Duration::from_secs(1_000_000_000));
        // Owning the details keeps what the headers said.
        assert_eq!(
            d.into_owned()
                .server_delay_at(UNIX_EPOCH + Duration::from_secs(1_000_000_000)),
            at
        );
        at
    }

    /// A status, its headers and its body.
    type Case<'a> = (u16, Vec<(&'a str, &'a str)>, &'a str);

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    #[test]
    fn agrees_with_retry_hints_on_every_source() {
        let now = UNIX_EPOCH + Duration::from_secs(1_000_000_000);
        let date = httpdate::fmt_http_date(now + Duration::from_secs(7));
        let rate_limit =
            r#"{"error":{"message":"Please try again in 20s.","code":"rate_limit_exceeded"}}"#;
        let cases: [Case<'_>; 11] = [
            (
                429,
                vec![("retry-after-ms", "1500"), ("retry-after", "9")],
                rate_limit,
            ),
            (503, vec![("retry-after", "9")], ""),
            (503, vec![("retry-after", &date)], ""),
            (
                429,
                vec![
                    ("x-ratelimit-reset-requests", "6m0s"),
                    ("x-ratelimit-remaining-requests", "0"),
                ],
                rate_limit,
            ),
            (429, vec![("retry-after", "soon")], rate_limit),
            // Reset headers come with every response; only a 429 is waiting for them.
            (500, vec![("x-ratelimit-reset-requests", "1s")], rate_limit),
            (400, vec![], rate_limit),
            (429, vec![], "{}"),
            // Past the whole-number fast path: fractions, clamping, garbage.
            (
                503,
                vec![("retry-after-ms", "1.5"), ("retry-after", "9")],
                "",
            ),
            (503, vec![("retry-after", " 9999999999 ")], ""),
            (
                503,
                vec![("retry-after-ms", "-1"), ("retry-after", "2")],
                "",
            ),
        ];
        let expected = [
            Some((ms(1500), HintSource::RetryAfterMs)),
            Some((ms(9000), HintSource::RetryAfter)),
            Some((ms(7000), HintSource::RetryAfter)),
            Some((ms(360_000), HintSource::RateLimitReset)),
            Some((ms(20_000), HintSource::Message)),
            None,
            None,
            None,
            Some((Duration::from_micros(1500), HintSource::RetryAfterMs)),
            Some((MAX_HINT, HintSource::RetryAfter)),
            Some((ms(2000), HintSource::RetryAfter)),
        ];
        for ((status, headers, body), want) in cases.iter().zip(expected) {
            let d = ErrorDetails::parse(*status, headers.as_slice(), body.as_bytes());
            let hints =
                RetryHints::from_response(*status, headers.as_slice(), d.message_unredacted(), now);
            assert_eq!(hints.server_delay(), want, "{status} {headers:?}");
            assert_eq!(delay(*status, headers, body), want, "{status} {headers:?}");
        }
    }

    #[test]
    fn google_retry_info_is_a_delay_and_agrees_with_retry_hints() {
        let now = UNIX_EPOCH + Duration::from_secs(1_000_000_000);
        // `gemini-429-retryinfo-1`, shortened: its RetryInfo names 26 s.
        let body = r#"{"error":{"code":429,"message":"You exceeded your current quota.","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.Help","links":[]},{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"26s"}]}}"#;
        // With "Please retry in 36.4s." in the message too, the structured hint wins.
        let both = body.replace("quota.", "quota. Please retry in 36.4s.");
        let cases: [Case<'_>; 4] = [
            (429, vec![], body),
            (429, vec![], &both),
            (429, vec![("retry-after", "3")], body),
            (503, vec![], body),
        ];
        let expected = [
            Some((ms(26_000), HintSource::RetryInfo)),
            Some((ms(26_000), HintSource::RetryInfo)),
            Some((ms(3000), HintSource::RetryAfter)),
            Some((ms(26_000), HintSource::RetryInfo)),
        ];
        for ((status, headers, body), want) in cases.iter().zip(expected) {
            let d = ErrorDetails::parse(*status, headers.as_slice(), body.as_bytes());
            let hints = RetryHints::from_details(&d, headers.as_slice(), now);
            assert_eq!(hints.server_delay(), want, "{status} {headers:?}");
            assert_eq!(delay(*status, headers, body), want, "{status} {headers:?}");
        }
        // A RetryInfo delay meets the ceiling of every hint.
        let huge = body.replace("26s", "999999999s");
        assert_eq!(
            delay(429, &[], &huge),
            Some((MAX_HINT, HintSource::RetryInfo))
        );
    }

    #[test]
    fn a_date_in_the_past_means_now() {
        let headers = [("retry-after", "Thu, 01 Jan 1970 00:00:00 GMT")];
        let d = ErrorDetails::parse(503, &headers, b"");
        assert_eq!(
            d.retry_after_at(UNIX_EPOCH + ms(5000)),
            Some(Duration::ZERO)
        );
    }
}
