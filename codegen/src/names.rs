//! Rust names for spec strings.

use heck::ToUpperCamelCase;

/// Variant names that generated code cannot use, each renamed with a trailing `_`:
/// `Self` is the one keyword that case conversion can produce and `r#` cannot escape, and
/// `Err` would make `Self::Err` (the `FromStr` error type the enums name) ambiguous.
const RESERVED_VARIANTS: &[&str] = &["Self", "Err"];

/// The variant name for a code or type string: UpperCamelCase, with the
/// reserved names renamed (`self` → `Self_`, `err` → `Err_`).
pub fn variant_name(name: &str) -> String {
    let camel = name.to_upper_camel_case();
    if RESERVED_VARIANTS.contains(&camel.as_str()) {
        camel + "_"
    } else {
        camel
    }
}

/// Whether `name` is acceptable as a code or type string: ASCII letters, digits, `_`,
/// `-` and `.`, starting with a letter, at most 100 characters.
pub fn is_valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic())
        && name.len() <= 100
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_codes_to_variants() {
        assert_eq!(variant_name("rate_limit_exceeded"), "RateLimitExceeded");
        assert_eq!(variant_name("type"), "Type");
        assert_eq!(variant_name("self"), "Self_");
        assert_eq!(variant_name("err"), "Err_");
        assert_eq!(variant_name("ERR"), "Err_");
        assert_eq!(variant_name("gpt-4.turbo"), "Gpt4Turbo");
    }

    #[test]
    fn accepts_only_plain_names() {
        assert!(is_valid_name("invalid_api_key"));
        assert!(is_valid_name("a.b-c"));
        assert!(!is_valid_name(""));
        assert!(!is_valid_name("1abc"));
        assert!(!is_valid_name("rate limit"));
        assert!(!is_valid_name("é"));
    }
}
