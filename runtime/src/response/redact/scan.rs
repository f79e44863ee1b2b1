//! The scanner behind [`super::redact`]: it reads the text as a JSON decoder would (`\u0073`
//! is `s`, `\n` a line break), so a key written with escapes is found, and reports each
//! secret as byte offsets into the raw text, always on character boundaries (a match starts
//! and ends at an ASCII byte or an escape).

/// One secret found in a text: `text[start..start + keep]` stays visible,
/// `text[start + keep..end]` is masked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Secret {
    pub(super) start: usize,
    pub(super) keep: usize,
    pub(super) end: usize,
}

/// What a non-ASCII character (or escape) decodes to: never part of a secret.
const OTHER: u8 = 0x80;

/// Kind prefixes shown after `sk-`, so a reader still knows which sort of key it was.
const KEY_KINDS: &[&[u8]] = &[b"proj-", b"ant-", b"svcacct-", b"admin-"];

/// Names that put the value after them in an API-key context (matched in any case, also
/// as the end of a longer name: `x-api-key`, `x-goog-api-key`, `OPENAI_API_KEY`,
/// `Ocp-Apim-Subscription-Key`).
const KEY_NAMES: &[&[u8]] = &[b"api-key", b"api_key", b"apikey", b"subscription-key"];

/// A value in an API-key context shorter than this is prose (`api_key: null`), not a key.
const MIN_CONTEXT_VALUE: usize = 12;

/// A credential after `Bearer` / `Basic` shorter than this is prose.
const MIN_CREDENTIAL: usize = 8;

/// Letters alone after `Bearer` / `Basic` are a word unless there are this many.
const MIN_PLAIN_CREDENTIAL: usize = 20;

/// Google API keys: `AIza` and 35 more characters; 30 is enough to tell them from words.
const MIN_GOOGLE_TAIL: usize = 30;

/// The character at byte `i` (< `b.len()`) as decoded, and the byte after it.
#[inline]
fn decode_at(b: &[u8], i: usize) -> (u8, usize) {
    let c = b[i];
    if c != b'\\' {
        return (if c.is_ascii() { c } else { OTHER }, i + 1);
    }
    match b.get(i + 1) {
        Some(b'u') => match b.get(i + 2..i + 6).and_then(hex4) {
            Some(cp) => (
                u8::try_from(cp).ok().filter(u8::is_ascii).unwrap_or(OTHER),
                i + 6,
            ),
            None => (c, i + 1),
        },
        Some(b'n') => (b'\n', i + 2),
        Some(b'r') => (b'\r', i + 2),
        Some(b't') => (b'\t', i + 2),
        Some(b'b' | b'f') => (b' ', i + 2),
        Some(&e @ (b'"' | b'\\' | b'/')) => (e, i + 2),
        _ => (c, i + 1),
    }
}

fn hex4(h: &[u8]) -> Option<u32> {
    h.iter().try_fold(0u32, |n, &d| {
        let v = (d as char).to_digit(16)?;
        Some(n * 16 + v)
    })
}

/// The decoded character at `i`, if any.
#[inline]
fn char_at(b: &[u8], i: usize) -> Option<(u8, usize)> {
    (i < b.len()).then(|| decode_at(b, i))
}

/// The end of `word` when the decoded text at `i` spells it (ASCII case ignored unless
/// `exact`).
fn word_at(b: &[u8], mut i: usize, word: &[u8], exact: bool) -> Option<usize> {
    for &w in word {
        let (c, next) = char_at(b, i)?;
        let same = if exact {
            c == w
        } else {
            c.eq_ignore_ascii_case(&w)
        };
        if !same {
            return None;
        }
        i = next;
    }
    Some(i)
}

/// Characters a key or credential is made of: base64, JWT and URL-safe punctuation, and
/// `*` so that a key the server masked partly (`sk-abc***xyz`) is masked whole.
fn is_token_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'*' | b'.' | b'/' | b'+' | b'=' | b'~')
}

/// Token characters a token may end with: trailing `.` or `/` are the sentence's or URL's.
fn is_core_char(c: u8) -> bool {
    is_token_char(c) && c != b'.' && c != b'/'
}

/// What a run of token characters looked like.
struct Token {
    /// The byte after its last core character (trailing punctuation left out).
    end: usize,
    /// Decoded characters up to `end`.
    len: usize,
    stars_only: bool,
    /// Has a character other than a letter, or a capital after the first character:
    /// `dXNlcjpwYXNz` or `eyJ.x`, not `understanding` or `Authentication`.
    credential_like: bool,
    /// Holds a key that [`key_at`] masks: the whole token goes, so that masking the key
    /// first could not change the verdict on the token (idempotence).
    holds_key: bool,
}

/// The token at `start`; `look_for_keys` also sets [`Token::holds_key`].
fn token_at(b: &[u8], start: usize, prev: u8, look_for_keys: bool) -> Token {
    let mut t = Token {
        end: start,
        len: 0,
        stars_only: false,
        credential_like: false,
        holds_key: false,
    };
    let (mut i, mut n, mut prev, mut stars, mut looks) = (start, 0, prev, true, false);
    while let Some((c, next)) = char_at(b, i) {
        if !is_token_char(c) {
            break;
        }
        n += 1;
        stars &= c == b'*';
        looks |= !c.is_ascii_alphabetic() || (n > 1 && c.is_ascii_uppercase());
        if is_core_char(c) {
            (t.end, t.len, t.stars_only, t.credential_like) = (next, n, stars, looks);
        }
        if look_for_keys && !t.holds_key && i > start {
            t.holds_key = matches!(key_at(b, i, prev), Some(Some(_)));
        }
        prev = c;
        i = next;
    }
    t
}

/// A key at `i` by its shape: `Some(None)` when the text starts like a key there but holds
/// nothing to mask (`sk-`, `sk-****`, a short `AIza…`), so no wider rule masks it either.
fn key_at(b: &[u8], i: usize, prev: u8) -> Option<Option<Secret>> {
    if !prev.is_ascii_alphabetic()
        && let Some(after) = word_at(b, i, b"sk-", false)
    {
        let keep_end = KEY_KINDS
            .iter()
            .find_map(|k| word_at(b, after, k, false))
            .unwrap_or(after);
        let t = token_at(b, keep_end, b'-', false);
        let masked = t.end > keep_end && !t.stars_only;
        return Some(masked.then_some(Secret {
            start: i,
            keep: keep_end - i,
            end: t.end,
        }));
    }
    let after = word_at(b, i, b"AIza", true)?;
    let (mut end, mut n) = (after, 0);
    while let Some((c, next)) = char_at(b, end) {
        if !(c.is_ascii_alphanumeric() || c == b'-' || c == b'_') {
            break;
        }
        (end, n) = (next, n + 1);
    }
    Some((n >= MIN_GOOGLE_TAIL).then_some(Secret {
        start: i,
        keep: after - i,
        end,
    }))
}

/// The secret of a credential starting at `start` (after a `Bearer`, or an `api-key:`):
/// a key by its own rule, else the whole token when it is long enough (and, for `Bearer`
/// / `Basic`, looks like one).
fn credential_at(b: &[u8], start: usize, min: usize, need_look: bool) -> Option<Secret> {
    if let Some(key) = key_at(b, start, b' ') {
        return key;
    }
    let t = token_at(b, start, b' ', true);
    let looks = t.credential_like || !need_look || t.len >= MIN_PLAIN_CREDENTIAL;
    let masked = t.holds_key || (t.len >= min && !t.stars_only && looks);
    masked.then_some(Secret {
        start,
        keep: 0,
        end: t.end,
    })
}

/// `Bearer <token>` / `Basic <credentials>`, with a space, tab, line break, `:`, `=` or
/// `%20` between.
fn auth_scheme_at(b: &[u8], i: usize) -> Option<Secret> {
    let after = word_at(b, i, b"bearer", false).or_else(|| word_at(b, i, b"basic", false))?;
    let mut j = after;
    loop {
        if b.get(j..j + 3) == Some(b"%20") {
            j += 3;
            continue;
        }
        match char_at(b, j) {
            Some((b' ' | b'\t' | b'\n' | b'\r' | b':' | b'=', next)) => j = next,
            _ => break,
        }
    }
    if j == after {
        return None;
    }
    credential_at(b, j, MIN_CREDENTIAL, true)
}

/// A value after an API-key name (`api-key: …`, `"x-api-key": "…"`, `api_key=…`,
/// `?key=…`).
fn key_context_at(b: &[u8], i: usize) -> Option<Secret> {
    let after = KEY_NAMES
        .iter()
        .find_map(|name| word_at(b, i, name, false))
        .or_else(|| word_at(b, i, b"key=", false).map(|j| j - 1))?;
    let skip = |mut j: usize, set: &[u8]| {
        while let Some((c, next)) = char_at(b, j) {
            if !set.contains(&c) {
                break;
            }
            j = next;
        }
        j
    };
    let j = skip(after, b"\"'");
    let j = skip(j, b" \t");
    let (sep, j) = char_at(b, j)?;
    if sep != b':' && sep != b'=' {
        return None;
    }
    let j = skip(j, b" \t");
    let j = skip(j, b"\"'");
    credential_at(b, j, MIN_CONTEXT_VALUE, false)
}

/// The secrets of a text, in order, none overlapping.
pub(super) struct Secrets<'a> {
    bytes: &'a [u8],
    at: usize,
    /// The decoded character before `at`.
    prev: u8,
}

impl<'a> Secrets<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Secrets {
            bytes: text.as_bytes(),
            at: 0,
            prev: b' ',
        }
    }

    /// The secret starting at `i`, whose decoded character is `c`, after `prev`.
    fn secret_at(&self, i: usize, c: u8, prev: u8) -> Option<Secret> {
        let b = self.bytes;
        let word_start = !prev.is_ascii_alphanumeric();
        match c {
            b's' | b'S' | b'a' | b'A' => key_at(b, i, prev)
                .flatten()
                .or_else(|| word_start.then(|| key_context_at(b, i)).flatten()),
            b'b' | b'B' => auth_scheme_at(b, i),
            _ => word_start.then(|| key_context_at(b, i)).flatten(),
        }
    }
}

/// Whether a secret may start at decoded character `c` after `prev`. Inside a word only a
/// Google key can start (every other shape starts a word or follows a digit or
/// punctuation), so most letters are rejected here.
#[inline]
fn could_start(c: u8, prev: u8) -> bool {
    match c {
        b'A' => true,
        b's' | b'S' | b'a' | b'b' | b'B' | b'k' | b'K' => !prev.is_ascii_alphabetic(),
        _ => false,
    }
}

impl Iterator for Secrets<'_> {
    type Item = Secret;

    fn next(&mut self) -> Option<Secret> {
        let b = self.bytes;
        let (mut i, mut prev) = (self.at, self.prev);
        while let Some(&byte) = b.get(i) {
            // Plain bytes stand for themselves (a byte of a multi-byte character is no
            // ASCII letter or digit, which is all `prev` is asked); escapes are decoded.
            let (c, next) = if byte == b'\\' {
                decode_at(b, i)
            } else {
                (byte, i + 1)
            };
            // A letter after a backslash is an escape to someone: `\\nsk-…` in a raw body
            // is `\nsk-…` in its decoded message, where the key starts a line.
            if prev.is_ascii_alphabetic() && i >= 2 && b[i - 2] == b'\\' {
                prev = b' ';
            }
            if could_start(c, prev)
                && let Some(found) = self.secret_at(i, c, prev)
            {
                self.at = found.end;
                // A secret ends before punctuation or a space: nothing after it is inside
                // its word.
                self.prev = b'*';
                return Some(found);
            }
            (i, prev) = (next, c);
        }
        self.at = i;
        None
    }
}
