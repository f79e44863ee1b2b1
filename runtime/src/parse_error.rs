use core::fmt;

/// The error of `FromStr` on a generated enum (the string is not a name the spec knows),
/// and on [`Category`](crate::Category), [`Provenance`](crate::Provenance) and
/// [`Provider`](crate::Provider).
///
/// It keeps the rejected input, so nothing the caller passed in is lost.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseNameError {
    kind: &'static str,
    input: String,
}

impl ParseNameError {
    /// An error for `input`, which is not a known `kind` (`"error code"`, `"error type"`).
    #[doc(hidden)] // called by generated `FromStr` impls
    pub fn new(kind: &'static str, input: &str) -> Self {
        ParseNameError {
            kind,
            input: input.to_owned(),
        }
    }

    /// The string that was not recognised, as given (`Display` masks credentials in it).
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl fmt::Display for ParseNameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The input is whatever the caller parsed, possibly a header or body with a key in
        // it: masked like every other text errspec shows.
        let shown = crate::response::redact::redact(&self.input);
        write!(f, "unknown {} `{}`", self.kind, shown.escape_debug())
    }
}

impl std::error::Error for ParseNameError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_masks_a_key_and_keeps_the_input() {
        let input = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789";
        let e = ParseNameError::new("error code", input);
        assert!(!e.to_string().contains("abcdefghijklmnop"), "{e}");
        assert!(e.to_string().starts_with("unknown error code `"), "{e}");
        assert_eq!(e.input(), input);
        let plain = ParseNameError::new("error type", "tab\there");
        assert_eq!(plain.to_string(), "unknown error type `tab\\there`");
    }
}
