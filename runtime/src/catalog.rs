//! The data a generated catalog is made of, and the traits it implements.
//!
//! `errspec-codegen` emits, for every spec, an enum of codes, an enum of error types and
//! one static [`Entry`] per code: the facts classification and retries read, with the
//! prose (description, causes, solutions, sources) one step away in its [`EntryText`].
//! Everything that *behaves* (Display text, lookups by type and status, retry decisions)
//! is written once, here and in the rest of the runtime, and driven by those tables.

use core::fmt::{Debug, Display};
use core::hash::Hash;
use core::time::Duration;

use crate::parse_error::ParseNameError;

mod pattern;

#[doc(hidden)]
pub use pattern::pattern_matches;
pub(crate) use pattern::{pattern_matches_at, rare_offset};

/// What kind of failure an error is, independent of the provider's wording.
///
/// Specs pick one category per entry; the runtime uses it for defaults (for example an
/// [`Unknown`](Category::Unknown) 5xx is retried, an unknown 4xx is not).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Category {
    /// The credentials are missing, malformed, revoked or belong to the wrong account.
    Authentication,
    /// The credentials are valid but not allowed to do this (model, region, organization).
    Permission,
    /// The addressed resource (model, file, endpoint) does not exist.
    NotFound,
    /// The request itself is wrong: bad JSON, missing or invalid parameters.
    InvalidRequest,
    /// The prompt plus the completion do not fit the model's context window.
    ContextLength,
    /// The request conflicts with the current state of a resource.
    Conflict,
    /// The server gave up waiting for the request.
    Timeout,
    /// Too many requests or tokens in a time window; goes away by waiting.
    RateLimit,
    /// The account's quota or credit is used up; does not go away by waiting.
    Quota,
    /// A failure inside the provider.
    Server,
    /// The provider or the model is temporarily overloaded.
    Overloaded,
    /// A proxy or gateway in front of the provider failed or timed out.
    Gateway,
    /// The spec does not know the error.
    Unknown,
}

impl Category {
    /// Every category, in declaration order.
    pub const ALL: &'static [Category] = &[
        Category::Authentication,
        Category::Permission,
        Category::NotFound,
        Category::InvalidRequest,
        Category::ContextLength,
        Category::Conflict,
        Category::Timeout,
        Category::RateLimit,
        Category::Quota,
        Category::Server,
        Category::Overloaded,
        Category::Gateway,
        Category::Unknown,
    ];

    /// The snake_case name used in specs (`"rate_limit"`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Category::Authentication => "authentication",
            Category::Permission => "permission",
            Category::NotFound => "not_found",
            Category::InvalidRequest => "invalid_request",
            Category::ContextLength => "context_length",
            Category::Conflict => "conflict",
            Category::Timeout => "timeout",
            Category::RateLimit => "rate_limit",
            Category::Quota => "quota",
            Category::Server => "server",
            Category::Overloaded => "overloaded",
            Category::Gateway => "gateway",
            Category::Unknown => "unknown",
        }
    }
}

/// Parses the snake_case name used in specs (`"rate_limit"`).
impl core::str::FromStr for Category {
    type Err = ParseNameError;

    fn from_str(name: &str) -> Result<Self, ParseNameError> {
        Category::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == name)
            .ok_or_else(|| ParseNameError::new("category", name))
    }
}

impl Display for Category {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the delay between attempts grows, as the spec's `retry_strategies` describe it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Backoff {
    /// Never retry automatically: a person or a code change must fix the cause.
    Never,
    /// Wait `initial * multiplier^(retry-1)` plus a random jitter in `[0, jitter]`.
    Exponential {
        /// Delay before the first retry, before jitter.
        initial: Duration,
        /// Growth factor per retry (`2.0` doubles).
        multiplier: f64,
        /// Upper bound of the uniformly random delay added to every wait.
        jitter: Duration,
    },
    /// Retry `immediate` times without waiting, then back off exponentially.
    ImmediateThenExponential {
        /// Retries sent at once before backing off.
        immediate: u32,
        /// Delay of the first backed-off retry, before jitter.
        initial: Duration,
        /// Growth factor per backed-off retry.
        multiplier: f64,
        /// Upper bound of the random delay added to every backed-off wait.
        jitter: Duration,
    },
    /// Wait the same delay (plus jitter) before every retry.
    Constant {
        /// Delay before every retry, before jitter.
        delay: Duration,
        /// Upper bound of the random delay added to every wait.
        jitter: Duration,
    },
}

/// How to retry one error: the numbers of a spec's retry strategy, which codegen writes
/// out as they are. The strategy's name and description stay in the spec (and in the
/// generated variant's docs); the policy is plain `Copy` data.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RetryPolicy {
    /// How delays grow.
    pub backoff: Backoff,
    /// Attempts in total, the first one included (`1` means no retry).
    pub max_attempts: u32,
    /// No single wait is longer than this, whatever the server or the formula says.
    pub max_delay: Duration,
}

impl RetryPolicy {
    /// Whether the strategy ever retries.
    pub const fn is_retryable(&self) -> bool {
        !matches!(self.backoff, Backoff::Never) && self.max_attempts > 1
    }
}

/// One line for logs and tables: `no retry`, or the attempts, the backoff and the cap
/// (`5 attempts, exponential from 500ms ×2 + up to 500ms jitter, waits ≤ 60s`).
impl Display for RetryPolicy {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if !self.is_retryable() {
            return f.write_str("no retry");
        }
        write!(f, "{} attempts, ", self.max_attempts)?;
        let jitter = match self.backoff {
            Backoff::Never => Duration::ZERO,
            Backoff::Exponential {
                initial,
                multiplier,
                jitter,
            } => {
                write!(f, "exponential from {initial:?} ×{multiplier}")?;
                jitter
            }
            Backoff::ImmediateThenExponential {
                immediate,
                initial,
                multiplier,
                jitter,
            } => {
                write!(
                    f,
                    "{immediate} at once, then exponential from {initial:?} ×{multiplier}"
                )?;
                jitter
            }
            Backoff::Constant { delay, jitter } => {
                write!(f, "constant {delay:?}")?;
                jitter
            }
        };
        if !jitter.is_zero() {
            write!(f, " + up to {jitter:?} jitter")?;
        }
        write!(f, ", waits ≤ {:?}", self.max_delay)
    }
}

/// Where a spec entry's facts come from (DESIGN principle 7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Provenance {
    /// The provider documents the error: an official page, its API spec or its SDK source.
    Documented,
    /// Seen in real responses, quoted in a public source (an issue thread, a forum).
    Observed,
    /// errspec's own name for what a proxy or a bare status produces: no provider
    /// sends it as such.
    Synthetic,
}

impl Provenance {
    /// The name used in specs (`"documented"`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Provenance::Documented => "documented",
            Provenance::Observed => "observed",
            Provenance::Synthetic => "synthetic",
        }
    }
}

/// Parses the name used in specs (`"documented"`).
impl core::str::FromStr for Provenance {
    type Err = ParseNameError;

    fn from_str(name: &str) -> Result<Self, ParseNameError> {
        [
            Provenance::Documented,
            Provenance::Observed,
            Provenance::Synthetic,
        ]
        .into_iter()
        .find(|p| p.as_str() == name)
        .ok_or_else(|| ParseNameError::new("provenance", name))
    }
}

impl Display for Provenance {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the runtime reads about one error code to classify a response and retry it.
/// Generated as `static` tables; the prose about the code is one step away (read it
/// through the catalog: [`Catalog::description`], [`Catalog::causes`], …), so that the
/// hot fields stay small and cheap to compile.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Entry {
    /// The code as the server sends it (`"rate_limit_exceeded"`), or errspec's name for a
    /// response that carries no code when [`null_code`](Entry::null_code) is set.
    pub code: &'static str,
    /// The HTTP status the server answers with.
    pub status: u16,
    /// Other statuses the same code has been seen with; classification accepts them too.
    pub alias_statuses: &'static [u16],
    /// Other code strings the server sends for the same error.
    pub alias_codes: &'static [&'static str],
    /// The error's `type` as the server sends it (`"rate_limit_error"`).
    pub error_type: &'static str,
    /// Other `type` values the server sends with it (`"requests"`, `"tokens"`).
    pub alias_types: &'static [&'static str],
    /// Message patterns that pick this entry when the body's code does not (see
    /// [`classify`](mod@crate::classify)): lowercase; a `*` stands for any text; matched ignoring ASCII case.
    pub patterns: &'static [&'static str],
    /// The code this entry is a special case of: a body with that code whose message
    /// matches one of [`patterns`](Entry::patterns) is this entry instead.
    pub refines: Option<&'static str>,
    /// Whether another entry [`refines`](Entry::refines) this one (so a code match
    /// must look at the message).
    pub refined: bool,
    /// The provider-independent kind of failure.
    pub category: Category,
    /// A short human message: the generated `Display` text.
    pub message: &'static str,
    /// How to retry (or not).
    pub retry: &'static RetryPolicy,
    /// The server sends `code: null` (or no code) for this error: [`code`](Entry::code)
    /// is errspec's name for it, and it is recognised by pattern, type or status.
    pub null_code: bool,
    /// The entry to choose when only the status matches and several entries accept it
    /// (it is also the fallback among the entries of its type). Counts for
    /// [`status`](Entry::status) only, not for the alias statuses.
    pub fallback: bool,
    /// The entry to choose when the body's type and the status match several entries.
    /// Counts for [`status`](Entry::status) only.
    pub type_fallback: bool,
    /// What the spec says about the code for people: description, causes, solutions,
    /// sources. Nothing on the classification path reads it.
    #[doc(hidden)]
    pub text: &'static EntryText,
}

/// The prose the spec holds about one error code: what the generated variant's rustdoc
/// shows. Read it through the catalog ([`Catalog::description`], [`Catalog::causes`], …):
/// this layout is the generated tables' and may change.
///
/// One string literal per entry (the variant's name, the description, the action, the
/// example, then the causes, the solutions and the sources, each piece separated by
/// [`SEPARATOR`](Self::SEPARATOR)) instead of one per piece: rustc pays for every literal
/// of a large catalog on every check, and a spec's prose never holds the separator
/// (validation refuses it). Cut at run time, on the cold path that reads prose.
///
/// A catalog generated without docs (the hidden one behind `#[derive(SpecError)]` with a
/// `spec`) keeps only the variant's name and the provenance; the rest is empty.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntryText {
    /// The pieces, separated by [`SEPARATOR`](Self::SEPARATOR).
    pub prose: &'static str,
    /// How many list pieces are causes, then solutions (the rest are sources).
    pub counts: (u32, u32),
    /// Where the entry's facts come from.
    pub provenance: Provenance,
    /// Why the code is retired, when it is.
    pub deprecated: Option<&'static str>,
}

/// The pieces of an [`EntryText`] list: causes, solutions or sources.
pub(crate) type TextItems = core::iter::Take<core::iter::Skip<core::str::Split<'static, char>>>;

impl EntryText {
    /// What separates the pieces of [`prose`](Self::prose): `␟` (U+241F, the symbol for
    /// the unit separator), which shows in the generated files where a control character
    /// would not, and which no spec's prose holds (validation refuses it).
    pub const SEPARATOR: char = '\u{241f}';

    /// The pieces before the lists: variant, description, action, example.
    const HEAD: usize = 4;

    /// No prose at all, for catalogs written by hand that have none (tests, adapters).
    pub const EMPTY: EntryText = EntryText {
        prose: "",
        counts: (0, 0),
        provenance: Provenance::Synthetic,
        deprecated: None,
    };

    fn piece(&self, index: usize) -> &'static str {
        self.prose.split(Self::SEPARATOR).nth(index).unwrap_or("")
    }

    fn items(&self, skip: usize, take: usize) -> TextItems {
        // A text without lists has fewer pieces than its counts promise only when written
        // by hand; the iterator then simply ends.
        self.prose
            .split(Self::SEPARATOR)
            .skip(Self::HEAD + skip)
            .take(take)
    }

    /// The Rust variant name generated for the code (`"RateLimitExceeded"`).
    pub fn variant(&self) -> &'static str {
        self.piece(0)
    }

    /// A longer explanation of what happened.
    pub fn description(&self) -> &'static str {
        self.piece(1)
    }

    /// The one thing to do first.
    pub fn action(&self) -> &'static str {
        self.piece(2)
    }

    /// An example response body, pretty-printed JSON (empty when the spec gives none).
    pub fn example(&self) -> &'static str {
        self.piece(3)
    }

    /// Why this error usually happens.
    pub fn causes(&self) -> TextItems {
        self.items(0, self.counts.0 as usize)
    }

    /// What fixes it.
    pub fn solutions(&self) -> TextItems {
        self.items(self.counts.0 as usize, self.counts.1 as usize)
    }

    /// Public addresses the facts come from: documentation, SDK sources, issue threads
    /// quoting a real response.
    pub fn sources(&self) -> TextItems {
        let listed = (self.counts.0 as usize).saturating_add(self.counts.1 as usize);
        self.items(listed, usize::MAX)
    }
}

impl Entry {
    #[doc(hidden)]
    /// Whether `status` is this entry's status or one of its aliases.
    #[inline]
    pub fn has_status(&self, status: u16) -> bool {
        self.status == status || self.alias_statuses.contains(&status)
    }

    #[doc(hidden)]
    /// Whether the server's `type` value is this entry's type or one of its aliases.
    #[inline]
    pub fn has_type(&self, error_type: &str) -> bool {
        self.error_type == error_type || self.alias_types.contains(&error_type)
    }

    #[doc(hidden)]
    /// Whether `code` is this entry's code or one of its aliases.
    #[inline]
    pub fn has_code(&self, code: &str) -> bool {
        self.code == code || self.alias_codes.contains(&code)
    }

    #[doc(hidden)]
    /// Whether the message matches one of the entry's patterns.
    #[inline]
    pub fn matches_message(&self, message: &str) -> bool {
        self.patterns.iter().any(|p| pattern_matches(message, p))
    }
}

/// Everything the spec says about one error `type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ErrorTypeEntry {
    /// The type as the server sends it (`"invalid_request_error"`).
    pub name: &'static str,
    /// The Rust variant name generated for it.
    pub variant: &'static str,
    /// What errors of this type have in common.
    pub description: &'static str,
}

/// Facts about the spec a catalog was generated from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpecInfo {
    /// The spec's short name (`"openai"`).
    pub name: &'static str,
    /// The API the spec describes (`"OpenAI API"`).
    pub title: &'static str,
    /// The spec format version.
    pub version: u32,
}

/// An enum of error codes generated from a spec by `errspec::catalog!`.
///
/// The generated enum also has inherent methods of the same names, so most code never
/// needs to import this trait; it exists so the runtime (classification, retries) can be
/// generic over any catalog.
pub trait Catalog: Copy + Eq + Hash + Debug + Display + Send + Sync + 'static {
    /// The generated enum of the spec's error types.
    type ErrorType: ErrorTypeCatalog;

    /// Facts about the spec.
    const SPEC: SpecInfo;

    /// Every code, in spec order.
    const ALL: &'static [Self];

    /// The spec's entry for this code.
    fn entry(self) -> &'static Entry;

    /// The code for a server's code string, if the spec knows it.
    fn from_code(code: &str) -> Option<Self>;

    /// The code's error type as a typed value.
    fn error_type(self) -> Self::ErrorType;

    /// Look-up tables worked out at build time, when the catalog has them (generated ones
    /// do); classification then reads them instead of walking every entry. Not an API.
    #[doc(hidden)]
    fn __lookup_tables() -> Option<&'static crate::__private::LookupTables> {
        None
    }

    /// The code string (`"rate_limit_exceeded"`).
    fn as_str(self) -> &'static str {
        self.entry().code
    }

    /// The HTTP status.
    fn status(self) -> u16 {
        self.entry().status
    }

    /// The provider-independent category.
    fn category(self) -> Category {
        self.entry().category
    }

    /// The spec's retry strategy, as its numbers.
    fn retry_policy(self) -> &'static RetryPolicy {
        self.entry().retry
    }

    /// A longer explanation of what happened (empty in a catalog generated without docs).
    fn description(self) -> &'static str {
        self.entry().text.description()
    }

    /// The one thing to do first.
    fn action(self) -> &'static str {
        self.entry().text.action()
    }

    /// Why this error usually happens.
    fn causes(self) -> impl Iterator<Item = &'static str> + Clone {
        self.entry().text.causes()
    }

    /// What fixes it.
    fn solutions(self) -> impl Iterator<Item = &'static str> + Clone {
        self.entry().text.solutions()
    }

    /// Public addresses the facts come from: documentation, SDK sources, issue threads
    /// quoting a real response.
    fn sources(self) -> impl Iterator<Item = &'static str> + Clone {
        self.entry().text.sources()
    }

    /// An example response body, pretty-printed JSON (empty when the spec gives none).
    fn example(self) -> &'static str {
        self.entry().text.example()
    }

    /// Where the entry's facts come from.
    fn provenance(self) -> Provenance {
        self.entry().text.provenance
    }

    /// Why the code is retired, when it is.
    fn deprecated(self) -> Option<&'static str> {
        self.entry().text.deprecated
    }
}

/// An enum of error types generated from a spec by `errspec::catalog!`.
pub trait ErrorTypeCatalog: Copy + Eq + Hash + Debug + Display + Send + Sync + 'static {
    /// Every type, in spec order.
    const ALL: &'static [Self];

    /// The spec's entry for this type.
    fn entry(self) -> &'static ErrorTypeEntry;

    /// The type for a server's type string, if the spec knows it.
    fn from_name(name: &str) -> Option<Self>;

    /// The type string (`"invalid_request_error"`).
    fn as_str(self) -> &'static str {
        self.entry().name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pieces_of_a_text_are_cut_at_run_time() {
        let text = EntryText {
            prose: "Boom\u{241f}It broke.\u{241f}wait\u{241f}{}\u{241f}c1\u{241f}c2\u{241f}s1\u{241f}u1\u{241f}u2",
            counts: (2, 1),
            ..EntryText::EMPTY
        };
        assert_eq!(text.variant(), "Boom");
        assert_eq!(text.description(), "It broke.");
        assert_eq!(text.action(), "wait");
        assert_eq!(text.example(), "{}");
        assert_eq!(text.causes().collect::<Vec<_>>(), ["c1", "c2"]);
        assert_eq!(text.solutions().collect::<Vec<_>>(), ["s1"]);
        assert_eq!(text.sources().collect::<Vec<_>>(), ["u1", "u2"]);
        // Counts beyond the pieces (a hand-made text) read as short, never panic.
        let wrong = EntryText {
            counts: (9, u32::MAX),
            ..text
        };
        assert_eq!(wrong.causes().count(), 5);
        assert_eq!(wrong.solutions().count() + wrong.sources().count(), 0);
        // A text without docs: the name alone.
        let bare = EntryText {
            prose: "Boom\u{241f}\u{241f}\u{241f}",
            ..EntryText::EMPTY
        };
        assert_eq!((bare.variant(), bare.description()), ("Boom", ""));
        assert_eq!(bare.causes().count() + bare.sources().count(), 0);
        assert_eq!(EntryText::EMPTY.variant(), "");
        assert_eq!(EntryText::EMPTY.causes().count(), 0);
    }

    #[test]
    fn names_parse_back_and_unknown_ones_say_what_they_are() {
        for &c in Category::ALL {
            assert_eq!(c.as_str().parse::<Category>(), Ok(c));
        }
        for p in [
            Provenance::Documented,
            Provenance::Observed,
            Provenance::Synthetic,
        ] {
            assert_eq!(p.as_str().parse::<Provenance>(), Ok(p));
        }
        let e = "RateLimit".parse::<Category>().unwrap_err();
        assert_eq!(e.to_string(), "unknown category `RateLimit`");
        assert_eq!(e.input(), "RateLimit");
        let e = "rumoured".parse::<Provenance>().unwrap_err();
        assert_eq!(e.to_string(), "unknown provenance `rumoured`");
    }

    #[test]
    fn a_policy_prints_its_numbers_on_one_line() {
        let exponential = RetryPolicy {
            backoff: Backoff::Exponential {
                initial: Duration::from_millis(500),
                multiplier: 2.0,
                jitter: Duration::from_millis(250),
            },
            max_attempts: 4,
            max_delay: Duration::from_secs(8),
        };
        assert_eq!(
            exponential.to_string(),
            "4 attempts, exponential from 500ms ×2 + up to 250ms jitter, waits ≤ 8s"
        );
        let constant = RetryPolicy {
            backoff: Backoff::Constant {
                delay: Duration::from_secs(1),
                jitter: Duration::ZERO,
            },
            max_attempts: 2,
            max_delay: Duration::from_secs(1),
        };
        assert_eq!(constant.to_string(), "2 attempts, constant 1s, waits ≤ 1s");
        // One attempt retries nothing, whatever the backoff says.
        let once = RetryPolicy {
            max_attempts: 1,
            ..constant
        };
        assert_eq!(once.to_string(), "no retry");
    }
}
