//! Rust names for spec strings.

use heck::ToUpperCamelCase;

/// Variant names that generated code cannot use, each renamed with a trailing `_`:
/// `Self` is the one keyword that case conversion can produce and `r#` cannot escape, and
/// `Err` would make `Self::Err` (the `FromStr` error type the enums name) ambiguous.
const RESERVED_VARIANTS: &[&str] = &["Self", "Err"];

/// The variant name for a code or type string: UpperCamelCase, with the
/// reserved names renamed (`self` → `Self_`, `err` → `Err_`).
pub fn variant_name(name: &str) -> String {
    let camel = snake_to_camel(name).unwrap_or_else(|| name.to_upper_camel_case());
    if RESERVED_VARIANTS.contains(&camel.as_str()) {
        camel + "_"
    } else {
        camel
    }
}

/// [`ToUpperCamelCase`] for the usual code, lowercase ASCII letters and digits in words
/// joined by `_` (`rate_limit_exceeded_2` → `RateLimitExceeded2`): each word with its first
/// letter raised. `None` for anything else (capitals, `-`, `.`), which heck converts. A
/// byte loop, where heck's general rules cost a call per character in the unoptimized
/// macro.
fn snake_to_camel(name: &str) -> Option<String> {
    let b = name.as_bytes();
    let mut out = String::with_capacity(b.len());
    let mut word_start = true;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'_' {
            word_start = true;
        } else if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(if word_start {
                c.to_ascii_uppercase()
            } else {
                c
            } as char);
            word_start = false;
        } else {
            return None;
        }
        i += 1;
    }
    Some(out)
}

/// Whether `name` is acceptable as a code or type string: ASCII letters, digits, `_`,
/// `-` and `.`, starting with a letter, at most 100 characters.
pub fn is_valid_name(name: &str) -> bool {
    // A byte loop with a table: `chars().all(…)` costs several calls per character in the
    // unoptimized macro, and every code and name of a spec is checked. A non-ASCII byte is
    // in no class, as its character would be.
    let b = name.as_bytes();
    if b.is_empty() || !b[0].is_ascii_alphabetic() || b.len() > 100 {
        return false;
    }
    let (mut i, len) = (1, b.len());
    while i < len && NAME_BYTES[b[i] as usize] {
        i += 1;
    }
    i == len
}

/// The bytes a name may hold after its first: ASCII letters and digits, `_`, `-`, `.`.
static NAME_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        table[i] = b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.';
        i += 1;
    }
    table
};

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
    fn the_quick_conversion_is_hecks() {
        for name in [
            "rate_limit_exceeded_12",
            "a",
            "a1b2_3c",
            "_lead",
            "trail_",
            "two__underscores",
            "x_1_2",
            "9lives",
            "",
        ] {
            assert_eq!(
                snake_to_camel(name).as_deref(),
                Some(name.to_upper_camel_case().as_str()),
                "{name}"
            );
        }
        for name in ["Mixed", "kebab-case", "dot.ted", "ünï"] {
            assert_eq!(snake_to_camel(name), None, "{name}");
        }
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
