//! `errspec::any::send_with_retry` against a real HTTP server on 127.0.0.1: each error is
//! classified by the catalog of the provider that sent it. Time never passes for real: a
//! recording sleeper notes each delay, and the executor reads a fixed clock.

#![cfg(all(feature = "reqwest", feature = "tokio", feature = "anthropic"))]

#[path = "../runtime/tests/support/server.rs"]
#[allow(dead_code)]
mod server;

use std::time::{Duration, SystemTime};

use errspec::any::{self, AnyCode};
use errspec::runtime::rand::FixedFraction;
use errspec::runtime::retry::StopReason;
use errspec::runtime::retry::executor::RetryExecutor;
use errspec::runtime::time::ManualClock;
use errspec::runtime::time::RecordingSleeper;
use errspec::runtime::{Catalog, Provider};
use server::{Reply, Server};

fn executor(sleeper: &RecordingSleeper) -> RetryExecutor<RecordingSleeper> {
    let t0 = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    RetryExecutor::new()
        .sleeper(sleeper.clone())
        .rng(FixedFraction(0.5))
        .clock(ManualClock::new(t0))
        .without_budget()
}

/// Anthropic's overload body, as its errors page shows it.
const OVERLOADED: &str =
    r#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#;

#[tokio::test]
async fn an_anthropic_overload_is_retried_by_anthropics_catalog() {
    let server = Server::start(vec![Reply::new(529, OVERLOADED), Reply::ok()]);
    let sleeper = RecordingSleeper::default();
    let request = reqwest::Client::new().get(server.url("/v1/messages"));
    let done = any::send_with_retry(&executor(&sleeper), request)
        .await
        .expect("success on the second attempt");
    assert_eq!(server.hits(), 2);
    assert_eq!(done.value.status(), 200);
    assert_eq!(done.history[0].code.as_deref(), Some("overloaded_error"));
    assert_eq!(sleeper.delays().len(), 1);
}

#[tokio::test]
async fn a_final_error_names_its_provider() {
    let body =
        r#"{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}"#;
    let server = Server::start(vec![Reply::new(401, body), Reply::ok()]);
    let sleeper = RecordingSleeper::default();
    let request = reqwest::Client::new().get(server.url("/v1/messages"));
    let err = any::send_with_retry(&executor(&sleeper), request)
        .await
        .expect_err("401 is final");
    assert_eq!(server.hits(), 1);
    assert_eq!(err.reason, StopReason::NotRetryable);
    let code = err.api_error().and_then(|e| e.code()).expect("known");
    assert_eq!(code.provider(), Provider::Anthropic);
    assert_eq!(code.as_str(), "authentication_error");
    assert!(matches!(code, AnyCode::Anthropic(_)));
}

/// Azure OpenAI's token throttle asking for a day's wait (jasonacox/TinyLLM#17): far past
/// the server-delay ceiling, so the call stops at once instead of sleeping for a day.
#[cfg(feature = "azure-openai")]
#[tokio::test]
async fn an_azure_throttle_that_asks_for_a_day_is_not_retried() {
    let body = r#"{"error":{"code":"429","message":"Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2023-05-15 have exceeded token rate limit of your current AIServices S0 pricing tier. Please retry after 86400 seconds. Please contact Azure support service if you would like to further increase the default rate limit."}}"#;
    let server = Server::start(vec![Reply::new(429, body), Reply::ok()]);
    let sleeper = RecordingSleeper::default();
    let request =
        reqwest::Client::new().post(server.url("/openai/deployments/gpt/chat/completions"));
    let err = any::send_with_retry(&executor(&sleeper), request)
        .await
        .expect_err("a day is past the ceiling");
    assert_eq!(server.hits(), 1);
    assert!(sleeper.delays().is_empty());
    assert!(
        matches!(err.reason, StopReason::HintTooLong { requested, .. } if requested >= Duration::from_secs(120)),
        "{:?}",
        err.reason
    );
    let code = err.api_error().and_then(|e| e.code()).expect("known");
    assert_eq!(code.provider(), Provider::AzureOpenAi);
}
