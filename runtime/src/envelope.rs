//! Reading the fields of an HTTP error body, borrowed from the body.
//!
//! Providers wrap their errors in a few envelope shapes:
//!
//! | provider | shape |
//! | --- | --- |
//! | OpenAI | `{"error":{"message","type","param","code"}}`, `code` a string, a number or `null` |
//! | Azure OpenAI | as OpenAI, `code` often a status string (`"429"`), plus `innererror.code` |
//! | Anthropic | `{"type":"error","error":{"type","message"},"request_id"}` |
//! | Google | `{"error":{"code":429,"message","status":"RESOURCE_EXHAUSTED"}}`, sometimes in `[...]` |
//! | others | a top-level `message`, `detail`, `code` or `type`, or `"error":"text"` |
//!
//! [`parse_envelope`] reads all of them with a small hand-written scanner rather than a
//! general JSON parser: it looks only at the handful of fields above, borrows every
//! string that has no escapes (so a typical body costs no allocation), and skips
//! everything else without building it. Its work is bounded ([`MAX_SCAN_BYTES`],
//! [`MAX_DEPTH`]); a body it cannot read (HTML from a proxy, truncated JSON, binary
//! garbage) simply yields the fields found before the problem, often none.

use crate::redact::redacted_opt as field;
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
