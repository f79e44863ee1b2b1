//! `#[derive(ApiError)]`: parse (`ast`) → check against the spec (`check`) → emit
//! (`expand`), each stage collecting every problem it finds.

mod ast;
mod check;
pub mod expand;

use proc_macro2::TokenStream;
use syn::DeriveInput;

use crate::spec_file::{self, Errors};

/// Expands the derive.
pub fn derive(input: &DeriveInput) -> syn::Result<TokenStream> {
    let mut errors = Errors::default();
    let Some(parsed) = ast::parse(input, &mut errors) else {
        return errors.finish(TokenStream::new());
    };
    let Some(spec_path) = parsed.spec.clone() else {
        errors.at(
            input.ident.span(),
            "missing spec: add `#[api_error(spec = \"path/to/spec.json\")]` to the enum",
        );
        return errors.finish(TokenStream::new());
    };
    let spec = match spec_file::load(&spec_path) {
        Ok(spec) => spec,
        Err(e) => {
            errors.push(e);
            return errors.finish(TokenStream::new());
        }
    };
    let checked = check::check(&parsed, &spec.catalog, &spec.written, &mut errors);
    let checked: Option<Vec<_>> = checked.into_iter().collect();
    let tokens = checked
        .map(|c| expand::expand(&parsed, &spec, &c))
        .unwrap_or_default();
    errors.finish(tokens)
}
