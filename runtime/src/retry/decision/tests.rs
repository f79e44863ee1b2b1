//! The decision rules, one test per rule.

use super::*;
use crate::rand::{FixedFraction, SplitMix64};
use crate::retry::budget::{BudgetConfig, RetryBudget};

const fn strategy(backoff: Backoff, max_attempts: u32, max_secs: u64) -> RetryPolicy {
    RetryPolicy {
        backoff,
        max_attempts,
        max_delay: Duration::from_secs(max_secs),
    }
}

const EXP: RetryPolicy = strategy(
    Backoff::Exponential {
        initial: Duration::from_secs(1),
        multiplier: 2.0,
        jitter: Duration::from_secs(1),
    },
    5,
    10,
);
const NEVER: RetryPolicy = strategy(Backoff::Never, 1, 0);

fn run(input: DecisionInput<'_>) -> RetryDecision {
    decide(&input, &mut FixedFraction(0.5))
}

#[test]
fn exponential_grows_with_jitter_and_caps() {
    let d: Vec<_> = (1..=5)
        .map(|n| backoff_delay(&EXP, n, 0.5).as_millis())
        .collect();
    assert_eq!(d, [1500, 2500, 4500, 8500, 10_000]);
    assert_eq!(backoff_delay(&EXP, u32::MAX, 0.99), Duration::from_secs(10));
    assert_eq!(backoff_delay(&EXP, 1, f64::NAN), Duration::from_secs(1));
}

#[test]
fn immediate_then_exponential_and_constant() {
    let s = strategy(
        Backoff::ImmediateThenExponential {
            immediate: 2,
            initial: Duration::from_millis(100),
            multiplier: 3.0,
            jitter: Duration::ZERO,
        },
        6,
        1,
    );
    let d: Vec<_> = (1..=5)
        .map(|n| backoff_delay(&s, n, 0.0).as_millis())
        .collect();
    assert_eq!(d, [0, 0, 100, 300, 900]);
    let c = strategy(
        Backoff::Constant {
            delay: Duration::from_secs(2),
            jitter: Duration::from_secs(2),
        },
        3,
        3,
    );
    assert_eq!(backoff_delay(&c, 1, 0.25), Duration::from_millis(2500));
    assert_eq!(backoff_delay(&c, 1, 0.75), Duration::from_secs(3));
}

#[test]
fn rule_order() {
    let none = RetryHints::NONE;
    assert_eq!(
        run(DecisionInput::new(&EXP, 1, &none, true)),
        RetryDecision::Retry {
            delay: Duration::from_millis(1500),
            reason: RetryReason::Backoff,
            cost: 0
        }
    );
    assert_eq!(
        run(DecisionInput::new(&EXP, 5, &none, true)),
        RetryDecision::Stop(StopReason::AttemptsExhausted { attempts: 5 })
    );
    assert_eq!(
        run(DecisionInput::new(&NEVER, 1, &none, true)),
        RetryDecision::Stop(StopReason::NotRetryable)
    );

    let no = RetryHints {
        should_retry: Some(false),
        ..RetryHints::NONE
    };
    assert_eq!(
        run(DecisionInput::new(&EXP, 1, &no, true)),
        RetryDecision::Stop(StopReason::ServerSaidNo)
    );

    let yes = RetryHints {
        should_retry: Some(true),
        ..RetryHints::NONE
    };
    // The spec is authoritative for a known code...
    assert_eq!(
        run(DecisionInput::new(&NEVER, 1, &yes, true)),
        RetryDecision::Stop(StopReason::NotRetryable)
    );
    // ...the server for an unknown one, within the attempt limit.
    assert!(matches!(
        run(DecisionInput::new(&NEVER, 1, &yes, false)),
        RetryDecision::Retry {
            reason: RetryReason::ServerSaidRetry,
            ..
        }
    ));
    assert_eq!(
        run(DecisionInput::new(&NEVER, 3, &yes, false)),
        RetryDecision::Stop(StopReason::AttemptsExhausted { attempts: 3 })
    );
}

#[test]
fn server_delay_is_honoured_up_to_its_own_ceiling_not_the_backoff_cap() {
    let hint = |secs| RetryHints {
        retry_after: Some(Duration::from_secs(secs)),
        ..RetryHints::NONE
    };
    let h = hint(7);
    assert_eq!(
        run(DecisionInput::new(&EXP, 1, &h, true)),
        RetryDecision::Retry {
            delay: Duration::from_secs(7),
            reason: RetryReason::ServerDelay(HintSource::RetryAfter),
            cost: 0
        }
    );
    // Above the strategy's 10 s backoff cap, within the 120 s ceiling: waited as asked.
    for secs in [60, 120] {
        let h = hint(secs);
        assert_eq!(
            run(DecisionInput::new(&EXP, 1, &h, true)).delay(),
            Some(Duration::from_secs(secs))
        );
    }
    let h = hint(121);
    assert_eq!(
        run(DecisionInput::new(&EXP, 1, &h, true)),
        RetryDecision::Stop(StopReason::HintTooLong {
            requested: Duration::from_secs(121),
            ceiling: DEFAULT_MAX_SERVER_DELAY
        })
    );
    // The ceiling is the caller's to choose.
    let h = hint(60);
    let mut input = DecisionInput::new(&EXP, 1, &h, true);
    input.max_server_delay = Duration::from_secs(30);
    assert_eq!(
        run(input),
        RetryDecision::Stop(StopReason::HintTooLong {
            requested: Duration::from_secs(60),
            ceiling: Duration::from_secs(30)
        })
    );
    // Every kind of hint meets the same ceiling.
    let sources = [
        RetryHints {
            retry_after_ms: Some(Duration::from_secs(90)),
            ..RetryHints::NONE
        },
        RetryHints {
            reset_requests: Some(Duration::from_secs(90)),
            rate_limited: true,
            ..RetryHints::NONE
        },
        RetryHints {
            retry_info: Some(Duration::from_secs(90)),
            ..RetryHints::NONE
        },
        RetryHints {
            message_delay: Some(Duration::from_secs(90)),
            ..RetryHints::NONE
        },
    ];
    for h in sources {
        assert_eq!(
            run(DecisionInput::new(&EXP, 1, &h, true)).delay(),
            Some(Duration::from_secs(90)),
            "{h:?}"
        );
        let mut input = DecisionInput::new(&EXP, 1, &h, true);
        input.max_server_delay = Duration::from_secs(89);
        assert!(
            matches!(
                run(input),
                RetryDecision::Stop(StopReason::HintTooLong { .. })
            ),
            "{h:?}"
        );
    }
}

#[test]
fn should_retry_false_always_stops_true_never_beats_the_spec() {
    let yes = RetryHints {
        should_retry: Some(true),
        ..RetryHints::NONE
    };
    let no = RetryHints {
        should_retry: Some(false),
        ..RetryHints::NONE
    };
    // `false` stops a known retryable entry and an unknown error alike.
    for known in [true, false] {
        assert_eq!(
            run(DecisionInput::new(&EXP, 1, &no, known)),
            RetryDecision::Stop(StopReason::ServerSaidNo)
        );
    }
    // `true` on a retryable strategy changes nothing: same delay, same attempt limit.
    assert_eq!(
        run(DecisionInput::new(&EXP, 1, &yes, true)),
        run(DecisionInput::new(&EXP, 1, &RetryHints::NONE, true))
    );
    assert_eq!(
        run(DecisionInput::new(&EXP, 5, &yes, true)),
        RetryDecision::Stop(StopReason::AttemptsExhausted { attempts: 5 })
    );
    // `true` on a spec entry that never retries (a quota error): the spec wins.
    assert_eq!(
        run(DecisionInput::new(&NEVER, 1, &yes, true)),
        RetryDecision::Stop(StopReason::NotRetryable)
    );
    // `true` on an error the catalog does not know: the server beats our status guess.
    assert_eq!(
        run(DecisionInput::new(&NEVER, 1, &yes, false)),
        RetryDecision::Retry {
            delay: backoff_delay(&SERVER_SAID_RETRY, 1, 0.5),
            reason: RetryReason::ServerSaidRetry,
            cost: 0
        }
    );
}

#[test]
fn no_wait_starts_that_would_end_past_the_deadline() {
    let none = RetryHints::NONE;
    let mut input = DecisionInput::new(&EXP, 1, &none, true);
    // The backoff is 1.5 s: it fits in 1.5 s, not in 1.4 s.
    input.time_left = Some(Duration::from_millis(1500));
    assert_eq!(run(input).delay(), Some(Duration::from_millis(1500)));
    input.time_left = Some(Duration::from_millis(1400));
    assert_eq!(
        run(input),
        RetryDecision::Stop(StopReason::DeadlineExceeded {
            wait: Duration::from_millis(1500),
            left: Duration::from_millis(1400)
        })
    );
    // A server's delay meets the deadline too.
    let h = RetryHints {
        retry_after: Some(Duration::from_secs(20)),
        ..RetryHints::NONE
    };
    let mut input = DecisionInput::new(&EXP, 1, &h, true);
    input.time_left = Some(Duration::from_secs(19));
    assert!(matches!(
        run(input),
        RetryDecision::Stop(StopReason::DeadlineExceeded { .. })
    ));
    // Once the deadline has passed, not even an immediate retry goes.
    let now = strategy(
        Backoff::Constant {
            delay: Duration::ZERO,
            jitter: Duration::ZERO,
        },
        3,
        1,
    );
    let mut input = DecisionInput::new(&now, 1, &none, true);
    input.time_left = Some(Duration::from_secs(1));
    assert_eq!(run(input).delay(), Some(Duration::ZERO));
    input.time_left = Some(Duration::ZERO);
    assert_eq!(
        run(input),
        RetryDecision::Stop(StopReason::DeadlineExceeded {
            wait: Duration::ZERO,
            left: Duration::ZERO
        })
    );
    // A stop for the deadline costs no budget.
    let budget = RetryBudget::new(BudgetConfig {
        capacity: 10,
        ..BudgetConfig::STANDARD
    });
    let mut input = DecisionInput::new(&EXP, 1, &none, true);
    input.time_left = Some(Duration::from_secs(1));
    assert!(matches!(
        budget
            .pay(decide(&input, &mut FixedFraction(0.5)), &input)
            .0,
        RetryDecision::Stop(StopReason::DeadlineExceeded { .. })
    ));
    assert_eq!(budget.available(), 10);
}

#[test]
fn budget_pays_for_retries() {
    let budget = RetryBudget::new(BudgetConfig {
        capacity: 14,
        ..BudgetConfig::STANDARD
    });
    let none = RetryHints::NONE;
    let mut input = DecisionInput::new(&EXP, 1, &none, true);
    let (first, _) = budget.pay(decide(&input, &mut FixedFraction(0.0)), &input);
    assert!(matches!(first, RetryDecision::Retry { cost: 5, .. }));
    input.kind = FailureKind::TimeoutOrConnection;
    assert_eq!(
        budget
            .pay(decide(&input, &mut FixedFraction(0.0)), &input)
            .0,
        RetryDecision::Stop(StopReason::BudgetExhausted)
    );
    assert_eq!(budget.available(), 9);
}

#[test]
fn a_full_ratio_window_stops_with_the_budget_named() {
    use crate::retry::budget::RatioConfig;
    let budget = RetryBudget::new(BudgetConfig {
        ratio: Some(RatioConfig {
            min_retries: 2,
            ..RatioConfig::DEFAULT
        }),
        ..BudgetConfig::STANDARD
    });
    let none = RetryHints::NONE;
    let t0 = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    let mut input = DecisionInput::new(&EXP, 1, &none, true);
    input.now = Some(t0);
    let decide_now =
        |input: &DecisionInput<'_>| budget.pay(decide(input, &mut FixedFraction(0.0)), input).0;
    assert!(matches!(
        decide_now(&input),
        RetryDecision::Retry { cost: 5, .. }
    ));
    input.attempt = 2;
    assert!(decide_now(&input).delay().is_some());
    input.attempt = 3;
    // Tokens are plenty; the window (two retries for one failing call) is full.
    assert_eq!(
        decide_now(&input),
        RetryDecision::Stop(StopReason::BudgetExhausted)
    );
    assert_eq!(budget.available(), 490);
    // Rules before the budget do not count the call as failing.
    let mut never = DecisionInput::new(&NEVER, 1, &none, true);
    never.now = Some(t0);
    assert_eq!(
        decide_now(&never),
        RetryDecision::Stop(StopReason::NotRetryable)
    );
    let w = budget.window(None).expect("guard on");
    assert_eq!((w.retries, w.failed_calls), (2, 1));
    // Ten seconds on, the window has slid past them.
    input.now = Some(t0 + Duration::from_secs(10));
    assert!(decide_now(&input).delay().is_some());
}

#[test]
fn override_changes_attempts_not_never() {
    let none = RetryHints::NONE;
    let mut input = DecisionInput::new(&EXP, 5, &none, true);
    input.max_attempts = Some(8);
    assert!(run(input).delay().is_some());
    let mut input = DecisionInput::new(&NEVER, 1, &none, true);
    input.max_attempts = Some(8);
    assert_eq!(run(input), RetryDecision::Stop(StopReason::NotRetryable));
}

#[test]
fn fast_rng_fractions_stay_in_range() {
    let mut rng = SplitMix64::from_seed(7);
    for _ in 0..10_000 {
        let f = rng.next_fraction();
        assert!((0.0..1.0).contains(&f));
    }
    assert!(FixedFraction(5.0).next_fraction() < 1.0);
}
