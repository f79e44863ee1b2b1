//! Redaction: what `errspec_runtime::response::redact` returns is stable under a second pass and
//! shows no key-shaped text.

use errspec::runtime::response::redact::{Redacted, redact};

/// Redacts the input (read as UTF-8, lossily), checking every invariant.
pub fn check_redact(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let once = redact(&text);
    assert_eq!(once, redact(&text), "determinism");
    assert_eq!(
        Redacted(&text).to_string(),
        once,
        "Display agrees with redact"
    );
    if let Some(left) = leaked_secret(&once) {
        panic!("a secret is left after redaction: {left:?} in {once:?}");
    }
    assert_eq!(
        redact(&once),
        once,
        "idempotence: redacting again changes the text"
    );
    // Bounded output: each secret becomes at most its kept prefix and the mask.
    assert!(
        once.len() <= text.len() + 4 * (text.len() / 3 + 1),
        "output grew"
    );
}

/// The first secret-shaped text in `text` that redaction should have masked: the one
/// definition of a leak, to grow with the shapes redaction recognises.
///
/// Today: an OpenAI/Anthropic-style key, `sk-` at the start of a word (not after a
/// letter, digit, `_`, `-` or `*`), followed (after an optional kind prefix such as
/// `proj-`, in any case) by a character keys are made of, rather than the mask.
pub fn leaked_secret(text: &str) -> Option<&str> {
    const KINDS: [&str; 4] = ["proj-", "ant-", "svcacct-", "admin-"];
    let is_key_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(at) = text[from..].find("sk-").map(|i| from + i) {
        from = at + 3;
        let word_start = at == 0 || !(is_key_byte(bytes[at - 1]) || bytes[at - 1] == b'*');
        if !word_start {
            continue;
        }
        let rest = &text[at + 3..];
        // A kind prefix is shown in whatever case it came.
        let kind = KINDS
            .iter()
            .find(|k| {
                rest.get(..k.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(k))
            })
            .map_or(0, |k| k.len());
        if rest.as_bytes().get(kind).is_some_and(|&b| is_key_byte(b)) {
            let end = (at + 3 + kind + 16).min(text.len());
            return Some(text.get(at..end).unwrap_or(&text[at..]));
        }
    }
    None
}
