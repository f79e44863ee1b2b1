//! The scanner behind [`parse_envelope`](super::parse_envelope): a cursor over the body
//! that records where the interesting values lie and skips everything else.

use super::strings::{decode_escaped, find_quote_or_backslash};
use super::{Envelope, MAX_DEPTH};
use std::borrow::Cow;

/// Reads the fields of an already bounded body.
pub(super) fn read_fields(scanned: &[u8]) -> Envelope<'_> {
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
            Kind::Escaped => decode_escaped(raw).map(Cow::Owned),
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
            let decoded = decode_escaped(raw).ok_or(Malformed)?;
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
