//! Byte scans for the hot loops of the macro, which runs unoptimized in a debug build:
//! there, indexing a slice costs a bounds check and an overflow check per byte, and a
//! slice pattern eight bytes wide about halves the instructions per byte.

/// The length of the longest start of `bytes` whose bytes all have `mask` clear in
/// `table`.
pub(crate) fn run_without(bytes: &[u8], table: &[u8; 256], mask: u8) -> usize {
    let mut tail = bytes;
    while let [a, b, c, d, e, f, g, h, rest @ ..] = tail {
        let seen = table[*a as usize]
            | table[*b as usize]
            | table[*c as usize]
            | table[*d as usize]
            | table[*e as usize]
            | table[*f as usize]
            | table[*g as usize]
            | table[*h as usize];
        if seen & mask != 0 {
            break;
        }
        tail = rest;
    }
    while let [c, rest @ ..] = tail {
        if table[*c as usize] & mask != 0 {
            break;
        }
        tail = rest;
    }
    bytes.len() - tail.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_stop_at_the_first_marked_byte() {
        let mut table = [0u8; 256];
        table[b'"' as usize] = 1;
        table[b' ' as usize] = 2;
        assert_eq!(run_without(b"", &table, 1), 0);
        assert_eq!(run_without(b"abc", &table, 1), 3);
        assert_eq!(run_without(b"a b\"c", &table, 1), 3);
        assert_eq!(run_without(b"a b\"c", &table, 2), 1);
        assert_eq!(run_without(b"0123456789abcdef\"x", &table, 1), 16);
        assert_eq!(run_without(b"0123456\"89abcdef", &table, 1), 7);
        assert_eq!(run_without(b"01234567890\"", &table, 1), 11);
    }
}
