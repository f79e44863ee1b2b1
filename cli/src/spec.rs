//! Loading the spec a subcommand works on: the bundled OpenAI spec, or a file.

use std::io::Read;
use std::path::{Path, PathBuf};

use clap::Args;
use errspec_codegen::load::{MAX_SPEC_BYTES, too_large};
use errspec_codegen::{CatalogDef, Diagnostic, SpecSource};
use errspec_runtime::response::provider::Provider;

use crate::check;
use crate::report::Report;

/// The bundled OpenAI spec, the same text `errspec::openai` is generated from.
pub const BUNDLED_TEXT: &str = include_str!("../../error-codes.json");

/// What messages call the bundled spec.
pub const BUNDLED_NAME: &str = "error-codes.json";

/// The bundled specs, by provider: file name and text (the texts the facade's modules are
/// generated from).
fn bundled(provider: Provider) -> (&'static str, &'static str) {
    match provider {
        Provider::Anthropic => (
            "specs/anthropic.json",
            include_str!("../../specs/anthropic.json"),
        ),
        Provider::AzureOpenAi => (
            "specs/azure_openai.json",
            include_str!("../../specs/azure_openai.json"),
        ),
        Provider::Gemini => ("specs/gemini.json", include_str!("../../specs/gemini.json")),
        Provider::OpenRouter => (
            "specs/openrouter.json",
            include_str!("../../specs/openrouter.json"),
        ),
        Provider::LiteLlm => (
            "specs/litellm.json",
            include_str!("../../specs/litellm.json"),
        ),
        // OpenAI, and any provider a newer runtime knows and this CLI does not.
        _ => (BUNDLED_NAME, BUNDLED_TEXT),
    }
}

/// A bundled spec's provider by name (`openai`, `anthropic`, `azure` or `azure-openai`,
/// `gemini`, `openrouter`, `litellm`), for clap.
pub fn parse_provider(arg: &str) -> Result<Provider, String> {
    arg.parse::<Provider>().map_err(|_| {
        let names: Vec<&str> = Provider::ALL.iter().map(|p| p.as_str()).collect();
        format!("expected one of {} (or `azure`)", names.join(", "))
    })
}

/// The spec at `path`, else the bundled spec of `provider`, else the bundled OpenAI spec.
pub fn load_either(path: Option<&Path>, provider: Option<Provider>) -> Result<CatalogDef, Report> {
    match (path, provider) {
        (None, Some(provider)) => load_bundled(provider),
        (path, _) => load(path),
    }
}

/// The validated bundled spec of `provider`.
pub fn load_bundled(provider: Provider) -> Result<CatalogDef, Report> {
    let (name, text) = bundled(provider);
    let source = SpecSource::from_text(name, text);
    match errspec_codegen::check(&source) {
        Ok(catalog) => Ok(catalog),
        Err(problems) => Err(check::problems_report(&source, &problems)),
    }
}

/// `--spec FILE`, shared by the subcommands that read a spec.
#[derive(Args, Clone, Debug, Default)]
pub struct SpecArg {
    /// Spec to use instead of the bundled OpenAI one (`-` reads stdin)
    #[arg(long, value_name = "FILE")]
    pub spec: Option<PathBuf>,
}

/// The text of the spec at `path`, or of the bundled spec; `-` reads stdin.
pub fn source(path: Option<&Path>) -> Result<SpecSource, Report> {
    let Some(path) = path else {
        return Ok(SpecSource::from_text(BUNDLED_NAME, BUNDLED_TEXT));
    };
    if path == Path::new("-") {
        // At most one byte past the limit, so that an endless stdin is refused, not read.
        let mut bytes = Vec::new();
        let cap = MAX_SPEC_BYTES as u64 + 1;
        if let Err(e) = std::io::stdin().take(cap).read_to_end(&mut bytes) {
            return Err(Report::usage(format_args!(
                "cannot read the spec from stdin: {e}"
            )));
        }
        if bytes.len() > MAX_SPEC_BYTES {
            return Err(Report::usage(too_large(&"<stdin>")));
        }
        return SpecSource::from_bytes("<stdin>", bytes).map_err(|d| read_error("<stdin>", &d));
    }
    let name = path.display().to_string();
    SpecSource::read(path, name.as_str()).map_err(|d| read_error(&name, &d))
}

/// A spec that could not be read, with its line and column when the problem has one (text
/// that is not UTF-8), as a compiler names a place: `spec.json:3:14: …`.
fn read_error(name: &str, d: &Diagnostic) -> Report {
    match d.location.as_ref().and_then(|l| l.position) {
        Some(at) => Report::usage(format_args!("{name}:{at}: {}", d.message)),
        None => Report::usage(&d.message),
    }
}

/// The validated spec at `path` (or the bundled one); its problems, rendered as
/// `errspec check` shows them, when it is invalid.
pub fn load(path: Option<&Path>) -> Result<CatalogDef, Report> {
    let source = source(path)?;
    match errspec_codegen::check(&source) {
        Ok(catalog) => Ok(catalog),
        Err(problems) => Err(check::problems_report(&source, &problems)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_spec_is_valid_and_names_its_provider() {
        for &provider in Provider::ALL {
            let catalog = load_bundled(provider).unwrap_or_else(|r| panic!("{}", r.err));
            assert_eq!(catalog.name, provider.as_str());
        }
    }

    #[test]
    fn bundled_spec_is_valid() {
        let catalog = load(None).unwrap_or_else(|r| panic!("{}", r.err));
        assert_eq!(catalog.name, "openai");
        assert!(!catalog.entries.is_empty());
    }
}
