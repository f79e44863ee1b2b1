//! The code → variant lookup of a generated catalog: a hash table that codegen lays out
//! at build time, so the generated code is two arrays of numbers instead of a `match`
//! with an arm per code (which costs compile time in proportion, and is a chain of string
//! comparisons in a debug build).
//!
//! Codegen hashes every code and alias code with [`code_hash`] and places it in the first
//! free slot from `hash & (slots - 1)` on (linear probing, at most half the slots used);
//! [`CodeIndex::find`] walks the same way until it meets a variant that has the code, or
//! an empty slot. The code strings themselves are the entries': writing them here again
//! would be one more string literal per code for rustc to read on every check.

/// A generated catalog's code → variant table. Built by codegen only: a hand-made one
/// that breaks the layout rules above finds nothing, it never panics.
#[derive(Clone, Copy, Debug)]
pub struct CodeIndex {
    /// The variant (its index in `ALL`) of each key: every code, then every alias code.
    pub variants: &'static [u32],
    /// A power-of-two number of slots: `0` is empty, `k + 1` holds key `k`.
    pub slots: &'static [u32],
}

impl CodeIndex {
    /// The variant index of `code`, if the catalog knows it; `has(v)` says whether
    /// variant `v` has `code` as its code or an alias code (a catalog's codes are all
    /// distinct, so the first variant on the walk that has it is the one).
    #[inline]
    pub fn find(&self, code: &str, has: impl Fn(usize) -> bool) -> Option<usize> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut at = code_hash(code) as usize & mask;
        // Bounded by the slot count, so a malformed table cannot loop forever.
        for _ in 0..self.slots.len() {
            let key = (*self.slots.get(at)? as usize).checked_sub(1)?;
            let variant = *self.variants.get(key)? as usize;
            if has(variant) {
                return Some(variant);
            }
            at = (at + 1) & mask;
        }
        None
    }

    /// The slot layout for `keys`: what codegen emits as [`slots`](CodeIndex::slots).
    pub fn layout<'k>(keys: impl ExactSizeIterator<Item = &'k str>) -> Vec<u32> {
        let len = (keys.len() * 2).next_power_of_two().max(2);
        let mut slots = vec![0u32; len];
        for (k, key) in keys.enumerate() {
            let mut at = code_hash(key) as usize & (len - 1);
            while slots[at] != 0 {
                at = (at + 1) & (len - 1);
            }
            slots[at] = k as u32 + 1;
        }
        slots
    }
}

/// What a generated catalog works out at build time for the look-ups that do not go by
/// code, so that a body without a known code costs a few table rows instead of walks over
/// every entry (see [`lookup`](crate::classify::lookup) for the order). Codegen fills it
/// by running that same `lookup` over the spec's entries, so both always agree.
#[derive(Clone, Copy, Debug)]
pub struct LookupTables {
    /// Every message pattern under every status its entry accepts, by status, then in spec
    /// order (entry, then pattern): `(status, entry, pattern, rare)`, where `rare` is the
    /// pattern's [`rare_offset`](Self::rare_offset), or [`NO_RARE`](Self::NO_RARE) for a
    /// pattern with `*`. The first row of a status whose pattern matches is the entry.
    pub patterns: &'static [(u16, u32, &'static str, u16)],
    /// Every refinement, in spec order: `(the code it refines, the refining entry)`.
    pub refinements: &'static [(&'static str, u32)],
    /// For every status some entry accepts, by status: the entry the status alone picks
    /// (index in `ALL`). Statuses that pick none are left out.
    pub by_status: &'static [(u16, u32)],
    /// For every status and error type (or alias type) that pick an entry together, by
    /// status: the entry they pick.
    pub by_type: &'static [(u16, &'static str, u32)],
}

impl LookupTables {
    /// [`patterns`](Self::patterns)' mark of a pattern matched in parts (it holds `*`).
    pub const NO_RARE: u16 = u16::MAX;

    /// The offset of the byte a pattern without `*` is looked for by: what codegen stores.
    pub fn rare_offset(pattern: &str) -> u16 {
        match crate::catalog::rare_offset(pattern.as_bytes()) {
            Some(at) if !pattern.contains('*') => u16::try_from(at).unwrap_or(Self::NO_RARE),
            _ => Self::NO_RARE,
        }
    }

    /// The entry of the first pattern of `status`' rows that `matches`.
    #[inline]
    pub(crate) fn by_pattern(
        &self,
        status: u16,
        matches: impl Fn(&str, u16) -> bool,
    ) -> Option<usize> {
        let from = self.patterns.partition_point(|&(s, ..)| s < status);
        let rows = self.patterns.get(from..)?;
        rows.iter()
            .take_while(|&&(s, ..)| s == status)
            .find(|&&(_, _, pattern, rare)| matches(pattern, rare))
            .map(|&(_, i, ..)| i as usize)
    }

    /// The entry `status` alone picks.
    #[inline]
    pub fn by_status(&self, status: u16) -> Option<usize> {
        let at = self
            .by_status
            .binary_search_by_key(&status, |&(s, _)| s)
            .ok()?;
        self.by_status.get(at).map(|&(_, i)| i as usize)
    }

    /// The entry `status` and the type `error_type` pick together.
    #[inline]
    pub fn by_type(&self, status: u16, error_type: &str) -> Option<usize> {
        // Rows of one status are together: find the first, then compare names.
        let from = self.by_type.partition_point(|&(s, _, _)| s < status);
        let rows = self.by_type.get(from..)?;
        rows.iter()
            .take_while(|&&(s, _, _)| s == status)
            .find(|&&(_, ty, _)| ty == error_type)
            .map(|&(_, _, i)| i as usize)
    }
}

/// The hash of a code string: eight bytes at a time, then a final mix so that codes
/// differing only in their last bytes (`…_1`, `…_2`) spread over the low bits. Fixed
/// (little-endian, no per-process seed) because codegen and the runtime must agree.
#[inline]
pub fn code_hash(code: &str) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let bytes = code.as_bytes();
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = (h ^ u64::from_le_bytes(word))
            .wrapping_mul(K)
            .rotate_left(31);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(word)).wrapping_mul(K);
    }
    h ^= h >> 32;
    h = h.wrapping_mul(K);
    h ^ (h >> 29)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(keys: &'static [&'static str], variants: &'static [u32]) -> CodeIndex {
        let slots = CodeIndex::layout(keys.iter().copied());
        CodeIndex {
            variants,
            slots: Vec::leak(slots),
        }
    }

    #[test]
    fn finds_every_key_and_nothing_else() {
        let keys: Vec<&'static str> = (0..500)
            .map(|i| &*String::leak(format!("rate_limit_exceeded_{i}")))
            .collect();
        // Two keys per variant (a code and an alias).
        let variants: Vec<u32> = (0..500).map(|i| i / 2).collect();
        let idx = index(Vec::leak(keys.clone()), Vec::leak(variants));
        assert!(idx.slots.len() >= 1000 && idx.slots.len().is_power_of_two());
        fn has<'a>(keys: &'a [&str], code: &'a str) -> impl Fn(usize) -> bool + 'a {
            move |v| keys[2 * v] == code || keys[2 * v + 1] == code
        }
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(idx.find(key, has(&keys, key)), Some(i / 2), "{key}");
        }
        for miss in ["", "rate_limit_exceeded", "rate_limit_exceeded_500", "x"] {
            assert_eq!(idx.find(miss, has(&keys, miss)), None, "{miss}");
        }
    }

    #[test]
    fn an_empty_or_malformed_index_finds_nothing() {
        let empty = CodeIndex {
            variants: &[],
            slots: &[],
        };
        assert_eq!(empty.find("a", |_| true), None);
        // Every slot taken by a key that never matches: the walk stops after one round.
        let full = CodeIndex {
            variants: &[0],
            slots: &[1, 1],
        };
        assert_eq!(full.find("a", |_| false), None);
        let dangling = CodeIndex {
            variants: &[],
            slots: &[2, 2],
        };
        assert_eq!(dangling.find("b", |_| true), None);
    }

    #[test]
    fn the_hash_uses_every_byte() {
        assert_ne!(code_hash("abcdefgh1"), code_hash("abcdefgh2"));
        assert_ne!(code_hash("abcdefgh"), code_hash("abcdefgi"));
        assert_ne!(code_hash(""), code_hash("\0"));
    }
}
