//! Finding, reading and checking a spec from a macro: shared by `catalog!` and
//! `#[derive(SpecError)]`, so both report the same problems the same way.

use std::path::{Path, PathBuf};

use errspec_codegen::{CatalogDef, Diagnostics, SpecSource, Tracked};
use proc_macro2::Span;
use syn::LitStr;

/// A spec read and validated for a macro call.
pub struct LoadedSpec {
    /// The validated catalog.
    pub catalog: CatalogDef,
    /// The spec path as the user wrote it.
    pub written: String,
    /// How the expansion names it for `include_bytes!`, so cargo rebuilds on edits: as
    /// written, never the absolute path of this checkout.
    pub tracked: Tracked,
}

/// Reads and validates the spec named by `path`, every problem a compile error at `path`.
pub fn load(path: &LitStr) -> syn::Result<LoadedSpec> {
    let written = path.value();
    let (resolved, tracked) = resolve(&written).map_err(|msg| syn::Error::new(path.span(), msg))?;
    let source = SpecSource::read(&resolved, written.clone())
        .map_err(|d| syn::Error::new(path.span(), d.render(&written)))?;
    let catalog = errspec_codegen::check(&source)
        .map_err(|problems| to_syn_error(path.span(), &written, &problems))?;
    Ok(LoadedSpec {
        catalog,
        written,
        tracked,
    })
}

/// Finds the spec: relative to the crate's `CARGO_MANIFEST_DIR` first, then (like
/// `include_str!`) to the directory of the file that invokes the macro; with the way the
/// expansion names it (`include_bytes!` resolves the second kind by itself).
fn resolve(written: &str) -> Result<(PathBuf, Tracked), String> {
    let written_path = Path::new(written);
    let as_is = || Tracked::AsIs(written.to_owned());
    if written_path.is_absolute() {
        return Ok((written_path.to_owned(), as_is()));
    }
    let mut tried = Vec::new();
    if let Some(dir) = std::env::var_os("CARGO_MANIFEST_DIR") {
        let candidate = Path::new(&dir).join(written_path);
        if candidate.is_file() {
            return Ok((candidate, Tracked::ManifestRelative(written.to_owned())));
        }
        tried.push("the crate root (`CARGO_MANIFEST_DIR`)");
    }
    let invoker = proc_macro::Span::call_site().local_file();
    if let Some(dir) = invoker.as_deref().and_then(Path::parent) {
        let candidate = dir.join(written_path);
        if candidate.is_file() {
            return Ok((candidate, as_is()));
        }
        tried.push("the directory of the invoking file");
    }
    Err(format!(
        "spec file `{written}` not found: looked in {}",
        if tried.is_empty() {
            "no directory".to_owned()
        } else {
            tried.join(" and ")
        }
    ))
}

/// Turns every spec problem into a compile error at `span`.
fn to_syn_error(span: Span, file: &str, problems: &Diagnostics) -> syn::Error {
    let mut errors = problems
        .0
        .iter()
        .map(|d| syn::Error::new(span, d.render(file)));
    let mut first = errors
        .next()
        .unwrap_or_else(|| syn::Error::new(span, format!("{file}: invalid spec")));
    for e in errors {
        first.combine(e);
    }
    first
}

/// Collects errors so that a macro reports every mistake at once (serde_derive's `Ctxt`).
#[derive(Default)]
pub struct Errors(Option<syn::Error>);

impl Errors {
    /// Adds an error.
    pub fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(error),
            None => self.0 = Some(error),
        }
    }

    /// Adds an error at `span`.
    pub fn at(&mut self, span: Span, message: impl std::fmt::Display) {
        self.push(syn::Error::new(span, message));
    }

    /// Every error pushed, as `compile_error!` invocations (nothing when none was).
    pub fn into_compile_errors(self) -> proc_macro2::TokenStream {
        self.0
            .map(syn::Error::into_compile_error)
            .unwrap_or_default()
    }

    /// `Ok(value)` when nothing was pushed.
    pub fn finish<T>(self, value: T) -> syn::Result<T> {
        match self.0 {
            Some(e) => Err(e),
            None => Ok(value),
        }
    }
}
