//! Example bodies as `serde_json::to_string_pretty` prints them, written out by hand: the
//! macro prints every entry's example, unoptimized in a debug build, where serde's
//! serializer costs several calls per byte. A test checks the output is serde_json's.

use serde_json::Value;

/// `value` pretty-printed exactly as `serde_json::to_string_pretty` does (two-space
/// indent, `": "` after keys, the same string escapes).
pub(crate) fn to_string_pretty(value: &Value) -> String {
    let mut out = String::new();
    write_value(&mut out, value, 0);
    out
}

fn write_value(out: &mut String, value: &Value, depth: usize) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        // Rare in examples; serde_json's own form (its `Display` of floats differs).
        Value::Number(n) => out.push_str(&serde_json::to_string(n).unwrap_or_default()),
        Value::String(s) => write_str(out, s),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Array(items) => {
            out.push('[');
            let mut first = true;
            for item in items {
                out.push_str(if first { "\n" } else { ",\n" });
                first = false;
                indent(out, depth + 1);
                write_value(out, item, depth + 1);
            }
            out.push('\n');
            indent(out, depth);
            out.push(']');
        }
        Value::Object(map) if map.is_empty() => out.push_str("{}"),
        Value::Object(map) => {
            out.push('{');
            let mut first = true;
            for (key, item) in map {
                out.push_str(if first { "\n" } else { ",\n" });
                first = false;
                indent(out, depth + 1);
                write_str(out, key);
                out.push_str(": ");
                write_value(out, item, depth + 1);
            }
            out.push('\n');
            indent(out, depth);
            out.push('}');
        }
    }
}

fn indent(out: &mut String, depth: usize) {
    let mut i = 0;
    while i < depth {
        out.push_str("  ");
        i += 1;
    }
}

/// A JSON string literal as serde_json writes it: `"`, `\` and control characters
/// escaped (the short forms where JSON has them, else `\u00xx`), runs copied whole.
fn write_str(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    let b = s.as_bytes();
    let (mut copied, mut i) = (0, 0);
    while i < b.len() {
        let c = b[i];
        if c >= 0x20 && c != b'"' && c != b'\\' {
            i += 1;
            continue;
        }
        out.push_str(&s[copied..i]);
        match c {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            _ => {
                out.push_str("\\u00");
                out.push(HEX[(c >> 4) as usize] as char);
                out.push(HEX[(c & 0xf) as usize] as char);
            }
        }
        i += 1;
        copied = i;
    }
    out.push_str(&s[copied..]);
    out.push('"');
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
