//! `errspec explain`.

use crate::{fixture, run};

#[test]
fn a_code_shows_everything_the_spec_says() {
    let r = run(&["explain", "rate_limit_exceeded"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.err.is_empty(), "{}", r.err);
    for part in [
        "rate_limit_exceeded\n",
        "429 Too Many Requests",
        "rate_limit_error",
        "category  rate_limit",
        "variant   RateLimitExceeded",
        "Causes\n  - ",
        "Solutions\n  - ",
        "Do first\n",
        "retry     yes, strategy exponential_backoff",
        "Example body\n  {",
        // The rest is the variant's rustdoc, for the terminal: one text for both.
        "Retry\n  `exponential_backoff`: For rate limits: ",
        "Matching\n  Chosen for a body without a known code whose message contains",
        "Sources\n  Observed in real responses.\n  - https://",
    ] {
        assert!(r.out.contains(part), "missing {part:?} in:\n{}", r.out);
    }
}

#[test]
fn names_ignore_case_and_separators() {
    let expected = run(&["explain", "rate_limit_exceeded"]).out;
    for q in [
        "RateLimitExceeded",
        "RATE-LIMIT-EXCEEDED",
        " rate_limit_exceeded ",
    ] {
        let r = run(&["explain", q]);
        assert_eq!(r.code, 0, "{q}");
        assert_eq!(r.out, expected, "{q}");
    }
}

#[test]
fn a_code_that_must_not_be_retried_says_so() {
    let r = run(&["explain", "insufficient_quota"]);
    assert_eq!(r.code, 0);
    assert!(
        r.out.contains("retry     no, strategy no_retry"),
        "{}",
        r.out
    );
}

#[test]
fn a_status_shows_every_entry_with_it_aliases_included() {
    let r = run(&["explain", "429"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(
        r.out
            .starts_with("status 429 Too Many Requests: 13 codes\n"),
        "{}",
        r.out
    );
    for code in [
        "insufficient_quota",
        "rate_limit_exceeded",
        "slow_down",
        "tokens_per_min_exceeded",
        "billing_not_active",
        // 403 in the spec, also seen as 429.
        "quota_exceeded",
    ] {
        assert!(
            r.out.contains(&format!("\n{code}\n")),
            "{code} missing:\n{}",
            r.out
        );
    }
    assert!(r.out.contains("(also 429 Too Many Requests)"));
}

#[test]
fn a_status_names_its_fallback_entry() {
    let r = run(&["explain", "503"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let index = r.out.split("\n\n").take(2).collect::<Vec<_>>().join("\n\n");
    assert!(
        index.contains("fallback: `service_unavailable`. A 503 whose body has no code"),
        "{}",
        r.out
    );
    // The same entry `classify` picks for a bare 503.
    let c = run(&["classify", "--status", "503"]);
    assert!(
        c.out.contains("entry     service_unavailable,"),
        "{}",
        c.out
    );
    // One entry needs no fallback; several without one say so.
    let one = run(&["explain", "429", "--spec", &fixture("acme.json")]);
    assert!(!one.out.contains("fallback"), "{}", one.out);
    let none = run(&["explain", "429", "--spec", &fixture("no-fallback.json")]);
    assert!(
        none.out
            .contains("no fallback: a 429 whose body has no code or type the spec knows"),
        "{}",
        none.out
    );
}

#[test]
fn a_type_shows_its_description_and_its_codes() {
    let r = run(&["explain", "rate_limit_error"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(
        r.out.starts_with("error type rate_limit_error\n"),
        "{}",
        r.out
    );
    // Its own codes and those that take it as an alias type.
    assert!(r.out.contains("4 codes of this type"), "{}", r.out);
    for code in [
        "rate_limit_exceeded",
        "slow_down",
        "tokens_per_min_exceeded",
    ] {
        assert!(r.out.contains(&format!("\n{code}\n")), "{code}");
    }
}

#[test]
fn a_name_that_is_a_type_and_a_code_shows_the_code_once() {
    let r = run(&["explain", "insufficient_quota"]);
    assert!(
        r.out.starts_with("error type insufficient_quota\n"),
        "{}",
        r.out
    );
    assert_eq!(
        r.out.matches("\ninsufficient_quota\n").count(),
        1,
        "{}",
        r.out
    );
}

#[test]
fn an_unknown_name_suggests_the_closest_and_exits_1() {
    let r = run(&["explain", "rate_limit_exceded"]);
    assert_eq!(r.code, 1);
    assert!(r.out.is_empty());
    assert!(
        r.err.starts_with(
            "error: no code, status or error type `rate_limit_exceded` in the OpenAI API spec\n"
        ),
        "{}",
        r.err
    );
    assert!(
        r.err.contains("help: did you mean `rate_limit_exceeded`"),
        "{}",
        r.err
    );

    let r = run(&["explain", "quota"]);
    assert_eq!(r.code, 1);
    assert!(
        r.err.contains("`insufficient_quota`") && r.err.contains("`quota_exceeded`"),
        "{}",
        r.err
    );
}

#[test]
fn a_name_like_nothing_points_to_the_table() {
    let r = run(&["explain", "xyzzy"]);
    assert_eq!(r.code, 1);
    assert!(
        r.err.contains("help: `errspec table` lists every code"),
        "{}",
        r.err
    );
}

#[test]
fn an_unknown_status_names_the_nearest_known_ones() {
    let r = run(&["explain", "418"]);
    assert_eq!(r.code, 1);
    assert!(
        r.err
            .contains("no code in the OpenAI API spec has status 418"),
        "{}",
        r.err
    );
    assert!(r.err.contains("`422`"), "{}", r.err);
}

#[test]
fn another_spec_is_used_with_spec() {
    let spec = fixture("acme.json");
    let r = run(&["explain", "--spec", &spec, "too_fast"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.out.contains("429 Too Many Requests") && r.out.contains("strategy backoff"));

    let r = run(&["explain", "--spec", &spec, "rate_limit_exceeded"]);
    assert_eq!(r.code, 1, "the bundled codes are not in acme");
    assert!(r.err.contains("Acme Widgets API"), "{}", r.err);
}

#[test]
fn an_invalid_spec_is_reported_like_check() {
    let r = run(&["explain", "--spec", &fixture("problems.json"), "boom"]);
    assert_eq!(r.code, 1);
    assert!(r.err.contains("duplicate code `boom`"), "{}", r.err);
    assert!(r.err.contains("found 3 problems"), "{}", r.err);
}

#[test]
fn bad_arguments_exit_2() {
    assert_eq!(run(&["explain"]).code, 2);
    let r = run(&["explain", "--spec", "no/such/spec.json", "429"]);
    assert_eq!(r.code, 2);
    assert!(r.err.contains("spec file not found"), "{}", r.err);
}

#[test]
fn another_bundled_spec_is_used_with_provider() {
    let r = run(&["explain", "overloaded_error", "--provider", "anthropic"]);
    assert_eq!(r.code, 0, "{}", r.err);
    // Both a type and the entry named for it.
    assert!(
        r.out.starts_with("error type overloaded_error\n"),
        "{}",
        r.out
    );
    assert!(r.out.contains("\noverloaded_error\n"), "{}", r.out);
    assert!(r.out.contains("status    529"), "{}", r.out);
    // The OpenAI spec has no such code.
    assert_eq!(run(&["explain", "overloaded_error"]).code, 1);
    let r = run(&["explain", "429", "--provider", "acme"]);
    assert_eq!(r.code, 2, "{}", r.err);
}
