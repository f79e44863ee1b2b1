//! The facts carrier: what `#[derive(SpecError)]` with `catalog = Path` knows of a catalog.
//!
//! A derive cannot read the spec of a catalog it is given by path (the catalog may live in
//! another crate, bundled and pre-generated). So a catalog's expansion carries its facts —
//! the spec's title and its codes (with their alias codes) and variant names — in a hidden
//! `macro_rules!` named like the enum (macros have a namespace of their own). The derive
//! expands to an invocation of it, which calls back into a hidden proc macro with the facts
//! and the user's enum (the callback pattern); spans survive `macro_rules!`, so diagnostics
//! still point at the user's code. The reader of these tokens is `errspec-macros`.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::model::CatalogDef;

/// The version of the facts' token format. Bumped whenever it changes, so that a catalog
/// and a derive built by different versions say so instead of misreading each other.
pub const FORMAT: u32 = 1;

/// The facts' tokens: `format = 1, title = "…", codes = { "code" | "alias" => Variant, … }`
/// (the derive knows the catalog's path itself).
pub fn facts(catalog: &CatalogDef) -> TokenStream {
    let title = &catalog.title;
    let codes = catalog.entries.iter().map(|e| {
        let (code, aliases) = (&e.code, &e.alias_codes);
        let variant = quote::format_ident!("{}", e.variant);
        quote!(#code #(| #aliases)* => #variant,)
    });
    let format = Literal::u32_unsuffixed(FORMAT);
    quote!(format = #format, title = #title, codes = { #(#codes)* })
}

/// The hidden carrier macro `unique` for enum `name`, re-exported under the enum's name
/// with visibility `vis`: `Name! { [callback path] tokens… }` expands to
/// `callback path! { { facts } tokens… }`.
///
/// `#[macro_export]` puts every carrier at the crate root: `unique` must differ between the
/// catalogs of one crate.
pub fn carrier(
    catalog: &CatalogDef,
    name: &syn::Ident,
    vis: &syn::Visibility,
    unique: &syn::Ident,
) -> TokenStream {
    let facts = facts(catalog);
    quote! {
        #[doc(hidden)]
        #[macro_export]
        macro_rules! #unique {
            ([$($callback:tt)*] $($input:tt)*) => {
                $($callback)*! { { #facts } $($input)* }
            };
        }
        #[doc(hidden)]
        #[allow(unused_imports)]
        #vis use #unique as #name;
    }
}
