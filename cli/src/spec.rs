//! Loading the spec a subcommand works on: the bundled OpenAI spec, or a file.

use std::io::Read;
use std::path::{Path, PathBuf};

use clap::Args;
use errspec_codegen::{Catalog, SpecSource};

use crate::check;
use crate::report::Report;

/// The bundled OpenAI spec, the same text `errspec::openai` is generated from.
pub const BUNDLED_TEXT: &str = include_str!("../../error-codes.json");

/// What messages call the bundled spec.
pub const BUNDLED_NAME: &str = "error-codes.json";

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
        let mut text = String::new();
        return match std::io::stdin().read_to_string(&mut text) {
            Ok(_) => Ok(SpecSource::from_text("<stdin>", text)),
            Err(e) => Err(Report::usage(format_args!(
                "cannot read the spec from stdin: {e}"
            ))),
        };
    }
    let name = path.display().to_string();
    SpecSource::read(path, name).map_err(|d| Report::usage(d.message))
}

/// The validated spec at `path` (or the bundled one); its problems, rendered as
/// `errspec check` shows them, when it is invalid.
pub fn load(path: Option<&Path>) -> Result<Catalog, Report> {
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
    fn bundled_spec_is_valid() {
        let catalog = load(None).unwrap_or_else(|r| panic!("{}", r.err));
        assert_eq!(catalog.name, "openai");
        assert!(!catalog.entries.is_empty());
    }
}
