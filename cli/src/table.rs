//! `errspec table`: the spec as one table, like the reference table of the API's guide.

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use errspec_codegen::model::CatalogDef;
use errspec_runtime::response::provider::Provider;
use serde::Serialize;

use crate::report::{Report, outln};
use crate::spec;

/// Output formats of `errspec table`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A GitHub-flavoured Markdown table
    #[default]
    Markdown,
    /// A JSON array, one object per code
    Json,
}

/// Arguments of `errspec table`.
#[derive(Args, Debug)]
pub struct TableArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    pub format: Format,
    /// Spec file to tabulate (`-` reads stdin; default: the bundled OpenAI spec), as
    /// `check` and `expand` take it
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// The earlier spelling of FILE, still accepted
    #[arg(
        long = "spec",
        value_name = "FILE",
        hide = true,
        conflicts_with = "file"
    )]
    pub spec: Option<PathBuf>,
    /// Tabulate another bundled spec: `anthropic`, `azure` (or `azure-openai`), `gemini`, `openrouter` (or `openai`)
    #[arg(long, value_name = "NAME", value_parser = spec::parse_provider, conflicts_with_all = ["file", "spec"])]
    pub provider: Option<Provider>,
}

/// Runs `errspec table`.
pub fn run(args: &TableArgs) -> Report {
    let path = args.file.as_deref().or(args.spec.as_deref());
    let catalog = match spec::load_either(path, args.provider) {
        Ok(catalog) => catalog,
        Err(report) => return report,
    };
    let mut r = Report::new();
    match args.format {
        Format::Markdown => r.out = markdown(&catalog),
        Format::Json => {
            // Plain strings and numbers always serialize.
            let json = serde_json::to_string_pretty(&rows(&catalog)).unwrap_or_default();
            outln!(r, "{json}");
        }
    }
    r
}

/// One row of the JSON table.
#[derive(Serialize)]
struct Row<'c> {
    status: u16,
    alias_statuses: &'c [u16],
    #[serde(rename = "type")]
    error_type: &'c str,
    code: &'c str,
    category: &'static str,
    message: &'c str,
    action: &'c str,
    retry: &'c str,
    retryable: bool,
    null_code: bool,
    provenance: &'static str,
    fallback: bool,
    deprecated: Option<&'c str>,
}

fn rows(catalog: &CatalogDef) -> Vec<Row<'_>> {
    catalog
        .entries
        .iter()
        .map(|e| {
            let strategy = catalog.strategy_of(e);
            Row {
                status: e.status,
                alias_statuses: &e.alias_statuses,
                error_type: &catalog.type_of(e).name,
                code: &e.code,
                category: e.category.as_str(),
                message: &e.message,
                action: &e.action,
                retry: &strategy.name,
                retryable: !matches!(strategy.backoff, errspec_runtime::Backoff::Never)
                    && strategy.max_attempts > 1,
                null_code: e.null_code,
                provenance: e.provenance.as_str(),
                fallback: e.fallback,
                deprecated: e.deprecated.as_deref(),
            }
        })
        .collect()
}

/// `| Status | Type | Code | … |`, one row per code in spec order.
fn markdown(catalog: &CatalogDef) -> String {
    let mut out = String::new();
    out.push_str("| Status | Type | Code | Category | Message | Do first | Retry |\n");
    out.push_str("|---|---|---|---|---|---|---|\n");
    for row in rows(catalog) {
        let mut status = row.status.to_string();
        for alias in row.alias_statuses {
            status.push_str(&format!(", {alias}"));
        }
        let mut code = format!("`{}`", row.code);
        if row.null_code {
            code.push_str(" (no code on the wire)");
        }
        if row.deprecated.is_some() {
            code.push_str(" (deprecated)");
        }
        out.push_str(&format!(
            "| {status} | `{}` | {code} | {} | {} | {} | `{}` |\n",
            row.error_type,
            row.category,
            cell(row.message),
            cell(row.action),
            row.retry
        ));
    }
    out
}

/// Spec text made safe for one table cell: `|` escaped, line breaks flattened.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_break_the_table() {
        assert_eq!(cell("a|b\nc"), "a\\|b c");
    }
}
