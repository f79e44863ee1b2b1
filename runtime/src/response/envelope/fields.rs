//! What the scanner records (spans of the body) and how the kept ones become text.

use super::strings::decode_escaped;
use super::{BodyRange, Envelope, GoogleDetails};
use std::borrow::Cow;

/// What a recorded value is.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub(super) enum Kind {
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
pub(super) struct Span {
    pub(super) start: u32,
    pub(super) end: u32,
    pub(super) kind: Kind,
}

impl Span {
    /// Where a string without escapes lies; empty for anything else.
    fn place(self) -> BodyRange {
        match self.kind {
            Kind::Plain => BodyRange::new(self.start, self.end),
            _ => BodyRange::default(),
        }
    }

    fn string_only(self) -> Span {
        match self.kind {
            Kind::Plain | Kind::Escaped => self,
            _ => Span::default(),
        }
    }
}

/// Fields of one object level.
#[derive(Clone, Copy, Default)]
pub(super) struct Fields {
    pub(super) error_type: Span,
    pub(super) code: Span,
    pub(super) message: Span,
    pub(super) param: Span,
    /// Google's `status` string; numbers (Azure repeats the HTTP status) are ignored.
    pub(super) status: Span,
    pub(super) inner_code: Span,
    pub(super) request_id: Span,
    pub(super) detail: Span,
    /// From Google's `details`: the first `ErrorInfo.reason`, the first
    /// `QuotaFailure.violations[].quotaId` and the first `RetryInfo.retryDelay`.
    pub(super) reason: Span,
    pub(super) quota_id: Span,
    pub(super) retry_delay: Span,
}

/// Everything the scan found.
#[derive(Default)]
pub(super) struct Found {
    pub(super) top: Fields,
    /// The fields of an `"error": {...}` object, valid when `has_error` is set (a flag
    /// rather than an `Option`: it keeps the layout plain and the copies cheap).
    pub(super) error: Fields,
    pub(super) has_error: bool,
    /// `"error": "some text"`.
    pub(super) error_text: Span,
}

impl Found {
    /// The envelope: the `error` object's fields when there is one, else the top level's.
    pub(super) fn envelope<'a>(&self, buf: &'a [u8]) -> Envelope<'a> {
        let (f, error_text) = if self.has_error {
            (&self.error, Span::default())
        } else {
            (&self.top, self.error_text)
        };
        // Every span read below (`f.request_id` is not: the top level's is).
        let text = Text::new(
            buf,
            &[
                f.error_type,
                f.status,
                f.code,
                f.inner_code,
                f.message,
                error_text,
                f.detail,
                f.param,
                self.top.request_id,
            ],
        );
        Envelope {
            error_type: text
                .get(f.error_type)
                .or_else(|| text.get(f.status.string_only())),
            code: text.get(f.code),
            inner_code: text.get(f.inner_code),
            message: text
                .get(f.message)
                .or_else(|| text.get(error_text))
                .or_else(|| text.get(f.detail)),
            param: text.get(f.param),
            request_id: text.get(self.top.request_id),
            google: GoogleDetails {
                reason: f.reason.place(),
                quota_id: f.quota_id.place(),
                retry_delay: f.retry_delay.place(),
            },
        }
    }
}

/// Turns spans into text. The part of the body that holds the kept values is checked as
/// UTF-8 once, with `from_utf8`'s fast ASCII path, rather than string by string; a value
/// is then a slice of it (its quotes are ASCII, so it starts and ends on character
/// boundaries).
pub(super) struct Text<'a> {
    buf: &'a [u8],
    /// Where `checked` starts in `buf`.
    from: usize,
    /// The part of `buf` from `from` to the end of the last kept value, when it is valid
    /// UTF-8; else empty.
    checked: &'a str,
}

impl<'a> Text<'a> {
    /// Text for `spans` (only these).
    #[inline(always)]
    pub(super) fn new(buf: &'a [u8], spans: &[Span]) -> Self {
        let (mut from, mut to) = (usize::MAX, 0);
        for span in spans {
            if span.kind != Kind::Absent {
                from = from.min(span.start as usize);
                to = to.max(span.end as usize);
            }
        }
        // `from_utf8` checks ASCII two words at a time, but only from a word-aligned
        // address and for whole 16-byte blocks; the bytes before and after go one at a
        // time, several instructions each. So the range is widened to an aligned start
        // and a whole number of blocks: the extra bytes are the quotes and keys around
        // the values, and should they not be valid UTF-8, each value is checked alone.
        if from < to {
            let misaligned = (buf.as_ptr() as usize).wrapping_add(from) % 8;
            from = from.saturating_sub(misaligned);
            to = (from + (to - from).next_multiple_of(16)).min(buf.len());
        }
        let checked = buf
            .get(from..to)
            .and_then(|part| core::str::from_utf8(part).ok())
            .unwrap_or_default();
        Text { buf, from, checked }
    }

    /// The text of `span`: borrowed unless it holds escapes or invalid UTF-8.
    #[inline(always)]
    pub(super) fn get(&self, span: Span) -> Option<Cow<'a, str>> {
        let (start, end) = (span.start as usize, span.end as usize);
        match span.kind {
            Kind::Absent => None,
            Kind::Escaped => self.decode(start, end),
            // Out of range (wrapped) or not checked: `get` says `None`.
            Kind::Plain | Kind::Number => match self
                .checked
                .get(start.wrapping_sub(self.from)..end.wrapping_sub(self.from))
            {
                Some(text) => Some(Cow::Borrowed(text)),
                None => self.lossy(start, end),
            },
        }
    }

    #[inline(never)]
    fn decode(&self, start: usize, end: usize) -> Option<Cow<'a, str>> {
        decode_escaped(self.buf.get(start..end)?).map(Cow::Owned)
    }

    /// A value in a range that is not valid UTF-8: this value alone, invalid bytes
    /// replaced.
    #[inline(never)]
    fn lossy(&self, start: usize, end: usize) -> Option<Cow<'a, str>> {
        let raw = self.buf.get(start..end)?;
        Some(match core::str::from_utf8(raw) {
            Ok(text) => Cow::Borrowed(text),
            Err(_) => String::from_utf8_lossy(raw),
        })
    }
}
