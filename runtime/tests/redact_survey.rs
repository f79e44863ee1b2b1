//! The redaction survey: every key shape and spelling (`support::key_shapes`) through every
//! output path of the runtime — `Display` and `Debug` of `ErrorDetails`, `Classification`,
//! `ApiError`, `RetryError` (a response, and a transport error quoting a URL, with its
//! source chain), the `message()` accessor, and the `tracing` events — and none may show.
//! The derive's paths are surveyed in the facade's `tests/redact_survey.rs`, the CLI's in
//! `cli/tests/cli/redact_survey.rs`.

mod support;

use std::error::Error;
use std::fmt;
use std::time::SystemTime;

use errspec_runtime::retry::executor::{RetryExecutor, TransportKind};

use errspec_runtime::rand::FixedFraction;
use errspec_runtime::response::redact::redact;
use errspec_runtime::time::ManualClock;
use errspec_runtime::time::RecordingSleeper;
use errspec_runtime::{ApiError, AttemptError, Classification, ErrorDetails, RetryError, classify};
use support::catalog::TestCode;
use support::key_shapes::{KEY_SHAPES, KeyShape, NOT_SECRETS, assert_hidden};

/// A body whose message and param hold the key, under `code`.
fn body(shape: &KeyShape, code: &str) -> Vec<u8> {
    format!(
        r#"{{"error":{{"message":"Incorrect API key provided: {k}.","type":"invalid_request_error","param":"{k}","code":"{code}"}}}}"#,
        k = shape.json
    )
    .into_bytes()
}

/// The bodies a key can arrive in: a known code, an unknown code that is the key itself,
/// and a body that is not JSON at all (a proxy's text).
fn bodies(shape: &KeyShape) -> [(u16, Vec<u8>); 3] {
    [
        (401, body(shape, "invalid_api_key")),
        (418, body(shape, shape.json)),
        (
            502,
            format!("<html>bad gateway for {}</html>", shape.text).into_bytes(),
        ),
    ]
}

/// Everything a value shows: `Display`, `Debug` and pretty `Debug`.
fn shown(value: &(impl fmt::Display + fmt::Debug)) -> String {
    format!("{value}\n{value:?}\n{value:#?}")
}

#[test]
fn error_details_hide_every_key_shape() {
    for shape in KEY_SHAPES {
        let headers = [("x-request-id", shape.text)];
        for (status, body) in bodies(shape) {
            let d = ErrorDetails::parse(status, &headers, &body);
            assert_hidden(shape, "ErrorDetails", &shown(&d));
            assert_hidden(
                shape,
                "ErrorDetails (owned)",
                &shown(&d.clone().into_owned()),
            );
            let message = d.message().unwrap_or_default();
            assert_hidden(shape, "ErrorDetails::message", &message);
        }
    }
}

#[test]
fn classifications_and_api_errors_hide_every_key_shape() {
    for shape in KEY_SHAPES {
        let headers = [("x-request-id", shape.text)];
        for (status, body) in bodies(shape) {
            let c: Classification<'_, TestCode> = classify(status, &headers, &body);
            assert_hidden(shape, "Classification", &shown(&c));
            let e: ApiError<TestCode> = c.into_owned();
            assert_hidden(shape, "ApiError", &shown(&e));
        }
    }
}

/// A client error as reqwest words one: the URL in its `Display`, in its `Debug` and in
/// its source.
#[derive(Debug)]
struct ClientError {
    url: String,
    source: Refused,
}

#[derive(Debug)]
struct Refused(String);

impl fmt::Display for ClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error sending request for url ({})", self.url)
    }
}

impl Error for ClientError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.source)
    }
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "connection refused by {}", self.0)
    }
}

impl Error for Refused {}

fn client_error(shape: &KeyShape) -> ClientError {
    ClientError {
        url: format!("https://api.example.com/v1/chat?{}", shape.text),
        source: Refused(shape.text.to_owned()),
    }
}

/// A retry run: a 429 whose request id is the key (retried), then `last`.
fn run(shape: &KeyShape, last: impl Fn() -> AttemptError<TestCode>) -> RetryError<TestCode> {
    let rate_limited =
        br#"{"error":{"message":"slow down","type":"requests","code":"rate_limit_exceeded"}}"#;
    let executor = RetryExecutor::new()
        .sleeper(RecordingSleeper::default())
        .rng(FixedFraction(0.0))
        .clock(ManualClock::new(SystemTime::UNIX_EPOCH))
        .without_budget();
    let headers = [("x-request-id", shape.text)];
    executor
        .run_blocking(|ctx| {
            Err::<(), _>(match ctx.attempt {
                1 => AttemptError::from_response(429, &headers[..], rate_limited, ctx.now),
                _ => last(),
            })
        })
        .expect_err("every attempt fails")
}

/// What an error reporter (anyhow, eyre) prints: the error and each of its sources.
fn chain(error: &dyn Error) -> String {
    let mut text = String::new();
    let mut cause = Some(error);
    while let Some(e) = cause {
        text.push_str(&e.to_string());
        text.push('\n');
        cause = e.source();
    }
    text
}

#[test]
fn retry_errors_hide_every_key_shape() {
    for shape in KEY_SHAPES {
        let transport = run(shape, || {
            AttemptError::transport(client_error(shape), TransportKind::Fatal)
        });
        assert_eq!(transport.attempts(), 2, "{transport}");
        assert!(
            transport.to_string().contains("error sending request"),
            "{transport}"
        );
        assert_hidden(shape, "RetryError (transport)", &shown(&transport));
        assert_hidden(shape, "RetryError's source chain", &chain(&transport));

        for (status, body) in bodies(shape) {
            let headers = [("x-request-id", shape.text)];
            let response = run(shape, || {
                AttemptError::from_response(status, &headers[..], &body, SystemTime::UNIX_EPOCH)
            });
            assert!(response.api_error().is_some(), "{response}");
            assert_hidden(shape, "RetryError (response)", &shown(&response));
            assert_hidden(shape, "RetryError's source chain", &chain(&response));
        }
    }
}

#[test]
fn successes_hide_every_key_shape_in_their_history() {
    for shape in KEY_SHAPES {
        let headers = [("x-request-id", shape.text)];
        let unknown = body(shape, shape.json);
        let executor = RetryExecutor::new()
            .sleeper(RecordingSleeper::default())
            .rng(FixedFraction(0.0))
            .clock(ManualClock::new(SystemTime::UNIX_EPOCH))
            .without_budget();
        let success = executor
            .run_blocking(|ctx| match ctx.attempt {
                // A 500 whose request id is the key: retried, and kept in the history.
                1 => Err(AttemptError::<TestCode>::from_response(
                    500,
                    &headers[..],
                    &unknown,
                    ctx.now,
                )),
                _ => Ok("done"),
            })
            .expect("the second attempt succeeds");
        assert_eq!(success.history.len(), 2);
        assert_eq!(success.history[0].request_id.as_deref(), Some(shape.text));
        assert_hidden(shape, "Success", &format!("{success:?} {success:#?}"));
    }
}

#[cfg(feature = "reqwest")]
#[test]
fn read_error_responses_hide_every_key_shape() {
    use errspec_runtime::integrations::reqwest::ErrorResponse;
    for shape in KEY_SHAPES {
        let mut headers = http::HeaderMap::new();
        if let Ok(value) = http::HeaderValue::from_str(shape.text) {
            headers.insert("x-request-id", value);
        }
        let response = ErrorResponse {
            status: http::StatusCode::UNAUTHORIZED,
            headers,
            body: body(shape, "invalid_api_key"),
            truncated: false,
        };
        assert_hidden(
            shape,
            "ErrorResponse",
            &format!("{response:?} {response:#?}"),
        );
    }
}

#[cfg(feature = "tracing")]
#[test]
fn tracing_events_hide_every_key_shape() {
    use support::trace_lines::Lines;
    for shape in KEY_SHAPES {
        let lines = Lines::default();
        lines.capture(|| {
            let headers = [("x-request-id", shape.text)];
            // The last attempt's code is the key itself: a code the catalog does not know.
            let unknown = body(shape, shape.json);
            run(shape, || {
                AttemptError::from_response(418, &headers[..], &unknown, SystemTime::UNIX_EPOCH)
            });
            run(shape, || {
                AttemptError::transport(client_error(shape), TransportKind::Fatal)
            });
        });
        let lines = lines.lines();
        assert_eq!(lines.len(), 4, "{lines:#?}");
        assert!(lines[1].contains("error.type="), "{}", lines[1]);
        assert_hidden(shape, "tracing", &lines.join("\n"));
    }
}

#[test]
fn request_ids_words_and_model_names_are_never_masked() {
    for text in NOT_SECRETS {
        assert_eq!(redact(text), *text);
        let body = format!(r#"{{"error":{{"message":"{text}","code":"model_not_found"}}}}"#);
        let headers = [("x-request-id", *text)];
        let d = ErrorDetails::parse(404, &headers, body.as_bytes());
        let shown = format!("{d}");
        assert_eq!(shown.matches(text).count(), 2, "{shown}");
    }
}
