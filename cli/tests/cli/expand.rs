//! `errspec expand`.

use crate::{fixture, fixture_path, run};

/// Parses `code` as a Rust file and formats it again: formatted output is a fixed point.
fn assert_formatted_rust(code: &str) {
    let file: syn::File = syn::parse_str(code).expect("the expansion is valid Rust");
    assert_eq!(
        prettyplease::unparse(&file),
        code,
        "the expansion is prettyplease's format"
    );
}

#[test]
fn a_spec_expands_to_formatted_rust() {
    let r = run(&["expand", &fixture("acme.json")]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_formatted_rust(&r.out);
    for part in [
        "pub enum ErrorCode {",
        "    WidgetMissing,",
        "    TooFast,",
        "    Boom,",
        "pub enum ErrorType {",
        "impl ::errspec::runtime::Catalog for ErrorCode {",
        "code: \"widget_missing\",",
        // The facts `#[derive(SpecError)]` reads, as the macro leaves them beside the enum.
        "macro_rules! __errspec_catalog_ErrorCode {",
        "pub use __errspec_catalog_ErrorCode as ErrorCode;",
    ] {
        assert!(r.out.contains(part), "missing {part:?}");
    }
    // Like the macro, it tracks the spec so that cargo rebuilds on edits. prettyplease
    // breaks the line when the checkout's path is long, so whitespace is not compared.
    let tracked = format!(
        "let _ = ::core::include_bytes!(\"{}\");",
        fixture_path("acme.json")
            .canonicalize()
            .expect("fixture")
            .display()
    );
    let squeezed = |text: &str| text.split_whitespace().collect::<String>();
    assert!(
        squeezed(&r.out).contains(&squeezed(&tracked)),
        "missing {tracked}"
    );
}

#[test]
fn the_bundled_spec_expands() {
    let r = run(&["expand"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_formatted_rust(&r.out);
    assert!(r.out.contains("    RateLimitExceeded,"));
    assert!(
        !r.out.contains("include_bytes"),
        "nothing to track for embedded text"
    );
}

#[test]
fn names_and_runtime_path_follow_the_macro_options() {
    let spec = fixture("acme.json");
    let r = run(&[
        "expand",
        &spec,
        "--name",
        "AcmeError",
        "--crate",
        "::my_runtime",
    ]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.out.contains("pub enum AcmeError {") && r.out.contains("pub enum AcmeErrorType {"));
    assert!(r.out.contains("impl ::my_runtime::Catalog for AcmeError"));

    let r = run(&["expand", &spec, "--name", "AcmeCode"]);
    assert!(
        r.out.contains("pub enum AcmeType {"),
        "`Code` becomes `Type`"
    );

    let r = run(&["expand", &spec, "--type-name", "Kind"]);
    assert!(r.out.contains("pub enum Kind {"));
}

#[test]
fn an_invalid_spec_shows_its_problems() {
    let r = run(&["expand", &fixture("problems.json")]);
    assert_eq!(r.code, 1);
    assert!(r.out.is_empty());
    assert!(r.err.contains("error: duplicate code `boom`"), "{}", r.err);
    assert!(r.err.contains("found 3 problems"), "{}", r.err);
}

#[test]
fn bad_arguments_exit_2() {
    for args in [
        &["expand", "no/such/spec.json"][..],
        &["expand", "--name", "not an ident"],
        &["expand", "--type-name", "1st"],
        &["expand", "--crate", "a::"],
    ] {
        let r = run(args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.err);
        assert!(r.out.is_empty(), "{args:?}");
    }
}
