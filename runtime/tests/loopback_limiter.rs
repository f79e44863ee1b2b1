//! The executor's rate limiter against a real HTTP server on 127.0.0.1 that enforces a
//! small fixed window and sends OpenAI's `x-ratelimit-*` headers.
//!
//! Time is virtual: server and client read one hand-moved clock, and the executor's sleeper
//! moves it instead of sleeping.

#![cfg(all(feature = "reqwest", feature = "tokio"))]

mod support;

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use errspec_runtime::integrations::reqwest::send_with_retry;
use errspec_runtime::rand::FixedFraction;
use errspec_runtime::retry::StopReason;
use errspec_runtime::retry::executor::RetryExecutor;
use errspec_runtime::retry::limiter::RateLimiter;
use errspec_runtime::time::Clock;
use errspec_runtime::time::ManualClock;
use support::catalog::{SparseCode, TestCode};
use support::clock::ClockSleeper;
use support::server::{Reply, Server};

/// A fixed window of `limit` requests per second of the shared clock; 429 past it.
struct WindowServer {
    addr: SocketAddr,
    hits: Arc<AtomicUsize>,
    throttled: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl WindowServer {
    fn start(limit: u64, clock: ManualClock) -> WindowServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let addr = listener.local_addr().expect("addr");
        let (hits, throttled, stop) = (
            Arc::new(AtomicUsize::new(0)),
            Arc::new(AtomicUsize::new(0)),
            Arc::new(AtomicBool::new(false)),
        );
        let start = clock.now();
        let counts = Mutex::new(Vec::<u64>::new());
        let thread = {
            let (hits, throttled, stop) = (hits.clone(), throttled.clone(), stop.clone());
            std::thread::spawn(move || {
                // Bounded: no test makes this many requests.
                for stream in listener.incoming().take(500) {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(mut stream) = stream else { continue };
                    if !read_request(&mut stream) {
                        continue;
                    }
                    hits.fetch_add(1, Ordering::SeqCst);
                    let elapsed = clock.now().duration_since(start).unwrap_or_default();
                    let index = elapsed.as_secs() as usize;
                    let used = {
                        let mut c = counts.lock().unwrap_or_else(|e| e.into_inner());
                        if c.len() <= index {
                            c.resize(index + 1, 0);
                        }
                        c[index] += 1;
                        c[index]
                    };
                    let reset = Duration::from_secs(index as u64 + 1) - elapsed;
                    let (status, body) = if used > limit {
                        throttled.fetch_add(1, Ordering::SeqCst);
                        (429, support::rate_limit_body())
                    } else {
                        (200, r#"{"ok":true}"#.to_owned())
                    };
                    let response = format!(
                        "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\n\
                         x-ratelimit-limit-requests: {limit}\r\n\
                         x-ratelimit-remaining-requests: {}\r\n\
                         x-ratelimit-reset-requests: {}ms\r\n\
                         content-length: {}\r\nconnection: close\r\n\r\n{body}",
                        limit.saturating_sub(used),
                        reset.as_millis().max(1),
                        body.len()
                    );
                    let _ = stream.write_all(response.as_bytes());
                    let _ = stream.shutdown(Shutdown::Both);
                }
            })
        };
        WindowServer {
            addr,
            hits,
            throttled,
            stop,
            thread: Some(thread),
        }
    }

    fn url(&self) -> String {
        format!("http://{}/v1/chat/completions", self.addr)
    }
}

impl Drop for WindowServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Reads one request head (the tests send no body); `false` for a connection that closed.
fn read_request(stream: &mut TcpStream) -> bool {
    let _ = stream.set_read_timeout(Some(support::server::IO_TIMEOUT));
    let mut buf = Vec::new();
    let mut chunk = [0u8; 1024];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return false,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
        if buf.len() > 64 * 1024 {
            return false;
        }
    }
    true
}

fn executor(clock: &ManualClock) -> RetryExecutor<ClockSleeper> {
    RetryExecutor::new()
        .sleeper(ClockSleeper(clock.clone()))
        .clock(clock.clone())
        .rng(FixedFraction(0.0))
}

#[tokio::test]
async fn the_limiter_keeps_calls_out_of_429s() {
    let clock = ManualClock::new(support::t0());
    let server = WindowServer::start(5, clock.clone());
    let executor = executor(&clock);
    let client = reqwest::Client::new();
    for _ in 0..20 {
        let done = send_with_retry::<TestCode, _>(&executor, client.get(server.url()))
            .await
            .expect("every call succeeds");
        assert_eq!(done.history.len(), 1, "no retries: {:?}", done.history);
    }
    assert_eq!(server.hits.load(Ordering::SeqCst), 20);
    assert_eq!(server.throttled.load(Ordering::SeqCst), 0);
    // 20 calls at 5 a second: held at three resets, not more.
    let elapsed = clock
        .now()
        .duration_since(support::t0())
        .unwrap_or_default();
    assert!(
        (Duration::from_secs(3)..Duration::from_secs(4)).contains(&elapsed),
        "{elapsed:?}"
    );
}

#[tokio::test]
async fn without_the_limiter_the_same_calls_run_into_429s() {
    let clock = ManualClock::new(support::t0());
    let server = WindowServer::start(5, clock.clone());
    let executor = executor(&clock).without_rate_limiter();
    let client = reqwest::Client::new();
    for _ in 0..20 {
        send_with_retry::<TestCode, _>(&executor, client.get(server.url()))
            .await
            .expect("retries recover");
    }
    assert!(server.throttled.load(Ordering::SeqCst) >= 3);
}

#[tokio::test]
async fn executors_sharing_a_limiter_share_the_window() {
    let clock = ManualClock::new(support::t0());
    let server = WindowServer::start(4, clock.clone());
    let shared = RateLimiter::default();
    let a = executor(&clock).rate_limiter(shared.clone());
    let b = executor(&clock).rate_limiter(shared.clone());
    let client = reqwest::Client::new();
    for i in 0..16 {
        let executor = if i % 2 == 0 { &a } else { &b };
        send_with_retry::<TestCode, _>(executor, client.get(server.url()))
            .await
            .expect("success");
    }
    assert_eq!(server.throttled.load(Ordering::SeqCst), 0);
    // Both executors hold the one limiter, which learnt the limit.
    let seen = |e: &RetryExecutor<ClockSleeper>| {
        e.limiter()
            .and_then(|l| l.snapshot(clock.now()).requests.limit)
    };
    assert_eq!(seen(&a), Some(4));
    assert_eq!(seen(&b), Some(4));
}

/// Which task runs when depends on when the server thread's answers arrive, so the
/// interleaving differs from run to run; what is asserted should not: no window over its
/// limit, whatever the interleaving and the time jumps of waits and latency, is the
/// property `limiter_logic` checks deterministically under 130 simulated schedules.
#[tokio::test]
async fn concurrent_calls_stay_inside_the_window() {
    let clock = ManualClock::new(support::t0());
    let server = WindowServer::start(5, clock.clone());
    let executor = executor(&clock);
    let client = reqwest::Client::new();
    let tasks: Vec<_> = (0..4)
        .map(|_| {
            let (executor, client, url) = (executor.clone(), client.clone(), server.url());
            tokio::spawn(async move {
                for _ in 0..5 {
                    send_with_retry::<TestCode, _>(&executor, client.get(&url))
                        .await
                        .expect("success");
                }
            })
        })
        .collect();
    for t in tasks {
        t.await.expect("no panic");
    }
    assert_eq!(server.hits.load(Ordering::SeqCst), 20);
    assert_eq!(server.throttled.load(Ordering::SeqCst), 0);
}

/// Sends `calls` healthy requests one after the other; returns the time they took on the
/// shared clock and how long the limiter held them.
async fn healthy_calls<C: errspec_runtime::Catalog>(
    executor: &RetryExecutor<ClockSleeper>,
    server: &Server,
    clock: &ManualClock,
    calls: usize,
) -> (Duration, Duration) {
    let client = reqwest::Client::new();
    let start = clock.now();
    let mut held = Duration::ZERO;
    for _ in 0..calls {
        let done = send_with_retry::<C, _>(executor, client.get(server.url("/")))
            .await
            .expect("healthy");
        held += done.history.iter().map(|r| r.held).sum::<Duration>();
    }
    (clock.now().duration_since(start).unwrap_or_default(), held)
}

#[tokio::test]
async fn a_stopped_calls_long_hint_does_not_freeze_other_calls() {
    // One 429 asking for ten minutes (beyond what the executor honours: the call
    // stops), then a healthy server.
    let server = Server::start(vec![
        support::rate_limited().header("retry-after", "600"),
        Reply::ok(),
    ]);
    let clock = ManualClock::new(support::t0());
    let executor = executor(&clock);
    let client = reqwest::Client::new();
    let err = send_with_retry::<TestCode, _>(&executor, client.get(server.url("/")))
        .await
        .expect_err("ten minutes is too long to wait");
    assert!(
        matches!(err.reason, StopReason::HintTooLong { .. }),
        "{:?}",
        err.reason
    );
    // The next, unrelated call goes at once: nobody waits for a delay nobody honoured.
    let (took, held) = healthy_calls::<TestCode>(&executor, &server, &clock, 1).await;
    assert_eq!((took, held), (Duration::ZERO, Duration::ZERO));
    let snapshot = executor.limiter().map(|l| l.snapshot(clock.now()));
    assert_eq!(snapshot.and_then(|s| s.blocked_for), None);
}

#[tokio::test]
async fn a_quota_429_does_not_slow_healthy_calls() {
    let server = Server::start(vec![support::quota_exceeded(), Reply::ok()]);
    let clock = ManualClock::new(support::t0());
    let executor = executor(&clock);
    let err =
        send_with_retry::<TestCode, _>(&executor, reqwest::Client::new().get(server.url("/")))
            .await
            .expect_err("quota is final");
    assert_eq!(err.reason, StopReason::NotRetryable);
    // Billing is not a throttle: sending slower cures nothing, so nothing is slowed.
    let (took, held) = healthy_calls::<TestCode>(&executor, &server, &clock, 10).await;
    assert_eq!((took, held), (Duration::ZERO, Duration::ZERO));
    let snapshot = executor.limiter().map(|l| l.snapshot(clock.now()));
    assert_eq!(snapshot.and_then(|s| s.adaptive_rate), None);
}

/// Whether one 429 `reply` leaves the executor's limiter pacing first attempts.
async fn paces_after<C: errspec_runtime::Catalog>(reply: Reply) -> bool {
    let server = Server::start(vec![reply.header("x-should-retry", "false"), Reply::ok()]);
    let clock = ManualClock::new(support::t0());
    let executor = executor(&clock);
    let client = reqwest::Client::new();
    send_with_retry::<C, _>(&executor, client.get(server.url("/")))
        .await
        .expect_err("told not to retry");
    let snapshot = executor.limiter().map(|l| l.snapshot(clock.now()));
    snapshot.and_then(|s| s.adaptive_rate).is_some()
}

#[tokio::test]
async fn rate_limits_and_unknown_429s_are_throttles() {
    assert!(paces_after::<TestCode>(support::rate_limited()).await);
    // No entry for it: a bare 429 counts as a throttle.
    let bare = Reply::new(429, "slow down");
    assert!(paces_after::<SparseCode>(bare).await);
}
