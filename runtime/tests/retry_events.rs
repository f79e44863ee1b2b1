//! The `tracing` integration: one event per attempt, API keys redacted; and the `http`
//! integration's helpers.

#![cfg(all(feature = "tracing", feature = "http"))]

mod support;

use std::time::{Duration, SystemTime};

use errspec_runtime::retry::executor::RetryExecutor;

use errspec_runtime::rand::FixedFraction;
use errspec_runtime::retry::AttemptError;
use errspec_runtime::time::ManualClock;
use errspec_runtime::time::RecordingSleeper;
use support::catalog::{TestCode, openai_body};
use support::trace_lines::Lines;

/// The failure an attempt that got `response` returns.
fn attempted(response: &http::Response<Vec<u8>>, now: SystemTime) -> AttemptError<TestCode> {
    AttemptError::from_response(
        response.status().as_u16(),
        response.headers(),
        response.body(),
        now,
    )
}

fn response(status: u16, body: String) -> http::Response<Vec<u8>> {
    http::Response::builder()
        .status(status)
        .header("x-request-id", "sk-proj-abcdefghijklmnop1234")
        .header("retry-after", "2")
        .body(body.into_bytes())
        .unwrap_or_default()
}

#[test]
fn one_event_per_attempt_without_keys() {
    let script = [
        response(
            429,
            openai_body("slow down", "requests", Some("rate_limit_exceeded")),
        ),
        response(
            401,
            openai_body(
                "Incorrect API key provided: sk-abc123456789xyz",
                "invalid_request_error",
                Some("invalid_api_key"),
            ),
        ),
    ];
    let lines = Lines::default();
    let sleeper = RecordingSleeper::default();
    let executor = RetryExecutor::new()
        .sleeper(sleeper.clone())
        .rng(FixedFraction(0.0))
        .clock(ManualClock::new(SystemTime::UNIX_EPOCH))
        .without_budget();
    let err = lines
        .capture(|| {
            executor.run_blocking(|ctx| {
                Err::<(), _>(attempted(&script[(ctx.attempt - 1) as usize], ctx.now))
            })
        })
        .expect_err("401 ends it");
    assert_eq!(err.attempts(), 2);
    assert_eq!(sleeper.delays(), [Duration::from_secs(2)]);

    let lines = lines.lines();
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(lines[0].starts_with("INFO"), "{}", lines[0]);
    assert!(lines[0].contains("attempt=1"), "{}", lines[0]);
    // OpenTelemetry's semantic-convention names.
    let expected = [
        (0, "http.response.status_code=429"),
        (0, "error.type=\"rate_limit_exceeded\""),
        (1, "http.response.status_code=401"),
        (1, "error.type=\"invalid_api_key\""),
        (1, "http.request.resend_count=1"),
    ];
    for (i, field) in expected {
        assert!(lines[i].contains(field), "{field} in {}", lines[i]);
    }
    assert!(
        !lines[0].contains("http.request.resend_count"),
        "not a resend: {}",
        lines[0]
    );
    assert!(lines[0].contains("delay_ms=2000"), "{}", lines[0]);
    assert!(lines[1].starts_with("WARN"), "{}", lines[1]);
    assert!(lines[1].contains("stop=\"not_retryable\""), "{}", lines[1]);
    for line in &lines {
        assert!(line.contains("request_id="), "{line}");
        assert!(!line.contains("abcdefghijklmnop1234"), "key leaked: {line}");
    }
}

#[test]
fn http_responses_classify_and_hint() {
    let r = response(
        429,
        openai_body(
            "Please try again in 1.5s.",
            "requests",
            Some("rate_limit_exceeded"),
        ),
    );
    let c = errspec_runtime::classify::<TestCode>(r.status().as_u16(), r.headers(), r.body());
    assert_eq!(c.code(), Some(TestCode::RateLimitExceeded));
    let hints = errspec_runtime::RetryHints::from_response(
        429,
        r.headers(),
        c.details().message_unredacted(),
        SystemTime::UNIX_EPOCH,
    );
    assert_eq!(hints.retry_after, Some(Duration::from_secs(2)));
    assert_eq!(hints.message_delay, Some(Duration::from_millis(1500)));
}

#[test]
fn error_type_falls_back_to_the_transport_failure_then_the_status() {
    use errspec_runtime::retry::executor::TransportKind;
    let lines = Lines::default();
    let executor = RetryExecutor::new()
        .sleeper(RecordingSleeper::default())
        .rng(FixedFraction(0.0))
        .clock(ManualClock::new(SystemTime::UNIX_EPOCH))
        .without_budget()
        .max_attempts(2);
    lines.capture(|| {
        let _ = executor.run_blocking(|ctx| {
            Err::<(), _>(match ctx.attempt {
                1 => errspec_runtime::AttemptError::<TestCode>::transport(
                    "reset",
                    TransportKind::Timeout,
                ),
                // A 502 with no body: the test catalog has no entry for it, and no code.
                _ => attempted(&response(502, String::new()), ctx.now),
            })
        });
    });
    let lines = lines.lines();
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(lines[0].contains("error.type=\"timeout\""), "{}", lines[0]);
    assert!(
        !lines[0].contains("http.response.status_code"),
        "no response, no status: {}",
        lines[0]
    );
    assert!(lines[1].contains("error.type=\"502\""), "{}", lines[1]);
    assert!(
        lines[1].contains("http.response.status_code=502"),
        "{}",
        lines[1]
    );
}

#[test]
fn a_hop_and_a_cool_down_are_events_too() {
    use errspec_runtime::{Fallbacks, Hop};
    let overloaded = openai_body("overloaded", "server_error", Some("service_unavailable"));
    let endpoints = Fallbacks::new(
        RetryExecutor::new()
            .sleeper(RecordingSleeper::default())
            .clock(ManualClock::new(SystemTime::UNIX_EPOCH))
            .max_attempts(1),
        ["down", "up"],
    )
    .cooldown(1, Duration::from_secs(60), Duration::from_secs(30));
    let lines = Lines::default();
    lines
        .capture(|| {
            endpoints.run_blocking(|to: Hop<'_, &str>, ctx| match *to {
                "down" => Err(attempted(&response(503, overloaded.clone()), ctx.now)),
                _ => Ok(()),
            })
        })
        .expect("falls back");
    let lines = lines.lines();
    let cooling = lines
        .iter()
        .find(|l| l.contains("alternative cooling down"))
        .expect("a cool-down event");
    // The 503 said `retry-after: 2`: that is how long it cools.
    assert!(
        cooling.contains("alternative=0") && cooling.contains("cool_ms=2000"),
        "{cooling}"
    );
    let hop = lines
        .iter()
        .find(|l| l.contains("falling back"))
        .expect("a fallback event");
    assert!(hop.starts_with("WARN"), "{hop}");
    for field in [
        "from=0",
        "to=1",
        "error.category=\"overloaded\"",
        "stop=\"attempts_exhausted\"",
    ] {
        assert!(hop.contains(field), "{field} in {hop}");
    }
}

/// A send through reqwest runs in a span that names the server as OpenTelemetry's HTTP
/// client conventions do (`server.address`, `server.port`): every attempt's event is in it.
#[cfg(all(feature = "reqwest", feature = "tokio"))]
#[test]
fn a_reqwest_send_names_its_server_on_every_event() {
    use errspec_runtime::integrations::reqwest::send_with_retry;
    use support::server::{Reply, Server};

    let server = Server::start(vec![support::rate_limited(), Reply::ok()]);
    let sleeper = RecordingSleeper::default();
    let executor = RetryExecutor::new()
        .sleeper(sleeper.clone())
        .rng(FixedFraction(0.0))
        .clock(ManualClock::new(support::t0()))
        .without_budget()
        .without_rate_limiter();
    let client = reqwest::Client::new();
    let lines = Lines::default();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let done = lines.capture(|| {
        runtime.block_on(send_with_retry::<TestCode, _>(
            &executor,
            client.get(server.url("/")),
        ))
    });
    assert!(done.is_ok(), "the second attempt succeeds");
    let lines = lines.lines();
    let attempts: Vec<_> = lines.iter().filter(|l| l.contains("attempt=")).collect();
    assert_eq!(attempts.len(), 2, "{lines:#?}");
    let port = server.url("/");
    let port = port.rsplit(':').next().unwrap().trim_end_matches('/');
    for line in attempts {
        assert!(line.contains("server.address=\"127.0.0.1\""), "{line}");
        assert!(line.contains(&format!("server.port={port}")), "{line}");
    }
}
