//! Message patterns: what picks an entry when the body's code is null or too general
//! ("This model's maximum context length is …" with `code: null`).
//!
//! A pattern is lowercase text in which `*` stands for any run of characters; it matches
//! a message that contains its parts in order, ignoring ASCII case. Codegen lowercases
//! and checks patterns at build time, so matching needs no allocation and no set-up.

/// Whether `message` matches `pattern` (lowercase; `*` = any text), ignoring ASCII case.
pub fn pattern_matches(message: &str, pattern: &str) -> bool {
    let mut rest = message.as_bytes();
    for part in pattern.split('*').filter(|p| !p.is_empty()) {
        match find_ignoring_case(rest, part.as_bytes()) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}

/// The first position of `needle` (lowercase) in `hay`, ignoring ASCII case.
fn find_ignoring_case(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, _) = needle.split_first()?;
    let last_start = hay.len().checked_sub(needle.len())?;
    let mut from = 0;
    while from <= last_start {
        let window = &hay[from..=last_start];
        let at = from + memchr::memchr2(first, first.to_ascii_uppercase(), window)?;
        if hay[at..at + needle.len()].eq_ignore_ascii_case(needle) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::pattern_matches;

    #[test]
    fn substrings_match_ignoring_ascii_case() {
        let m = "This model's maximum context length is 8192 tokens.";
        assert!(pattern_matches(m, "maximum context length"));
        assert!(pattern_matches(m, "this model's"));
        assert!(!pattern_matches(m, "context window"));
        assert!(!pattern_matches("", "x"));
    }

    #[test]
    fn stars_match_any_text_in_order() {
        let m =
            "Request too large for gpt-4o on tokens per min (TPM): Limit 30000, Requested 45000.";
        assert!(pattern_matches(m, "request too large for*requested"));
        assert!(pattern_matches(m, "*limit*requested*"));
        assert!(!pattern_matches(m, "requested*limit"));
    }

    #[test]
    fn needles_at_the_edges_and_longer_than_the_message() {
        assert!(pattern_matches("abc", "abc"));
        assert!(pattern_matches("xxABC", "abc"));
        assert!(!pattern_matches("ab", "abc"));
        assert!(pattern_matches("aaab", "aab"));
        // Only ASCII letters fold: other text compares byte for byte.
        assert!(pattern_matches("das ünïcode fehlt", "ünïcode"));
        assert!(!pattern_matches("Ünïcode fehlt", "ünïcode"));
    }
}
