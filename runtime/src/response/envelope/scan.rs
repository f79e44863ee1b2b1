//! The scanner behind [`parse_envelope`](super::parse_envelope): a cursor over the body
//! that records where the interesting values lie and skips everything else.

use super::cursor::{Cursor, Key, Malformed, Step};
use super::fields::{Fields, Found, Kind, Span};
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

/// The google.rpc detail kinds whose fields the envelope keeps.
enum DetailKind {
    ErrorInfo,
    QuotaFailure,
    RetryInfo,
}

/// The fields of one entry of `details`, in whatever order they come.
#[derive(Default)]
struct Detail {
    at_type: Span,
    reason: Span,
    quota_id: Span,
    retry_delay: Span,
}

impl Detail {
    fn field(&mut self, s: &mut Cursor<'_>, key: Key) -> Step {
        let slot = match key {
            Key::AtType => &mut self.at_type,
            Key::Reason => &mut self.reason,
            Key::RetryDelay => &mut self.retry_delay,
            Key::Violations => return s.violations(&mut self.quota_id),
            _ => return s.skip_value(),
        };
        *slot = s.scalar()?;
        Ok(())
    }

    /// What `@type` names (`type.googleapis.com/google.rpc.ErrorInfo`). Only the end is
    /// compared, so a slash written `\/` does not matter.
    fn kind(&self, buf: &[u8]) -> Option<DetailKind> {
        if !matches!(self.at_type.kind, Kind::Plain | Kind::Escaped) {
            return None;
        }
        let name = buf.get(self.at_type.start as usize..self.at_type.end as usize)?;
        if name.ends_with(b"google.rpc.ErrorInfo") {
            Some(DetailKind::ErrorInfo)
        } else if name.ends_with(b"google.rpc.QuotaFailure") {
            Some(DetailKind::QuotaFailure)
        } else if name.ends_with(b"google.rpc.RetryInfo") {
            Some(DetailKind::RetryInfo)
        } else {
            None
        }
    }
}

/// Sets `slot` to `value` when `value` is a string without escapes (the envelope keeps
/// these as places in the body) and `slot` holds none yet: the first such string wins.
fn keep(slot: &mut Span, value: Span) {
    if slot.kind == Kind::Absent && value.kind == Kind::Plain {
        *slot = value;
    }
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
            Key::Details => return self.details(fields),
            Key::Error
            | Key::InnerError
            | Key::AtType
            | Key::Reason
            | Key::Violations
            | Key::QuotaId
            | Key::RetryDelay
            | Key::Other => return self.skip_value(),
        };
        *slot = self.scalar()?;
        Ok(())
    }

    /// Google's `details`: a list of google.rpc messages, each naming its kind in `@type`.
    /// Keeps the first `ErrorInfo.reason`, `QuotaFailure` quota id and `RetryInfo.retryDelay`;
    /// anything else (another kind, a value that is not a list) is skipped. The walk goes
    /// at most three levels down (list, message, violations), with no recursion.
    fn details(&mut self, fields: &mut Fields) -> Step {
        self.objects_in_list(|s| {
            let mut detail = Detail::default();
            let read = s.object(|s, key| detail.field(s, key));
            // Kept even when the body is cut inside the message: what was read is whole.
            match detail.kind(s.buf) {
                Some(DetailKind::ErrorInfo) => keep(&mut fields.reason, detail.reason),
                Some(DetailKind::QuotaFailure) => keep(&mut fields.quota_id, detail.quota_id),
                Some(DetailKind::RetryInfo) => keep(&mut fields.retry_delay, detail.retry_delay),
                None => {}
            }
            read
        })
    }

    /// A value that should be a list of objects: `object` reads each object (the cursor
    /// before its `{`); anything else, the value or an element, is skipped.
    fn objects_in_list(&mut self, mut object: impl FnMut(&mut Self) -> Step) -> Step {
        self.skip_ws();
        if self.peek() != Some(b'[') {
            return self.skip_value();
        }
        self.array(|s| {
            s.skip_ws();
            if s.peek() != Some(b'{') {
                return s.skip_value();
            }
            object(s)
        })
    }

    /// Walks an array (the cursor before its `[`), handing each element to `element`,
    /// which must consume it.
    fn array(&mut self, element: impl FnMut(&mut Self) -> Step) -> Step {
        self.members(b'[', b']', element)
    }

    /// `QuotaFailure.violations`: the first `quotaId` goes to `quota_id`.
    fn violations(&mut self, quota_id: &mut Span) -> Step {
        self.objects_in_list(|s| {
            s.object(|s, key| match key {
                Key::QuotaId => {
                    let id = s.scalar()?;
                    keep(quota_id, id);
                    Ok(())
                }
                _ => s.skip_value(),
            })
        })
    }

    /// Walks an object (the cursor before its `{`), handing each key to `field`, which
    /// must consume the value.
    fn object(&mut self, mut field: impl FnMut(&mut Self, Key) -> Step) -> Step {
        self.members(b'{', b'}', |s| {
            s.expect(b'"')?;
            let key = s.key()?;
            s.expect(b':')?;
            field(s, key)
        })
    }

    /// Walks an object or an array (the cursor before `open`), handing each member to
    /// `member`, which must consume it, up to the `close` that ends it.
    #[inline(always)]
    fn members(&mut self, open: u8, close: u8, mut member: impl FnMut(&mut Self) -> Step) -> Step {
        self.expect(open)?;
        self.skip_ws();
        if self.peek() == Some(close) {
            self.pos += 1;
            return Ok(());
        }
        loop {
            member(self)?;
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b) if b == close => {
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
