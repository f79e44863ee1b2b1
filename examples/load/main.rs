//! Load harness: errspec's retry executor (rate limiter, retry budget and outage wait on,
//! their defaults) against a scripted loopback server, in three scenarios.
//!
//! ```text
//! cargo run --release --example load --features tokio,reqwest
//! cargo run --release --example load --features tokio,reqwest -- rate --calls 400 --concurrency 40 --rate 50
//! cargo run --release --example load --features tokio,reqwest -- outage
//! cargo run --release --example load --features tokio,reqwest -- outage --no-ratio
//! cargo run --release --example load --features tokio,reqwest -- blip
//! cargo run --release --example load --features tokio,reqwest -- blip --no-wait
//! cargo run --release --example load --features tokio,reqwest -- fallback
//! ```
//!
//! * `rate`: a fixed one-second window of R requests per second, OpenAI's `x-ratelimit-*`
//!   headers on every response and 429 `rate_limit_exceeded` past the limit; N calls with C
//!   in flight. Prints wall time against the floor N/R, requests sent, 429s and failed calls.
//! * `outage`: the same server, answering 503 to everything for a while, then healthy again.
//!   Prints the requests per call while the outage lasts (overall, and once the retry budget
//!   refuses retries: its bucket is spent or its retry-ratio window is full) and whether
//!   every call issued after recovery succeeded.
//! * `blip`: open loop, one call issued every 30 ms (`--every MS`) for 8 s, whatever the
//!   earlier calls are doing; every request a 503 from 2 s for 3 s (`--outage-for S`).
//!   Prints the share of calls issued during the outage that succeeded, the requests per
//!   call over the outage, and the calls issued after it that failed. `--no-wait` turns the
//!   executor's outage wait off (calls fail fast once the budget refuses), for comparison.
//! * `fallback`: the blip's open loop through `Fallbacks` over two servers: the primary
//!   answers 503 to everything for 3 s (`--outage-for S`) from 2 s, the secondary is
//!   healthy, for 20 s in all. Prints the calls that succeeded, how many requests the
//!   primary took while it was down, and how soon traffic went back to it (its cool-down,
//!   10 s by default, bounds that).
//!
//! Traffic goes to 127.0.0.1 only; the server stops by itself after 60 s or 20 N requests.

mod server;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime};

use errspec::openai::ErrorCode;
use errspec::runtime::integrations::reqwest::send_with_retry;
use errspec::runtime::retry::StopReason;
use errspec::runtime::time::TokioSleeper;
use errspec::runtime::{BudgetConfig, RetryBudget, RetryExecutor};
use server::{Script, Server};

/// The harness's knobs, from the command line.
#[derive(Clone, Copy, Debug)]
struct Params {
    calls: usize,
    concurrency: usize,
    rate: u64,
    outage_from: Duration,
    outage_for: Duration,
    /// Pace with the rate limiter (the default), or not (`--no-limiter`, for comparison).
    limiter: bool,
    /// Apply the retry budget's ratio guard (the default), or only its token bucket
    /// (`--no-ratio`, for comparison).
    ratio: bool,
    /// Wait out an outage behind a probe (the default), or fail fast once the budget
    /// refuses retries (`--no-wait`, for comparison).
    wait: bool,
    /// `blip`: one call issued every this long, for `blip_calls` calls.
    every: Duration,
    blip_for: Duration,
}

/// One finished call, as the client saw it.
#[derive(Clone, Debug)]
struct CallResult {
    /// When the call started and ended, since the server started.
    issued: Duration,
    finished: Duration,
    /// The retry budget would have refused a retry when the call started (bucket spent or
    /// ratio window full).
    budget_spent: bool,
    attempts: usize,
    ok: bool,
    stop: Option<StopReason>,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut scenario = String::from("all");
    let mut p = Params {
        calls: 400,
        concurrency: 40,
        rate: 50,
        outage_from: Duration::from_secs(2),
        outage_for: Duration::from_secs(4),
        limiter: true,
        ratio: true,
        wait: true,
        every: Duration::from_millis(30),
        blip_for: Duration::from_secs(3),
    };
    while let Some(arg) = args.next() {
        let mut value = || args.next().and_then(|v| v.parse::<u64>().ok());
        match arg.as_str() {
            "--calls" => p.calls = value().map_or(p.calls, |v| v as usize).clamp(1, 10_000),
            "--concurrency" => {
                p.concurrency = value().map_or(p.concurrency, |v| v as usize).clamp(1, 500)
            }
            "--rate" => p.rate = value().unwrap_or(p.rate).clamp(1, 10_000),
            "--outage-from" => p.outage_from = Duration::from_secs(value().unwrap_or(2).min(30)),
            "--outage-for" => {
                p.outage_for = Duration::from_secs(value().unwrap_or(4).min(30));
                p.blip_for = p.outage_for;
            }
            "--every" => p.every = Duration::from_millis(value().unwrap_or(30).clamp(1, 1000)),
            "--no-wait" => p.wait = false,
            "--no-limiter" => p.limiter = false,
            "--no-ratio" => p.ratio = false,
            "rate" | "outage" | "blip" | "fallback" | "all" => scenario = arg,
            other => {
                eprintln!("unknown argument `{other}`; see the example's docs");
                std::process::exit(2);
            }
        }
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let mut pass = true;
    if scenario == "rate" || scenario == "all" {
        pass &= runtime.block_on(rate_scenario(p));
    }
    if scenario == "outage" || scenario == "all" {
        pass &= runtime.block_on(outage_scenario(p));
    }
    if scenario == "blip" || scenario == "all" {
        pass &= runtime.block_on(blip_scenario(p));
    }
    if scenario == "fallback" || scenario == "all" {
        pass &= runtime.block_on(fallback_scenario(p));
    }
    if !pass {
        std::process::exit(1);
    }
}

fn script(p: Params, outage: Option<(Duration, Duration)>) -> Script {
    Script {
        rate: p.rate,
        window: Duration::from_secs(1),
        token_limit: 200_000,
        tokens_per_request: 400,
        outage,
        max_time: Duration::from_secs(60),
        max_requests: 20 * p.calls as u64,
    }
}

/// Drives `p.calls` calls, `p.concurrency` at a time, through one shared executor.
async fn drive(
    p: Params,
    server: &Server,
    executor: RetryExecutor<TokioSleeper>,
) -> Vec<CallResult> {
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(p.concurrency)
        .timeout(Duration::from_secs(10))
        .build()
        .expect("a reqwest client");
    let next = Arc::new(AtomicUsize::new(0));
    let url = server.url();
    let started = server.started;
    let workers: Vec<_> = (0..p.concurrency)
        .map(|_| {
            let (client, executor, next, url) =
                (client.clone(), executor.clone(), next.clone(), url.clone());
            tokio::spawn(async move {
                let mut results = Vec::new();
                while next.fetch_add(1, Ordering::SeqCst) < p.calls {
                    results.push(one_call(&client, &executor, &url, started).await);
                }
                results
            })
        })
        .collect();
    let mut results = Vec::with_capacity(p.calls);
    for worker in workers {
        results.extend(worker.await.unwrap_or_default());
    }
    results
}

/// Sends one call through `executor`, and notes how it went.
async fn one_call(
    client: &reqwest::Client,
    executor: &RetryExecutor<TokioSleeper>,
    url: &str,
    started: Instant,
) -> CallResult {
    let budget_spent = executor
        .retry_budget()
        .is_some_and(|b| !b.can_retry(SystemTime::now()));
    let issued = started.elapsed();
    let request = client
        .post(url)
        .header("content-type", "application/json")
        .body(r#"{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]}"#);
    let (ok, attempts, stop) = match send_with_retry::<ErrorCode, _>(executor, request).await {
        Ok(done) => (true, done.history.len(), None),
        Err(e) => (false, e.attempts(), Some(e.reason)),
    };
    CallResult {
        issued,
        finished: started.elapsed(),
        budget_spent,
        attempts,
        ok,
        stop,
    }
}

async fn rate_scenario(p: Params) -> bool {
    let server = Server::start(script(p, None)).expect("a loopback server");
    let t0 = Instant::now();
    let results = drive(p, &server, executor(p)).await;
    let wall = t0.elapsed().as_secs_f64();
    let c = &server.counters;
    let requests = c.requests.load(Ordering::SeqCst);
    let throttled = c.rate_limited.load(Ordering::SeqCst);
    let failed = results.iter().filter(|r| !r.ok).count();
    let floor = p.calls as f64 / p.rate as f64;
    let share = 100.0 * throttled as f64 / requests.max(1) as f64;
    println!(
        "rate limit: N={} C={} R={}/s (fixed 1 s window){}",
        p.calls,
        p.concurrency,
        p.rate,
        if p.limiter { "" } else { ", rate limiter off" }
    );
    println!(
        "  wall {wall:.2} s, floor N/R {floor:.2} s, ratio {:.3}",
        wall / floor
    );
    println!("  requests sent {requests}, 429s {throttled} ({share:.1} %), failed calls {failed}");
    if std::env::var_os("LOAD_VERBOSE").is_some() {
        println!(
            "  per window: {:?}",
            c.per_window.lock().map(|v| v.clone()).unwrap_or_default()
        );
    }
    let pass = failed == 0 && wall <= 1.15 * floor && share <= 5.0;
    println!(
        "  targets (0 failed, wall <= 1.15 x floor, 429s <= 5 %): {}",
        verdict(pass)
    );
    pass
}

async fn outage_scenario(p: Params) -> bool {
    let (from, to) = (p.outage_from, p.outage_from + p.outage_for);
    let server = Server::start(script(p, Some((from, to)))).expect("a loopback server");
    let executor = executor(p);
    let budget = executor.retry_budget().cloned();
    // Watch the budget: (when it first refused retries, its bucket's level at recovery).
    let watch = Arc::new(std::sync::Mutex::new((None::<Duration>, None::<u32>)));
    let sampler = budget.clone().map(|b| {
        let (started, watch) = (server.started, watch.clone());
        tokio::spawn(async move {
            loop {
                let now = started.elapsed();
                if let Ok(mut w) = watch.lock() {
                    if w.0.is_none() && !b.can_retry(SystemTime::now()) {
                        w.0 = Some(now);
                    }
                    if now < to {
                        w.1 = Some(b.available());
                    }
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        })
    });
    let t0 = Instant::now();
    let results = drive(p, &server, executor).await;
    let wall = t0.elapsed().as_secs_f64();
    if let Some(task) = sampler {
        task.abort();
    }
    let (spent_at, level_at_recovery) = watch.lock().map(|w| *w).unwrap_or_default();
    let c = &server.counters;

    let (met, during, after) = split(&results, from, to);
    let outage_requests = c.during_outage.load(Ordering::SeqCst);
    let spent: Vec<_> = during.iter().copied().filter(|r| r.budget_spent).collect();
    let per_call = |calls: &[&CallResult]| {
        calls.iter().map(|r| r.attempts).sum::<usize>() as f64 / calls.len().max(1) as f64
    };
    let budget_stops = results
        .iter()
        .filter(|r| r.stop == Some(StopReason::BudgetExhausted))
        .count();
    let after_failed = after.iter().filter(|r| !r.ok).count();
    let all_during = outage_requests as f64 / met.max(1) as f64;
    let once_spent = per_call(&spent);
    println!(
        "outage: N={} C={} R={}/s, every request a 503 from {:.0} s to {:.0} s{}",
        p.calls,
        p.concurrency,
        p.rate,
        from.as_secs_f64(),
        to.as_secs_f64(),
        if p.ratio {
            ""
        } else {
            ", retry-ratio guard off"
        }
    );
    println!(
        "  wall {wall:.2} s; requests {} ({} answered 503, {} 429, {} during the outage)",
        c.requests.load(Ordering::SeqCst),
        c.unavailable.load(Ordering::SeqCst),
        c.rate_limited.load(Ordering::SeqCst),
        c.during_outage.load(Ordering::SeqCst)
    );
    println!(
        "  while it lasted: {outage_requests} requests for {met} calls that met it = \
         {all_during:.2} requests per call"
    );
    println!(
        "  calls issued while it lasted: {}, {:.2} requests per call",
        during.len(),
        per_call(&during)
    );
    println!(
        "  once the budget refused retries ({}): {} calls issued, {once_spent:.2} requests \
         per call; {budget_stops} calls stopped with `{}`",
        spent_at.map_or_else(
            || "never".to_owned(),
            |t| format!("at {:.2} s", t.as_secs_f64())
        ),
        spent.len(),
        StopReason::BudgetExhausted.as_str()
    );
    println!(
        "  calls issued after recovery {}: {} failed; budget {} just before recovery, {} at the end",
        after.len(),
        after_failed,
        level_at_recovery.map_or_else(|| "n/a".to_owned(), |l| l.to_string()),
        budget.map_or_else(|| "n/a".to_owned(), |b| b.available().to_string())
    );
    let failed = results.iter().filter(|r| !r.ok).count();
    let outage_stops = results
        .iter()
        .filter(|r| matches!(r.stop, Some(StopReason::Outage { .. })))
        .count();
    println!(
        "  failed calls {failed} in all ({outage_stops} stopped with `outage`); wait at the \
         gate {}",
        if p.wait { "on" } else { "off" }
    );
    if p.wait {
        // Closed loop: the C workers park behind the probe, so C calls meet the outage and
        // its cost per call is 1 + (the ratio guard's floor of retries + probes) / C.
        let pass = failed == 0 && all_during <= 1.5 && !after.is_empty();
        println!(
            "  targets (no call fails, <= 1.5 requests per call while it lasts): {}",
            verdict(pass)
        );
        return pass;
    }
    let pass = all_during <= 1.2
        && !spent.is_empty()
        && once_spent <= 1.2
        && !after.is_empty()
        && after_failed == 0;
    println!(
        "  targets (<= 1.2 requests per call while it lasts and once the budget refuses, \
         every call after recovery succeeds): {}",
        verdict(pass)
    );
    pass
}

/// Sorts the calls by the outage from `from` to `to`: how many met it (running at some
/// point while it lasted), those issued during it, and those issued after it.
fn split(
    results: &[CallResult],
    from: Duration,
    to: Duration,
) -> (usize, Vec<&CallResult>, Vec<&CallResult>) {
    let met = results
        .iter()
        .filter(|r| r.issued < to && r.finished >= from)
        .count();
    let during = results
        .iter()
        .filter(|r| r.issued >= from && r.issued < to)
        .collect();
    let after = results.iter().filter(|r| r.issued >= to).collect();
    (met, during, after)
}

/// The issue's scenario: open loop, one call every `p.every` for 8 s, a total outage of
/// `p.blip_for` from `p.outage_from`.
async fn blip_scenario(p: Params) -> bool {
    let (from, to) = (p.outage_from, p.outage_from + p.blip_for);
    let span = to + Duration::from_secs(3);
    let calls = (span.as_nanos() / p.every.as_nanos().max(1)) as usize;
    let server = Server::start(script(
        Params {
            calls: calls.max(p.calls),
            ..p
        },
        Some((from, to)),
    ))
    .expect("a loopback server");
    let executor = executor(p);
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(200)
        .timeout(Duration::from_secs(10))
        .build()
        .expect("a reqwest client");
    let url = server.url();
    let started = server.started;
    let t0 = Instant::now();
    let results = open_loop(calls, p.every, || {
        let (client, executor, url) = (client.clone(), executor.clone(), url.clone());
        async move { one_call(&client, &executor, &url, started).await }
    })
    .await;
    let wall = t0.elapsed().as_secs_f64();
    let c = &server.counters;
    let (met, during, after) = split(&results, from, to);
    let outage_requests = c.during_outage.load(Ordering::SeqCst);
    let ok_during = during.iter().filter(|r| r.ok).count();
    let after_failed = after.iter().filter(|r| !r.ok).count();
    let share = 100.0 * ok_during as f64 / during.len().max(1) as f64;
    let per_call = outage_requests as f64 / met.max(1) as f64;
    let mut stops: Vec<(&str, usize)> = Vec::new();
    for stop in results.iter().filter_map(|r| r.stop) {
        match stops.iter_mut().find(|(name, _)| *name == stop.as_str()) {
            Some((_, n)) => *n += 1,
            None => stops.push((stop.as_str(), 1)),
        }
    }
    let mut waits: Vec<f64> = during
        .iter()
        .map(|r| (r.finished - r.issued).as_secs_f64())
        .collect();
    waits.sort_by(f64::total_cmp);
    let quantile = |q: f64| waits.get(((waits.len() as f64 - 1.0) * q).round() as usize);
    println!(
        "blip: a call every {} ms for {:.1} s ({} calls, open loop), R={}/s, every request a \
         503 from {:.0} s to {:.0} s{}",
        p.every.as_millis(),
        span.as_secs_f64(),
        results.len(),
        p.rate,
        from.as_secs_f64(),
        to.as_secs_f64(),
        if p.wait { "" } else { ", outage wait off" }
    );
    println!(
        "  wall {wall:.2} s; requests {} ({} answered 503, {} 429, {} during the outage)",
        c.requests.load(Ordering::SeqCst),
        c.unavailable.load(Ordering::SeqCst),
        c.rate_limited.load(Ordering::SeqCst),
        outage_requests
    );
    println!(
        "  calls issued during the outage: {}, {ok_during} succeeded ({share:.1} %); time to \
         answer: median {:.2} s, max {:.2} s",
        during.len(),
        quantile(0.5).copied().unwrap_or(0.0),
        quantile(1.0).copied().unwrap_or(0.0)
    );
    println!(
        "  while it lasted: {outage_requests} requests for {met} calls that met it = \
         {per_call:.2} requests per call"
    );
    println!(
        "  calls issued after it: {}, {after_failed} failed; stop reasons: {stops:?}",
        after.len()
    );
    let pass = share >= 95.0 && per_call <= 1.2 && !after.is_empty() && after_failed == 0;
    println!(
        "  targets (>= 95 % of calls issued during the outage succeed, <= 1.2 requests per \
         call over it, every call after it succeeds): {}",
        verdict(pass)
    );
    pass
}

/// The executor under test: errspec's defaults (rate limiter, retry budget and outage
/// wait on).
/// Issues `calls` calls, one every `every` whatever the earlier ones are doing (open
/// loop), and gathers what they return.
async fn open_loop<F, Fut, R>(calls: usize, every: Duration, mut call: F) -> Vec<R>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = R> + Send + 'static,
    R: Send + 'static,
{
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let mut tasks = Vec::with_capacity(calls);
    for _ in 0..calls {
        tick.tick().await;
        tasks.push(tokio::spawn(call()));
    }
    let mut results = Vec::with_capacity(calls);
    for task in tasks {
        if let Ok(result) = task.await {
            results.push(result);
        }
    }
    results
}

/// One call of the fallback scenario: where it went, and how it ended.
struct FallbackCall {
    issued: Duration,
    ok: bool,
    /// The alternative that answered (or the last one tried).
    served_by: Option<usize>,
}

/// The blip's open loop through `Fallbacks` over a primary with an outage and a healthy
/// secondary.
async fn fallback_scenario(p: Params) -> bool {
    use errspec::runtime::retry::{AttemptError, Fallbacks, Hop, TransportKind};
    let (from, to) = (p.outage_from, p.outage_from + p.blip_for);
    // Long enough after the outage to see traffic go back (a cool-down is 10 s by default).
    let span = to + Duration::from_secs(15);
    let calls = (span.as_nanos() / p.every.as_nanos().max(1)) as usize;
    let sized = Params {
        calls: calls.max(p.calls),
        ..p
    };
    let primary = Server::start(script(sized, Some((from, to)))).expect("a loopback server");
    let secondary = Server::start(script(sized, None)).expect("a loopback server");
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(200)
        .timeout(Duration::from_secs(10))
        .build()
        .expect("a reqwest client");
    let endpoints = Arc::new(Fallbacks::new(
        executor(p),
        [primary.url(), secondary.url()],
    ));
    let started = primary.started;
    let t0 = Instant::now();
    let results = open_loop(calls, p.every, || {
        let (client, endpoints) = (client.clone(), endpoints.clone());
        async move {
            let issued = started.elapsed();
            let outcome = endpoints
                .run(|to: Hop<'_, String>, ctx| {
                    let request = client.post(to.as_str()).body("{}");
                    async move {
                        match request.send().await {
                            Ok(response) => {
                                let status = response.status().as_u16();
                                let headers = response.headers().clone();
                                ctx.observe(status, &headers);
                                if status < 400 {
                                    return Ok(());
                                }
                                let body = response.bytes().await.unwrap_or_default();
                                Err(ctx.failure::<ErrorCode, _>(status, &headers, &body))
                            }
                            Err(e) => Err(AttemptError::transport(e, TransportKind::Connection)),
                        }
                    }
                })
                .await;
            let (ok, served_by) = match &outcome {
                Ok(done) => (true, done.route().last().copied()),
                Err(failed) => (false, failed.route().last().copied()),
            };
            FallbackCall {
                issued,
                ok,
                served_by,
            }
        }
    })
    .await;
    let wall = t0.elapsed().as_secs_f64();
    let failed = results.iter().filter(|r| !r.ok).count();
    let down = &primary.counters;
    let down_requests = down.during_outage.load(Ordering::SeqCst);
    let during: Vec<_> = results
        .iter()
        .filter(|r| r.issued >= from && r.issued < to)
        .collect();
    let by_secondary = during.iter().filter(|r| r.served_by == Some(1)).count();
    // After the outage: when calls went back to the primary.
    let back = results
        .iter()
        .filter(|r| r.issued >= to && r.ok && r.served_by == Some(0))
        .map(|r| r.issued)
        .min();
    let after: Vec<_> = results.iter().filter(|r| r.issued >= to).collect();
    let after_primary = after.iter().filter(|r| r.served_by == Some(0)).count();
    println!(
        "fallback: a call every {} ms for {:.1} s ({} calls, open loop) over two endpoints; the \
         first answers 503 from {:.0} s to {:.0} s",
        p.every.as_millis(),
        span.as_secs_f64(),
        results.len(),
        from.as_secs_f64(),
        to.as_secs_f64()
    );
    println!(
        "  wall {wall:.2} s; failed calls {failed}; requests: first {} ({} while it was down), \
         second {}",
        down.requests.load(Ordering::SeqCst),
        down_requests,
        secondary.counters.requests.load(Ordering::SeqCst)
    );
    println!(
        "  calls issued while it was down: {}, {by_secondary} answered by the second; the \
         first took {:.2} requests per such call",
        during.len(),
        down_requests as f64 / during.len().max(1) as f64
    );
    println!(
        "  back to the first {} after it recovered; calls issued after: {}, {after_primary} \
         answered by the first",
        back.map_or("never".to_owned(), |b| format!(
            "{:.2} s",
            b.saturating_sub(to).as_secs_f64()
        )),
        after.len()
    );
    let pass = failed == 0
        && down_requests as f64 <= 0.2 * during.len() as f64
        && back.is_some_and(|b| b.saturating_sub(to) <= Duration::from_secs(10));
    println!(
        "  targets (0 failed calls, the first endpoint sent <= 0.2 requests per call while \
         down, traffic back to it within one cool-down, 10 s, of its recovery): {}",
        verdict(pass)
    );
    pass
}

fn executor(p: Params) -> RetryExecutor<TokioSleeper> {
    let mut executor = RetryExecutor::tokio();
    if !p.wait {
        executor = executor.outage_wait(Duration::ZERO);
    }
    if !p.ratio {
        executor = executor.budget(RetryBudget::new(BudgetConfig {
            ratio: None,
            ..BudgetConfig::STANDARD
        }));
    }
    if p.limiter {
        executor
    } else {
        executor.without_rate_limiter()
    }
}

fn verdict(pass: bool) -> &'static str {
    if pass { "met" } else { "MISSED" }
}
