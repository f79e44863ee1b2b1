//! The fast path of [`parse_envelope`](super::parse_envelope) for the body nearly every
//! OpenAI-compatible error has: `{"error":{...}}` whose keys are among `message`, `type`,
//! `param` and `code`, each a string, a number or `null`. One straight walk with no
//! bookkeeping for other shapes; anything else (another key, a nested value, a second
//! top-level key, a cut) gives up, and the general walk reads the body instead.

use super::cursor::{Cursor, Key, Malformed, Step};
use super::fields::{Span, Text};
use super::{Envelope, GoogleDetails};

/// The spans of `message`, `type`, `param` and `code` of an OpenAI-shaped body, or
/// `None` when the body is shaped otherwise.
#[inline(always)]
pub(super) fn read_spans(buf: &[u8]) -> Option<[Span; 4]> {
    walk(&mut Cursor::new(buf)).ok()
}

/// The envelope of the spans [`read_spans`] found.
#[inline(always)]
pub(super) fn envelope(buf: &[u8], spans: [Span; 4]) -> Envelope<'_> {
    let text = Text::new(buf, &spans);
    let [message, error_type, param, code] = spans;
    Envelope {
        error_type: text.get(error_type),
        code: text.get(code),
        inner_code: None,
        message: text.get(message),
        param: text.get(param),
        request_id: None,
        google: GoogleDetails::default(),
    }
}

/// The spans of `message`, `type`, `param` and `code`.
#[inline(always)]
fn walk(c: &mut Cursor<'_>) -> Step<[Span; 4]> {
    // OpenAI's spacing (four-space indent, `": "`) is one constant comparison at each
    // end; any other goes token by token.
    const OPENAI_START: &[u8; 16] = b"{\n    \"error\": {";
    const OPENAI_END: &[u8; 8] = b"\n    }\n}";
    let mut spans = [Span::default(); 4];
    if c.buf.first_chunk() == Some(OPENAI_START) {
        c.pos = OPENAI_START.len();
    } else {
        c.expect(b'{')?;
        c.open_key()?;
        if c.key()? != Key::Error {
            return Err(Malformed);
        }
        c.colon()?;
        c.expect(b'{')?;
    }
    loop {
        c.open_key()?;
        let slot = slot_and_colon(c)?;
        spans[slot] = match c.peek() {
            Some(b'"') => c.string()?,
            Some(b'n') => c.literal(b"null").map(|()| Span::default())?,
            Some(b'-' | b'0'..=b'9') => c.number(),
            _ => return Err(Malformed),
        };
        if c.peek() == Some(b',') {
            c.pos += 1;
            continue;
        }
        if c.buf.get(c.pos..).and_then(<[u8]>::first_chunk) == Some(OPENAI_END) {
            return Ok(spans);
        }
        c.skip_ws();
        match c.peek() {
            Some(b',') => c.pos += 1,
            Some(b'}') => break,
            _ => return Err(Malformed),
        }
    }
    c.pos += 1;
    // The top level must end here: another key there (`request_id`) is for the general walk.
    c.expect(b'}')?;
    Ok(spans)
}

/// The slot of the key at the cursor (after its opening quote), and the colon after it.
/// OpenAI writes `"message": ` with one space: the name, its closing quote, the colon and
/// the space are one constant comparison; other spacing, escapes or keys take the
/// cursor's general steps.
#[inline(always)]
fn slot_and_colon(c: &mut Cursor<'_>) -> Step<usize> {
    let rest = c.buf.get(c.pos..).unwrap_or_default();
    macro_rules! named {
        ($slot:expr, $name:literal) => {
            rest.starts_with($name).then_some(($slot, $name.len()))
        };
    }
    let known = match rest.first() {
        Some(b'm') => named!(0, b"message\": "),
        Some(b't') => named!(1, b"type\": "),
        Some(b'p') => named!(2, b"param\": "),
        Some(b'c') => named!(3, b"code\": "),
        _ => None,
    };
    if let Some((slot, len)) = known {
        c.pos += len;
        return Ok(slot);
    }
    let slot = match c.key()? {
        Key::Message => 0,
        Key::Type => 1,
        Key::Param => 2,
        Key::Code => 3,
        _ => return Err(Malformed),
    };
    c.colon()?;
    Ok(slot)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::response::envelope::scan::read_fields;
    use proptest::prelude::*;

    /// What the fast path reads, when it reads the body at all.
    fn fast(body: &[u8]) -> Option<Envelope<'_>> {
        read_spans(body).map(|spans| envelope(body, spans))
    }

    #[test]
    fn reads_the_common_shapes_and_leaves_the_rest() {
        let pretty = b"{\n  \"error\": {\n    \"message\": \"m\",\n    \"type\": \"t\",\n    \"param\": null,\n    \"code\": 42\n  }\n}\n";
        let env = fast(pretty).expect("pretty OpenAI body");
        assert_eq!(env.code.as_deref(), Some("42"));
        assert_eq!(env, read_fields(pretty));
        // As OpenAI sends it (four-space indent, `": "`), compact, and with other spacing
        // around the colon (which the fast path may leave to the general walk): the same
        // fields whichever step reads the keys.
        let openai = b"{\n    \"error\": {\n        \"message\": \"m\",\n        \"type\": \"t\",\n        \"param\": null,\n        \"code\": \"c\"\n    }\n}\n";
        let env = fast(openai).expect("OpenAI's body");
        assert_eq!(
            (
                env.message.as_deref(),
                env.error_type.as_deref(),
                env.code.as_deref()
            ),
            (Some("m"), Some("t"), Some("c"))
        );
        assert_eq!(env, read_fields(openai));
        for spacing in [
            &br#"{"error":{"message":"m","type":"t","code":"c"}}"#[..],
            br#"{"error" : {"message" :"m","type":  "t","code"	: "c"}}"#,
        ] {
            assert_eq!(
                super::super::parse_envelope(spacing),
                env,
                "{}",
                String::from_utf8_lossy(spacing)
            );
        }
        for other in [
            &br#"{"error":{"code":"c","innererror":{"code":"x"}}}"#[..],
            br#"{"type":"error","error":{"type":"overloaded_error"}}"#,
            br#"{"error":{"code":"c"},"request_id":"r"}"#,
            br#"[{"error":{"code":429}}]"#,
            br#"{"error":"text"}"#,
            br#"{"error":{"code":"c""#,
            b"\xEF\xBB\xBF{\"error\":{}}",
        ] {
            assert!(fast(other).is_none(), "{}", String::from_utf8_lossy(other));
        }
    }

    /// Pieces of OpenAI-like bodies, half of them in OpenAI's own frame: the fast path must
    /// read exactly what the general walk reads whenever it accepts a body, whatever the
    /// spacing, values or cut.
    fn body() -> impl Strategy<Value = Vec<u8>> {
        let ws = prop_oneof![
            Just(""),
            Just(" "),
            Just("\n  "),
            Just("\n    "),
            Just("\n        "),
            Just("\r\n\t"),
            Just("\n         ")
        ];
        let key = prop_oneof![
            Just("message"),
            Just("type"),
            Just("param"),
            Just("code"),
            Just("detail"),
            Just("status"),
            Just("m\\u0065ssage"),
            Just("other")
        ];
        let value = prop_oneof![
            "[a-z_ ]{0,40}".prop_map(|s| format!("\"{s}\"")),
            ".{0,12}".prop_map(|s| serde_json::to_string(&s).unwrap()),
            Just("\"\\q\"".to_owned()),
            Just("\"\u{e9}t\u{e9}\"".to_owned()),
            Just("null".to_owned()),
            Just("nul".to_owned()),
            Just("true".to_owned()),
            Just("-12.5e3".to_owned()),
            Just("429".to_owned()),
            Just("{}".to_owned()),
        ];
        let pairs =
            proptest::collection::vec((ws.clone(), key, ws.clone(), ws.clone(), value), 0..6);
        (
            ws.clone(),
            ws.clone(),
            pairs,
            ws,
            any::<bool>(),
            any::<prop::sample::Index>(),
            any::<bool>(),
        )
            .prop_map(|(a, b, pairs, c, openai, cut, cut_it)| {
                let fields: Vec<String> = pairs
                    .iter()
                    .map(|(w1, k, w2, w3, v)| format!("{w1}\"{k}\"{w2}:{w3}{v}"))
                    .collect();
                let text = if openai {
                    // OpenAI's own frame, which the fast path compares as constants.
                    format!("{{\n    \"error\": {{{}\n    }}\n}}\n", fields.join(","))
                } else {
                    format!("{a}{{{b}\"error\":{b}{{{}{c}}}{a}}}{c}", fields.join(","))
                };
                let mut bytes = text.into_bytes();
                if cut_it {
                    bytes.truncate(cut.index(bytes.len() + 1));
                }
                bytes
            })
    }

    proptest! {
        #[test]
        fn agrees_with_the_general_walk(body in body()) {
            if let Some(env) = fast(&body) {
                prop_assert_eq!(env, read_fields(&body));
            }
        }
    }
}
