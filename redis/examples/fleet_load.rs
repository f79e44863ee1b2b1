//! Fleet load harness: P worker processes, each with C calls in flight through errspec's
//! retry executor, against one scripted loopback server window of R requests per second
//! (the load example's server, `examples/load/server.rs`), one API key for all.
//!
//! ```text
//! cargo run --release -p errspec-redis --features test-util --example fleet_load
//! cargo run --release -p errspec-redis --features test-util --example fleet_load -- fleet --processes 4 --concurrency 40 --rate 50 --calls 400
//! ```
//!
//! Scenarios (all three by default):
//! * `local`: every process with its own rate limiter and retry budget (no Redis): each
//!   believes it owns the window.
//! * `fleet`: every process on one throw-away `redis-server`
//!   (`shared_limits(fleet.limits(key))`). Also counts the Redis commands per call.
//! * `fault`: as `fleet`, but Redis is killed at `--kill-at` seconds and started again
//!   (empty, same port) `--down-for` seconds later. Every call must complete within its
//!   deadline, and sharing must resume.
//!
//! Prints, per scenario: wall time against the floor N/R, requests, 429s, failed calls,
//! and the longest call against the deadline. Traffic stays on 127.0.0.1; the server stops
//! by itself after 90 s or 20 N requests, and a worker still running after 120 s is killed.

#[path = "../../examples/load/server.rs"]
#[allow(dead_code)]
mod server;

use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use errspec::openai::ErrorCode;
use errspec_redis::test_util::RedisServer;
use errspec_redis::{Fleet, FleetConfig};
use errspec_runtime::integrations::reqwest::send_with_retry;
use errspec_runtime::retry::executor::RetryExecutor;
use errspec_runtime::time::TokioSleeper;
use server::{Script, Server};

/// The API key every worker uses (it reaches Redis only hashed).
const API_KEY: &str = "sk-fleet-harness";
/// Each call's deadline.
const DEADLINE: Duration = Duration::from_secs(30);
/// The longest a worker may run before the harness kills it.
const WORKER_LIMIT: Duration = Duration::from_secs(120);

#[derive(Clone, Copy, Debug)]
struct Params {
    processes: usize,
    concurrency: usize,
    rate: u64,
    calls: usize,
    kill_at: Duration,
    down_for: Duration,
}

fn main() {
    let mut args = std::env::args().skip(1);
    if let Some("worker") = std::env::args().nth(1).as_deref() {
        let rest: Vec<String> = args.skip(1).collect();
        worker(&rest);
        return;
    }
    let mut scenario = String::from("all");
    let mut p = Params {
        processes: 4,
        concurrency: 40,
        rate: 50,
        calls: 400,
        kill_at: Duration::from_secs(2),
        down_for: Duration::from_secs(2),
    };
    while let Some(arg) = args.next() {
        let mut value = || args.next().and_then(|v| v.parse::<u64>().ok());
        match arg.as_str() {
            "--processes" => p.processes = value().unwrap_or(4).clamp(1, 32) as usize,
            "--concurrency" => p.concurrency = value().unwrap_or(40).clamp(1, 500) as usize,
            "--rate" => p.rate = value().unwrap_or(50).clamp(1, 10_000),
            "--calls" => p.calls = value().unwrap_or(400).clamp(1, 20_000) as usize,
            "--kill-at" => p.kill_at = Duration::from_millis(value().unwrap_or(2000).min(30_000)),
            "--down-for" => p.down_for = Duration::from_millis(value().unwrap_or(2000).min(30_000)),
            "local" | "fleet" | "fault" | "all" => scenario = arg,
            other => {
                eprintln!("unknown argument `{other}`; see the example's docs");
                std::process::exit(2);
            }
        }
    }
    let mut pass = true;
    for name in ["local", "fleet", "fault"] {
        if scenario == name || scenario == "all" {
            pass &= run(name, p);
        }
    }
    if !pass {
        std::process::exit(1);
    }
}

/// What one worker reported.
#[derive(Debug, Default)]
struct Report {
    ok: usize,
    failed: usize,
    longest: Duration,
    /// When (since the scenario's start) the worker's fleet stopped or resumed sharing.
    switches: Vec<(Duration, bool)>,
    /// Why each failed call stopped.
    stops: Vec<String>,
    /// When (since the scenario's start) its last call ended.
    ended: Duration,
}

fn run(name: &str, p: Params) -> bool {
    let server = Server::start(Script {
        rate: p.rate,
        window: Duration::from_secs(1),
        token_limit: 200_000,
        tokens_per_request: 400,
        outage: None,
        max_time: Duration::from_secs(90),
        max_requests: 20 * p.calls as u64,
    })
    .expect("a loopback server");
    let mut redis = (name != "local").then(RedisServer::start);
    let redis_url = redis.as_ref().map_or_else(|| "-".to_owned(), |r| r.url());
    let epoch = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_millis();
    let t0 = Instant::now();
    let mut workers: Vec<Child> = (0..p.processes)
        .map(|i| {
            // The calls split as evenly as they go.
            let calls = p.calls / p.processes + usize::from(i < p.calls % p.processes);
            Command::new(std::env::current_exe().expect("the harness's own path"))
                .arg("worker")
                .args([&server.url(), &redis_url])
                .args([calls, p.concurrency, p.processes].map(|n| n.to_string()))
                .arg(epoch.to_string())
                .stdout(Stdio::piped())
                .spawn()
                .expect("a worker process")
        })
        .collect();
    if let (Some(redis), "fault") = (redis.as_mut(), name) {
        std::thread::sleep(p.kill_at.saturating_sub(t0.elapsed()));
        redis.kill();
        std::thread::sleep(p.down_for);
        redis.restart();
    }
    let reports: Vec<Report> = workers.iter_mut().map(|w| collect(w, t0)).collect();
    // From the start to the end of the last call (a worker may then wait for Redis).
    let wall = reports
        .iter()
        .map(|r| r.ended)
        .max()
        .unwrap_or_else(|| t0.elapsed())
        .as_secs_f64();
    let commands = redis.as_ref().map(command_count);
    drop(redis);

    let c = &server.counters;
    let requests = c.requests.load(Ordering::SeqCst);
    let throttled = c.rate_limited.load(Ordering::SeqCst);
    let ok: usize = reports.iter().map(|r| r.ok).sum();
    let failed: usize = reports.iter().map(|r| r.failed).sum();
    let missing = p.calls.saturating_sub(ok + failed);
    let longest = reports.iter().map(|r| r.longest).max().unwrap_or_default();
    let floor = p.calls as f64 / p.rate as f64;
    let share = 100.0 * throttled as f64 / requests.max(1) as f64;
    println!(
        "{name}: P={} processes x C={} in flight, R={}/s, N={} calls{}",
        p.processes,
        p.concurrency,
        p.rate,
        p.calls,
        match name {
            "local" => ", no Redis: a limiter and a budget per process".to_owned(),
            "fault" => format!(
                ", Redis killed at {:.1} s and back {:.1} s later",
                p.kill_at.as_secs_f64(),
                p.down_for.as_secs_f64()
            ),
            _ => ", one Redis".to_owned(),
        }
    );
    println!(
        "  wall {wall:.2} s, floor N/R {floor:.2} s, ratio {:.3}",
        wall / floor
    );
    let mut reasons: Vec<&str> = reports
        .iter()
        .flat_map(|r| r.stops.iter().map(String::as_str))
        .collect();
    reasons.sort_unstable();
    let mut why = String::new();
    for chunk in reasons.chunk_by(|a, b| a == b) {
        why.push_str(&format!(", {} {}", chunk.len(), chunk[0]));
    }
    println!(
        "  requests {requests}, 429s {throttled} ({share:.1} %), failed calls {failed}{why}, \
         calls never reported {missing}, longest call {:.2} s (deadline {} s)",
        longest.as_secs_f64(),
        DEADLINE.as_secs()
    );
    if let Some(Some(n)) = commands {
        println!(
            "  Redis round trips {n}, {:.2} per call",
            n as f64 / p.calls as f64
        );
    }
    if std::env::var_os("FLEET_VERBOSE").is_some() {
        println!(
            "  per window: {:?}",
            c.per_window.lock().map(|v| v.clone()).unwrap_or_default()
        );
    }
    let complete = missing == 0 && longest <= DEADLINE;
    match name {
        "local" => {
            println!("  (for comparison: no targets)");
            true
        }
        "fleet" => {
            let pass = complete && failed == 0 && share <= 5.0 && wall <= 1.15 * floor;
            println!(
                "  targets (0 failed, 429s <= 5 %, wall <= 1.15 x floor): {}",
                verdict(pass)
            );
            pass
        }
        _ => {
            let resumed = resumption(&reports, p);
            let pass = complete && resumed.is_some();
            println!(
                "  sharing off at {}, resumed at {} (latest worker)",
                seconds(reports.iter().filter_map(|r| first_switch(r, false)).min()),
                seconds(resumed)
            );
            println!(
                "  targets (every call completes, none past its deadline, sharing resumes): {}",
                verdict(pass)
            );
            pass
        }
    }
}

/// Waits for a worker (killing it past [`WORKER_LIMIT`]) and reads its report.
fn collect(worker: &mut Child, t0: Instant) -> Report {
    loop {
        match worker.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if t0.elapsed() < WORKER_LIMIT => {
                std::thread::sleep(Duration::from_millis(20));
            }
            _ => {
                eprintln!("a worker ran past {WORKER_LIMIT:?}: killed");
                let _ = worker.kill();
                let _ = worker.wait();
                break;
            }
        }
    }
    let mut out = String::new();
    if let Some(mut stdout) = worker.stdout.take() {
        use std::io::Read as _;
        let _ = stdout.read_to_string(&mut out);
    }
    parse(&out)
}

/// A worker's stdout: `calls OK FAILED LONGEST_MS ENDED_MS`, then `stop REASON` and
/// `switch MS 0|1` lines.
fn parse(out: &str) -> Report {
    let mut report = Report::default();
    for line in out.lines() {
        if let Some(reason) = line.strip_prefix("stop ") {
            report.stops.push(reason.to_owned());
            continue;
        }
        let words: Vec<u64> = line
            .split_whitespace()
            .skip(1)
            .filter_map(|w| w.parse().ok())
            .collect();
        match (line.split_whitespace().next(), words.as_slice()) {
            (Some("calls"), [ok, failed, longest, ended]) => {
                report.ok = *ok as usize;
                report.failed = *failed as usize;
                report.longest = Duration::from_millis(*longest);
                report.ended = Duration::from_millis(*ended);
            }
            (Some("switch"), [at, on]) => {
                report.switches.push((Duration::from_millis(*at), *on == 1));
            }
            _ => {}
        }
    }
    report
}

fn first_switch(report: &Report, on: bool) -> Option<Duration> {
    report
        .switches
        .iter()
        .find(|(_, s)| *s == on)
        .map(|(t, _)| *t)
}

/// When the last worker that lost Redis shared again after the restart; `None` if one
/// never did (or none lost it, which would mean the fault was not met).
fn resumption(reports: &[Report], p: Params) -> Option<Duration> {
    let back = p.kill_at + p.down_for;
    let mut latest = None;
    let mut any_lost = false;
    for r in reports {
        if first_switch(r, false).is_none() {
            continue;
        }
        any_lost = true;
        let resumed = r.switches.iter().find(|(t, on)| *on && *t >= back)?.0;
        latest = latest.max(Some(resumed));
    }
    latest.filter(|_| any_lost)
}

fn seconds(t: Option<Duration>) -> String {
    t.map_or_else(
        || "never".to_owned(),
        |t| format!("{:.2} s", t.as_secs_f64()),
    )
}

/// The fleet's round trips to Redis, from `INFO commandstats`: its `EVALSHA`s (every
/// limiter and budget operation), `SCRIPT LOAD`s and `PING`s. (Not counted: the `ZREM` of a
/// permit dropped unfinished, which `commandstats` does not tell from the scripts' own; a
/// call whose attempt got no response makes one.)
fn command_count(redis: &RedisServer) -> Option<u64> {
    let client = redis::Client::open(redis.url()).ok()?;
    let mut connection = client.get_connection().ok()?;
    let info: String = redis::cmd("INFO")
        .arg("commandstats")
        .query(&mut connection)
        .ok()?;
    if std::env::var_os("FLEET_VERBOSE").is_some() {
        eprintln!("{info}");
    }
    let total = info
        .lines()
        .filter(|l| {
            ["evalsha", "eval", "script|load", "ping"]
                .iter()
                .any(|c| l.starts_with(&format!("cmdstat_{c}:")))
        })
        .filter_map(|l| {
            l.split("calls=")
                .nth(1)?
                .split(',')
                .next()?
                .parse::<u64>()
                .ok()
        })
        .sum();
    Some(total)
}

fn verdict(pass: bool) -> &'static str {
    if pass { "met" } else { "MISSED" }
}

/// One worker process: `worker SERVER_URL REDIS_URL|- CALLS CONCURRENCY PROCESSES EPOCH_MS`.
fn worker(args: &[String]) {
    let number = |i: usize| args.get(i).and_then(|a| a.parse::<u64>().ok()).unwrap_or(0);
    let (url, redis_url) = (args[0].clone(), args[1].clone());
    let (calls, concurrency, processes) = (number(2) as usize, number(3) as usize, number(4));
    let epoch = UNIX_EPOCH + Duration::from_millis(number(5));
    let since = move || SystemTime::now().duration_since(epoch).unwrap_or_default();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    runtime.block_on(async move {
        let mut executor = RetryExecutor::tokio().deadline(DEADLINE);
        let fleet = (redis_url != "-").then(|| {
            let config = FleetConfig::new(redis_url).with_fleet_size(processes as u32);
            Fleet::new(config).expect("a valid Redis URL")
        });
        if let Some(fleet) = &fleet {
            executor = executor.shared_limits(fleet.limits(API_KEY));
        }
        let done = Arc::new(AtomicBool::new(false));
        let watcher = fleet.clone().map(|fleet| {
            let done = done.clone();
            tokio::spawn(async move {
                let mut sharing = true;
                let mut switches = Vec::new();
                while !done.load(Ordering::SeqCst) {
                    if fleet.is_sharing() != sharing {
                        sharing = !sharing;
                        switches.push((since(), sharing));
                    }
                    tokio::time::sleep(Duration::from_millis(10)).await;
                }
                switches
            })
        });
        let results = drive(&url, executor, calls, concurrency).await;
        let ended = since();
        // A worker whose calls ended before it could reconnect asks Redis itself (a
        // `PING` goes through the same reconnect backoff), for at most 10 s.
        if let Some(fleet) = &fleet {
            let give_up = Instant::now() + Duration::from_secs(10);
            while !fleet.is_sharing() && Instant::now() < give_up {
                let _ = fleet.ping().await;
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            // Let the watcher see the last switch.
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        done.store(true, Ordering::SeqCst);
        let switches = match watcher {
            Some(w) => w.await.unwrap_or_default(),
            None => Vec::new(),
        };
        let ok = results.iter().filter(|(stop, _)| stop.is_none()).count();
        let longest = results.iter().map(|(_, d)| *d).max().unwrap_or_default();
        println!(
            "calls {ok} {} {} {}",
            results.len() - ok,
            longest.as_millis(),
            ended.as_millis()
        );
        for reason in results.iter().filter_map(|(stop, _)| *stop) {
            println!("stop {reason}");
        }
        for (at, on) in switches {
            println!("switch {} {}", at.as_millis(), u8::from(on));
        }
    });
}

/// Runs `calls` calls, `concurrency` at a time; each call's stop reason (`None`: it
/// succeeded) and duration.
async fn drive(
    url: &str,
    executor: RetryExecutor<TokioSleeper>,
    calls: usize,
    concurrency: usize,
) -> Vec<(Option<&'static str>, Duration)> {
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(concurrency)
        .timeout(Duration::from_secs(10))
        .build()
        .expect("a reqwest client");
    let next = Arc::new(AtomicUsize::new(0));
    let tasks: Vec<_> = (0..concurrency)
        .map(|_| {
            let (client, executor, next, url) =
                (client.clone(), executor.clone(), next.clone(), url.to_owned());
            tokio::spawn(async move {
                let mut results = Vec::new();
                while next.fetch_add(1, Ordering::SeqCst) < calls {
                    let started = Instant::now();
                    let request = client
                        .post(&url)
                        .header("content-type", "application/json")
                        .body(r#"{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]}"#);
                    let result = send_with_retry::<ErrorCode, _>(&executor, request).await;
                    let stop = result.err().map(|e| e.reason.as_str());
                    results.push((stop, started.elapsed()));
                }
                results
            })
        })
        .collect();
    let mut results = Vec::with_capacity(calls);
    for task in tasks {
        results.extend(task.await.unwrap_or_default());
    }
    results
}
