//! Fallbacks and cool-downs: a layer above the [`RetryExecutor`] that moves a call to
//! another alternative (endpoint, deployment, model, API key: any type of yours) when the
//! executor gives up, chosen by the failure's [`Category`] from the spec.
//!
//! # The order: retry, then fallback, then cool-down
//!
//! 1. **Pick.** A call starts on the first alternative, in your order, that is not
//!    cooling down. When every alternative is cooling, it goes to the one whose cool-down
//!    ends first: a cool-down steers calls away while there is somewhere else to go, and
//!    never stops a call from being sent. A call never *hops* to a cooling alternative,
//!    though: when every endpoint is down, each call costs one endpoint's attempts, not
//!    every endpoint's.
//! 2. **Retry.** The executor runs the call on that alternative exactly as it would alone:
//!    the catalog's strategy, the server's hints, the shared budget, the rate limiter and
//!    the deadline. Every failed attempt is also noted against the alternative (step 4).
//! 3. **Fall back.** When the executor stops, the rule for the last failure's category
//!    ([`FallbackRule`], set with [`Fallbacks::on`]) says where the call goes next: the
//!    next alternative in order that this call has not tried and that is not cooling
//!    down ([`Next`](FallbackRule::Next)), the next such one your predicate accepts
//!    ([`NextWhere`](FallbackRule::NextWhere), e.g. a larger context window), the same
//!    alternative once more for your closure to shrink the request
//!    ([`Again`](FallbackRule::Again)), or nowhere ([`Stop`](FallbackRule::Stop)). The new
//!    alternative gets a fresh run of the executor, with what is left of the call's
//!    deadline ([`RetryExecutor::deadline`] counts for the whole call, hops included).
//!
//!    Each alternative has its own outage gate (see
//!    [`RetryExecutor::outage_wait`]): while one's outage is on, calls go to the others,
//!    and one call at a time goes there as its probe when one is due. A call waits out an
//!    outage only when no other alternative is open.
//! 4. **Cool down.** An alternative that failed `fails` times within a window (see
//!    [`Fallbacks::cooldown`]) leaves the rotation, for every call on the `Fallbacks` and
//!    its clones, for the delay the server asked for in its last failure (`Retry-After`,
//!    `retry-after-ms`, …) or else the configured time. A server that asks for longer
//!    than the executor waits ([`StopReason::HintTooLong`](crate::StopReason::HintTooLong):
//!    a quota that resets in an hour) cools its alternative at once, for that long. Only failures that say something
//!    about the alternative count: rate limits, quota, server errors, overload, gateways,
//!    timeouts and connection failures, and a missing model; a malformed or too long
//!    request, or a wrong key, does not.
//!
//! The default rules, decided from the category, not from error names or messages:
//!
//! | category | rule |
//! |---|---|
//! | `overloaded`, `server`, `gateway`, `timeout`, `rate_limit` | [`Next`](FallbackRule::Next) (another endpoint) |
//! | `not_found` (e.g. `model_not_found`), `permission` | [`Next`](FallbackRule::Next) (another model or project) |
//! | `quota` | [`Next`](FallbackRule::Next) (another key) |
//! | `context_length` | [`Stop`](FallbackRule::Stop): set [`NextWhere`](FallbackRule::NextWhere) or [`Again`](FallbackRule::Again) |
//! | `authentication`, `invalid_request` (content policy included), `conflict` | [`Stop`](FallbackRule::Stop) |
//! | `unknown` | as `server` for a 5xx status, [`Stop`](FallbackRule::Stop) otherwise |
//!
//! A transport failure counts as `timeout` (a timeout) or `server` (a connection
//! failure); a request that could not be built at all
//! ([`TransportKind::Fatal`]) never falls back.

mod call;
mod cooldown;
mod routed;

use core::fmt;
use core::future::Future;
use core::time::Duration;
use std::sync::Arc;
use std::time::SystemTime;

use crate::catalog::{Catalog, Category};
use crate::retry::executor::{
    AttemptContext, AttemptError, RetryError, RetryExecutor, Success, TransportKind,
};
use crate::retry::outage::OutageGate;
use crate::time::{BlockingSleeper, Sleeper, ThreadSleeper};
use call::Call;
use cooldown::{CooldownRule, Cooldowns, DEFAULT_RULE, counts_against};
pub use routed::{Hop, Routed};

const CATEGORIES: usize = Category::ALL.len();

/// Where a call goes when the executor gives up on an alternative with an error of some
/// [`Category`] (see [`Fallbacks::on`], and the [module docs](self) for the defaults).
pub enum FallbackRule<T> {
    /// No fallback: the call fails with the error.
    Stop,
    /// The next alternative in order that the call has not tried and that is not cooling
    /// down.
    Next,
    /// Like [`Next`](Self::Next), among the alternatives the predicate accepts (say,
    /// `|m: &Model| m.context_window >= 128_000` after a `context_length` error).
    NextWhere(fn(&T) -> bool),
    /// The same alternative once more (once per alternative and call): the closure sees
    /// why in [`Hop::after`] and changes the request, e.g. trims a prompt that did not fit.
    Again,
}

impl<T> Clone for FallbackRule<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for FallbackRule<T> {}

impl<T> fmt::Debug for FallbackRule<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FallbackRule::Stop => "Stop",
            FallbackRule::Next => "Next",
            FallbackRule::NextWhere(_) => "NextWhere(..)",
            FallbackRule::Again => "Again",
        })
    }
}

/// The rule a category starts with (the table in the module docs).
fn default_rule<T>(category: Category) -> FallbackRule<T> {
    match category {
        Category::Overloaded
        | Category::Server
        | Category::Gateway
        | Category::Timeout
        | Category::RateLimit
        | Category::NotFound
        | Category::Permission
        | Category::Quota => FallbackRule::Next,
        _ => FallbackRule::Stop,
    }
}

fn slot(category: Category) -> usize {
    Category::ALL
        .iter()
        .position(|&c| c == category)
        .unwrap_or(CATEGORIES - 1)
}

/// The category a failure falls back and cools down by; `None`: it never falls back.
fn category_of<C: Catalog>(failure: &AttemptError<C>) -> Option<Category> {
    match failure {
        AttemptError::Response(r) => Some(match r.error.category() {
            Category::Unknown if r.error.status() >= 500 => Category::Server,
            category => category,
        }),
        AttemptError::Transport { kind, .. } => match kind {
            TransportKind::Timeout => Some(Category::Timeout),
            TransportKind::Connection => Some(Category::Server),
            TransportKind::Fatal => None,
        },
    }
}

/// An ordered list of alternatives to run a call on, the rule that moves a call from one
/// to the next by the failure's category, and the cool-downs they share.
///
/// Each alternative is any value of yours (an endpoint, a deployment, a model name, an
/// API key, or a struct of them); the attempt closure receives it as a [`Hop`] and sends
/// the request there. The order in which retry, fallback and cool-down apply is in the
/// [module docs](self).
///
/// ```
/// use errspec_runtime::{Category, FallbackRule, Fallbacks, RetryExecutor};
///
/// struct Model { name: &'static str, context: u32 }
///
/// let models = Fallbacks::new(
///     RetryExecutor::new(),
///     [Model { name: "small", context: 8_000 }, Model { name: "large", context: 128_000 }],
/// )
/// // A prompt too long for one model goes to a model with a larger window.
/// .on(Category::ContextLength, FallbackRule::NextWhere(|m: &Model| m.context >= 100_000));
/// assert_eq!(models.alternatives().len(), 2);
/// ```
///
/// Cloning is cheap; clones share the alternatives, the cool-downs and the executor's
/// budget and limiter.
pub struct Fallbacks<T, S = ThreadSleeper> {
    executor: RetryExecutor<S>,
    alternatives: Arc<[T]>,
    rules: [FallbackRule<T>; CATEGORIES],
    cooldowns: Option<Arc<Cooldowns>>,
    /// One outage gate per alternative (the executor's own is not used): an endpoint's
    /// outage holds only the calls bound for it.
    gates: Arc<[OutageGate]>,
}

impl<T, S> Fallbacks<T, S> {
    /// Runs calls with `executor` on `alternatives`, in this order of preference, with
    /// the default rules (see the module docs) and cool-downs: three failures within a
    /// minute take an alternative out for ten seconds, or for the delay the server asked.
    pub fn new(executor: RetryExecutor<S>, alternatives: impl IntoIterator<Item = T>) -> Self {
        let alternatives: Arc<[T]> = alternatives.into_iter().collect();
        let cooldowns = Arc::new(Cooldowns::new(DEFAULT_RULE, alternatives.len()));
        let gates = alternatives
            .iter()
            .map(|_| executor.outage_gate().fresh())
            .collect();
        Fallbacks {
            executor,
            alternatives,
            rules: core::array::from_fn(|i| default_rule(Category::ALL[i])),
            cooldowns: Some(cooldowns),
            gates,
        }
    }

    /// Sets what a failure of `category` does once the executor has given up on an
    /// alternative.
    #[must_use]
    pub fn on(mut self, category: Category, rule: FallbackRule<T>) -> Self {
        self.rules[slot(category)] = rule;
        self
    }

    /// Takes an alternative out of the rotation for `cool_for` (or the delay its last
    /// failure asked for) once it has failed `fails` times within `window`. `0` fails:
    /// no cool-downs. Call it before cloning: clones made before keep the old state.
    #[must_use]
    pub fn cooldown(mut self, fails: u32, window: Duration, cool_for: Duration) -> Self {
        let rule = CooldownRule {
            fails,
            window,
            cool_for,
        };
        self.cooldowns =
            (fails > 0).then(|| Arc::new(Cooldowns::new(rule, self.alternatives.len())));
        self
    }

    /// The alternatives, in order.
    pub fn alternatives(&self) -> &[T] {
        &self.alternatives
    }

    /// When the cool-down of the alternative at `index` ends, if it is cooling down now
    /// (by the executor's clock).
    pub fn cooling_until(&self, index: usize) -> Option<SystemTime> {
        let cooldowns = self.cooldowns.as_ref()?;
        cooldowns.cooling_until(index, self.executor.now())
    }

    fn rule(&self, category: Category) -> FallbackRule<T> {
        self.rules[slot(category)]
    }

    /// Notes a failed attempt on `index` against its cool-down.
    fn note<R, C: Catalog>(&self, index: usize, outcome: &Result<R, AttemptError<C>>) {
        let (Some(cooldowns), Err(failure)) = (&self.cooldowns, outcome) else {
            return;
        };
        if !category_of(failure).is_some_and(counts_against) {
            return;
        }
        let server_delay = match failure {
            AttemptError::Response(r) => r.hints.server_delay().map(|(delay, _)| delay),
            AttemptError::Transport { .. } => None,
        };
        if let Some(cool) = cooldowns.failed(index, self.executor.now(), server_delay) {
            cooled(C::SPEC.name, index, cool);
        }
    }

    /// Cools alternative `index` down at once for `cool`, when a failure of `category`
    /// counts against it.
    fn cool<C: Catalog>(&self, index: usize, category: Category, cool: Duration) {
        let Some(cooldowns) = &self.cooldowns else {
            return;
        };
        if counts_against(category) && cooldowns.cool(index, self.executor.now(), cool) {
            cooled(C::SPEC.name, index, cool);
        }
    }

    /// Runs `attempt` on the alternatives until one succeeds or the rules say stop,
    /// waiting with the async sleeper between retries.
    pub async fn run<R, C, F, Fut>(
        &self,
        mut attempt: F,
    ) -> Result<Routed<Success<R>>, Routed<RetryError<C>>>
    where
        S: Sleeper + Clone,
        C: Catalog,
        F: FnMut(Hop<'_, T>, AttemptContext) -> Fut,
        Fut: Future<Output = Result<R, AttemptError<C>>>,
    {
        let mut call = Call::new(self);
        loop {
            let hop = call.hop()?;
            let executor = call.executor(hop.index);
            let this = self;
            let outcome = executor
                .run(|ctx| {
                    let pending = attempt(hop, ctx);
                    async move {
                        let outcome = pending.await;
                        this.note(hop.index, &outcome);
                        outcome
                    }
                })
                .await;
            if let Some(done) = call.settle(outcome) {
                return done;
            }
        }
    }

    /// Runs `attempt` on the alternatives until one succeeds or the rules say stop,
    /// blocking the thread between retries.
    pub fn run_blocking<R, C, F>(
        &self,
        mut attempt: F,
    ) -> Result<Routed<Success<R>>, Routed<RetryError<C>>>
    where
        S: BlockingSleeper + Clone,
        C: Catalog,
        F: FnMut(Hop<'_, T>, AttemptContext) -> Result<R, AttemptError<C>>,
    {
        let mut call = Call::new(self);
        loop {
            let hop = call.hop()?;
            let executor = call.executor(hop.index);
            let outcome = executor.run_blocking(|ctx| {
                let outcome = attempt(hop, ctx);
                self.note(hop.index, &outcome);
                outcome
            });
            if let Some(done) = call.settle(outcome) {
                return done;
            }
        }
    }
}

/// Reports a cool-down that started.
fn cooled(_provider: &'static str, _index: usize, _cool: Duration) {
    #[cfg(feature = "metrics")]
    crate::integrations::metrics::cooldown(_provider, _index);
    #[cfg(feature = "tracing")]
    crate::retry::executor::trace::cooldown(_index, _cool);
}

impl<T, S: Clone> Clone for Fallbacks<T, S> {
    fn clone(&self) -> Self {
        Fallbacks {
            executor: self.executor.clone(),
            alternatives: Arc::clone(&self.alternatives),
            rules: self.rules,
            cooldowns: self.cooldowns.clone(),
            gates: Arc::clone(&self.gates),
        }
    }
}

impl<T: fmt::Debug, S: fmt::Debug> fmt::Debug for Fallbacks<T, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rules: Vec<_> = Category::ALL.iter().zip(&self.rules).collect();
        f.debug_struct("Fallbacks")
            .field("alternatives", &self.alternatives)
            .field("rules", &rules)
            .field("cooldowns", &self.cooldowns)
            .field("executor", &self.executor)
            .finish()
    }
}
