//! `#[derive(SpecError)]`: parse (`ast`) → check against the spec's facts (`check`) → emit
//! (`expand`), each stage collecting every problem it finds.
//!
//! The facts come from the spec file (`spec = "…"`), or from the catalog (`catalog =
//! Path`): then the derive only expands to the catalog's carrier macro, which calls
//! [`from_catalog`] back with the facts and the enum (see [`crate::facts`]).

mod ast;
mod check;
pub mod expand;

use errspec_codegen::EmitOptions;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::DeriveInput;

use self::ast::Input;
use self::expand::Target;
use crate::facts::{Facts, WithFacts};
use crate::spec_file::{self, Errors, LoadedSpec};

/// Expands the derive: the impls, and every problem as a compile error.
pub fn derive(input: &DeriveInput) -> TokenStream {
    let mut errors = Errors::default();
    let Some(parsed) = ast::parse(input, &mut errors) else {
        return errors.into_compile_errors();
    };
    if let Some(catalog) = &parsed.catalog {
        // The callback parses and checks the enum again: report here only what it cannot
        // see.
        let mut errors = Errors::default();
        if let Some(spec) = &parsed.spec {
            errors.at(
                spec.span(),
                "`spec` is not needed with `catalog`: the catalog brings its spec; remove `spec = \"...\"`",
            );
        }
        let callback = callback_path(&parsed.runtime);
        let errors = errors.into_compile_errors();
        return quote! {
            #errors
            #catalog! { [#callback] #input }
        };
    }
    let loaded = match &parsed.spec {
        Some(path) => spec_file::load(path).map_err(|e| errors.push(e)).ok(),
        None => {
            if !parsed.malformed {
                errors.at(
                    input.ident.span(),
                    "missing spec: add `#[spec_error(catalog = path::to::Catalog)]` (an enum made by `errspec::catalog!`) or `#[spec_error(spec = \"path/to/spec.json\")]` to the enum",
                );
            }
            None
        }
    };
    let tokens = match loaded {
        Some(spec) => {
            let facts = Facts::of(&spec.catalog, &spec.written);
            let checked = check::check(&parsed, &facts, &mut errors);
            let target = hidden_catalog(&parsed, &spec, &facts);
            expand::expand(&parsed, &target, &checked)
        }
        None => placeholders(&parsed),
    };
    let errors = errors.into_compile_errors();
    quote!(#errors #tokens)
}

/// Expands the carrier's callback: the derive of `input.input` against `input.facts`.
pub fn from_catalog(input: WithFacts) -> TokenStream {
    let WithFacts { mut facts, input } = input;
    let mut errors = Errors::default();
    let Some(parsed) = ast::parse(&input, &mut errors) else {
        return errors.into_compile_errors();
    };
    let Some(catalog) = &parsed.catalog else {
        errors.at(
            input.ident.span(),
            "expected `#[spec_error(catalog = ...)]`",
        );
        return errors.into_compile_errors();
    };
    // Messages name the catalog as the user did, not a spec file they never saw.
    facts.source = path_text(catalog);
    let checked = check::check(&parsed, &facts, &mut errors);
    let target = Target {
        facts: &facts,
        codes: quote!(#catalog),
        items: TokenStream::new(),
    };
    let tokens = expand::expand(&parsed, &target, &checked);
    let errors = errors.into_compile_errors();
    quote!(#errors #tokens)
}

/// `a::b::C` as written (no spaces, unlike tokens printed).
fn path_text(path: &syn::Path) -> String {
    let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    let lead = if path.leading_colon.is_some() {
        "::"
    } else {
        ""
    };
    format!("{lead}{}", segments.join("::"))
}

/// Where the callback proc macro is, given the runtime's path: beside a runtime
/// re-exported as `…::runtime` (the facade's `::errspec::runtime`) it is `…::__private`;
/// with the runtime crate named directly, the macros crate is too.
fn callback_path(runtime: &syn::Path) -> syn::Path {
    let mut path = runtime.clone();
    match path.segments.last() {
        Some(last) if last.ident == "runtime" && path.segments.len() > 1 => {
            path.segments.pop();
            path.segments.push(format_ident!("__private").into());
            path.segments
                .push(format_ident!("spec_error_from_catalog").into());
            path
        }
        _ => syn::parse_quote!(::errspec_macros::__spec_error_from_catalog),
    }
}

/// With `spec` alone: a catalog of the spec's codes in a hidden module, without the
/// rustdoc a reader of the catalog would want (nobody reads the docs of a hidden module).
fn hidden_catalog<'a>(parsed: &Input<'_>, spec: &LoadedSpec, facts: &'a Facts) -> Target<'a> {
    let name = &parsed.original.ident;
    let vis = &parsed.original.vis;
    let module = format_ident!("__errspec_spec_error_{}", name);
    let items = errspec_codegen::emit(
        &spec.catalog,
        &EmitOptions {
            code_enum: format_ident!("Codes"),
            type_enum: format_ident!("Types"),
            runtime: parsed.runtime.clone(),
            track: Some(spec.tracked.clone()),
            docs: false,
            ..EmitOptions::new(spec.written.clone())
        },
    );
    Target {
        facts,
        codes: quote!(#module::Codes),
        items: quote! {
            #[doc(hidden)]
            #[allow(dead_code, non_snake_case, missing_docs, unreachable_pub)]
            #vis mod #module {
                #items
            }
        },
    }
}

/// Without a spec: the impls over a catalog of no codes, every variant a placeholder, so
/// the one error about the spec is the only one.
fn placeholders(parsed: &Input<'_>) -> TokenStream {
    let rt = &parsed.runtime;
    let checked: Vec<_> = parsed.variants.iter().map(|_| None).collect();
    let target = Target {
        facts: &Facts::default(),
        codes: quote!(#rt::__private::NoCatalog),
        items: TokenStream::new(),
    };
    expand::expand(parsed, &target, &checked)
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use crate::facts::WithFacts;

    fn chat_error(attr: proc_macro2::TokenStream) -> syn::DeriveInput {
        syn::parse_quote! {
            #attr
            enum ChatError {
                #[spec_error(code = "rate_limit_exceeded" | "tokens_per_min_exceeded")]
                RateLimited { message: String, retry_after: Option<std::time::Duration> },
                InvalidApiKey,
                #[spec_error(other)]
                Other(errspec::runtime::ErrorDetails<'static>),
            }
        }
    }

    /// Bytes of `tokens`, after checking they hold no error.
    fn size(tokens: proc_macro2::TokenStream) -> usize {
        let text = tokens.to_string();
        assert!(!text.contains("compile_error"), "{text}");
        text.len()
    }

    /// Without a catalog the derive emits a hidden one, without the spec's prose: a third
    /// of the catalog with its docs that it emitted before (for the bundled spec, about
    /// 100 KB instead of 300 KB). With a catalog it emits one invocation of the catalog's
    /// carrier macro, whose callback emits the impls alone.
    #[test]
    fn expansions_stay_small() {
        let spec = size(super::derive(&chat_error(
            quote!(#[spec_error(spec = "../error-codes.json")]),
        )));
        let with_catalog = chat_error(quote!(#[spec_error(catalog = errspec::openai::ErrorCode)]));
        let invocation = size(super::derive(&with_catalog));
        let loaded = crate::spec_file::load(&syn::parse_quote!("../error-codes.json")).unwrap();
        let facts = errspec_codegen::carrier::facts(&loaded.catalog);
        // What the carrier hands over, read back as the callback reads it.
        let handed: WithFacts = syn::parse2(quote!({ #facts } #with_catalog)).unwrap();
        assert_eq!(handed.facts.entries.len(), loaded.catalog.entries.len());
        let impls = size(super::from_catalog(handed));
        let carried = size(quote!(#facts));
        // What the derive emitted before: the catalog with its docs and prose.
        let with_docs = size(errspec_codegen::emit(
            &loaded.catalog,
            &errspec_codegen::EmitOptions::new(loaded.written.clone()),
        ));
        println!("a catalog with docs and prose: {with_docs} bytes");
        println!(
            "expansion: spec alone {spec} bytes; catalog: {invocation} bytes of invocation, {impls} bytes of impls ({carried} bytes of facts in the catalog's carrier)"
        );
        assert!(spec < with_docs / 2, "spec alone: {spec} bytes");
        assert!(invocation < 1024, "invocation: {invocation} bytes");
        assert!(impls < 8 * 1024, "impls: {impls} bytes");
    }
}
