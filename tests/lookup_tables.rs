//! Generated catalogs answer the look-ups that do not go by code (pattern, type and status,
//! status) from tables codegen works out at build time. They must find what walking every
//! entry finds: checked here for every bundled catalog and the lookup-order catalog, over
//! every status an entry accepts (and its neighbours, and a few none has), every type (and none, and an unknown
//! one), messages matching each pattern (and none), and the codes that refinements refine.

use errspec::runtime::classify::{MatchedBy, Probe, find_match, lookup};
use errspec::runtime::{Catalog, ErrorDetails};

errspec::catalog! {
    /// One entry per lookup rule.
    pub enum Order from "tests/specs/lookup-order.json";
}

/// What walking every entry finds for the same details.
fn walked<C: Catalog>(details: &ErrorDetails<'_>) -> Option<(C, MatchedBy)> {
    lookup(
        &Probe::of(details),
        |code| C::from_code(code).map(|c| (c, c.entry())),
        || C::ALL.iter().map(|&c| (c, c.entry())),
    )
}

fn agree<C: Catalog>() -> usize {
    assert!(
        C::__lookup_tables().is_some(),
        "a generated catalog has tables"
    );
    let mut types: Vec<Option<String>> = vec![None, Some("no_such_type".to_owned())];
    let mut messages: Vec<Option<String>> = vec![None, Some("nothing to see".to_owned())];
    // No code, and the codes another entry refines (a refinement is chosen by its pattern).
    let mut codes: Vec<Option<&str>> = vec![None];
    for &c in C::ALL {
        let e = c.entry();
        if e.refined {
            codes.push(Some(e.code));
        }
        types.push(Some(e.error_type.to_owned()));
        types.extend(e.alias_types.iter().map(|t| Some((*t).to_owned())));
        messages.extend(e.patterns.iter().map(|p| Some(p.replace('*', " x "))));
    }
    types.sort();
    types.dedup();
    // Every status an entry accepts, its neighbours, and a few no entry has.
    let mut statuses = vec![0, 200, 400, 418, 499, 500, 599, 600, 1000];
    for &c in C::ALL {
        let e = c.entry();
        for &s in std::iter::once(&e.status).chain(e.alias_statuses) {
            statuses.extend([s - 1, s, s + 1]);
        }
    }
    statuses.sort_unstable();
    statuses.dedup();
    let mut checked = 0;
    assert!(C::SPEC.name != "order" || codes.len() > 1);
    for status in statuses {
        for ty in &types {
            for message in &messages {
                for code in &codes {
                    let body = serde_json::json!({"error": {"message": message, "type": ty, "code": code}});
                    let body = body.to_string();
                    let details = ErrorDetails::parse(status, &(), body.as_bytes());
                    assert_eq!(
                        find_match::<C>(&details),
                        walked::<C>(&details),
                        "{} {status} {ty:?} {message:?} {code:?}",
                        C::SPEC.name
                    );
                    checked += 1;
                }
            }
        }
    }
    checked
}

#[test]
fn the_tables_find_what_a_walk_finds() {
    assert!(agree::<Order>() > 1000);
    agree::<errspec::openai::ErrorCode>();
    #[cfg(feature = "anthropic")]
    agree::<errspec::anthropic::ErrorCode>();
    #[cfg(feature = "azure-openai")]
    agree::<errspec::azure_openai::ErrorCode>();
    #[cfg(feature = "gemini")]
    agree::<errspec::gemini::ErrorCode>();
    #[cfg(feature = "openrouter")]
    agree::<errspec::openrouter::ErrorCode>();
    #[cfg(feature = "litellm")]
    agree::<errspec::litellm::ErrorCode>();
}
