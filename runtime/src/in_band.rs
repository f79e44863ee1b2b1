//! Errors sent inside successful responses.
//!
//! OpenAI-compatible gateways (OpenRouter among them) sometimes answer `200 OK` and put
//! the failure in the body: `{"error":{"message":"Provider returned error","code":429,…}}`.
//! Once a stream's `200` status line is out, an upstream failure can only arrive that way,
//! as an event whose data is such an object. A client that looks only at the status takes
//! it for a success, and then fails on the missing `choices`.
//!
//! [`in_band_error`] tells, from the first bytes of a body (or of an SSE event), whether it
//! is such an error; [`classify_in_band`] classifies it with the status the error carries
//! ([`in_band_status`]). Neither is applied to successes by default: a success body must be
//! read before it can be looked at, which is the caller's call (see
//! `reqwest_support::send_with_retry_checked` with the `reqwest` feature).

use crate::catalog::Catalog;
use crate::classify::{Classification, classify_envelope};
use crate::envelope::{Envelope, parse_envelope};
use crate::headers::HeaderSource;

/// The status an error inside a success is classified with when its `error.code` is not
/// an HTTP error status (a string code, or none): `502 Bad Gateway`, HTTP's name for "a
/// gateway got a failure from upstream", which is what such a body reports. Like an
/// unknown 502, it is retried unless the body's code names an entry that says otherwise.
pub const DEFAULT_IN_BAND_STATUS: u16 = 502;

/// The JSON document of `body` when it is an error envelope: an object whose **first**
/// member is `"error"` holding an object or a string. `body` may be an SSE event's data
/// line (`data: {"error":…}`); the document returned is then what follows `data:`.
///
/// Cheap: it reads only the first bytes (whitespace, `data:`, `{`, the first key and the
/// start of its value), never the whole body. Only the first member counts, which is where
/// every public quote of such a body has it; a success object that merely has an `error`
/// member further in (OpenAI's Responses API sends `"error": null` in every response) is
/// not one.
pub fn in_band_error(body: &[u8]) -> Option<&[u8]> {
    let mut rest = skip_ws(body);
    if let Some(data) = rest.strip_prefix(b"data:") {
        rest = skip_ws(data);
    }
    let document = rest;
    let rest = skip_ws(rest.strip_prefix(b"{")?);
    let rest = skip_ws(rest.strip_prefix(br#""error""#)?);
    let rest = skip_ws(rest.strip_prefix(b":")?);
    matches!(rest.first(), Some(b'{' | b'"')).then_some(document)
}

/// The status an in-band error stands for: its `error.code` when that is an HTTP error
/// status (`429`, `"429"`), else [`DEFAULT_IN_BAND_STATUS`].
pub fn in_band_status(envelope: &Envelope<'_>) -> u16 {
    envelope
        .code
        .as_deref()
        .and_then(|code| code.parse::<u16>().ok())
        .filter(|status| (400..=599).contains(status))
        .unwrap_or(DEFAULT_IN_BAND_STATUS)
}

/// Classifies a success body against the catalog `C` when it is really an error
/// ([`in_band_error`]), with the status it carries ([`in_band_status`]); `None` for a
/// genuine success. The classification's details keep that status, and the JSON document
/// (without an SSE `data:` prefix) as the raw body.
pub fn classify_in_band<'a, C: Catalog>(
    headers: &'a (impl HeaderSource + ?Sized),
    body: &'a [u8],
) -> Option<Classification<'a, C>> {
    let document = in_band_error(body)?;
    let envelope = parse_envelope(document);
    let status = in_band_status(&envelope);
    Some(classify_envelope(status, headers, document, envelope))
}

fn skip_ws(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_error_first_member_counts() {
        let yes: &[&[u8]] = &[
            br#"{"error":{"message":"m","code":429}}"#,
            b"  {\n  \"error\" : {\"code\":502}}",
            br#"{"error":"model not found"}"#,
            br#"data: {"error":{"message":"m","code":429}}"#,
            // Cut after the value starts: still recognised from the first bytes.
            br#"{"error":{"mess"#,
        ];
        for body in yes {
            assert!(
                in_band_error(body).is_some(),
                "{}",
                String::from_utf8_lossy(body)
            );
        }
        let no: &[&[u8]] = &[
            br#"{"id":"chatcmpl-1","choices":[],"error":{"code":429}}"#,
            br#"{"error":null,"id":"resp_1"}"#,
            br#"{"error":false}"#,
            br#"{"errors":[{"code":1}]}"#,
            br#"[{"error":{"code":429}}]"#,
            b"",
            b"data: [DONE]",
            b"<html>error</html>",
        ];
        for body in no {
            assert!(
                in_band_error(body).is_none(),
                "{}",
                String::from_utf8_lossy(body)
            );
        }
    }

    #[test]
    fn the_document_drops_an_sse_prefix() {
        assert_eq!(
            in_band_error(b"data:  {\"error\":\"x\"}"),
            Some(&b"{\"error\":\"x\"}"[..])
        );
    }

    #[test]
    fn status_comes_from_an_http_code_or_the_default() {
        let status = |body: &str| in_band_status(&parse_envelope(body.as_bytes()));
        assert_eq!(status(r#"{"error":{"code":429}}"#), 429);
        assert_eq!(status(r#"{"error":{"code":"503"}}"#), 503);
        assert_eq!(status(r#"{"error":{"code":200}}"#), DEFAULT_IN_BAND_STATUS);
        assert_eq!(status(r#"{"error":{"code":1015}}"#), DEFAULT_IN_BAND_STATUS);
        assert_eq!(
            status(r#"{"error":{"code":"rate_limit_exceeded"}}"#),
            DEFAULT_IN_BAND_STATUS
        );
        assert_eq!(status(r#"{"error":"text"}"#), DEFAULT_IN_BAND_STATUS);
    }
}
