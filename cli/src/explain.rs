//! `errspec explain`: everything the spec says about a code, a status or an error type,
//! the way `rustc --explain` answers for a compiler error.

use clap::Args;
use errspec_codegen::docs::{entry_doc, status_line};
use errspec_codegen::model::{CatalogDef, EntryDef, ErrorTypeDef};

use crate::markdown;
use crate::report::{Exit, Report, errln, outln};
use crate::spec::{self, SpecArg};
use crate::style::{self, DIM, ERROR, HEADING, NAME, NOTE, paint, wrap};
use errspec_runtime::response::provider::Provider;

/// Width that explanations are wrapped to.
const WIDTH: usize = 88;

/// How many suggestions an unknown name gets.
const MAX_SUGGESTIONS: usize = 5;

/// Arguments of `errspec explain`.
#[derive(Args, Debug)]
pub struct ExplainArgs {
    /// An error code (`rate_limit_exceeded`), an HTTP status (`429`) or an error type
    /// (`rate_limit_error`); case and `_`/`-` do not matter, Rust variant names work too
    #[arg(value_name = "CODE|STATUS|TYPE")]
    pub query: String,
    #[command(flatten)]
    pub spec: SpecArg,
    /// Explain with another bundled spec: `anthropic`, `azure` (or `azure-openai`), `gemini`, `openrouter` (or `openai`)
    #[arg(long, value_name = "NAME", value_parser = spec::parse_provider, conflicts_with = "spec")]
    pub provider: Option<Provider>,
}

/// Runs `errspec explain`.
pub fn run(args: &ExplainArgs) -> Report {
    let catalog = match spec::load_either(args.spec.spec.as_deref(), args.provider) {
        Ok(catalog) => catalog,
        Err(report) => return report,
    };
    explain(&catalog, args.query.trim())
}

/// What a query names in a catalog.
#[derive(Debug, Default)]
struct Matches<'c> {
    /// The error type it names, with its index.
    error_type: Option<(usize, &'c ErrorTypeDef)>,
    /// The entries to show, in spec order, without repeats.
    entries: Vec<&'c EntryDef>,
}

fn explain(catalog: &CatalogDef, query: &str) -> Report {
    if let Ok(status) = query.parse::<u16>() {
        return explain_status(catalog, status);
    }
    let found = find(catalog, query);
    if found.error_type.is_none() && found.entries.is_empty() {
        return unknown(catalog, query);
    }
    let mut r = Report::new();
    if let Some((index, ty)) = found.error_type {
        let count = catalog
            .entries
            .iter()
            .filter(|e| e.types().any(|t| t == index))
            .count();
        outln!(
            r,
            "{} {}",
            paint(DIM, "error type"),
            paint(HEADING, &ty.name)
        );
        outln!(r, "{}", wrap(&ty.description, 2, WIDTH));
        outln!(
            r,
            "\n{count} code{} of this type",
            if count == 1 { "" } else { "s" },
        );
        write_index(&mut r, &found.entries);
        outln!(r);
    }
    write_entries(&mut r, catalog, &found.entries);
    r
}

/// Every entry with `status` as its status or an alias.
fn explain_status(catalog: &CatalogDef, status: u16) -> Report {
    let entries: Vec<&EntryDef> = catalog
        .entries
        .iter()
        .filter(|e| e.status == status || e.alias_statuses.contains(&status))
        .collect();
    if entries.is_empty() {
        let mut r = Report::new();
        r.exit = Exit::Found;
        errln!(
            r,
            "{}: no code in the {} spec has status {status}",
            paint(ERROR, "error"),
            catalog.title
        );
        let mut statuses: Vec<u16> = catalog.entries.iter().map(|e| e.status).collect();
        statuses.sort_unstable();
        statuses.dedup();
        // The nearest statuses first: 418 is more likely a slip for 429 than for 500.
        statuses.sort_by_key(|s| s.abs_diff(status));
        let near: Vec<String> = statuses
            .iter()
            .take(MAX_SUGGESTIONS)
            .map(|s| format!("`{s}`"))
            .collect();
        errln!(
            r,
            "{}: statuses it knows include {}",
            paint(NOTE, "help"),
            near.join(", ")
        );
        return r;
    }
    let mut r = Report::new();
    outln!(
        r,
        "{} {}: {} code{}",
        paint(DIM, "status"),
        paint(style::status(status), status_line(status)),
        entries.len(),
        if entries.len() == 1 { "" } else { "s" }
    );
    write_index(&mut r, &entries);
    if entries.len() > 1 {
        write_fallback(&mut r, catalog, status);
    }
    outln!(r);
    write_entries(&mut r, catalog, &entries);
    r
}

/// Which entry a `status` response whose body names no known code or type becomes, as
/// `classify` decides it: the status's `fallback` entry, or none (then it is unknown).
fn write_fallback(r: &mut Report, catalog: &CatalogDef, status: u16) {
    let text = match crate::classify::by_status_alone(catalog, status) {
        Some(e) => format!(
            "fallback: `{}`. A {status} whose body has no code the spec knows (and no type \
             that picks another entry) is classified as this one",
            e.code
        ),
        None => format!(
            "no fallback: a {status} whose body has no code or type the spec knows is \
             classified as unknown"
        ),
    };
    outln!(r, "\n{}", wrap(&text, 2, WIDTH));
}

/// Case, `_`, `-` and spaces do not matter, so `RateLimitExceeded`, `rate-limit-exceeded`
/// and `RATE_LIMIT_EXCEEDED` all find `rate_limit_exceeded`.
fn normalize(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn find<'c>(catalog: &'c CatalogDef, query: &str) -> Matches<'c> {
    let key = normalize(query);
    let mut found = Matches::default();
    if key.is_empty() {
        return found;
    }
    found.error_type = catalog
        .types
        .iter()
        .enumerate()
        .find(|(_, t)| normalize(&t.name) == key || normalize(&t.variant) == key);
    for e in &catalog.entries {
        let by_code = normalize(&e.code) == key
            || normalize(&e.variant) == key
            || e.alias_codes.iter().any(|a| normalize(a) == key);
        let by_type = found
            .error_type
            .is_some_and(|(i, _)| e.types().any(|t| t == i));
        if by_code || by_type {
            found.entries.push(e);
        }
    }
    found
}

/// `error: no code, status or type …` with the closest names: exit 1.
fn unknown(catalog: &CatalogDef, query: &str) -> Report {
    let mut r = Report::new();
    r.exit = Exit::Found;
    errln!(
        r,
        "{}: no code, status or error type `{query}` in the {} spec",
        paint(ERROR, "error"),
        catalog.title
    );
    let names = suggestions(catalog, query);
    if names.is_empty() {
        errln!(
            r,
            "{}: `errspec table` lists every code",
            paint(NOTE, "help")
        );
    } else {
        let names: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
        errln!(
            r,
            "{}: did you mean {}?",
            paint(NOTE, "help"),
            names.join(", ")
        );
    }
    r
}

/// The codes and types closest to `query`: names containing it first, then by
/// Jaro-Winkler similarity (which favours a shared beginning, as in `rate_limit_…`).
fn suggestions<'c>(catalog: &'c CatalogDef, query: &str) -> Vec<&'c str> {
    let key = normalize(query);
    if key.is_empty() {
        return Vec::new();
    }
    let names = catalog
        .entries
        .iter()
        .map(|e| e.code.as_str())
        .chain(catalog.types.iter().map(|t| t.name.as_str()));
    let mut scored: Vec<(f64, &str)> = Vec::new();
    for name in names {
        if scored.iter().any(|(_, n)| *n == name) {
            continue;
        }
        let candidate = normalize(name);
        let contains = key.len() >= 3 && candidate.contains(&key);
        let score = strsim::jaro_winkler(&key, &candidate) + if contains { 1.0 } else { 0.0 };
        if score >= 0.8 {
            scored.push((score, name));
        }
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    scored
        .into_iter()
        .take(MAX_SUGGESTIONS)
        .map(|(_, n)| n)
        .collect()
}

/// One line per entry, before the full explanations: several of them scroll the short
/// answer away.
fn write_index(r: &mut Report, entries: &[&EntryDef]) {
    if entries.len() < 2 {
        return;
    }
    let width = entries.iter().map(|e| e.code.len()).max().unwrap_or(0);
    for e in entries {
        let pad = " ".repeat(width - e.code.len());
        outln!(r, "  {}{pad}  {}", paint(NAME, &e.code), e.message);
    }
}

fn write_entries(r: &mut Report, catalog: &CatalogDef, entries: &[&EntryDef]) {
    for (i, e) in entries.iter().enumerate() {
        if i > 0 {
            outln!(r);
        }
        write_entry(r, catalog, e);
    }
}

/// One entry: a header of facts (status, type, category, variant, aliases, matching and
/// the retry verdict), then the entry's text exactly as its rustdoc says it
/// ([`entry_doc`]), for the terminal.
fn write_entry(r: &mut Report, catalog: &CatalogDef, e: &EntryDef) {
    let ty = catalog.type_of(e);
    let strategy = catalog.strategy_of(e);
    let mut statuses = paint(style::status(e.status), status_line(e.status)).to_string();
    for alias in &e.alias_statuses {
        statuses.push_str(&format!(" (also {})", status_line(*alias)));
    }
    outln!(r, "{}", paint(HEADING, &e.code));
    outln!(r, "  {}{statuses}", label("status"));
    outln!(r, "  {}{}", label("type"), paint(NAME, &ty.name));
    outln!(r, "  {}{}", label("category"), e.category);
    outln!(r, "  {}{}", label("variant"), e.variant);
    if !e.alias_codes.is_empty() {
        outln!(r, "  {}{}", label("also code"), e.alias_codes.join(", "));
    }
    if !e.alias_types.is_empty() {
        let names: Vec<&str> = e
            .alias_types
            .iter()
            .map(|&t| catalog.types[t].name.as_str())
            .collect();
        outln!(r, "  {}{}", label("also type"), names.join(", "));
    }
    if !e.patterns.is_empty() {
        let patterns: Vec<String> = e.patterns.iter().map(|p| format!("\"{p}\"")).collect();
        outln!(r, "  {}{}", label("message"), patterns.join(" or "));
    }
    if let Some(target) = &e.refines {
        outln!(
            r,
            "  {}{target} (when the message matches)",
            label("refines")
        );
    }
    let verdict = if matches!(strategy.backoff, errspec_runtime::Backoff::Never)
        || strategy.max_attempts <= 1
    {
        paint(style::BAD, "no")
    } else {
        paint(style::GOOD, "yes")
    };
    outln!(
        r,
        "  {}{verdict}, strategy {}",
        label("retry"),
        paint(NAME, &strategy.name)
    );
    if e.null_code {
        outln!(
            r,
            "  {}",
            paint(
                DIM,
                "(no code on the wire: recognised by message, type or status)"
            )
        );
    }
    if let Some(why) = &e.deprecated {
        outln!(r, "  {}: {why}", paint(style::BAD, "deprecated"));
    }
    markdown::render(r, &entry_doc(catalog, e), WIDTH);
}

/// A field name, padded before painting (escape sequences would upset the padding).
fn label(name: &str) -> impl std::fmt::Display {
    paint(DIM, format!("{name:<10}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> CatalogDef {
        crate::spec::load(None).unwrap_or_else(|r| panic!("{}", r.err))
    }

    #[test]
    fn names_match_across_case_and_separators() {
        let c = bundled();
        for q in [
            "rate_limit_exceeded",
            "RateLimitExceeded",
            "RATE-LIMIT-EXCEEDED",
        ] {
            let m = find(&c, q);
            assert_eq!(m.entries.len(), 1, "{q}");
            assert_eq!(m.entries[0].code, "rate_limit_exceeded");
        }
    }

    #[test]
    fn close_names_are_suggested() {
        let c = bundled();
        assert_eq!(
            suggestions(&c, "rate_limit_exceded")[0],
            "rate_limit_exceeded"
        );
        assert!(suggestions(&c, "quota").contains(&"insufficient_quota"));
        assert!(suggestions(&c, "zzzzzz").is_empty());
    }

    #[test]
    fn every_entry_of_every_bundled_spec_reads_as_its_spec_says() {
        // The text comes from the rustdoc (escaped Markdown) and back: nothing the spec
        // says may be lost or changed on the way, escapes and links included.
        let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
        // The bundled specs, and a fixture whose text is full of Markdown and HTML.
        let acme = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/specs/acme.json");
        let catalogs = Provider::ALL
            .iter()
            .map(|&p| spec::load_bundled(p))
            .chain([spec::load(Some(std::path::Path::new(acme)))]);
        for catalog in catalogs {
            let catalog = catalog.unwrap_or_else(|r| panic!("{}", r.err));
            for e in &catalog.entries {
                let mut r = Report::new();
                write_entry(&mut r, &catalog, e);
                let shown = words(&r.out.replace("\u{1b}[1m", "").replace("\u{1b}[0m", ""));
                let said = [&e.description, &e.action]
                    .into_iter()
                    .chain(&e.causes)
                    .chain(&e.solutions)
                    .chain(&e.sources);
                for text in said {
                    assert!(
                        shown.contains(&words(text)),
                        "{} {}: {text:?} not in\n{shown}",
                        catalog.name,
                        e.code
                    );
                }
            }
        }
    }
}
