//! Fleet-wide rate limits and retry budget for [errspec](https://docs.rs/errspec), shared
//! through Redis by every process that uses one API key.
//!
//! A provider's rate limit belongs to the API key, not to the process. Each process's own
//! [`RateLimiter`](errspec_runtime::RateLimiter) believes it owns the whole window, so N
//! processes send N times too much; each [`RetryBudget`](errspec_runtime::RetryBudget)
//! meets an outage alone. This crate keeps that state in Redis instead:
//! [`FleetRateLimiter`] and [`FleetRetryBudget`] have the shapes of the local types, but
//! every operation is one atomic Lua script on the server, so they are async.
//!
//! # Running a fleet
//!
//! Give every process the same Redis URL, API key and fleet size, and its executors the
//! fleet's limits, in one line:
//!
//! ```no_run
//! use errspec_redis::{Fleet, FleetConfig};
//! use errspec_runtime::RetryExecutor;
//!
//! # async fn run(api_key: &str) -> Result<(), Box<dyn std::error::Error>> {
//! // Once per process (clones share the connection):
//! let fleet = Fleet::new(FleetConfig::new("redis://127.0.0.1:6379").with_fleet_size(4))?;
//! // Every executor on this API key:
//! let executor = RetryExecutor::tokio().shared_limits(fleet.limits(api_key));
//! // … then `executor.run(…)` or `send_with_retry(&executor, request)` as usual.
//! # Ok(())
//! # }
//! ```
//!
//! [`Fleet::limits`] takes the default numbers; [`FleetLimits::new`] pairs a limiter and a
//! budget made with your own ([`Fleet::rate_limiter`], [`Fleet::retry_budget`]). The
//! executor's async [`run`](errspec_runtime::RetryExecutor::run) then asks Redis for every
//! attempt, tells it what every response said, and pays every retry from the fleet's
//! budget. [`run_blocking`](errspec_runtime::RetryExecutor::run_blocking) cannot wait for
//! Redis: it paces with a process-local limiter (as without a fleet) and pays from this
//! process's share of the budget.
//!
//! The types can be used by hand too:
//!
//! ```no_run
//! use errspec_redis::{Fleet, FleetAcquire, FleetConfig};
//! use errspec_runtime::retry::budget::BudgetConfig;
//! use errspec_runtime::retry::limiter::{Demand, LimiterConfig, RateLimitReport};
//!
//! # async fn run(api_key: &str) -> Result<(), Box<dyn std::error::Error>> {
//! let fleet = Fleet::new(FleetConfig::new("redis://127.0.0.1:6379").with_fleet_size(4))?;
//! let limiter = fleet.rate_limiter(api_key, LimiterConfig::DEFAULT);
//! let budget = fleet.retry_budget(api_key, BudgetConfig::STANDARD);
//! match limiter.acquire(Demand::new().tokens(800)).await {
//!     FleetAcquire::Go(permit) => {
//!         // … send the request, then report what its response said:
//!         let headers = [("x-ratelimit-remaining-requests", "41")];
//!         let report = RateLimitReport::from_headers(200, &headers, std::time::SystemTime::now());
//!         permit.finish(&report).await;
//!         budget.record_success(None).await;
//!     }
//!     FleetAcquire::Wait(wait) => tokio::time::sleep(wait).await,
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # What is shared
//!
//! Per API key and limit kind (requests, tokens), what the local limiter keeps:
//! - the window: its size, what is left of it and when it resets, as the server's
//!   `x-ratelimit-*` headers last said, lowered by every request any process lets through
//!   and corrected by every response any process sees (the same rules as
//!   [`errspec_runtime::retry::limiter`], ported to Lua);
//! - the reservations in flight, one per permit, each with its own expiry (the
//!   [`reservation_lease`](FleetConfig::reservation_lease)): a window that rolls over
//!   leaves room for them, and a process that dies holds nothing past the lease;
//! - the `Retry-After` block of a throttle: every process waits it out;
//! - whether any response has been seen: until one has, a cold fleet sends
//!   [`cold_start_probes`](FleetConfig::cold_start_probes) requests (one by default) and
//!   the others wait for its headers (at most the limiter's `unknown_reset_wait`, 1 s),
//!   rather than a burst of every process's concurrency into a window that may hold less.
//!
//! And per API key, the retry budget: the token bucket (withdrawn per retry, refilled per
//! success) and the retry-ratio window (retries and failing calls per second), so a fleet
//! meets an outage with one budget.
//!
//! Time is always Redis's `TIME`, read inside the scripts: no two machines need agree on
//! the clock, and no client time is sent.
//!
//! # What is not shared
//!
//! - The adaptive send rate (paced after throttles the headers do not explain) is a
//!   measurement of one process's own sending, so each process keeps its own. A throttle
//!   that the shared windows explain does not slow it.
//! - Each call's own bounds: attempts, backoff, deadline and the server delay ceiling are
//!   the executor's, per process.
//! - Blocking runs ([`run_blocking`](errspec_runtime::RetryExecutor::run_blocking)): see
//!   above.
//! - Configuration: every process passes its own [`LimiterConfig`]
//!   and [`BudgetConfig`] with each call; give the
//!   fleet the same numbers.
//!
//! # Keys, and Redis Cluster
//!
//! API keys never reach Redis: keys are named after the first 128 bits of the key's
//! SHA-256, under a configurable [`key_prefix`](FleetConfig::key_prefix). All of one API
//! key's keys share one Redis Cluster hash tag, `{prefix:hash}`, so they live in one slot
//! and one script can touch them all; different API keys spread over the cluster's slots.
//!
//! | key                    | type   | holds                                      | TTL |
//! |------------------------|--------|--------------------------------------------|-----|
//! | `{prefix:hash}:requests` | hash | `limit`, `remaining`, `reset` (server ms), `period` | [`state_ttl`](FleetConfig::state_ttl) |
//! | `{prefix:hash}:tokens`   | hash | the same for tokens                        | `state_ttl` |
//! | `{prefix:hash}:inflight` | sorted set | reservations `id:tokens`, scored by expiry | the lease |
//! | `{prefix:hash}:block`    | string | present while `Retry-After` holds    | the block itself |
//! | `{prefix:hash}:seq`      | string | the reservation counter               | `state_ttl` |
//! | `{prefix:hash}:seen`     | string | present once a response was observed (ends a cold start) | `state_ttl` |
//! | `{prefix:hash}:bucket`   | hash | the retry bucket's `tokens`                | `state_ttl` |
//! | `{prefix:hash}:ratio`    | hash | `r:<second>`, `f:<second>`, `newest`       | the ratio window + 1 s |
//!
//! Every write sets the key's TTL again (`PEXPIRE`), so state that nobody uses goes away,
//! and a window, bucket or block left by a dead fleet is gone after its TTL.
//!
//! # Round trips and cost
//!
//! [`FleetRateLimiter::acquire`] is one round trip (`EVALSHA`), and so is
//! [`FleetPermit::finish`] (observe and release together); the budget's
//! [`try_retry`](FleetRetryBudget::try_retry) and
//! [`record_success`](FleetRetryBudget::record_success) one each. Through the executor, a
//! call that goes at once and succeeds first time costs three: acquire, finish, and the
//! success's deposit (sent in the background: the call does not wait for it). Each answer
//! "wait" costs one more acquire, and each retry one `try_retry` plus its own acquire and
//! finish. Scripts are sent by their SHA-1 and loaded only when Redis does not know them
//! (after a restart).
//!
//! Measured on loopback (Redis 7.0, a 2-core VM shared with other builds, load average
//! about 4; `cargo run --release -p errspec-redis --features test-util --example
//! acquire_latency`): one acquire takes 33 µs at the median and 59–86 µs at the 99th
//! percentile (1–2.7 ms while both cores were saturated by builds); a whole call's three
//! round trips 84 µs at the median. Redis spends 55–59 µs of CPU per call (scripts and
//! I/O), so **one Redis core serves about 17 000–18 000 calls a second** (some 50 000
//! operations) before it saturates.
//! Under the fleet harness (4 processes × 40 calls in flight, 50 requests/s), calls made
//! 5.5–6 round trips each on average, most of them acquires answered "wait" while the window
//! was spent. See BENCHMARKS.md ("Fleet").
//!
//! # Faults
//!
//! No call fails or hangs for Redis's sake. Each Redis call (connecting included) is
//! bounded by [`timeout`](FleetConfig::timeout) (50 ms by default); when it fails, the
//! call is answered by a local [`RateLimiter`](errspec_runtime::RateLimiter) /
//! [`RetryBudget`](errspec_runtime::RetryBudget) holding this process's share:
//! `1 / `[`fleet_size`](FleetConfig::fleet_size) of the last windows Redis reported (every
//! report feeds the local limiter, scaled, so it is warm; every request the process sends
//! through Redis counts against it too) and of the budget. A process that cannot reach
//! Redis before it has heard anything of the window sends one probe through its share and
//! holds the rest for its answer, as a cold fleet does.
//!
//! - **Redis down** (refused, reset): the connection is dropped; calls use the local share
//!   at once; a new connection is tried after [`reconnect_backoff`](FleetConfig::reconnect_backoff),
//!   doubling to [`max_reconnect_backoff`](FleetConfig::max_reconnect_backoff) while it
//!   keeps failing. One caller connects at a time, the others use the local share.
//! - **Redis slow** (no answer within the timeout): the same; a reservation the script made
//!   after the caller gave up expires with its lease.
//! - **Redis restarted**: the state is gone (it is a cache of what the provider said, and
//!   the next response fills it again: the fleet starts cold, with one probe); the scripts
//!   are loaded again on their first `NOSCRIPT`.
//! - **A process dies** holding permits: its reservations expire with their lease, and no
//!   key outlives its TTL.
//! - **The switch** is logged once each way through `tracing` (target `errspec_redis`): a
//!   warning when calls fall back, an info when sharing resumes; never per call.
//!
//! Measured by the fleet harness with Redis killed 2 s into an 8 s run and started again
//! 2 s later: every call completed (in one run of three, 8 stopped with `budget_exhausted`
//! by the smaller local share), the longest took 7 s against a 30 s deadline, and every
//! process shared again 1 s after the restart (its reconnect backoff had grown to 1.6 s).
//! The local shares do not know how the fleet's grants in the current window were spread
//! over the processes, so a window that turns over at the moment of the fault may take a
//! few 429s.
//!
//! # TLS and AUTH
//!
//! Both come from the URL: `redis://user:password@host:6379/0`; `rediss://host:6380` with
//! the `tls` feature (rustls with ring and the webpki roots). The URL's credentials never
//! show in `Debug` output or logs.
//!
//! # Why the `redis` crate
//!
//! [`redis`](https://docs.rs/redis) (redis-rs, 1.x; 2.0 is still a release candidate) is
//! the maintained, widely used client: its `Script` runs `EVALSHA` and loads the script on
//! `NOSCRIPT`, its multiplexed tokio connection lets every task share one socket, it reads
//! AUTH, database and TLS from the URL, and it speaks Redis Cluster and Sentinel when a
//! deployment grows. `fred` is a good client too, but pulls more machinery (its own
//! reconnect policies and pools) than a few scripts need. We keep our own reconnect loop
//! rather than the crate's `ConnectionManager`, because a fault must hand the call to the
//! local share within the timeout, and the manager cannot start while Redis is down.

#![cfg_attr(docsrs, feature(doc_cfg))]

mod budget;
mod config;
mod executor;
mod keys;
mod limiter;
mod link;
mod share;
#[cfg(feature = "test-util")]
#[cfg_attr(docsrs, doc(cfg(feature = "test-util")))]
pub mod test_util;

use core::fmt;
use std::sync::Arc;

use errspec_runtime::retry::budget::BudgetConfig;
use errspec_runtime::retry::limiter::LimiterConfig;
use errspec_runtime::time::{Clock, SystemClock};

pub use budget::FleetRetryBudget;
pub use config::FleetConfig;
pub use executor::FleetLimits;
pub use limiter::{FleetAcquire, FleetPermit, FleetRateLimiter, FleetSnapshot};

use keys::KeySpace;
use link::Link;

/// One Redis deployment shared by a fleet: makes the limiters and budgets of API keys.
/// Clones share the connection (and its health: the fault warning is given once per
/// `Fleet`, whatever the number of limiters).
#[derive(Clone)]
pub struct Fleet {
    link: Arc<Link>,
    clock: Arc<dyn Clock + Send + Sync>,
}

impl Fleet {
    /// A fleet on `config.url`. Nothing is connected yet: the first call connects, and a
    /// Redis that is down is no error (calls fall back). Fails only for a URL the client
    /// cannot read or a prefix with a brace.
    pub fn new(config: FleetConfig) -> Result<Fleet, FleetError> {
        keys::check_prefix(&config.key_prefix).map_err(FleetError::Prefix)?;
        let client = open_client(&config).map_err(|reason| FleetError::Url {
            url: config::redact_url(&config.url),
            reason,
        })?;
        Ok(Fleet {
            link: Arc::new(Link::new(client, config)),
            clock: Arc::new(SystemClock),
        })
    }

    /// Sets the clock of the local fallback (the shared state always uses Redis's time).
    /// Affects limiters and budgets made afterwards.
    #[must_use]
    pub fn with_clock(mut self, clock: Arc<dyn Clock + Send + Sync>) -> Fleet {
        self.clock = clock;
        self
    }

    /// The fleet's numbers.
    pub fn config(&self) -> &FleetConfig {
        self.link.config()
    }

    /// The rate limiter of `api_key` (hashed before it names any key).
    pub fn rate_limiter(&self, api_key: &str, config: LimiterConfig) -> FleetRateLimiter {
        let keys = KeySpace::new(&self.config().key_prefix, api_key).limiter();
        FleetRateLimiter::new(
            Arc::clone(&self.link),
            keys,
            config,
            Arc::clone(&self.clock),
        )
    }

    /// The retry budget of `api_key` (hashed before it names any key).
    pub fn retry_budget(&self, api_key: &str, config: BudgetConfig) -> FleetRetryBudget {
        let keys = KeySpace::new(&self.config().key_prefix, api_key).budget();
        FleetRetryBudget::new(
            Arc::clone(&self.link),
            keys,
            config,
            Arc::clone(&self.clock),
        )
    }

    /// The rate limiter and retry budget of `api_key`, with the default numbers
    /// ([`LimiterConfig::DEFAULT`], [`BudgetConfig::STANDARD`]), for an executor:
    /// `RetryExecutor::tokio().shared_limits(fleet.limits(api_key))`.
    pub fn limits(&self, api_key: &str) -> FleetLimits {
        FleetLimits::new(
            self.rate_limiter(api_key, LimiterConfig::DEFAULT),
            self.retry_budget(api_key, BudgetConfig::STANDARD),
        )
    }

    /// Whether the last Redis call succeeded (`true` before the first).
    pub fn is_sharing(&self) -> bool {
        self.link.is_sharing()
    }

    /// Asks Redis for `PING` (connecting if due): whether it answered within the timeout.
    pub async fn ping(&self) -> bool {
        self.link
            .call(|mut c| async move { redis::cmd("PING").query_async::<String>(&mut c).await })
            .await
            .is_ok()
    }
}

/// The client for `config.url`, trusting `config.tls_root_certificate` when one is given.
fn open_client(config: &FleetConfig) -> Result<redis::Client, String> {
    let url = config.url.as_str();
    match &config.tls_root_certificate {
        None => redis::Client::open(url).map_err(|e| e.to_string()),
        #[cfg(feature = "tls")]
        Some(pem) => {
            let certificates = redis::TlsCertificates {
                client_tls: None,
                root_cert: Some(pem.clone()),
            };
            redis::Client::build_with_tls(url, certificates).map_err(|e| e.to_string())
        }
        #[cfg(not(feature = "tls"))]
        Some(_) => Err("a TLS root certificate needs errspec-redis's `tls` feature".to_owned()),
    }
}

impl fmt::Debug for Fleet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Fleet")
            .field("config", self.config())
            .field("sharing", &self.is_sharing())
            .finish_non_exhaustive()
    }
}

/// Why a [`Fleet`] cannot be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FleetError {
    /// The Redis URL cannot be read (shown without its credentials).
    Url {
        /// The URL, credentials masked.
        url: String,
        /// What the client said.
        reason: String,
    },
    /// The key prefix holds a brace, which would break the hash tag.
    Prefix(String),
}

impl fmt::Display for FleetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FleetError::Url { url, reason } => write!(f, "bad redis url `{url}`: {reason}"),
            FleetError::Prefix(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for FleetError {}
