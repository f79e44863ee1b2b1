//! `errspec expand`: the Rust that `errspec::catalog!` generates for a spec, formatted
//! with prettyplease so that a person can read it.

use std::path::PathBuf;

use clap::Args;
use errspec_codegen::EmitOptions;

use crate::check;
use crate::report::{Exit, Report, errln};
use crate::spec;
use crate::style::{ERROR, paint};

/// Arguments of `errspec expand`.
#[derive(Args, Debug)]
pub struct ExpandArgs {
    /// Spec file to expand (`-` reads stdin; default: the bundled OpenAI spec)
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Name of the code enum, as in `catalog!(pub enum NAME from "…")`
    #[arg(long, value_name = "NAME", default_value = "ErrorCode", value_parser = parse_ident)]
    pub name: String,
    /// Name of the error type enum, as in `#[catalog(error_type = NAME)]` (default: NAME
    /// with `Code` replaced by `Type`, else `Type` appended)
    #[arg(long, value_name = "NAME", value_parser = parse_ident)]
    pub type_name: Option<String>,
    /// Path of the runtime in the generated code, as in `#[catalog(crate = "…")]`
    #[arg(long = "crate", value_name = "PATH", default_value = "::errspec::runtime", value_parser = parse_path)]
    pub runtime: String,
}

// clap keeps values that are `Send + Sync`, which syn's types are not: validate here,
// keep the text, and parse again (infallibly) when emitting.
fn parse_ident(s: &str) -> Result<String, String> {
    syn::parse_str::<syn::Ident>(s)
        .map(|_| s.to_owned())
        .map_err(|_| format!("`{s}` is not a Rust identifier"))
}

fn parse_path(s: &str) -> Result<String, String> {
    syn::parse_str::<syn::Path>(s)
        .map(|_| s.to_owned())
        .map_err(|_| format!("`{s}` is not a Rust path"))
}

/// The emit options for `args`, or the argument that does not parse.
fn emit_options(args: &ExpandArgs, spec_file: String) -> syn::Result<EmitOptions> {
    let name: syn::Ident = syn::parse_str(&args.name)?;
    let type_enum = match &args.type_name {
        Some(t) => syn::parse_str(t)?,
        None => default_type_name(&name),
    };
    Ok(EmitOptions {
        // The macro names the carrier after where it is called, which a file has not:
        // the same macro under a name of the enum's.
        carrier: Some(syn::Ident::new(
            &format!("__errspec_catalog_{name}"),
            name.span(),
        )),
        code_enum: name,
        type_enum,
        runtime: syn::parse_str(&args.runtime)?,
        ..EmitOptions::new(spec_file)
    })
}

/// The macro's default: `ErrorCode` → `ErrorType`, `Acme` → `AcmeType`.
fn default_type_name(name: &syn::Ident) -> syn::Ident {
    let s = name.to_string();
    let type_name = match s.strip_suffix("Code") {
        Some(stem) if !stem.is_empty() => format!("{stem}Type"),
        _ => format!("{s}Type"),
    };
    syn::Ident::new(&type_name, name.span())
}

/// Runs `errspec expand`.
pub fn run(args: &ExpandArgs) -> Report {
    let source = match spec::source(args.file.as_deref()) {
        Ok(source) => source,
        Err(report) => return report,
    };
    let mut opts = match emit_options(args, source.name.clone()) {
        Ok(opts) => opts,
        Err(e) => return Report::usage(e),
    };
    // The macro tracks the spec file so that cargo rebuilds on edits; show that too.
    opts.track = source.path.as_ref().map(|p| {
        let path = std::fs::canonicalize(p).unwrap_or_else(|_| p.clone());
        errspec_codegen::Tracked::AsIs(path.to_string_lossy().into_owned())
    });
    let tokens = match errspec_codegen::generate(&source, &opts) {
        Ok(tokens) => tokens,
        Err(problems) => return check::problems_report(&source, &problems),
    };
    let mut r = Report::new();
    match syn::parse2::<syn::File>(tokens) {
        Ok(file) => r.out.push_str(&prettyplease::unparse(&file)),
        Err(e) => {
            // Codegen emitted something that is not Rust: a bug of ours, not the user's.
            errln!(
                r,
                "{}: the generated code does not parse ({e}); please report this",
                paint(ERROR, "error")
            );
            r.exit = Exit::Found;
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names_follow_the_macro() {
        let ident = |s: &str| syn::parse_str::<syn::Ident>(s).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(default_type_name(&ident("ErrorCode")), "ErrorType");
        assert_eq!(default_type_name(&ident("Acme")), "AcmeType");
        assert_eq!(default_type_name(&ident("Code")), "CodeType");
    }

    #[test]
    fn bad_names_are_refused() {
        assert!(parse_ident("not an ident").is_err());
        assert!(parse_path("::a::b").is_ok());
        assert!(parse_path("a::").is_err());
    }
}
