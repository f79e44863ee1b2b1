//! The spec as serde reads it: structure only. Meaning (duplicates, references, ranges,
//! identifiers) is checked in [`crate::valid`].
//!
//! Numbers that must be positive are read as signed or floating values on purpose, so
//! that `-1` reaches validation and gets a message about the rule instead of serde's
//! "expected u64"; a retry strategy's numbers are kept as written ([`Number`]), so that
//! each bad one is reported at its field.

use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::diagnostic::{JsonPath, PathSegment};

mod quick;
pub(crate) use quick::read_spec;

/// At most this many problems are reported for one array element: every field of an
/// entry, yet bounded for a hostile one.
const MAX_PROBLEMS_PER_ELEMENT: usize = 32;

/// An array element read on its own, so that one broken entry does not hide the
/// problems of the others (serde stops at the first error of a document).
#[derive(Debug, Clone)]
pub enum Lenient<T> {
    /// The element was well-formed.
    Ok(T),
    /// It was not: what serde found wrong, every problem of the element.
    Err {
        /// Each problem: its path relative to the element, and serde's message.
        problems: Vec<(JsonPath, String)>,
        /// The element as plain JSON, so later checks can still see its name.
        value: serde_json::Value,
    },
}

impl<T> Lenient<T> {
    /// The string field `field` of a malformed element (its name or code), if it has one.
    pub fn broken_name(&self, field: &str) -> Option<&str> {
        match self {
            Lenient::Ok(_) => None,
            Lenient::Err { value, .. } => value.get(field).and_then(|v| v.as_str()),
        }
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // The element's text, then the element read from it: a skim and one pass for the
        // common well-formed element, where a `Value` tree built and read again cost twice
        // the time (the macro runs unoptimized in debug builds, on every build of a crate
        // with a catalog). Only a broken element becomes a tree, to find all its problems.
        let raw = Box::<serde_json::value::RawValue>::deserialize(deserializer)?;
        if let Ok(item) = serde_json::from_str::<T>(raw.get()) {
            return Ok(Lenient::Ok(item));
        }
        let value: serde_json::Value = serde_json::from_str(raw.get()).unwrap_or_default();
        Ok(match read::<T>(&value) {
            Ok(item) => Lenient::Ok(item),
            Err(first) => Lenient::Err {
                problems: every_problem::<T>(&value, first),
                value,
            },
        })
    }
}

fn read<T: DeserializeOwned>(value: &serde_json::Value) -> Result<T, (JsonPath, String)> {
    serde_path_to_error::deserialize::<_, T>(value)
        .map_err(|err| (json_path(err.path()), err.into_inner().to_string()))
}

/// serde stops at the first problem of a value. To report the others, take away what it
/// objected to and read again, until nothing else is wrong: an unknown field is dropped, a
/// value of the wrong type gets a stand-in of a type serde accepts (so that array items
/// keep their places and required fields stay present).
fn every_problem<T: DeserializeOwned>(
    value: &serde_json::Value,
    first: (JsonPath, String),
) -> Vec<(JsonPath, String)> {
    let mut problems = vec![first];
    let mut probe = value.clone();
    let mut dropped: Vec<JsonPath> = Vec::new();
    while problems.len() < MAX_PROBLEMS_PER_ELEMENT {
        let Some((path, message)) = problems.last() else {
            break;
        };
        if path.0.is_empty() {
            break;
        }
        let unknown = message.starts_with("unknown field `");
        if unknown || !stand_in::<T>(&mut probe, path) {
            if !remove_field(&mut probe, path) {
                break;
            }
            dropped.push(path.clone());
        }
        let Err((path, message)) = read::<T>(&probe) else {
            break;
        };
        // A dropped field now missing is no problem of its own.
        let missing_dropped = message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.strip_suffix('`'))
            .is_some_and(|field| dropped.contains(&path.key(field)));
        if missing_dropped || problems.iter().any(|(p, m)| *p == path && *m == message) {
            break;
        }
        problems.push((path, message));
    }
    problems
}

/// Puts at `at` a plain value serde accepts there; `false` when none fits.
fn stand_in<T: DeserializeOwned>(probe: &mut serde_json::Value, at: &JsonPath) -> bool {
    let candidates = [
        serde_json::Value::from(0),
        serde_json::Value::from(false),
        serde_json::Value::from(""),
        serde_json::Value::Array(Vec::new()),
        serde_json::Value::Object(serde_json::Map::new()),
    ];
    candidates.into_iter().any(|candidate| {
        set(probe, at, candidate) && !matches!(read::<T>(probe), Err((path, _)) if path == *at)
    })
}

/// The value at `path`, if there is one.
fn value_at<'v>(
    value: &'v mut serde_json::Value,
    path: &[PathSegment],
) -> Option<&'v mut serde_json::Value> {
    path.iter().try_fold(value, |at, seg| match seg {
        PathSegment::Key(key) => at.get_mut(key.as_str()),
        PathSegment::Index(i) => at.get_mut(*i),
    })
}

/// Replaces the value at `path`; `false` when there is none.
fn set(value: &mut serde_json::Value, path: &JsonPath, new: serde_json::Value) -> bool {
    value_at(value, &path.0).map(|at| *at = new).is_some()
}

/// Removes the object field at `path`; `false` when `path` does not end in one.
fn remove_field(value: &mut serde_json::Value, path: &JsonPath) -> bool {
    let Some((PathSegment::Key(field), parents)) = path.0.split_last() else {
        return false;
    };
    value_at(value, parents)
        .and_then(serde_json::Value::as_object_mut)
        .is_some_and(|object| object.remove(field).is_some())
}

/// A number of a retry strategy, kept as whatever JSON value is written there. serde
/// cannot say where a problem lies under `#[serde(flatten)]` and stops at the first, so
/// [`valid`](crate::valid) checks each number itself and reports every bad one at its
/// field.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(transparent)]
pub struct Number(pub serde_json::Value);

impl Number {
    fn zero() -> Self {
        Number(0.into())
    }
}

/// Converts serde_path_to_error's path into ours.
pub(crate) fn json_path(path: &serde_path_to_error::Path) -> JsonPath {
    use serde_path_to_error::Segment;
    JsonPath(
        path.iter()
            .filter_map(|seg| match seg {
                Segment::Seq { index } => Some(PathSegment::Index(*index)),
                Segment::Map { key } => Some(PathSegment::Key(key.clone())),
                Segment::Enum { variant } => Some(PathSegment::Key(variant.clone())),
                Segment::Unknown => None,
            })
            .collect(),
    )
}

/// A whole spec file (`error-codes.json`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    /// The JSON Schema the file claims to follow; editors use it, errspec ignores it.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// Spec format version; only `1` exists.
    pub version: i64,
    /// Short machine name of the API (`"openai"`).
    pub name: String,
    /// Human name of the API (`"OpenAI API"`).
    pub title: String,
    /// What the spec covers, shown at the top of the generated docs.
    pub description: String,
    /// The error `type` values the API sends.
    pub error_types: Vec<Lenient<ErrorTypeSpec>>,
    /// Named retry strategies that errors refer to.
    pub retry_strategies: Vec<Lenient<RetryStrategySpec>>,
    /// The error codes, one entry each.
    pub errors: Vec<Lenient<EntrySpec>>,
    /// Set by the quick reader when no object can hold a key twice, so that validation
    /// need not look for duplicate keys again (serde would keep the last without a word).
    #[serde(skip)]
    pub(crate) keys_unique: bool,
}

/// One error `type` value.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorTypeSpec {
    /// The type as sent (`"invalid_request_error"`).
    pub name: String,
    /// What errors of this type have in common.
    pub description: String,
}

/// One named retry strategy.
///
/// Unknown fields are still rejected: every field this struct does not take goes to the
/// flattened [`BackoffSpec`], which denies them (serde cannot deny through `flatten`).
#[derive(Debug, Clone, Deserialize)]
pub struct RetryStrategySpec {
    /// The name errors use to refer to it.
    pub name: String,
    /// What it does and when it fits.
    pub description: String,
    /// How delays grow, with the kind's parameters.
    #[serde(flatten)]
    pub backoff: BackoffSpec,
    /// Attempts in total, the first included; must be positive (`1` = never retry).
    /// Optional for a `never` strategy (which makes one attempt), required otherwise.
    #[serde(default)]
    pub max_attempts: Option<Number>,
    /// Cap on any single wait, in milliseconds; must be positive. Optional for a `never`
    /// strategy (which never waits), required otherwise.
    #[serde(default)]
    pub max_delay_ms: Option<Number>,
}

/// The kinds of backoff and their parameters, tagged by `"kind"`.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum BackoffSpec {
    /// Never retry automatically. (A struct variant, so that stray parameters are denied.)
    Never {},
    /// `initial_delay_ms * multiplier^(retry-1)` plus up to `jitter_ms`.
    Exponential {
        /// Delay before the first retry; positive.
        initial_delay_ms: Number,
        /// Growth per retry; at least 1.
        multiplier: Number,
        /// Random extra delay bound; zero or more.
        #[serde(default = "Number::zero")]
        jitter_ms: Number,
    },
    /// `immediate_retries` retries at once, then exponential.
    ImmediateThenExponential {
        /// Retries sent without waiting; positive.
        immediate_retries: Number,
        /// Delay of the first backed-off retry; positive.
        initial_delay_ms: Number,
        /// Growth per retry; at least 1.
        multiplier: Number,
        /// Random extra delay bound; zero or more.
        #[serde(default = "Number::zero")]
        jitter_ms: Number,
    },
    /// The same delay before every retry.
    Constant {
        /// The delay; positive.
        delay_ms: Number,
        /// Random extra delay bound; zero or more.
        #[serde(default = "Number::zero")]
        jitter_ms: Number,
    },
}

/// One error code, as the spec writes it: an entry of `errors`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntrySpec {
    /// The code as the server sends it (or errspec's name when `null_code`).
    pub code: String,
    /// The HTTP status.
    pub status: i64,
    /// Other statuses the code is also seen with.
    #[serde(default)]
    pub alias_statuses: Vec<i64>,
    /// Other code strings the server sends for the same error.
    #[serde(default)]
    pub alias_codes: Vec<String>,
    /// The error `type`; must be declared in `error_types`.
    #[serde(rename = "type")]
    pub error_type: String,
    /// Other `type` values the server sends with it; each declared in `error_types`.
    #[serde(default)]
    pub alias_types: Vec<String>,
    /// Case-insensitive message substrings (`*` = any text) that pick this entry when the
    /// body's code is null or unknown, or, with `refines`, when it is too general.
    #[serde(default)]
    pub message_patterns: Vec<String>,
    /// The code this entry is a special case of, told apart by `message_patterns`.
    #[serde(default)]
    pub refines: Option<String>,
    /// The provider-independent category (`"rate_limit"`).
    pub category: String,
    /// Short message, the generated `Display` text.
    pub message: String,
    /// Longer explanation.
    pub description: String,
    /// Why it happens; at least one.
    pub causes: Vec<String>,
    /// What fixes it; at least one.
    pub solutions: Vec<String>,
    /// The one thing to do first.
    pub action: String,
    /// Name of a retry strategy.
    pub retry: String,
    /// An example response body.
    #[serde(default)]
    pub example: Option<serde_json::Value>,
    /// Where the facts come from: `documented`, `observed` or `synthetic`.
    pub provenance: String,
    /// Public addresses the facts come from; required unless `synthetic`.
    #[serde(default)]
    pub sources: Vec<String>,
    /// The server sends `code: null` (or none): `code` is errspec's name for the error.
    /// Implied by `synthetic`.
    #[serde(default)]
    pub null_code: bool,
    /// Chosen when several entries share the matched status.
    #[serde(default)]
    pub fallback: bool,
    /// Chosen when several entries share the matched type and status.
    #[serde(default)]
    pub type_fallback: bool,
    /// Why the code is retired; retired codes stay in the spec.
    #[serde(default)]
    pub deprecated: Option<String>,
}
