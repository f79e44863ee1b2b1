//! Message patterns: what picks an entry when the body's code is null or too general
//! ("This model's maximum context length is …" with `code: null`).
//!
//! A pattern is lowercase text in which `*` stands for any run of characters; it matches
//! a message that contains its parts in order, ignoring ASCII case. Codegen lowercases
//! and checks patterns at build time, so matching needs no allocation and no set-up.

/// Whether `message` matches `pattern` (lowercase; `*` = any text), ignoring ASCII case.
pub fn pattern_matches(message: &str, pattern: &str) -> bool {
    if memchr::memchr(b'*', pattern.as_bytes()).is_none() {
        // Most patterns are one piece of text: no splitting.
        return pattern.is_empty()
            || find_ignoring_case(message.as_bytes(), pattern.as_bytes()).is_some();
    }
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
///
/// Candidates are found with `memchr2` on the needle's rarest byte (in English text) rather
/// than its first: "rejected by the safety system" is looked for by its `y`, not its `r`,
/// and a message has few of those. Each candidate is then compared in full.
fn find_ignoring_case(hay: &[u8], needle: &[u8]) -> Option<usize> {
    find_by_rare_byte(hay, needle, rare_offset(needle)?)
}

/// Where the rarest byte of `needle` is (the first of equally rare ones); `None` when it
/// is empty. Codegen stores it beside every pattern without `*`
/// ([`LookupTables`](crate::__private::LookupTables)), so matching need not work it out.
pub fn rare_offset(needle: &[u8]) -> Option<usize> {
    let (offset, _) = needle
        .iter()
        .enumerate()
        .min_by_key(|&(_, &b)| COMMONNESS[usize::from(b)])?;
    Some(offset)
}

/// [`pattern_matches`] for a pattern without `*` whose [`rare_offset`] is known.
#[inline]
pub(crate) fn pattern_matches_at(message: &str, pattern: &str, rare: usize) -> bool {
    find_by_rare_byte(message.as_bytes(), pattern.as_bytes(), rare).is_some()
}

/// [`find_ignoring_case`], the needle's byte at `offset` the one to look for.
fn find_by_rare_byte(hay: &[u8], needle: &[u8], offset: usize) -> Option<usize> {
    let last_start = hay.len().checked_sub(needle.len())?;
    let &rare = needle.get(offset)?;
    // Where the rare byte may be: at `offset` into a window that fits in `hay`.
    let mut from = offset;
    let end = last_start + offset;
    while from <= end {
        let at = from + memchr::memchr2(rare, rare.to_ascii_uppercase(), &hay[from..=end])?;
        let start = at - offset;
        if hay[start..start + needle.len()].eq_ignore_ascii_case(needle) {
            return Some(start);
        }
        from = at + 1;
    }
    None
}

/// How common a byte is in English error messages (lowercase letters by their frequency
/// in English, then digits and punctuation; space most common): higher is more common.
static COMMONNESS: [u8; 256] = {
    let mut table = [0u8; 256];
    // Least to most common.
    let order = b"zqxjkvbpygfwmucldrhsnioate";
    let mut i = 0;
    while i < order.len() {
        table[order[i] as usize] = 10 + i as u8;
        i += 1;
    }
    let mut d = b'0';
    while d <= b'9' {
        table[d as usize] = 20;
        d += 1;
    }
    table[b'.' as usize] = 30;
    table[b',' as usize] = 30;
    table[b'\'' as usize] = 30;
    table[b' ' as usize] = 255;
    table
};

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

    #[test]
    fn a_known_rare_offset_finds_what_the_search_finds() {
        use super::{pattern_matches_at, rare_offset};
        let m = "Rejected by the SAFETY system, maximum context length";
        for p in [
            "safety",
            "by the s",
            "maximum context length",
            "zzz",
            "m",
            "th",
        ] {
            let at = rare_offset(p.as_bytes()).unwrap();
            assert_eq!(pattern_matches_at(m, p, at), pattern_matches(m, p), "{p}");
        }
        assert_eq!(rare_offset(b""), None);
        assert_eq!(rare_offset(b"safety"), Some(5));
        // An offset past the needle (a hand-made table) finds nothing, never panics.
        assert!(!pattern_matches_at(m, "safety", 9));
    }

    #[test]
    fn the_rare_byte_is_found_wherever_it_sits() {
        // `y` is the rarest byte of the needle, at its end, in the middle and at its start.
        assert!(pattern_matches("the SAFETY system", "safety"));
        assert!(pattern_matches("Your key", "your k"));
        assert!(pattern_matches("xx yy zz", "y z"));
        assert!(!pattern_matches("safet", "safety"));
        // A candidate too near either edge of the message is skipped, not sliced past.
        assert!(!pattern_matches("y safety", "a safety"));
        assert!(pattern_matches("zz a zz", "a z"));
    }
}
