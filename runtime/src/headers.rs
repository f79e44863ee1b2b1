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
    fn header(&self, name: &str) -> Option<&str> {
        self.iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| *v)
    }
}

impl<const N: usize> HeaderSource for [(&str, &str); N] {
    fn header(&self, name: &str) -> Option<&str> {
        self.as_slice().header(name)
    }
}

impl HeaderSource for Vec<(String, String)> {
    fn header(&self, name: &str) -> Option<&str> {
        self.iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// No headers at all.
impl HeaderSource for () {
    fn header(&self, _name: &str) -> Option<&str> {
        None
    }
}

impl<T: HeaderSource + ?Sized> HeaderSource for &T {
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

#[cfg(test)]
mod tests {
    use super::HeaderSource;

    #[test]
    fn pairs_are_case_insensitive_and_first_wins() {
        let h = [("Retry-After", "3"), ("retry-after", "9")];
        assert_eq!(h.header("retry-after"), Some("3"));
        assert_eq!(h.header("x-request-id"), None);
    }
}
