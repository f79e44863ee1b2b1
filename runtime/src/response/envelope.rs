//! Reading the fields of an HTTP error body, borrowed from the body.
//!
//! Providers wrap their errors in a few envelope shapes:
//!
//! | provider | shape |
//! | --- | --- |
//! | OpenAI | `{"error":{"message","type","param","code"}}`, `code` a string, a number or `null` |
//! | Azure OpenAI | as OpenAI, `code` often a status string (`"429"`), plus `innererror.code` |
//! | Anthropic | `{"type":"error","error":{"type","message"},"request_id"}` |
//! | Google | `{"error":{"code":429,"message","status":"RESOURCE_EXHAUSTED","details":[...]}}`, sometimes in `[...]` |
//! | others | a top-level `message`, `detail`, `code` or `type`, or `"error":"text"` |
//!
//! Of Google's `details` (typed google.rpc messages, each naming itself in `@type`), three
//! say what the status does not: `ErrorInfo.reason` (`API_KEY_INVALID` under a 400
//! `INVALID_ARGUMENT`), `QuotaFailure.violations[].quotaId` (a per-day quota or a
//! per-minute limit under the same 429) and `RetryInfo.retryDelay` (`"36s"`). The first of
//! each is kept; the other detail messages are skipped.
//!
//! [`parse_envelope`] reads all of them with a small hand-written scanner rather than a
//! general JSON parser: it looks only at the handful of fields above, borrows every
//! string that has no escapes (so a typical body costs no allocation), and skips
//! everything else without building it. Its work is bounded ([`MAX_SCAN_BYTES`],
//! [`MAX_DEPTH`]); a body it cannot read (HTML from a proxy, truncated JSON, binary
//! garbage) simply yields the fields found before the problem, often none.

use crate::response::redact::redacted_opt as field;
use std::borrow::Cow;
use std::fmt;

/// Only this many leading bytes of a body are scanned; the rest is ignored.
///
/// Real error bodies are well under 4 KiB (Azure's content-filter reports are the largest);
/// the bound keeps a 10 MB body (a misrouted download, a hostile server) as cheap as a
/// small one. Fields that start beyond it are not seen.
pub const MAX_SCAN_BYTES: usize = 64 * 1024;

/// Arrays and objects nested deeper than this are not followed: the scan stops there and
/// keeps what it found so far.
///
/// Error envelopes are two or three levels deep. The scanner never recurses while skipping
/// (it counts brackets), so the limit is about refusing absurd input, not about the stack.
pub const MAX_DEPTH: usize = 64;

/// The fields of an error body. Every string borrows from the body unless it contained
/// JSON escapes; numbers (`"code": 429`) are kept as their digits.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Envelope<'a> {
    /// `error.type`, else Google's `error.status` (`"RESOURCE_EXHAUSTED"`).
    pub error_type: Option<Cow<'a, str>>,
    /// `error.code`, a string or the digits of a number.
    pub code: Option<Cow<'a, str>>,
    /// Azure's `error.innererror.code` (`"ResponsibleAIPolicyViolation"`).
    pub inner_code: Option<Cow<'a, str>>,
    /// `error.message`, the server's human-readable text.
    pub message: Option<Cow<'a, str>>,
    /// `error.param`, the request parameter at fault.
    pub param: Option<Cow<'a, str>>,
    /// A top-level `request_id` (Anthropic puts one in the body).
    pub request_id: Option<Cow<'a, str>>,
    /// Where Google's `error.details` say what the status does not.
    pub google: GoogleDetails,
}

/// Where the three fields of Google's `error.details` (typed google.rpc messages) that say
/// what the status does not lie in the body: places rather than strings, so that an
/// envelope, and the [`ErrorDetails`](crate::classify::ErrorDetails) that users keep, grow
/// by 24 bytes rather than 72. Read them with the body: `envelope.google.reason.text(body)`.
///
/// A field is kept when it is a string sent without JSON escapes (as Google sends these
/// identifiers); its text is checked as UTF-8 when read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GoogleDetails {
    /// The `reason` of the first `google.rpc.ErrorInfo` (`"API_KEY_INVALID"`,
    /// `"CONSUMER_SUSPENDED"`).
    pub reason: BodyRange,
    /// The `quotaId` of the first violation of the first `google.rpc.QuotaFailure`
    /// (`"GenerateRequestsPerDayPerProjectPerModel-FreeTier"`).
    pub quota_id: BodyRange,
    /// The `retryDelay` of the first `google.rpc.RetryInfo`, as sent (`"36s"`): a delay the
    /// server asks for, read by `parse_retry_delay`.
    pub retry_delay: BodyRange,
}

/// A place in a body; empty when there is nothing there.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BodyRange {
    start: u32,
    end: u32,
}

impl BodyRange {
    /// The range `start..end` (empty, so nothing, when `end <= start`).
    pub const fn new(start: u32, end: u32) -> Self {
        BodyRange { start, end }
    }

    /// Whether the range holds nothing.
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The text at this place in `body`; `None` when empty, outside `body` (a body cut
    /// shorter) or not UTF-8.
    #[inline(always)]
    pub fn text(self, body: &[u8]) -> Option<&str> {
        if self.is_empty() {
            return None;
        }
        core::str::from_utf8(body.get(self.start as usize..self.end as usize)?).ok()
    }
}

impl Envelope<'_> {
    /// Whether no field at all was found.
    pub fn is_empty(&self) -> bool {
        self == &Envelope::default()
    }
}

impl fmt::Debug for Envelope<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Envelope")
            .field("error_type", &field(&self.error_type))
            .field("code", &field(&self.code))
            .field("inner_code", &field(&self.inner_code))
            .field("message", &field(&self.message))
            .field("param", &field(&self.param))
            .field("request_id", &field(&self.request_id))
            .field("google", &self.google)
            .finish()
    }
}

/// Reads the error fields of `body` (see the [module docs](self)). Never fails: what
/// cannot be read is absent.
#[inline]
pub fn parse_envelope(body: &[u8]) -> Envelope<'_> {
    let scanned = &body[..body.len().min(MAX_SCAN_BYTES)];
    // Matched on the spans, not on an `Option<Envelope>`: the envelope is then built
    // straight into the return value, not moved there.
    match openai::read_spans(scanned) {
        Some(spans) => openai::envelope(scanned, spans),
        None => scan::read_fields(scanned),
    }
}

mod cursor;
mod fields;
mod openai;
mod scan;
mod strings;

#[cfg(test)]
mod tests {
    use super::*;

    fn borrowed(v: &Option<Cow<'_, str>>) -> bool {
        matches!(v, Some(Cow::Borrowed(_)))
    }

    #[test]
    fn reads_openai_and_borrows_plain_strings() {
        let body = br#"{"error": {"message": "Bad key sk-abc", "type": "invalid_request_error",
            "param": null, "code": "invalid_api_key"}}"#;
        let env = parse_envelope(body);
        assert_eq!(env.code.as_deref(), Some("invalid_api_key"));
        assert_eq!(env.error_type.as_deref(), Some("invalid_request_error"));
        assert_eq!(env.message.as_deref(), Some("Bad key sk-abc"));
        assert_eq!(env.param, None);
        assert!(borrowed(&env.code) && borrowed(&env.message) && borrowed(&env.error_type));
        assert!(!format!("{env:?}").contains("sk-abc"));
    }

    #[test]
    fn keeps_numeric_codes_as_digits() {
        let env = parse_envelope(
            br#"{"error":{"code":429,"message":"m","status":"RESOURCE_EXHAUSTED"}}"#,
        );
        assert_eq!(env.code.as_deref(), Some("429"));
        assert_eq!(env.error_type.as_deref(), Some("RESOURCE_EXHAUSTED"));
    }

    #[test]
    fn decodes_escapes_into_owned_strings() {
        let env = parse_envelope(br#"{"error":{"message":"a\"b\\c\n\u00e9\ud83d\ude00\ud800x"}}"#);
        assert_eq!(
            env.message.as_deref(),
            Some("a\"b\\c\n\u{e9}\u{1F600}\u{FFFD}x")
        );
        assert!(matches!(env.message, Some(Cow::Owned(_))));
    }

    #[test]
    fn escaped_keys_still_match() {
        let env = parse_envelope(br#"{"error":{"\u0063ode":"x"}}"#);
        assert_eq!(env.code.as_deref(), Some("x"));
    }

    #[test]
    fn keeps_fields_read_before_a_cut() {
        let env = parse_envelope(br#"{"error":{"code":"rate_limit_exceeded","message":"trunc"#);
        assert_eq!(env.code.as_deref(), Some("rate_limit_exceeded"));
        assert_eq!(env.message, None);
    }

    /// `gemini-400-api-key-invalid-1` in `tests/corpus/gemini.json`, as Google sends it
    /// (pretty-printed).
    const GEMINI_API_KEY_INVALID: &[u8] = br#"{
  "error": {
    "code": 400,
    "message": "API key not valid. Please pass a valid API key.",
    "status": "INVALID_ARGUMENT",
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "reason": "API_KEY_INVALID",
        "domain": "googleapis.com",
        "metadata": {
          "service": "generativelanguage.googleapis.com"
        }
      },
      {
        "@type": "type.googleapis.com/google.rpc.LocalizedMessage",
        "locale": "en-US",
        "message": "API key not valid. Please pass a valid API key."
      }
    ]
  }
}
"#;

    /// `gemini-429-free-tier-daily-1`: a per-day quota with a short `RetryInfo`.
    const GEMINI_DAILY: &[u8] = br#"{"error":{"code":429,"message":"You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: https://ai.dev/rate-limit. \n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 20, model: gemini-3.6-flash\nPlease retry in 36.429760048s.","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaMetric":"generativelanguage.googleapis.com/generate_content_free_tier_requests","quotaId":"GenerateRequestsPerDayPerProjectPerModel-FreeTier","quotaDimensions":"[MaxDepth]","quotaValue":"20"}]},{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"36s"}]}}"#;

    /// `gemini-429-retryinfo-1`: a per-minute limit, with `Help` between the two we read.
    const GEMINI_PER_MINUTE: &[u8] = br#"{"error":{"code":429,"message":"You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaMetric":"generativelanguage.googleapis.com/generate_content_free_tier_input_token_count","quotaId":"GenerateContentInputTokensPerModelPerMinute-FreeTier","quotaDimensions":{"location":"global","model":"gemini-2.5-flash"},"quotaValue":"250000"}]},{"@type":"type.googleapis.com/google.rpc.Help","links":[{"description":"Learn more about Gemini API quotas","url":"https://ai.google.dev/gemini-api/docs/rate-limits"}]},{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"26s"}]}}"#;

    /// `gemini-403-consumer-invalid-array-1`: Code Assist's array, a legacy `errors` list
    /// (whose `reason` is not google.rpc's) before the `details`.
    const GEMINI_CONSUMER_INVALID: &[u8] = br#"[{"error":{"code":403,"message":"Permission denied on resource project polynomial-coda-466015-e4.","errors":[{"message":"Permission denied on resource project polynomial-coda-466015-e4.","domain":"global","reason":"forbidden"}],"status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"CONSUMER_INVALID","domain":"googleapis.com","metadata":{"containerInfo":"polynomial-coda-466015-e4","service":"cloudaicompanion.googleapis.com","consumer":"projects/polynomial-coda-466015-e4"}},{"@type":"type.googleapis.com/google.rpc.LocalizedMessage","locale":"en-US","message":"Permission denied on resource project polynomial-coda-466015-e4."}]}}]"#;

    /// The texts of Google's reason, quota id and retry delay in `body`.
    fn google(body: &[u8]) -> [Option<&str>; 3] {
        let g = parse_envelope(body).google;
        [g.reason, g.quota_id, g.retry_delay].map(|at| at.text(body))
    }

    #[test]
    fn reads_google_error_info_reason() {
        assert_eq!(
            google(GEMINI_API_KEY_INVALID),
            [Some("API_KEY_INVALID"), None, None]
        );
        let env = parse_envelope(GEMINI_API_KEY_INVALID);
        assert_eq!(env.code.as_deref(), Some("400"));
        assert_eq!(env.error_type.as_deref(), Some("INVALID_ARGUMENT"));
        // The LocalizedMessage's `message` is not the error's.
        assert_eq!(
            env.message.as_deref(),
            Some("API key not valid. Please pass a valid API key.")
        );
        assert_eq!(
            google(GEMINI_CONSUMER_INVALID),
            [Some("CONSUMER_INVALID"), None, None]
        );
    }

    #[test]
    fn reads_google_quota_id_and_retry_delay() {
        assert_eq!(
            google(GEMINI_DAILY),
            [
                None,
                Some("GenerateRequestsPerDayPerProjectPerModel-FreeTier"),
                Some("36s")
            ]
        );
        assert_eq!(
            google(GEMINI_PER_MINUTE),
            [
                None,
                Some("GenerateContentInputTokensPerModelPerMinute-FreeTier"),
                Some("26s")
            ]
        );
    }

    #[test]
    fn google_details_go_by_their_type_in_any_key_order() {
        // `@type` last, an escaped slash in it, the first of each kind kept, other kinds
        // and values of the wrong shape skipped.
        let body = br#"{"error":{"details":[
                {"reason":"A","@type":"type.googleapis.com\/google.rpc.ErrorInfo"},
                {"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"B"},
                {"@type":"type.googleapis.com/google.rpc.PreconditionFailure","reason":"P",
                 "violations":[{"quotaId":"not-a-quota"}]},
                {"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":{"seconds":3}},
                {"@type":"type.googleapis.com/google.rpc.QuotaFailure",
                 "violations":[7,{"quotaId":null},{"quotaId":"Q\u0031"},{"quotaId":"Q2"}]},
                {"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"0.5s"},
                "text", null, []
            ],"code":429}}"#;
        // An escaped value is not a place in the body: the next plain one is kept.
        assert_eq!(google(body), [Some("A"), Some("Q2"), Some("0.5s")]);
        assert_eq!(parse_envelope(body).code.as_deref(), Some("429"));
        // Untyped or mistyped entries give nothing; `details` that is not a list is skipped.
        for body in [
            &br#"{"error":{"details":[{"reason":"A"}],"code":"c"}}"#[..],
            br#"{"error":{"details":[{"@type":7,"reason":"A"}],"code":"c"}}"#,
            br#"{"error":{"details":{"reason":"A"},"code":"c"}}"#,
            br#"{"error":{"details":"x","code":"c"}}"#,
        ] {
            let env = parse_envelope(body);
            assert_eq!(
                env.google,
                GoogleDetails::default(),
                "{}",
                String::from_utf8_lossy(body)
            );
            assert_eq!(env.code.as_deref(), Some("c"));
        }
    }

    #[test]
    fn google_details_cut_short_keep_what_was_whole() {
        let cut = &GEMINI_DAILY[..GEMINI_DAILY.len() - 10];
        assert_eq!(
            google(cut),
            [
                None,
                Some("GenerateRequestsPerDayPerProjectPerModel-FreeTier"),
                None
            ]
        );
        assert_eq!(
            parse_envelope(cut).error_type.as_deref(),
            Some("RESOURCE_EXHAUSTED")
        );
        // Every cut: never a partial value, never a panic.
        for cut in 0..GEMINI_API_KEY_INVALID.len() {
            let [reason, ..] = google(&GEMINI_API_KEY_INVALID[..cut]);
            assert!(matches!(reason, None | Some("API_KEY_INVALID")));
        }
    }

    #[test]
    fn drops_bad_escapes_and_stops_at_depth() {
        // A bad escape loses that string only.
        let env = parse_envelope(br#"{"message":"\q","code":"c"}"#);
        assert_eq!((env.message, env.code.as_deref()), (None, Some("c")));
        let mut deep = b"{\"x\":".to_vec();
        deep.extend(std::iter::repeat_n(b'[', MAX_DEPTH + 1));
        deep.extend(std::iter::repeat_n(b']', MAX_DEPTH + 1));
        deep.extend(b",\"code\":\"c\"}");
        assert!(parse_envelope(&deep).is_empty());
        let ok = deep.len() - 2 * (MAX_DEPTH + 1) + 2 * MAX_DEPTH;
        let mut shallow = b"{\"x\":".to_vec();
        shallow.extend(std::iter::repeat_n(b'[', MAX_DEPTH));
        shallow.extend(std::iter::repeat_n(b']', MAX_DEPTH));
        shallow.extend(b",\"code\":\"c\"}");
        assert_eq!(shallow.len(), ok);
        assert_eq!(parse_envelope(&shallow).code.as_deref(), Some("c"));
    }
}
