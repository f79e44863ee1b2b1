//! The `errspec` crate's bundled catalogs (`src/bundled/*.rs`) are the generator's output
//! for the bundled specs, checked in so that a crate using them builds no proc macro. This
//! test keeps them equal to what the generator writes now (here, not in `errspec`, so that
//! it runs even when a stale file no longer compiles); after editing a spec or the
//! generator, write them again with `ERRSPEC_BLESS=1 cargo test -p errspec-codegen --test bundled` and review the
//! diff.

use std::path::Path;

use errspec_codegen::{EmitOptions, SpecSource, generate};
use quote::format_ident;

/// The `errspec` crate's directory.
fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

/// Each bundled catalog: its module (and file under `src/bundled/`) and its spec.
const BUNDLED: [(&str, &str); 6] = [
    ("openai", "error-codes.json"),
    ("anthropic", "specs/anthropic.json"),
    ("azure_openai", "specs/azure_openai.json"),
    ("gemini", "specs/gemini.json"),
    ("openrouter", "specs/openrouter.json"),
    ("litellm", "specs/litellm.json"),
];

/// The file for module `module`: what `catalog!(pub enum ErrorCode from "spec")` expands
/// to, formatted, under a header that says where it comes from.
fn generated(module: &str, spec: &str) -> String {
    let root = root();
    let source = SpecSource::read(&root.join(spec), spec).unwrap_or_else(|d| panic!("{d:?}"));
    let opts = EmitOptions {
        // `#[macro_export]` puts the carrier at the crate root: one name per catalog.
        carrier: Some(format_ident!("__errspec_catalog_{module}_ErrorCode")),
        ..EmitOptions::new(spec)
    };
    let tokens = generate(&source, &opts).unwrap_or_else(|d| panic!("{spec}: {d:?}"));
    let file: syn::File = syn::parse2(tokens).expect("the expansion is valid Rust");
    format!(
        "// @generated from `{spec}` by errspec-codegen: edit the spec, then write this file\n\
         // again with `ERRSPEC_BLESS=1 cargo test -p errspec-codegen --test bundled`.\n\n{}",
        prettyplease::unparse(&file)
    )
}

#[test]
fn bundled_catalogs_are_the_generators_output() {
    let bless = std::env::var_os("ERRSPEC_BLESS").is_some();
    let mut stale = Vec::new();
    for (module, spec) in BUNDLED {
        let path = root().join(format!("src/bundled/{module}.rs"));
        let fresh = generated(module, spec);
        if bless {
            std::fs::write(&path, &fresh).unwrap();
        }
        if std::fs::read_to_string(&path).ok().as_deref() != Some(fresh.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    // Every file has its spec (a file whose spec went would be checked by nobody).
    let mut files: Vec<String> = std::fs::read_dir(root().join("src/bundled"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut expected: Vec<String> = BUNDLED.iter().map(|(m, _)| format!("{m}.rs")).collect();
    expected.sort();
    assert_eq!(
        files, expected,
        "src/bundled/ holds a file for each bundled spec, no more"
    );
    assert!(
        stale.is_empty(),
        "not what the generator writes for their specs now: {stale:?}; write them again with \
         `ERRSPEC_BLESS=1 cargo test -p errspec-codegen --test bundled` and review the diff"
    );
}
