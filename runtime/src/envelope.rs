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
pub fn parse_envelope(body: &[u8]) -> Envelope<'_> {
    let scanned = &body[..body.len().min(MAX_SCAN_BYTES)];
    let mut scanner = Scanner {
        buf: scanned,
        pos: 0,
    };
    let mut found = Found::default();
    // A malformed body still gives up the fields read before the problem.
    let _ = scanner.document(&mut found);
    found.envelope(scanned)
}

/// The scan hit something that is not JSON (or went past a limit).
#[derive(Debug)]
struct Malformed;

type Step<T = ()> = Result<T, Malformed>;

/// What a recorded value is.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum Kind {
    /// Not seen, or a value we do not keep (`null`, a boolean, an object, an array).
    #[default]
    Absent,
    /// A string without escapes: borrowed as is.
    Plain,
    /// A string with escapes: decoded at the end, the only case that allocates.
    Escaped,
    /// A number: its digits, borrowed.
    Number,
}

/// Where a value lies in the body. The scan records spans only (small and `Copy`, so
/// overwriting a duplicate field or dropping a level costs nothing) and turns just the
/// fields it keeps into text at the end.
#[derive(Clone, Copy, Default)]
struct Span {
    start: u32,
    end: u32,
    kind: Kind,
}

impl Span {
    #[inline(always)]
    fn text<'a>(self, buf: &'a [u8]) -> Option<Cow<'a, str>> {
        let raw = buf.get(self.start as usize..self.end as usize)?;
        match self.kind {
            Kind::Absent => None,
            Kind::Escaped => decode_escaped(raw).ok().map(Cow::Owned),
            // `from_utf8` first: far faster than the lossy walk, which is only needed to
            // replace invalid bytes with U+FFFD.
            Kind::Plain | Kind::Number => match core::str::from_utf8(raw) {
                Ok(text) => Some(Cow::Borrowed(text)),
                Err(_) => Some(String::from_utf8_lossy(raw)),
            },
        }
    }

    fn string_only(self) -> Span {
        match self.kind {
            Kind::Plain | Kind::Escaped => self,
            _ => Span::default(),
        }
    }
}

/// The field names we look at, recognised once per key.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Key {
    Error,
    Type,
    Code,
    Message,
    Detail,
    Param,
    Status,
    InnerError,
    RequestId,
    Other,
}

impl Key {
    #[inline(always)]
    fn of(name: &[u8]) -> Key {
        match name {
            b"error" => Key::Error,
            b"type" => Key::Type,
            b"code" => Key::Code,
            b"message" => Key::Message,
            b"detail" => Key::Detail,
            b"param" => Key::Param,
            b"status" => Key::Status,
            b"innererror" => Key::InnerError,
            b"request_id" => Key::RequestId,
            _ => Key::Other,
        }
    }
}

/// Fields of one object level.
#[derive(Clone, Copy, Default)]
struct Fields {
    error_type: Span,
    code: Span,
    message: Span,
    param: Span,
    /// Google's `status` string; numbers (Azure repeats the HTTP status) are ignored.
    status: Span,
    inner_code: Span,
    request_id: Span,
    detail: Span,
}

#[derive(Default)]
struct Found {
    top: Fields,
    /// The fields of an `"error": {...}` object, valid when `has_error` is set (a flag
    /// rather than an `Option`: it keeps the layout plain and the copies cheap).
    error: Fields,
    has_error: bool,
    /// `"error": "some text"`.
    error_text: Span,
}

impl Found {
    fn envelope<'a>(&self, buf: &'a [u8]) -> Envelope<'a> {
        let (f, error_text) = if self.has_error {
            (&self.error, Span::default())
        } else {
            (&self.top, self.error_text)
        };
        Envelope {
            error_type: f
                .error_type
                .text(buf)
                .or_else(|| f.status.string_only().text(buf)),
            code: f.code.text(buf),
            inner_code: f.inner_code.text(buf),
            message: f
                .message
                .text(buf)
                .or_else(|| error_text.text(buf))
                .or_else(|| f.detail.text(buf)),
            param: f.param.text(buf),
            request_id: self.top.request_id.text(buf),
        }
    }
}

/// A cursor over the scanned prefix of a body.
struct Scanner<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl Scanner<'_> {
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.buf.get(self.pos).copied()
    }

    #[inline(always)]
    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek() {
            self.pos += 1;
        }
    }

    /// Skips whitespace, then consumes `byte` or fails.
    #[inline(always)]
    fn expect(&mut self, byte: u8) -> Step {
        self.skip_ws();
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(Malformed)
        }
    }

    /// The top level: an object, or an array whose first element is one (Google).
    fn document(&mut self, found: &mut Found) -> Step {
        if self.buf.starts_with(b"\xEF\xBB\xBF") {
            self.pos = 3;
        }
        self.skip_ws();
        if self.peek() == Some(b'[') {
            self.pos += 1;
        }
        self.object(|s, key| s.top_field(key, found))
    }

    fn top_field(&mut self, key: Key, found: &mut Found) -> Step {
        match key {
            Key::Error => {
                self.skip_ws();
                if self.peek() != Some(b'{') {
                    found.error_text = self.scalar()?;
                    return Ok(());
                }
                // Flagged before reading, so a cut-short object keeps its fields.
                found.has_error = true;
                found.error = Fields::default();
                self.object(|s, key| s.error_field(key, &mut found.error))
            }
            Key::InnerError => self.skip_value(),
            _ => self.plain_field(key, &mut found.top),
        }
    }

    fn error_field(&mut self, key: Key, fields: &mut Fields) -> Step {
        match key {
            Key::InnerError => {
                self.skip_ws();
                if self.peek() != Some(b'{') {
                    return self.skip_value();
                }
                self.object(|s, key| match key {
                    Key::Code => {
                        fields.inner_code = s.scalar()?;
                        Ok(())
                    }
                    _ => s.skip_value(),
                })
            }
            Key::Error => self.skip_value(),
            _ => self.plain_field(key, fields),
        }
    }

    /// Reads a scalar field into `fields` (later duplicates win, as in most JSON readers).
    #[inline(always)]
    fn plain_field(&mut self, key: Key, fields: &mut Fields) -> Step {
        let slot = match key {
            Key::Type => &mut fields.error_type,
            Key::Code => &mut fields.code,
            Key::Message => &mut fields.message,
            Key::Detail => &mut fields.detail,
            Key::Param => &mut fields.param,
            Key::RequestId => &mut fields.request_id,
            Key::Status => &mut fields.status,
            Key::Error | Key::InnerError | Key::Other => return self.skip_value(),
        };
        *slot = self.scalar()?;
        Ok(())
    }

    /// Walks an object (the cursor before its `{`), handing each key to `field`, which
    /// must consume the value.
    fn object(&mut self, mut field: impl FnMut(&mut Self, Key) -> Step) -> Step {
        self.expect(b'{')?;
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(());
        }
        loop {
            self.expect(b'"')?;
            let key = self.key()?;
            self.expect(b':')?;
            field(self, key)?;
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return Err(Malformed),
            }
        }
    }

    /// A key (the cursor after its opening quote).
    #[inline(always)]
    fn key(&mut self) -> Step<Key> {
        let start = self.pos;
        let (end, escaped) = self.find_string_end()?;
        let raw = &self.buf[start..end];
        self.pos = end + 1;
        if escaped {
            // Escaped keys are rare enough to decode the slow way.
            let decoded = decode_escaped(raw)?;
            Ok(Key::of(decoded.as_bytes()))
        } else {
            Ok(Key::of(raw))
        }
    }

    /// Reads a value: a string or number is recorded, anything else skipped.
    #[inline(always)]
    fn scalar(&mut self) -> Step<Span> {
        self.skip_ws();
        let start = self.pos;
        let (end, kind) = match self.peek() {
            Some(b'"') => {
                self.pos += 1;
                let (end, escaped) = self.find_string_end()?;
                self.pos = end + 1;
                let kind = if escaped { Kind::Escaped } else { Kind::Plain };
                (end, kind)
            }
            Some(b'-' | b'0'..=b'9') => {
                self.skip_number();
                (self.pos, Kind::Number)
            }
            _ => return self.skip_value().map(|()| Span::default()),
        };
        let start = if kind == Kind::Number {
            start
        } else {
            start + 1
        };
        // Positions fit: the scan never goes past MAX_SCAN_BYTES.
        Ok(Span {
            start: start as u32,
            end: end as u32,
            kind,
        })
    }

    /// The index of the closing quote of the string the cursor is in, and whether the
    /// string holds escapes.
    #[inline(always)]
    fn find_string_end(&self) -> Step<(usize, bool)> {
        let mut i = self.pos;
        let mut escaped = false;
        loop {
            let rest = self.buf.get(i..).ok_or(Malformed)?;
            i += find_quote_or_backslash(rest).ok_or(Malformed)?;
            if self.buf[i] == b'"' {
                return Ok((i, escaped));
            }
            // An escape: the next byte is never the end (`\"`).
            escaped = true;
            i += 2;
        }
    }

    fn skip_number(&mut self) {
        while let Some(b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E') = self.peek() {
            self.pos += 1;
        }
    }

    /// Skips one value of any kind without recursion, up to [`MAX_DEPTH`] levels.
    fn skip_value(&mut self) -> Step {
        let mut depth = 0usize;
        loop {
            self.skip_ws();
            match self.peek().ok_or(Malformed)? {
                b'{' | b'[' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Err(Malformed);
                    }
                    self.pos += 1;
                    continue;
                }
                b'}' | b']' => {
                    depth = depth.checked_sub(1).ok_or(Malformed)?;
                    self.pos += 1;
                }
                b'"' => {
                    self.pos += 1;
                    self.pos = self.find_string_end()?.0 + 1;
                }
                b'-' | b'0'..=b'9' => self.skip_number(),
                b't' => self.literal(b"true")?,
                b'f' => self.literal(b"false")?,
                b'n' => self.literal(b"null")?,
                // Separators inside a container being skipped; structure is not checked
                // there, only bracket balance.
                b',' | b':' if depth > 0 => self.pos += 1,
                _ => return Err(Malformed),
            }
            if depth == 0 {
                return Ok(());
            }
        }
    }

    fn literal(&mut self, word: &[u8]) -> Step {
        if self.buf[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(Malformed)
        }
    }
}

/// The offset of the first `"` or `\` in `bytes`.
///
/// Short strings (keys, codes) are most of an error body's tokens and long ones (messages)
/// most of its bytes, so this is the hot loop, in two gears. The first 16 bytes are read
/// eight at a time as a `u64` with an exact per-byte test (the lowest flagged byte is the
/// answer). Past that, whole 32-byte blocks are tested without an early exit inside a
/// block, which the compiler turns into SIMD compares (safe code, no intrinsics); the
/// block that matched is then searched a word at a time.
#[inline(always)]
fn find_quote_or_backslash(bytes: &[u8]) -> Option<usize> {
    let head = bytes.len().min(16);
    if let Some(n) = find_in_words(&bytes[..head]) {
        return Some(n);
    }
    let mut offset = head;
    let (blocks, _) = bytes[offset..].as_chunks::<32>();
    for block in blocks {
        // A byte equals `"` or `\` exactly when one of the XORs is zero; a branch-free
        // minimum over the block vectorizes to a few SIMD instructions.
        let closest = block
            .iter()
            .fold(u8::MAX, |m, &b| m.min(b ^ b'"').min(b ^ b'\\'));
        if closest == 0 {
            return find_in_words(block).map(|n| offset + n);
        }
        offset += 32;
    }
    find_in_words(&bytes[offset..]).map(|n| offset + n)
}

/// [`find_quote_or_backslash`] for a short slice: eight bytes at a time, then the rest.
#[inline(always)]
fn find_in_words(bytes: &[u8]) -> Option<usize> {
    let (words, tail) = bytes.as_chunks::<8>();
    for (i, word) in words.iter().enumerate() {
        let v = u64::from_le_bytes(*word);
        let hits = byte_eq_mask(v, b'"') | byte_eq_mask(v, b'\\');
        if hits != 0 {
            return Some(i * 8 + (hits.trailing_zeros() / 8) as usize);
        }
    }
    let done = words.len() * 8;
    tail.iter()
        .position(|&b| b == b'"' || b == b'\\')
        .map(|n| done + n)
}

/// The high bit of every byte of `v` that equals `byte`, exactly.
#[inline(always)]
fn byte_eq_mask(v: u64, byte: u8) -> u64 {
    const LOW7: u64 = u64::from_le_bytes([0x7F; 8]);
    let x = v ^ u64::from_le_bytes([byte; 8]);
    // A zero byte of `x` is the only one whose low seven bits do not carry into bit 7
    // and whose own bit 7 is clear; no carry crosses bytes because bit 7 is masked off.
    !(((x & LOW7) + LOW7) | x | LOW7)
}

/// Decodes the inside of a JSON string that contains escapes. Invalid UTF-8 and lone
/// surrogates become U+FFFD; an unknown escape is malformed.
fn decode_escaped(raw: &[u8]) -> Step<String> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let b = raw[i];
        if b != b'\\' {
            out.push(b);
            i += 1;
            continue;
        }
        let esc = *raw.get(i + 1).ok_or(Malformed)?;
        i += 2;
        let simple = match esc {
            b'"' => b'"',
            b'\\' => b'\\',
            b'/' => b'/',
            b'b' => 0x08,
            b'f' => 0x0c,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'u' => {
                let (c, used) = decode_unicode_escape(&raw[i..])?;
                i += used;
                let mut utf8 = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
                continue;
            }
            _ => return Err(Malformed),
        };
        out.push(simple);
    }
    Ok(String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// Decodes `XXXX` (after `\u`) and, for a high surrogate, a following `\uXXXX` low one.
/// Returns the char and the bytes used.
fn decode_unicode_escape(rest: &[u8]) -> Step<(char, usize)> {
    let first = hex4(rest)?;
    if (0xD800..0xDC00).contains(&first)
        && let Some(low_hex) = rest.get(4..6).filter(|p| *p == b"\\u").and(rest.get(6..))
    {
        // A bad second escape is malformed; a valid non-low one leaves `first` alone.
        let low = hex4(low_hex)?;
        if (0xDC00..0xE000).contains(&low) {
            let c = 0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00);
            return Ok((char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER), 10));
        }
    }
    Ok((
        char::from_u32(first).unwrap_or(char::REPLACEMENT_CHARACTER),
        4,
    ))
}

fn hex4(bytes: &[u8]) -> Step<u32> {
    let digits = bytes.get(..4).ok_or(Malformed)?;
    digits.iter().try_fold(0u32, |acc, &d| {
        let v = (d as char).to_digit(16).ok_or(Malformed)?;
        Ok(acc * 16 + v)
    })
}

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

    #[test]
    fn finds_quotes_and_backslashes_at_every_offset() {
        for len in 0..100 {
            for at in 0..len {
                for special in [b'"', b'\\'] {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = special;
                    assert_eq!(find_quote_or_backslash(&bytes), Some(at), "{len} {at}");
                }
            }
            assert_eq!(find_quote_or_backslash(&vec![0xE9; len]), None);
        }
    }
}
