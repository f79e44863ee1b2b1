//! Example bodies as `serde_json::to_string_pretty` prints them, written out by hand: the
//! macro prints every entry's example, unoptimized in a debug build, where serde's
//! serializer costs several calls per byte. A test checks the output is serde_json's.

use std::fmt;

use serde_json::Value;

/// `value` pretty-printed exactly as `serde_json::to_string_pretty` does (two-space
/// indent, `": "` after keys, the same string escapes). Written by `format!`, whose
/// writer is the standard library's own, compiled optimized: a piece costs a quarter of a
/// `push_str` compiled in this crate.
pub(crate) fn to_string_pretty(value: &Value) -> String {
    format!("{}", Pretty(value, 0))
}

/// A value at a depth, as [`to_string_pretty`] writes it.
struct Pretty<'v>(&'v Value, usize);

impl fmt::Display for Pretty<'_> {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Pretty(value, depth) = *self;
        match value {
            Value::Null => out.write_str("null"),
            Value::Bool(b) => out.write_str(if *b { "true" } else { "false" }),
            // Rare in examples; serde_json's own form (its `Display` of floats differs).
            Value::Number(n) => out.write_str(&serde_json::to_string(n).unwrap_or_default()),
            Value::String(s) => write_str(out, s),
            Value::Array(items) if items.is_empty() => out.write_str("[]"),
            Value::Array(items) => {
                out.write_str("[")?;
                let mut first = true;
                for item in items {
                    let comma = if first { "" } else { "," };
                    first = false;
                    write!(
                        out,
                        "{comma}\n{}{}",
                        Indent(depth + 1),
                        Pretty(item, depth + 1)
                    )?;
                }
                write!(out, "\n{}]", Indent(depth))
            }
            Value::Object(map) if map.is_empty() => out.write_str("{}"),
            Value::Object(map) => {
                out.write_str("{")?;
                let mut first = true;
                for (key, item) in map {
                    let comma = if first { "" } else { "," };
                    first = false;
                    write!(out, "{comma}\n{}", Indent(depth + 1))?;
                    write_str(out, key)?;
                    write!(out, ": {}", Pretty(item, depth + 1))?;
                }
                write!(out, "\n{}}}", Indent(depth))
            }
        }
    }
}

/// Two spaces per level.
struct Indent(usize);

impl fmt::Display for Indent {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut i = 0;
        while i < self.0 {
            out.write_str("  ")?;
            i += 1;
        }
        Ok(())
    }
}

/// A JSON string literal as serde_json writes it: `"`, `\` and control characters
/// escaped (the short forms where JSON has them, else `\u00xx`), runs copied whole.
fn write_str(out: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.write_str("\"")?;
    let b = s.as_bytes();
    let (mut copied, mut i) = (0, 0);
    while i < b.len() {
        let c = b[i];
        if c >= 0x20 && c != b'"' && c != b'\\' {
            i += 1;
            continue;
        }
        out.write_str(&s[copied..i])?;
        match c {
            b'"' => out.write_str("\\\"")?,
            b'\\' => out.write_str("\\\\")?,
            b'\n' => out.write_str("\\n")?,
            b'\r' => out.write_str("\\r")?,
            b'\t' => out.write_str("\\t")?,
            0x08 => out.write_str("\\b")?,
            0x0c => out.write_str("\\f")?,
            _ => {
                let (high, low) = (
                    HEX[(c >> 4) as usize] as char,
                    HEX[(c & 0xf) as usize] as char,
                );
                write!(out, "\\u00{high}{low}")?;
            }
        }
        i += 1;
        copied = i;
    }
    out.write_str(&s[copied..])?;
    out.write_str("\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_as_serde_json_does() {
        let mut values: Vec<Value> = vec![
            serde_json::json!(null),
            serde_json::json!({}),
            serde_json::json!([]),
            serde_json::json!({"a": [], "b": {}, "c": [1, -2, 3.5, 1e300, 0.1, true, null]}),
            serde_json::json!({"esc": "q\"b\\s/\n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f}é✓😀", "k\"": [[{"x": [[]]}]]}),
            serde_json::json!(["only", {"nested": {"deep": [1, [2, [3]]]}}]),
        ];
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
        let mut files = vec![format!("{root}/error-codes.json")];
        for entry in std::fs::read_dir(format!("{root}/specs")).unwrap() {
            files.push(entry.unwrap().path().display().to_string());
        }
        for file in files {
            let spec: Value =
                serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
            for e in spec["errors"].as_array().unwrap() {
                values.extend(e.get("example").cloned());
            }
        }
        assert!(values.len() > 50);
        for v in &values {
            assert_eq!(
                to_string_pretty(v),
                serde_json::to_string_pretty(v).unwrap()
            );
        }
    }
}
