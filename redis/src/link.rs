//! The connection to Redis and its health: every call is bounded by the timeout, a failed
//! connection is dropped and made again after a backoff, and the switch between sharing
//! and local fallback is logged once each way.

use core::fmt;
use core::future::Future;
use core::time::Duration;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use redis::aio::MultiplexedConnection;
use redis::{AsyncConnectionConfig, Client, FromRedisValue, RedisError, RedisResult, Script};
use tokio::time::{Instant, timeout};

use crate::config::{FleetConfig, redact_url};

/// Why a call did not reach Redis: the caller falls back.
#[derive(Debug)]
pub(crate) enum Fault {
    /// Waiting for the next connection attempt.
    Down,
    /// The call took longer than the timeout.
    Timeout,
    /// Redis or the network answered with an error.
    Redis(RedisError),
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fault::Down => f.write_str("not connected"),
            Fault::Timeout => f.write_str("no answer within the timeout"),
            Fault::Redis(e) => write!(f, "{e}"),
        }
    }
}

/// One connection (multiplexed: every caller shares it) and what is known of its health.
pub(crate) struct Link {
    client: Client,
    config: FleetConfig,
    connection: Mutex<Option<MultiplexedConnection>>,
    reconnect: Mutex<Reconnect>,
    /// One caller connects at a time; the others wait for it.
    connecting: tokio::sync::Mutex<()>,
    /// Calls are being shared; cleared (and warned about) by the first fault.
    sharing: AtomicBool,
}

/// When the next connection attempt may be made.
struct Reconnect {
    not_before: Option<Instant>,
    backoff: Duration,
}

impl Link {
    pub(crate) fn new(client: Client, config: FleetConfig) -> Link {
        Link {
            client,
            reconnect: Mutex::new(Reconnect {
                not_before: None,
                backoff: config.reconnect_backoff,
            }),
            config,
            connection: Mutex::new(None),
            connecting: tokio::sync::Mutex::new(()),
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
            Err(fault @ Fault::Down) => self.went_down(fault),
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

    /// The open connection, or a new one when a reconnect is due. Callers that find
    /// another connecting wait for it (within their own timeout).
    async fn connection(&self) -> Result<MultiplexedConnection, Fault> {
        if let Some(c) = lock(&self.connection).clone() {
            return Ok(c);
        }
        let _connecting = self.connecting.lock().await;
        if let Some(c) = lock(&self.connection).clone() {
            return Ok(c);
        }
        if lock(&self.reconnect)
            .not_before
            .is_some_and(|t| Instant::now() < t)
        {
            return Err(Fault::Down);
        }
        let config = AsyncConnectionConfig::new()
            .set_connection_timeout(Some(self.config.timeout))
            .set_response_timeout(Some(self.config.timeout));
        let c = self
            .client
            .get_multiplexed_async_connection_with_config(&config)
            .await
            .map_err(Fault::Redis)?;
        *lock(&self.connection) = Some(c.clone());
        let mut r = lock(&self.reconnect);
        r.not_before = None;
        r.backoff = self.config.reconnect_backoff;
        Ok(c)
    }

    fn disconnect(&self) {
        *lock(&self.connection) = None;
        self.schedule_reconnect();
    }

    fn schedule_reconnect(&self) {
        let mut r = lock(&self.reconnect);
        let now = Instant::now();
        // Callers that failed together count as one failure.
        if r.not_before.is_some_and(|t| t > now) {
            return;
        }
        r.not_before = Some(now + r.backoff);
        r.backoff = (r.backoff * 2).min(self.config.max_reconnect_backoff);
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

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // Every statement leaves the value whole: a panic elsewhere cannot tear it.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}
