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
use crate::classify::{Classification, classify_envelope, status_of_type};
use crate::envelope::{Envelope, parse_envelope};
use crate::headers::HeaderSource;

/// The status an error inside a success is classified with when its `error.code` is not
/// an HTTP error status (a string code, or none): `502 Bad Gateway`, HTTP's name for "a
/// gateway got a failure from upstream", which is what such a body reports. Like an
/// unknown 502, it is retried unless the body's code names an entry that says otherwise.
pub const DEFAULT_IN_BAND_STATUS: u16 = 502;

/// The JSON document of `body` when it is an error envelope: an object whose **first**
/// member is `"error"` holding an object or a string, or Anthropic's stream error event,
/// `{"type":"error","error":{…}}`. `body` may be an SSE event's data line
/// (`data: {"error":…}`); the document returned is then what follows `data:`.
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
    // Anthropic's stream event names itself first: `"type": "error",` then the error.
    let rest = match member(rest, br#""type""#) {
        Some(value) => {
            let value = value.strip_prefix(br#""error""#)?;
            skip_ws(skip_ws(value).strip_prefix(b",")?)
        }
        None => rest,
    };
    let value = member(rest, br#""error""#)?;
    matches!(value.first(), Some(b'{' | b'"')).then_some(document)
}

/// What follows `key` and its colon at the start of `bytes`, whitespace skipped.
fn member<'b>(bytes: &'b [u8], key: &[u8]) -> Option<&'b [u8]> {
    let rest = skip_ws(bytes.strip_prefix(key)?);
    Some(skip_ws(rest.strip_prefix(b":")?))
}

/// The status an in-band error stands for: its `error.code` when that is an HTTP error
/// status (`429`, `"429"`), else [`DEFAULT_IN_BAND_STATUS`].
pub fn in_band_status(envelope: &Envelope<'_>) -> u16 {
    http_code(envelope).unwrap_or(DEFAULT_IN_BAND_STATUS)
}

/// [`in_band_status`], but an error with no HTTP code and a `type` the catalog `C` knows
/// stands for the status of that type's entry (its type fallback, else the first): an
/// Anthropic `overloaded_error` event inside a 200 stream is the 529 it would have been.
pub fn in_band_status_in<C: Catalog>(envelope: &Envelope<'_>) -> u16 {
    in_band_status_with(envelope, |ty| {
        status_of_type(C::ALL.iter().map(|c| c.entry()), ty)
    })
}

/// [`in_band_status_in`] for any entry list: `status_of_type` gives the status a `type`
/// stands for, when the list knows the type (see [`status_of_type`]).
pub fn in_band_status_with(
    envelope: &Envelope<'_>,
    status_of_type: impl FnOnce(&str) -> Option<u16>,
) -> u16 {
    http_code(envelope)
        .or_else(|| envelope.error_type.as_deref().and_then(status_of_type))
        .unwrap_or(DEFAULT_IN_BAND_STATUS)
}

/// `error.code` when it is an HTTP error status.
fn http_code(envelope: &Envelope<'_>) -> Option<u16> {
    envelope
        .code
        .as_deref()
        .and_then(|code| code.parse::<u16>().ok())
        .filter(|status| (400..=599).contains(status))
}

/// Classifies a success body against the catalog `C` when it is really an error
/// ([`in_band_error`]), with the status it stands for ([`in_band_status_in`]); `None` for a
/// genuine success. The classification's details keep that status, and the JSON document
/// (without an SSE `data:` prefix) as the raw body.
pub fn classify_in_band<'a, C: Catalog>(
    headers: &'a (impl HeaderSource + ?Sized),
    body: &'a [u8],
) -> Option<Classification<'a, C>> {
    let document = in_band_error(body)?;
    let envelope = parse_envelope(document);
    let status = in_band_status_in::<C>(&envelope);
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
    fn anthropic_stream_error_events_count() {
        // anthropics/claude-code issues quote this event inside a 200 stream.
        let event = br#"{"type": "error", "error": {"details": null, "type": "overloaded_error", "message": "Overloaded"}}"#;
        assert_eq!(in_band_error(event), Some(&event[..]));
        let sse = br#"data: {"type":"error","error":{"type":"api_error","message":"m"}}"#;
        assert!(in_band_error(sse).is_some());
        // Other typed events are not errors.
        assert_eq!(
            in_band_error(br#"{"type":"message_start","message":{}}"#),
            None
        );
        assert_eq!(in_band_error(br#"{"type":"error"}"#), None);
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
