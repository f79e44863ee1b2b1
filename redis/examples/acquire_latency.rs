//! The cost of the fleet's limiter on loopback: starts a throw-away `redis-server`, then
//! times `acquire`, `finish`, `record_success` and a whole successful call (the three),
//! counts the Redis commands each call costs, and the CPU time Redis spends per call
//! (`INFO cpu`): how many calls per second one Redis core serves.
//!
//! ```text
//! cargo run --release -p errspec-redis --features test-util --example acquire_latency [calls]
//! ```

use std::time::{Duration, Instant};

use errspec_redis::test_util::RedisServer;
use errspec_redis::{Fleet, FleetAcquire, FleetConfig};
use errspec_runtime::retry::budget::BudgetConfig;
use errspec_runtime::retry::limiter::{Demand, LimiterConfig, RateLimitReport};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let calls: usize = std::env::args().nth(1).map_or(Ok(20_000), |n| n.parse())?;
    let server = RedisServer::start();
    // A generous timeout: a loaded machine must not turn a slow sample into a local one.
    let fleet = Fleet::new(FleetConfig::new(server.url()).with_timeout(Duration::from_secs(1)))?;
    let limiter = fleet.rate_limiter("sk-bench", LimiterConfig::DEFAULT);
    let budget = fleet.retry_budget("sk-bench", BudgetConfig::STANDARD);
    let headers = [
        ("x-ratelimit-limit-requests", "1000000000"),
        ("x-ratelimit-remaining-requests", "999999999"),
        ("x-ratelimit-reset-requests", "60s"),
    ];
    let report = RateLimitReport::from_headers(200, &headers, std::time::SystemTime::now());
    let mut stats = redis::Client::open(server.url())?
        .get_multiplexed_async_connection()
        .await?;

    // Warm up: connect, load the scripts.
    for _ in 0..500 {
        one_call(&limiter, &budget, &report).await?;
    }
    let _: () = redis::cmd("CONFIG")
        .arg("RESETSTAT")
        .query_async(&mut stats)
        .await?;

    let cpu_before = redis_cpu(&mut stats).await?;
    let (mut acquire, mut finish, mut success, mut whole) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..calls {
        let start = Instant::now();
        let FleetAcquire::Go(permit) = limiter.acquire(Demand::new().tokens(100)).await else {
            return Err("the window is big enough for every call".into());
        };
        let acquired = Instant::now();
        permit.finish(&report).await;
        let finished = Instant::now();
        budget.record_success(None).await;
        let done = Instant::now();
        acquire.push(acquired - start);
        finish.push(finished - acquired);
        success.push(done - finished);
        whole.push(done - start);
    }
    let cpu = redis_cpu(&mut stats).await? - cpu_before;
    if !fleet.is_sharing() {
        return Err("Redis did not answer within the timeout: numbers are local".into());
    }
    let info: String = redis::cmd("INFO")
        .arg("commandstats")
        .query_async(&mut stats)
        .await?;

    println!("{calls} calls on loopback (one connection, one task)");
    for (name, mut samples) in [
        ("acquire", acquire),
        ("finish", finish),
        ("success", success),
        ("call", whole),
    ] {
        samples.sort();
        println!(
            "{name:>8}: p50 {:>7.1} µs  p99 {:>7.1} µs  max {:>8.1} µs",
            micros(percentile(&samples, 50)),
            micros(percentile(&samples, 99)),
            micros(samples.last().copied().unwrap_or_default()),
        );
    }
    println!(
        "redis cpu: {:.1} µs per call (user + sys, I/O included): {:.0} calls/s per Redis core",
        cpu * 1e6 / calls as f64,
        calls as f64 / cpu.max(f64::EPSILON)
    );
    // Only EVALSHA is a round trip here; the other commands run inside the scripts.
    println!("redis commands per call (INFO commandstats):");
    for line in info.lines().filter(|l| l.starts_with("cmdstat_")) {
        let Some((name, rest)) = line.split_once(':') else {
            continue;
        };
        let field = |key: &str| {
            rest.split(',')
                .find_map(|f| f.strip_prefix(key))
                .and_then(|n| n.parse::<f64>().ok())
                .unwrap_or(0.0)
        };
        let count = field("calls=");
        if count > 0.0 && name != "cmdstat_info" {
            println!(
                "{:>18}: {:.2} per call, {:.2} µs each in the server",
                &name["cmdstat_".len()..],
                count / calls as f64,
                field("usec_per_call=")
            );
        }
    }
    Ok(())
}

async fn one_call(
    limiter: &errspec_redis::FleetRateLimiter,
    budget: &errspec_redis::FleetRetryBudget,
    report: &RateLimitReport,
) -> Result<(), Box<dyn std::error::Error>> {
    let FleetAcquire::Go(permit) = limiter.acquire(Demand::new().tokens(100)).await else {
        return Err("the window is big enough for every call".into());
    };
    permit.finish(report).await;
    budget.record_success(None).await;
    Ok(())
}

/// The CPU seconds Redis has used (`used_cpu_user` + `used_cpu_sys`); the harness's own
/// `INFO` calls add a few µs.
async fn redis_cpu(
    c: &mut redis::aio::MultiplexedConnection,
) -> Result<f64, Box<dyn std::error::Error>> {
    let info: String = redis::cmd("INFO").arg("cpu").query_async(c).await?;
    let field = |name: &str| {
        info.lines()
            .find_map(|l| {
                l.strip_prefix(name)?
                    .strip_prefix(':')?
                    .trim()
                    .parse::<f64>()
                    .ok()
            })
            .unwrap_or(0.0)
    };
    Ok(field("used_cpu_user") + field("used_cpu_sys"))
}

fn percentile(sorted: &[Duration], p: usize) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[(sorted.len() - 1) * p / 100]
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}
