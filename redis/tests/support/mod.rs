//! Shared by the integration tests: fleets on a test server, raw access to Redis, reports,
//! and a `tracing` subscriber that records this crate's events.

#![allow(dead_code)]

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use errspec_redis::{Fleet, FleetAcquire, FleetConfig, FleetPermit};
use errspec_runtime::retry::limiter::{LimitReport, RateLimitReport};
use redis::aio::MultiplexedConnection;
use tracing::field::{Field, Visit};
use tracing::{Event, Level, Metadata, Subscriber, span};

/// A test API key: it must never reach Redis in clear.
pub const API_KEY: &str = "sk-test-4f6b1c2e9d";

/// A generous timeout for tests that expect sharing (the machine may be loaded),
/// reconnecting on the very next call, so that no test waits for a backoff, and no
/// cold-start probe (tests of it ask for one), so that a test's first acquires all go.
pub fn config(url: &str) -> FleetConfig {
    FleetConfig::new(url)
        .with_key_prefix("test")
        .with_timeout(Duration::from_secs(2))
        .with_reconnect_backoff(Duration::ZERO, Duration::ZERO)
        .with_cold_start_probes(0)
}

pub fn fleet(url: &str) -> Fleet {
    Fleet::new(config(url)).expect("a valid url")
}

/// A plain connection of our own, to look at what the fleet stored.
pub async fn raw(url: &str) -> MultiplexedConnection {
    redis::Client::open(url)
        .expect("a valid url")
        .get_multiplexed_async_connection()
        .await
        .expect("the test server answers")
}

/// Every key in the server, through `SCAN`.
pub async fn all_keys(c: &mut MultiplexedConnection) -> Vec<String> {
    let mut keys = Vec::new();
    let mut cursor = 0u64;
    loop {
        let (next, batch): (u64, Vec<String>) = redis::cmd("SCAN")
            .arg(cursor)
            .query_async(c)
            .await
            .expect("SCAN");
        keys.extend(batch);
        if next == 0 {
            break;
        }
        cursor = next;
    }
    keys.sort();
    keys
}

/// The server's `TIME`, in milliseconds.
pub async fn server_ms(c: &mut MultiplexedConnection) -> u64 {
    let (s, us): (u64, u64) = redis::cmd("TIME").query_async(c).await.expect("TIME");
    s * 1000 + us / 1000
}

/// A response reporting the request window.
pub fn requests(limit: u64, remaining: u64, reset: Duration) -> RateLimitReport {
    RateLimitReport {
        requests: LimitReport {
            limit: Some(limit),
            remaining: Some(remaining),
            reset: Some(reset),
        },
        ..RateLimitReport::status_only(200)
    }
}

/// A response reporting the token window.
pub fn tokens(limit: u64, remaining: u64, reset: Duration) -> RateLimitReport {
    RateLimitReport {
        tokens: LimitReport {
            limit: Some(limit),
            remaining: Some(remaining),
            reset: Some(reset),
        },
        ..RateLimitReport::status_only(200)
    }
}

/// The permit of an answer that must be "go".
#[track_caller]
pub fn go(answer: FleetAcquire) -> FleetPermit {
    match answer {
        FleetAcquire::Go(p) => p,
        FleetAcquire::Wait(d) => panic!("expected go, told to wait {d:?}"),
    }
}

/// Bounds a test's run: a hang fails it instead of stalling the suite.
pub async fn guard<F: Future>(f: F) -> F::Output {
    tokio::time::timeout(Duration::from_secs(60), f)
        .await
        .expect("the test hung")
}

/// Records the level and fields of every event of this crate, for the whole test binary
/// (a global subscriber: a scoped one can miss events of callsites that other tests'
/// threads registered first). Tests tell their events apart by their server's URL.
#[derive(Clone, Default)]
pub struct Recorder(Arc<Mutex<Vec<(Level, String)>>>);

/// The binary's recorder, installed on first use.
pub fn recorder() -> Recorder {
    static RECORDER: std::sync::OnceLock<Recorder> = std::sync::OnceLock::new();
    RECORDER
        .get_or_init(|| {
            let recorder = Recorder::default();
            tracing::subscriber::set_global_default(recorder.clone())
                .expect("no other global subscriber");
            recorder
        })
        .clone()
}

impl Recorder {
    /// How many events of `level` about the Redis at `url` were recorded.
    pub fn count(&self, level: Level, url: &str) -> usize {
        self.messages(url)
            .iter()
            .filter(|m| m.starts_with(level.as_str()))
            .count()
    }

    /// The events about the Redis at `url` (its host and port).
    pub fn messages(&self, url: &str) -> Vec<String> {
        let host = url.rsplit('@').next().unwrap_or(url);
        let host = host.split("://").last().unwrap_or(host);
        let events = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        events
            .iter()
            .filter(|(_, m)| m.contains(host))
            .map(|(l, m)| format!("{l}{m}"))
            .collect()
    }
}

struct Message(String);

impl Visit for Message {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        use std::fmt::Write as _;
        let _ = write!(self.0, " {}={value:?}", field.name());
    }
}

impl Subscriber for Recorder {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.target().starts_with("errspec_redis")
    }
    fn new_span(&self, _: &span::Attributes<'_>) -> span::Id {
        span::Id::from_u64(1)
    }
    fn record(&self, _: &span::Id, _: &span::Record<'_>) {}
    fn record_follows_from(&self, _: &span::Id, _: &span::Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut message = Message(String::new());
        event.record(&mut message);
        let mut events = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        events.push((*event.metadata().level(), message.0));
    }
    fn enter(&self, _: &span::Id) {}
    fn exit(&self, _: &span::Id) {}
}
