//! Classification: envelope parsing and `classify` against every bundled catalog, then
//! the hints and the retry decision that follow from it.

use std::time::Duration;

use errspec::any::{self, Choice};
use errspec::runtime::classify::{MAX_RAW_BODY_BYTES, MatchedBy, find_match};
use errspec::runtime::rand::FixedFraction;
use errspec::runtime::response::hints::MAX_HINT;
use errspec::runtime::retry::{DecisionInput, RetryDecision, decide};
use errspec::runtime::{Catalog, Classification, ErrorDetails, RetryHints, classify};

use super::{split_response, t0};

/// Classifies the response in `data` (see [`split_response`]) with each bundled
/// catalog and with provider detection, checking every invariant.
pub fn check_classify(data: &[u8]) {
    let (status, headers, body) = split_response(data);
    // The first byte also picks the attempt number and the jitter of the decision.
    let pick = data.first().copied().unwrap_or(0);
    check_catalog::<errspec::openai::ErrorCode>(status, &headers, body, pick);
    #[cfg(feature = "anthropic")]
    check_catalog::<errspec::anthropic::ErrorCode>(status, &headers, body, pick);
    #[cfg(feature = "azure-openai")]
    check_catalog::<errspec::azure_openai::ErrorCode>(status, &headers, body, pick);
    #[cfg(feature = "gemini")]
    check_catalog::<errspec::gemini::ErrorCode>(status, &headers, body, pick);
    #[cfg(feature = "openrouter")]
    check_catalog::<errspec::openrouter::ErrorCode>(status, &headers, body, pick);

    let a = any::classify(Choice::Detect, status, &headers, body);
    let b = any::classify(Choice::Detect, status, &headers, body);
    assert_eq!(
        (a.provider(), a.code(), a.category()),
        (b.provider(), b.code(), b.category()),
        "determinism: provider detection"
    );
    assert_eq!(
        summary(a.details()),
        summary(b.details()),
        "determinism: any::classify"
    );
    if let Some(in_band) = any::classify_in_band(Choice::Detect, &headers, body) {
        assert_fields_bounded(in_band.details(), body, &headers);
    }
}

/// What a classification holds, for comparing two of them.
type Summary = (u16, [Option<String>; 9], usize);

fn summary(d: &ErrorDetails<'_>) -> Summary {
    let own = |s: Option<&str>| s.map(str::to_owned);
    (
        d.status(),
        [
            own(d.code()),
            own(d.inner_code()),
            own(d.reason()),
            own(d.quota_id()),
            own(d.retry_delay()),
            own(d.error_type()),
            own(d.message_unredacted()),
            own(d.param()),
            own(d.request_id()),
        ],
        d.raw_body_unredacted().len(),
    )
}

fn check_catalog<C: Catalog>(status: u16, headers: &Vec<(String, String)>, body: &[u8], pick: u8) {
    let first: Classification<'_, C> = classify(status, headers, body);
    let again: Classification<'_, C> = classify(status, headers, body);
    assert_eq!(first.code(), again.code(), "determinism: code");
    assert_eq!(first.matched_by(), again.matched_by(), "determinism: rule");
    let fields = summary(first.details());
    assert_eq!(fields, summary(again.details()), "determinism: details");
    assert_eq!(fields.0, status, "the status is kept as given");
    assert_fields_bounded(first.details(), body, headers);
    assert_message_redacted(first.details());

    // Looking the details up again finds the same entry by the same rule.
    let found: Option<(C, MatchedBy)> = find_match(first.details());
    assert_eq!(
        found.map(|(c, _)| c),
        first.code(),
        "the details classify as the response did"
    );

    check_decision::<C>(&first, headers, pick);
    let owned = first.into_owned();
    assert_eq!(
        summary(owned.details()),
        fields,
        "into_owned keeps every field"
    );
}

/// Bounded memory: the kept body is capped, and no field is longer than the input it
/// came from could make it (an invalid byte read lossily becomes U+FFFD, three bytes).
fn assert_fields_bounded(d: &ErrorDetails<'_>, body: &[u8], headers: &[(String, String)]) {
    assert!(
        d.raw_body_unredacted().len() <= MAX_RAW_BODY_BYTES,
        "raw body over its cap"
    );
    let input = body.len()
        + headers
            .iter()
            .map(|(n, v)| n.len() + v.len())
            .sum::<usize>();
    for field in summary(d).1.iter().flatten() {
        assert!(
            field.len() <= 3 * input,
            "a field longer than the input: {}",
            field.len()
        );
    }
}

/// What a classification shows of the server's message carries no key.
fn assert_message_redacted(d: &ErrorDetails<'_>) {
    if let Some(message) = d.message() {
        let left = super::redact::leaked_secret(&message);
        assert!(left.is_none(), "a key in the shown message: {left:?}");
    }
}

/// Delays within caps: the hints, and the decision taken on them.
fn check_decision<C: Catalog>(
    c: &Classification<'_, C>,
    headers: &Vec<(String, String)>,
    pick: u8,
) {
    let hints = RetryHints::from_details(c.details(), headers, t0());
    for d in [
        hints.retry_after_ms,
        hints.retry_after,
        hints.reset_requests,
        hints.reset_tokens,
        hints.retry_info,
        hints.message_delay,
    ]
    .into_iter()
    .flatten()
    {
        assert!(d <= MAX_HINT, "a hint above MAX_HINT: {d:?}");
    }
    let strategy = c.retry_policy();
    let attempt = u32::from(pick % 6) + 1;
    let input = DecisionInput::new(strategy, attempt, &hints, !c.is_unknown());
    let mut jitter = FixedFraction(f64::from(pick) / 256.0);
    let decision = decide(&input, &mut jitter);
    assert_eq!(decision, decide(&input, &mut jitter), "determinism: decide");
    if let RetryDecision::Retry { delay, .. } = decision {
        let cap = strategy
            .max_delay
            .max(input.max_server_delay)
            .max(Duration::from_secs(8));
        assert!(delay <= cap, "retry delay {delay:?} above {cap:?}");
        // The strategy's own limit, or that of `x-should-retry: true` (three attempts).
        let limit = strategy.max_attempts.max(3);
        assert!(
            attempt < limit,
            "retried at attempt {attempt}, past the limit"
        );
    }
}
