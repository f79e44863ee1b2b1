//! The token-level reading shared by both walks of a body (the general one in `scan` and
//! the OpenAI fast path): whitespace, keys, strings, numbers and literals. Everything
//! here is inlined into the walk that uses it, so the cursor lives in registers.

use super::fields::{Kind, Span};
use super::strings::{decode_escaped, find_quote_or_backslash};

/// The scan hit something that is not JSON (or went past a limit).
#[derive(Debug)]
pub(super) struct Malformed;

pub(super) type Step<T = ()> = Result<T, Malformed>;

/// The field names we look at, recognised once per key.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Key {
    Error,
    Type,
    Code,
    Message,
    Detail,
    Param,
    Status,
    InnerError,
    RequestId,
    /// Google's `error.details`, a list of typed google.rpc messages.
    Details,
    /// `@type`, naming a google.rpc detail message.
    AtType,
    /// `ErrorInfo.reason`.
    Reason,
    /// `QuotaFailure.violations`.
    Violations,
    /// `QuotaFailure.violations[].quotaId`.
    QuotaId,
    /// `RetryInfo.retryDelay`.
    RetryDelay,
    Other,
}

impl Key {
    fn of(name: &[u8]) -> Key {
        match name {
            b"error" => Key::Error,
            b"type" => Key::Type,
            b"code" => Key::Code,
            b"message" => Key::Message,
            b"detail" => Key::Detail,
            b"param" => Key::Param,
            b"status" => Key::Status,
            // Azure's usual spelling, and one seen beside `content_filter_results`.
            b"innererror" | b"inner_error" => Key::InnerError,
            b"request_id" => Key::RequestId,
            b"details" => Key::Details,
            b"@type" => Key::AtType,
            b"reason" => Key::Reason,
            b"violations" => Key::Violations,
            b"quotaId" => Key::QuotaId,
            b"retryDelay" => Key::RetryDelay,
            _ => Key::Other,
        }
    }

    /// The key at the start of `rest` (just after its opening quote) and its length with
    /// the closing quote, when it is one we look at, written without escapes. A name
    /// followed by `"` is the whole key: an escaped quote would follow a `\`.
    #[inline(always)]
    fn known_prefix(rest: &[u8]) -> Option<(Key, usize)> {
        // One arm per first letter, each comparing a constant (inlined, no `memcmp`).
        macro_rules! named {
            ($key:expr, $name:literal) => {
                rest.starts_with($name).then_some(($key, $name.len()))
            };
        }
        match *rest.first()? {
            b'e' => named!(Key::Error, b"error\""),
            b'm' => named!(Key::Message, b"message\""),
            b't' => named!(Key::Type, b"type\""),
            b'c' => named!(Key::Code, b"code\""),
            b'p' => named!(Key::Param, b"param\""),
            b's' => named!(Key::Status, b"status\""),
            b'd' => named!(Key::Detail, b"detail\""),
            b'i' => named!(Key::InnerError, b"innererror\""),
            b'r' => named!(Key::RequestId, b"request_id\""),
            _ => None,
        }
    }
}

/// A cursor over the scanned prefix of a body.
pub(super) struct Cursor<'a> {
    pub(super) buf: &'a [u8],
    pub(super) pos: usize,
}

impl<'a> Cursor<'a> {
    pub(super) fn new(buf: &'a [u8]) -> Self {
        Cursor { buf, pos: 0 }
    }

    #[inline(always)]
    pub(super) fn peek(&self) -> Option<u8> {
        self.buf.get(self.pos).copied()
    }

    #[inline(always)]
    pub(super) fn skip_ws(&mut self) {
        // Compact bodies have none: one test. Pretty-printed ones have a newline and an
        // indent between tokens.
        if let Some(&b) = self.buf.get(self.pos)
            && b > b' '
        {
            return;
        }
        self.skip_ws_run();
    }

    #[inline(always)]
    fn skip_ws_run(&mut self) {
        loop {
            match self.peek() {
                // Indents come in runs of spaces: eight or four per test.
                Some(b' ') => {
                    let rest = self.buf.get(self.pos..).unwrap_or_default();
                    self.pos += if rest.first_chunk() == Some(&[b' '; 8]) {
                        8
                    } else if rest.first_chunk() == Some(&[b' '; 4]) {
                        4
                    } else {
                        1
                    };
                }
                Some(b'\n' | b'\r' | b'\t') => self.pos += 1,
                _ => return,
            }
        }
    }

    /// Skips whitespace, then consumes `byte` or fails.
    #[inline(always)]
    pub(super) fn expect(&mut self, byte: u8) -> Step {
        self.skip_ws();
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(Malformed)
        }
    }

    /// The colon after a key and the whitespace around it. Pretty-printed bodies put one
    /// space after it, compact ones none: both are settled with one two-byte test.
    #[inline(always)]
    pub(super) fn colon(&mut self) -> Step {
        match self.buf.get(self.pos..).and_then(<[u8]>::first_chunk::<2>) {
            Some(b": ") => self.pos += 2,
            Some([b':', _]) => self.pos += 1,
            _ => return self.expect(b':').map(|()| self.skip_ws()),
        }
        self.skip_ws();
        Ok(())
    }

    /// Whitespace, then the opening quote of a key. Pretty-printed bodies put a newline
    /// and an indent of spaces there: the spaces are counted a word at a time (the first
    /// other byte of a word is its lowest non-zero byte after XOR with spaces).
    #[inline(always)]
    pub(super) fn open_key(&mut self) -> Step {
        const SPACES: u64 = u64::from_le_bytes([b' '; 8]);
        // OpenAI indents by four: a field of `error` is eight spaces in, one test.
        if self.buf.get(self.pos..).and_then(<[u8]>::first_chunk) == Some(b"\n        \"") {
            self.pos += 10;
            return Ok(());
        }
        if self.buf.get(self.pos) == Some(&b'\n') {
            let mut at = self.pos + 1;
            while let Some(word) = self.buf.get(at..).and_then(<[u8]>::first_chunk) {
                let other = u64::from_le_bytes(*word) ^ SPACES;
                at += (other.trailing_zeros() / 8) as usize;
                if other != 0 {
                    break;
                }
            }
            if self.buf.get(at) == Some(&b'"') {
                self.pos = at + 1;
                return Ok(());
            }
        }
        self.expect(b'"')
    }

    /// A key (the cursor after its opening quote).
    #[inline(always)]
    pub(super) fn key(&mut self) -> Step<Key> {
        let rest = self.buf.get(self.pos..).ok_or(Malformed)?;
        if let Some((key, len)) = Key::known_prefix(rest) {
            self.pos += len;
            return Ok(key);
        }
        // By value, not through `self`: a cursor whose address escapes into a call that
        // is not inlined would be kept in memory, every step a store.
        let (key, end) = other_key(self.buf, self.pos)?;
        self.pos = end;
        Ok(key)
    }

    /// A string (the cursor on its opening quote), recorded.
    #[inline(always)]
    pub(super) fn string(&mut self) -> Step<Span> {
        let start = self.pos + 1;
        self.pos = start;
        let (end, escaped) = self.find_string_end()?;
        self.pos = end + 1;
        // Positions fit: the scan never goes past MAX_SCAN_BYTES.
        Ok(Span {
            start: start as u32,
            end: end as u32,
            kind: if escaped { Kind::Escaped } else { Kind::Plain },
        })
    }

    /// A number (the cursor on its first character), recorded as its digits.
    #[inline(always)]
    pub(super) fn number(&mut self) -> Span {
        let start = self.pos;
        self.skip_number();
        Span {
            start: start as u32,
            end: self.pos as u32,
            kind: Kind::Number,
        }
    }

    /// The index of the closing quote of the string the cursor is in, and whether the
    /// string holds escapes.
    #[inline(always)]
    pub(super) fn find_string_end(&self) -> Step<(usize, bool)> {
        let mut i = self.pos;
        let mut escaped = false;
        loop {
            let rest = self.buf.get(i..).ok_or(Malformed)?;
            i += find_quote_or_backslash(rest).ok_or(Malformed)?;
            if self.buf.get(i) == Some(&b'"') {
                return Ok((i, escaped));
            }
            // An escape: the next byte is never the end (`\"`).
            escaped = true;
            i += 2;
        }
    }

    #[inline(always)]
    pub(super) fn skip_number(&mut self) {
        while let Some(b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E') = self.peek() {
            self.pos += 1;
        }
    }

    #[inline(always)]
    pub(super) fn literal(&mut self, word: &[u8]) -> Step {
        if self
            .buf
            .get(self.pos..)
            .is_some_and(|rest| rest.starts_with(word))
        {
            self.pos += word.len();
            Ok(())
        } else {
            Err(Malformed)
        }
    }
}

/// A key that [`Key::known_prefix`] does not know, or is written with escapes, starting at
/// `start` (after its opening quote); returns the key and where it ends (after its closing
/// quote). The keys of Google's `details` are recognised here, out of the inlined walk, so
/// that OpenAI bodies, which never have them, pay nothing for them.
#[inline(never)]
fn other_key(buf: &[u8], start: usize) -> Step<(Key, usize)> {
    let (end, escaped) = Cursor { buf, pos: start }.find_string_end()?;
    if !escaped {
        return Ok((Key::of(&buf[start..end]), end + 1));
    }
    // Escaped keys are rare enough to decode the slow way.
    let decoded = decode_escaped(&buf[start..end]).ok_or(Malformed)?;
    Ok((Key::of(decoded.as_bytes()), end + 1))
}
