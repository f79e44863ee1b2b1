//! Redaction of API keys and credentials in text we show or log: one rule for every output.
//!
//! Servers echo credentials back in error messages ("Incorrect API key provided: sk-…"),
//! transport errors quote URLs (`…?key=AIza…`), and users paste keys into bodies. Whatever
//! errspec shows of a server's or a transport's text goes through [`redact`] (or the
//! allocation-free [`Redacted`]) first (DESIGN.md principle 9): the `Display` and `Debug` of
//! [`ErrorDetails`](crate::classify::ErrorDetails), [`Classification`](crate::Classification),
//! [`ApiError`](crate::ApiError) and [`RetryError`](crate::retry::RetryError), the
//! fields and `display` strings of `#[derive(SpecError)]` enums, the `tracing` events, the
//! CLI. Metrics labels made from server text must call [`redact`] too.
//!
//! # What is recognised
//!
//! | Shape | Example | Shown as |
//! |---|---|---|
//! | OpenAI / Anthropic key: `sk-` (any case) not after a letter, then key characters | `sk-abc…`, `sk-proj-…`, `sk-ant-api03-…`, `KEY_sk-…`, `SK-…` | `sk-****`, `sk-proj-****`, `sk-ant-****` (the kind is kept: `proj-`, `ant-`, `svcacct-`, `admin-`) |
//! | Google API key: `AIza` and 30 or more of `[A-Za-z0-9_-]` | `?key=AIzaSyD…` | `?key=AIza****` |
//! | A value in an API-key context: after `api-key`, `api_key`, `apikey`, `subscription-key` (as the end of a longer name too: `x-api-key`, `x-goog-api-key`, `OPENAI_API_KEY`, `Ocp-Apim-Subscription-Key`) or `key=`, then `:` or `=` (quotes and spaces allowed around), a value of 12 or more key characters — Azure's 32-hex keys | `api-key: 0123…cdef`, `"x-api-key":"…"` | `api-key: ****` |
//! | `Bearer` / `Basic` (any case, not after a letter), then spaces, tabs, a line break, `:`, `=` or `%20`, then a credential of 8 or more key characters that has a digit, punctuation or a capital after its first letter (or 20 letters) | `Bearer eyJ…`, `Bearer\nsk-…`, `Bearer:tok…`, `Bearer%20sk-…`, `Basic dXNlcjpwYXNz` | `Bearer ****`, `Basic ****` |
//!
//! Key characters are ASCII letters and digits and `- _ * . / + = ~`; a trailing `.` or
//! `/` (the end of a sentence or a path) stays visible, and `*` is included so a key the
//! server masked partly (`sk-abc***xyz`) is masked whole. A credential holding a key
//! (`Bearer x.sk-…`) is masked whole.
//!
//! The text is read as a JSON decoder would: `\u0073k-…`, `sk\u002d…` and `\nsk-…` in a raw
//! body are found like `sk-…`, and masked in place (`\u0073k-****`). A letter after a
//! backslash counts as an escape (`\\nsk-…` is masked too, as its decoded text would be).
//!
//! # What is not
//!
//! Text is not masked merely for being long or hexadecimal: a request id (`req_…`, a
//! 32-hex `x-request-id`) stays as it is unless it stands in an API-key context. `sk-` after
//! a letter (`task-`, `ask-`, `risk-`) is a word, and so are model names (`gpt-4o-mini`,
//! `claude-3-5-sonnet`). Redaction errs on the side of hiding otherwise: any `sk-` word is
//! masked, even a short one (`sk-1`).
//!
//! # Guarantees
//!
//! - Idempotent: `redact(&redact(x)) == redact(x)` (a masked `sk-****`, `Bearer ****` or
//!   `api-key: ****` is left as it is).
//! - Never panics, and grows little: a masked part is at least one byte and becomes
//!   `****`, and a secret takes at least four bytes (`sk-1` → `sk-****`), so the output is
//!   under twice the input.
//! - Text with nothing to mask is never copied: [`redact`] borrows it and [`Redacted`]
//!   writes it straight through.
//!
//! # Raw text
//!
//! [`ErrorDetails::message`](crate::classify::ErrorDetails::message) is redacted; the raw
//! text stays available, for parsing, under names that say so:
//! [`ErrorDetails::message_unredacted`](crate::classify::ErrorDetails::message_unredacted)
//! and [`ErrorDetails::raw_body_unredacted`](crate::classify::ErrorDetails::raw_body_unredacted)
//! (and a transport error in the `error` field of
//! [`AttemptError::Transport`](crate::retry::AttemptError::Transport), whose `source()` chain
//! therefore stops at the redacted [`AttemptError`](crate::retry::AttemptError)). The
//! identifiers `code()`, `error_type()`, `param()` and `request_id()` are returned as sent,
//! since they are matched against; everything that shows them redacts them.

mod scan;

use scan::{Secret, Secrets};
use std::borrow::Cow;
use std::fmt::{self, Debug, Display, Write as _};

/// What replaces the secret part of a key or token.
pub const MASK: &str = "****";

/// `text` with every key and credential masked; borrowed when there is nothing to mask.
///
/// The one redaction rule of errspec (the module docs list what it recognises): call it on
/// any server or transport text before it leaves the program (logs, metrics labels).
///
/// ```
/// use errspec_runtime::response::redact;
/// let shown = redact("Incorrect API key provided: sk-proj-abc123.");
/// assert_eq!(shown, "Incorrect API key provided: sk-proj-****.");
/// let shown = redact("GET /v1/models?key=AIzaSyA1234567890abcdefghijklmnopqrstu");
/// assert_eq!(shown, "GET /v1/models?key=AIza****");
/// assert!(matches!(redact("no secrets here"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn redact(text: &str) -> Cow<'_, str> {
    let mut secrets = Secrets::new(text);
    let Some(first) = secrets.next() else {
        return Cow::Borrowed(text);
    };
    // The scan goes on from the first secret: the text is read once.
    let mut out = String::with_capacity(text.len() + MASK.len());
    let _ = write_pieces(text, std::iter::once(first).chain(secrets), |piece| {
        out.push_str(piece);
        Ok(())
    });
    Cow::Owned(out)
}

/// Whether `text` holds something [`redact`] would mask.
pub fn contains_secret(text: &str) -> bool {
    Secrets::new(text).next().is_some()
}

/// Displays (and debug-prints, quoted) a string with its secrets masked, without
/// allocating.
#[derive(Clone, Copy)]
pub struct Redacted<'a>(pub &'a str);

/// Calls `write` with the pieces of `text` redacted, `secrets` being its secrets in order.
fn write_pieces(
    text: &str,
    secrets: impl Iterator<Item = Secret>,
    mut write: impl FnMut(&str) -> fmt::Result,
) -> fmt::Result {
    let mut done = 0;
    for Secret { start, keep, end } in secrets {
        write(&text[done..start + keep])?;
        write(MASK)?;
        done = end;
    }
    write(&text[done..])
}

impl Redacted<'_> {
    /// Calls `write` with the pieces of the redacted text, in order.
    fn pieces(&self, write: impl FnMut(&str) -> fmt::Result) -> fmt::Result {
        write_pieces(self.0, Secrets::new(self.0), write)
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

/// `Debug` of a value whose own `Debug` may quote a server's or a transport's text (a
/// client error with its URL): formatted, then redacted.
pub(crate) struct DebugRedacted<T>(pub(crate) T);

impl<T: Debug> Debug for DebugRedacted<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = if f.alternate() {
            format!("{:#?}", self.0)
        } else {
            format!("{:?}", self.0)
        };
        Display::fmt(&Redacted(&text), f)
    }
}

/// Writes formatted text redacted: for `display` strings of derived enums, whose
/// arguments are the user's fields and may hold server text. Allocates only when the text
/// has arguments.
pub fn write_redacted(f: &mut fmt::Formatter<'_>, args: fmt::Arguments<'_>) -> fmt::Result {
    match args.as_str() {
        Some(text) => Display::fmt(&Redacted(text), f),
        None => Display::fmt(&Redacted(&args.to_string()), f),
    }
}

#[cfg(test)]
mod tests;
