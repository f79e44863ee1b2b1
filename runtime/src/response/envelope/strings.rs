//! Finding the end of a JSON string and decoding its escapes: the byte-level work of the
//! envelope scanner.

/// The offset of the first `"` or `\` in `bytes`: the end of a string or its next
/// escape.
///
/// The scanner's hot loop: messages are most of an error body's bytes. `memchr2` tests
/// 32 bytes per step with SIMD chosen at run time, behind a safe API; measured, it beats
/// both a word-at-a-time search and a block test the compiler vectorizes, even on the
/// short strings (codes, types) where its set-up shows.
#[inline(always)]
pub(super) fn find_quote_or_backslash(bytes: &[u8]) -> Option<usize> {
    // SSE2 is part of x86-64: its searcher needs no run-time detection and no indirect
    // call, which on strings this short cost more than the wider AVX2 loop saves.
    #[cfg(target_arch = "x86_64")]
    if let Some(searcher) = memchr::arch::x86_64::sse2::memchr::Two::new(b'"', b'\\') {
        return searcher.find(bytes);
    }
    memchr::memchr2(b'"', b'\\', bytes)
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
