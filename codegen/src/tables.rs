//! The per-code part of the expansion: the variants with their rustdoc, `ALL`, the entry
//! and text tables, the code index and the code → type table.
//!
//! It grows with the spec, so it is built for compile time, in the macro and in rustc:
//! - written as Rust source into one `String` and parsed once, instead of token by token
//!   (inside a proc macro every token is a call across the compiler bridge);
//! - the entries split into tables of [`CHUNK`] entries, each its own `static`, because
//!   rustc type-checks one large array literal in more than linear time and memory;
//! - the prose in tables of its own ([`EntryText`](errspec_runtime::EntryText)), which the
//!   entries point at, so the hot entries the classifier reads stay small;
//! - lookups as data: the code index is three arrays of literals
//!   ([`CodeIndex`]), the error type of each code
//!   an array of numbers; no `match` with an arm per code.

use std::collections::BTreeMap;
use std::fmt::Write;

use errspec_runtime::__private::{CodeIndex, LookupTables};
use proc_macro2::TokenStream;

use crate::docs;
use crate::model::{Catalog, EntryDef};

/// Entries per `static` table: small enough that each table type-checks quickly, large
/// enough that a 10,000-entry spec needs a hundred or so.
pub const CHUNK: usize = 128;

/// Rust source under construction, with the runtime's path at hand.
struct Source {
    out: String,
    docs: bool,
    lexer: Lexer,
}

/// What turns the text into tokens ([`EmitOptions::lexer`](crate::EmitOptions::lexer)).
type Lexer = fn(&str) -> Option<TokenStream>;

impl Source {
    fn new(docs: bool, lexer: Lexer) -> Self {
        Source {
            out: String::new(),
            docs,
            lexer,
        }
    }

    /// `text` as a Rust string literal, copied as is: plain when it holds no `"` or `\`,
    /// else raw (`r#"…"#`); `Debug` (valid literal syntax) only for a carriage return,
    /// which raw strings refuse. The macro runs unoptimized in debug builds, where
    /// `Debug`'s escaping costs a call per character and a copy costs one call.
    fn str(&mut self, text: &str) {
        let bytes = text.as_bytes();
        if !bytes.contains(&b'"') && !bytes.contains(&b'\\') && !bytes.contains(&b'\r') {
            self.out.push('"');
            self.out.push_str(text);
            self.out.push('"');
            return;
        }
        let hashes = raw_hashes(bytes);
        if bytes.contains(&b'\r') || hashes > 16 {
            let _ = write!(self.out, "{text:?}");
            return;
        }
        let hashes = &"################"[..hashes];
        self.out.push('r');
        self.out.push_str(hashes);
        self.out.push('"');
        self.out.push_str(text);
        self.out.push('"');
        self.out.push_str(hashes);
    }

    /// `&["a", "b"]`, or `NONE` (see [`entry_tables`]).
    fn strs<S: AsRef<str>>(&mut self, items: impl IntoIterator<Item = S>) {
        let mut items = items.into_iter().peekable();
        if items.peek().is_none() {
            self.out.push_str("NONE");
            return;
        }
        self.out.push_str("&[");
        for item in items {
            self.str(item.as_ref());
            self.out.push(',');
        }
        self.out.push(']');
    }

    /// `Some("text")` / `None`, as [`entry_tables`] imports them.
    fn opt(&mut self, value: Option<&str>) {
        match value {
            Some(text) => {
                self.out.push_str("Some(");
                self.str(text);
                self.out.push(')');
            }
            None => self.out.push_str("None"),
        }
    }

    /// Prose kept only when the catalog carries docs.
    fn prose<'t>(&self, text: &'t str) -> &'t str {
        if self.docs { text } else { "" }
    }

    fn prose_list<'t>(&self, items: &'t [String]) -> &'t [String] {
        if self.docs { items } else { &[] }
    }

    fn parse(self) -> TokenStream {
        // The text is built from literals and identifiers the model has validated; a
        // failure here is a bug in this module, shown where the macro was called.
        (self.lexer)(&self.out).unwrap_or_else(
            || quote::quote!(::core::compile_error!("errspec: the generated tables do not lex");),
        )
    }
}

/// How many `#` a raw string of `text` needs: one more than the longest run of `#` after
/// a `"`.
fn raw_hashes(text: &[u8]) -> usize {
    let mut longest = 0;
    let mut i = 0;
    while i < text.len() {
        if text[i] == b'"' {
            let mut end = i + 1;
            while end < text.len() && text[end] == b'#' {
                end += 1;
            }
            longest = longest.max(end - i);
            i = end;
        } else {
            i += 1;
        }
    }
    longest
}

/// The variants of the code enum, each with its rustdoc (and `#[deprecated]`).
pub fn variants(catalog: &Catalog, with_docs: bool, lexer: Lexer) -> TokenStream {
    let mut s = Source::new(with_docs, lexer);
    let retry: Vec<String> = match with_docs {
        true => catalog.strategies.iter().map(docs::retry_section).collect(),
        false => Vec::new(),
    };
    for e in &catalog.entries {
        if s.docs {
            s.out.push_str("#[doc = ");
            s.str(&docs::entry_doc_with(catalog, e, &retry[e.retry]));
            s.out.push(']');
        }
        if let Some(note) = &e.deprecated {
            s.out.push_str("#[deprecated(note = ");
            s.str(note);
            s.out.push_str(")]");
        }
        let _ = write!(s.out, "{},", e.variant);
    }
    s.parse()
}

/// `Self::A, Self::B, …`: the contents of `ALL`.
pub fn all(catalog: &Catalog, lexer: Lexer) -> TokenStream {
    let mut out = String::new();
    for e in &catalog.entries {
        let _ = write!(out, "Self::{},", e.variant);
    }
    Source {
        out,
        ..Source::new(false, lexer)
    }
    .parse()
}

/// The module `module` behind `entry()`: the shared names, then a module per chunk `cN`
/// holding its `TEXTS` and `ENTRIES` statics, then `ENTRIES: [&[Entry]; chunks]`.
/// `strategies` (the `STRATEGY_i` statics) go in as they are; `strategy(i)` names
/// strategy `i`.
///
/// A module per chunk, beside the enum (not in a function's body), because rustc compiles
/// each such module into its own codegen unit in a debug build: a spec edit then
/// regenerates the machine code of one chunk instead of every table of the catalog (at
/// 1,000 entries, a rebuild after an edit 0.23 → 0.18 s). It imports the user's module,
/// so that a relative runtime path still resolves.
pub fn entry_tables(
    catalog: &Catalog,
    module: &str,
    rt: &str,
    with_docs: bool,
    strategies: TokenStream,
    strategy: impl Fn(usize) -> String,
    lexer: Lexer,
) -> TokenStream {
    let mut s = Source::new(with_docs, lexer);
    // The short names the tables use, imported once per module by absolute path: a path
    // per field would be most of the tokens the macro hands over and rustc reads.
    let imports = format!(
        "#[allow(unused_imports)] use {rt}::{{Category, Entry, EntryText, Provenance}};\
         #[allow(unused_imports)] use ::core::option::Option::{{None, Some}};"
    );
    // The empty lists, once: an `&[]` per field would be a constant of its own for rustc
    // to evaluate, and most entries have no aliases or patterns. `D` holds every field's
    // usual value, so that an entry writes only what differs (`..D`).
    let _ = write!(
        s.out,
        "mod {module} {{ #[allow(unused_imports)] use super::*; {imports} {strategies}\
         const NO_STATUSES: &[u16] = &[];\
         const NONE: &[&str] = &[];"
    );
    if !catalog.strategies.is_empty() {
        let _ = write!(
            s.out,
            "const D: Entry = Entry{{code:\"\",status:0,alias_statuses:NO_STATUSES,\
             alias_codes:NONE,error_type:\"\",alias_types:NONE,patterns:NONE,refines:None,\
             refined:false,category:Category::Unknown,message:\"\",retry:&{},\
             null_code:false,fallback:false,type_fallback:false,text:&EntryText::EMPTY}};",
            strategy(0)
        );
    }
    let chunks: Vec<&[EntryDef]> = catalog.entries.chunks(CHUNK).collect();
    for (c, chunk) in chunks.iter().enumerate() {
        let _ = write!(
            s.out,
            "mod c{c} {{ {imports} use super::*; \
             pub(super) static TEXTS: [EntryText; {}] = [",
            chunk.len()
        );
        for e in *chunk {
            entry_text(&mut s, e);
        }
        let _ = write!(
            s.out,
            "]; pub(super) static ENTRIES: [Entry; {}] = [",
            chunk.len()
        );
        for (i, e) in chunk.iter().enumerate() {
            entry(
                &mut s,
                catalog,
                e,
                &strategy(e.retry),
                &format!("TEXTS[{i}]"),
            );
        }
        s.out.push_str("]; }");
    }
    let _ = write!(
        s.out,
        "pub(super) static ENTRIES: [&[Entry]; {}] = [",
        chunks.len()
    );
    for c in 0..chunks.len() {
        let _ = write!(s.out, "&c{c}::ENTRIES,");
    }
    s.out.push_str("]; }");
    s.parse()
}

/// One `Entry{…}`: the fields that differ from `D` (see [`entry_tables`]), then `..D`.
fn entry(s: &mut Source, catalog: &Catalog, e: &EntryDef, strategy: &str, text: &str) {
    s.out.push_str("Entry{code:");
    s.str(&e.code);
    let _ = write!(s.out, ",status:{}", e.status);
    if !e.alias_statuses.is_empty() {
        s.out.push_str(",alias_statuses:&[");
        for status in &e.alias_statuses {
            let _ = write!(s.out, "{status},");
        }
        s.out.push(']');
    }
    if !e.alias_codes.is_empty() {
        s.out.push_str(",alias_codes:");
        s.strs(&e.alias_codes);
    }
    s.out.push_str(",error_type:");
    s.str(&catalog.type_of(e).name);
    if !e.alias_types.is_empty() {
        s.out.push_str(",alias_types:");
        s.strs(e.alias_types.iter().map(|&t| &catalog.types[t].name));
    }
    if !e.patterns.is_empty() {
        s.out.push_str(",patterns:");
        s.strs(&e.patterns);
    }
    if e.refines.is_some() {
        s.out.push_str(",refines:");
        s.opt(e.refines.as_deref());
    }
    for (set, name) in [
        (e.refined, "refined"),
        (e.null_code, "null_code"),
        (e.fallback, "fallback"),
        (e.type_fallback, "type_fallback"),
    ] {
        if set {
            let _ = write!(s.out, ",{name}:true");
        }
    }
    let _ = write!(s.out, ",category:Category::{:?},message:", e.category);
    s.str(&e.message);
    let _ = write!(s.out, ",retry:&{strategy},text:&{text},..D}},");
}

fn entry_text(s: &mut Source, e: &EntryDef) {
    s.out.push_str("EntryText{variant:");
    s.str(&e.variant);
    s.out.push_str(",description:");
    s.str(s.prose(&e.description));
    s.out.push_str(",action:");
    s.str(s.prose(&e.action));
    s.out.push_str(",example:");
    s.str(s.prose(e.example.as_deref().unwrap_or("")));
    let _ = write!(s.out, ",provenance:Provenance::{:?}", e.provenance);
    s.out.push_str(",deprecated:");
    s.opt(e.deprecated.as_deref());
    let (causes, solutions, sources) = (
        s.prose_list(&e.causes),
        s.prose_list(&e.solutions),
        s.prose_list(&e.sources),
    );
    s.out.push_str(",lists:");
    s.strs(causes.iter().chain(solutions).chain(sources));
    let _ = write!(s.out, ",counts:({},{})}},", causes.len(), solutions.len());
}

/// `static INDEX: CodeIndex`: every code and alias code, laid out for
/// [`CodeIndex::find`].
pub fn code_index(catalog: &Catalog, rt: &str, lexer: Lexer) -> TokenStream {
    let keys: Vec<(&str, usize)> = catalog
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.code.as_str(), i))
        .chain(
            catalog
                .entries
                .iter()
                .enumerate()
                .flat_map(|(i, e)| e.alias_codes.iter().map(move |alias| (alias.as_str(), i))),
        )
        .collect();
    let slots = CodeIndex::layout(keys.iter().map(|&(key, _)| key));
    let mut s = Source::new(false, lexer);
    let _ = write!(
        s.out,
        "static INDEX: {rt}::__private::CodeIndex = {rt}::__private::CodeIndex{{keys:"
    );
    s.out.push_str("&[");
    for (key, _) in &keys {
        s.str(key);
        s.out.push(',');
    }
    s.out.push(']');
    s.out.push_str(",variants:&[");
    for (_, variant) in &keys {
        let _ = write!(s.out, "{variant},");
    }
    s.out.push_str("],slots:&[");
    for slot in slots {
        let _ = write!(s.out, "{slot},");
    }
    s.out.push_str("]};");
    s.parse()
}

/// `static TABLES: LookupTables`: what the refinement, pattern, type-and-status and status stages of
/// the classifier's look-up ([`lookup`](errspec_runtime::classify::lookup)) find, for
/// every status an entry accepts and every type. One pass over the entries, counting as
/// the look-up's `pick` does: the only entry that matches, else the first fallback among
/// those that match (a test checks the tables against the look-up walking every entry,
/// for every bundled catalog).
pub fn lookup_tables(catalog: &Catalog, rt: &str, lexer: Lexer) -> TokenStream {
    /// What `pick` keeps while it walks: how many matched, the last, the first fallback.
    #[derive(Default)]
    struct Pick {
        count: usize,
        last: usize,
        fallback: Option<usize>,
    }
    impl Pick {
        fn add(&mut self, entry: usize, fallback: bool) {
            self.count += 1;
            self.last = entry;
            if fallback && self.fallback.is_none() {
                self.fallback = Some(entry);
            }
        }
        fn picked(&self) -> Option<usize> {
            if self.count == 1 {
                Some(self.last)
            } else {
                self.fallback
            }
        }
    }
    let mut by_status: BTreeMap<u16, Pick> = BTreeMap::new();
    let mut by_type: BTreeMap<(u16, usize), Pick> = BTreeMap::new();
    // Every pattern under each status its entry accepts, in spec order per status.
    let mut patterns: BTreeMap<u16, Vec<(usize, &str)>> = BTreeMap::new();
    for (i, e) in catalog.entries.iter().enumerate() {
        let statuses = std::iter::once(e.status).chain(e.alias_statuses.iter().copied());
        for status in statuses {
            // A fallback counts for the entry's own status only.
            let own = status == e.status;
            by_status
                .entry(status)
                .or_default()
                .add(i, own && e.fallback);
            for ty in e.types() {
                by_type
                    .entry((status, ty))
                    .or_default()
                    .add(i, own && (e.fallback || e.type_fallback));
            }
            let rows = patterns.entry(status).or_default();
            for pattern in &e.patterns {
                rows.push((i, pattern));
            }
        }
    }
    let mut s = Source::new(false, lexer);
    let _ = write!(
        s.out,
        "static TABLES: {rt}::__private::LookupTables = {rt}::__private::LookupTables{{patterns:&["
    );
    for (status, rows) in &patterns {
        for &(i, pattern) in rows {
            let _ = write!(s.out, "({status},{i},");
            s.str(pattern);
            let _ = write!(s.out, ",{}),", LookupTables::rare_offset(pattern));
        }
    }
    s.out.push_str("],refinements:&[");
    for (i, e) in catalog.entries.iter().enumerate() {
        if let Some(target) = &e.refines {
            s.out.push('(');
            s.str(target);
            let _ = write!(s.out, ",{i}),");
        }
    }
    s.out.push_str("],by_status:&[");
    for (status, pick) in &by_status {
        if let Some(i) = pick.picked() {
            let _ = write!(s.out, "({status},{i}),");
        }
    }
    s.out.push_str("],by_type:&[");
    for (&(status, ty), pick) in &by_type {
        if let Some(i) = pick.picked() {
            let _ = write!(s.out, "({status},");
            s.str(&catalog.types[ty].name);
            let _ = write!(s.out, ",{i}),");
        }
    }
    s.out.push_str("]};");
    s.parse()
}

/// `static TYPE_OF: [u32; N]`: the index of each code's type in the type enum's `ALL`.
pub fn type_of(catalog: &Catalog, lexer: Lexer) -> TokenStream {
    let mut out = format!("static TYPE_OF: [u32; {}] = [", catalog.entries.len());
    for e in &catalog.entries {
        let _ = write!(out, "{},", e.error_type);
    }
    out.push_str("];");
    Source {
        out,
        ..Source::new(false, lexer)
    }
    .parse()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_literals_keep_their_text() {
        for text in [
            "plain",
            "",
            "a \"quoted\" word",
            "\"#\"## ends",
            "back\\slash",
            "line\nbreak",
            "carriage\r\nreturn",
            "é ü ✓",
        ] {
            let mut s = Source::new(false, crate::emit::lex);
            s.str(text);
            let lit: syn::LitStr = syn::parse_str(&s.out).expect(&s.out);
            assert_eq!(lit.value(), text, "{}", s.out);
        }
    }

    #[test]
    fn raw_strings_get_enough_hashes() {
        assert_eq!(raw_hashes(b"no quotes"), 0);
        assert_eq!(raw_hashes(b"a \"b\""), 1);
        assert_eq!(raw_hashes(b"\"## and \"#"), 3);
    }
}
