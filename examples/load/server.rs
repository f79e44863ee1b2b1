//! The scripted server of the load harness: HTTP/1.1 with keep-alive on 127.0.0.1, a fixed
//! one-second window of `rate` requests, OpenAI's `x-ratelimit-*` headers on every response,
//! 429 `rate_limit_exceeded` past the limit, and an optional outage of 503s.
//!
//! It runs on its own thread and runtime, and stops by itself after `max_time` or
//! `max_requests`, whichever comes first.

use std::io;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Longest request head or body read.
const MAX_REQUEST: usize = 64 * 1024;

/// What the server does.
#[derive(Clone, Copy, Debug)]
pub struct Script {
    /// Requests allowed per window.
    pub rate: u64,
    /// The window's length.
    pub window: Duration,
    /// Tokens allowed per window, and what each request uses.
    pub token_limit: u64,
    pub tokens_per_request: u64,
    /// Answer 503 between these times after the start.
    pub outage: Option<(Duration, Duration)>,
    /// Stop after this long, or this many requests.
    pub max_time: Duration,
    pub max_requests: u64,
}

/// What the server saw.
#[derive(Debug, Default)]
pub struct Counters {
    pub requests: AtomicU64,
    pub ok: AtomicU64,
    pub rate_limited: AtomicU64,
    pub unavailable: AtomicU64,
    /// Requests received while the outage lasted.
    pub during_outage: AtomicU64,
    /// Requests per window, in order.
    pub per_window: Mutex<Vec<u64>>,
}

#[derive(Debug, Default)]
struct Window {
    index: u64,
    requests: u64,
    tokens: u64,
}

pub struct Server {
    pub addr: SocketAddr,
    pub started: Instant,
    pub counters: Arc<Counters>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    pub fn start(script: Script) -> io::Result<Server> {
        let std_listener = std::net::TcpListener::bind("127.0.0.1:0")?;
        std_listener.set_nonblocking(true)?;
        let addr = std_listener.local_addr()?;
        let counters = Arc::new(Counters::default());
        let stop = Arc::new(AtomicBool::new(false));
        let started = Instant::now();
        let thread = {
            let (counters, stop) = (counters.clone(), stop.clone());
            std::thread::spawn(move || {
                let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                else {
                    return;
                };
                rt.block_on(serve(std_listener, script, started, counters, stop));
            })
        };
        Ok(Server {
            addr,
            started,
            counters,
            stop,
            thread: Some(thread),
        })
    }

    pub fn url(&self) -> String {
        format!("http://{}/v1/chat/completions", self.addr)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

async fn serve(
    listener: std::net::TcpListener,
    script: Script,
    started: Instant,
    counters: Arc<Counters>,
    stop: Arc<AtomicBool>,
) {
    let Ok(listener) = TcpListener::from_std(listener) else {
        return;
    };
    let window = Arc::new(Mutex::new(Window::default()));
    let deadline = tokio::time::Instant::from_std(started + script.max_time);
    loop {
        if stop.load(Ordering::SeqCst) {
            break;
        }
        let accepted = tokio::select! {
            a = listener.accept() => a,
            () = tokio::time::sleep_until(deadline) => break,
            () = tokio::time::sleep(Duration::from_millis(50)) => continue,
        };
        let Ok((stream, _)) = accepted else { continue };
        let (counters, window, stop) = (counters.clone(), window.clone(), stop.clone());
        tokio::spawn(async move {
            let connection = connection(stream, script, started, &counters, &window, &stop);
            let _ = tokio::time::timeout_at(deadline, connection).await;
        });
    }
}

/// Serves requests on one kept-alive connection until the client closes it or the
/// server stops.
async fn connection(
    mut stream: TcpStream,
    script: Script,
    started: Instant,
    counters: &Counters,
    window: &Mutex<Window>,
    stop: &AtomicBool,
) -> io::Result<()> {
    let mut buf = Vec::with_capacity(4096);
    let mut chunk = [0u8; 4096];
    loop {
        let head_end = loop {
            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
            if buf.len() > MAX_REQUEST {
                return Ok(());
            }
            let n = stream.read(&mut chunk).await?;
            if n == 0 {
                return Ok(());
            }
            buf.extend_from_slice(&chunk[..n]);
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
        let length = head
            .lines()
            .filter_map(|l| l.split_once(':'))
            .find(|(k, _)| k.trim() == "content-length")
            .and_then(|(_, v)| v.trim().parse::<usize>().ok())
            .unwrap_or(0)
            .min(MAX_REQUEST);
        while buf.len() < head_end + length {
            let n = stream.read(&mut chunk).await?;
            if n == 0 {
                return Ok(());
            }
            buf.extend_from_slice(&chunk[..n]);
        }
        buf.drain(..head_end + length);

        let n = counters.requests.fetch_add(1, Ordering::SeqCst) + 1;
        if n >= script.max_requests {
            stop.store(true, Ordering::SeqCst);
        }
        let response = respond(&script, started, counters, window, n);
        stream.write_all(response.as_bytes()).await?;
        if stop.load(Ordering::SeqCst) {
            return Ok(());
        }
    }
}

/// Counts the request in its window and writes the answer.
fn respond(
    script: &Script,
    started: Instant,
    counters: &Counters,
    window: &Mutex<Window>,
    n: u64,
) -> String {
    let elapsed = started.elapsed();
    let window_ns = script.window.as_nanos().max(1);
    let index = (elapsed.as_nanos() / window_ns) as u64;
    let (requests, tokens) = {
        let mut w = window.lock().unwrap_or_else(PoisonError::into_inner);
        if w.index != index || w.requests == 0 {
            let mut per = counters
                .per_window
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            let i = index as usize;
            if per.len() <= i {
                per.resize(i + 1, 0);
            }
        }
        if w.index != index {
            *w = Window {
                index,
                ..Window::default()
            };
        }
        w.requests += 1;
        w.tokens += script.tokens_per_request;
        if let Some(c) = counters
            .per_window
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get_mut(index as usize)
        {
            *c += 1;
        }
        (w.requests, w.tokens)
    };
    let window_end = Duration::from_nanos(((index + 1) as u128 * window_ns) as u64);
    let reset = go_duration(window_end.saturating_sub(elapsed));
    let in_outage = script
        .outage
        .is_some_and(|(from, to)| elapsed >= from && elapsed < to);
    if in_outage {
        counters.during_outage.fetch_add(1, Ordering::SeqCst);
    }

    let (status, body) = if requests > script.rate {
        counters.rate_limited.fetch_add(1, Ordering::SeqCst);
        let message = format!(
            "Rate limit reached for requests: Limit {}, Used {}, Requested 1. Please try again in {reset}.",
            script.rate, script.rate
        );
        (
            429,
            openai_error(&message, "requests", "\"rate_limit_exceeded\""),
        )
    } else if in_outage {
        counters.unavailable.fetch_add(1, Ordering::SeqCst);
        (
            503,
            openai_error(
                "The server is overloaded or not ready yet.",
                "server_error",
                "null",
            ),
        )
    } else {
        counters.ok.fetch_add(1, Ordering::SeqCst);
        (
            200,
            r#"{"id":"chatcmpl-1","object":"chat.completion","choices":[]}"#.to_owned(),
        )
    };
    let reason = match status {
        200 => "OK",
        429 => "Too Many Requests",
        _ => "Service Unavailable",
    };
    format!(
        "HTTP/1.1 {status} {reason}\r\n\
         content-type: application/json\r\n\
         x-request-id: req_{n}\r\n\
         x-ratelimit-limit-requests: {}\r\n\
         x-ratelimit-remaining-requests: {}\r\n\
         x-ratelimit-reset-requests: {reset}\r\n\
         x-ratelimit-limit-tokens: {}\r\n\
         x-ratelimit-remaining-tokens: {}\r\n\
         x-ratelimit-reset-tokens: {reset}\r\n\
         content-length: {}\r\n\
         \r\n{body}",
        script.rate,
        script.rate.saturating_sub(requests),
        script.token_limit,
        script.token_limit.saturating_sub(tokens),
        body.len()
    )
}

fn openai_error(message: &str, kind: &str, code: &str) -> String {
    format!(r#"{{"error":{{"message":"{message}","type":"{kind}","param":null,"code":{code}}}}}"#)
}

/// A Go-style duration as OpenAI sends it (`"734ms"`, `"1s"`, `"1.5s"`), rounded up to the
/// millisecond so a client is never told to come back early.
fn go_duration(d: Duration) -> String {
    let ms = d.as_nanos().div_ceil(1_000_000);
    if ms < 1000 {
        format!("{ms}ms")
    } else if ms.is_multiple_of(1000) {
        format!("{}s", ms / 1000)
    } else {
        let s = format!("{}.{:03}", ms / 1000, ms % 1000);
        format!("{}s", s.trim_end_matches('0'))
    }
}
