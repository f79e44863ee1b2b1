//! The connection to Redis and its health: every call is bounded by the timeout, a failed
//! connection is dropped and made again after a backoff, and the switch between sharing
//! and local fallback is logged once each way.

use core::fmt;
use core::future::Future;
use core::time::Duration;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use redis::aio::MultiplexedConnection;
use redis::{AsyncConnectionConfig, Client, FromRedisValue, RedisError, RedisResult, Script};
use tokio::time::{Instant, timeout};

use crate::config::{FleetConfig, redact_url};

/// Why a call did not reach Redis: the caller falls back.
#[derive(Debug)]
pub(crate) enum Fault {
    /// Waiting for the next connection attempt.
    Down,
    /// The connection attempt failed (its error, as text: every waiting caller gets it).
    Connect(String),
    /// The call took longer than the timeout.
    Timeout,
    /// Redis or the network answered with an error.
    Redis(RedisError),
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fault::Down => f.write_str("not connected"),
            Fault::Connect(e) => f.write_str(e),
            Fault::Timeout => f.write_str("no answer within the timeout"),
            Fault::Redis(e) => write!(f, "{e}"),
        }
    }
}

/// One connection (multiplexed: every caller shares it) and what is known of its health.
pub(crate) struct Link {
    client: Client,
    config: FleetConfig,
    slot: Arc<Slot>,
    /// Calls are being shared; cleared (and warned about) by the first fault.
    sharing: AtomicBool,
}

/// The connection and the attempts to make it, shared with the task that makes one.
///
/// A connection attempt runs in a task of its own, not in the future of the call that
/// needed it: a caller that keeps its future without polling it (parked in a `select!`,
/// stored for later) would otherwise hold every other caller up until their timeouts.
struct Slot {
    connection: Mutex<Option<MultiplexedConnection>>,
    reconnect: Mutex<Reconnect>,
    /// An attempt is under way.
    connecting: AtomicBool,
    /// Counts the attempts that ended; callers wait for it to move.
    ended: tokio::sync::watch::Sender<u64>,
    /// Why the last attempt failed.
    last_error: Mutex<String>,
}

/// When the next connection attempt may be made.
struct Reconnect {
    not_before: Option<Instant>,
    backoff: Duration,
    first: Duration,
    max: Duration,
}

impl Link {
    pub(crate) fn new(client: Client, config: FleetConfig) -> Link {
        let slot = Slot {
            connection: Mutex::new(None),
            reconnect: Mutex::new(Reconnect {
                not_before: None,
                backoff: config.reconnect_backoff,
                first: config.reconnect_backoff,
                max: config.max_reconnect_backoff,
            }),
            connecting: AtomicBool::new(false),
            ended: tokio::sync::watch::Sender::new(0),
            last_error: Mutex::new(String::new()),
        };
        Link {
            client,
            config,
            slot: Arc::new(slot),
            sharing: AtomicBool::new(true),
        }
    }

    pub(crate) fn config(&self) -> &FleetConfig {
        &self.config
    }

    /// Whether the last call reached Redis.
    pub(crate) fn is_sharing(&self) -> bool {
        self.sharing.load(Ordering::Acquire)
    }

    /// Runs `call` on the connection (connecting first if due), the whole bounded by the
    /// timeout. A fault is logged once (on the switch to local) and drops the connection,
    /// unless Redis itself answered with an error.
    pub(crate) async fn call<T, F, Fut>(&self, call: F) -> Result<T, Fault>
    where
        F: FnOnce(MultiplexedConnection) -> Fut,
        Fut: Future<Output = RedisResult<T>>,
    {
        let attempt = async {
            let connection = self.connection().await?;
            call(connection).await.map_err(Fault::Redis)
        };
        let result = timeout(self.config.timeout, attempt)
            .await
            .unwrap_or(Err(Fault::Timeout));
        match &result {
            Ok(_) => self.came_back(),
            // Redis answered (a script or auth error): the connection itself is sound.
            Err(fault @ Fault::Redis(e)) if matches!(e.kind(), redis::ErrorKind::Server(_)) => {
                self.went_down(fault);
            }
            // No connection was made: nothing to drop.
            Err(fault @ (Fault::Down | Fault::Connect(_))) => self.went_down(fault),
            Err(fault) => {
                self.disconnect();
                self.went_down(fault);
            }
        }
        result
    }

    /// Runs `script` (EVALSHA, loading it when Redis does not know it) through [`call`](Self::call).
    pub(crate) async fn eval<T: FromRedisValue>(
        &self,
        script: &Script,
        keys: &[String],
        args: &[String],
    ) -> Result<T, Fault> {
        self.call(|mut connection| async move {
            let mut invocation = script.prepare_invoke();
            for key in keys {
                invocation.key(key);
            }
            for arg in args {
                invocation.arg(arg);
            }
            invocation.invoke_async(&mut connection).await
        })
        .await
    }

    /// The open connection, or a new one when a reconnect is due. An attempt runs in a
    /// task of its own; a caller that finds one under way waits for it (within its own
    /// timeout) and, if it fails and a reconnect is due, makes one attempt of its own, as
    /// it would have had it come first.
    async fn connection(&self) -> Result<MultiplexedConnection, Fault> {
        let slot = &self.slot;
        if let Some(c) = lock(&slot.connection).clone() {
            return Ok(c);
        }
        // Subscribed before looking again: an attempt that ends from here on wakes us.
        let mut ended = slot.ended.subscribe();
        let mut started = false;
        loop {
            if let Some(c) = lock(&slot.connection).clone() {
                return Ok(c);
            }
            if started {
                return Err(Fault::Connect(lock(&slot.last_error).clone()));
            }
            if lock(&slot.reconnect)
                .not_before
                .is_some_and(|t| Instant::now() < t)
            {
                return Err(Fault::Down);
            }
            if !slot.connecting.swap(true, Ordering::AcqRel) {
                // Outside a tokio runtime there is no connection to make (the multiplexed
                // connection's driver needs one too).
                let Ok(runtime) = tokio::runtime::Handle::try_current() else {
                    slot.connecting.store(false, Ordering::Release);
                    return Err(Fault::Down);
                };
                let config = AsyncConnectionConfig::new()
                    .set_connection_timeout(Some(self.config.timeout))
                    .set_response_timeout(Some(self.config.timeout));
                runtime.spawn(Arc::clone(slot).connect(self.client.clone(), config));
                started = true;
            }
            if ended.changed().await.is_err() {
                return Err(Fault::Down);
            }
        }
    }

    fn disconnect(&self) {
        *lock(&self.slot.connection) = None;
        self.slot.schedule_reconnect();
    }

    fn went_down(&self, fault: &Fault) {
        if self.sharing.swap(false, Ordering::AcqRel) {
            tracing::warn!(
                target: "errspec_redis",
                redis = %redact_url(&self.config.url),
                error = %fault,
                "redis is unreachable: rate limits and retry budget fall back to this process's share"
            );
        }
    }

    fn came_back(&self) {
        if !self.sharing.swap(true, Ordering::AcqRel) {
            tracing::info!(
                target: "errspec_redis",
                redis = %redact_url(&self.config.url),
                "redis is back: rate limits and retry budget are shared again"
            );
        }
    }
}

impl Slot {
    /// One connection attempt, bounded by the connection timeout in `config`: fills the
    /// slot, or notes why not and when to try again; then wakes the waiting callers.
    async fn connect(self: Arc<Self>, client: Client, config: AsyncConnectionConfig) {
        match client
            .get_multiplexed_async_connection_with_config(&config)
            .await
        {
            Ok(c) => {
                *lock(&self.connection) = Some(c);
                let mut r = lock(&self.reconnect);
                r.not_before = None;
                r.backoff = r.first;
            }
            Err(e) => {
                *lock(&self.last_error) = e.to_string();
                self.schedule_reconnect();
            }
        }
        self.connecting.store(false, Ordering::Release);
        self.ended.send_modify(|n| *n = n.wrapping_add(1));
    }

    fn schedule_reconnect(&self) {
        let mut r = lock(&self.reconnect);
        let now = Instant::now();
        // Callers that failed together count as one failure.
        if r.not_before.is_some_and(|t| t > now) {
            return;
        }
        r.not_before = Some(now + r.backoff);
        r.backoff = (r.backoff * 2).min(r.max);
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // Every statement leaves the value whole: a panic elsewhere cannot tear it.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}
