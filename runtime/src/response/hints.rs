//! What the server says about retrying, read from response headers and messages.
//!
//! Servers tell clients when to come back in several ways: `retry-after-ms` (OpenAI,
//! fractional milliseconds), `Retry-After` (RFC 9110: seconds or an HTTP date),
//! `x-ratelimit-reset-requests` / `x-ratelimit-reset-tokens` (Go-style durations such as
//! `"6m0s"`), `x-should-retry`, in Google bodies the `retryDelay` of a `google.rpc.RetryInfo`
//! detail (`"36s"`) and, in OpenAI rate-limit messages, "Please try again in 20s".
//! [`RetryHints`] collects them; [`retry::decide`](crate::retry::decide) weighs them.
//!
//! Every value comes from the network and is treated as hostile: negative, NaN, garbage or
//! overlong values are ignored, huge ones are clamped to [`MAX_HINT`]. Nothing here panics.

use core::time::Duration;
use std::time::SystemTime;

use crate::classify::ErrorDetails;
use crate::response::headers::{HeaderSource, parse_count};

/// The longest delay a hint can ask for; longer requests are clamped to it.
///
/// A day is far above any sane ceiling for server delays
/// (two minutes by default), so
/// a clamped hint still stops the retry with
/// [`StopReason::HintTooLong`](crate::retry::StopReason::HintTooLong), and no later
/// arithmetic on it can overflow.
pub const MAX_HINT: Duration = Duration::from_secs(24 * 60 * 60);

/// Header values longer than this are ignored: no legitimate hint needs more, and it bounds
/// the work done on hostile input.
const MAX_VALUE_LEN: usize = 64;

/// How far into a message to look for "try again in": real messages are short, and hostile
/// ones must not cost a full scan of a huge string.
const MAX_MESSAGE_SCAN: usize = 4096;

/// Where a server-requested delay came from, in order of precedence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HintSource {
    /// The `retry-after-ms` header.
    RetryAfterMs,
    /// The `Retry-After` header, in seconds or as an HTTP date.
    RetryAfter,
    /// `x-ratelimit-reset-requests` / `x-ratelimit-reset-tokens`.
    RateLimitReset,
    /// The `retryDelay` of Google's `google.rpc.RetryInfo` body detail.
    RetryInfo,
    /// "try again in …" inside the error message.
    Message,
}

impl HintSource {
    /// A short name for logs (`"retry-after"`).
    pub const fn as_str(self) -> &'static str {
        match self {
            HintSource::RetryAfterMs => "retry-after-ms",
            HintSource::RetryAfter => "retry-after",
            HintSource::RateLimitReset => "x-ratelimit-reset",
            HintSource::RetryInfo => "retry-info",
            HintSource::Message => "message",
        }
    }
}

/// Everything a response says about retrying it, already parsed and sanitised.
///
/// Build it with [`RetryHints::from_response`] (or [`from_headers`](RetryHints::from_headers)
/// plus [`with_message`](RetryHints::with_message)); the retry decision reads
/// [`server_delay`](RetryHints::server_delay) and [`should_retry`](RetryHints::should_retry).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RetryHints {
    /// `retry-after-ms`, when present and sane.
    pub retry_after_ms: Option<Duration>,
    /// `Retry-After` (seconds, or an HTTP date relative to "now"), when present and sane.
    pub retry_after: Option<Duration>,
    /// `x-ratelimit-reset-requests`, when present and sane.
    pub reset_requests: Option<Duration>,
    /// `x-ratelimit-reset-tokens`, when present and sane.
    pub reset_tokens: Option<Duration>,
    /// `x-ratelimit-remaining-requests`, used to tell which limit was hit.
    pub remaining_requests: Option<u64>,
    /// `x-ratelimit-remaining-tokens`, used to tell which limit was hit.
    pub remaining_tokens: Option<u64>,
    /// `x-ratelimit-limit-requests`: the size of the request window (for the rate limiter).
    pub limit_requests: Option<u64>,
    /// `x-ratelimit-limit-tokens`: the size of the token window (for the rate limiter).
    pub limit_tokens: Option<u64>,
    /// The `retryDelay` of Google's `RetryInfo` body detail, when present and sane.
    pub retry_info: Option<Duration>,
    /// The "try again in 20s" hint of a rate-limit message.
    pub message_delay: Option<Duration>,
    /// `x-should-retry: true|false`.
    pub should_retry: Option<bool>,
    /// The response was a rate limit (HTTP 429): only then do the reset headers, which
    /// every response carries, explain how long to wait.
    pub rate_limited: bool,
}

impl RetryHints {
    /// No hints at all (what a transport error, which has no response, gets).
    pub const NONE: RetryHints = RetryHints {
        retry_after_ms: None,
        retry_after: None,
        reset_requests: None,
        reset_tokens: None,
        remaining_requests: None,
        remaining_tokens: None,
        limit_requests: None,
        limit_tokens: None,
        retry_info: None,
        message_delay: None,
        should_retry: None,
        rate_limited: false,
    };

    /// Reads every hint header. `now` turns an HTTP-date `Retry-After` into a delay.
    ///
    /// The reset headers are kept but only count once [`rate_limited`](Self::rate_limited)
    /// is set; [`from_response`](Self::from_response) does that for a 429.
    pub fn from_headers<H: HeaderSource + ?Sized>(headers: &H, now: SystemTime) -> RetryHints {
        RetryHints {
            retry_after_ms: headers
                .header("retry-after-ms")
                .and_then(parse_retry_after_ms),
            retry_after: headers
                .header("retry-after")
                .and_then(|v| parse_retry_after(v, now)),
            should_retry: headers
                .header("x-should-retry")
                .and_then(parse_should_retry),
            ..RetryHints::limits_from_headers(headers)
        }
    }

    /// Only the `x-ratelimit-*` headers: what the rate limiter reads of every response,
    /// successes included (the delays matter to it only on a 429).
    pub(crate) fn limits_from_headers<H: HeaderSource + ?Sized>(headers: &H) -> RetryHints {
        RetryHints {
            reset_requests: headers
                .header("x-ratelimit-reset-requests")
                .and_then(parse_go_duration),
            reset_tokens: headers
                .header("x-ratelimit-reset-tokens")
                .and_then(parse_go_duration),
            remaining_requests: headers
                .header("x-ratelimit-remaining-requests")
                .and_then(parse_count),
            remaining_tokens: headers
                .header("x-ratelimit-remaining-tokens")
                .and_then(parse_count),
            limit_requests: headers
                .header("x-ratelimit-limit-requests")
                .and_then(parse_count),
            limit_tokens: headers
                .header("x-ratelimit-limit-tokens")
                .and_then(parse_count),
            ..RetryHints::NONE
        }
    }

    /// Reads the hints of a whole error response: its headers and, for a rate limit (429),
    /// the "try again in …" of its message.
    pub fn from_response<H: HeaderSource + ?Sized>(
        status: u16,
        headers: &H,
        message: Option<&str>,
        now: SystemTime,
    ) -> RetryHints {
        let mut hints = RetryHints::from_headers(headers, now);
        hints.rate_limited = status == 429;
        if let (true, Some(message)) = (hints.rate_limited, message) {
            hints = hints.with_message(message);
        }
        hints
    }

    #[doc(hidden)]
    /// Reads the hints of an error response already read into [`ErrorDetails`]: what
    /// [`from_response`](Self::from_response) reads, and the body's `RetryInfo` delay.
    pub fn from_details<H: HeaderSource + ?Sized>(
        details: &ErrorDetails<'_>,
        headers: &H,
        now: SystemTime,
    ) -> RetryHints {
        let hints =
            RetryHints::from_response(details.status(), headers, details.message_unredacted(), now);
        match details.retry_delay() {
            Some(delay) => hints.with_retry_info(delay),
            None => hints,
        }
    }

    #[doc(hidden)]
    /// Adds the `retryDelay` of a Google `RetryInfo` detail (`"36s"`), if it is sane.
    #[must_use]
    pub fn with_retry_info(mut self, retry_delay: &str) -> RetryHints {
        self.retry_info = parse_retry_delay(retry_delay);
        self
    }

    #[doc(hidden)]
    /// Adds the "try again in …" hint of an error message, if it has one.
    #[must_use]
    pub fn with_message(mut self, message: &str) -> RetryHints {
        self.message_delay = parse_message_delay(message);
        self
    }

    /// The delay the server asked for, if any, and where it came from.
    ///
    /// Precedence: `retry-after-ms`, `Retry-After`, the reset headers (rate limits only),
    /// the body's `RetryInfo`, then the message. Of the reset headers, those of an
    /// exhausted limit (remaining `0`) count; when the remaining counts are absent both
    /// do, and the longer one wins so a retry does not arrive before the window it needs
    /// has reset.
    pub fn server_delay(&self) -> Option<(Duration, HintSource)> {
        if let Some(d) = self.retry_after_ms {
            return Some((d, HintSource::RetryAfterMs));
        }
        if let Some(d) = self.retry_after {
            return Some((d, HintSource::RetryAfter));
        }
        if let Some(d) = self.reset_delay() {
            return Some((d, HintSource::RateLimitReset));
        }
        if let Some(d) = self.retry_info {
            return Some((d, HintSource::RetryInfo));
        }
        self.message_delay.map(|d| (d, HintSource::Message))
    }

    fn reset_delay(&self) -> Option<Duration> {
        if !self.rate_limited {
            return None;
        }
        // A limit with requests left is not the one that was hit.
        let exhausted = |remaining: Option<u64>| remaining.is_none_or(|n| n == 0);
        let requests = self
            .reset_requests
            .filter(|_| exhausted(self.remaining_requests));
        let tokens = self
            .reset_tokens
            .filter(|_| exhausted(self.remaining_tokens));
        match (requests, tokens) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        }
    }
}

/// Whether a header value is short enough to look at.
fn sane_len(value: &str) -> Option<&str> {
    let value = value.trim();
    (!value.is_empty() && value.len() <= MAX_VALUE_LEN).then_some(value)
}

/// Turns a number of seconds into a duration: NaN, infinite and negative values are
/// rejected, huge ones clamped to [`MAX_HINT`].
fn secs_to_duration(secs: f64) -> Option<Duration> {
    if !secs.is_finite() || secs < 0.0 {
        return None;
    }
    if secs >= MAX_HINT.as_secs_f64() {
        return Some(MAX_HINT);
    }
    Duration::try_from_secs_f64(secs).ok()
}

/// Parses a plain decimal number (`"20"`, `"1.5"`, `".5"`), refusing what `f64::from_str`
/// would also accept but no server means: signs, exponents, `inf`, `NaN`.
fn parse_decimal(s: &str) -> Option<f64> {
    let mut dots = 0;
    let mut digits = 0;
    for b in s.bytes() {
        match b {
            b'0'..=b'9' => digits += 1,
            b'.' => dots += 1,
            _ => return None,
        }
    }
    if digits == 0 || dots > 1 {
        return None;
    }
    s.parse::<f64>().ok()
}

/// Parses `retry-after-ms`: a non-negative number of milliseconds, possibly fractional.
#[doc(hidden)] // for the property tests and fuzz invariants; not a public API
pub fn parse_retry_after_ms(value: &str) -> Option<Duration> {
    let ms = parse_decimal(sane_len(value)?)?;
    secs_to_duration(ms / 1000.0)
}

/// Parses `Retry-After`: delay-seconds (integer or, leniently, fractional) or an HTTP date,
/// which is turned into the time left until then from `now` (zero if already past).
#[doc(hidden)] // for the property tests and fuzz invariants; not a public API
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = sane_len(value)?;
    if let Some(secs) = parse_decimal(value) {
        return secs_to_duration(secs);
    }
    let at = httpdate::parse_http_date(value).ok()?;
    // A date in the past means "now".
    let left = at.duration_since(now).unwrap_or(Duration::ZERO);
    Some(left.min(MAX_HINT))
}

/// Parses `x-should-retry`: `true` or `false`, any case; anything else is no hint.
#[doc(hidden)] // for the property tests and fuzz invariants; not a public API
pub fn parse_should_retry(value: &str) -> Option<bool> {
    let value = value.trim();
    if value.eq_ignore_ascii_case("true") {
        Some(true)
    } else if value.eq_ignore_ascii_case("false") {
        Some(false)
    } else {
        None
    }
}

/// Parses the `retryDelay` of a Google `RetryInfo` detail: a `google.protobuf.Duration` in
/// its JSON form, seconds with up to nine decimals and an `s` (`"36s"`, `"0.5s"`,
/// `"1.000340012s"`). Signs, other units and garbage are rejected; huge values clamp to
/// [`MAX_HINT`].
#[doc(hidden)] // for the property tests and fuzz invariants; not a public API
pub fn parse_retry_delay(value: &str) -> Option<Duration> {
    let secs = sane_len(value)?.strip_suffix('s')?;
    secs_to_duration(parse_decimal(secs)?)
}

/// Parses a Go-style duration as the rate-limit reset headers send it: `"1s"`, `"6m0s"`,
/// `"20ms"`, `"1h2m3.5s"`, `"0.5s"`; a bare `"0"` is zero. Units: `h`, `m`, `s`, `ms`,
/// `us`/`µs`, `ns`. Signs and unknown units are rejected; huge values clamp to [`MAX_HINT`].
#[doc(hidden)] // for the property tests and fuzz invariants; not a public API
pub fn parse_go_duration(value: &str) -> Option<Duration> {
    let value = sane_len(value)?;
    if value == "0" {
        return Some(Duration::ZERO);
    }
    let mut rest = value;
    let mut secs = 0.0_f64;
    while !rest.is_empty() {
        let num_len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        let number = parse_decimal(&rest[..num_len])?;
        rest = &rest[num_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let scale = match &rest[..unit_len] {
            "h" => 3600.0,
            "m" => 60.0,
            "s" => 1.0,
            "ms" => 1e-3,
            "us" | "µs" | "μs" => 1e-6,
            "ns" => 1e-9,
            _ => return None,
        };
        rest = &rest[unit_len..];
        // Floats cannot overflow into UB; the sum is clamped below.
        secs += number * scale;
    }
    secs_to_duration(secs)
}

/// Finds the delay a message asks for (any case): OpenAI's "try again in 20s" / "1.5s" /
/// "300ms" / "6m0s" (a Go-style duration), Gemini's "Please retry in 36.4s", and Azure's
/// "Please retry after 86400 seconds" / "Try again in 50 seconds" (a number and a unit
/// word). The first phrase in the message decides.
#[doc(hidden)] // for the property tests and fuzz invariants; not a public API
pub fn parse_message_delay(message: &str) -> Option<Duration> {
    const PHRASES: [&[u8]; 3] = [b"try again in ", b"retry after ", b"retry in "];
    let bytes = message.as_bytes();
    let scan = &bytes[..bytes.len().min(MAX_MESSAGE_SCAN)];
    let (at, phrase) = (0..scan.len()).find_map(|i| {
        PHRASES.iter().find_map(|p| {
            scan.get(i..i + p.len())
                .filter(|w| w.eq_ignore_ascii_case(p))
                .map(|_| (i, p.len()))
        })
    })?;
    // The phrases are ASCII, so `start` is a char boundary.
    let tail = message.get(at + phrase..)?;
    let end = tail
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == 'µ'))
        .unwrap_or(tail.len());
    // "in 20s." ends a sentence: the final dot is punctuation, not a decimal point.
    let token = tail[..end].trim_end_matches('.');
    parse_go_duration(token).or_else(|| number_and_unit_word(token, &tail[end..]))
}

/// `86400` followed by ` seconds` (or `second`, `sec`, `s`, `milliseconds`, `ms`,
/// `minutes`, `min`): the spelled-out form of a delay.
fn number_and_unit_word(number: &str, rest: &str) -> Option<Duration> {
    let number = parse_decimal(number)?;
    let word = rest.strip_prefix(' ')?;
    let word = &word[..word
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(word.len())];
    let scale = match word.to_ascii_lowercase().as_str() {
        "seconds" | "second" | "secs" | "sec" | "s" => 1.0,
        "milliseconds" | "millisecond" | "ms" => 1e-3,
        "minutes" | "minute" | "mins" | "min" => 60.0,
        _ => return None,
    };
    secs_to_duration(number * scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u64) -> Option<Duration> {
        Some(Duration::from_millis(n))
    }

    #[test]
    fn retry_after_ms_accepts_fractions_and_rejects_garbage() {
        assert_eq!(parse_retry_after_ms("1500"), ms(1500));
        assert_eq!(
            parse_retry_after_ms(" 0.5 "),
            Some(Duration::from_micros(500))
        );
        for bad in ["", "-1", "NaN", "inf", "1e3", "abc", "1.2.3", "+5"] {
            assert_eq!(parse_retry_after_ms(bad), None, "{bad:?}");
        }
        assert_eq!(parse_retry_after_ms("99999999999999999999"), Some(MAX_HINT));
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let now = httpdate::parse_http_date("Wed, 21 Oct 2015 07:28:00 GMT").unwrap();
        assert_eq!(parse_retry_after("3", now), ms(3000));
        assert_eq!(parse_retry_after("1.5", now), ms(1500));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now),
            ms(30_000)
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:27:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("-3", now), None);
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after(&"9".repeat(200), now), None);
    }

    #[test]
    fn go_durations() {
        assert_eq!(parse_go_duration("1s"), ms(1000));
        assert_eq!(parse_go_duration("6m0s"), ms(360_000));
        assert_eq!(parse_go_duration("20ms"), ms(20));
        assert_eq!(parse_go_duration("1h2m3.5s"), ms(3_723_500));
        assert_eq!(parse_go_duration("0.5s"), ms(500));
        assert_eq!(parse_go_duration("0"), Some(Duration::ZERO));
        for bad in ["", "s", "1", "-1s", "1x", "1..5s", "NaNs", "1s-"] {
            assert_eq!(parse_go_duration(bad), None, "{bad:?}");
        }
        assert_eq!(parse_go_duration("9999999h"), Some(MAX_HINT));
    }

    #[test]
    fn retry_delay_reads_protobuf_durations_only() {
        assert_eq!(parse_retry_delay("36s"), ms(36_000));
        assert_eq!(parse_retry_delay("0.5s"), ms(500));
        assert_eq!(
            parse_retry_delay("1.000340012s"),
            Some(Duration::new(1, 340_012))
        );
        assert_eq!(parse_retry_delay(" 0s "), Some(Duration::ZERO));
        for bad in [
            "", "s", "36", "-1s", "1m", "6m0s", "1e3s", "NaNs", "36 s", "+1s", "1..5s",
        ] {
            assert_eq!(parse_retry_delay(bad), None, "{bad:?}");
        }
        assert_eq!(parse_retry_delay("99999999999s"), Some(MAX_HINT));
    }

    #[test]
    fn retry_info_ranks_below_the_headers_and_above_the_message() {
        let now = SystemTime::UNIX_EPOCH;
        let hints = RetryHints::from_response(429, &(), Some("Please retry in 36.4s."), now)
            .with_retry_info("36s");
        assert_eq!(
            hints.server_delay(),
            Some((Duration::from_secs(36), HintSource::RetryInfo))
        );
        let h = [("retry-after", "2")];
        let hints = RetryHints::from_response(429, &h, None, now).with_retry_info("36s");
        assert_eq!(
            hints.server_delay().map(|d| d.1),
            Some(HintSource::RetryAfter)
        );
        // Unlike the message's, it counts whatever the status: it is not prose.
        let hints = RetryHints::from_response(503, &(), None, now).with_retry_info("0.5s");
        assert_eq!(
            hints.server_delay(),
            Some((ms(500).unwrap(), HintSource::RetryInfo))
        );
        let hints = RetryHints::from_response(429, &(), None, now).with_retry_info("soon");
        assert_eq!(hints.server_delay(), None);
    }

    #[test]
    fn should_retry_is_strict() {
        assert_eq!(parse_should_retry("true"), Some(true));
        assert_eq!(parse_should_retry(" FALSE "), Some(false));
        assert_eq!(parse_should_retry("1"), None);
        assert_eq!(parse_should_retry("yes"), None);
    }

    #[test]
    fn message_hints() {
        let m = "Rate limit reached for gpt-4 in organization org-x on tokens per min. \
                 Limit: 10000, Used: 9800, Requested: 500. Please try again in 20s. Visit …";
        assert_eq!(parse_message_delay(m), ms(20_000));
        assert_eq!(parse_message_delay("Try again in 1.5s."), ms(1500));
        assert_eq!(parse_message_delay("please try again in 300ms"), ms(300));
        assert_eq!(parse_message_delay("try again in 6m0s."), ms(360_000));
        assert_eq!(parse_message_delay("try again in a while"), None);
        assert_eq!(parse_message_delay("try again in -5s"), None);
        assert_eq!(parse_message_delay("no hint here"), None);
        assert_eq!(parse_message_delay("try again in ✓"), None);
        // Gemini and Azure spell it their own ways.
        assert_eq!(parse_message_delay("Please retry in 36.4s."), ms(36_400));
        assert_eq!(
            parse_message_delay("Please retry after 86400 seconds."),
            Some(MAX_HINT.min(Duration::from_secs(86_400)))
        );
        assert_eq!(parse_message_delay("Try again in 50 seconds."), ms(50_000));
        assert_eq!(parse_message_delay("retry after 1 minute"), ms(60_000));
        assert_eq!(parse_message_delay("retry after 5 parsecs"), None);
        assert_eq!(parse_message_delay("retry after NaN seconds"), None);
        assert_eq!(parse_message_delay("retry after"), None);
    }

    #[test]
    fn precedence_and_rate_limit_only_resets() {
        let now = SystemTime::UNIX_EPOCH;
        let h = [
            ("retry-after", "2"),
            ("retry-after-ms", "150"),
            ("x-ratelimit-reset-requests", "1s"),
        ];
        let hints = RetryHints::from_response(429, &h, Some("try again in 9s"), now);
        assert_eq!(
            hints.server_delay(),
            Some((Duration::from_millis(150), HintSource::RetryAfterMs))
        );

        let h = [
            ("x-ratelimit-reset-requests", "1s"),
            ("x-ratelimit-reset-tokens", "6m0s"),
            ("x-ratelimit-remaining-requests", "0"),
            ("x-ratelimit-remaining-tokens", "1200"),
        ];
        let hints = RetryHints::from_response(429, &h, Some("try again in 9s"), now);
        assert_eq!(
            hints.server_delay(),
            Some((Duration::from_secs(1), HintSource::RateLimitReset))
        );
        // A 500 also carries reset headers; they say nothing about the failure.
        let hints = RetryHints::from_response(500, &h, None, now);
        assert_eq!(hints.server_delay(), None);

        let hints = RetryHints::from_response(429, &(), Some("try again in 9s"), now);
        assert_eq!(
            hints.server_delay(),
            Some((Duration::from_secs(9), HintSource::Message))
        );
    }

    #[test]
    fn both_resets_without_remaining_take_the_longer() {
        let h = [
            ("x-ratelimit-reset-requests", "1s"),
            ("x-ratelimit-reset-tokens", "20ms"),
        ];
        let hints = RetryHints::from_response(429, &h, None, SystemTime::UNIX_EPOCH);
        assert_eq!(hints.server_delay().map(|d| d.0), ms(1000));
    }
}
