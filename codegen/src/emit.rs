//! Emits the Rust for a validated catalog: two enums, the static tables ([`tables`], the
//! part that grows with the spec), and thin impls that hand everything else to the runtime.

use errspec_runtime::Backoff;
use heck::ToSnakeCase;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::docs;
use crate::model::{CatalogDef, StrategyDef};
use crate::tables;

/// How the generated code names the spec file for `include_bytes!`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tracked {
    /// Relative to the invoking crate's `CARGO_MANIFEST_DIR`, as the user wrote it: the
    /// expansion does not depend on where the crate is checked out.
    ManifestRelative(String),
    /// A path `include_bytes!` resolves by itself: absolute, or relative to the file that
    /// invokes the macro.
    AsIs(String),
}

/// How to emit a catalog: names, visibility and paths chosen by the caller.
#[derive(Clone)]
pub struct EmitOptions {
    /// Outer attributes to put on the code enum (the user's docs and derives).
    pub attrs: Vec<syn::Attribute>,
    /// Visibility of both enums.
    pub vis: syn::Visibility,
    /// Name of the enum of codes.
    pub code_enum: syn::Ident,
    /// Name of the enum of error types.
    pub type_enum: syn::Ident,
    /// Path of the runtime crate in the generated code (`::errspec::runtime`).
    pub runtime: syn::Path,
    /// The spec path as the user wrote it, for docs.
    pub spec_file: String,
    /// The spec, included as bytes so that cargo rebuilds on edits.
    pub track: Option<Tracked>,
    /// Whether to carry the spec's prose: rustdoc on the enums and their variants, and the
    /// entries' description, causes, solutions, action, example and sources (empty without). A
    /// catalog nobody reads (the derive's hidden one) is much smaller without it; what
    /// classification, Display and retries read is kept either way.
    pub docs: bool,
    /// Turns generated Rust source into tokens: the per-code part of the expansion is
    /// written as text ([`tables`]) and lexed in one go. [`lex`] by default; a proc macro
    /// can hand the text to the compiler directly, skipping proc-macro2's check of it
    /// with its own lexer, which in an unoptimized macro costs more than rustc's lexing.
    pub lexer: fn(&str) -> Option<TokenStream>,
    /// The name of the hidden macro that carries the spec's facts to
    /// `#[derive(SpecError)]` with `catalog = Path` ([`carrier`](crate::carrier)); none,
    /// by default, for a catalog no derive names. `#[macro_export]` puts it at the crate
    /// root, so it must be unique in the crate.
    pub carrier: Option<syn::Ident>,
}

/// Lexes generated source with proc-macro2 (the default [`EmitOptions::lexer`]).
pub fn lex(source: &str) -> Option<TokenStream> {
    source.parse().ok()
}

impl EmitOptions {
    /// Options for `pub enum ErrorCode` / `pub enum ErrorType` through `::errspec::runtime`.
    pub fn new(spec_file: impl Into<String>) -> Self {
        EmitOptions {
            attrs: Vec::new(),
            vis: syn::parse_quote!(pub),
            code_enum: format_ident!("ErrorCode"),
            type_enum: format_ident!("ErrorType"),
            runtime: syn::parse_quote!(::errspec::runtime),
            spec_file: spec_file.into(),
            track: None,
            docs: true,
            lexer: lex,
            carrier: None,
        }
    }
}

/// The generated items for `catalog`.
pub fn emit(catalog: &CatalogDef, opts: &EmitOptions) -> TokenStream {
    let code_enum = emit_code_enum(catalog, opts);
    let type_enum = emit_type_enum(catalog, opts);
    let track = opts.track.as_ref().map(|tracked| {
        let path = match tracked {
            Tracked::ManifestRelative(path) => quote! {
                ::core::concat!(::core::env!("CARGO_MANIFEST_DIR"), "/", #path)
            },
            Tracked::AsIs(path) => quote!(#path),
        };
        // Makes cargo rebuild this crate when the spec changes. In a function nobody calls
        // (in an unnamed constant, so that its name is nobody's): the bytes of a constant
        // go into the crate's metadata, written again on every build (2.6 MB at 1,000
        // entries), a private function's body does not.
        quote! {
            const _: () = {
                #[allow(dead_code)]
                fn track() {
                    let _ = ::core::include_bytes!(#path);
                }
            };
        }
    });
    let carrier = opts
        .carrier
        .as_ref()
        .map(|unique| crate::carrier::carrier(catalog, &opts.code_enum, &opts.vis, unique));
    quote! {
        #code_enum
        #type_enum
        #track
        #carrier
    }
}

fn emit_code_enum(catalog: &CatalogDef, opts: &EmitOptions) -> TokenStream {
    let EmitOptions {
        attrs,
        vis,
        code_enum: name,
        type_enum,
        runtime: rt,
        ..
    } = opts;
    let enum_doc = opts.docs.then(|| {
        let mut doc = docs::enum_doc(catalog, &opts.spec_file);
        if attrs.iter().any(|a| a.path().is_ident("doc")) {
            // A paragraph of its own after the user's docs.
            doc.insert(0, '\n');
        }
        tables::doc_attr(&doc, opts.lexer)
    });
    let rt_text = quote!(#rt).to_string();
    let lex = opts.lexer;
    let variants = tables::variants(catalog, opts.docs, lex);
    let all = tables::all(catalog, lex);
    // Spec strategy `i` becomes the policy `POLICY_i`: its numbers, without its name.
    let policy_ident = |i: usize| format!("POLICY_{i}");
    let policies = catalog.strategies.iter().enumerate().map(|(i, s)| {
        let ident = format_ident!("{}", policy_ident(i));
        let value = policy_tokens(s, rt);
        quote!(static #ident: #rt::RetryPolicy = #value;)
    });
    let tables_mod = format_ident!("__errspec_{}_tables", name.to_string().to_snake_case());
    let entry_tables = tables::entry_tables(
        catalog,
        &tables_mod.to_string(),
        &rt_text,
        opts.docs,
        quote!(#(#policies)*),
        policy_ident,
        lex,
    );
    let code_index = tables::code_index(catalog, &rt_text, lex);
    let type_of = tables::type_of(catalog, lex);
    let lookup_tables = tables::lookup_tables(catalog, &rt_text, lex);
    let chunk = tables::CHUNK;
    let spec_name = &catalog.name;
    let spec_title = &catalog.title;
    let spec_version = catalog.version;
    let derive_serde_expect = Literal::string(&format!("an error code of the {}", catalog.title));
    let derives = derives(false);
    let text_impls = text_impls(name, rt, quote!(message), quote!(from_code), "error code");

    quote! {
        #(#attrs)*
        #enum_doc
        #derives
        #[non_exhaustive]
        #vis enum #name {
            #variants
        }

        #[allow(deprecated)]
        impl #name {
            /// Every code, in spec order.
            pub const ALL: &'static [Self] = &[#all];

            /// What the spec says about this code: the facts classification and retries
            /// read, and (in its `text`) the prose of its documentation.
            pub fn entry(self) -> &'static #rt::Entry {
                let i = self as usize;
                &#tables_mod::ENTRIES[i / #chunk][i % #chunk]
            }

            /// The code for a server's code string (a code or an alias code), if the spec
            /// knows it.
            pub fn from_code(code: &str) -> ::core::option::Option<Self> {
                #code_index
                match INDEX.find(code, |v| Self::ALL.get(v).is_some_and(|c| c.entry().has_code(code))) {
                    ::core::option::Option::Some(i) => Self::ALL.get(i).copied(),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }

            /// The code string as the server sends it.
            pub fn as_str(self) -> &'static str { self.entry().code }
            /// The HTTP status the server answers with.
            pub fn status(self) -> u16 { self.entry().status }
            /// The error's type.
            pub fn error_type(self) -> #type_enum {
                #type_of
                #type_enum::ALL[TYPE_OF[self as usize] as usize]
            }
            /// The provider-independent category.
            pub fn category(self) -> #rt::Category { self.entry().category }
            /// How to retry (or not).
            pub fn retry_policy(self) -> &'static #rt::RetryPolicy { self.entry().retry }
            /// A longer explanation of what happened.
            pub fn description(self) -> &'static str { self.entry().text.description() }
            /// Why this error usually happens.
            pub fn causes(self) -> impl ::core::iter::Iterator<Item = &'static str> + ::core::clone::Clone { self.entry().text.causes() }
            /// What fixes it.
            pub fn solutions(self) -> impl ::core::iter::Iterator<Item = &'static str> + ::core::clone::Clone { self.entry().text.solutions() }
            /// The one thing to do first.
            pub fn action(self) -> &'static str { self.entry().text.action() }
            /// Public addresses the facts come from.
            pub fn sources(self) -> impl ::core::iter::Iterator<Item = &'static str> + ::core::clone::Clone { self.entry().text.sources() }
            /// An example response body, pretty-printed JSON (empty when the spec gives none).
            pub fn example(self) -> &'static str { self.entry().text.example() }
        }

        #entry_tables

        #text_impls

        // What `derive(Debug)` prints (the variant's name), from the table: the derived
        // `match` with an arm per code cost rustc's borrow checker more memory than all the
        // rest of a large catalog (650 MB more at 5,000 entries).
        impl ::core::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #rt::__private::fmt_str(self.entry().text.variant(), f)
            }
        }

        impl #rt::Catalog for #name {
            type ErrorType = #type_enum;
            const SPEC: #rt::SpecInfo = #rt::SpecInfo {
                name: #spec_name,
                title: #spec_title,
                version: #spec_version,
            };
            const ALL: &'static [Self] = Self::ALL;
            fn entry(self) -> &'static #rt::Entry { Self::entry(self) }
            fn from_code(code: &str) -> ::core::option::Option<Self> { Self::from_code(code) }
            fn error_type(self) -> #type_enum { Self::error_type(self) }
            fn __lookup_tables() -> ::core::option::Option<&'static #rt::__private::LookupTables> {
                #lookup_tables
                ::core::option::Option::Some(&TABLES)
            }
        }

        #rt::__private::impl_serde!(#name, #name::from_code, #derive_serde_expect);
    }
}

fn emit_type_enum(catalog: &CatalogDef, opts: &EmitOptions) -> TokenStream {
    let EmitOptions {
        vis,
        type_enum: name,
        runtime: rt,
        ..
    } = opts;
    let doc = opts
        .docs
        .then(|| tables::doc_attr(&docs::type_enum_doc(catalog), opts.lexer));
    let idents: Vec<_> = catalog
        .types
        .iter()
        .map(|t| format_ident!("{}", t.variant))
        .collect();
    let variants = catalog
        .types
        .iter()
        .enumerate()
        .zip(&idents)
        .map(|((i, t), ident)| {
            let doc = opts
                .docs
                .then(|| tables::doc_attr(&docs::type_doc(catalog, i, t), opts.lexer));
            quote!(#doc #ident)
        });
    let names: Vec<_> = catalog.types.iter().map(|t| &t.name).collect();
    let entries = catalog.types.iter().map(|t| {
        let (name, variant, description) = (&t.name, &t.variant, &t.description);
        quote!(#rt::ErrorTypeEntry { name: #name, variant: #variant, description: #description })
    });
    let count = catalog.types.len();
    let expect = Literal::string(&format!("an error type of the {}", catalog.title));
    let derives = derives(true);
    let text_impls = text_impls(name, rt, quote!(name), quote!(from_name), "error type");
    quote! {
        #doc
        #derives
        #[non_exhaustive]
        #vis enum #name {
            #(#variants,)*
        }

        impl #name {
            /// Every error type, in spec order.
            pub const ALL: &'static [Self] = &[#(Self::#idents),*];

            /// The spec's entry for this type.
            pub fn entry(self) -> &'static #rt::ErrorTypeEntry {
                static ENTRIES: [#rt::ErrorTypeEntry; #count] = [#(#entries),*];
                &ENTRIES[self as usize]
            }

            /// The type for a server's type string, if the spec knows it.
            pub fn from_name(name: &str) -> ::core::option::Option<Self> {
                match name {
                    #(#names => ::core::option::Option::Some(Self::#idents),)*
                    _ => ::core::option::Option::None,
                }
            }

            /// The type string as the server sends it.
            pub fn as_str(self) -> &'static str { self.entry().name }
            /// What errors of this type have in common.
            pub fn description(self) -> &'static str { self.entry().description }
        }

        #text_impls

        impl #rt::ErrorTypeCatalog for #name {
            const ALL: &'static [Self] = Self::ALL;
            fn entry(self) -> &'static #rt::ErrorTypeEntry { Self::entry(self) }
            fn from_name(name: &str) -> ::core::option::Option<Self> { Self::from_name(name) }
        }

        #rt::__private::impl_serde!(#name, #name::from_name, #expect);
    }
}

/// The derives both generated enums carry; `Debug` is derived only for the type enum
/// (see [`emit_code_enum`]).
fn derives(debug: bool) -> TokenStream {
    let debug = debug.then(|| quote!(::core::fmt::Debug,));
    quote! {
        #[derive(::core::clone::Clone, ::core::marker::Copy, #debug ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash, ::core::cmp::PartialOrd, ::core::cmp::Ord)]
    }
}

/// `Display` from the entry's `field`, and `FromStr` through `lookup`, naming `kind`
/// (`"error code"`) when the string is unknown.
fn text_impls(
    name: &syn::Ident,
    rt: &syn::Path,
    field: TokenStream,
    lookup: TokenStream,
    kind: &str,
) -> TokenStream {
    quote! {
        impl ::core::fmt::Display for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #rt::__private::fmt_str(self.entry().#field, f)
            }
        }

        impl ::core::str::FromStr for #name {
            type Err = #rt::ParseNameError;
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                Self::#lookup(s).ok_or_else(|| #rt::ParseNameError::new(#kind, s))
            }
        }
    }
}

fn policy_tokens(s: &StrategyDef, rt: &syn::Path) -> TokenStream {
    let ms = |d: core::time::Duration| {
        let v = u64::try_from(d.as_millis()).unwrap_or(u64::MAX);
        quote!(#rt::__private::Duration::from_millis(#v))
    };
    let policy = s.policy();
    let backoff = match policy.backoff {
        Backoff::Never => quote!(#rt::Backoff::Never),
        Backoff::Exponential {
            initial,
            multiplier,
            jitter,
        } => {
            let (initial, jitter) = (ms(initial), ms(jitter));
            let multiplier = Literal::f64_suffixed(multiplier);
            quote!(#rt::Backoff::Exponential { initial: #initial, multiplier: #multiplier, jitter: #jitter })
        }
        Backoff::ImmediateThenExponential {
            immediate,
            initial,
            multiplier,
            jitter,
        } => {
            let (initial, jitter) = (ms(initial), ms(jitter));
            let multiplier = Literal::f64_suffixed(multiplier);
            quote!(#rt::Backoff::ImmediateThenExponential { immediate: #immediate, initial: #initial, multiplier: #multiplier, jitter: #jitter })
        }
        Backoff::Constant { delay, jitter } => {
            let (delay, jitter) = (ms(delay), ms(jitter));
            quote!(#rt::Backoff::Constant { delay: #delay, jitter: #jitter })
        }
    };
    // The name and description stay in the spec and the variant docs: the policy is
    // only the numbers.
    let (max_attempts, max_delay) = (policy.max_attempts, ms(policy.max_delay));
    quote! {
        #rt::RetryPolicy {
            backoff: #backoff,
            max_attempts: #max_attempts,
            max_delay: #max_delay,
        }
    }
}
