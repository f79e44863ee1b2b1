//! The one renderer of rustdoc text for generated items: a summary line, then sections
//! for causes, solutions, retry and an example. Spec text is escaped so that rustdoc shows
//! it literally (no accidental links, HTML or emphasis).

use std::fmt;

use crate::bytes::run_without;
use crate::model::{CatalogDef, EntryDef, ErrorTypeDef, StrategyDef};

/// Escapes Markdown-significant characters in spec text, so rustdoc shows it literally.
/// Balanced backtick spans are kept as inline code (their content is literal already).
pub fn escape(text: &str) -> String {
    format!("{}", Escaped(text))
}

/// Spec text escaped as [`escape`] does, written straight into the doc being rendered.
///
/// A loop over bytes that writes the runs between escapes: every character it escapes
/// is ASCII, and it runs in the macro, unoptimized in debug builds, over all of a spec's
/// prose. Every doc is rendered by `format!`, whose writer is the standard library's own
/// (compiled optimized): a piece written costs a quarter of a `push_str` compiled here.
struct Escaped<'t>(&'t str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // One look for both: whether a code block needs making inert, and the backticks.
        let (mut ticks, block) = crate::code_blocks::scan(self.0);
        let inert;
        let text = if block {
            inert = crate::code_blocks::make_inert(self.0);
            ticks = crate::code_blocks::scan(&inert).0;
            &*inert
        } else {
            self.0
        };
        let bytes = text.as_bytes();
        let balanced = ticks % 2 == 0;
        let (mut in_code, mut copied) = (false, 0);
        // One table look per byte, eight a step (`run_without`), the rest only for the
        // bytes it marks.
        let mut i = 0;
        loop {
            i += run_without(&bytes[i..], &MARKDOWN, 1);
            let Some(&b) = bytes.get(i) else {
                break;
            };
            if b == b'`' && balanced {
                in_code = !in_code;
            } else if !in_code {
                f.write_str(&text[copied..i])?;
                f.write_str("\\")?;
                copied = i;
            }
            i += 1;
        }
        f.write_str(&text[copied..])
    }
}

/// The bytes [`escape`] escapes.
static MARKDOWN: [u8; 256] = {
    let mut table = [0; 256];
    let special = b"\\`*_[]<>|#&";
    let mut i = 0;
    while i < special.len() {
        table[special[i] as usize] = 1;
        i += 1;
    }
    table
};

/// `429 Too Many Requests`.
pub fn status_line(status: u16) -> String {
    format!("{}", StatusLine(status))
}

/// [`status_line`] as it is written.
struct StatusLine(u16);

impl fmt::Display for StatusLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match reason_phrase(self.0) {
            Some(reason) => write!(f, "{} {reason}", self.0),
            None => write!(f, "{}", self.0),
        }
    }
}

/// The reason phrase of an HTTP error status (RFC 9110 and its registry), for docs: a
/// table rather than the `http` crate, which would cost every downstream build of the
/// macros a dependency for these few strings.
fn reason_phrase(status: u16) -> Option<&'static str> {
    Some(match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        407 => "Proxy Authentication Required",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Payload Too Large",
        414 => "URI Too Long",
        415 => "Unsupported Media Type",
        416 => "Range Not Satisfiable",
        417 => "Expectation Failed",
        418 => "I'm a teapot",
        421 => "Misdirected Request",
        422 => "Unprocessable Entity",
        423 => "Locked",
        424 => "Failed Dependency",
        425 => "Too Early",
        426 => "Upgrade Required",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        506 => "Variant Also Negotiates",
        507 => "Insufficient Storage",
        508 => "Loop Detected",
        510 => "Not Extended",
        511 => "Network Authentication Required",
        _ => return None,
    })
}

/// The rustdoc of one code's variant.
pub fn entry_doc(catalog: &CatalogDef, e: &EntryDef) -> String {
    entry_doc_with(catalog, e, &retry_section(catalog.strategy_of(e)))
}

/// The "Retry" section of every entry with `strategy`: worked out once per strategy by a
/// caller that renders many entries, not once per entry.
pub(crate) fn retry_section(strategy: &StrategyDef) -> String {
    format!(
        "# Retry\n\n`{}`: {} ({}).\n\n",
        strategy.name,
        Escaped(strategy.description.trim_end_matches('.')),
        Escaped(&strategy.summary())
    )
}

/// [`entry_doc`] with the entry's [`retry_section`] at hand.
pub(crate) fn entry_doc_with(catalog: &CatalogDef, e: &EntryDef, retry: &str) -> String {
    format!("{}", EntryDoc { catalog, e, retry })
}

/// [`entry_doc`] as it is written.
struct EntryDoc<'a> {
    catalog: &'a CatalogDef,
    e: &'a EntryDef,
    retry: &'a str,
}

impl fmt::Display for EntryDoc<'_> {
    fn fmt(&self, d: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (catalog, e) = (self.catalog, self.e);
        write!(d, "{}\n\n", Escaped(&capitalize(&e.message)))?;
        write!(
            d,
            "| Status | Type | Code | Category |\n|---|---|---|---|\n| `{}`",
            StatusLine(e.status)
        )?;
        for alias in &e.alias_statuses {
            write!(d, " (also `{}`)", StatusLine(*alias))?;
        }
        write!(d, " | `{}`", catalog.type_of(e).name)?;
        for &alias in &e.alias_types {
            write!(d, " (also `{}`)", catalog.types[alias].name)?;
        }
        write!(d, " | `{}`", e.code)?;
        if e.null_code {
            d.write_str(" (errspec's name: the server sends no code)")?;
        }
        for alias in &e.alias_codes {
            write!(d, " (also `{alias}`)")?;
        }
        write!(
            d,
            " | `{}` |\n\n{}\n\n",
            e.category,
            Escaped(&e.description)
        )?;
        section_list(d, "Causes", &e.causes)?;
        section_list(d, "Solutions", &e.solutions)?;
        write!(d, "**Do first:** {}\n\n", Escaped(&e.action))?;
        d.write_str(self.retry)?;
        if let Some(example) = &e.example {
            let fence = fence_for(example);
            write!(d, "# Example body\n\n{fence}json\n{example}\n{fence}\n\n")?;
        }
        matching_section(d, catalog, e)?;
        sources_section(d, e)
    }
}

/// How the classifier recognises the entry beyond its code: patterns and refinements.
fn matching_section(d: &mut fmt::Formatter<'_>, catalog: &CatalogDef, e: &EntryDef) -> fmt::Result {
    if e.patterns.is_empty() && !e.refined {
        return Ok(());
    }
    d.write_str("# Matching\n\n")?;
    if !e.patterns.is_empty() {
        let patterns: Vec<String> = e.patterns.iter().map(|p| format!("`{p}`")).collect();
        let when = match &e.refines {
            Some(target) => format!("a `{target}` body whose message contains"),
            None => "a body without a known code whose message contains".to_owned(),
        };
        writeln!(
            d,
            "Chosen for {when} {} (ignoring case; `*` stands for any text).\n",
            patterns.join(" or ")
        )?;
    }
    if e.refined {
        let refiners: Vec<String> = catalog
            .entries
            .iter()
            .filter(|r| r.refines.as_deref() == Some(e.code.as_str()))
            .map(|r| format!("[`{}`](Self::{})", r.code, r.variant))
            .collect();
        writeln!(
            d,
            "A body with this code may instead be {}, when its message says so.\n",
            refiners.join(" or ")
        )?;
    }
    Ok(())
}

/// Where the facts come from (DESIGN principle 7).
fn sources_section(d: &mut fmt::Formatter<'_>, e: &EntryDef) -> fmt::Result {
    let what = match e.provenance {
        errspec_runtime::Provenance::Documented => "Documented by the provider.",
        errspec_runtime::Provenance::Observed => "Observed in real responses.",
        errspec_runtime::Provenance::Synthetic => {
            "Synthetic: errspec's own name for what a proxy or a bare status produces."
        }
    };
    write!(d, "# Sources\n\n{what}\n\n")?;
    for source in &e.sources {
        writeln!(d, "- <{source}>")?;
    }
    Ok(())
}

/// The rustdoc of one error type's variant.
pub fn type_doc(catalog: &CatalogDef, index: usize, t: &ErrorTypeDef) -> String {
    format!("{}", TypeDoc { catalog, index, t })
}

/// [`type_doc`] as it is written.
struct TypeDoc<'a> {
    catalog: &'a CatalogDef,
    index: usize,
    t: &'a ErrorTypeDef,
}

impl fmt::Display for TypeDoc<'_> {
    fn fmt(&self, d: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(d, "`{}`: {}", self.t.name, Escaped(&self.t.description))?;
        let mut codes = self
            .catalog
            .entries
            .iter()
            .filter(|e| e.error_type == self.index);
        if let Some(first) = codes.next() {
            write!(d, "\n\nCodes of this type: `{}`", first.code)?;
            for e in codes {
                write!(d, ", `{}`", e.code)?;
            }
            d.write_str(".")?;
        }
        Ok(())
    }
}

/// The rustdoc of the code enum: the spec's description and the whole table.
pub fn enum_doc(catalog: &CatalogDef, spec_file: &str) -> String {
    format!("{}", EnumDoc { catalog, spec_file })
}

/// [`enum_doc`] as it is written.
struct EnumDoc<'a> {
    catalog: &'a CatalogDef,
    spec_file: &'a str,
}

impl fmt::Display for EnumDoc<'_> {
    fn fmt(&self, d: &mut fmt::Formatter<'_>) -> fmt::Result {
        let catalog = self.catalog;
        writeln!(
            d,
            "Error codes of the {} (spec `{}`, version {}).\n\n{}\n",
            Escaped(&catalog.title),
            Escaped(self.spec_file),
            catalog.version,
            Escaped(&catalog.description)
        )?;
        summary_table(d, catalog)?;
        d.write_str("\n# Retry strategies\n\n")?;
        for s in &catalog.strategies {
            writeln!(
                d,
                "- `{}`: {} ({}).",
                s.name,
                Escaped(s.description.trim_end_matches('.')),
                Escaped(&s.summary())
            )?;
        }
        Ok(())
    }
}

/// The enum page's table: one short row per code, narrow enough for rustdoc's content
/// width. The type, message and everything else are on the variant's own page (the code
/// links there), where they have room.
fn summary_table(d: &mut fmt::Formatter<'_>, catalog: &CatalogDef) -> fmt::Result {
    d.write_str("| Code | Status | Category | Retry |\n|---|---|---|---|\n")?;
    for e in &catalog.entries {
        write!(d, "| [`{}`](Self::{}) | {}", e.code, e.variant, e.status)?;
        for alias in &e.alias_statuses {
            write!(d, ", {alias}")?;
        }
        writeln!(
            d,
            " | {} | [`{}`](#retry-strategies) |",
            e.category,
            catalog.strategy_of(e).name
        )?;
    }
    Ok(())
}

/// The rustdoc of the type enum.
pub fn type_enum_doc(catalog: &CatalogDef) -> String {
    format!(
        "Error types (`error.type`) of the {}.",
        Escaped(&catalog.title)
    )
}

fn section_list(d: &mut fmt::Formatter<'_>, title: &str, items: &[String]) -> fmt::Result {
    write!(d, "# {title}\n\n")?;
    for item in items {
        writeln!(d, "- {}", Escaped(item))?;
    }
    d.write_str("\n")
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    let mut out = String::with_capacity(s.len());
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        out.push_str(chars.as_str());
    }
    out
}

/// A code fence longer than any run of backticks in `text`.
fn fence_for(text: &str) -> String {
    if !text.as_bytes().contains(&b'`') {
        return "```".to_owned();
    }
    let (mut longest, mut run) = (0, 0);
    for &b in text.as_bytes() {
        run = if b == b'`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    "`".repeat(longest.max(2) + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markdown_and_html() {
        assert_eq!(escape("see [docs] <b>"), "see \\[docs\\] \\<b\\>");
        assert_eq!(escape("a|b"), "a\\|b");
        assert_eq!(escape("use `a_b` or c_d"), "use `a_b` or c\\_d");
        assert_eq!(escape("odd ` tick"), "odd \\` tick");
        assert_eq!(escape("é_ü *x*"), "é\\_ü \\*x\\*");
        assert_eq!(capitalize("éa"), "Éa");
    }

    #[test]
    fn fences_outgrow_backtick_runs() {
        assert_eq!(fence_for("{}"), "```");
        assert_eq!(fence_for("````"), "`````");
    }

    #[test]
    fn the_reason_phrases_are_the_http_crates() {
        for status in 400..=599 {
            let http = http::StatusCode::from_u16(status)
                .ok()
                .and_then(|s| s.canonical_reason());
            assert_eq!(reason_phrase(status), http, "{status}");
        }
    }

    #[test]
    fn status_lines_have_reason_phrases() {
        assert_eq!(status_line(429), "429 Too Many Requests");
        assert_eq!(status_line(599), "599");
    }
}
