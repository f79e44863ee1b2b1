//! Property tests: the retry decision keeps its promises for any strategy, attempt and
//! hints, and the hint parsers survive any input.

use std::time::{Duration, SystemTime};

use errspec_runtime::rand::SplitMix64;
use errspec_runtime::response::hints::{
    self, MAX_HINT, RetryHints, parse_go_duration, parse_message_delay, parse_retry_after,
    parse_retry_after_ms, parse_retry_delay, parse_should_retry,
};
use errspec_runtime::retry::budget::{BudgetConfig, RetryBudget};
use errspec_runtime::retry::{
    DEFAULT_MAX_SERVER_DELAY, DecisionInput, FailureKind, RetryDecision, StopReason, backoff_delay,
    decide,
};
use errspec_runtime::{Backoff, RetryPolicy};
use proptest::prelude::*;

fn duration() -> impl Strategy<Value = Duration> {
    prop_oneof![
        (0u64..120_000).prop_map(Duration::from_millis),
        any::<u64>().prop_map(Duration::from_nanos),
        Just(Duration::MAX),
        Just(Duration::ZERO),
    ]
}

fn multiplier() -> impl Strategy<Value = f64> {
    prop_oneof![
        0.5f64..10.0,
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(-2.0),
        Just(1e300),
    ]
}

fn backoff() -> impl Strategy<Value = Backoff> {
    prop_oneof![
        Just(Backoff::Never),
        (duration(), multiplier(), duration()).prop_map(|(initial, multiplier, jitter)| {
            Backoff::Exponential {
                initial,
                multiplier,
                jitter,
            }
        }),
        (0u32..5, duration(), multiplier(), duration()).prop_map(
            |(immediate, initial, multiplier, jitter)| Backoff::ImmediateThenExponential {
                immediate,
                initial,
                multiplier,
                jitter,
            }
        ),
        (duration(), duration()).prop_map(|(delay, jitter)| Backoff::Constant { delay, jitter }),
    ]
}

fn strategy() -> impl Strategy<Value = RetryPolicy> {
    (backoff(), 0u32..10, duration()).prop_map(|(backoff, max_attempts, max_delay)| RetryPolicy {
        backoff,
        max_attempts,
        max_delay,
    })
}

fn opt_duration() -> impl Strategy<Value = Option<Duration>> {
    proptest::option::of(duration())
}

fn retry_hints() -> impl Strategy<Value = RetryHints> {
    (
        (
            opt_duration(),
            opt_duration(),
            opt_duration(),
            opt_duration(),
        ),
        (
            proptest::option::of(0u64..3),
            proptest::option::of(0u64..3),
            opt_duration(),
            opt_duration(),
            proptest::option::of(any::<bool>()),
            any::<bool>(),
        ),
    )
        .prop_map(|(durations, rest)| {
            let mut h = RetryHints::NONE;
            (
                h.retry_after_ms,
                h.retry_after,
                h.reset_requests,
                h.reset_tokens,
            ) = durations;
            (
                h.remaining_requests,
                h.remaining_tokens,
                h.retry_info,
                h.message_delay,
                h.should_retry,
                h.rate_limited,
            ) = rest;
            h
        })
}

proptest! {
    #[test]
    fn decisions_keep_their_promises(
        strategy in strategy(),
        attempt in 1u32..20,
        hints in retry_hints(),
        known in any::<bool>(),
        max_attempts in proptest::option::of(1u32..10),
        seed in any::<u64>(),
        max_server_delay in duration(),
        time_left in proptest::option::of(duration()),
    ) {
        let input = DecisionInput {
            strategy: &strategy,
            attempt,
            hints: &hints,
            known,
            max_attempts,
            kind: FailureKind::Response,
            now: None,
            max_server_delay,
            time_left,
        };
        let decision = decide(&input, &mut SplitMix64::from_seed(seed));
        if let RetryDecision::Retry { delay, reason, .. } = decision {
            let forced = !strategy.is_retryable();
            // A retry only ever happens for a retryable strategy, or an unknown error the
            // server explicitly asked to retry.
            prop_assert!(!forced || (!known && hints.should_retry == Some(true)));
            prop_assert!(hints.should_retry != Some(false));
            let (limit, cap) = if forced {
                let s = &errspec_runtime::retry::SERVER_SAID_RETRY;
                (max_attempts.unwrap_or(s.max_attempts), s.max_delay)
            } else {
                (max_attempts.unwrap_or(strategy.max_attempts), strategy.max_delay)
            };
            prop_assert!(attempt < limit, "retried past {limit} attempts");
            // Our backoff stays under the strategy's cap; a server's delay under the
            // ceiling for server delays.
            let cap = if hints.server_delay().is_some() { max_server_delay } else { cap };
            prop_assert!(delay <= cap, "{delay:?} above the {cap:?} cap ({reason:?})");
            // No wait ends past the deadline, and none starts once it has passed.
            if let Some(left) = time_left {
                prop_assert!(!left.is_zero() && delay <= left, "{delay:?} with {left:?} left");
            }
        }
        if let RetryDecision::Stop(StopReason::DeadlineExceeded { wait, left }) = decision {
            prop_assert_eq!(Some(left), time_left);
            prop_assert!(left.is_zero() || wait > left);
        }
        if strategy.is_retryable() && !known {
            // Unknown or known, a retryable strategy decides the same way.
            let known_input = DecisionInput { known: true, ..input };
            prop_assert_eq!(
                decide(&known_input, &mut SplitMix64::from_seed(seed)),
                decision
            );
        }
    }

    #[test]
    fn never_retries_without_the_server_saying_so(
        attempt in 1u32..20,
        hints in retry_hints(),
        max_attempts in proptest::option::of(1u32..10),
    ) {
        let never = RetryPolicy {
            backoff: Backoff::Never,
            max_attempts: 1,
            max_delay: Duration::ZERO,
        };
        let hints = RetryHints { should_retry: hints.should_retry.filter(|b| !b), ..hints };
        let input = DecisionInput {
            strategy: &never,
            attempt,
            hints: &hints,
            known: false,
            max_attempts,
            kind: FailureKind::Response,
            now: None,
            max_server_delay: DEFAULT_MAX_SERVER_DELAY,
            time_left: None,
        };
        let decision = decide(&input, &mut SplitMix64::from_seed(1));
        prop_assert!(matches!(decision, RetryDecision::Stop(_)));
    }

    #[test]
    fn backoff_never_exceeds_the_cap(
        strategy in strategy(),
        retry in any::<u32>(),
        jitter in prop_oneof![0.0f64..1.0, Just(f64::NAN), Just(-1.0), Just(7.0)],
    ) {
        prop_assert!(backoff_delay(&strategy, retry, jitter) <= strategy.max_delay);
    }

    #[test]
    fn budget_never_goes_negative_nor_overflows(
        capacity in 0u32..1000,
        ops in proptest::collection::vec((any::<bool>(), 0u32..50), 0..100),
    ) {
        let budget = RetryBudget::new(BudgetConfig {
            capacity,
            ..BudgetConfig::STANDARD
        });
        let strategy = errspec_runtime::retry::TRANSPORT_POLICY;
        let hints = RetryHints::NONE;
        for (withdraw, amount) in ops {
            let before = budget.available();
            if withdraw {
                let input = DecisionInput {
                    strategy: &strategy,
                    attempt: 1,
                    hints: &hints,
                    known: true,
                    max_attempts: None,
                    kind: if amount % 2 == 0 { FailureKind::Response } else { FailureKind::TimeoutOrConnection },
                    now: None,
                    max_server_delay: DEFAULT_MAX_SERVER_DELAY,
                    time_left: None,
                };
                match budget.pay(decide(&input, &mut SplitMix64::from_seed(0)), &input).0 {
                    RetryDecision::Retry { cost, .. } => prop_assert_eq!(budget.available(), before - cost),
                    RetryDecision::Stop(reason) => {
                        prop_assert_eq!(reason, StopReason::BudgetExhausted);
                        prop_assert_eq!(budget.available(), before);
                    }
                }
            } else {
                budget.deposit(amount);
            }
            prop_assert!(budget.available() <= capacity);
        }
    }

    #[test]
    fn parsers_never_panic_on_any_string(s in any::<String>(), secs in any::<u64>()) {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(secs % (1 << 40));
        for d in [
            parse_retry_after_ms(&s),
            parse_retry_after(&s, now),
            parse_go_duration(&s),
            parse_message_delay(&s),
            parse_retry_delay(&s),
        ]
        .into_iter()
        .flatten()
        {
            prop_assert!(d <= MAX_HINT);
        }
        let _ = parse_should_retry(&s);
        let headers = [
            ("retry-after", s.as_str()),
            ("retry-after-ms", s.as_str()),
            ("x-ratelimit-reset-requests", s.as_str()),
            ("x-ratelimit-reset-tokens", s.as_str()),
            ("x-ratelimit-remaining-tokens", s.as_str()),
            ("x-should-retry", s.as_str()),
        ];
        let hints = RetryHints::from_response(429, &headers, Some(&s), now).with_retry_info(&s);
        if let Some((d, _)) = hints.server_delay() {
            prop_assert!(d <= MAX_HINT);
        }
    }

    #[test]
    fn parsers_never_panic_on_hint_shaped_strings(
        s in r"[-+ ]?[0-9.]{0,30}(e[0-9]{1,4})?(h|m|s|ms|us|µs|ns|x)?([0-9.]{0,20}(h|m|s|ms))*",
        prefix in r"(Please )?[Tt]ry again in ",
    ) {
        for d in [
            parse_retry_after_ms(&s),
            parse_retry_after(&s, SystemTime::UNIX_EPOCH),
            parse_go_duration(&s),
            parse_retry_delay(&s),
            parse_message_delay(&format!("{prefix}{s}.")),
        ]
        .into_iter()
        .flatten()
        {
            prop_assert!(d <= MAX_HINT);
        }
    }

    #[test]
    fn go_durations_round_trip_whole_milliseconds(h in 0u64..30, m in 0u64..60, s in 0u64..60, ms in 0u64..1000) {
        let text = format!("{h}h{m}m{s}s{ms}ms");
        let expected = Duration::from_millis(((h * 60 + m) * 60 + s) * 1000 + ms).min(hints::MAX_HINT);
        let got = parse_go_duration(&text).expect("well-formed");
        // Floating point may be off by well under a microsecond.
        let diff = got.abs_diff(expected);
        prop_assert!(diff < Duration::from_micros(1), "{text}: {got:?} vs {expected:?}");
    }
}
