//! Checks the meaning of a parsed spec and builds the validated [`Catalog`].
//!
//! Every rule is its own function with a comment saying why it exists. All problems are
//! collected, never only the first, each located by JSON path and line:column.

use std::collections::HashMap;
use std::time::Duration;

use errspec_runtime::{Backoff, Category};

use crate::diagnostic::{Diagnostic, Diagnostics, JsonPath};
use crate::load::SpecSource;
use crate::model::{Catalog, EntryDef, ErrorTypeDef, StrategyDef};
use crate::names::{is_valid_name, variant_name};
use crate::spec::{BackoffSpec, ErrorSpec, ErrorTypeSpec, Lenient, RetryStrategySpec, Spec};

/// The only spec format version so far.
pub const SPEC_VERSION: i64 = 1;

/// Checks `spec` (parsed from `source`) and returns the validated catalog, or every
/// problem found.
pub fn validate(source: &SpecSource, spec: &Spec) -> Result<Catalog, Diagnostics> {
    let mut cx = Checker {
        source,
        problems: Diagnostics::default(),
    };
    let root = JsonPath::root();
    check_version(&mut cx, spec.version);
    check_spec_name(&mut cx, &spec.name);
    cx.non_empty(&root.key("title"), &spec.title, "title");
    cx.non_empty(&root.key("description"), &spec.description, "description");

    let types = collect_types(&mut cx, &spec.error_types);
    let strategies = collect_strategies(&mut cx, &spec.retry_strategies);
    let entries = collect_entries(&mut cx, spec, &types, &strategies);
    check_not_empty_catalog(&mut cx, spec);
    check_one_fallback_per_status(&mut cx, &entries);

    let catalog = Catalog {
        name: spec.name.clone(),
        title: spec.title.clone(),
        description: spec.description.clone(),
        version: u32::try_from(spec.version).unwrap_or(0),
        types: types.into_iter().map(|(_, t)| t).collect(),
        strategies: strategies.into_iter().map(|(_, s)| s).collect(),
        entries: entries.into_iter().map(|(_, e)| e).collect(),
    };
    cx.problems.finish(catalog)
}

struct Checker<'a> {
    source: &'a SpecSource,
    problems: Diagnostics,
}

impl Checker<'_> {
    fn error(&mut self, path: &JsonPath, message: impl Into<String>) {
        let location = self.source.locate(path);
        self.problems.push(Diagnostic::at(location, message));
    }

    fn duplicate(&mut self, path: &JsonPath, first: &JsonPath, message: impl Into<String>) {
        let location = self.source.locate(path);
        let first = self.source.locate(first);
        self.problems
            .push(Diagnostic::at(location, message).with_related("first defined", first));
    }

    /// The element if serde could read it; its problem reported otherwise.
    fn well_formed<'s, T>(&mut self, path: &JsonPath, item: &'s Lenient<T>) -> Option<&'s T> {
        match item {
            Lenient::Ok(value) => Some(value),
            Lenient::Err {
                path: inner,
                message,
                ..
            } => {
                let mut full = path.clone();
                full.0.extend(inner.0.iter().cloned());
                self.error(&full, message.clone());
                None
            }
        }
    }

    /// Texts end up as docs and messages; an empty one means the author forgot it.
    fn non_empty(&mut self, path: &JsonPath, text: &str, what: &str) -> bool {
        if text.trim().is_empty() {
            self.error(path, format!("`{what}` must not be empty"));
            false
        } else {
            true
        }
    }

    fn positive(&mut self, path: &JsonPath, value: i64, what: &str) -> u64 {
        if value <= 0 {
            self.error(
                path,
                format!("`{what}` must be greater than zero, found {value}"),
            );
            0
        } else {
            value as u64
        }
    }
}

/// Only version 1 exists; a later one would mean fields this generator cannot read.
fn check_version(cx: &mut Checker<'_>, version: i64) {
    if version != SPEC_VERSION {
        cx.error(
            &JsonPath::root().key("version"),
            format!("unsupported spec version {version}: expected {SPEC_VERSION}"),
        );
    }
}

/// The name appears in generated docs and CLI output; keep it a plain identifier.
fn check_spec_name(cx: &mut Checker<'_>, name: &str) {
    if !is_valid_name(name) {
        cx.error(
            &JsonPath::root().key("name"),
            format!("invalid spec name `{name}`: expected ASCII letters, digits, `_`, `-` or `.`, starting with a letter"),
        );
    }
}

/// Without a single code there is no enum to generate.
fn check_not_empty_catalog(cx: &mut Checker<'_>, spec: &Spec) {
    if spec.errors.is_empty() {
        cx.error(
            &JsonPath::root().key("errors"),
            "the catalog is empty: `errors` needs at least one entry",
        );
    }
}

fn collect_types(
    cx: &mut Checker<'_>,
    types: &[Lenient<ErrorTypeSpec>],
) -> Vec<(JsonPath, ErrorTypeDef)> {
    let mut out: Vec<(JsonPath, ErrorTypeDef)> = Vec::new();
    for (i, item) in types.iter().enumerate() {
        let path = JsonPath::root().key("error_types").index(i);
        let Some(t) = cx.well_formed(&path, item) else {
            continue;
        };
        cx.non_empty(&path.key("description"), &t.description, "description");
        if !check_name(cx, &path.key("name"), &t.name, "error type") {
            continue;
        }
        let variant = variant_name(&t.name);
        let seen = out
            .iter()
            .map(|(p, d)| (p, d.name.as_str(), d.variant.as_str()));
        if !check_unique_variant(cx, seen, (&path, "name"), &t.name, &variant, "error type") {
            continue;
        }
        out.push((
            path,
            ErrorTypeDef {
                name: t.name.clone(),
                variant,
                description: t.description.clone(),
            },
        ));
    }
    out
}

/// Each code and type becomes one Rust variant: the same name twice, or two names that
/// case conversion merges (`rate_limit` and `rate-limit`), would make two variants collide.
/// Reports the clash at `path.field` with the first place; `true` when unique.
fn check_unique_variant<'p>(
    cx: &mut Checker<'_>,
    mut seen: impl Iterator<Item = (&'p JsonPath, &'p str, &'p str)>,
    (path, field): (&JsonPath, &str),
    name: &str,
    variant: &str,
    what: &str,
) -> bool {
    let Some((first, prev, _)) = seen.find(|(_, _, v)| *v == variant) else {
        return true;
    };
    let message = if prev == name {
        format!("duplicate {what} `{name}`")
    } else {
        format!("{what}s `{prev}` and `{name}` both become the Rust variant `{variant}`")
    };
    cx.duplicate(&path.key(field), &first.key(field), message);
    false
}

/// Codes and type names become Rust variants and match arms; odd characters would make
/// identifiers collide or fail to convert at all.
fn check_name(cx: &mut Checker<'_>, path: &JsonPath, name: &str, what: &str) -> bool {
    if is_valid_name(name) {
        return true;
    }
    cx.error(
        path,
        format!("invalid {what} `{}`: expected ASCII letters, digits, `_`, `-` or `.`, starting with a letter (at most 100)", name.escape_debug()),
    );
    false
}

fn collect_strategies(
    cx: &mut Checker<'_>,
    strategies: &[Lenient<RetryStrategySpec>],
) -> Vec<(JsonPath, StrategyDef)> {
    let mut out: Vec<(JsonPath, StrategyDef)> = Vec::new();
    for (i, item) in strategies.iter().enumerate() {
        let path = JsonPath::root().key("retry_strategies").index(i);
        let Some(s) = cx.well_formed(&path, item) else {
            continue;
        };
        cx.non_empty(&path.key("description"), &s.description, "description");
        let named = check_name(cx, &path.key("name"), &s.name, "retry strategy name");
        let backoff = check_backoff(cx, &path, &s.backoff);
        let max_attempts = cx.positive(&path.key("max_attempts"), s.max_attempts, "max_attempts");
        let max_delay_ms = cx.positive(&path.key("max_delay_ms"), s.max_delay_ms, "max_delay_ms");
        check_never_makes_one_attempt(cx, &path, s);
        if let Some((first, _)) = out.iter().find(|(_, d)| d.name == s.name) {
            let first = first.key("name");
            cx.duplicate(
                &path.key("name"),
                &first,
                format!("duplicate retry strategy `{}`", s.name),
            );
            continue;
        }
        if named {
            out.push((
                path,
                StrategyDef {
                    name: s.name.clone(),
                    description: s.description.clone(),
                    backoff,
                    max_attempts: u32::try_from(max_attempts).unwrap_or(u32::MAX),
                    max_delay_ms,
                },
            ));
        }
    }
    out
}

/// A zero or negative delay, multiplier or count would make the runtime's formula
/// meaningless (or retry in a tight loop); say so where the number is written.
fn check_backoff(cx: &mut Checker<'_>, path: &JsonPath, spec: &BackoffSpec) -> Backoff {
    let ms = |v: u64| Duration::from_millis(v);
    let jitter = |cx: &mut Checker<'_>, v: i64| {
        if v < 0 {
            cx.error(
                &path.key("jitter_ms"),
                format!("`jitter_ms` must not be negative, found {v}"),
            );
        }
        ms(v.max(0) as u64)
    };
    match *spec {
        BackoffSpec::Never {} => Backoff::Never,
        BackoffSpec::Exponential {
            initial_delay_ms,
            multiplier,
            jitter_ms,
        } => Backoff::Exponential {
            initial: ms(cx.positive(
                &path.key("initial_delay_ms"),
                initial_delay_ms,
                "initial_delay_ms",
            )),
            multiplier: check_multiplier(cx, path, multiplier),
            jitter: jitter(cx, jitter_ms),
        },
        BackoffSpec::ImmediateThenExponential {
            immediate_retries,
            initial_delay_ms,
            multiplier,
            jitter_ms,
        } => Backoff::ImmediateThenExponential {
            immediate: u32::try_from(cx.positive(
                &path.key("immediate_retries"),
                immediate_retries,
                "immediate_retries",
            ))
            .unwrap_or(u32::MAX),
            initial: ms(cx.positive(
                &path.key("initial_delay_ms"),
                initial_delay_ms,
                "initial_delay_ms",
            )),
            multiplier: check_multiplier(cx, path, multiplier),
            jitter: jitter(cx, jitter_ms),
        },
        BackoffSpec::Constant {
            delay_ms,
            jitter_ms,
        } => Backoff::Constant {
            delay: ms(cx.positive(&path.key("delay_ms"), delay_ms, "delay_ms")),
            jitter: jitter(cx, jitter_ms),
        },
    }
}

/// Below 1 the "backoff" would shrink; a huge one overflows any sane cap at once.
fn check_multiplier(cx: &mut Checker<'_>, path: &JsonPath, multiplier: f64) -> f64 {
    if !(1.0..=100.0).contains(&multiplier) {
        cx.error(
            &path.key("multiplier"),
            format!("`multiplier` must be between 1 and 100, found {multiplier}"),
        );
    }
    multiplier
}

/// `never` with several attempts contradicts itself; the reader could not tell which wins.
fn check_never_makes_one_attempt(cx: &mut Checker<'_>, path: &JsonPath, s: &RetryStrategySpec) {
    if matches!(s.backoff, BackoffSpec::Never {}) && s.max_attempts > 1 {
        cx.error(
            &path.key("max_attempts"),
            format!(
                "a `never` strategy makes exactly one attempt: set `max_attempts` to 1, found {}",
                s.max_attempts
            ),
        );
    }
}

fn collect_entries(
    cx: &mut Checker<'_>,
    spec: &Spec,
    types: &[(JsonPath, ErrorTypeDef)],
    strategies: &[(JsonPath, StrategyDef)],
) -> Vec<(JsonPath, EntryDef)> {
    let mut out: Vec<(JsonPath, EntryDef)> = Vec::new();
    for (i, item) in spec.errors.iter().enumerate() {
        let path = JsonPath::root().key("errors").index(i);
        let Some(e) = cx.well_formed(&path, item) else {
            continue;
        };
        let entry = check_entry(cx, spec, &path, e, types, strategies);
        let Some(entry) = entry else { continue };
        let seen = out
            .iter()
            .map(|(p, d)| (p, d.code.as_str(), d.variant.as_str()));
        if !check_unique_variant(
            cx,
            seen,
            (&path, "code"),
            &entry.code,
            &entry.variant,
            "code",
        ) {
            continue;
        }
        out.push((path, entry));
    }
    out
}

fn check_entry(
    cx: &mut Checker<'_>,
    spec: &Spec,
    path: &JsonPath,
    e: &ErrorSpec,
    types: &[(JsonPath, ErrorTypeDef)],
    strategies: &[(JsonPath, StrategyDef)],
) -> Option<EntryDef> {
    let mut ok = check_name(cx, &path.key("code"), &e.code, "code");
    let status = check_status(cx, &path.key("status"), e.status);
    let mut alias_statuses = Vec::new();
    for (j, &alias) in e.alias_statuses.iter().enumerate() {
        let alias_path = path.key("alias_statuses").index(j);
        if let Some(s) = check_status(cx, &alias_path, alias) {
            if Some(s) == status || alias_statuses.contains(&s) {
                cx.error(
                    &alias_path,
                    format!("status {s} is listed twice for code `{}`", e.code),
                );
            }
            alias_statuses.push(s);
        }
    }
    for (field, text) in [
        ("message", &e.message),
        ("description", &e.description),
        ("action", &e.action),
    ] {
        ok &= cx.non_empty(&path.key(field), text, field);
    }
    ok &= check_single_line(cx, &path.key("message"), &e.message);
    for (field, list) in [("causes", &e.causes), ("solutions", &e.solutions)] {
        ok &= check_text_list(cx, &path.key(field), list, field);
    }
    let error_type = resolve(
        cx,
        &path.key("type"),
        &e.error_type,
        ("error type", "error_types"),
        types.iter().map(|(_, t)| t.name.as_str()),
        spec.error_types
            .iter()
            .filter_map(|t| t.broken_name("name")),
    );
    let retry = resolve(
        cx,
        &path.key("retry"),
        &e.retry,
        ("retry strategy", "retry_strategies"),
        strategies.iter().map(|(_, s)| s.name.as_str()),
        spec.retry_strategies
            .iter()
            .filter_map(|s| s.broken_name("name")),
    );
    let category = check_category(cx, &path.key("category"), &e.category);
    check_example(cx, &path.key("example"), e);
    if let Some(reason) = &e.deprecated {
        cx.non_empty(&path.key("deprecated"), reason, "deprecated");
    }
    Some(EntryDef {
        code: e.code.clone(),
        variant: variant_name(&e.code),
        status: status?,
        alias_statuses,
        error_type: error_type?,
        category: category?,
        message: e.message.clone(),
        description: e.description.clone(),
        causes: e.causes.clone(),
        solutions: e.solutions.clone(),
        action: e.action.clone(),
        retry: retry?,
        example: e
            .example
            .as_ref()
            .map(|v| serde_json::to_string_pretty(v).unwrap_or_default()),
        synthetic: e.synthetic,
        fallback: e.fallback,
        deprecated: e.deprecated.clone(),
    })
    .filter(|_| ok)
}

/// An error spec describes error responses: anything outside 4xx/5xx is a typo.
fn check_status(cx: &mut Checker<'_>, path: &JsonPath, status: i64) -> Option<u16> {
    if (400..=599).contains(&status) {
        Some(status as u16)
    } else {
        cx.error(
            path,
            format!("status {status} is not an HTTP error status: expected 400 to 599"),
        );
        None
    }
}

/// The message is the `Display` text, which callers embed in one-line logs.
fn check_single_line(cx: &mut Checker<'_>, path: &JsonPath, text: &str) -> bool {
    if text.contains(['\n', '\r']) {
        cx.error(
            path,
            "`message` must be a single line: it is the `Display` text",
        );
        return false;
    }
    true
}

/// Causes and solutions become bullet lists in the docs; an empty list or bullet is a gap.
fn check_text_list(cx: &mut Checker<'_>, path: &JsonPath, list: &[String], what: &str) -> bool {
    if list.is_empty() {
        cx.error(path, format!("`{what}` must list at least one item"));
        return false;
    }
    let mut ok = true;
    for (i, item) in list.iter().enumerate() {
        ok &= cx.non_empty(&path.index(i), item, what);
    }
    ok
}

/// A reference to a name nobody defined would only fail later, far from its cause.
/// Names of elements that were themselves malformed are not reported again: that
/// problem is already on screen.
fn resolve<'a>(
    cx: &mut Checker<'_>,
    path: &JsonPath,
    name: &str,
    (what, section): (&str, &str),
    defined: impl Iterator<Item = &'a str>,
    mut broken: impl Iterator<Item = &'a str>,
) -> Option<usize> {
    let names: Vec<&str> = defined.collect();
    if let Some(i) = names.iter().position(|n| *n == name) {
        return Some(i);
    }
    if broken.any(|n| n == name) {
        return None;
    }
    let known = names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ");
    cx.error(
        path,
        format!("undefined {what} `{name}`: expected one of the names in `{section}` ({known})"),
    );
    None
}

/// Categories are a closed set the runtime gives meaning to.
fn check_category(cx: &mut Checker<'_>, path: &JsonPath, name: &str) -> Option<Category> {
    match Category::from_name(name).filter(|c| *c != Category::Unknown) {
        Some(c) => Some(c),
        None => {
            let known = Category::ALL
                .iter()
                .filter(|c| **c != Category::Unknown)
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ");
            cx.error(
                path,
                format!("unknown category `{name}`: expected one of {known}"),
            );
            None
        }
    }
}

/// The example is shown as the body the server sends; one that names another code or
/// type would teach the reader the wrong thing.
fn check_example(cx: &mut Checker<'_>, path: &JsonPath, e: &ErrorSpec) {
    let Some(error) = e.example.as_ref().and_then(|v| v.get("error")) else {
        return;
    };
    match error.get("code") {
        Some(serde_json::Value::String(code)) if *code != e.code => cx.error(
            &path.key("error").key("code"),
            format!(
                "the example's code `{code}` differs from the entry's code `{}`",
                e.code
            ),
        ),
        Some(serde_json::Value::String(_)) if e.synthetic => cx.error(
            &path.key("error").key("code"),
            format!(
                "`{}` is synthetic (the server sends no code) but its example has one",
                e.code
            ),
        ),
        _ => {}
    }
}

/// With two fallbacks for one status the classifier could not choose between them.
fn check_one_fallback_per_status(cx: &mut Checker<'_>, entries: &[(JsonPath, EntryDef)]) {
    let mut seen: HashMap<u16, &JsonPath> = HashMap::new();
    for (path, e) in entries.iter().filter(|(_, e)| e.fallback) {
        if let Some(first) = seen.get(&e.status) {
            let first = first.key("fallback");
            cx.duplicate(
                &path.key("fallback"),
                &first,
                format!("two fallback entries for status {}: keep one", e.status),
            );
        } else {
            seen.insert(e.status, path);
        }
    }
}
