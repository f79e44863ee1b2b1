//! The work `catalog!` does per expansion, outside the compiler, for profiling it as cargo
//! builds it (a proc macro is compiled without optimizations in a debug profile, so run
//! this unoptimized too): read the spec, validate it, emit the tokens.
//!
//! ```text
//! cargo build -p errspec-codegen --example macro_work
//! valgrind --tool=callgrind target/debug/examples/macro_work SPEC.json
//! ```
//!
//! `benches/compile-cost/macro-work.sh` runs it under callgrind and splits the
//! instructions by stage. The generated text is handed to a lexer that only measures it
//! (in the macro, the compiler's lexer takes it), so proc-macro2's own lexer is not counted.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use errspec_codegen::{EmitOptions, SpecSource, Tracked};
use proc_macro2::TokenStream;

/// Bytes of generated text handed to the lexer.
static TEXT: AtomicUsize = AtomicUsize::new(0);

/// Measures the text instead of lexing it.
fn measure(source: &str) -> Option<TokenStream> {
    TEXT.fetch_add(source.len(), Ordering::Relaxed);
    Some(TokenStream::new())
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: macro_work SPEC.json");
    let source = SpecSource::read(Path::new(&path), path.clone())
        .unwrap_or_else(|d| panic!("{}", d.render(&path)));
    let spec = errspec_codegen::parse(&source).unwrap_or_else(|d| panic!("{d:?}"));
    let catalog = errspec_codegen::validate(&source, spec).unwrap_or_else(|d| panic!("{d:?}"));
    let opts = EmitOptions {
        track: Some(Tracked::ManifestRelative(path.clone())),
        lexer: measure,
        ..EmitOptions::new(path.clone())
    };
    let tokens = errspec_codegen::emit(&catalog, &opts);
    println!(
        "{} entries: {} bytes of text lexed, {} token trees emitted as tokens",
        catalog.entries.len(),
        TEXT.load(Ordering::Relaxed),
        tokens.into_iter().count()
    );
}
