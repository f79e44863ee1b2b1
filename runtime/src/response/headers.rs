//! Read-only access to response headers, whatever HTTP library produced them.

/// Response headers as the runtime reads them: look-up by lower-case name.
///
/// Implemented for slices of `(name, value)` pairs (handy in tests and for hand-built
/// responses) and, with the `http` feature, for `http::HeaderMap`. Values that are not
/// valid UTF-8 read as absent: a hostile header is ignored, never trusted.
pub trait HeaderSource {
    /// The first value of the header `name` (given in lower case), if present and UTF-8.
    fn header(&self, name: &str) -> Option<&str>;
}

impl HeaderSource for [(&str, &str)] {
    #[inline]
    fn header(&self, name: &str) -> Option<&str> {
        self.iter()
            .find(|(n, _)| same_name(n, name))
            .map(|(_, v)| *v)
    }
}

impl<const N: usize> HeaderSource for [(&str, &str); N] {
    #[inline]
    fn header(&self, name: &str) -> Option<&str> {
        self.as_slice().header(name)
    }
}

impl HeaderSource for Vec<(String, String)> {
    fn header(&self, name: &str) -> Option<&str> {
        self.iter()
            .find(|(n, _)| same_name(n, name))
            .map(|(_, v)| v.as_str())
    }
}

/// Whether the header name `n` is `name` (lower case), in any case. Names are nearly
/// always sent in lower case (HTTP/2 requires it), so an exact comparison settles most
/// pairs before the byte-by-byte case folding.
#[inline]
fn same_name(n: &str, name: &str) -> bool {
    let (n, name) = (n.as_bytes(), name.as_bytes());
    n.len() == name.len() && (same_bytes(n, name) || n.eq_ignore_ascii_case(name))
}

/// `a == b` for slices of the same length; names of 8 to 16 bytes (most of them) as two
/// overlapping words, without a call to `memcmp`.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    fn word(s: Option<&[u8; 8]>) -> Option<u64> {
        s.map(|w| u64::from_ne_bytes(*w))
    }
    if (8..=16).contains(&a.len()) {
        return word(a.first_chunk()) == word(b.first_chunk())
            && word(a.last_chunk()) == word(b.last_chunk());
    }
    a == b
}

/// No headers at all.
impl HeaderSource for () {
    fn header(&self, _name: &str) -> Option<&str> {
        None
    }
}

impl<T: HeaderSource + ?Sized> HeaderSource for &T {
    #[inline]
    fn header(&self, name: &str) -> Option<&str> {
        (**self).header(name)
    }
}

#[cfg(feature = "http")]
impl HeaderSource for http::HeaderMap {
    fn header(&self, name: &str) -> Option<&str> {
        self.get(name).and_then(|v| v.to_str().ok())
    }
}

/// `u64::MAX` has 20 digits: a longer count is garbage, not a big number.
const MAX_COUNT_DIGITS: usize = 20;

/// A header's count (`x-ratelimit-remaining-tokens: 29472`): plain decimal digits, spaces
/// around them allowed. Signs, fractions, exponents, and values too long for a `u64` are
/// rejected. The one parser of counts, for the retry hints and the limiter alike.
#[doc(hidden)] // for the fuzz invariants; not a public API
pub fn parse_count(value: &str) -> Option<u64> {
    let value = value.trim();
    if value.is_empty()
        || value.len() > MAX_COUNT_DIGITS
        || !value.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    value.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::{HeaderSource, parse_count};

    #[test]
    fn pairs_are_case_insensitive_and_first_wins() {
        let h = [("Retry-After", "3"), ("retry-after", "9")];
        assert_eq!(h.header("retry-after"), Some("3"));
        assert_eq!(h.header("x-request-id"), None);
        let owned = vec![("X-Request-ID".to_owned(), "r".to_owned())];
        assert_eq!(owned.header("x-request-id"), Some("r"));
        assert_eq!(owned.header("x-request-i"), None);
    }

    #[test]
    fn counts_are_plain_digits() {
        assert_eq!(parse_count("0"), Some(0));
        assert_eq!(parse_count("18446744073709551615"), Some(u64::MAX));
        for bad in [
            "",
            "+1",
            "-1",
            "1.5",
            "99999999999999999999",
            "123456789012345678901",
            "x",
        ] {
            assert_eq!(parse_count(bad), None, "{bad}");
        }
    }
}
