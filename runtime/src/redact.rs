//! Redaction of API keys and bearer tokens in text we show or log.
//!
//! Servers echo credentials back in error messages ("Incorrect API key provided: sk-…"),
//! and users paste them into bodies; whatever errspec prints goes through here first
//! (DESIGN.md principle 7). Two shapes are recognised:
//!
//! - keys starting with `sk-` at the start of a word (`sk-…`, `sk-proj-…`, `sk-ant-…`,
//!   `sk-svcacct-…`, `sk-admin-…`): the kind prefix is kept, the rest becomes `****`;
//! - `Bearer <token>` (any case, a token of 8 characters or more): the token becomes `****`.
//!
//! Redaction errs on the side of hiding: any `sk-` word is masked, even a short one.
//! Text without secrets is never copied ([`redact`] borrows it, [`Redacted`] writes it
//! straight through).

use scan::{Secret, next_secret};
use std::borrow::Cow;
use std::fmt::{self, Debug, Display, Write as _};

/// What replaces the secret part of a key or token.
pub const MASK: &str = "****";

/// `text` with every key and bearer token masked; borrowed when there is nothing to mask.
///
/// ```
/// use errspec_runtime::redact::redact;
/// assert_eq!(redact("Incorrect API key provided: sk-proj-abc123."), "Incorrect API key provided: sk-proj-****.");
/// assert!(matches!(redact("no secrets here"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn redact(text: &str) -> Cow<'_, str> {
    if next_secret(text, 0).is_none() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(Redacted(text).to_string())
}

/// Whether `text` holds something [`redact`] would mask.
pub fn contains_secret(text: &str) -> bool {
    next_secret(text, 0).is_some()
}

/// Displays (and debug-prints, quoted) a string with its secrets masked, without
/// allocating.
#[derive(Clone, Copy)]
pub struct Redacted<'a>(pub &'a str);

impl Redacted<'_> {
    /// Calls `write` with the pieces of the redacted text, in order.
    fn pieces(&self, mut write: impl FnMut(&str) -> fmt::Result) -> fmt::Result {
        let text = self.0;
        let mut done = 0;
        while let Some(Secret { start, keep, end }) = next_secret(text, done) {
            write(&text[done..start + keep])?;
            write(MASK)?;
            done = end;
        }
        write(&text[done..])
    }
}

impl Display for Redacted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.pieces(|piece| f.write_str(piece))
    }
}

impl Debug for Redacted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_char('"')?;
        self.pieces(|piece| write!(f, "{}", piece.escape_debug()))?;
        f.write_char('"')
    }
}

/// An optional text, redacted, for `Debug` impls of structs holding server text.
pub(crate) fn redacted_opt<'a>(text: &'a Option<Cow<'_, str>>) -> Option<Redacted<'a>> {
    text.as_deref().map(Redacted)
}

/// The scanner, kept apart so its invariants (byte offsets on char boundaries) stay local.
mod scan {
    /// One secret found in a text: `text[start..start + keep]` stays visible,
    /// `text[start + keep..end]` is masked.
    pub(super) struct Secret {
        pub(super) start: usize,
        pub(super) keep: usize,
        pub(super) end: usize,
    }

    /// Kind prefixes shown after `sk-`, so a reader still knows which sort of key it was.
    const KEY_KINDS: &[&str] = &["proj-", "ant-", "svcacct-", "admin-"];

    /// Characters a key or token is made of. `*` is included so that a key the server
    /// already masked partly (`sk-abc***xyz`) is masked whole.
    fn is_token_byte(b: u8) -> bool {
        b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'*')
    }

    /// Shorter words after "bearer" are prose ("a bearer of news"), not tokens.
    const MIN_BEARER_TOKEN: usize = 8;

    /// Bearer tokens may also hold base64 and JWT punctuation.
    fn is_bearer_byte(b: u8) -> bool {
        is_token_byte(b) || matches!(b, b'.' | b'~' | b'+' | b'/' | b'=')
    }

    fn run(bytes: &[u8], from: usize, pred: fn(u8) -> bool) -> usize {
        bytes[from..]
            .iter()
            .position(|&b| !pred(b))
            .map_or(bytes.len(), |n| from + n)
    }

    /// The first secret at or after byte `from` (a char boundary) of `text`.
    pub(super) fn next_secret(text: &str, from: usize) -> Option<Secret> {
        let bytes = text.as_bytes();
        let mut i = from;
        while i < bytes.len() {
            // A secret starts a word: `risk-free` and `task-based` are not keys.
            let at_word_start = i == 0 || !is_token_byte(bytes[i - 1]);
            if at_word_start && let Some(found) = key_at(bytes, i).or_else(|| bearer_at(bytes, i)) {
                return Some(found);
            }
            i += 1;
        }
        None
    }

    fn key_at(bytes: &[u8], i: usize) -> Option<Secret> {
        if !bytes[i..].starts_with(b"sk-") {
            return None;
        }
        let rest = &bytes[i + 3..];
        let kind = KEY_KINDS
            .iter()
            .find(|k| rest.starts_with(k.as_bytes()))
            .map_or(0, |k| k.len());
        let keep = 3 + kind;
        let end = run(bytes, i + keep, is_token_byte);
        (end > i + keep).then_some(Secret {
            start: i,
            keep,
            end,
        })
    }

    fn bearer_at(bytes: &[u8], i: usize) -> Option<Secret> {
        const BEARER: &[u8] = b"bearer";
        let word = bytes.get(i..i + BEARER.len())?;
        if !word.eq_ignore_ascii_case(BEARER) {
            return None;
        }
        let spaces = run(bytes, i + BEARER.len(), |b| b == b' ' || b == b'\t');
        if spaces == i + BEARER.len() {
            return None;
        }
        let end = run(bytes, spaces, is_bearer_byte);
        (end - spaces >= MIN_BEARER_TOKEN).then_some(Secret {
            start: i,
            keep: spaces - i,
            end,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_keys_and_keeps_their_kind() {
        assert_eq!(redact("key sk-abcDEF123_x-y"), "key sk-****");
        assert_eq!(redact("sk-proj-AbC123"), "sk-proj-****");
        assert_eq!(redact("(sk-ant-api03-xyz)"), "(sk-ant-****)");
        assert_eq!(redact("a sk-1 and b sk-2."), "a sk-**** and b sk-****.");
    }

    #[test]
    fn masks_server_masked_keys_whole() {
        let msg = "Incorrect API key provided: sk-abc1****************xyz9. You can find";
        assert_eq!(
            redact(msg),
            "Incorrect API key provided: sk-****. You can find"
        );
    }

    #[test]
    fn masks_bearer_tokens_in_any_case() {
        assert_eq!(
            redact("Authorization: Bearer eyJ.a-b_c/d+e="),
            "Authorization: Bearer ****"
        );
        assert_eq!(redact("bearer  tok12345"), "bearer  ****");
    }

    #[test]
    fn leaves_ordinary_words_alone_without_copying() {
        for text in [
            "risk-free task-based",
            "a bearer of news",
            "sk-",
            "Bearer",
            "bearers",
            "",
            "ünïcødé sk",
        ] {
            assert!(matches!(redact(text), Cow::Borrowed(_)), "{text:?}");
            assert!(!contains_secret(text), "{text:?}");
        }
    }

    #[test]
    fn display_and_debug_agree_with_redact() {
        let text = "say \"hi\" sk-secret\n";
        assert_eq!(Redacted(text).to_string(), redact(text));
        assert_eq!(format!("{:?}", Redacted(text)), r#""say \"hi\" sk-****\n""#);
    }

    #[test]
    fn survives_multibyte_text_around_keys() {
        assert_eq!(redact("é sk-é"), "é sk-é");
        assert_eq!(redact("ésk-x"), "ésk-****");
    }
}
