//! The scanner behind [`parse_envelope`](super::parse_envelope): a cursor over the body
//! that records where the interesting values lie and skips everything else.

use super::cursor::{Cursor, Key, Malformed, Step};
use super::fields::{Fields, Found, Span};
use super::{Envelope, MAX_DEPTH};

/// Reads the fields of an already bounded body.
#[inline]
pub(super) fn read_fields(scanned: &[u8]) -> Envelope<'_> {
    let mut scanner = Cursor::new(scanned);
    let mut found = Found::default();
    // A malformed body still gives up the fields read before the problem.
    let _ = scanner.document(&mut found);
    found.envelope(scanned)
}

/// The general walk: any object shape, any key order, nested values skipped.
impl Cursor<'_> {
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

    /// Reads a value: a string or number is recorded, anything else skipped.
    #[inline(always)]
    fn scalar(&mut self) -> Step<Span> {
        self.skip_ws();
        match self.peek() {
            Some(b'"') => self.string(),
            Some(b'-' | b'0'..=b'9') => Ok(self.number()),
            _ => self.skip_value().map(|()| Span::default()),
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
}
