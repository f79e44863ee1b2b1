//! The one renderer of rustdoc text for generated items: a summary line, then sections
//! for causes, solutions, retry and an example. Spec text is escaped so that rustdoc shows
//! it literally (no accidental links, HTML or emphasis).

use std::fmt::Write;

use crate::model::{Catalog, EntryDef, ErrorTypeDef, StrategyDef};

/// Escapes Markdown-significant characters in spec text, so rustdoc shows it literally.
/// Balanced backtick spans are kept as inline code (their content is literal already).
///
/// A loop over bytes that copies the runs between escapes: every character it escapes is
/// ASCII, and it runs in the macro, unoptimized in debug builds, over all of a spec's prose.
pub fn escape(text: &str) -> String {
    // One pass for both: whether a code block needs making inert, and the backticks.
    let (mut ticks, block) = crate::code_blocks::scan(text.as_bytes());
    let inert;
    let text = if block {
        inert = crate::code_blocks::make_inert(text);
        ticks = crate::code_blocks::scan(inert.as_bytes()).0;
        &*inert
    } else {
        text
    };
    let bytes = text.as_bytes();
    let balanced = ticks % 2 == 0;
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let (mut in_code, mut copied) = (false, 0);
    // Indexing and `as` only (no `usize::from`): in an unoptimized build every call counts.
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'`' && balanced {
            in_code = !in_code;
        } else if MARKDOWN[b as usize] && !in_code {
            out.push_str(&text[copied..i]);
            out.push('\\');
            copied = i;
        }
        i += 1;
    }
    out.push_str(&text[copied..]);
    out
}

/// The bytes [`escape`] escapes.
static MARKDOWN: [bool; 256] = {
    let mut table = [false; 256];
    let special = b"\\`*_[]<>|#&";
    let mut i = 0;
    while i < special.len() {
        table[special[i] as usize] = true;
        i += 1;
    }
    table
};

/// `429 Too Many Requests`.
pub fn status_line(status: u16) -> String {
    match reason_phrase(status) {
        Some(reason) => format!("{status} {reason}"),
        None => status.to_string(),
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
pub fn entry_doc(catalog: &Catalog, e: &EntryDef) -> String {
    entry_doc_with(catalog, e, &retry_section(catalog.strategy_of(e)))
}

/// The "Retry" section of every entry with `strategy`: worked out once per strategy by a
/// caller that renders many entries, not once per entry.
pub(crate) fn retry_section(strategy: &StrategyDef) -> String {
    format!(
        "# Retry\n\n`{}`: {} ({}).\n\n",
        strategy.name,
        escape(strategy.description.trim_end_matches('.')),
        escape(&strategy.summary())
    )
}

/// [`entry_doc`] with the entry's [`retry_section`] at hand.
pub(crate) fn entry_doc_with(catalog: &Catalog, e: &EntryDef, retry: &str) -> String {
    let ty = catalog.type_of(e);
    let mut d = String::new();
    let _ = writeln!(d, "{}\n", escape(&capitalize(&e.message)));
    let mut statuses = format!("`{}`", status_line(e.status));
    for alias in &e.alias_statuses {
        let _ = write!(statuses, " (also `{}`)", status_line(*alias));
    }
    let mut code = if e.null_code {
        format!("`{}` (errspec's name: the server sends no code)", e.code)
    } else {
        format!("`{}`", e.code)
    };
    for alias in &e.alias_codes {
        let _ = write!(code, " (also `{alias}`)");
    }
    let mut types = format!("`{}`", ty.name);
    for &alias in &e.alias_types {
        let _ = write!(types, " (also `{}`)", catalog.types[alias].name);
    }
    let _ = writeln!(
        d,
        "| Status | Type | Code | Category |\n|---|---|---|---|\n| {statuses} | {types} | {code} | `{}` |\n",
        e.category
    );
    let _ = writeln!(d, "{}\n", escape(&e.description));
    section_list(&mut d, "Causes", &e.causes);
    section_list(&mut d, "Solutions", &e.solutions);
    let _ = writeln!(d, "**Do first:** {}\n", escape(&e.action));
    d.push_str(retry);
    if let Some(example) = &e.example {
        let fence = fence_for(example);
        let _ = writeln!(d, "# Example body\n\n{fence}json\n{example}\n{fence}\n");
    }
    matching_section(&mut d, catalog, e);
    sources_section(&mut d, e);
    d
}

/// How the classifier recognises the entry beyond its code: patterns and refinements.
fn matching_section(d: &mut String, catalog: &Catalog, e: &EntryDef) {
    if e.patterns.is_empty() && !e.refined {
        return;
    }
    let _ = writeln!(d, "# Matching\n");
    if !e.patterns.is_empty() {
        let patterns: Vec<String> = e.patterns.iter().map(|p| format!("`{p}`")).collect();
        let when = match &e.refines {
            Some(target) => format!("a `{target}` body whose message contains"),
            None => "a body without a known code whose message contains".to_owned(),
        };
        let _ = writeln!(
            d,
            "Chosen for {when} {} (ignoring case; `*` stands for any text).\n",
            patterns.join(" or ")
        );
    }
    if e.refined {
        let refiners: Vec<String> = catalog
            .entries
            .iter()
            .filter(|r| r.refines.as_deref() == Some(e.code.as_str()))
            .map(|r| format!("[`{}`](Self::{})", r.code, r.variant))
            .collect();
        let _ = writeln!(
            d,
            "A body with this code may instead be {}, when its message says so.\n",
            refiners.join(" or ")
        );
    }
}

/// Where the facts come from (DESIGN principle 7).
fn sources_section(d: &mut String, e: &EntryDef) {
    let what = match e.provenance {
        errspec_runtime::Provenance::Documented => "Documented by the provider.",
        errspec_runtime::Provenance::Observed => "Observed in real responses.",
        errspec_runtime::Provenance::Synthetic => {
            "Synthetic: errspec's own name for what a proxy or a bare status produces."
        }
    };
    let _ = writeln!(d, "# Sources\n\n{what}\n");
    for source in &e.sources {
        let _ = writeln!(d, "- <{source}>");
    }
}

/// The rustdoc of one error type's variant.
pub fn type_doc(catalog: &Catalog, index: usize, t: &ErrorTypeDef) -> String {
    let codes: Vec<String> = catalog
        .entries
        .iter()
        .filter(|e| e.error_type == index)
        .map(|e| format!("`{}`", e.code))
        .collect();
    let mut d = format!("`{}`: {}", t.name, escape(&t.description));
    if !codes.is_empty() {
        let _ = write!(d, "\n\nCodes of this type: {}.", codes.join(", "));
    }
    d
}

/// The rustdoc of the code enum: the spec's description and the whole table.
pub fn enum_doc(catalog: &Catalog, spec_file: &str) -> String {
    let mut d = String::new();
    let _ = writeln!(
        d,
        "Error codes of the {} (spec `{}`, version {}).\n\n{}\n",
        escape(&catalog.title),
        escape(spec_file),
        catalog.version,
        escape(&catalog.description)
    );
    summary_table(&mut d, catalog);
    d.push_str("\n# Retry strategies\n\n");
    for s in &catalog.strategies {
        let _ = writeln!(
            d,
            "- `{}`: {} ({}).",
            s.name,
            escape(s.description.trim_end_matches('.')),
            escape(&s.summary())
        );
    }
    d
}

/// The enum page's table: one short row per code, narrow enough for rustdoc's content
/// width. The type, message and everything else are on the variant's own page (the code
/// links there), where they have room.
fn summary_table(d: &mut String, catalog: &Catalog) {
    d.push_str("| Code | Status | Category | Retry |\n|---|---|---|---|\n");
    for e in &catalog.entries {
        let mut statuses = e.status.to_string();
        for alias in &e.alias_statuses {
            let _ = write!(statuses, ", {alias}");
        }
        let _ = writeln!(
            d,
            "| [`{}`](Self::{}) | {statuses} | {} | [`{}`](#retry-strategies) |",
            e.code,
            e.variant,
            e.category,
            catalog.strategy_of(e).name
        );
    }
}

/// The rustdoc of the type enum.
pub fn type_enum_doc(catalog: &Catalog) -> String {
    format!(
        "Error types (`error.type`) of the {}.",
        escape(&catalog.title)
    )
}

fn section_list(d: &mut String, title: &str, items: &[String]) {
    let _ = writeln!(d, "# {title}\n");
    for item in items {
        let _ = writeln!(d, "- {}", escape(item));
    }
    d.push('\n');
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
