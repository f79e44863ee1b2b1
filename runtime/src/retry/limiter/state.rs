//! The limiter's state and its two operations, acquire and observe: plain functions of
//! the state and the time they are given, so tests drive them with any clock.

use core::time::Duration;
use std::time::SystemTime;

use super::adaptive::Adaptive;
use super::report::RateLimitReport;
use super::window::{MIN_WAIT, Window};
use super::{Demand, LimitSnapshot, LimiterConfig, LimiterSnapshot, after, since};

#[derive(Clone, Debug, Default)]
pub(crate) struct State {
    pub(crate) config: LimiterConfig,
    requests: Window,
    tokens: Window,
    adaptive: Adaptive,
    /// A 429 asked everyone to stay away until then.
    blocked_until: Option<SystemTime>,
    in_flight: u64,
    in_flight_tokens: u64,
}

impl State {
    pub(crate) fn new(config: LimiterConfig) -> State {
        State {
            config: config.normalized(),
            ..State::default()
        }
    }

    /// Takes room for one request, or says how long to wait before asking again.
    pub(crate) fn acquire(&mut self, now: SystemTime, demand: Demand) -> Result<(), Duration> {
        self.roll(now);
        let config = &self.config;
        let mut wait = self
            .blocked_until
            .map_or(Duration::ZERO, |until| since(until, now));
        // A request that states no token cost still waits while the tokens are spent.
        let need_tokens = demand.tokens.max(1);
        for w in [
            self.requests.wait(now, 1, config),
            self.tokens.wait(now, need_tokens, config),
        ]
        .into_iter()
        .flatten()
        {
            wait = wait.max(w);
        }
        if !wait.is_zero() {
            // Not `clamp`: it asserts `min <= max`, and no configuration may panic here.
            return Err(wait.min(config.max_hold).max(MIN_WAIT));
        }
        // A retry is already paced by its own backoff, which grows with each throttle.
        if config.adaptive
            && !demand.retry
            && let Some(w) = self.adaptive.acquire(now)
        {
            return Err(w.min(config.max_hold).max(MIN_WAIT));
        }
        self.admit(demand);
        Ok(())
    }

    /// Counts a request as sent without asking.
    pub(crate) fn admit(&mut self, demand: Demand) {
        self.requests.take(1);
        self.tokens.take(demand.tokens);
        self.in_flight = self.in_flight.saturating_add(1);
        self.in_flight_tokens = self.in_flight_tokens.saturating_add(demand.tokens);
    }

    /// A request admitted earlier is finished (its response, if any, observed).
    pub(crate) fn release(&mut self, demand: Demand) {
        self.in_flight = self.in_flight.saturating_sub(1);
        self.in_flight_tokens = self.in_flight_tokens.saturating_sub(demand.tokens);
    }

    /// Feeds a response's report in. `own` is the demand of the request it answers, if
    /// that request is still counted in flight; `sent` is when that request was let
    /// through, if known (the server answered between then and `now`).
    pub(crate) fn observe(
        &mut self,
        now: SystemTime,
        report: &RateLimitReport,
        own: Option<Demand>,
        sent: Option<SystemTime>,
    ) {
        self.roll(now);
        let (own_requests, own_tokens) = own.map_or((0, 0), |d| (1, d.tokens));
        let throttled = report.is_throttle();
        let config = &self.config;
        let sent = sent.map_or(now, |s| s.min(now));
        let requests_hit = self.requests.observe(
            (sent, now),
            &report.requests,
            self.in_flight.saturating_sub(own_requests),
            throttled,
            config,
        );
        let tokens_hit = self.tokens.observe(
            (sent, now),
            &report.tokens,
            self.in_flight_tokens.saturating_sub(own_tokens),
            throttled,
            config,
        );
        if throttled && let Some(d) = report.retry_after {
            let until = after(now, d.min(config.max_hold));
            self.blocked_until = Some(self.blocked_until.map_or(until, |b| b.max(until)));
        }
        // Only a throttle the headers do not explain teaches the adaptive rate anything.
        let unexplained = throttled && !requests_hit && !tokens_hit;
        if config.adaptive {
            self.adaptive.on_response(now, unexplained);
        }
    }

    /// Starts new windows where the old ones have ended.
    pub(crate) fn roll(&mut self, now: SystemTime) {
        self.requests.roll(now, self.in_flight, &self.config);
        self.tokens.roll(now, self.in_flight_tokens, &self.config);
        if self.blocked_until.is_some_and(|b| now >= b) {
            self.blocked_until = None;
        }
    }

    pub(crate) fn snapshot(&self, now: SystemTime) -> LimiterSnapshot {
        let limit = |w: &Window| LimitSnapshot {
            limit: w.limit,
            remaining: w.remaining,
            reset_in: w.reset_at.map(|r| since(r, now)),
        };
        LimiterSnapshot {
            requests: limit(&self.requests),
            tokens: limit(&self.tokens),
            adaptive_rate: self.adaptive.rate(),
            blocked_for: self.blocked_until.map(|b| since(b, now)),
            in_flight: self.in_flight,
        }
    }
}
