//! Finds where a JSON path lies in the spec text, so that every problem can name its
//! line and column.
//!
//! serde reads the spec into values that forget positions; rather than carry spans
//! through the whole model, checks report a [`JsonPath`] and this module walks the text
//! once more to turn it into a position. The walk only runs for problems, so its cost
//! does not matter; it assumes text serde_json has already accepted, yet never panics on
//! anything else.

use crate::diagnostic::{JsonPath, LineColumn, Location, PathSegment};

/// Deeper nesting than this is not walked (serde_json itself stops at 128).
const MAX_DEPTH: usize = 256;

/// The location of `path` in `text`: the start of its value, or of the deepest part of
/// the path that exists when the rest does not (an unknown or missing field).
pub fn locate(text: &str, path: &JsonPath) -> Location {
    let offset = value_offset(text.as_bytes(), &path.0);
    Location {
        path: path.clone(),
        position: offset.map(|o| line_column(text, o)),
        offset,
    }
}

/// 1-based line and column of byte `offset` in `text`.
pub fn line_column(text: &str, offset: usize) -> LineColumn {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    LineColumn { line, column }
}

/// Byte offset of line `line` (1-based), column `column` (1-based, characters).
pub fn offset_of(text: &str, pos: LineColumn) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == pos.line {
            return offset
                + l.char_indices()
                    .nth(pos.column.saturating_sub(1))
                    .map_or(l.len(), |(b, _)| b);
        }
        offset += l.len();
    }
    text.len()
}

fn value_offset(text: &[u8], path: &[PathSegment]) -> Option<usize> {
    let mut scanner = Scanner { text, pos: 0 };
    scanner.skip_ws();
    let mut found = scanner.pos;
    for seg in path {
        scanner.skip_ws();
        let next = match (seg, scanner.peek()?) {
            (PathSegment::Key(key), b'{') => scanner.find_key(key),
            (PathSegment::Index(i), b'[') => scanner.find_index(*i),
            _ => None,
        };
        match next {
            Some(pos) => {
                scanner.pos = pos;
                found = pos;
            }
            // The rest of the path does not exist: point at its nearest ancestor.
            None => return Some(found),
        }
    }
    Some(found)
}

struct Scanner<'a> {
    text: &'a [u8],
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, b: u8) -> Option<()> {
        self.skip_ws();
        (self.peek()? == b).then(|| self.pos += 1)
    }

    /// In an object at `pos`, the offset of the value of `key` (the last one, as serde
    /// keeps the last of duplicate keys).
    fn find_key(&mut self, key: &str) -> Option<usize> {
        self.eat(b'{')?;
        let mut hit = None;
        loop {
            self.skip_ws();
            if self.peek()? == b'}' {
                return hit;
            }
            let name = self.string()?;
            self.eat(b':')?;
            self.skip_ws();
            if name == key {
                hit = Some(self.pos);
            }
            self.skip_value(0)?;
            self.skip_ws();
            match self.peek()? {
                b',' => self.pos += 1,
                b'}' => return hit,
                _ => return hit,
            }
        }
    }

    /// In an array at `pos`, the offset of element `index`.
    fn find_index(&mut self, index: usize) -> Option<usize> {
        self.eat(b'[')?;
        for i in 0.. {
            self.skip_ws();
            if self.peek()? == b']' {
                return None;
            }
            if i == index {
                return Some(self.pos);
            }
            self.skip_value(0)?;
            self.skip_ws();
            if self.peek()? == b',' {
                self.pos += 1;
            }
        }
        None
    }

    /// Reads a string at `pos` and returns it unescaped (enough to compare keys).
    fn string(&mut self) -> Option<String> {
        self.skip_ws();
        let start = self.pos;
        self.skip_string()?;
        serde_json::from_slice(self.text.get(start..self.pos)?).ok()
    }

    fn skip_string(&mut self) -> Option<()> {
        self.eat(b'"')?;
        loop {
            match self.peek()? {
                b'\\' => self.pos += 2,
                b'"' => {
                    self.pos += 1;
                    return Some(());
                }
                _ => self.pos += 1,
            }
        }
    }

    fn skip_value(&mut self, depth: usize) -> Option<()> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_ws();
        match self.peek()? {
            b'"' => self.skip_string(),
            open @ (b'{' | b'[') => {
                let close = if open == b'{' { b'}' } else { b']' };
                self.pos += 1;
                loop {
                    self.skip_ws();
                    match self.peek()? {
                        c if c == close => {
                            self.pos += 1;
                            return Some(());
                        }
                        b',' | b':' => self.pos += 1,
                        _ => self.skip_value(depth + 1)?,
                    }
                }
            }
            _ => {
                // number, true, false, null
                while let Some(c) = self.peek() {
                    if matches!(c, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r') {
                        break;
                    }
                    self.pos += 1;
                }
                Some(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"a\": 1,\n  \"errors\": [\n    {\"code\": \"x\"},\n    {\"code\": \"y\", \"status\": 600}\n  ]\n}\n";

    fn at(path: JsonPath) -> String {
        locate(TEXT, &path).position.unwrap().to_string()
    }

    #[test]
    fn finds_nested_values() {
        let errors = JsonPath::root().key("errors");
        assert_eq!(at(errors.clone()), "3:13");
        assert_eq!(at(errors.index(1).key("status")), "5:29");
        assert_eq!(at(errors.index(0).key("code")), "4:14");
    }

    #[test]
    fn missing_parts_point_at_the_nearest_ancestor() {
        let errors = JsonPath::root().key("errors");
        assert_eq!(at(errors.index(1).key("message")), "5:5");
        assert_eq!(at(errors.index(9)), "3:13");
    }

    #[test]
    fn line_column_round_trips_with_multibyte_text() {
        let text = "{\"é\": \"ü\",\n \"b\": 2}";
        let pos = line_column(text, text.find("\"b\"").unwrap());
        assert_eq!(pos, LineColumn { line: 2, column: 2 });
        assert_eq!(offset_of(text, pos), text.find("\"b\"").unwrap());
    }

    #[test]
    fn garbage_never_panics() {
        for text in ["", "{", "[1,", "{\"a\"", "\"\\", "{\"a\":[[[[["] {
            let _ = locate(text, &JsonPath::root().key("a").index(3).key("b"));
        }
    }
}
