//! The rate limiter, driven by a byte script on a hand-moved clock: responses (with
//! headers written out and parsed as a server's would be), acquires, forced admits,
//! releases, clock advances, and liveness probes.
//!
//! Script format (each read past the end is 0): byte 0 picks the configuration; then
//! each operation is an opcode byte (`op % 8`) and its argument bytes:
//!
//! | op | what                                   | arguments                          |
//! |----|----------------------------------------|------------------------------------|
//! | 0  | acquire                                | demand                             |
//! | 1  | observe through a held permit          | permit index, response             |
//! | 2  | observe through the limiter            | response                           |
//! | 3  | release a held permit                  | permit index                       |
//! | 4  | advance the clock by `7 × n` ms        | n                                  |
//! | 5  | advance the clock by `n` s (255: a day)| n                                  |
//! | 6  | admit without asking                   | demand                             |
//! | 7  | release everything, probe liveness     | demand                             |
//!
//! A demand byte: bit 0 = retry, bits 1-2 pick the token cost (0, 1, 1000, `u64::MAX`).
//! A response: a status byte (200, 429, 503, 429 by `n % 4`), a flags byte saying which
//! headers are present (limit, remaining, reset for requests in bits 0-2, the same for
//! tokens in bits 3-5, `retry-after` bit 6, `retry-after-ms` bit 7), then one byte per
//! present header giving its value.

use std::time::{Duration, SystemTime};

use errspec::runtime::retry::limiter::{
    Acquire, Demand, LimiterConfig, LimiterSnapshot, Permit, RateLimitReport, RateLimiter,
};

use errspec::runtime::time::Clock;
use errspec::runtime::time::ManualClock;

use super::t0;

/// Bounded memory: never more permits held at once than this.
const MAX_HELD: usize = 64;

/// The adaptive rate's longest gap between two first attempts (its floor is 0.5/s).
const ADAPTIVE_GAP: Duration = Duration::from_secs(2);

/// Slack for waits of the least hold rounding up a bound.
const SLACK: Duration = Duration::from_millis(10);

/// Runs the script in `data` twice on fresh limiters, checking every invariant, and that
/// both runs answer alike.
pub fn check_limiter(data: &[u8]) {
    let first = run(data);
    assert_eq!(
        first,
        run(data),
        "determinism: the same script answered differently"
    );
}

/// What a run answered, in order: for the determinism check.
#[derive(Debug, PartialEq)]
enum Event {
    Go,
    Wait(Duration),
    Held(Duration),
    Snapshot(LimiterSnapshot),
}

struct Script<'a> {
    data: &'a [u8],
    at: usize,
}

impl Script<'_> {
    fn byte(&mut self) -> u8 {
        let b = self.data.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b
    }

    fn more(&self) -> bool {
        self.at < self.data.len()
    }

    fn demand(&mut self) -> Demand {
        let b = self.byte();
        let tokens = [0, 1, 1000, u64::MAX][usize::from((b >> 1) & 3)];
        Demand::new().tokens(tokens).retry(b & 1 == 1)
    }

    /// A response's status and headers, as text a server would send.
    fn response(&mut self) -> (u16, Vec<(String, String)>) {
        let status = [200, 429, 503, 429][usize::from(self.byte() % 4)];
        let flags = self.byte();
        let mut headers = Vec::new();
        let names = [
            "x-ratelimit-limit-requests",
            "x-ratelimit-remaining-requests",
            "x-ratelimit-reset-requests",
            "x-ratelimit-limit-tokens",
            "x-ratelimit-remaining-tokens",
            "x-ratelimit-reset-tokens",
            "retry-after",
            "retry-after-ms",
        ];
        for (bit, name) in names.iter().enumerate() {
            if flags & (1 << bit) == 0 {
                continue;
            }
            let n = self.byte();
            let value = match bit {
                2 | 5 => reset_value(n),
                6 => match n {
                    250.. => "Wed, 21 Oct 2015 07:28:00 GMT".to_owned(),
                    _ => u32::from(n).to_string(),
                },
                7 => format!("{}", u32::from(n) * 50),
                _ => count_value(n),
            };
            headers.push(((*name).to_owned(), value));
        }
        (status, headers)
    }
}

fn count_value(n: u8) -> String {
    match n {
        255 => "18446744073709551615".to_owned(),
        254 => "-1".to_owned(),
        253 => "1e9".to_owned(),
        _ => n.to_string(),
    }
}

fn reset_value(n: u8) -> String {
    match n {
        255 => "99999999h".to_owned(),
        254 => "6m0s".to_owned(),
        253 => "-1s".to_owned(),
        252 => "1.5s".to_owned(),
        _ if n.is_multiple_of(2) => format!("{}ms", u32::from(n) * 37),
        _ => format!("{}s", n / 4),
    }
}

/// The configuration byte: every edge (zero and sub-millisecond holds, waits beyond the
/// hold, margins) is reachable.
fn config(b: u8) -> LimiterConfig {
    let ms = Duration::from_millis;
    let hold = [
        ms(0),
        Duration::from_nanos(1),
        Duration::from_micros(500),
        ms(1),
        ms(50),
        ms(1000),
        ms(60_000),
        ms(3_600_000),
    ];
    let unknown = [ms(0), ms(1), ms(1000), ms(86_400_000)];
    let margin = [ms(0), ms(5), ms(1000), Duration::MAX];
    LimiterConfig {
        max_hold: hold[usize::from(b & 7)],
        unknown_reset_wait: unknown[usize::from((b >> 3) & 3)],
        reset_margin: margin[usize::from((b >> 5) & 3)],
        adaptive: b & 0x80 != 0,
    }
}

fn run(data: &[u8]) -> Vec<Event> {
    let mut script = Script { data, at: 0 };
    let limiter = RateLimiter::new(config(script.byte()));
    let config = limiter.config();
    let clock = ManualClock::new(t0());
    let mut held: Vec<Permit> = Vec::new();
    let mut events = Vec::new();
    while script.more() {
        let now = clock.now();
        match script.byte() % 8 {
            0 => match limiter.acquire(now, script.demand()) {
                Acquire::Go(permit) => {
                    events.push(Event::Go);
                    keep(&mut held, permit);
                }
                Acquire::Wait(w) => {
                    assert!(
                        w >= LimiterConfig::MIN_HOLD,
                        "a wait under the least hold: {w:?}"
                    );
                    assert!(
                        w <= config.max_hold,
                        "a wait {w:?} over max_hold {:?}",
                        config.max_hold
                    );
                    events.push(Event::Wait(w));
                }
            },
            1 => {
                let i = usize::from(script.byte());
                let (status, headers) = script.response();
                let report = RateLimitReport::from_headers(status, &headers, now);
                match held.len() {
                    0 => limiter.observe(now, &report),
                    n => held[i % n].observe(now, &report),
                }
            }
            2 => {
                let (status, headers) = script.response();
                limiter.observe(now, &RateLimitReport::from_headers(status, &headers, now));
            }
            3 => {
                let i = usize::from(script.byte());
                if !held.is_empty() {
                    let n = held.len();
                    drop(held.swap_remove(i % n));
                }
            }
            4 => clock.advance(Duration::from_millis(u64::from(script.byte()) * 7)),
            5 => match script.byte() {
                255 => clock.advance(Duration::from_secs(86_400)),
                n => clock.advance(Duration::from_secs(u64::from(n))),
            },
            6 => keep(&mut held, limiter.admit(script.demand())),
            _ => {
                held.clear();
                let demand = script.demand();
                events.push(Event::Held(probe_liveness(&limiter, &clock, demand)));
            }
        }
        let snapshot = limiter.snapshot(clock.now());
        check_snapshot(&snapshot, &config, held.len());
        events.push(Event::Snapshot(snapshot));
    }
    held.clear();
    probe_liveness(&limiter, &clock, Demand::new());
    events
}

fn keep(held: &mut Vec<Permit>, permit: Permit) {
    if held.len() < MAX_HELD {
        held.push(permit);
    }
}

/// The limiter's own view agrees with the script's, and every count has an end within
/// `max_hold`: a window rolls in bounded time, whether or not a reset was reported.
fn check_snapshot(s: &LimiterSnapshot, config: &LimiterConfig, held: usize) {
    assert_eq!(
        s.in_flight, held as u64,
        "in flight: the limiter lost count of permits"
    );
    for (name, limit) in [("requests", &s.requests), ("tokens", &s.tokens)] {
        if limit.remaining.is_some() {
            let reset = limit
                .reset_in
                .unwrap_or_else(|| panic!("{name}: a count with no end: {s:?}"));
            assert!(
                reset <= config.max_hold,
                "{name}: resets in {reset:?}, past max_hold: {s:?}"
            );
        }
    }
    if let Some(blocked) = s.blocked_for {
        assert!(
            blocked <= config.max_hold,
            "blocked for {blocked:?}, past max_hold"
        );
    }
    if let Some(rate) = s.adaptive_rate {
        assert!(rate.is_finite() && rate > 0.0, "adaptive rate {rate}");
    }
}

/// Liveness: with nothing in flight and no response coming, a caller that waits as told
/// gets room within `max_hold` and the reset margin (plus the adaptive rate's gap for a
/// first attempt). Returns how long it was held.
fn probe_liveness(limiter: &RateLimiter, clock: &ManualClock, demand: Demand) -> Duration {
    let config = limiter.config();
    let mut bound = config
        .max_hold
        .saturating_add(config.reset_margin)
        .saturating_add(SLACK);
    if !demand.retry && config.adaptive {
        bound = bound.saturating_add(ADAPTIVE_GAP);
    }
    let start: SystemTime = clock.now();
    for _ in 0..100_000 {
        let held = clock.now().duration_since(start).unwrap_or_default();
        match limiter.acquire(clock.now(), demand) {
            Acquire::Go(_) => return held,
            Acquire::Wait(w) => {
                assert!(
                    held <= bound,
                    "liveness: held {held:?} past {bound:?}: {:?}",
                    limiter.snapshot(clock.now())
                );
                clock.advance(w);
            }
        }
    }
    panic!(
        "liveness: 100000 waits without room: {:?}",
        limiter.snapshot(clock.now())
    );
}
