//! # errspec
//!
//! Typed HTTP API errors from a JSON spec. A spec lists an API's error codes with their
//! status, type, category, causes, solutions and retry strategy; [`catalog!`] turns it into
//! an enum whose rustdoc *is* the error reference, and the [`runtime`] applies it to real
//! responses: classification and retry decisions.
//!
//! The OpenAI API's spec comes bundled as [`openai`]:
//!
//! ```
//! use errspec::openai::{ErrorCode, ErrorType};
//! use errspec::runtime::Category;
//!
//! let code: ErrorCode = "rate_limit_exceeded".parse().unwrap();
//! assert_eq!(code, ErrorCode::RateLimitExceeded);
//! assert_eq!(code.status(), 429);
//! assert_eq!(code.error_type(), ErrorType::Requests); // what OpenAI sends on a 429
//! assert_eq!(code.category(), Category::RateLimit);
//! assert!(code.retry_policy().is_retryable());
//! assert!(!ErrorCode::InsufficientQuota.retry_policy().is_retryable());
//! ```
//!
//! Your own spec, in your crate (the path is relative to your `Cargo.toml`), with the
//! `macros` feature (`errspec = { version = "0.1", features = ["macros"] }`):
//!
//! ```ignore
//! errspec::catalog!(pub enum AcmeError from "acme-errors.json");
//! ```
//!
//! The bundled catalogs need no macro: they are checked in as the generator wrote them
//! (a test keeps them equal to its output), so a crate that uses only them builds no proc
//! macro, no code generator and none of their dependencies — as serde keeps its derive
//! behind a feature.

#![cfg_attr(docsrs, feature(doc_cfg))]

// Lets generated code name `::errspec::runtime` inside this crate too.
extern crate self as errspec;

#[cfg(feature = "macros")]
#[cfg_attr(docsrs, doc(cfg(feature = "macros")))]
pub use errspec_macros::{SpecError, catalog};
/// The runtime (the `errspec-runtime` crate): catalog traits, classification and retry
/// policy.
// Inlined: its pages are part of this crate's documentation, so links to it resolve even
// when rustdoc runs before (or without) the `errspec-runtime` crate's own pages.
#[doc(inline)]
pub use errspec_runtime as runtime;
/// The trait `#[derive(SpecError)]` implements (with the `macros` feature, one import
/// brings both, as with serde's `Serialize`).
pub use errspec_runtime::SpecError;

/// Support for the macros' generated code. Not a public API: anything here may change in
/// any release.
#[doc(hidden)]
pub mod __private {
    #[cfg(feature = "macros")]
    pub use errspec_macros::__spec_error_from_catalog as spec_error_from_catalog;
}

/// Without the `macros` feature, `errspec::catalog!` says which feature it needs instead of
/// rustc's "cannot find macro".
#[cfg(not(feature = "macros"))]
#[doc(hidden)]
#[macro_export]
macro_rules! catalog {
    ($($input:tt)*) => {
        ::core::compile_error!(
            "`errspec::catalog!` needs errspec's `macros` feature: \
             errspec = { version = \"0.1\", features = [\"macros\"] }"
        );
    };
}

/// The OpenAI API's errors, generated from the bundled `error-codes.json`.
///
/// [`ErrorCode`](openai::ErrorCode)'s page lists every code with its status, category and
/// retry strategy; every variant documents its status, type, message, causes, solutions,
/// retry strategy and an example body.
pub mod openai {
    include!("bundled/openai.rs");
}

/// The Anthropic API's errors, generated from the bundled `specs/anthropic.json`
/// (feature `anthropic`).
///
/// Anthropic sends no error codes: its entries are named by the error `type`
/// (`overloaded_error`) or, where one type covers several cases, by errspec
/// (`prompt_too_long`), and recognised by type, status and message.
#[cfg(feature = "anthropic")]
#[cfg_attr(docsrs, doc(cfg(feature = "anthropic")))]
pub mod anthropic {
    include!("bundled/anthropic.rs");
}

/// Azure OpenAI's errors, generated from the bundled `specs/azure_openai.json` (feature
/// `azure-openai`).
#[cfg(feature = "azure-openai")]
#[cfg_attr(docsrs, doc(cfg(feature = "azure-openai")))]
pub mod azure_openai {
    include!("bundled/azure_openai.rs");
}

/// The Gemini API's (and Vertex AI's) errors, generated from the bundled
/// `specs/gemini.json` (feature `gemini`).
#[cfg(feature = "gemini")]
#[cfg_attr(docsrs, doc(cfg(feature = "gemini")))]
pub mod gemini {
    include!("bundled/gemini.rs");
}

/// OpenRouter's errors, generated from the bundled `specs/openrouter.json` (feature
/// `openrouter`).
///
/// OpenRouter sends the HTTP status as its error code: its entries are errspec's names,
/// recognised by message and status.
#[cfg(feature = "openrouter")]
#[cfg_attr(docsrs, doc(cfg(feature = "openrouter")))]
pub mod openrouter {
    include!("bundled/openrouter.rs");
}

/// The LiteLLM proxy's errors, generated from the bundled `specs/litellm.json` (feature
/// `litellm`).
///
/// LiteLLM forwards every upstream provider's errors in OpenAI's envelope, with the HTTP
/// status as its code and LiteLLM's exception named in the message; it adds errors of its
/// own (keys, budgets, routing). Its entries are errspec's names, recognised by message
/// and status.
#[cfg(feature = "litellm")]
#[cfg_attr(docsrs, doc(cfg(feature = "litellm")))]
pub mod litellm {
    include!("bundled/litellm.rs");
}

pub mod any;

/// The README's Rust examples, compiled and run by `cargo test --doc`.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
