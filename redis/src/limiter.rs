//! The fleet's rate limiter: [`RateLimiter`]'s windows and `Retry-After` block kept in
//! Redis for every process on one API key, with a local share when Redis is away.

use core::fmt;
use core::time::Duration;
use std::sync::{Arc, LazyLock, Mutex, PoisonError};
use std::time::SystemTime;

use errspec_runtime::retry::limiter::{
    Acquire, Demand, LimitReport, LimitSnapshot, LimiterConfig, Permit, RateLimitReport,
    RateLimiter,
};
use errspec_runtime::time::Clock;
use redis::{FromRedisValue, Script};

use crate::config::{MAX_EXACT, ms};
use crate::link::{Fault, Link};
use crate::share;

/// How long a request held by the local cold start waits before asking again (Redis
/// first: it may answer by then).
const COLD_STEP: Duration = Duration::from_millis(10);

/// The limiter's script: `acquire`, `observe` and `snapshot` (see `src/lua/limiter.lua`).
static SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!("lua/limiter.lua")));

/// A rate limiter shared by every process that uses one API key: the shape of
/// [`RateLimiter`], but every operation is a Redis round trip, so it is async. Made by
/// [`Fleet::rate_limiter`](crate::Fleet::rate_limiter); clones share everything.
#[derive(Clone)]
pub struct FleetRateLimiter {
    inner: Arc<Inner>,
}

struct Inner {
    link: Arc<Link>,
    keys: [String; 6],
    config: LimiterConfig,
    /// The share used while Redis is away, fed every report (scaled) so that it is warm.
    fallback: RateLimiter,
    /// The adaptive rate while sharing: a measurement of this process's own sending, so
    /// it stays local. Its windows stay empty (it is fed no limits).
    pacer: Option<RateLimiter>,
    clock: Arc<dyn Clock + Send + Sync>,
    /// The local cold start: `None` once a report has been fed in; until then, when the
    /// local share first held a request for want of an answer (see [`FleetRateLimiter::cold`]).
    cold: Mutex<Option<Option<SystemTime>>>,
}

/// The answer of [`FleetRateLimiter::acquire`].
#[must_use = "a permit must be held while the request is in flight"]
#[derive(Debug)]
pub enum FleetAcquire {
    /// Send now; hold the permit until the response has been observed.
    Go(FleetPermit),
    /// Do not send yet: ask again after this long.
    Wait(Duration),
}

impl FleetAcquire {
    /// The wait, if the answer is to wait (a permit is released in the background).
    pub fn wait(self) -> Option<Duration> {
        match self {
            FleetAcquire::Go(_) => None,
            FleetAcquire::Wait(d) => Some(d),
        }
    }
}

/// What the fleet knows about its limits, at one instant.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FleetSnapshot {
    /// The numbers come from Redis (`false`: from this process's local share).
    pub shared: bool,
    /// The request limit.
    pub requests: LimitSnapshot,
    /// The token limit.
    pub tokens: LimitSnapshot,
    /// How long a `Retry-After` still holds every request.
    pub blocked_for: Option<Duration>,
    /// Live reservations: requests let through and not yet released nor expired.
    pub in_flight: u64,
    /// The tokens those reservations asked for (only known when shared).
    pub in_flight_tokens: Option<u64>,
}

impl FleetRateLimiter {
    pub(crate) fn new(
        link: Arc<Link>,
        keys: [String; 6],
        config: LimiterConfig,
        clock: Arc<dyn Clock + Send + Sync>,
    ) -> FleetRateLimiter {
        FleetRateLimiter {
            inner: Arc::new(Inner {
                link,
                keys,
                config,
                fallback: RateLimiter::new(config),
                pacer: config.adaptive.then(|| RateLimiter::new(config)),
                clock,
                cold: Mutex::new(Some(None)),
            }),
        }
    }

    /// The numbers this limiter works with.
    pub fn config(&self) -> LimiterConfig {
        self.inner.config
    }

    /// The local limiter used while Redis is away (holding this process's share).
    pub fn local(&self) -> &RateLimiter {
        &self.inner.fallback
    }

    /// Asks to send one request: a [`FleetPermit`] to hold while it is in flight, or how
    /// long to wait before asking again. One Redis round trip; never sleeps, and never
    /// takes longer than the fleet's timeout (then the local share answers).
    pub async fn acquire(&self, demand: Demand) -> FleetAcquire {
        let now = self.inner.clock.now();
        // The pacer first, as it costs no round trip; a pacer slot taken for a request
        // the shared window then holds is spent (pacing errs on the slow side).
        let pacer = match (&self.inner.pacer, self.inner.link.is_sharing()) {
            (Some(pacer), true) => match pacer.acquire(now, demand) {
                Acquire::Go(permit) => Some(permit),
                Acquire::Wait(d) => return FleetAcquire::Wait(d),
            },
            _ => None,
        };
        match self.take(demand, false).await {
            Ok(Taken::Go(grant)) => {
                let shadow = self.inner.fallback.admit(demand);
                FleetAcquire::Go(self.permit(demand, grant, pacer.into_iter().chain([shadow])))
            }
            Ok(Taken::Wait(d)) => FleetAcquire::Wait(d),
            Err(_) => match self.cold(now) {
                Some(wait) => FleetAcquire::Wait(wait),
                None => match self.inner.fallback.acquire(now, demand) {
                    Acquire::Go(p) => FleetAcquire::Go(self.permit(demand, Grant::Local(p), [])),
                    Acquire::Wait(d) => FleetAcquire::Wait(d),
                },
            },
        }
    }

    /// The cold start of the local share, as Redis's (`cold_start_probes`): a process
    /// that cannot reach Redis before it has heard anything of the window (Redis slow to
    /// answer its first calls) lets that many requests through, and holds the others
    /// for their answer, in steps of [`COLD_STEP`], at most the limiter's
    /// `unknown_reset_wait` after it first held one. Without it, every task of a process
    /// starting while Redis is slow would go at once into a window that may hold less.
    fn cold(&self, now: SystemTime) -> Option<Duration> {
        let probes = u64::from(self.inner.link.config().cold_start_probes);
        let mut cold = self
            .inner
            .cold
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let since = cold.as_mut()?;
        if probes == 0 || self.inner.fallback.snapshot(now).in_flight < probes {
            return None;
        }
        let first = *since.get_or_insert(now);
        let left = self
            .inner
            .config
            .unknown_reset_wait
            .saturating_sub(now.duration_since(first).unwrap_or_default());
        if left.is_zero() {
            *cold = None;
            return None;
        }
        Some(left.min(COLD_STEP))
    }

    /// Lets a request through without asking, counting it all the same: for a caller that
    /// has waited as long as it will.
    pub async fn admit(&self, demand: Demand) -> FleetPermit {
        match self.take(demand, true).await {
            Ok(Taken::Go(grant)) => {
                let shadow = self.inner.fallback.admit(demand);
                self.permit(demand, grant, [shadow])
            }
            _ => self.permit(demand, Grant::Local(self.inner.fallback.admit(demand)), []),
        }
    }

    /// Feeds in a response of a request that holds no permit. Prefer
    /// [`FleetPermit::finish`], which also releases the request's reservation.
    pub async fn observe(&self, report: &RateLimitReport) {
        let _ = self.feed(report, None).await;
    }

    /// What the fleet knows now (from Redis, or the local share when Redis is away).
    pub async fn snapshot(&self) -> FleetSnapshot {
        let reply = self
            .eval::<Vec<i64>>("snapshot", Vec::new())
            .await
            .ok()
            .filter(|v| v.len() == 9);
        let Some(v) = reply else {
            let local = self.inner.fallback.snapshot(self.inner.clock.now());
            return FleetSnapshot {
                shared: false,
                requests: local.requests,
                tokens: local.tokens,
                blocked_for: local.blocked_for,
                in_flight: local.in_flight,
                in_flight_tokens: None,
            };
        };
        let count = |n: i64| u64::try_from(n).ok();
        let ms = |n: i64| u64::try_from(n).ok().map(Duration::from_millis);
        let limit = |i: usize| LimitSnapshot {
            limit: count(v[i]),
            remaining: count(v[i + 1]),
            reset_in: ms(v[i + 2]),
        };
        FleetSnapshot {
            shared: true,
            requests: limit(0),
            tokens: limit(3),
            blocked_for: ms(v[6]).filter(|d| !d.is_zero()),
            in_flight: count(v[7]).unwrap_or(0),
            in_flight_tokens: count(v[8]),
        }
    }

    /// A permit for `grant`, holding `local` (the pacer's, and the local share's shadow of
    /// a shared grant) until it ends.
    fn permit(
        &self,
        demand: Demand,
        grant: Grant,
        local: impl IntoIterator<Item = Permit>,
    ) -> FleetPermit {
        FleetPermit {
            limiter: self.clone(),
            demand,
            grant,
            _local: local.into_iter().collect(),
            done: false,
        }
    }

    /// The `acquire` op: a reservation, or the wait.
    async fn take(&self, demand: Demand, force: bool) -> Result<Taken, Fault> {
        let args = vec![
            demand.tokens.min(MAX_EXACT).to_string(),
            u8::from(force).to_string(),
            self.inner.link.config().cold_start_probes.to_string(),
        ];
        let (go, value, member) = self.eval::<(i64, u64, String)>("acquire", args).await?;
        Ok(if go == 1 {
            Taken::Go(Grant::Shared {
                member,
                granted_ms: value,
            })
        } else {
            Taken::Wait(Duration::from_millis(value))
        })
    }

    /// The `observe` op for `own` (a reservation and when it was granted, and whether to
    /// release it), keeping the local share and the pacer informed.
    async fn feed(
        &self,
        report: &RateLimitReport,
        own: Option<(&str, u64, bool)>,
    ) -> Result<(), Fault> {
        let now = self.inner.clock.now();
        self.heard();
        self.inner.fallback.observe(
            now,
            &share::report(report, self.inner.link.config().share()),
        );
        let (member, granted, release) = own.unwrap_or(("", 0, false));
        let mut args = vec![
            member.to_owned(),
            u8::from(release).to_string(),
            if own.is_some() {
                granted.to_string()
            } else {
                String::new()
            },
            u8::from(report.throttle).to_string(),
        ];
        for l in [&report.requests, &report.tokens] {
            args.extend(limit_args(l));
        }
        args.push(opt(report.retry_after.map(ms)));
        let explained = self.eval::<i64>("observe", args).await? == 1;
        self.pace(now, report, explained);
        Ok(())
    }

    /// Ends the local cold start: a response has been seen.
    fn heard(&self) {
        *self
            .inner
            .cold
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = None;
    }

    /// Tells the pacer about a response: only a throttle the shared windows do not
    /// explain slows the adaptive rate.
    fn pace(&self, now: SystemTime, report: &RateLimitReport, explained: bool) {
        if let Some(pacer) = &self.inner.pacer {
            let plain = RateLimitReport::status_only(report.status)
                .with_throttle(report.throttle && !explained);
            pacer.observe(now, &plain);
        }
    }

    async fn eval<T: FromRedisValue>(&self, op: &str, extra: Vec<String>) -> Result<T, Fault> {
        let inner = &self.inner;
        let (c, f) = (&inner.config, inner.link.config());
        let head = [
            op.to_owned(),
            ms(c.reset_margin).to_string(),
            ms(c.max_hold).to_string(),
            ms(c.unknown_reset_wait).to_string(),
            ms(f.reservation_lease).max(1).to_string(),
            ms(f.state_ttl).max(1).to_string(),
        ];
        let mut args = head.to_vec();
        args.extend(extra);
        inner.link.eval(&SCRIPT, &inner.keys, &args).await
    }

    /// Ends a reservation: one `ZREM`.
    async fn release_member(&self, member: String) {
        let key = &self.inner.keys[2];
        let _ = self
            .inner
            .link
            .call(|mut connection| async move {
                redis::cmd("ZREM")
                    .arg(key)
                    .arg(member)
                    .query_async::<i64>(&mut connection)
                    .await
            })
            .await;
    }
}

impl fmt::Debug for FleetRateLimiter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FleetRateLimiter")
            .field("config", &self.inner.config)
            .field("sharing", &self.inner.link.is_sharing())
            .finish_non_exhaustive()
    }
}

enum Taken {
    Go(Grant),
    Wait(Duration),
}

/// Where a permit's room was taken.
#[derive(Debug)]
enum Grant {
    /// A reservation in Redis (`id:tokens`), granted at this server time (ms).
    Shared { member: String, granted_ms: u64 },
    /// Room in the local share.
    Local(Permit),
}

/// Room for one request: hold it while the request is in flight, then
/// [`finish`](Self::finish) it with the response's report (one round trip that observes
/// and releases). Dropping it releases the reservation in the background (on a tokio
/// runtime); a permit that is never released expires with its lease.
pub struct FleetPermit {
    limiter: FleetRateLimiter,
    demand: Demand,
    grant: Grant,
    /// Held so that local limiters count the request as in flight until it ends: the
    /// pacer, and the local share, which counts this process's shared grants against its
    /// share (so that a fault does not find the share's window untouched by what the
    /// process sent through Redis).
    _local: Vec<Permit>,
    done: bool,
}

impl FleetPermit {
    /// What this request asked for.
    pub fn demand(&self) -> Demand {
        self.demand
    }

    /// The room was taken in Redis (`false`: in the local share, Redis being away).
    pub fn is_shared(&self) -> bool {
        matches!(self.grant, Grant::Shared { .. })
    }

    /// Feeds in what this request's response said, keeping the reservation.
    pub async fn observe(&self, report: &RateLimitReport) {
        self.feed(report, false).await;
    }

    /// Feeds in what this request's response said and ends its reservation: one round trip.
    pub async fn finish(mut self, report: &RateLimitReport) {
        self.feed(report, true).await;
        self.done = true;
    }

    /// Ends the request's stay in flight without a report.
    pub async fn release(mut self) {
        self.done = true;
        if let Grant::Shared { member, .. } = &mut self.grant {
            let member = core::mem::take(member);
            self.limiter.release_member(member).await;
        }
    }

    async fn feed(&self, report: &RateLimitReport, release: bool) {
        let limiter = &self.limiter;
        match &self.grant {
            Grant::Shared { member, granted_ms } => {
                let own = Some((member.as_str(), *granted_ms, release));
                // Without Redis the local share has heard it: nothing more to do.
                let _ = limiter.feed(report, own).await;
            }
            Grant::Local(permit) => {
                limiter.heard();
                let share = limiter.inner.link.config().share();
                permit.observe(limiter.inner.clock.now(), &share::report(report, share));
            }
        }
    }
}

impl Drop for FleetPermit {
    fn drop(&mut self) {
        if self.done {
            return;
        }
        let Grant::Shared { member, .. } = &mut self.grant else {
            return;
        };
        // Without a runtime to release it on, the reservation's lease ends it.
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            let (limiter, member) = (self.limiter.clone(), core::mem::take(member));
            runtime.spawn(async move { limiter.release_member(member).await });
        }
    }
}

impl fmt::Debug for FleetPermit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FleetPermit")
            .field("demand", &self.demand)
            .field("shared", &self.is_shared())
            .field("done", &self.done)
            .finish()
    }
}

/// One limit's report as script arguments: limit, remaining, reset (ms); "" when absent.
fn limit_args(l: &LimitReport) -> [String; 3] {
    [
        opt(l.limit.map(|n| n.min(MAX_EXACT))),
        opt(l.remaining.map(|n| n.min(MAX_EXACT))),
        opt(l.reset.map(ms)),
    ]
}

fn opt(n: Option<u64>) -> String {
    n.map_or_else(String::new, |n| n.to_string())
}
