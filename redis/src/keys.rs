//! Where one API key's state lives: key names under a hash tag, so that every key a
//! script touches sits in one Redis Cluster slot, and the API key itself only as a hash.

use core::fmt::Write as _;

use sha2::{Digest, Sha256};

/// Hex digits of the API key's SHA-256 kept in key names (128 bits: no two keys of one
/// deployment collide).
const HASH_HEX: usize = 32;

/// The key names of one API key: `{prefix:hash}:name`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct KeySpace {
    tag: String,
}

impl KeySpace {
    /// The keys of `api_key` under `prefix` (checked by [`check_prefix`]).
    pub(crate) fn new(prefix: &str, api_key: &str) -> KeySpace {
        let digest = Sha256::digest(api_key.as_bytes());
        let mut hash = String::with_capacity(HASH_HEX);
        for byte in digest.iter().take(HASH_HEX / 2) {
            let _ = write!(hash, "{byte:02x}");
        }
        KeySpace {
            tag: format!("{{{prefix}:{hash}}}"),
        }
    }

    /// One key: the tag, a colon, the name.
    pub(crate) fn key(&self, name: &str) -> String {
        format!("{}:{name}", self.tag)
    }

    /// The limiter's keys, in the order its script names them.
    pub(crate) fn limiter(&self) -> [String; 6] {
        ["requests", "tokens", "inflight", "block", "seq", "seen"].map(|n| self.key(n))
    }

    /// The retry budget's keys, in the order its script names them.
    pub(crate) fn budget(&self) -> [String; 2] {
        ["bucket", "ratio"].map(|n| self.key(n))
    }
}

/// Why a prefix cannot be used: a brace would move the hash tag.
pub(crate) fn check_prefix(prefix: &str) -> Result<(), String> {
    if prefix.contains(['{', '}']) {
        return Err(format!(
            "key prefix `{prefix}` holds a brace: it would break the `{{…}}` hash tag"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_share_one_hash_tag_and_hide_the_api_key() {
        let keys = KeySpace::new("acme", "sk-live-secret");
        let names = keys.limiter();
        let tag = &names[0][..names[0].find('}').map_or(0, |i| i + 1)];
        assert!(tag.starts_with("{acme:") && tag.len() == "{acme:}".len() + HASH_HEX);
        for name in names.iter().chain(keys.budget().iter()) {
            assert!(name.starts_with(tag), "{name}");
            assert!(!name.contains("secret"), "{name}");
        }
        assert_ne!(keys, KeySpace::new("acme", "sk-live-other"));
        assert_eq!(keys, KeySpace::new("acme", "sk-live-secret"));
    }

    #[test]
    fn braces_in_the_prefix_are_refused() {
        assert!(check_prefix("errspec").is_ok());
        let err = check_prefix("a{b").unwrap_err();
        assert!(err.contains("`a{b`"), "{err}");
    }
}
