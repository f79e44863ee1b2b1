//! Property tests of the redaction rule: idempotent, never leaking a key of a known shape,
//! never growing without bound, whatever surrounds the key.

use std::borrow::Cow;

use errspec_runtime::response::redact::{Redacted, contains_secret, redact};
use proptest::prelude::*;

/// Pieces that sit near secrets in real text, so the generator meets the rule's edges.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("sk-".to_owned()),
        Just("SK-".to_owned()),
        Just("sk-proj-".to_owned()),
        Just("sk-ant-".to_owned()),
        Just("AIza".to_owned()),
        Just("Bearer".to_owned()),
        Just("basic".to_owned()),
        Just("api-key".to_owned()),
        Just("key=".to_owned()),
        Just("****".to_owned()),
        Just(r"\u0073".to_owned()),
        Just(r"\u002d".to_owned()),
        Just(r"\n".to_owned()),
        Just(r"\\".to_owned()),
        Just(r"\".to_owned()),
        Just("%20".to_owned()),
        Just("é".to_owned()),
        "[ :=._/*\"'-]{1,3}",
        "[A-Za-z0-9]{1,40}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..16).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn redacting_twice_changes_nothing(text in text()) {
        let once = redact(&text);
        let twice = redact(&once);
        prop_assert_eq!(&twice, &once, "from {:?}", text);
        prop_assert!(matches!(twice, Cow::Borrowed(_)));
        prop_assert!(!contains_secret(&once));
        prop_assert_eq!(Redacted(&text).to_string(), once.as_ref());
        prop_assert!(once.len() < 2 * text.len() + 1, "{} -> {}", text.len(), once.len());
    }

    #[test]
    fn any_text_is_redacted_stably(text in any::<String>()) {
        let once = redact(&text);
        prop_assert_eq!(redact(&once), once.clone());
        prop_assert!(once.len() < 2 * text.len() + 1);
    }

    #[test]
    fn keys_of_every_shape_never_survive(
        before in text(),
        key in prop_oneof![
            "sk-(proj-|ant-|svcacct-)?[A-Za-z0-9_-]{20,60}",
            "AIza[A-Za-z0-9_-]{35}",
        ],
        sep in "[ ,;()\\[\\]{}<>\"'|!?&]",
        after in text(),
    ) {
        let secret = &key[key.len() - 12..];
        prop_assume!(!before.contains(secret) && !after.contains(secret));
        let text = format!("{before}{sep}{key}{sep}{after}");
        prop_assert!(!redact(&text).contains(secret), "{:?}", text);
    }
}
