//! The formatted expansion of a small spec, checked in so that review shows every change
//! to the generated code. Bless with `ERRSPEC_BLESS=1 cargo test -p errspec-codegen --test golden`.

use errspec_codegen::{EmitOptions, SpecSource, Tracked, generate};

#[test]
fn expansion_matches_the_golden_file() {
    let source = SpecSource::from_text("acme.json", include_str!("../../tests/specs/acme.json"));
    let tokens = generate(&source, &EmitOptions::new("acme.json")).unwrap();
    let file: syn::File = syn::parse2(tokens).expect("the expansion is valid Rust");
    let formatted = prettyplease::unparse(&file);
    let golden = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/acme.rs");
    if std::env::var_os("ERRSPEC_BLESS").is_some() {
        std::fs::write(golden, &formatted).unwrap();
    }
    let expected = std::fs::read_to_string(golden).unwrap_or_default();
    assert!(
        expected == formatted,
        "the expansion changed; bless with ERRSPEC_BLESS=1 and review the diff of {golden}"
    );
}

/// The macro names the spec as the user wrote it, under the crate's `CARGO_MANIFEST_DIR`,
/// so that an expansion does not depend on where the crate is checked out.
#[test]
fn the_tracked_spec_is_named_relative_to_the_manifest() {
    let source = SpecSource::from_text("acme.json", include_str!("../../tests/specs/acme.json"));
    let opts = EmitOptions {
        track: Some(Tracked::ManifestRelative("specs/acme.json".to_owned())),
        ..EmitOptions::new("acme.json")
    };
    let tokens: String = generate(&source, &opts)
        .unwrap()
        .to_string()
        .split_whitespace()
        .collect();
    let include = tokens.find("include_bytes!").expect("the spec is tracked");
    let call = &tokens[include..];
    let call = &call[..call.find(';').unwrap_or(call.len())];
    assert_eq!(
        call,
        r#"include_bytes!(::core::concat!(::core::env!("CARGO_MANIFEST_DIR"),"/","specs/acme.json"))"#
    );
}
