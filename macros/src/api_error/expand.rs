//! Emits the impls for a checked `#[derive(ApiError)]` enum. As for `catalog!`, the
//! generated code is thin: a hidden catalog for the spec, match arms, and calls into the
//! runtime's `spec_error` conversions.

use errspec_codegen::{Catalog, EmitOptions};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::{Fields, LitStr, Member};

use super::ast::{Input, Variant};
use super::check::{Checked, Fill, Role};
use crate::spec_file::LoadedSpec;

/// The `{name}` arguments of a format string (`{0}` gives `"0"`), skipping `{{`.
pub fn format_args_named(format: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
            }
            '{' => {
                let name: String = chars
                    .by_ref()
                    .take_while(|c| *c != '}' && *c != ':')
                    .collect();
                let name = name.trim().to_owned();
                if !name.is_empty() && !names.contains(&name) {
                    names.push(name);
                }
            }
            _ => {}
        }
    }
    names
}

/// `{0}` → `{_0}`, so positional fields can be bound by name.
fn rename_positional(format: &str) -> String {
    let mut out = String::with_capacity(format.len());
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '{' {
            if chars.peek() == Some(&'{') {
                out.push(chars.next().unwrap_or('{'));
            } else if chars.peek().is_some_and(char::is_ascii_digit) {
                out.push('_');
            }
        }
    }
    out
}

pub fn expand(input: &Input<'_>, spec: &LoadedSpec, checked: &[Checked]) -> TokenStream {
    let rt = &input.runtime;
    let name = &input.original.ident;
    let vis = &input.original.vis;
    let (impl_generics, ty_generics, where_clause) = input.original.generics.split_for_impl();
    let catalog = &spec.catalog;
    // Reuse the user's `catalog!` type when named; otherwise generate a hidden one.
    let (codes_ty, hidden_catalog) = match &input.catalog {
        Some(path) => (quote!(#path), tracked_only(spec)),
        None => {
            let module = format_ident!("__errspec_api_error_{}", name);
            let items = errspec_codegen::emit(
                catalog,
                &EmitOptions {
                    attrs: Vec::new(),
                    vis: syn::parse_quote!(pub),
                    code_enum: format_ident!("Codes"),
                    type_enum: format_ident!("Types"),
                    runtime: rt.clone(),
                    spec_file: spec.written.clone(),
                    track: Some(spec.tracked.clone()),
                },
            );
            let module_tokens = quote! {
                #[doc(hidden)]
                #[allow(dead_code, non_snake_case, missing_docs, unreachable_pub)]
                #vis mod #module {
                    #items
                }
            };
            (quote!(#module::Codes), module_tokens)
        }
    };

    let variants: Vec<(&Variant<'_>, &Checked)> = input.variants.iter().zip(checked).collect();
    let has_other = variants.iter().any(|(_, c)| matches!(c.role, Role::Other));

    let code_variant = |i: usize| format_ident!("{}", catalog.entries[i].variant);
    let convert_arms = variants.iter().map(|(v, c)| {
        let construct = construct(v, c, rt);
        match &c.role {
            Role::Codes(codes) => {
                let pats = codes.iter().map(|&i| {
                    let cv = code_variant(i);
                    quote!(::core::option::Option::Some(#codes_ty::#cv))
                });
                quote!(#(#pats)|* => ::core::result::Result::Ok(#construct),)
            }
            Role::Other => quote!(),
        }
    });
    let fallback_arm = match variants.iter().find(|(_, c)| matches!(c.role, Role::Other)) {
        Some((v, c)) => {
            let construct = construct(v, c, rt);
            quote!(_ => ::core::result::Result::Ok(#construct),)
        }
        None => quote!(_ => ::core::result::Result::Err(error),),
    };

    let code_arms = variants.iter().map(|(v, c)| {
        // A `code` field knows which of the variant's codes it was; else the first.
        if let Some((member, _)) = c.fills.iter().find(|(_, f)| *f == Fill::Code) {
            let pat = pattern(v, &[member]);
            let bind = binding(member);
            return quote!(#pat => #rt::spec_error::CodeValue::<#codes_ty>::code_value(#bind),);
        }
        let pat = pattern(v, &[]);
        match &c.role {
            Role::Codes(codes) => {
                let cv = code_variant(codes[0]);
                quote!(#pat => ::core::option::Option::Some(#codes_ty::#cv),)
            }
            Role::Other => quote!(#pat => ::core::option::Option::None,),
        }
    });
    let status_arms = variants.iter().map(|(v, c)| {
        let field = c.fills.iter().find(|(_, f)| *f == Fill::Status);
        let details = c.fills.iter().find(|(_, f)| *f == Fill::Details);
        let (pat, body) = if let Some((member, _)) = field {
            let bind = binding(member);
            (pattern(v, &[member]), quote!(#rt::spec_error::StatusValue::status_value(#bind)))
        } else if let Some((member, _)) = details {
            let bind = binding(member);
            (
                pattern(v, &[member]),
                quote!(::core::option::Option::Some(#rt::spec_error::FromApiError::<#codes_ty>::kept_status(#bind))),
            )
        } else {
            let body = match &c.role {
                Role::Codes(codes) => {
                    let cv = code_variant(codes[0]);
                    quote!(::core::option::Option::Some(#codes_ty::#cv.status()))
                }
                Role::Other => quote!(::core::option::Option::None),
            };
            (pattern(v, &[]), body)
        };
        quote!(#pat => #body,)
    });
    let display_arms = variants
        .iter()
        .map(|(v, c)| display_arm(v, c, catalog, &codes_ty));

    let conversions = if has_other {
        quote! {
            impl #impl_generics ::core::convert::From<#rt::ApiError<#codes_ty>> for #name #ty_generics #where_clause {
                fn from(error: #rt::ApiError<#codes_ty>) -> Self {
                    Self::__errspec_convert(error, ::core::option::Option::None)
                        .unwrap_or_else(|_| ::core::unreachable!("an `other` variant takes every error"))
                }
            }
            impl #impl_generics ::core::convert::From<#rt::executor::FailedResponse<#codes_ty>> for #name #ty_generics #where_clause {
                fn from(failed: #rt::executor::FailedResponse<#codes_ty>) -> Self {
                    Self::__errspec_convert(failed.error, ::core::option::Option::Some(&failed.hints))
                        .unwrap_or_else(|_| ::core::unreachable!("an `other` variant takes every error"))
                }
            }
        }
    } else {
        quote! {
            impl #impl_generics ::core::convert::TryFrom<#rt::ApiError<#codes_ty>> for #name #ty_generics #where_clause {
                type Error = #rt::ApiError<#codes_ty>;
                fn try_from(error: #rt::ApiError<#codes_ty>) -> ::core::result::Result<Self, Self::Error> {
                    Self::__errspec_convert(error, ::core::option::Option::None)
                }
            }
        }
    };

    quote! {
        #hidden_catalog

        impl #impl_generics #name #ty_generics #where_clause {
            #[allow(unused_variables, clippy::result_large_err)]
            fn __errspec_convert(
                error: #rt::ApiError<#codes_ty>,
                hints: ::core::option::Option<&#rt::RetryHints>,
            ) -> ::core::result::Result<Self, #rt::ApiError<#codes_ty>> {
                match error.code() {
                    #(#convert_arms)*
                    #fallback_arm
                }
            }

            /// The spec code of this error: the variant's (first) code, `None` for the
            /// catch-all.
            pub fn code(&self) -> ::core::option::Option<#codes_ty> {
                <Self as #rt::SpecError>::code(self)
            }

            /// The HTTP status, when known.
            pub fn status(&self) -> ::core::option::Option<u16> {
                <Self as #rt::SpecError>::status(self)
            }

            /// How to retry (or not).
            pub fn retry_strategy(&self) -> &'static #rt::RetryStrategy {
                <Self as #rt::SpecError>::retry_strategy(self)
            }
        }

        impl #impl_generics #rt::SpecError for #name #ty_generics #where_clause {
            type Catalog = #codes_ty;

            fn try_from_api_error(
                error: #rt::ApiError<#codes_ty>,
                hints: ::core::option::Option<&#rt::RetryHints>,
            ) -> ::core::result::Result<Self, #rt::ApiError<#codes_ty>> {
                Self::__errspec_convert(error, hints)
            }

            #[allow(unused_variables)]
            fn code(&self) -> ::core::option::Option<#codes_ty> {
                match self { #(#code_arms)* }
            }

            #[allow(unused_variables)]
            fn status(&self) -> ::core::option::Option<u16> {
                match self { #(#status_arms)* }
            }

            fn retry_strategy(&self) -> &'static #rt::RetryStrategy {
                match <Self as #rt::SpecError>::code(self) {
                    ::core::option::Option::Some(code) => code.retry_strategy(),
                    ::core::option::Option::None => #rt::classify::default_strategy_for_status(
                        <Self as #rt::SpecError>::status(self).unwrap_or(0),
                    ),
                }
            }
        }

        impl #impl_generics ::core::fmt::Display for #name #ty_generics #where_clause {
            #[allow(unused_variables)]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self { #(#display_arms)* }
            }
        }

        impl #impl_generics ::std::error::Error for #name #ty_generics #where_clause {}

        #conversions
    }
}

/// Only the include that makes cargo rebuild when the spec changes.
fn tracked_only(spec: &LoadedSpec) -> TokenStream {
    let path = spec.tracked.to_string_lossy();
    quote!(
        const _: &[u8] = ::core::include_bytes!(#path);
    )
}

/// `Self::V { a, b, .. }` / `Self::V(_0, _)` / `Self::V`, binding `members` only.
fn pattern(v: &Variant<'_>, members: &[&Member]) -> TokenStream {
    let ident = v.ident;
    match v.fields {
        Fields::Unit => quote!(Self::#ident),
        Fields::Named(_) => {
            // Named fields bind under their own names (shorthand patterns).
            let binds = members.iter().map(|m| binding(m));
            quote!(Self::#ident { #(#binds,)* .. })
        }
        Fields::Unnamed(f) => {
            let binds = (0..f.unnamed.len()).map(|i| {
                let m = Member::Unnamed(i.into());
                if members.contains(&&m) {
                    binding(&m)
                } else {
                    quote!(_)
                }
            });
            quote!(Self::#ident(#(#binds),*))
        }
    }
}

/// The local name a field is bound to in a pattern.
fn binding(member: &Member) -> TokenStream {
    match member {
        Member::Named(ident) => quote!(#ident),
        Member::Unnamed(index) => {
            let ident = format_ident!("_{}", index.index);
            quote!(#ident)
        }
    }
}

/// The expression building variant `v` from `error` (an `ApiError`) and `hints`.
fn construct(v: &Variant<'_>, c: &Checked, rt: &syn::Path) -> TokenStream {
    let ident = v.ident;
    let values = c.fills.iter().map(|(member, fill)| {
        let value = match fill {
            Fill::Text(accessor) => {
                let accessor = format_ident!("{}", accessor);
                quote!(#rt::spec_error::FromResponseText::from_response_text(error.details().#accessor()))
            }
            Fill::Code => quote!(#rt::spec_error::FromCode::from_code(error.code(), error.details().code())),
            Fill::Status => quote!(#rt::spec_error::FromStatus::from_status(error.status())),
            Fill::RetryAfter => quote!(#rt::spec_error::FromRetryAfter::from_retry_after(
                #rt::spec_error::retry_after(&error, hints)
            )),
            Fill::Details => quote!(#rt::spec_error::FromApiError::from_api_error(&error)),
            Fill::Default => quote!(::core::default::Default::default()),
        };
        (member, value)
    });
    match v.fields {
        Fields::Unit => quote!(Self::#ident),
        Fields::Named(_) => {
            let fields = values.map(|(m, value)| quote!(#m: #value));
            quote!(Self::#ident { #(#fields),* })
        }
        Fields::Unnamed(_) => {
            let fields = values.map(|(_, value)| value);
            quote!(Self::#ident(#(#fields),*))
        }
    }
}

fn display_arm(
    v: &Variant<'_>,
    c: &Checked,
    catalog: &Catalog,
    codes_ty: &TokenStream,
) -> TokenStream {
    if let Some(display) = &v.display {
        let format = rename_positional(&display.value());
        let names = format_args_named(&format);
        let members: Vec<Member> = names
            .iter()
            .map(
                |n| match n.strip_prefix('_').and_then(|i| i.parse::<usize>().ok()) {
                    Some(i) => Member::Unnamed(i.into()),
                    None => Member::Named(format_ident!("{}", n)),
                },
            )
            .collect();
        let refs: Vec<&Member> = members.iter().collect();
        let pat = pattern(v, &refs);
        let lit = LitStr::new(&format, display.span());
        let args = names.iter().zip(&members).map(|(n, m)| {
            let n = format_ident!("{}", n);
            let b = binding(m);
            quote!(#n = #b)
        });
        return quote_spanned!(display.span()=> #pat => ::core::write!(f, #lit #(, #args)*),);
    }
    match &c.role {
        Role::Codes(codes) => {
            let cv = format_ident!("{}", catalog.entries[codes[0]].variant);
            let pat = pattern(v, &[]);
            quote!(#pat => ::core::fmt::Display::fmt(&#codes_ty::#cv, f),)
        }
        Role::Other => {
            // The catch-all shows what the server said when it keeps it.
            let kept = c
                .fills
                .iter()
                .find(|(_, fill)| matches!(fill, Fill::Details | Fill::Text("message")));
            match kept {
                Some((member, _)) => {
                    let pat = pattern(v, &[member]);
                    let b = binding(member);
                    quote!(#pat => ::core::fmt::Display::fmt(#b, f),)
                }
                None => {
                    let pat = pattern(v, &[]);
                    let text = format!("an error the {} spec does not describe", catalog.title);
                    quote!(#pat => f.write_str(#text),)
                }
            }
        }
    }
}
