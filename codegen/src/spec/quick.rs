//! A quick reader for the usual spec: well-formed, every field of the expected type.
//!
//! The proc macro reads the spec on every build of a crate with a catalog, unoptimized in
//! a debug build, where serde's layers (a skim of each entry, then a second pass to read
//! it) cost more than everything else the macro does. This reader makes one pass of byte
//! compares over the text and builds the same [`Spec`]. It gives up (`None`) at anything
//! it does not expect — a problem, an escape it would have to decode in a way serde might
//! not, a key written twice, a number that is not a plain integer — and then
//! [`load::parse`](crate::load::parse) reads the text with serde, which reports every
//! problem with its place. So it never decides anything serde would decide differently:
//! a test checks the two agree on every spec in the repository and on edge cases.
//!
//! Written as index loops over bytes, without iterator adapters: in an unoptimized build
//! every call counts.

use super::{EntrySpec, ErrorTypeSpec, Lenient, Spec};
use crate::bytes::run_without;
use crate::locate::may_have_duplicate_keys;

/// The spec in `text`, if it is well-formed and of the usual shape; `None` otherwise.
pub(crate) fn read_spec(text: &str) -> Option<Spec> {
    let mut r = Reader {
        text,
        b: text.as_bytes(),
        pos: 0,
    };
    let spec = r.spec()?;
    r.ws();
    (r.pos == r.b.len()).then_some(spec)
}

struct Reader<'t> {
    text: &'t str,
    b: &'t [u8],
    pos: usize,
}

/// What a byte is to [`Reader::ws`] and [`Reader::plain_str`]: a byte that ends a plain
/// string ([`STOP`]: `"`, `\\`, a control character), or not JSON whitespace ([`NOT_WS`]),
/// both, or neither (a space; a line break or tab ends a plain string).
static BYTE_CLASS: [u8; 256] = {
    let mut table = [NOT_WS; 256];
    let mut i = 0;
    while i < 0x20 {
        table[i] = STOP | NOT_WS;
        i += 1;
    }
    table[b'"' as usize] = STOP | NOT_WS;
    table[b'\\' as usize] = STOP | NOT_WS;
    table[b' ' as usize] = 0;
    table[b'\n' as usize] = STOP;
    table[b'\r' as usize] = STOP;
    table[b'\t' as usize] = STOP;
    table
};
/// Ends a plain string ([`BYTE_CLASS`]).
const STOP: u8 = 1;
/// Not JSON whitespace ([`BYTE_CLASS`]).
const NOT_WS: u8 = 2;

/// Marks a field as read in `seen`; `None` when it was already (serde would refuse it).
fn first_time(seen: &mut u32, bit: u32) -> Option<()> {
    if *seen & (1 << bit) != 0 {
        return None;
    }
    *seen |= 1 << bit;
    Some(())
}

impl<'t> Reader<'t> {
    fn ws(&mut self) {
        // Locals and one table look per byte: fields and compares cost instructions each
        // in an unoptimized build, and an indented spec is a quarter spaces (in runs too
        // short for `run_without` to pay for its call).
        let (b, mut i) = (self.b, self.pos);
        let len = b.len();
        while i < len && BYTE_CLASS[b[i] as usize] & NOT_WS == 0 {
            i += 1;
        }
        self.pos = i;
    }

    /// Skips whitespace and takes `c`.
    fn eat(&mut self, c: u8) -> Option<()> {
        self.ws();
        if self.pos < self.b.len() && self.b[self.pos] == c {
            self.pos += 1;
            Some(())
        } else {
            None
        }
    }

    /// Skips whitespace and tells whether the next byte is `c` (without taking it).
    fn at(&mut self, c: u8) -> bool {
        self.ws();
        self.pos < self.b.len() && self.b[self.pos] == c
    }

    /// Reads `{`, then calls `field` with each key until `}`. Keys may not hold escapes.
    fn object(&mut self, mut field: impl FnMut(&mut Self, &'t str) -> Option<()>) -> Option<()> {
        self.eat(b'{')?;
        if self.at(b'}') {
            self.pos += 1;
            return Some(());
        }
        loop {
            let key = self.plain_str()?;
            self.eat(b':')?;
            field(self, key)?;
            if self.closes(b'}')? {
                return Some(());
            }
        }
    }

    /// After an element: `Some(true)` at `close` (taken), `Some(false)` at a `,` (taken),
    /// `None` at anything else.
    fn closes(&mut self, close: u8) -> Option<bool> {
        self.ws();
        let &c = self.b.get(self.pos)?;
        self.pos += 1;
        match c {
            b',' => Some(false),
            _ if c == close => Some(true),
            _ => None,
        }
    }

    /// Reads `[`, then calls `item` for each element until `]`.
    fn array(&mut self, mut item: impl FnMut(&mut Self) -> Option<()>) -> Option<()> {
        self.eat(b'[')?;
        if self.at(b']') {
            self.pos += 1;
            return Some(());
        }
        loop {
            item(self)?;
            if self.closes(b']')? {
                return Some(());
            }
        }
    }

    /// A string without escapes, borrowed from the text.
    fn plain_str(&mut self) -> Option<&'t str> {
        self.eat(b'"')?;
        let (b, start) = (self.b, self.pos);
        // One table look per byte until a quote, an escape or a control character.
        let (i, len) = (start + run_without(&b[start..], &BYTE_CLASS, STOP), b.len());
        // Escapes are left to serde; control characters are not JSON.
        if i == len || b[i] != b'"' {
            return None;
        }
        self.pos = i + 1;
        // Quotes are ASCII, so both ends are character boundaries.
        self.text.get(start..i)
    }

    /// A string; one with escapes is decoded by serde_json from its text.
    fn string(&mut self) -> Option<String> {
        self.ws();
        let start = self.pos;
        if let Some(plain) = self.plain_str() {
            return Some(plain.to_owned());
        }
        // Back to the opening quote, then to the end of the string as written.
        self.pos = start;
        self.eat(b'"')?;
        while self.pos < self.b.len() {
            let c = self.b[self.pos];
            if c == b'\\' {
                self.pos += 2;
                continue;
            }
            self.pos += 1;
            if c == b'"' {
                return serde_json::from_str(self.text.get(start..self.pos)?).ok();
            }
        }
        None
    }

    /// `null`, or a string.
    fn opt_string(&mut self) -> Option<Option<String>> {
        if self.literal("null") {
            return Some(None);
        }
        self.string().map(Some)
    }

    /// An array, each element read by `item`.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let mut out = Vec::new();
        self.array(|r| {
            out.push(item(r)?);
            Some(())
        })?;
        Some(out)
    }

    fn strings(&mut self) -> Option<Vec<String>> {
        self.list(Self::string)
    }

    /// An example body: read into a `Value` here when it is of the usual kind (objects,
    /// arrays, strings without escapes, integers, literals), else as serde reads it. Going
    /// through serde's visitors costs several times as much in the unoptimized macro.
    fn example(&mut self) -> Option<Option<serde_json::Value>> {
        if self.literal("null") {
            return Some(None);
        }
        let start = self.pos;
        if let Some(value) = self.value(0) {
            return Some(Some(value));
        }
        self.pos = start;
        self.serde_element()
    }

    /// A JSON value of the usual kind (see [`Reader::example`]), `depth` levels down; `None`
    /// at anything else, a key twice among them, or deeper than serde would go.
    fn value(&mut self, depth: usize) -> Option<serde_json::Value> {
        use serde_json::Value;
        if depth >= 32 {
            return None;
        }
        self.ws();
        Some(match *self.b.get(self.pos)? {
            b'{' => {
                let mut map = serde_json::Map::new();
                let mut twice = false;
                self.object(|r, key| {
                    let value = r.value(depth + 1)?;
                    twice |= map.insert(key.to_owned(), value).is_some();
                    Some(())
                })?;
                if twice {
                    return None;
                }
                Value::Object(map)
            }
            b'[' => Value::Array(self.list(|r| r.value(depth + 1))?),
            b'"' => Value::String(self.plain_str()?.to_owned()),
            b'-' | b'0'..=b'9' => Value::from(self.int()?),
            b'n' if self.literal("null") => Value::Null,
            _ => Value::Bool(self.bool()?),
        })
    }

    /// The next value as serde reads it, unless it may hold a key twice (serde would keep
    /// the last without a word; validation reports it, from serde's reading).
    fn serde_element<T: serde::de::DeserializeOwned>(&mut self) -> Option<T> {
        let raw = self.raw_value()?;
        if may_have_duplicate_keys(raw) {
            return None;
        }
        serde_json::from_str(raw).ok()
    }

    /// Takes `word` (`null`, `true`, `false`) if it is next.
    fn literal(&mut self, word: &str) -> bool {
        self.ws();
        let end = self.pos + word.len();
        if end <= self.b.len() && &self.b[self.pos..end] == word.as_bytes() {
            // `nullx` is not JSON: leave it to serde.
            if end == self.b.len() || !self.b[end].is_ascii_alphanumeric() {
                self.pos = end;
                return true;
            }
        }
        false
    }

    fn bool(&mut self) -> Option<bool> {
        if self.literal("true") {
            Some(true)
        } else if self.literal("false") {
            Some(false)
        } else {
            None
        }
    }

    /// A plain integer (`-12`, `400`): no fraction, no exponent, no leading zero.
    fn int(&mut self) -> Option<i64> {
        self.ws();
        let negative = self.pos < self.b.len() && self.b[self.pos] == b'-';
        if negative {
            self.pos += 1;
        }
        let start = self.pos;
        let mut value: i64 = 0;
        while self.pos < self.b.len() && self.b[self.pos].is_ascii_digit() {
            let digit = (self.b[self.pos] - b'0') as i64;
            value = value.checked_mul(10)?.checked_add(digit)?;
            self.pos += 1;
        }
        let digits = self.pos - start;
        if digits == 0 || (digits > 1 && self.b[start] == b'0') || (negative && value == 0) {
            return None;
        }
        if self.pos < self.b.len() && matches!(self.b[self.pos], b'.' | b'e' | b'E') {
            return None;
        }
        Some(if negative { -value } else { value })
    }

    fn ints(&mut self) -> Option<Vec<i64>> {
        self.list(Self::int)
    }

    /// The text of the next value, skipped with its nesting (strings may hold brackets);
    /// serde_json reads it, and refuses it if it is not JSON.
    fn raw_value(&mut self) -> Option<&'t str> {
        self.ws();
        let start = self.pos;
        let mut depth = 0usize;
        while self.pos < self.b.len() {
            match self.b[self.pos] {
                b'"' => {
                    self.pos += 1;
                    while self.pos < self.b.len() && self.b[self.pos] != b'"' {
                        self.pos += if self.b[self.pos] == b'\\' { 2 } else { 1 };
                    }
                    self.pos += 1;
                }
                // serde_json refuses deep nesting, counted from the document's top.
                b'{' | b'[' if depth >= 64 => return None,
                b'{' | b'[' => {
                    depth += 1;
                    self.pos += 1;
                }
                b'}' | b']' if depth == 0 => return self.text.get(start..self.pos),
                b'}' | b']' => {
                    depth -= 1;
                    self.pos += 1;
                }
                b',' if depth == 0 => return self.text.get(start..self.pos),
                _ => self.pos += 1,
            }
        }
        None
    }

    fn spec(&mut self) -> Option<Spec> {
        let mut seen = 0u32;
        let (mut schema, mut version, mut name, mut title, mut description) =
            (None, None, None, None, None);
        let (mut error_types, mut strategies, mut errors) = (None, None, None);
        self.object(|r, key| {
            let bit = match key {
                "$schema" => 0,
                "version" => 1,
                "name" => 2,
                "title" => 3,
                "description" => 4,
                "error_types" => 5,
                "retry_strategies" => 6,
                "errors" => 7,
                _ => return None,
            };
            first_time(&mut seen, bit)?;
            match bit {
                0 => schema = r.opt_string()?,
                1 => version = Some(r.int()?),
                2 => name = Some(r.string()?),
                3 => title = Some(r.string()?),
                4 => description = Some(r.string()?),
                5 => error_types = Some(r.list(|r| r.error_type().map(Lenient::Ok))?),
                // Few, and flattened and tagged: serde reads each one.
                6 => strategies = Some(r.list(|r| r.serde_element().map(Lenient::Ok))?),
                _ => errors = Some(r.list(|r| r.error().map(Lenient::Ok))?),
            }
            Some(())
        })?;
        Some(Spec {
            schema,
            version: version?,
            name: name?,
            title: title?,
            description: description?,
            error_types: error_types?,
            retry_strategies: strategies?,
            errors: errors?,
            // Every object read here was checked for keys written twice, and the raw
            // values serde reads below (examples, strategies) too.
            keys_unique: true,
        })
    }

    fn error_type(&mut self) -> Option<ErrorTypeSpec> {
        let mut seen = 0u32;
        let (mut name, mut description) = (None, None);
        self.object(|r, key| {
            match key {
                "name" => {
                    first_time(&mut seen, 0)?;
                    name = Some(r.string()?);
                }
                "description" => {
                    first_time(&mut seen, 1)?;
                    description = Some(r.string()?);
                }
                _ => return None,
            }
            Some(())
        })?;
        Some(ErrorTypeSpec {
            name: name?,
            description: description?,
        })
    }

    fn error(&mut self) -> Option<EntrySpec> {
        let mut seen = 0u32;
        let mut e = EntrySpec {
            code: String::new(),
            status: 0,
            alias_statuses: Vec::new(),
            alias_codes: Vec::new(),
            error_type: String::new(),
            alias_types: Vec::new(),
            message_patterns: Vec::new(),
            refines: None,
            category: String::new(),
            message: String::new(),
            description: String::new(),
            causes: Vec::new(),
            solutions: Vec::new(),
            action: String::new(),
            retry: String::new(),
            example: None,
            provenance: String::new(),
            sources: Vec::new(),
            null_code: false,
            fallback: false,
            type_fallback: false,
            deprecated: None,
        };
        self.object(|r, key| {
            // The bit of each field; the required ones are checked below.
            let bit = match key {
                "code" => 0,
                "status" => 1,
                "alias_statuses" => 2,
                "alias_codes" => 3,
                "type" => 4,
                "alias_types" => 5,
                "message_patterns" => 6,
                "refines" => 7,
                "category" => 8,
                "message" => 9,
                "description" => 10,
                "causes" => 11,
                "solutions" => 12,
                "action" => 13,
                "retry" => 14,
                "example" => 15,
                "provenance" => 16,
                "sources" => 17,
                "null_code" => 18,
                "fallback" => 19,
                "type_fallback" => 20,
                "deprecated" => 21,
                _ => return None,
            };
            first_time(&mut seen, bit)?;
            match bit {
                0 => e.code = r.string()?,
                1 => e.status = r.int()?,
                2 => e.alias_statuses = r.ints()?,
                3 => e.alias_codes = r.strings()?,
                4 => e.error_type = r.string()?,
                5 => e.alias_types = r.strings()?,
                6 => e.message_patterns = r.strings()?,
                7 => e.refines = r.opt_string()?,
                8 => e.category = r.string()?,
                9 => e.message = r.string()?,
                10 => e.description = r.string()?,
                11 => e.causes = r.strings()?,
                12 => e.solutions = r.strings()?,
                13 => e.action = r.string()?,
                14 => e.retry = r.string()?,
                // Whatever JSON it holds, as serde_json reads it (`null` is none).
                15 => e.example = r.example()?,
                16 => e.provenance = r.string()?,
                17 => e.sources = r.strings()?,
                18 => e.null_code = r.bool()?,
                19 => e.fallback = r.bool()?,
                20 => e.type_fallback = r.bool()?,
                _ => e.deprecated = r.opt_string()?,
            }
            Some(())
        })?;
        // code, status, type, category, message, description, causes, solutions, action,
        // retry and provenance have no default.
        const REQUIRED: u32 = (1 << 0)
            | (1 << 1)
            | (1 << 4)
            | (1 << 8)
            | (1 << 9)
            | (1 << 10)
            | (1 << 11)
            | (1 << 12)
            | (1 << 13)
            | (1 << 14)
            | (1 << 16);
        (seen & REQUIRED == REQUIRED).then_some(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::SpecSource;
    use crate::locate::SpecIndex;

    /// What serde reads, as text (the model has no `PartialEq`).
    fn by_serde(text: &str) -> Option<String> {
        let spec: Spec = serde_json::from_str(text).ok()?;
        let all_ok = spec.errors.iter().all(|e| matches!(e, Lenient::Ok(_)))
            && spec.error_types.iter().all(|e| matches!(e, Lenient::Ok(_)))
            && spec
                .retry_strategies
                .iter()
                .all(|e| matches!(e, Lenient::Ok(_)));
        all_ok.then(|| format!("{spec:?}"))
    }

    fn agree(text: &str) -> bool {
        let quick = read_spec(text).map(|mut s| {
            // What the reader vouches for, checked here; serde leaves it unset.
            assert!(s.keys_unique);
            assert!(SpecIndex::new(text).duplicate_keys().is_empty(), "{text}");
            s.keys_unique = false;
            format!("{s:?}")
        });
        if let Some(quick) = &quick {
            assert_eq!(Some(quick), by_serde(text).as_ref(), "{text}");
        }
        quick.is_some()
    }

    fn repo_specs() -> Vec<String> {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
        let mut paths = vec![format!("{root}/error-codes.json")];
        for entry in std::fs::read_dir(format!("{root}/specs")).unwrap() {
            paths.push(entry.unwrap().path().display().to_string());
        }
        paths
            .iter()
            .map(|p| SpecSource::read(p.as_ref(), p.as_str()).unwrap().text)
            .collect()
    }

    #[test]
    fn reads_every_spec_in_the_repository_as_serde_does() {
        for text in repo_specs() {
            assert!(agree(&text), "the quick reader gave up on a bundled spec");
        }
    }

    const TINY: &str = r#"{"version": 1, "name": "t", "title": "T", "description": "d",
      "error_types": [{"name": "e", "description": "x"}],
      "retry_strategies": [{"name": "n", "description": "d", "kind": "never"}],
      "errors": [{"code": "c", "status": 400, "type": "e", "category": "server",
        "message": "m", "description": "d", "causes": ["a"], "solutions": ["b"],
        "action": "x", "retry": "n", "provenance": "synthetic"XX}]}"#;

    #[test]
    fn agrees_with_serde_on_edge_cases_or_leaves_them_to_it() {
        let with = |extra: &str| TINY.replace("XX", extra);
        assert!(agree(&with("")));
        for taken in [
            r#", "message_patterns": ["a*b"], "refines": null, "deprecated": "old""#,
            r#", "example": {"error": {"code": null, "n": [1.5, -0, 1e3, "}]"]}}"#,
            r#", "example": null, "null_code": true, "alias_statuses": [401, 599]"#,
            r#", "example": {"error": {"z": [1, -2, true, false, null, {"b": "x", "a": []}], "code": "c", "e": {}}}"#,
            r#", "sources": ["https://x.y/\"q\"\u00e9\n"], "fallback": false"#,
            r#", "alias_codes": ["\ud83d\ude00", "é"], "type_fallback": true"#,
        ] {
            assert!(agree(&with(taken)), "{taken}");
        }
        // Each of these is serde's to judge: a problem, or a form this reader leaves.
        for left in [
            r#", "status": 401"#,
            r#", "unknown": 1"#,
            r#", "null_code": null"#,
            r#", "alias_statuses": [400.0]"#,
            r#", "alias_statuses": [-0]"#,
            r#", "alias_statuses": [0400]"#,
            r#", "alias_statuses": [99999999999999999999]"#,
            r#", "refines": 3"#,
            r#", "example": {"#,
            r#", "e\u0078ample": {}"#,
            r#", "example": {"error": {"a": 1, "a": 2}}"#,
            &format!(r#", "example": {}1{}"#, "[".repeat(70), "]".repeat(70)),
        ] {
            assert!(!agree(&with(left)), "{left}");
        }
        for text in [
            "",
            "{}",
            "[]",
            "nul",
            &TINY.replace("XX", "").replace("400", "4e2"),
            &TINY.replace("XX", "").replace("\"server\"", "\"a\u{1}b\""),
            &format!("{} x", with("")),
            &with("").replace("\"version\": 1,", "\"version\": 1, \"version\": 1,"),
        ] {
            assert!(!agree(text), "{text}");
        }
    }

    #[test]
    fn gives_up_on_any_cut_of_a_spec_without_panicking() {
        let text = TINY.replace("XX", r#", "example": {"error": {"code": "c"}}"#);
        for end in 0..text.len() {
            if text.is_char_boundary(end) {
                assert!(!agree(&text[..end]));
            }
        }
    }
}
