//! The derive input as a model: the enum, its variants and fields, with their
//! `#[spec_error(...)]` attributes parsed. Attribute mistakes are collected, not fatal.

use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, Ident, LitStr, Token};

use crate::spec_file::Errors;

/// `#[derive(SpecError)]` on an enum.
pub struct Input<'a> {
    pub original: &'a DeriveInput,
    pub spec: Option<LitStr>,
    pub runtime: syn::Path,
    /// A `catalog!` type generated from the same spec, to use instead of a hidden one.
    pub catalog: Option<syn::Path>,
    pub exhaustive: bool,
    pub variants: Vec<Variant<'a>>,
    /// An attribute on the enum did not parse (already reported): its `spec` or
    /// `catalog` may be what was meant, so a missing one is not a second mistake.
    pub malformed: bool,
}

/// One variant and what its attributes say.
pub struct Variant<'a> {
    pub ident: &'a Ident,
    pub fields: &'a Fields,
    /// Codes named with `code = ...`, in order.
    pub codes: Vec<LitStr>,
    /// The `other` flag's span, when set.
    pub other: Option<Span>,
    pub display: Option<LitStr>,
    pub field_defaults: Vec<bool>,
    /// Its attributes did not parse (already reported): checking it further would only
    /// repeat that mistake in other words.
    pub malformed: bool,
}

impl Variant<'_> {
    /// Where to point at the variant.
    pub fn span(&self) -> Span {
        self.ident.span()
    }
}

/// Parses the input; every attribute mistake goes to `errors`.
pub fn parse<'a>(input: &'a DeriveInput, errors: &mut Errors) -> Option<Input<'a>> {
    let data = match &input.data {
        Data::Enum(data) => data,
        Data::Struct(s) => {
            errors.at(
                s.struct_token.span,
                "`SpecError` can only be derived for enums: one variant per error",
            );
            return None;
        }
        Data::Union(u) => {
            errors.at(
                u.union_token.span,
                "`SpecError` can only be derived for enums: one variant per error",
            );
            return None;
        }
    };
    let mut parsed = Input {
        original: input,
        spec: None,
        runtime: syn::parse_quote!(::errspec::runtime),
        catalog: None,
        exhaustive: false,
        variants: Vec::new(),
        malformed: false,
    };
    for attr in input
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("spec_error"))
    {
        let result = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("spec") {
                parsed.spec = Some(meta.value()?.parse()?);
            } else if meta.path.is_ident("crate") {
                let lit: LitStr = meta.value()?.parse()?;
                parsed.runtime = lit.parse()?;
            } else if meta.path.is_ident("catalog") {
                parsed.catalog = Some(meta.value()?.parse()?);
            } else if meta.path.is_ident("exhaustive") {
                parsed.exhaustive = true;
            } else {
                return Err(meta.error(
                    "unknown `spec_error` option on the enum: expected `catalog = Path`, `spec = \"...\"`, `crate = \"...\"` or `exhaustive`",
                ));
            }
            Ok(())
        });
        if let Err(e) = result {
            parsed.malformed = true;
            errors.push(e);
        }
    }
    for variant in &data.variants {
        parsed.variants.push(parse_variant(variant, errors));
    }
    Some(parsed)
}

fn parse_variant<'a>(variant: &'a syn::Variant, errors: &mut Errors) -> Variant<'a> {
    let mut parsed = Variant {
        ident: &variant.ident,
        fields: &variant.fields,
        codes: Vec::new(),
        other: None,
        display: None,
        field_defaults: Vec::new(),
        malformed: false,
    };
    for attr in variant
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("spec_error"))
    {
        let result = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("code") {
                parsed.codes.extend(parse_codes(meta.value()?)?);
            } else if meta.path.is_ident("other") {
                parsed.other = Some(meta.path.span());
            } else if meta.path.is_ident("display") {
                parsed.display = Some(meta.value()?.parse()?);
            } else {
                return Err(meta.error(
                    "unknown `spec_error` option on a variant: expected `code = \"...\"`, `other` or `display = \"...\"`",
                ));
            }
            Ok(())
        });
        if let Err(e) = result {
            parsed.malformed = true;
            errors.push(e);
        }
    }
    if let Some(discriminant) = &variant.discriminant {
        errors.at(
            discriminant.1.span(),
            "`SpecError` variants cannot have explicit discriminants",
        );
    }
    for field in &variant.fields {
        let mut default = false;
        for attr in field
            .attrs
            .iter()
            .filter(|a| a.path().is_ident("spec_error"))
        {
            let result = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("default") {
                    default = true;
                    Ok(())
                } else {
                    Err(meta.error("unknown `spec_error` option on a field: expected `default`"))
                }
            });
            if let Err(e) = result {
                errors.push(e);
            }
        }
        parsed.field_defaults.push(default);
    }
    parsed
}

/// `"a"`, `"a" | "b"` or `["a", "b"]`.
fn parse_codes(input: syn::parse::ParseStream<'_>) -> syn::Result<Vec<LitStr>> {
    if input.peek(syn::token::Bracket) {
        let content;
        syn::bracketed!(content in input);
        let list = content.parse_terminated(|p| p.parse::<LitStr>(), Token![,])?;
        if list.is_empty() {
            return Err(content.error("expected at least one code"));
        }
        return Ok(list.into_iter().collect());
    }
    let mut codes = vec![input.parse::<LitStr>()?];
    while input.peek(Token![|]) {
        input.parse::<Token![|]>()?;
        codes.push(input.parse()?);
    }
    Ok(codes)
}
