//! Compile-time diagnostics of `catalog!`: one mistake per file in `tests/ui`, each with
//! its JSON fixture beside it. Bless with `TRYBUILD=overwrite cargo test --test ui`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("tests/ui-pass/*.rs");
    t.compile_fail("tests/ui/*.rs");
}
