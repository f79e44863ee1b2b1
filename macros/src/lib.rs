//! Procedural macros of [errspec](https://docs.rs/errspec). Use them through the `errspec`
//! crate, which re-exports them next to the runtime they generate code for.
//!
//! Each entry point is plumbing: parse the input, call the stage that does the work
//! (`errspec-codegen` for specs), turn every problem into a compile error.

use proc_macro::TokenStream;
use syn::parse_macro_input;

mod catalog;
mod facts;
mod spec_error;
mod spec_file;

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

/// Ties an error enum you write to a spec, checked at compile time.
///
/// ```ignore
/// #[derive(Debug, errspec::SpecError)]
/// #[spec_error(catalog = errspec::openai::ErrorCode)]  // any `catalog!` enum; no spec file
/// enum MyError {
///     #[spec_error(code = "rate_limit_exceeded" | "tokens_per_min_exceeded")]
///     RateLimited { message: String, retry_after: Option<std::time::Duration> },
///     InvalidApiKey,                                 // the name matches a code
///     #[spec_error(code = "insufficient_quota", display = "out of credit: {message}")]
///     NoCredit { message: String, #[spec_error(default)] seen: u32 },
///     #[spec_error(other)]                            // everything else, details kept
///     Other(errspec::runtime::ErrorDetails<'static>),
/// }
/// ```
///
/// The enum names its spec with `catalog = Path` (an enum made by [`catalog!`], whose
/// codes it is checked against and converts from) or `spec = "file.json"` (relative to
/// `CARGO_MANIFEST_DIR`; a hidden catalog is generated, without the spec's prose).
///
/// Generated: `Display` (the spec's message, or `display` with `{field}` interpolation),
/// `std::error::Error`, `code()`, `status()`, `retry_policy()`, the runtime's
/// `SpecError` trait, and `From<ApiError<_>>` / `From<FailedResponse<_>>` (with an `other`
/// variant) or `TryFrom<ApiError<_>>` (without one). The `other` variant keeps the
/// catalog's classification when it keeps the details: its `code()` is the code the
/// catalog matched, its `Display` that entry's message. `status()` is a `u16`, unless the
/// `other` variant keeps no details: then `Option<u16>`.
///
/// Fields named `message`, `request_id`, `param`, `code`, `error_type` (text), `status`,
/// `retry_after` and `details` / `error` are filled from the response, as is the single
/// field of a tuple variant (the details); others need `#[spec_error(default)]`.
/// `#[spec_error(exhaustive)]` on the enum requires a variant for every code of the spec.
///
/// Each mistake is one compile error at the place it was made; the impls are generated
/// anyway, so no error follows from a missing one.
#[proc_macro_derive(SpecError, attributes(spec_error))]
pub fn derive_spec_error(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as syn::DeriveInput);
    spec_error::derive(&input).into()
}

/// Not a public API: `#[derive(SpecError)]` with `catalog = Path` expands to the catalog's
/// hidden carrier macro, which calls this back with the catalog's facts and the enum.
#[doc(hidden)]
#[proc_macro]
pub fn __spec_error_from_catalog(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as facts::WithFacts);
    spec_error::from_catalog(input).into()
}

/// Lexes generated source with the compiler ([`errspec_codegen::EmitOptions::lexer`]):
/// proc-macro2 would first check it with its own lexer, which in a macro built without
/// optimizations costs more than the compiler's lexing. Outside a macro (unit tests), the
/// proc-macro2 lexer.
fn lex(source: &str) -> Option<proc_macro2::TokenStream> {
    if !proc_macro::is_available() {
        return errspec_codegen::emit::lex(source);
    }
    source.parse::<TokenStream>().ok().map(Into::into)
}
