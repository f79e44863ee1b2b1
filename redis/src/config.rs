//! The numbers a [`Fleet`](crate::Fleet) works with.

use core::fmt;
use core::time::Duration;

/// Where Redis is, how long to wait for it, and how a process falls back without it.
///
/// ```
/// use std::time::Duration;
/// use errspec_redis::FleetConfig;
///
/// let config = FleetConfig::new("redis://:secret@10.0.0.5:6379/0")
///     .with_key_prefix("acme")
///     .with_timeout(Duration::from_millis(30))
///     .with_fleet_size(8);
/// assert!(!format!("{config:?}").contains("secret"));
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct FleetConfig {
    /// The Redis URL, as the `redis` crate reads it: `redis://[user][:password@]host[:port][/db]`,
    /// `rediss://…` for TLS (with this crate's `tls` feature), `redis+unix:///path`. AUTH
    /// and the database come from the URL.
    pub url: String,
    /// The first part of every key, inside the hash tag: `{prefix:…}`. It must not hold
    /// `{` or `}`.
    pub key_prefix: String,
    /// The longest one Redis call (connecting included) may take before the call falls
    /// back to the local share.
    pub timeout: Duration,
    /// How many processes are expected to share one API key: without Redis, each takes
    /// `1 / fleet_size` of the last known windows and of the retry budget.
    pub fleet_size: u32,
    /// How long a reservation counts as in flight unless released first: the longest a
    /// request is expected to take. A process that dies holds nothing past it.
    pub reservation_lease: Duration,
    /// How long the windows and the retry bucket outlive their last write.
    pub state_ttl: Duration,
    /// How many requests may be in flight, fleet-wide, while the fleet has heard nothing
    /// from the provider about this API key (a cold start, or a Redis that restarted
    /// empty): the others wait for the first response's `x-ratelimit-*` headers instead
    /// of sending a burst the window may not hold. Each waits at most the limiter's
    /// `unknown_reset_wait` (1 s by default) after the oldest of them was let through.
    /// The local share does the same for a process that cannot reach Redis before it has
    /// heard anything (Redis slow to answer at its start). `0` lets every request through
    /// until a response has been seen. Default 1.
    pub cold_start_probes: u32,
    /// The first wait before reconnecting after a failure; it doubles with every failure
    /// in a row, up to [`max_reconnect_backoff`](Self::max_reconnect_backoff). Zero
    /// tries again on the next call.
    pub reconnect_backoff: Duration,
    /// The longest wait between two connection attempts.
    pub max_reconnect_backoff: Duration,
    /// For a `rediss://` URL (with the `tls` feature): the PEM certificate of the CA that
    /// signed the server's, when it is a private one; `None` trusts the webpki roots.
    pub tls_root_certificate: Option<Vec<u8>>,
}

impl FleetConfig {
    /// The defaults for `url`: prefix `errspec`, 50 ms timeout, a fleet of 4, reservations
    /// leased for 120 s, state kept 10 min, reconnecting after 100 ms up to 5 s.
    pub fn new(url: impl Into<String>) -> FleetConfig {
        FleetConfig {
            url: url.into(),
            key_prefix: "errspec".to_owned(),
            timeout: Duration::from_millis(50),
            fleet_size: 4,
            reservation_lease: Duration::from_secs(120),
            state_ttl: Duration::from_secs(600),
            cold_start_probes: 1,
            reconnect_backoff: Duration::from_millis(100),
            max_reconnect_backoff: Duration::from_secs(5),
            tls_root_certificate: None,
        }
    }

    /// Sets [`key_prefix`](Self::key_prefix).
    #[must_use]
    pub fn with_key_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.key_prefix = prefix.into();
        self
    }

    /// Sets [`timeout`](Self::timeout).
    #[must_use]
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Sets [`fleet_size`](Self::fleet_size) (zero counts as one).
    #[must_use]
    pub fn with_fleet_size(mut self, size: u32) -> Self {
        self.fleet_size = size;
        self
    }

    /// Sets [`reservation_lease`](Self::reservation_lease).
    #[must_use]
    pub fn with_reservation_lease(mut self, lease: Duration) -> Self {
        self.reservation_lease = lease;
        self
    }

    /// Sets [`state_ttl`](Self::state_ttl).
    #[must_use]
    pub fn with_state_ttl(mut self, ttl: Duration) -> Self {
        self.state_ttl = ttl;
        self
    }

    /// Sets [`reconnect_backoff`](Self::reconnect_backoff) and
    /// [`max_reconnect_backoff`](Self::max_reconnect_backoff).
    #[must_use]
    pub fn with_reconnect_backoff(mut self, first: Duration, max: Duration) -> Self {
        self.reconnect_backoff = first;
        self.max_reconnect_backoff = max;
        self
    }

    /// Sets [`cold_start_probes`](Self::cold_start_probes).
    #[must_use]
    pub fn with_cold_start_probes(mut self, probes: u32) -> Self {
        self.cold_start_probes = probes;
        self
    }

    /// Sets [`tls_root_certificate`](Self::tls_root_certificate) (PEM).
    #[must_use]
    pub fn with_tls_root_certificate(mut self, pem: impl Into<Vec<u8>>) -> Self {
        self.tls_root_certificate = Some(pem.into());
        self
    }

    /// The fleet size as used: at least one.
    pub fn share(&self) -> u32 {
        self.fleet_size.max(1)
    }
}

impl fmt::Debug for FleetConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FleetConfig")
            .field("url", &redact_url(&self.url))
            .field("key_prefix", &self.key_prefix)
            .field("timeout", &self.timeout)
            .field("fleet_size", &self.fleet_size)
            .field("reservation_lease", &self.reservation_lease)
            .field("state_ttl", &self.state_ttl)
            .field("reconnect_backoff", &self.reconnect_backoff)
            .field("max_reconnect_backoff", &self.max_reconnect_backoff)
            .field("tls_root_certificate", &self.tls_root_certificate.is_some())
            .finish()
    }
}

/// The URL without its credentials (`redis://***@host`).
pub(crate) fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    match rest.rsplit_once('@') {
        Some((_, host)) => format!("{scheme}://***@{host}"),
        None => url.to_owned(),
    }
}

/// Milliseconds as a script argument, saturating (Lua counts exactly up to 2^53).
pub(crate) fn ms(d: Duration) -> u64 {
    u64::try_from(d.as_millis())
        .unwrap_or(u64::MAX)
        .min(MAX_EXACT)
}

/// The largest count a script keeps exactly (Lua numbers are doubles).
pub(crate) const MAX_EXACT: u64 = 1 << 53;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_never_show() {
        assert_eq!(
            redact_url("rediss://user:pa@ss@host:6380/1"),
            "rediss://***@host:6380/1"
        );
        assert_eq!(redact_url("redis://host:6379"), "redis://host:6379");
        assert_eq!(redact_url("not a url"), "not a url");
    }

    #[test]
    fn milliseconds_saturate() {
        assert_eq!(ms(Duration::from_millis(1500)), 1500);
        assert_eq!(ms(Duration::MAX), MAX_EXACT);
        assert_eq!(FleetConfig::new("redis://h").with_fleet_size(0).share(), 1);
    }
}
