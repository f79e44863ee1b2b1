//! errspec's code generator: reads an error spec, checks it, and emits Rust.
//!
//! The pipeline, one module per stage: [`load`] (the only I/O: read the file, parse the
//! JSON into the [`spec`] model with every structural problem located) → [`valid`] (check
//! meaning, build the [`model`]) → [`emit`](mod@emit) (tokens), with [`docs`] rendering every doc
//! comment. Problems are located through one [`locate::SpecIndex`] per spec, name lists in
//! messages are cut short by [`suggest`], and spec prose is kept from becoming doctests by
//! [`code_blocks`]. The proc macros, a `build.rs`, the CLI and the test that writes the
//! `errspec` crate's bundled catalogs (`tests/bundled.rs`) all call the same functions; the
//! hidden macro a catalog carries its facts in for `#[derive(SpecError)]` is [`carrier`]'s.
//!
//! One noun per concept across the stages, with the stage as a suffix: the spec's
//! [`Spec`](spec::Spec), [`EntrySpec`](spec::EntrySpec), [`ErrorTypeSpec`](spec::ErrorTypeSpec) and
//! [`RetryStrategySpec`](spec::RetryStrategySpec) become the validated [`CatalogDef`],
//! [`EntryDef`](model::EntryDef), [`ErrorTypeDef`](model::ErrorTypeDef) and
//! [`StrategyDef`](model::StrategyDef), which emission writes out as the runtime's
//! `Catalog` (the generated enum), `Entry`, `ErrorTypeEntry` and `RetryPolicy` (a
//! strategy's numbers; its name and description stay in the docs).
//!
//! ```
//! use errspec_codegen::{EmitOptions, SpecSource, generate};
//! let source = SpecSource::from_text("tiny.json", r#"{
//!   "version": 1, "name": "tiny", "title": "Tiny API", "description": "A tiny spec.",
//!   "error_types": [{"name": "server_error", "description": "The server failed."}],
//!   "retry_strategies": [{"name": "no_retry", "description": "Do not retry.",
//!     "kind": "never", "max_attempts": 1, "max_delay_ms": 1}],
//!   "errors": [{"code": "boom", "status": 500, "type": "server_error", "category": "server",
//!     "message": "the server failed", "description": "It broke.", "causes": ["a bug"],
//!     "solutions": ["wait"], "action": "report it", "retry": "no_retry",
//!     "provenance": "documented", "sources": ["https://docs.example.com/errors"]}]
//! }"#);
//! let tokens = generate(&source, &EmitOptions::new("tiny.json")).unwrap();
//! assert!(tokens.to_string().contains("Boom"));
//! ```

mod bytes;
pub mod carrier;
pub mod code_blocks;
pub mod diagnostic;
pub mod docs;
pub mod emit;
pub mod load;
pub mod locate;
pub mod model;
pub mod names;
mod pretty;
pub mod spec;
pub mod suggest;
pub mod tables;
pub mod valid;

pub use diagnostic::{Diagnostic, Diagnostics, JsonPath, LineColumn, Location};
pub use emit::{EmitOptions, Tracked, emit};
pub use load::{SpecSource, parse};
pub use model::CatalogDef;
pub use valid::validate;

/// Parses and validates a spec: the validated catalog, or every problem found.
pub fn check(source: &SpecSource) -> Result<CatalogDef, Diagnostics> {
    let spec = parse(source)?;
    validate(source, spec)
}

/// Parses, validates and emits: the generated tokens, or every problem found.
pub fn generate(
    source: &SpecSource,
    opts: &EmitOptions,
) -> Result<proc_macro2::TokenStream, Diagnostics> {
    check(source).map(|catalog| emit(&catalog, opts))
}
