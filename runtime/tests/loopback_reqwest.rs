//! The retry executor against a real HTTP server on 127.0.0.1, through `reqwest`.
//!
//! Time never passes for real: a recording sleeper notes each delay and returns at once,
//! and the executor reads a fixed clock (one test uses a paused tokio clock instead).

#![cfg(all(feature = "reqwest", feature = "tokio"))]

mod support;

use std::time::Duration;

use errspec_runtime::integrations::reqwest::{send_with_retry, send_with_retry_checked};
use errspec_runtime::rand::FixedFraction;
use errspec_runtime::response::hints::HintSource;
use errspec_runtime::retry::budget::{BudgetConfig, RetryBudget};
use errspec_runtime::retry::executor::{RetryError, RetryExecutor, Success, TransportKind};
use errspec_runtime::retry::{RetryReason, StopReason};
use errspec_runtime::time::ManualClock;
use errspec_runtime::time::TokioClock;
use errspec_runtime::time::{RecordingSleeper, Sleeper};
use support::catalog::{TestCode, openai_body};
use support::server::{Reply, Server};

fn executor(sleeper: &RecordingSleeper) -> RetryExecutor<RecordingSleeper> {
    RetryExecutor::new()
        .sleeper(sleeper.clone())
        .rng(FixedFraction(0.5))
        .clock(ManualClock::new(support::t0()))
        .without_budget()
}

/// One call to the server's `/` through `executor`.
async fn send<S: Sleeper>(server: &Server, executor: &RetryExecutor<S>) -> Outcome {
    send_with_retry::<TestCode, _>(executor, client().get(server.url("/"))).await
}

type Outcome = Result<Success<reqwest::Response>, RetryError<TestCode>>;

fn client() -> reqwest::Client {
    reqwest::Client::builder().build().expect("client")
}

fn server_error(status: u16) -> Reply {
    Reply::new(
        status,
        openai_body("The server had an error", "server_error", None),
    )
}

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

#[tokio::test]
async fn rate_limit_twice_then_success() {
    let server = Server::start(vec![
        support::rate_limited(),
        support::rate_limited(),
        Reply::ok(),
    ]);
    let sleeper = RecordingSleeper::default();
    let done = send_with_retry::<TestCode, _>(&executor(&sleeper), client().get(server.url("/v1")))
        .await
        .expect("success on the third attempt");
    assert_eq!(done.value.status(), 200);
    assert_eq!(server.hits(), 3);
    // Exponential 1 s, 2 s, plus half of the 250 ms jitter.
    assert_eq!(sleeper.delays(), [ms(1125), ms(2125)]);
    let codes: Vec<_> = done.history.iter().map(|r| r.code.as_deref()).collect();
    assert_eq!(
        codes,
        [
            Some("rate_limit_exceeded"),
            Some("rate_limit_exceeded"),
            None
        ]
    );
    assert_eq!(done.history[0].status, Some(429));
    assert_eq!(done.history[0].delay_waited, ms(1125));
    assert!(done.history[2].succeeded);
}

#[tokio::test]
async fn unavailable_is_retried_at_once() {
    let server = Server::start(vec![server_error(503), Reply::ok()]);
    let sleeper = RecordingSleeper::default();
    let done = send(&server, &executor(&sleeper))
        .await
        .expect("success on the second attempt");
    assert_eq!(server.hits(), 2);
    assert_eq!(done.history[0].code.as_deref(), Some("service_unavailable"));
    assert_eq!(done.history[0].delay_waited, Duration::ZERO);
    assert!(
        sleeper.delays().is_empty(),
        "an immediate retry does not sleep"
    );
}

#[tokio::test]
async fn server_errors_give_up_after_the_strategy_limit() {
    let server = Server::start(vec![server_error(500)]);
    let sleeper = RecordingSleeper::default();
    let err = send(&server, &executor(&sleeper))
        .await
        .expect_err("three 500s");
    assert_eq!(server.hits(), 3);
    assert_eq!(err.reason, StopReason::AttemptsExhausted { attempts: 3 });
    assert_eq!(
        err.api_error().and_then(|e| e.code()),
        Some(TestCode::InternalServerError)
    );
    let waits: Vec<_> = err.history.iter().map(|r| r.delay_waited).collect();
    assert_eq!(waits, [Duration::ZERO, ms(550), Duration::ZERO]);
    assert_eq!(
        err.history[2].stop,
        Some(StopReason::AttemptsExhausted { attempts: 3 })
    );
}

#[tokio::test]
async fn invalid_key_is_sent_once() {
    let body = openai_body(
        "Incorrect API key provided: sk-abc123456789xyz",
        "invalid_request_error",
        Some("invalid_api_key"),
    );
    let server = Server::start(vec![Reply::new(401, body), Reply::ok()]);
    let sleeper = RecordingSleeper::default();
    let err = send(&server, &executor(&sleeper))
        .await
        .expect_err("401 is final");
    assert_eq!(server.hits(), 1);
    assert_eq!(err.reason, StopReason::NotRetryable);
    assert_eq!(
        err.api_error().and_then(|e| e.code()),
        Some(TestCode::InvalidApiKey)
    );
    assert!(
        !err.to_string().contains("sk-abc123456789xyz"),
        "the key is redacted: {err}"
    );
}

#[tokio::test]
async fn insufficient_quota_is_sent_once() {
    let server = Server::start(vec![support::quota_exceeded(), Reply::ok()]);
    let sleeper = RecordingSleeper::default();
    let err = send(&server, &executor(&sleeper))
        .await
        .expect_err("quota is final");
    assert_eq!(server.hits(), 1);
    assert_eq!(err.reason, StopReason::NotRetryable);
    assert_eq!(
        err.api_error().and_then(|e| e.code()),
        Some(TestCode::InsufficientQuota)
    );
}

#[tokio::test]
async fn retry_after_seconds_ms_and_date_are_honoured() {
    let now = support::t0();
    let date = httpdate::fmt_http_date(now + Duration::from_secs(4));
    let server = Server::start(vec![
        support::rate_limited().header("retry-after", "3"),
        support::rate_limited().header("retry-after-ms", "250.5"),
        support::rate_limited().header("retry-after", &date),
        Reply::ok(),
    ]);
    let sleeper = RecordingSleeper::default();
    let executor = executor(&sleeper).clock(ManualClock::new(now));
    let done = send(&server, &executor)
        .await
        .expect("success after three hinted waits");
    assert_eq!(server.hits(), 4);
    assert_eq!(
        sleeper.delays(),
        [
            Duration::from_secs(3),
            Duration::from_micros(250_500),
            Duration::from_secs(4)
        ]
    );
    assert_eq!(
        done.history[0].retry_reason,
        Some(RetryReason::ServerDelay(HintSource::RetryAfter))
    );
    assert_eq!(done.history[0].delay_waited, Duration::from_secs(3));
    assert_eq!(
        done.history[1].retry_reason,
        Some(RetryReason::ServerDelay(HintSource::RetryAfterMs))
    );
}

#[tokio::test]
async fn reset_header_and_message_hints() {
    let hinted = Reply::new(
        429,
        openai_body(
            "Rate limit reached on tokens per min. Please try again in 1.5s. Visit the docs.",
            "tokens",
            Some("rate_limit_exceeded"),
        ),
    );
    let server = Server::start(vec![
        hinted.clone().header("x-ratelimit-reset-tokens", "6s"),
        hinted,
        Reply::ok(),
    ]);
    let sleeper = RecordingSleeper::default();
    let done = send(&server, &executor(&sleeper)).await.expect("success");
    assert_eq!(sleeper.delays(), [Duration::from_secs(6), ms(1500)]);
    assert_eq!(
        done.history[1].retry_reason,
        Some(RetryReason::ServerDelay(HintSource::Message))
    );
}

#[tokio::test]
async fn a_hint_beyond_the_backoff_cap_is_honoured_up_to_the_ceiling() {
    // The strategy's backoff stops at 20 s; the server's 90 s is waited as asked.
    let server = Server::start(vec![
        support::rate_limited().header("retry-after", "90"),
        Reply::ok(),
    ]);
    let sleeper = RecordingSleeper::default();
    let done = send(&server, &executor(&sleeper))
        .await
        .expect("90 s is within the 120 s ceiling");
    assert_eq!(server.hits(), 2);
    assert_eq!(sleeper.delays(), [Duration::from_secs(90)]);
    assert_eq!(
        done.history[0].retry_reason,
        Some(RetryReason::ServerDelay(HintSource::RetryAfter))
    );
}

#[tokio::test]
async fn a_hint_beyond_the_ceiling_stops() {
    let server = Server::start(vec![
        support::rate_limited().header("retry-after", "121"),
        Reply::ok(),
    ]);
    let sleeper = RecordingSleeper::default();
    let err = send(&server, &executor(&sleeper))
        .await
        .expect_err("121 s is above the 120 s ceiling");
    assert_eq!(server.hits(), 1);
    assert_eq!(
        err.reason,
        StopReason::HintTooLong {
            requested: Duration::from_secs(121),
            ceiling: Duration::from_secs(120)
        }
    );
    // The ceiling is an executor option.
    let server = Server::start(vec![
        support::rate_limited().header("retry-after-ms", "30000"),
        Reply::ok(),
    ]);
    let executor = executor(&sleeper).max_server_delay(Duration::from_secs(29));
    let err = send(&server, &executor)
        .await
        .expect_err("30 s is above a 29 s ceiling");
    assert_eq!(
        err.reason,
        StopReason::HintTooLong {
            requested: Duration::from_secs(30),
            ceiling: Duration::from_secs(29)
        }
    );
    assert!(sleeper.delays().is_empty(), "{:?}", sleeper.delays());
}

#[tokio::test]
async fn should_retry_false_stops_a_retryable_error() {
    let server = Server::start(vec![
        server_error(503).header("x-should-retry", "false"),
        Reply::ok(),
    ]);
    let sleeper = RecordingSleeper::default();
    let err = send(&server, &executor(&sleeper))
        .await
        .expect_err("the server said no");
    assert_eq!(server.hits(), 1);
    assert_eq!(err.reason, StopReason::ServerSaidNo);
}

#[tokio::test]
async fn should_retry_true_retries_an_unknown_client_error() {
    // 400 is never retried by default; the server's word overrides that guess.
    let conflict = Reply::new(
        400,
        openai_body("Try again", "invalid_request_error", Some("something_new")),
    )
    .header("x-should-retry", "true");
    let server = Server::start(vec![conflict, Reply::ok()]);
    let sleeper = RecordingSleeper::default();
    let done = send(&server, &executor(&sleeper))
        .await
        .expect("retried because the server asked");
    assert_eq!(server.hits(), 2);
    assert_eq!(done.history[0].code.as_deref(), Some("something_new"));
    assert_eq!(
        done.history[0].retry_reason,
        Some(RetryReason::ServerSaidRetry)
    );
}

#[tokio::test]
async fn should_retry_true_does_not_override_a_spec_entry_that_never_retries() {
    // The official SDKs would retry this quota error; the spec says waiting cannot help.
    let quota = support::quota_exceeded().header("x-should-retry", "true");
    let server = Server::start(vec![quota, Reply::ok()]);
    let sleeper = RecordingSleeper::default();
    let err = send(&server, &executor(&sleeper))
        .await
        .expect_err("the spec wins");
    assert_eq!(server.hits(), 1);
    assert_eq!(err.reason, StopReason::NotRetryable);
}

#[tokio::test]
async fn should_retry_false_stops_even_a_rate_limit_the_spec_retries() {
    let server = Server::start(vec![
        support::rate_limited()
            .header("retry-after", "1")
            .header("x-should-retry", "false"),
        Reply::ok(),
    ]);
    let sleeper = RecordingSleeper::default();
    let err = send(&server, &executor(&sleeper))
        .await
        .expect_err("the server said no");
    assert_eq!(server.hits(), 1);
    assert_eq!(err.reason, StopReason::ServerSaidNo);
}

#[tokio::test]
async fn budget_stops_a_burst_of_failures() {
    // Room for exactly two retries across all requests.
    let budget = RetryBudget::new(BudgetConfig {
        capacity: 12,
        ..BudgetConfig::STANDARD
    });
    let server = Server::start(vec![server_error(503)]);
    let sleeper = RecordingSleeper::default();
    // The outage wait off: a refused retry stops the call.
    let executor = executor(&sleeper)
        .budget(budget.clone())
        .outage_wait(Duration::ZERO);
    let client = client();

    let first = send_with_retry::<TestCode, _>(&executor, client.get(server.url("/")))
        .await
        .expect_err("503 forever");
    assert_eq!(first.reason, StopReason::AttemptsExhausted { attempts: 3 });
    assert_eq!(budget.available(), 2);
    for _ in 0..5 {
        let next = send_with_retry::<TestCode, _>(&executor, client.get(server.url("/")))
            .await
            .expect_err("503 forever");
        assert_eq!(next.reason, StopReason::BudgetExhausted);
        assert_eq!(next.attempts(), 1);
    }
    // 3 attempts, then one first attempt per request and no retries.
    assert_eq!(server.hits(), 8);
    assert_eq!(budget.available(), 2);
}

#[tokio::test]
async fn refused_connections_are_retried_then_reported() {
    // Bind and drop to get a loopback port nobody listens on.
    let addr = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port");
    let sleeper = RecordingSleeper::default();
    let err = send_with_retry::<TestCode, _>(
        &executor(&sleeper),
        client().get(format!("http://{addr}/")),
    )
    .await
    .expect_err("nobody listens");
    assert_eq!(err.reason, StopReason::AttemptsExhausted { attempts: 3 });
    assert!(
        err.history
            .iter()
            .all(|r| r.transport == Some(TransportKind::Connection))
    );
    // The transport strategy: 0.5 s doubling, plus half of its 125 ms jitter.
    assert_eq!(
        sleeper.delays(),
        [
            Duration::from_micros(562_500),
            Duration::from_micros(1_062_500)
        ]
    );
}

#[tokio::test]
async fn a_dropped_connection_is_retried_with_the_same_body() {
    let server = Server::start(vec![support::server::Reply::Hangup, Reply::ok()]);
    let sleeper = RecordingSleeper::default();
    let request = client()
        .post(server.url("/v1/chat"))
        .header("content-type", "application/json")
        .body(r#"{"model":"m"}"#);
    let done = send_with_retry::<TestCode, _>(&executor(&sleeper), request)
        .await
        .expect("the second attempt succeeds");
    assert_eq!(server.hits(), 2);
    assert_eq!(done.history[0].transport, Some(TransportKind::Connection));
    let bodies: Vec<_> = server.received().into_iter().map(|r| r.body).collect();
    assert_eq!(
        bodies,
        [br#"{"model":"m"}"#.to_vec(), br#"{"model":"m"}"#.to_vec()]
    );
}

#[tokio::test(start_paused = true)]
async fn tokio_sleeper_waits_on_the_paused_clock() {
    let server = Server::start(vec![
        support::rate_limited().header("retry-after", "7"),
        Reply::ok(),
    ]);
    let executor = RetryExecutor::tokio()
        .clock(TokioClock::default())
        .rng(FixedFraction(0.0))
        .without_budget();
    let start = tokio::time::Instant::now();
    let done = send(&server, &executor)
        .await
        .expect("success after the wait");
    assert_eq!(done.history[0].delay_waited, Duration::from_secs(7));
    // The paused clock jumped over the wait: at least 7 s of tokio time passed.
    assert!(start.elapsed() >= Duration::from_secs(7));
    assert_eq!(server.hits(), 2);
}

#[tokio::test]
async fn the_success_record_has_status_and_request_id() {
    let server = Server::start(vec![
        server_error(503).header("x-request-id", "req_a"),
        Reply::new(201, "{}").header("x-request-id", "req_b"),
    ]);
    let sleeper = RecordingSleeper::default();
    let done = send(&server, &executor(&sleeper))
        .await
        .expect("the retry succeeds");
    let last = done.history.last().expect("two attempts");
    assert!(last.succeeded);
    assert_eq!(last.status, Some(201));
    assert_eq!(last.request_id.as_deref(), Some("req_b"));
    assert_eq!(done.history[0].request_id.as_deref(), Some("req_a"));
}

/// An OpenRouter stream chunk logged after `200 OK` (Aider-AI/aider issue #3550,
/// converted from its Python repr): a rate limit sent inside a success.
const IN_BAND_429: &str = r#"{"error":{"message":"Rate limit exceeded: free-models-per-day","code":429,"metadata":{"headers":{"X-RateLimit-Limit":"200","X-RateLimit-Remaining":"0","X-RateLimit-Reset":"1743292800000"},"provider_name":"Google AI Studio"}},"user_id":"user_XXXXXXXXXXXXXXXXXXXXXXXXX"}"#;

#[tokio::test]
async fn checked_sends_retry_an_error_inside_a_200() {
    let server = Server::start(vec![Reply::new(200, IN_BAND_429), Reply::ok()]);
    let sleeper = RecordingSleeper::default();
    let request = client().get(server.url("/"));
    let done = send_with_retry_checked::<TestCode, _>(&executor(&sleeper), request)
        .await
        .expect("success on the second attempt");
    assert_eq!(server.hits(), 2);
    assert_eq!(done.value.status(), 200);
    assert_eq!(done.value.body().as_slice(), br#"{"ok":true}"#);
    assert_eq!(
        done.history[0].status,
        Some(429),
        "the status the error carries"
    );
    assert!(done.history[0].retry_reason.is_some());
    assert_eq!(sleeper.delays().len(), 1);

    // Unchecked, the same 200 is a success.
    let server = Server::start(vec![Reply::new(200, IN_BAND_429)]);
    let done = send(&server, &executor(&sleeper)).await.expect("a 200");
    assert_eq!(done.history.len(), 1);
}

#[tokio::test]
async fn checked_sends_give_up_on_an_in_band_error_like_on_a_response() {
    let server = Server::start(vec![Reply::new(200, IN_BAND_429)]);
    let sleeper = RecordingSleeper::default();
    let request = client().get(server.url("/"));
    let err = send_with_retry_checked::<TestCode, _>(&executor(&sleeper).max_attempts(2), request)
        .await
        .expect_err("never a real success");
    assert_eq!(server.hits(), 2);
    assert_eq!(err.reason, StopReason::AttemptsExhausted { attempts: 2 });
    let error = err.api_error().expect("a response");
    assert_eq!(error.status(), 429);
    assert_eq!(
        error.details().message_unredacted(),
        Some("Rate limit exceeded: free-models-per-day")
    );
}
