//! Procedural macros of [errspec](https://docs.rs/errspec). Use them through the `errspec`
//! crate, which re-exports them next to the runtime they generate code for.
//!
//! Each entry point is plumbing: parse the input, call the stage that does the work
//! (`errspec-codegen` for specs), turn every problem into a compile error.

use proc_macro::TokenStream;
use syn::parse_macro_input;

mod catalog;

/// Generates a typed catalog of error codes from a JSON spec.
///
/// ```ignore
/// errspec::catalog! {
///     /// Errors of the Acme API.
///     #[derive(Default)]                   // extra derives and docs go on the code enum
///     #[catalog(error_type = AcmeType)]    // name of the type enum (default: `NameType`,
///                                          // or `ErrorType` for `ErrorCode`)
///     #[catalog(crate = "::errspec::runtime")] // where the runtime is (this is the default)
///     pub enum AcmeError from "acme-errors.json";
/// }
/// ```
///
/// The path is relative to the crate's `CARGO_MANIFEST_DIR`, or else to the directory of
/// the invoking file. The spec is tracked: editing it rebuilds the crate. Every problem in
/// the spec is reported at once, at the path literal, with its JSON path and line:column.
#[proc_macro]
pub fn catalog(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as catalog::CatalogInput);
    catalog::expand(input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}
