//! The per-code part of the expansion: the variants with their rustdoc, `ALL`, the entry
//! and text tables, the code index and the code → type table.
//!
//! It grows with the spec, so it is built for compile time, in the macro and in rustc:
//! - written as Rust source into one `String` and parsed once, instead of token by token
//!   (inside a proc macro every token is a call across the compiler bridge);
//! - the entries split into tables of [`CHUNK`] entries, each its own `static`, because
//!   rustc type-checks one large array literal in more than linear time and memory;
//! - the prose in tables of its own ([`EntryText`](errspec_runtime::EntryText)), which the
//!   entries point at, so the hot entries the classifier reads stay small; an entry's
//!   prose is one string literal, cut at run time, because rustc's cost goes by the number
//!   of literals more than by their length;
//! - lookups as data: the code index is two arrays of numbers ([`CodeIndex`]; the codes
//!   are the entries' own strings), the error type of each code an array of numbers; no
//!   `match` with an arm per code.

use std::collections::BTreeMap;
use std::fmt;

use errspec_runtime::__private::{CodeIndex, LookupTables};
use errspec_runtime::Provenance;
use proc_macro2::TokenStream;

use crate::docs;
use crate::model::{CatalogDef, EntryDef};

/// Entries per `static` table: small enough that each table type-checks quickly, large
/// enough that a 10,000-entry spec needs a hundred or so.
pub const CHUNK: usize = 128;

/// Rust source under construction. Every piece goes through a `fmt::Formatter` that
/// `format!` set up ([`render`]): its writer is the standard library's own `String`,
/// compiled optimized, where a `push_str` on a `String` of this crate runs the unoptimized
/// copy a debug build of the macro makes of it (about four times the instructions per
/// piece, and the tables are tens of thousands of pieces).
struct Source<'a, 'f> {
    f: &'a mut fmt::Formatter<'f>,
    docs: bool,
}

/// Texts up to this long are written as plain literals when they can be (see
/// [`Source::str`]).
const NAME_LENGTH: usize = 32;

/// What turns the text into tokens ([`EmitOptions::lexer`](crate::EmitOptions::lexer)).
type Lexer = fn(&str) -> Option<TokenStream>;

/// The text `write` writes into a [`Source`] (carrying prose when `docs`).
fn render(docs: bool, write: impl Fn(&mut Source<'_, '_>)) -> String {
    struct Render<F>(F, bool);
    impl<F: Fn(&mut Source<'_, '_>)> fmt::Display for Render<F> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            (self.0)(&mut Source { f, docs: self.1 });
            Ok(())
        }
    }
    format!("{}", Render(write, docs))
}

/// The tokens of generated `text`.
fn parse(lexer: Lexer, text: &str) -> TokenStream {
    // The text is built from literals and identifiers the model has validated; a
    // failure here is a bug in this module, shown where the macro was called.
    lexer(text).unwrap_or_else(
        || quote::quote!(::core::compile_error!("errspec: the generated tables do not lex");),
    )
}

impl Source<'_, '_> {
    /// Writes `text` as it is.
    fn push(&mut self, text: &str) {
        // Writing into a `String` does not fail.
        let _ = self.f.write_str(text);
    }

    /// What `write!` calls: formats `args` into the text.
    fn write_fmt(&mut self, args: fmt::Arguments<'_>) {
        let _ = self.f.write_fmt(args);
    }

    /// `text` as a Rust string literal, copied as is: raw (`r"…"`, `r#"…"#`) when it is
    /// longer than a name or holds a `"` or `\`, else plain (codes and names read as
    /// people write them in `errspec expand`); the raw form is [`joined`](Self::joined)'s,
    /// one piece of it. The compiler's lexer checks a raw
    /// string's text for carriage returns only, a plain one for escapes too: the prose
    /// of a large catalog lexes faster raw (−18 M instructions of a check at 1,000
    /// entries). Only byte searches look at the text (the standard library's, a word at
    /// a time even in an unoptimized build), no loop over its bytes.
    fn str(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let plain = text.len() <= NAME_LENGTH
            && !bytes.contains(&b'"')
            && !bytes.contains(&b'\\')
            && !bytes.contains(&b'\r');
        match plain {
            true => write!(self, "\"{text}\""),
            false => self.joined(&[text], ' '),
        }
    }

    /// `text` as an outer doc comment: `/**text*/` when the text allows it, else
    /// `#[doc = "text"]`. The compiler's lexer scans a block comment once and keeps its
    /// text as it is, where a string literal is scanned, then checked for escapes.
    ///
    /// A block comment may not hold `/*` or `*/` (comments nest), a carriage return, or
    /// start with `*` (`/***` is no doc comment); and rustdoc trims a block comment's
    /// text ([`beautify_doc_string`]) when its first line is blank or only stars, its last
    /// line only stars, or every other line starts with a star: such text keeps the
    /// attribute. The `*` are found by
    /// byte search, then their neighbours looked at.
    ///
    /// [`beautify_doc_string`]: https://doc.rust-lang.org/nightly/nightly-rustc/rustc_ast/util/comments/fn.beautify_doc_string.html
    fn doc(&mut self, text: &str) {
        if block_comment_keeps(text) {
            write!(self, "/**{text}*/");
        } else {
            self.push("#[doc = ");
            self.str(text);
            self.push("]");
        }
    }

    /// `pieces` joined by `sep` as one raw string literal, written piece by piece: the
    /// joined text is never built (a `String` grown in the unoptimized macro costs more
    /// than the writing). A raw string of the whole needs the most `#` any piece needs:
    /// `sep` is no `"` or `#`, so no run crosses a boundary. `Debug` (valid literal
    /// syntax) only for a carriage return, which raw strings refuse, or more than 16 `#`.
    fn joined(&mut self, pieces: &[&str], sep: char) {
        let hashes = pieces.iter().map(|p| raw_hashes(p)).max().unwrap_or(0);
        if hashes > 16 || pieces.iter().any(|p| p.as_bytes().contains(&b'\r')) {
            write!(self, "{:?}", pieces.join(sep.encode_utf8(&mut [0; 4])));
            return;
        }
        let hashes = &"################"[..hashes];
        write!(self, "r{hashes}\"");
        for (i, piece) in pieces.iter().enumerate() {
            if i > 0 {
                write!(self, "{sep}");
            }
            self.push(piece);
        }
        write!(self, "\"{hashes}");
    }

    /// `&["a", "b"]`, or `NONE` (see [`entry_tables`]).
    fn strs<S: AsRef<str>>(&mut self, items: impl IntoIterator<Item = S>) {
        let mut items = items.into_iter().peekable();
        if items.peek().is_none() {
            self.push("NONE");
            return;
        }
        self.push("&[");
        for item in items {
            self.str(item.as_ref());
            self.push(",");
        }
        self.push("]");
    }

    /// `Some("text")` / `None`, as [`entry_tables`] imports them.
    fn opt(&mut self, value: Option<&str>) {
        match value {
            Some(text) => {
                self.push("Some(");
                self.str(text);
                self.push(")");
            }
            None => self.push("None"),
        }
    }

    /// Prose kept only when the catalog carries docs.
    fn prose<'t>(&self, text: &'t str) -> &'t str {
        if self.docs { text } else { "" }
    }

    fn prose_list<'t>(&self, items: &'t [String]) -> &'t [String] {
        if self.docs { items } else { &[] }
    }
}

/// Whether `/**text*/` is a doc comment whose text rustdoc reads as `text` (see
/// [`Source::doc`]).
fn block_comment_keeps(text: &str) -> bool {
    let bytes = text.as_bytes();
    // The first line: not blank, not starting with a star (a doc starts with its
    // message, capitalized: a letter or digit settles it).
    let first_line = &text[..text.find('\n').unwrap_or(text.len())];
    let plain_start = bytes.first().is_some_and(u8::is_ascii_alphanumeric);
    if !plain_start && (first_line.trim().is_empty() || first_line.trim_start().starts_with('*')) {
        return false;
    }
    if bytes.contains(&b'\r') {
        return false;
    }
    // Nor a last line of stars only (rustdoc drops it).
    let body = text.strip_suffix('\n').unwrap_or(text);
    let last_line = &body[body.rfind('\n').map_or(0, |i| i + 1)..];
    if last_line.as_bytes().first() == Some(&b'*') && last_line.bytes().all(|b| b == b'*') {
        return false;
    }
    // Some line after the first must start with neither a space nor a star, or rustdoc
    // may take a common `*` margin off every line (a doc's table starts its third).
    let mut margin_free = false;
    let mut rest = &text[first_line.len()..];
    while let Some(line_break) = rest.find('\n') {
        rest = &rest[line_break + 1..];
        if matches!(rest.as_bytes().first(), Some(&b) if !matches!(b, b'\n' | b' ' | b'\t' | b'*'))
        {
            margin_free = true;
            break;
        }
    }
    if !margin_free {
        return false;
    }
    // No `/*` or `*/`: the text between stars, each piece's ends looked at.
    let mut pieces = text.split('*');
    let mut before = pieces.next().unwrap_or("");
    for piece in pieces {
        if before.as_bytes().last() == Some(&b'/') || piece.as_bytes().first() == Some(&b'/') {
            return false;
        }
        before = piece;
    }
    true
}

/// How many `#` a raw string of `text` needs: one more than the longest run of `#` after
/// a `"`, and one at least when there is a `"`. Found by byte search of the `#` (fewer
/// than the quotes in a doc with an example body), then a look at the byte before each.
fn raw_hashes(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut longest = match bytes.contains(&b'"') {
        true => 1,
        false => 0,
    };
    let mut from = 0;
    while let Some(at) = text[from..].find('#') {
        let start = from + at;
        let mut end = start + 1;
        while end < bytes.len() && bytes[end] == b'#' {
            end += 1;
        }
        if start > 0 && bytes[start - 1] == b'"' {
            longest = longest.max(end - start + 1);
        }
        // `#` is ASCII: `end` is a character boundary.
        from = end;
    }
    longest
}

/// The variants of the code enum, each with its rustdoc (and `#[deprecated]`).
pub fn variants(catalog: &CatalogDef, with_docs: bool, lexer: Lexer) -> TokenStream {
    let retry: Vec<String> = match with_docs {
        true => catalog.strategies.iter().map(docs::retry_section).collect(),
        false => Vec::new(),
    };
    let text = render(with_docs, |s| {
        for e in &catalog.entries {
            if s.docs {
                s.doc(&docs::entry_doc_with(catalog, e, &retry[e.retry]));
            }
            if let Some(note) = &e.deprecated {
                s.push("#[deprecated(note = ");
                s.str(note);
                s.push(")]");
            }
            write!(s, "{},", e.variant);
        }
    });
    parse(lexer, &text)
}

/// `#[doc = "…"]` with `text`, for the docs of the enums (long: the code enum's lists
/// every code) and of the type enum's variants.
pub fn doc_attr(text: &str, lexer: Lexer) -> TokenStream {
    let text = render(false, |s| {
        s.push("#[doc = ");
        s.str(text);
        s.push("]");
    });
    parse(lexer, &text)
}

/// `Self::A, Self::B, …`: the contents of `ALL`.
pub fn all(catalog: &CatalogDef, lexer: Lexer) -> TokenStream {
    let text = render(false, |s| {
        for e in &catalog.entries {
            write!(s, "Self::{},", e.variant);
        }
    });
    parse(lexer, &text)
}

/// The module `module` behind `entry()`: the shared names, then a module per chunk `cN`
/// holding its `TEXTS` and `ENTRIES` statics, then `ENTRIES: [&[Entry]; chunks]`.
/// `policies` (the `POLICY_i` statics, as source) go in as they are; `policy(i)` names
/// the policy of spec strategy `i`.
///
/// A module per chunk, beside the enum (not in a function's body), because rustc compiles
/// each such module into its own codegen unit in a debug build: a spec edit then
/// regenerates the machine code of one chunk instead of every table of the catalog (at
/// 1,000 entries, a rebuild after an edit 0.23 → 0.18 s). It imports the user's module,
/// so that a relative runtime path still resolves.
pub fn entry_tables(
    catalog: &CatalogDef,
    module: &str,
    rt: &str,
    with_docs: bool,
    policies: TokenStream,
    policy: impl Fn(usize) -> String,
    lexer: Lexer,
) -> TokenStream {
    // The short names the tables use, imported once per module by absolute path: a path
    // per field would be most of the tokens the macro hands over and rustc reads.
    let imports = format!(
        "#[allow(unused_imports)] use {rt}::{{Category, Entry, EntryText, Provenance}};\
         #[allow(unused_imports)] use ::core::option::Option::{{None, Some}};"
    );
    let policy_names: Vec<String> = (0..catalog.strategies.len()).map(&policy).collect();
    let chunks: Vec<&[EntryDef]> = catalog.entries.chunks(CHUNK).collect();
    let text = render(with_docs, |s| {
        // The empty lists, once: an `&[]` per field would be a constant of its own for
        // rustc to evaluate, and most entries have no aliases or patterns. `D` holds every
        // field's usual value, so that an entry writes only what differs (`..D`).
        write!(
            s,
            "mod {module} {{ #[allow(unused_imports)] use super::*; {imports} {policies}\
             const NO_STATUSES: &[u16] = &[];\
             const NONE: &[&str] = &[];"
        );
        if let Some(first) = policy_names.first() {
            write!(
                s,
                "const D: Entry = Entry{{code:\"\",status:0,alias_statuses:NO_STATUSES,\
                 alias_codes:NONE,error_type:\"\",alias_types:NONE,patterns:NONE,refines:None,\
                 refined:false,category:Category::Unknown,message:\"\",retry:&{first},\
                 null_code:false,fallback:false,type_fallback:false,text:&EntryText::EMPTY}};"
            );
        }
        // The same for the texts (`..T`): most have no deprecation, and are documented.
        s.push(
            "const T: EntryText = EntryText{prose:\"\",counts:(0,0),\
             provenance:Provenance::Documented,deprecated:None};",
        );
        for (c, chunk) in chunks.iter().enumerate() {
            write!(
                s,
                "mod c{c} {{ {imports} use super::*; \
                 pub(super) static TEXTS: [EntryText; {}] = [",
                chunk.len()
            );
            for e in *chunk {
                entry_text(s, e);
            }
            write!(
                s,
                "]; pub(super) static ENTRIES: [Entry; {}] = [",
                chunk.len()
            );
            for (i, e) in chunk.iter().enumerate() {
                entry(s, catalog, e, &policy_names[e.retry], i);
            }
            s.push("]; }");
        }
        write!(
            s,
            "pub(super) static ENTRIES: [&[Entry]; {}] = [",
            chunks.len()
        );
        for c in 0..chunks.len() {
            write!(s, "&c{c}::ENTRIES,");
        }
        s.push("]; }");
    });
    parse(lexer, &text)
}

/// One `Entry{…}`: the fields that differ from `D` (see [`entry_tables`]), then `..D`;
/// its text is `TEXTS[text]`.
fn entry(s: &mut Source<'_, '_>, catalog: &CatalogDef, e: &EntryDef, policy: &str, text: usize) {
    s.push("Entry{code:");
    s.str(&e.code);
    write!(s, ",status:{}", e.status);
    if !e.alias_statuses.is_empty() {
        s.push(",alias_statuses:&[");
        for status in &e.alias_statuses {
            write!(s, "{status},");
        }
        s.push("]");
    }
    if !e.alias_codes.is_empty() {
        s.push(",alias_codes:");
        s.strs(&e.alias_codes);
    }
    s.push(",error_type:");
    s.str(&catalog.type_of(e).name);
    if !e.alias_types.is_empty() {
        s.push(",alias_types:");
        s.strs(e.alias_types.iter().map(|&t| &catalog.types[t].name));
    }
    if !e.patterns.is_empty() {
        s.push(",patterns:");
        s.strs(&e.patterns);
    }
    if e.refines.is_some() {
        s.push(",refines:");
        s.opt(e.refines.as_deref());
    }
    for (set, name) in [
        (e.refined, "refined"),
        (e.null_code, "null_code"),
        (e.fallback, "fallback"),
        (e.type_fallback, "type_fallback"),
    ] {
        if set {
            write!(s, ",{name}:true");
        }
    }
    write!(s, ",category:Category::{:?},message:", e.category);
    s.str(&e.message);
    write!(s, ",retry:&{policy},text:&TEXTS[{text}],..D}},");
}

/// One `EntryText{…}`: its prose as one literal (the pieces joined by
/// [`EntryText::SEPARATOR`](errspec_runtime::catalog::EntryText::SEPARATOR): rustc pays per
/// literal, about 2 µs each in a check), then the fields that differ from `T` (see
/// [`entry_tables`]), then `..T`.
fn entry_text(s: &mut Source<'_, '_>, e: &EntryDef) {
    let (causes, solutions, sources) = (
        s.prose_list(&e.causes),
        s.prose_list(&e.solutions),
        s.prose_list(&e.sources),
    );
    let example = e.example.as_deref().filter(|_| s.docs).unwrap_or("");
    let pieces: Vec<&str> = [
        e.variant.as_str(),
        s.prose(&e.description),
        s.prose(&e.action),
        example,
    ]
    .into_iter()
    .chain(
        causes
            .iter()
            .chain(solutions)
            .chain(sources)
            .map(String::as_str),
    )
    .collect();
    s.push("EntryText{prose:");
    s.joined(&pieces, errspec_runtime::catalog::EntryText::SEPARATOR);
    let counted = causes.len() + solutions.len() > 0;
    if counted {
        write!(s, ",counts:({},{})", causes.len(), solutions.len());
    }
    let attributed = e.provenance != Provenance::Documented;
    if attributed {
        write!(s, ",provenance:Provenance::{:?}", e.provenance);
    }
    if e.deprecated.is_some() {
        s.push(",deprecated:");
        s.opt(e.deprecated.as_deref());
    }
    // `..T` only when a field is left to it (clippy's `needless_update` otherwise, in the
    // user's crate).
    match counted && attributed && e.deprecated.is_some() {
        true => s.push("},"),
        false => s.push(",..T},"),
    }
}

/// `static INDEX: CodeIndex`: the variant of every code and alias code, laid out for
/// [`CodeIndex::find`] (the strings are the entries').
pub fn code_index(catalog: &CatalogDef, rt: &str, lexer: Lexer) -> TokenStream {
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
    let text = render(false, |s| {
        write!(
            s,
            "static INDEX: {rt}::__private::CodeIndex = {rt}::__private::CodeIndex{{variants:&["
        );
        for (_, variant) in &keys {
            write!(s, "{variant},");
        }
        s.push("],slots:&[");
        for slot in &slots {
            write!(s, "{slot},");
        }
        s.push("]};");
    });
    parse(lexer, &text)
}

/// `static TABLES: LookupTables`: what the refinement, pattern, type-and-status and status stages of
/// the classifier's look-up ([`lookup`](errspec_runtime::classify::lookup)) find, for
/// every status an entry accepts and every type. One pass over the entries, counting as
/// the look-up's `pick` does: the only entry that matches, else the first fallback among
/// those that match (a test checks the tables against the look-up walking every entry,
/// for every bundled catalog).
pub fn lookup_tables(catalog: &CatalogDef, rt: &str, lexer: Lexer) -> TokenStream {
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
    let text = render(false, |s| {
        write!(
            s,
            "static TABLES: {rt}::__private::LookupTables = {rt}::__private::LookupTables{{patterns:&["
        );
        for (status, rows) in &patterns {
            for &(i, pattern) in rows {
                write!(s, "({status},{i},");
                s.str(pattern);
                write!(s, ",{}),", LookupTables::rare_offset(pattern));
            }
        }
        s.push("],refinements:&[");
        for (i, e) in catalog.entries.iter().enumerate() {
            if let Some(target) = &e.refines {
                s.push("(");
                s.str(target);
                write!(s, ",{i}),");
            }
        }
        s.push("],by_status:&[");
        for (status, pick) in &by_status {
            if let Some(i) = pick.picked() {
                write!(s, "({status},{i}),");
            }
        }
        s.push("],by_type:&[");
        for (&(status, ty), pick) in &by_type {
            if let Some(i) = pick.picked() {
                write!(s, "({status},");
                s.str(&catalog.types[ty].name);
                write!(s, ",{i}),");
            }
        }
        s.push("]};");
    });
    parse(lexer, &text)
}

/// `static TYPE_OF: [u32; N]`: the index of each code's type in the type enum's `ALL`.
pub fn type_of(catalog: &CatalogDef, lexer: Lexer) -> TokenStream {
    let text = render(false, |s| {
        write!(s, "static TYPE_OF: [u32; {}] = [", catalog.entries.len());
        for e in &catalog.entries {
            write!(s, "{},", e.error_type);
        }
        s.push("];");
    });
    parse(lexer, &text)
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
            let out = render(false, |s| s.str(text));
            let lit: syn::LitStr = syn::parse_str(&out).expect(&out);
            assert_eq!(lit.value(), text, "{out}");
        }
        // Pieces joined into one literal, whatever each needs: `#` runs after a quote
        // (beyond what a raw string can take, too), carriage returns.
        let many_hashes = format!("\"{}", "#".repeat(17));
        for pieces in [
            vec!["Name", "a \"quoted\" word", "\"## run", ""],
            vec!["Name", "carriage\r\nreturn", "x"],
            vec!["Name", many_hashes.as_str()],
            vec![""],
        ] {
            let out = render(false, |s| s.joined(&pieces, '\u{241f}'));
            let lit: syn::LitStr = syn::parse_str(&out).expect(&out);
            assert_eq!(lit.value(), pieces.join("\u{241f}"), "{out}");
        }
    }

    #[test]
    fn block_comments_only_where_rustdoc_reads_them_unchanged() {
        let doc = "Rate limited\n\n| a | b |\n\n**Do first:** wait\n";
        assert!(block_comment_keeps(doc));
        for refused in [
            "",
            "\nblank first line\nx",
            " * starred\nx",
            "Opens /* a comment\nx",
            "Closes */ one\nx",
            "Carriage\r\nreturn\nx",
            "Only a margin\n * a\n * b",
            "Starred last line\nx\n***\n",
            "One line",
        ] {
            assert!(!block_comment_keeps(refused), "{refused:?}");
        }
    }

    #[test]
    fn raw_strings_get_enough_hashes() {
        assert_eq!(raw_hashes("no quotes"), 0);
        assert_eq!(raw_hashes("a \"b\""), 1);
        assert_eq!(raw_hashes("\"## and \"#"), 3);
        assert_eq!(raw_hashes("é\"#é\""), 2);
    }
}
