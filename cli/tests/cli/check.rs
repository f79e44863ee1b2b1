//! `errspec check`.

use crate::{errspec, fixture, run, run_with};

#[test]
fn a_valid_spec_passes() {
    let r = run(&["check", &fixture("acme.json")]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(
        r.out,
        "tests/fixtures/acme.json: ok (3 codes, 3 error types, 2 retry strategies)\n"
    );
}

#[test]
fn the_bundled_spec_passes() {
    let r = run(&["check"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.out.starts_with("error-codes.json: ok ("), "{}", r.out);
}

#[test]
fn every_problem_is_shown_with_its_place_and_a_snippet() {
    let r = run(&["check", &fixture("problems.json")]);
    assert_eq!(r.code, 1);
    assert!(r.out.is_empty());
    let expected_first = "\
error: duplicate code `boom`
  --> tests/fixtures/problems.json:32:15 at errors[1].code
   |
32 |       \"code\": \"boom\",
   |               ^^^^^^
note: first defined
  --> tests/fixtures/problems.json:20:15 at errors[0].code
   |
20 |       \"code\": \"boom\",
   |               ^^^^^^

";
    assert!(r.err.starts_with(expected_first), "got:\n{}", r.err);
    for part in [
        "error: status 200 is not an HTTP error status",
        "  --> tests/fixtures/problems.json:45:17 at errors[2].status\n",
        "45 |       \"status\": 200,\n   |                 ^^^\n",
        "error: undefined retry strategy `nope`",
        "  --> tests/fixtures/problems.json:53:16 at errors[2].retry\n",
        "53 |       \"retry\": \"nope\", \"provenance\"",
        "   |                ^^^^^^\n",
    ] {
        assert!(r.err.contains(part), "missing {part:?} in:\n{}", r.err);
    }
    assert!(
        r.err
            .ends_with("error: found 3 problems in `tests/fixtures/problems.json`\n"),
        "{}",
        r.err
    );
}

#[test]
fn a_syntax_error_points_at_the_character() {
    let r = run(&["check", &fixture("syntax.json")]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.err,
        "\
error: invalid JSON: expected `,` or `}`
 --> tests/fixtures/syntax.json:4:19
  |
4 |   \"title\": \"Oops\" \"description\": \"missing comma\"
  |                   ^^^^^^^^^^^^^

error: found 1 problem in `tests/fixtures/syntax.json`
"
    );
}

#[test]
fn a_spec_on_stdin_is_checked() {
    let text = std::fs::read_to_string(crate::fixture_path("syntax.json")).expect("fixture");
    let r = run_with(errspec().args(["check", "-"]).write_stdin(text));
    assert_eq!(r.code, 1);
    assert!(r.err.contains(" --> <stdin>:4:19\n"), "{}", r.err);

    let text = std::fs::read_to_string(crate::fixture_path("acme.json")).expect("fixture");
    let r = run_with(errspec().args(["check", "-"]).write_stdin(text));
    assert_eq!(r.code, 0, "{}", r.err);
}

#[test]
fn not_json_at_all_is_one_problem_not_a_crash() {
    let r = run_with(
        errspec()
            .args(["check", "-"])
            .write_stdin(vec![0xff, 0xfe, 0x00]),
    );
    assert_ne!(r.code, 0);
    assert!(!r.err.contains("panicked"), "{}", r.err);
    let r = run_with(errspec().args(["check", "-"]).write_stdin(""));
    assert_eq!(r.code, 1);
    assert!(r.err.contains("invalid JSON"), "{}", r.err);
}

#[test]
fn a_missing_file_exits_2() {
    let r = run(&["check", "no/such/spec.json"]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.err,
        "error: spec file not found (looked for `no/such/spec.json`)\n"
    );
}

#[test]
fn text_that_is_not_utf8_is_refused_at_its_line_and_column() {
    let text = b"{\n  \"version\": 1,\n  \"name\": \"x\xff\"\n}\n".to_vec();
    let dir = std::env::temp_dir().join(format!("errspec-utf8-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("latin1.json");
    std::fs::write(&path, &text).expect("write");
    let shown = path.display().to_string();
    let r = run(&["check", &shown]);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(r.code, 2);
    assert!(
        r.err
            .starts_with(&format!("error: {shown}:3:13: the spec is not valid UTF-8")),
        "{}",
        r.err
    );

    let r = run_with(errspec().args(["check", "-"]).write_stdin(text));
    assert_eq!(r.code, 2);
    assert!(
        r.err
            .starts_with("error: <stdin>:3:13: the spec is not valid UTF-8"),
        "{}",
        r.err
    );
}

#[test]
fn stdin_longer_than_the_spec_limit_is_refused_not_read_to_the_end() {
    // One byte past the limit: refused without reading further.
    let text = vec![b' '; errspec_codegen::load::MAX_SPEC_BYTES + 1];
    let r = run_with(errspec().args(["check", "-"]).write_stdin(text));
    assert_eq!(r.code, 2);
    assert!(
        r.err.contains("larger than the limit of 16 MiB"),
        "{}",
        r.err
    );
}
