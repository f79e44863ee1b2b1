//! Errors sent inside successful responses.
//!
//! OpenAI-compatible gateways (OpenRouter among them) sometimes answer `200 OK` and put
//! the failure in the body: `{"error":{"message":"Provider returned error","code":429,…}}`.
//! Once a stream's `200` status line is out, an upstream failure can only arrive that way,
//! as an event whose data is such an object. A client that looks only at the status takes
//! it for a success, and then fails on the missing `choices`.
//!
//! Streams have their own error events, sent after the `200`: Anthropic's Messages stream
//! sends `{"type":"error","error":{"type":"overloaded_error",…}}`, OpenAI's Responses API
//! an `error` event whose fields sit at the top level,
//! `{"type":"error","code":"rate_limit_exceeded","message":…,"param":null,"sequence_number":2}`
//! (the `ResponseErrorEvent` schema of OpenAI's OpenAPI spec; live streams have been seen
//! to nest the fields in an `error` member instead, openai/openai-dotnet#881), and a
//! `response.failed` event whose failed response holds the error (Azure's token limit
//! arrives so, earendil-works/pi#1458).
//!
//! [`in_band_error`] tells, from the first bytes of a body (or of an SSE event), whether it
//! is such an error; [`classify_in_band`] classifies it with the status the error carries
//! ([`in_band_status`]). Neither is applied to successes by default: a success body must be
//! read before it can be looked at, which is the caller's call (see
//! `reqwest_support::send_with_retry_checked` with the `reqwest` feature).

use crate::catalog::Catalog;
use crate::classify::{Classification, classify_envelope, status_of_type};
use crate::response::envelope::{Envelope, parse_envelope};
use crate::response::headers::HeaderSource;

/// The status an error inside a success is classified with when its `error.code` is not
/// an HTTP error status (a string code, or none): `502 Bad Gateway`, HTTP's name for "a
/// gateway got a failure from upstream", which is what such a body reports. Like an
/// unknown 502, it is retried unless the body's code names an entry that says otherwise.
pub const DEFAULT_IN_BAND_STATUS: u16 = 502;

/// The JSON document of `body` when it is an error envelope: an object whose **first**
/// member is `"error"` holding an object or a string, or a stream's error event: an object
/// whose first member is `"type":"error"`, followed by the error (Anthropic's
/// `{"type":"error","error":{…}}`) or by the error's own fields (the Responses API's
/// `{"type":"error","code":…,"message":…}`), or the failed response of a Responses-API
/// `response.failed` event (the document is then that response object, whose `error`
/// member the envelope reads). `body` may be an SSE event (`data: {…}`,
/// after an optional `event: error` line); the document returned is then what follows
/// `data:`.
///
/// Cheap: it reads only the first bytes (whitespace, `data:`, `{`, the first key and the
/// start of its value), never the whole body. Only the first member counts, which is where
/// every public quote of such a body has it; a success object that merely has an `error`
/// member further in (OpenAI's Responses API sends `"error": null` in every response) is
/// not one.
pub fn in_band_error(body: &[u8]) -> Option<&[u8]> {
    let mut rest = skip_ws(body);
    if let Some(event) = rest.strip_prefix(b"event:") {
        // The event's name line; its data follows on the next line.
        let line_end = event.iter().position(|&b| b == b'\n')?;
        rest = skip_ws(&event[line_end..]);
    }
    if let Some(data) = rest.strip_prefix(b"data:") {
        rest = skip_ws(data);
    }
    let document = rest;
    let rest = skip_ws(rest.strip_prefix(b"{")?);
    // A stream's error event names itself first: `"type": "error",` then the error, as
    // an `error` member (Anthropic) or as the event's own fields (the Responses API).
    let rest = match member(rest, br#""type""#) {
        Some(value) if value.starts_with(br#""response.failed""#) => {
            return failed_response(&value[br#""response.failed""#.len()..]);
        }
        Some(value) => {
            let value = value.strip_prefix(br#""error""#)?;
            let next = skip_ws(skip_ws(value).strip_prefix(b",")?);
            if member(next, br#""error""#).is_none() {
                return next.starts_with(b"\"").then_some(document);
            }
            next
        }
        None => rest,
    };
    let value = member(rest, br#""error""#)?;
    matches!(value.first(), Some(b'{' | b'"')).then_some(document)
}

/// The Responses API's `response.failed` event carries its error in the failed response
/// object (`{"type":"response.failed","sequence_number":5,"response":{…,"error":{…}}}`):
/// that object is the error's document. `rest` follows the event's type value.
fn failed_response(rest: &[u8]) -> Option<&[u8]> {
    let mut rest = skip_ws(skip_ws(rest).strip_prefix(b",")?);
    if let Some(number) = member(rest, br#""sequence_number""#) {
        let digits = number.iter().take_while(|b| b.is_ascii_digit()).count();
        rest = skip_ws(skip_ws(&number[digits..]).strip_prefix(b",")?);
    }
    let response = member(rest, br#""response""#)?;
    response.starts_with(b"{").then_some(response)
}

/// What follows `key` and its colon at the start of `bytes`, whitespace skipped.
fn member<'b>(bytes: &'b [u8], key: &[u8]) -> Option<&'b [u8]> {
    let rest = skip_ws(bytes.strip_prefix(key)?);
    Some(skip_ws(rest.strip_prefix(b":")?))
}

/// The status an in-band error stands for, knowing no catalog: its `error.code` when that
/// is an HTTP error status (`429`, `"429"`), else [`DEFAULT_IN_BAND_STATUS`].
pub fn in_band_status(envelope: &Envelope<'_>) -> u16 {
    http_code(envelope).unwrap_or(DEFAULT_IN_BAND_STATUS)
}

/// [`in_band_status`], but an error the catalog `C` knows stands for the status it would
/// have come with: a code string `C` knows, the own status of its entry (a Responses-API
/// `rate_limit_exceeded` event is the 429 it would have been); else a `type` `C` knows, the
/// status of that type's entry (its type fallback, else the first: an Anthropic
/// `overloaded_error` event inside a 200 stream is a 529).
pub fn in_band_status_in<C: Catalog>(envelope: &Envelope<'_>) -> u16 {
    in_band_status_with(
        envelope,
        |code| C::from_code(code).map(|c| c.entry().status),
        |ty| status_of_type(C::ALL.iter().map(|c| c.entry()), ty),
    )
}

/// [`in_band_status_in`] for any entry list: `status_of_code` and `status_of_type` give the
/// status a code string and a `type` stand for, when the list knows them (see
/// [`status_of_type`]).
pub fn in_band_status_with(
    envelope: &Envelope<'_>,
    status_of_code: impl FnOnce(&str) -> Option<u16>,
    status_of_type: impl FnOnce(&str) -> Option<u16>,
) -> u16 {
    http_code(envelope)
        .or_else(|| envelope.code.as_deref().and_then(status_of_code))
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
    fn responses_api_stream_error_events_count() {
        // As OpenAI's API reference documents the `error` event: fields at the top level.
        let flat = br#"{"type":"error","code":"rate_limit_exceeded","message":"m","param":null,"sequence_number":2}"#;
        assert_eq!(in_band_error(flat), Some(&flat[..]));
        let envelope = parse_envelope(flat);
        assert_eq!(envelope.code.as_deref(), Some("rate_limit_exceeded"));
        assert_eq!(envelope.message.as_deref(), Some("m"));
        // As openai/openai-dotnet#881 quotes a live one: the number first, then `error`.
        let nested = br#"{"type":"error","sequence_number":2,"error":{"type":"too_many_requests","code":"too_many_requests","message":"Too Many Requests","param":null}}"#;
        let document = in_band_error(nested).expect("nested event");
        assert_eq!(
            parse_envelope(document).code.as_deref(),
            Some("too_many_requests")
        );
        // With the SSE framing around it.
        let sse = b"event: error\ndata: {\"type\":\"error\",\"code\":\"server_error\",\"message\":\"m\"}\n\n";
        assert_eq!(
            in_band_error(sse).map(|d| parse_envelope(d).code),
            Some(Some("server_error".into()))
        );
        // An event name line alone, or a non-error event, is not an error.
        assert_eq!(in_band_error(b"event: error"), None);
        assert_eq!(
            in_band_error(
                br#"{"type":"response.completed","sequence_number":9,"response":{"error":null}}"#
            ),
            None
        );
    }

    #[test]
    fn failed_responses_hand_over_their_response_object() {
        // earendil-works/pi#1458 quotes Azure's token limit arriving so.
        let event = br#"{"type":"response.failed","response":{"status":"failed","error":{"code":"rate_limit_exceeded","message":"Requests to the Operation have exceeded token rate limit"}}}"#;
        let document = in_band_error(event).expect("failed response");
        assert!(document.starts_with(br#"{"status":"failed""#));
        let envelope = parse_envelope(document);
        assert_eq!(envelope.code.as_deref(), Some("rate_limit_exceeded"));
        let numbered = br#"data: {"type":"response.failed","sequence_number":14,"response":{"id":"resp_1","error":{"code":"server_error","message":"m"}}}"#;
        let envelope = parse_envelope(in_band_error(numbered).expect("numbered"));
        assert_eq!(envelope.code.as_deref(), Some("server_error"));
        assert_eq!(
            in_band_error(br#"{"type":"response.failed","response":null}"#),
            None
        );
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
