use core::fmt;

/// The error of `FromStr` on a generated enum: the string is not a name the spec knows.
///
/// It keeps the rejected input, so nothing the caller passed in is lost.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseNameError {
    kind: &'static str,
    input: String,
}

impl ParseNameError {
    /// An error for `input`, which is not a known `kind` (`"error code"`, `"error type"`).
    pub fn new(kind: &'static str, input: &str) -> Self {
        ParseNameError {
            kind,
            input: input.to_owned(),
        }
    }

    /// The string that was not recognised.
    pub fn input(&self) -> &str {
        &self.input
    }

    /// What was being parsed (`"error code"` or `"error type"`).
    pub fn kind(&self) -> &'static str {
        self.kind
    }
}

impl fmt::Display for ParseNameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} `{}`", self.kind, self.input.escape_debug())
    }
}

impl std::error::Error for ParseNameError {}
