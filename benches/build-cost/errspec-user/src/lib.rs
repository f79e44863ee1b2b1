//! Classify an error body with each bundled catalog: what a downstream crate writes.

use errspec::runtime::{Catalog, Category, classify};

/// The category `C` gives a response, and the code it matched (if any).
fn category_of<C: Catalog + std::fmt::Debug>(status: u16, body: &[u8]) -> (Category, String) {
    let c = classify::<C>(status, &[("x-request-id", "req_1")], body);
    (c.category(), format!("{:?}", c.code()))
}

/// One line per catalog: provider, category, code.
pub fn report(status: u16, body: &[u8]) -> Vec<String> {
    [
        (
            "openai",
            category_of::<errspec::openai::ErrorCode>(status, body),
        ),
        (
            "anthropic",
            category_of::<errspec::anthropic::ErrorCode>(status, body),
        ),
        (
            "azure_openai",
            category_of::<errspec::azure_openai::ErrorCode>(status, body),
        ),
        (
            "gemini",
            category_of::<errspec::gemini::ErrorCode>(status, body),
        ),
        (
            "openrouter",
            category_of::<errspec::openrouter::ErrorCode>(status, body),
        ),
        (
            "litellm",
            category_of::<errspec::litellm::ErrorCode>(status, body),
        ),
    ]
    .into_iter()
    .map(|(name, (category, code))| format!("{name}: {category:?} {code}"))
    .collect()
}
