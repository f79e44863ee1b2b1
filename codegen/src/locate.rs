//! Finds where a JSON path lies in the spec text, so that every problem can name its
//! line and column.
//!
//! serde reads the spec into values that forget positions; rather than carry spans
//! through the whole model, checks report a [`JsonPath`] and a [`SpecIndex`] turns it into
//! a position. The index is built in one pass over the text (where every value starts,
//! where every line starts), so locating N problems costs O(N log L) instead of one scan of
//! the text per problem. The same pass finds keys written twice in one object, which
//! serde_json silently collapses to the last. The index assumes text serde_json has
//! already accepted, yet never panics on anything else.

use std::collections::HashMap;

use crate::diagnostic::{JsonPath, LineColumn, Location, PathSegment};

/// Deeper nesting than this is not indexed (serde_json itself stops at 128).
const MAX_DEPTH: usize = 256;

/// Bytes per checkpoint of the character count, so that a column on a very long line
/// (a minified spec) is found without counting the line from its start.
const CHAR_MARK_EVERY: usize = 4096;

/// Where every value and every line of a spec text starts; built once, then asked for
/// many positions.
#[derive(Clone, Debug)]
pub struct SpecIndex<'t> {
    /// The indexed text.
    text: &'t str,
    /// Byte offset of the start of each line; `line_starts[0] == 0`.
    line_starts: Vec<usize>,
    /// Characters before byte `i * CHAR_MARK_EVERY`.
    char_marks: Vec<usize>,
    /// The value tree: `nodes[0]` is the document (when the text holds a value).
    nodes: Vec<Node>,
    /// Keys written twice in one object, in text order.
    duplicates: Vec<DuplicateKey>,
}

/// A key written twice in one object: serde keeps the last value without a word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DuplicateKey {
    /// The path of the key's value.
    pub path: JsonPath,
    /// Byte offset of the first value.
    pub first: usize,
    /// Byte offset of the later value.
    pub second: usize,
}

#[derive(Clone, Debug)]
struct Node {
    offset: usize,
    children: Children,
}

#[derive(Clone, Debug)]
enum Children {
    Scalar,
    Object(Vec<(String, usize)>),
    Array(Vec<usize>),
}

impl<'t> SpecIndex<'t> {
    /// Indexes `text` in one pass.
    pub fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let line_starts = std::iter::once(0)
            .chain(newlines(bytes).map(|i| i + 1))
            .collect();
        let mut chars = 0;
        let char_marks = bytes
            .chunks(CHAR_MARK_EVERY)
            .map(|chunk| {
                let before = chars;
                chars += chunk.iter().filter(|&&b| !is_continuation(b)).count();
                before
            })
            .collect();
        let mut index = SpecIndex {
            text,
            line_starts,
            char_marks,
            nodes: Vec::new(),
            duplicates: Vec::new(),
        };
        let mut builder = Builder {
            text: bytes,
            pos: 0,
            index: &mut index,
            path: JsonPath::root(),
        };
        builder.skip_ws();
        let _ = builder.value(0);
        index
    }

    /// Keys written twice in one object, in text order.
    pub fn duplicate_keys(&self) -> &[DuplicateKey] {
        &self.duplicates
    }

    /// The location of `path`: the start of its value, or of the deepest part of the path
    /// that exists when the rest does not (an unknown or missing field).
    pub fn locate(&self, path: &JsonPath) -> Location {
        let offset = self.value_offset(&path.0);
        self.at(path.clone(), offset)
    }

    /// The location of byte `offset`, named by `path`.
    pub fn at(&self, path: JsonPath, offset: Option<usize>) -> Location {
        Location {
            path,
            position: offset.map(|o| self.line_column(o)),
            offset,
        }
    }

    /// 1-based line and column (in characters) of byte `offset`.
    pub fn line_column(&self, offset: usize) -> LineColumn {
        let offset = self.floor_char_boundary(offset);
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1];
        let column = self.chars_before(offset) - self.chars_before(start) + 1;
        LineColumn { line, column }
    }

    /// Byte offset of a line and a column counted in bytes (1-based, as serde_json counts
    /// them), moved back to the nearest character boundary.
    pub fn offset_of_byte_column(&self, line: usize, column: usize) -> usize {
        match self.line_starts.get(line.max(1) - 1) {
            Some(&start) => self.floor_char_boundary(start + column.saturating_sub(1)),
            None => self.text.len(),
        }
    }

    /// `offset`, within the text and moved back to a character boundary.
    fn floor_char_boundary(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// Characters in `text[..offset]`: a checkpoint, then at most one block counted.
    fn chars_before(&self, offset: usize) -> usize {
        let block = offset / CHAR_MARK_EVERY;
        let mark = self.char_marks.get(block).copied().unwrap_or(0);
        let from = (block * CHAR_MARK_EVERY).min(offset);
        mark + self.text.as_bytes()[from..offset]
            .iter()
            .filter(|&&b| !is_continuation(b))
            .count()
    }

    fn value_offset(&self, path: &[PathSegment]) -> Option<usize> {
        let mut node = self.nodes.first()?;
        for seg in path {
            let child = match (seg, &node.children) {
                // The last of duplicate keys, as serde keeps the last.
                (PathSegment::Key(key), Children::Object(fields)) => fields
                    .iter()
                    .rev()
                    .find(|(name, _)| name == key)
                    .map(|&(_, id)| id),
                (PathSegment::Index(i), Children::Array(items)) => items.get(*i).copied(),
                _ => None,
            };
            match child.and_then(|id| self.nodes.get(id)) {
                Some(next) => node = next,
                // The rest of the path does not exist: point at its nearest ancestor.
                None => break,
            }
        }
        Some(node.offset)
    }
}

/// Whether some object of `text` may hold a key twice: `false` only when every object's
/// keys are distinct as written (so distinct once unescaped too). `true` when one repeats,
/// and also, to stay simple, for keys with escapes, objects of more than 64 keys and text
/// that is not well-formed JSON: then [`SpecIndex::duplicate_keys`] says for sure.
///
/// Much cheaper than building the index (nothing is allocated per value), which matters
/// because the proc macro runs unoptimized in a debug build and a valid spec, the usual
/// case, needs the index for nothing else. Written as index loops for the same reason.
pub fn may_have_duplicate_keys(text: &str) -> bool {
    /// The frame of an array in `frames` (an object's frame is where its keys start).
    const ARRAY: usize = usize::MAX;
    let b = text.as_bytes();
    // The keys (start and end in `b`, quotes excluded) of every object being read.
    let mut keys: Vec<(usize, usize)> = Vec::new();
    let mut frames: Vec<usize> = Vec::new();
    let mut expect_key = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'"' {
            let start = i + 1;
            let mut end = start;
            let mut escaped = false;
            while end < b.len() && b[end] != b'"' {
                if b[end] == b'\\' {
                    escaped = true;
                    end += 1;
                }
                end += 1;
            }
            if end >= b.len() {
                return true;
            }
            if expect_key {
                let from = match frames.last() {
                    Some(&from) if from != ARRAY => from,
                    _ => return true,
                };
                if escaped || keys.len() - from >= 64 {
                    return true;
                }
                let key = &b[start..end];
                let mut k = from;
                while k < keys.len() {
                    if &b[keys[k].0..keys[k].1] == key {
                        return true;
                    }
                    k += 1;
                }
                keys.push((start, end));
                expect_key = false;
            }
            i = end + 1;
            continue;
        }
        match c {
            b'{' => {
                frames.push(keys.len());
                expect_key = true;
            }
            b'[' => frames.push(ARRAY),
            b'}' => match frames.pop() {
                Some(from) if from != ARRAY => {
                    keys.truncate(from);
                    expect_key = false;
                }
                _ => return true,
            },
            b']' => match frames.pop() {
                Some(ARRAY) => {}
                _ => return true,
            },
            b',' => expect_key = frames.last().is_some_and(|&f| f != ARRAY),
            _ => {}
        }
        i += 1;
    }
    !frames.is_empty()
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

fn newlines(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    bytes
        .iter()
        .enumerate()
        .filter(|&(_, &b)| b == b'\n')
        .map(|(i, _)| i)
}

/// One pass over the text, filling the index.
struct Builder<'a, 'i> {
    text: &'a [u8],
    pos: usize,
    index: &'i mut SpecIndex<'a>,
    /// The path of the value being read, for duplicate keys.
    path: JsonPath,
}

impl Builder<'_, '_> {
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

    /// Reads the value at `pos` into a new node and returns its id.
    fn value(&mut self, depth: usize) -> Option<usize> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_ws();
        let id = self.index.nodes.len();
        self.index.nodes.push(Node {
            offset: self.pos,
            children: Children::Scalar,
        });
        let children = match self.peek()? {
            b'{' => Children::Object(self.object(depth)?),
            b'[' => Children::Array(self.array(depth)?),
            b'"' => {
                self.skip_string()?;
                Children::Scalar
            }
            _ => {
                // number, true, false, null
                let start = self.pos;
                while let Some(c) = self.peek() {
                    if matches!(c, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r') {
                        break;
                    }
                    self.pos += 1;
                }
                // Not a value at all (`[}`): stop rather than read nothing forever.
                if self.pos == start {
                    return None;
                }
                Children::Scalar
            }
        };
        self.index.nodes[id].children = children;
        Some(id)
    }

    fn object(&mut self, depth: usize) -> Option<Vec<(String, usize)>> {
        self.eat(b'{')?;
        let mut fields: Vec<(String, usize)> = Vec::new();
        // Field name → its first node, so that a huge object is not scanned per key.
        let mut seen: HashMap<String, usize> = HashMap::new();
        loop {
            self.skip_ws();
            match self.peek()? {
                b'}' => {
                    self.pos += 1;
                    return Some(fields);
                }
                b',' => self.pos += 1,
                _ => {
                    let key = self.string()?;
                    self.eat(b':')?;
                    self.path.0.push(PathSegment::Key(key));
                    let id = self.value(depth + 1);
                    let Some(PathSegment::Key(key)) = self.path.0.pop() else {
                        unreachable!("pushed a key just above")
                    };
                    let id = id?;
                    if let Some(&first) = seen.get(&key) {
                        self.index.duplicates.push(DuplicateKey {
                            path: self.path.key(&key),
                            first: self.index.nodes[first].offset,
                            second: self.index.nodes[id].offset,
                        });
                    }
                    seen.entry(key.clone()).or_insert(id);
                    fields.push((key, id));
                }
            }
        }
    }

    fn array(&mut self, depth: usize) -> Option<Vec<usize>> {
        self.eat(b'[')?;
        let mut items = Vec::new();
        loop {
            self.skip_ws();
            match self.peek()? {
                b']' => {
                    self.pos += 1;
                    return Some(items);
                }
                b',' => self.pos += 1,
                _ => {
                    self.path.0.push(PathSegment::Index(items.len()));
                    let id = self.value(depth + 1);
                    self.path.0.pop();
                    items.push(id?);
                }
            }
        }
    }

    /// Reads a string at `pos` and returns it unescaped (enough to compare keys).
    fn string(&mut self) -> Option<String> {
        self.skip_ws();
        let start = self.pos;
        self.skip_string()?;
        let raw = self.text.get(start..self.pos)?;
        match std::str::from_utf8(&raw[1..raw.len() - 1]) {
            Ok(plain) if !plain.contains('\\') => Some(plain.to_owned()),
            _ => serde_json::from_slice(raw).ok(),
        }
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
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"a\": 1,\n  \"errors\": [\n    {\"code\": \"x\"},\n    {\"code\": \"y\", \"status\": 600}\n  ]\n}\n";

    fn at(path: JsonPath) -> String {
        SpecIndex::new(TEXT)
            .locate(&path)
            .position
            .unwrap()
            .to_string()
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
    fn columns_count_characters_even_on_long_lines() {
        let text = "{\"é\": \"ü\",\n \"b\": 2}";
        let index = SpecIndex::new(text);
        let pos = index.line_column(text.find("\"b\"").unwrap());
        assert_eq!(pos, LineColumn { line: 2, column: 2 });
        // A minified line longer than a checkpoint, with multibyte text before the value.
        let long = format!(
            "{{\"x\": \"{}\", \"y\": 1}}",
            "é".repeat(3 * CHAR_MARK_EVERY)
        );
        let index = SpecIndex::new(&long);
        let y = index.locate(&JsonPath::root().key("y"));
        let expected = long[..long.rfind('1').unwrap()].chars().count() + 1;
        assert_eq!(
            y.position,
            Some(LineColumn {
                line: 1,
                column: expected
            })
        );
    }

    #[test]
    fn serde_byte_columns_become_offsets_on_character_boundaries() {
        let text = "{\"é\": x}";
        let index = SpecIndex::new(text);
        // serde_json counts bytes: `x` is byte 8 of line 1.
        let offset = index.offset_of_byte_column(1, 8);
        assert_eq!(&text[offset..offset + 1], "x");
        assert_eq!(index.line_column(offset).column, 7);
        assert_eq!(index.offset_of_byte_column(1, 3), 2);
        assert_eq!(index.offset_of_byte_column(9, 1), text.len());
    }

    #[test]
    fn duplicate_keys_are_found_with_both_places() {
        let text = r#"{"errors": [{"code": "a", "status": 400, "status": 401}], "k": {"k": 1}}"#;
        let dups = SpecIndex::new(text).duplicate_keys().to_vec();
        assert_eq!(dups.len(), 1, "{dups:?}");
        assert_eq!(dups[0].path.to_string(), "errors[0].status");
        assert_eq!(&text[dups[0].first..dups[0].first + 3], "400");
        assert_eq!(&text[dups[0].second..dups[0].second + 3], "401");
        // serde keeps the last value; so does the index.
        let status = SpecIndex::new(text).locate(&dups[0].path);
        assert_eq!(status.offset, Some(dups[0].second));
    }

    #[test]
    fn the_quick_scan_never_misses_a_duplicate_key() {
        for text in [
            r#"{"a": 1, "a": 2}"#,
            r#"{"x": [{"k": 1, "j": {"k": 2}, "k": 3}]}"#,
            r#"{"a\u0062": 1, "ab": 2}"#,
            "{\"a\": [1, {\"b\": 2}, \"a\"], \"b\": 1, \"a\": 0}",
        ] {
            assert!(!SpecIndex::new(text).duplicate_keys().is_empty(), "{text}");
            assert!(may_have_duplicate_keys(text), "{text}");
        }
        // Equal keys in different objects, keys equal to values, strings holding braces.
        for text in [
            r#"{"a": {"a": 1}, "b": [{"a": 1}, {"a": "a"}], "c": "{\"a\""}"#,
            TEXT,
            "[]",
            r#"{"errors": [{"code": "x", "example": {"error": {"code": "x"}}}]}"#,
        ] {
            assert!(SpecIndex::new(text).duplicate_keys().is_empty(), "{text}");
            assert!(!may_have_duplicate_keys(text), "{text}");
        }
        // Not JSON, or too much to compare: the index decides.
        let wide = format!(
            "{{{}}}",
            (0..70)
                .map(|i| format!("\"k{i}\": 0"))
                .collect::<Vec<_>>()
                .join(",")
        );
        for text in ["{", "[}", "{\"a", "]", wide.as_str()] {
            assert!(may_have_duplicate_keys(text), "{text}");
        }
    }

    #[test]
    fn garbage_never_panics_nor_hangs() {
        let deep = "[".repeat(100_000);
        for text in [
            "[}",
            "{\"a\":}",
            "[,,]",
            "{\"a\" 1}",
            ":::",
            &deep,
            "",
            "{",
            "[1,",
            "{\"a\"",
            "\"\\",
            "{\"a\":[[[[[",
            "{\"\u{e9}",
            "\n\n",
        ] {
            let index = SpecIndex::new(text);
            let _ = index.locate(&JsonPath::root().key("a").index(3).key("b"));
            let _ = index.line_column(text.len() + 5);
        }
    }
}
