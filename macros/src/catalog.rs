//! `catalog!`: the input syntax, resolving the spec path, and handing over to codegen.

use errspec_codegen::EmitOptions;
use proc_macro2::TokenStream;
use quote::format_ident;
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, LitStr, Token, Visibility};

use crate::facts;
use crate::spec_file::Errors;

/// `#[attrs] vis enum Name from "path";`
pub struct CatalogInput {
    attrs: Vec<Attribute>,
    vis: Visibility,
    name: Ident,
    path: LitStr,
}

mod kw {
    syn::custom_keyword!(from);
}

impl Parse for CatalogInput {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis = input.parse()?;
        input.parse::<Token![enum]>()?;
        let name = input.parse()?;
        input.parse::<kw::from>().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected `from \"path/to/spec.json\"` after the enum name",
            )
        })?;
        let path = input.parse()?;
        if input.peek(Token![;]) {
            input.parse::<Token![;]>()?;
        }
        Ok(CatalogInput {
            attrs,
            vis,
            name,
            path,
        })
    }
}

/// Options given in `#[catalog(...)]`.
struct Options {
    runtime: syn::Path,
    type_enum: Option<Ident>,
}

fn parse_options(attrs: Vec<Attribute>) -> syn::Result<(Options, Vec<Attribute>)> {
    let mut opts = Options {
        runtime: syn::parse_quote!(::errspec::runtime),
        type_enum: None,
    };
    let mut rest = Vec::new();
    let mut errors = Errors::default();
    for attr in attrs {
        if !attr.path().is_ident("catalog") {
            rest.push(attr);
            continue;
        }
        let result = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("crate") {
                let lit: LitStr = meta.value()?.parse()?;
                opts.runtime = lit.parse()?;
                Ok(())
            } else if meta.path.is_ident("error_type") {
                opts.type_enum = Some(meta.value()?.parse()?);
                Ok(())
            } else {
                Err(meta.error(
                    "unknown `catalog` option: expected `crate = \"path\"` or `error_type = Name`",
                ))
            }
        });
        if let Err(e) = result {
            errors.push(e);
        }
    }
    errors.finish((opts, rest))
}

/// `ErrorCode` → `ErrorType`; any other `Name` → `NameType`.
fn default_type_enum(name: &Ident) -> Ident {
    let s = name.to_string();
    match s.strip_suffix("Code") {
        Some(stem) if !stem.is_empty() => format_ident!("{stem}Type", span = name.span()),
        _ => format_ident!("{s}Type", span = name.span()),
    }
}

/// Expands `catalog!`.
pub fn expand(input: CatalogInput) -> syn::Result<TokenStream> {
    let CatalogInput {
        attrs,
        vis,
        name,
        path,
    } = input;
    let (opts, attrs) = parse_options(attrs)?;
    let spec = crate::spec_file::load(&path)?;
    // What `#[derive(SpecError)]` with `catalog = Name` reads instead of the spec file.
    let carrier = Some(facts::carrier_name(&name, &spec.written));
    let emit = EmitOptions {
        attrs,
        vis,
        type_enum: opts.type_enum.unwrap_or_else(|| default_type_enum(&name)),
        runtime: opts.runtime,
        spec_file: spec.written,
        track: Some(spec.tracked),
        docs: true,
        lexer: crate::lex,
        carrier,
        code_enum: name,
    };
    Ok(errspec_codegen::emit(&spec.catalog, &emit))
}
