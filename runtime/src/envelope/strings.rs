//! Finding the end of a JSON string and decoding its escapes: the byte-level work of the
//! envelope scanner.

/// The offset of the first `"` or `\` in `bytes`.
///
/// Short strings (keys, codes) are most of an error body's tokens and long ones (messages)
/// most of its bytes, so this is the hot loop, in two gears. The first 16 bytes are read
/// eight at a time as a `u64` with an exact per-byte test (the lowest flagged byte is the
/// answer). Past that, whole 32-byte blocks are tested without an early exit inside a
/// block, which the compiler turns into SIMD compares (safe code, no intrinsics); the
/// block that matched is then searched a word at a time.
#[inline(always)]
pub(super) fn find_quote_or_backslash(bytes: &[u8]) -> Option<usize> {
    let head = bytes.len().min(16);
    if let Some(n) = find_in_words(&bytes[..head]) {
        return Some(n);
    }
    let mut offset = head;
    let (blocks, _) = bytes[offset..].as_chunks::<32>();
    for block in blocks {
        // A byte equals `"` or `\` exactly when one of the XORs is zero; a branch-free
        // minimum over the block vectorizes to a few SIMD instructions.
        let closest = block
            .iter()
            .fold(u8::MAX, |m, &b| m.min(b ^ b'"').min(b ^ b'\\'));
        if closest == 0 {
            return find_in_words(block).map(|n| offset + n);
        }
        offset += 32;
    }
    find_in_words(&bytes[offset..]).map(|n| offset + n)
}

/// [`find_quote_or_backslash`] for a short slice: eight bytes at a time, then the rest.
#[inline(always)]
fn find_in_words(bytes: &[u8]) -> Option<usize> {
    let (words, tail) = bytes.as_chunks::<8>();
    for (i, word) in words.iter().enumerate() {
        let v = u64::from_le_bytes(*word);
        let hits = byte_eq_mask(v, b'"') | byte_eq_mask(v, b'\\');
        if hits != 0 {
            return Some(i * 8 + (hits.trailing_zeros() / 8) as usize);
        }
    }
    let done = words.len() * 8;
    tail.iter()
        .position(|&b| b == b'"' || b == b'\\')
        .map(|n| done + n)
}

/// The high bit of every byte of `v` that equals `byte`, exactly.
#[inline(always)]
fn byte_eq_mask(v: u64, byte: u8) -> u64 {
    const LOW7: u64 = u64::from_le_bytes([0x7F; 8]);
    let x = v ^ u64::from_le_bytes([byte; 8]);
    // A zero byte of `x` is the only one whose low seven bits do not carry into bit 7
    // and whose own bit 7 is clear; no carry crosses bytes because bit 7 is masked off.
    !(((x & LOW7) + LOW7) | x | LOW7)
}

/// Decodes the inside of a JSON string that contains escapes. Invalid UTF-8 and lone
/// surrogates become U+FFFD; an unknown escape gives `None`.
pub(super) fn decode_escaped(raw: &[u8]) -> Option<String> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let b = raw[i];
        if b != b'\\' {
            out.push(b);
            i += 1;
            continue;
        }
        let esc = *raw.get(i + 1)?;
        i += 2;
        let simple = match esc {
            b'"' => b'"',
            b'\\' => b'\\',
            b'/' => b'/',
            b'b' => 0x08,
            b'f' => 0x0c,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'u' => {
                let (c, used) = decode_unicode_escape(&raw[i..])?;
                i += used;
                let mut utf8 = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
                continue;
            }
            _ => return None,
        };
        out.push(simple);
    }
    Some(
        String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
    )
}

/// Decodes `XXXX` (after `\u`) and, for a high surrogate, a following `\uXXXX` low one.
/// Returns the char and the bytes used.
fn decode_unicode_escape(rest: &[u8]) -> Option<(char, usize)> {
    let first = hex4(rest)?;
    if (0xD800..0xDC00).contains(&first)
        && let Some(low_hex) = rest.get(4..6).filter(|p| *p == b"\\u").and(rest.get(6..))
    {
        // A bad second escape spoils the string; a valid non-low one leaves `first` alone.
        let low = hex4(low_hex)?;
        if (0xDC00..0xE000).contains(&low) {
            let c = 0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00);
            return Some((char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER), 10));
        }
    }
    Some((
        char::from_u32(first).unwrap_or(char::REPLACEMENT_CHARACTER),
        4,
    ))
}

fn hex4(bytes: &[u8]) -> Option<u32> {
    let digits = bytes.get(..4)?;
    digits.iter().try_fold(0u32, |acc, &d| {
        let v = (d as char).to_digit(16)?;
        Some(acc * 16 + v)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_quotes_and_backslashes_at_every_offset() {
        for len in 0..100 {
            for at in 0..len {
                for special in [b'"', b'\\'] {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = special;
                    assert_eq!(find_quote_or_backslash(&bytes), Some(at), "{len} {at}");
                }
            }
            assert_eq!(find_quote_or_backslash(&vec![0xE9; len]), None);
        }
    }
}
