//! Compile-time diagnostics of the macros: one mistake per file, the JSON fixture beside
//! it. `tests/ui` holds `catalog!` cases, `tests/ui-derive` `#[derive(SpecError)]` cases.
//! Bless with `TRYBUILD=overwrite cargo test --test ui`, then read the diff.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("tests/ui-pass/*.rs");
    t.compile_fail("tests/ui/*.rs");
    t.compile_fail("tests/ui-derive/*.rs");
}
