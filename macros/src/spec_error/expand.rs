//! Emits the impls for a checked `#[derive(SpecError)]` enum. As for `catalog!`, the
//! generated code is thin: match arms, and calls into the runtime's `spec_error`
//! conversions.
//!
//! The impls are emitted even when checking found problems: a variant with a problem gets
//! placeholder arms (never run: the crate does not compile), so the user sees the one
//! error about their mistake and none about missing impls.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::{Fields, LitStr, Member};

use super::ast::{Input, Variant};
use super::check::{Checked, Fill, Role, well_known};
use crate::facts::Facts;

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

/// What the impls are written against.
pub struct Target<'a> {
    /// The spec's facts (none when no spec could be read: every variant a placeholder).
    pub facts: &'a Facts,
    /// The catalog type the impls convert from.
    pub codes: TokenStream,
    /// Items to emit before the impls (the hidden catalog, the spec's tracking).
    pub items: TokenStream,
}

/// A variant with what checking made of it: `None` for a variant with a problem.
type Planned<'v, 'a> = (&'v Variant<'a>, Option<&'v Checked>);

pub fn expand(input: &Input<'_>, target: &Target<'_>, checked: &[Option<Checked>]) -> TokenStream {
    let rt = &input.runtime;
    let name = &input.original.ident;
    let (impl_generics, ty_generics, where_clause) = input.original.generics.split_for_impl();
    let codes_ty = &target.codes;
    let items = &target.items;
    let variants: Vec<Planned<'_, '_>> = input
        .variants
        .iter()
        .zip(checked)
        .map(|(v, c)| (v, c.as_ref()))
        .collect();
    // The user's intent decides `From` or `TryFrom`, even when their `other` variant has
    // a problem: the conversion they call must exist.
    let has_other = input.variants.iter().any(|v| v.other.is_some());
    // `status()` is a `u16`, as on the catalog, when every variant knows it: a variant
    // tied to codes always does, the catch-all when it keeps the details.
    // A catch-all with a problem is judged by its shape, so that the type does not change
    // when the problem is fixed.
    let status_known = variants.iter().all(|(v, c)| match c {
        Some(c) => matches!(c.role, Role::Codes(_)) || has_fill(c, Fill::Details).is_some(),
        None => v.other.is_none() || keeps_details(v),
    });
    let code_variant = |i: usize| &target.facts.entries[i].variant;

    let convert_arms = variants.iter().filter_map(|(v, c)| {
        let c = (*c)?;
        let Role::Codes(codes) = &c.role else {
            return None;
        };
        let construct = construct(v, c, rt);
        let pats = codes.iter().map(|&i| {
            let cv = code_variant(i);
            quote!(::core::option::Option::Some(#codes_ty::#cv))
        });
        Some(quote!(#(#pats)|* => ::core::result::Result::Ok(#construct),))
    });
    let other = variants
        .iter()
        .find_map(|(v, c)| c.filter(|c| matches!(c.role, Role::Other)).map(|c| (v, c)));
    let fallback_arm = match other {
        Some((v, c)) => {
            let construct = construct(v, c, rt);
            quote!(_ => ::core::result::Result::Ok(#construct),)
        }
        None => quote!(_ => ::core::result::Result::Err(error),),
    };

    let code_arms = variants.iter().map(|(v, c)| {
        let Some(c) = c else {
            return placeholder_arm(v);
        };
        // A `code` field knows which of the variant's codes it was.
        if let Some(member) = has_fill(c, Fill::Code) {
            let pat = pattern(v, &[member]);
            let bind = binding(member);
            return quote!(#pat => #rt::__private::CodeValue::<#codes_ty>::code_value(#bind),);
        }
        match &c.role {
            Role::Codes(codes) => {
                let pat = pattern(v, &[]);
                let cv = code_variant(codes[0]);
                quote!(#pat => ::core::option::Option::Some(#codes_ty::#cv),)
            }
            // The catch-all keeps what the catalog matched, if it keeps the details.
            Role::Other => match has_fill(c, Fill::Details) {
                Some(member) => {
                    let (pat, bind) = (pattern(v, &[member]), binding(member));
                    quote!(#pat => #rt::__private::FromApiError::<#codes_ty>::kept_code(#bind),)
                }
                None => {
                    let pat = pattern(v, &[]);
                    quote!(#pat => ::core::option::Option::None,)
                }
            },
        }
    });
    let status_arms = variants.iter().map(|(v, c)| {
        let Some(c) = c else {
            return placeholder_arm(v);
        };
        let some = |status: TokenStream| {
            if status_known {
                status
            } else {
                quote!(::core::option::Option::Some(#status))
            }
        };
        let status_field = has_fill(c, Fill::Status);
        let details = has_fill(c, Fill::Details);
        match (&c.role, status_field, details) {
            (Role::Codes(codes), Some(member), _) => {
                let (pat, bind) = (pattern(v, &[member]), binding(member));
                let cv = code_variant(codes[0]);
                let status = some(quote!(
                    #rt::__private::StatusValue::status_value(#bind).unwrap_or(#rt::Catalog::status(#codes_ty::#cv))
                ));
                quote!(#pat => #status,)
            }
            (_, _, Some(member)) => {
                let (pat, bind) = (pattern(v, &[member]), binding(member));
                let status =
                    some(quote!(#rt::__private::FromApiError::<#codes_ty>::kept_status(#bind)));
                quote!(#pat => #status,)
            }
            (Role::Codes(codes), None, None) => {
                let pat = pattern(v, &[]);
                let cv = code_variant(codes[0]);
                let status = some(quote!(#rt::Catalog::status(#codes_ty::#cv)));
                quote!(#pat => #status,)
            }
            // Only when `status_known` is false: a catch-all without the details.
            (Role::Other, Some(member), None) => {
                let (pat, bind) = (pattern(v, &[member]), binding(member));
                quote!(#pat => #rt::__private::StatusValue::status_value(#bind),)
            }
            (Role::Other, None, None) => {
                let pat = pattern(v, &[]);
                quote!(#pat => ::core::option::Option::None,)
            }
        }
    });
    let display_arms = variants.iter().map(|(v, c)| display_arm(v, *c, target, rt));

    let (status_ty, status_of_trait, status_for_strategy) = if status_known {
        (
            quote!(u16),
            quote!(::core::option::Option::Some(Self::status(self))),
            quote!(Self::status(self)),
        )
    } else {
        (
            quote!(::core::option::Option<u16>),
            quote!(Self::status(self)),
            quote!(Self::status(self).unwrap_or(0)),
        )
    };
    let status_doc = if status_known {
        "The HTTP status: a `status` field's value, the kept details' status, or the code's."
    } else {
        "The HTTP status: a `status` field's value, the kept details' status, or the code's; `None` for a catch-all that keeps none of them."
    };

    let conversions = if has_other {
        quote! {
            impl #impl_generics ::core::convert::From<#rt::ApiError<#codes_ty>> for #name #ty_generics #where_clause {
                fn from(error: #rt::ApiError<#codes_ty>) -> Self {
                    Self::__errspec_convert(error, ::core::option::Option::None)
                        .unwrap_or_else(|_| ::core::unreachable!("an `other` variant takes every error"))
                }
            }
            impl #impl_generics ::core::convert::From<#rt::__private::FailedResponse<#codes_ty>> for #name #ty_generics #where_clause {
                fn from(failed: #rt::__private::FailedResponse<#codes_ty>) -> Self {
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
        #items

        #[allow(deprecated)]
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

            /// The spec code of this error: the variant's code (a `code` field says which
            /// of several); for the catch-all, the code the catalog matched, if any.
            #[allow(unused_variables)]
            pub fn code(&self) -> ::core::option::Option<#codes_ty> {
                match self { #(#code_arms)* }
            }

            #[doc = #status_doc]
            #[allow(unused_variables)]
            pub fn status(&self) -> #status_ty {
                match self { #(#status_arms)* }
            }

            /// How to retry (or not): the code's strategy, else the status default.
            pub fn retry_policy(&self) -> &'static #rt::RetryPolicy {
                match Self::code(self) {
                    ::core::option::Option::Some(code) => #rt::Catalog::retry_policy(code),
                    ::core::option::Option::None => #rt::__private::default_policy_for_status(#status_for_strategy),
                }
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

            fn code(&self) -> ::core::option::Option<#codes_ty> {
                Self::code(self)
            }

            fn status(&self) -> ::core::option::Option<u16> {
                #status_of_trait
            }

            fn retry_policy(&self) -> &'static #rt::RetryPolicy {
                Self::retry_policy(self)
            }
        }

        #[allow(deprecated)]
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

/// The field a variant fills with `fill`, if any.
fn has_fill(c: &Checked, fill: Fill) -> Option<&Member> {
    c.fills.iter().find(|(_, f)| *f == fill).map(|(m, _)| m)
}

/// Whether a variant has a field the derive fills with the details.
fn keeps_details(v: &Variant<'_>) -> bool {
    match v.fields {
        Fields::Unnamed(f) => f.unnamed.len() == 1,
        Fields::Named(f) => f.named.iter().any(|f| {
            f.ident
                .as_ref()
                .is_some_and(|i| well_known(&i.to_string()) == Some(Fill::Details))
        }),
        Fields::Unit => false,
    }
}

/// The arm of a variant with a problem: never run, since the crate does not compile.
fn placeholder_arm(v: &Variant<'_>) -> TokenStream {
    let pat = pattern(v, &[]);
    quote!(#pat => ::core::unreachable!(),)
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
            Fill::Text(field) => {
                // The raw text in; `from_response_text` redacts it, one rule for every field.
                let accessor = match *field {
                    "message" => format_ident!("message_unredacted"),
                    other => format_ident!("{}", other),
                };
                quote!(#rt::__private::FromResponseText::from_response_text(error.details().#accessor()))
            }
            Fill::Code => quote!(#rt::__private::FromCode::from_code(error.code(), error.details().code())),
            Fill::Status => quote!(#rt::__private::FromStatus::from_status(error.status())),
            Fill::RetryAfter => quote!(#rt::__private::FromRetryAfter::from_retry_after(
                #rt::__private::retry_after(&error, hints)
            )),
            Fill::Details => quote!(#rt::__private::FromApiError::from_api_error(&error)),
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
    c: Option<&Checked>,
    target: &Target<'_>,
    rt: &syn::Path,
) -> TokenStream {
    let Some(c) = c else {
        return placeholder_arm(v);
    };
    let codes_ty = &target.codes;
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
        // Fields may hold server text: the whole line is redacted.
        return quote_spanned!(display.span()=> #pat => #rt::__private::write_redacted(f, ::core::format_args!(#lit #(, #args)*)),);
    }
    let facts = target.facts;
    match &c.role {
        Role::Codes(codes) => {
            let cv = &facts.entries[codes[0]].variant;
            let pat = pattern(v, &[]);
            quote!(#pat => ::core::fmt::Display::fmt(&#codes_ty::#cv, f),)
        }
        // The catch-all shows the entry's message when the catalog matched one, else
        // what the server said when it keeps it.
        Role::Other => match (
            has_fill(c, Fill::Details),
            has_fill(c, Fill::Text("message")),
        ) {
            (Some(member), _) => {
                let (pat, b) = (pattern(v, &[member]), binding(member));
                quote!(#pat => #rt::__private::display_kept::<#codes_ty, _>(#b, f),)
            }
            (None, Some(member)) => {
                let (pat, b) = (pattern(v, &[member]), binding(member));
                quote!(#pat => #rt::__private::write_redacted(f, ::core::format_args!("{}", #b)),)
            }
            (None, None) => {
                let pat = pattern(v, &[]);
                let text = format!("an error the {} spec does not describe", facts.title);
                quote!(#pat => f.write_str(#text),)
            }
        },
    }
}
