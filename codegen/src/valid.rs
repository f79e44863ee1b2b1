//! Checks the meaning of a parsed spec and builds the validated [`CatalogDef`].
//!
//! Every rule is its own function with a comment saying why it exists. All problems are
//! collected, never only the first, each located by JSON path and line:column.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::time::Duration;

use errspec_runtime::{Backoff, Category, Provenance};

use crate::diagnostic::{Diagnostic, Diagnostics, JsonPath, PathSegment};
use crate::load::SpecSource;
use crate::locate::{SpecIndex, may_have_duplicate_keys};
use crate::model::{CatalogDef, EntryDef, ErrorTypeDef, StrategyDef};
use crate::names::{is_valid_name, variant_name};
use crate::spec::{
    BackoffSpec, EntrySpec, ErrorTypeSpec, Lenient, Number, RetryStrategySpec, Spec,
};
use crate::suggest;

/// The only spec format version so far.
pub const SPEC_VERSION: i64 = 1;

/// Checks `spec` (parsed from `source`) and returns the validated catalog, or every
/// problem found. The spec's texts move into the catalog: a copy of every text of a large
/// spec costs the unoptimized macro an allocation each, and memory the compiler then
/// does not have.
pub fn validate(source: &SpecSource, mut spec: Spec) -> Result<CatalogDef, Diagnostics> {
    let mut cx = Checker {
        text: &source.text,
        index: OnceCell::new(),
        problems: Diagnostics::default(),
    };
    let root = JsonPath::root();
    check_duplicate_keys(&mut cx, &spec);
    check_version(&mut cx, spec.version);
    check_spec_name(&mut cx, &spec.name);
    cx.non_empty(&root.key("title"), &spec.title, "title");
    cx.non_empty(&root.key("description"), &spec.description, "description");

    let types = collect_types(&mut cx, &spec.error_types);
    let strategies = collect_strategies(&mut cx, &spec.retry_strategies);
    let sections = (&spec.error_types[..], &spec.retry_strategies[..]);
    let mut entries = collect_entries(&mut cx, &mut spec.errors, sections, &types, &strategies);
    check_not_empty_catalog(&mut cx, &spec);
    check_codes_and_aliases_unique(&mut cx, &entries);
    check_refinements(&mut cx, &mut entries);
    check_one_fallback_per_status(&mut cx, &entries);
    check_one_fallback_per_type_and_status(&mut cx, &entries, &types);
    check_patterns_reachable(&mut cx, &entries);

    let catalog = CatalogDef {
        name: spec.name,
        title: spec.title,
        description: spec.description,
        version: u32::try_from(spec.version).unwrap_or(0),
        types: types.into_iter().map(|(_, t)| t).collect(),
        strategies: strategies.into_iter().map(|(_, s)| s).collect(),
        entries: entries.into_iter().map(|(_, e)| e).collect(),
    };
    cx.problems.finish(catalog)
}

/// A place a problem may be reported at: a path, or a path and a key built into one only
/// when there is a problem (`(&path, "code")`). Most fields of a valid spec have none, and
/// each path built is two allocations in the unoptimized macro.
trait At {
    fn at(&self) -> JsonPath;
}

impl At for JsonPath {
    fn at(&self) -> JsonPath {
        self.clone()
    }
}

impl At for (&JsonPath, &str) {
    fn at(&self) -> JsonPath {
        self.0.key(self.1)
    }
}

struct Checker<'a> {
    text: &'a str,
    /// Built at the first problem (a valid spec never needs it: building it costs more
    /// than the rest of validation, in the unoptimized proc macro), then every problem is
    /// located through it.
    index: OnceCell<SpecIndex<'a>>,
    problems: Diagnostics,
}

impl<'a> Checker<'a> {
    fn index(&self) -> &SpecIndex<'a> {
        self.index.get_or_init(|| SpecIndex::new(self.text))
    }

    fn error(&mut self, path: &impl At, message: impl Into<String>) {
        let location = self.index().locate(&path.at());
        self.problems.push(Diagnostic::at(location, message));
    }

    fn duplicate(&mut self, path: &JsonPath, first: &JsonPath, message: impl Into<String>) {
        let location = self.index().locate(path);
        let first = self.index().locate(first);
        self.problems
            .push(Diagnostic::at(location, message).with_related("first defined", first));
    }

    /// The element if serde could read it; its problems reported otherwise. serde's
    /// "duplicate field" is left out: [`check_duplicate_keys`] reports it with both places.
    fn well_formed<'s, T>(&mut self, path: &JsonPath, item: &'s Lenient<T>) -> Option<&'s T> {
        match item {
            Lenient::Ok(value) => Some(value),
            Lenient::Err { problems, .. } => {
                for (inner, message) in problems {
                    if message.starts_with("duplicate field `") {
                        continue;
                    }
                    let mut full = path.clone();
                    full.0.extend(inner.0.iter().cloned());
                    self.error(&full, message.clone());
                }
                None
            }
        }
    }

    /// Texts end up as docs and messages; an empty one means the author forgot it.
    fn non_empty(&mut self, path: &impl At, text: &str, what: &str) -> bool {
        if is_blank(text) {
            self.error(path, format!("`{what}` must not be empty"));
            false
        } else {
            true
        }
    }

    /// A strategy's number that must be a whole number; `None` (reported) otherwise.
    fn integer(&mut self, path: &JsonPath, number: &Number, what: &str) -> Option<i64> {
        let value = number.0.as_i64();
        if value.is_none() {
            self.error(
                path,
                format!("`{what}` must be a whole number, found `{}`", number.0),
            );
        }
        value
    }

    /// A whole number greater than zero; 0 when it is not (and the problem reported).
    fn positive_integer(&mut self, path: &JsonPath, number: &Number, what: &str) -> u64 {
        match self.integer(path, number, what) {
            Some(value) => self.positive(path, value, what),
            None => 0,
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

/// serde_json keeps the last of two equal keys without a word, so the first value, which
/// the author may believe is in force, would be ignored.
fn check_duplicate_keys(cx: &mut Checker<'_>, spec: &Spec) {
    // A quick scan first: the index, which finds them with their paths, is built only
    // when some object may hold a key twice.
    if spec.keys_unique || !may_have_duplicate_keys(cx.text) {
        return;
    }
    let index = cx.index.get_or_init(|| SpecIndex::new(cx.text));
    for dup in index.duplicate_keys() {
        let key = match dup.path.0.last() {
            Some(PathSegment::Key(key)) => key.as_str(),
            _ => "",
        };
        let second = index.at(dup.path.clone(), Some(dup.second));
        let first = index.at(dup.path.clone(), Some(dup.first));
        cx.problems.push(
            Diagnostic::at(second, format!("duplicate key `{key}`: keep one"))
                .with_related("first defined", first),
        );
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
    let mut variants = name_map(types.len());
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
        let at = (&path, "name");
        if !check_unique_variant(cx, &mut variants, at, &t.name, &variant, "error type") {
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

/// A map keyed by spec names, hashed by [`NameHasher`].
type NameMap<K, V> = HashMap<K, V, BuildHasherDefault<NameHasher>>;

/// FNV-1a over the bytes of a name, for [`NameMap`]s: the default SipHash, compiled
/// unoptimized in the macro, costs a few thousand instructions per name, and validation
/// looks up every code, alias, variant, type and strategy name of the spec. The names
/// come from the user's own spec, so there is no one to flood the map.
#[derive(Default)]
struct NameHasher(u64);

impl Hasher for NameHasher {
    fn write(&mut self, bytes: &[u8]) {
        let (mut hash, mut i) = (self.0 ^ 0xcbf2_9ce4_8422_2325, 0);
        while i < bytes.len() {
            hash = (hash ^ bytes[i] as u64).wrapping_mul(0x0100_0000_01b3);
            i += 1;
        }
        self.0 = hash;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A [`NameMap`] with room for `capacity` names.
fn name_map<K, V>(capacity: usize) -> NameMap<K, V> {
    NameMap::with_capacity_and_hasher(capacity, BuildHasherDefault::default())
}

/// The variants taken so far: variant → the path and name that took it.
type Variants = NameMap<String, (JsonPath, String)>;

/// Each code and type becomes one Rust variant: the same name twice, or two names that
/// case conversion merges (`rate_limit` and `rate-limit`), would make two variants collide.
/// Reports the clash at `path.field` with the first place; `true` (and the variant
/// recorded in `seen`) when unique.
fn check_unique_variant(
    cx: &mut Checker<'_>,
    seen: &mut Variants,
    (path, field): (&JsonPath, &str),
    name: &str,
    variant: &str,
    what: &str,
) -> bool {
    let Some((first, prev)) = seen.get(variant) else {
        seen.insert(variant.to_owned(), (path.clone(), name.to_owned()));
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
fn check_name(cx: &mut Checker<'_>, path: &impl At, name: &str, what: &str) -> bool {
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
    let mut seen: HashMap<&str, JsonPath> = HashMap::new();
    for (i, item) in strategies.iter().enumerate() {
        let path = JsonPath::root().key("retry_strategies").index(i);
        let Some(s) = cx.well_formed(&path, item) else {
            continue;
        };
        cx.non_empty(&path.key("description"), &s.description, "description");
        let named = check_name(cx, &path.key("name"), &s.name, "retry strategy name");
        let backoff = check_backoff(cx, &path, &s.backoff);
        let (max_attempts, max_delay_ms) = check_caps(cx, &path, s);
        if let Some(first) = seen.get(s.name.as_str()) {
            let first = first.key("name");
            cx.duplicate(
                &path.key("name"),
                &first,
                format!("duplicate retry strategy `{}`", s.name),
            );
            continue;
        }
        seen.insert(&s.name, path.clone());
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
    let jitter = |cx: &mut Checker<'_>, n: &Number| {
        let at = path.key("jitter_ms");
        let v = cx.integer(&at, n, "jitter_ms").unwrap_or(0);
        if v < 0 {
            cx.error(&at, format!("`jitter_ms` must not be negative, found {v}"));
        }
        ms(v.max(0) as u64)
    };
    let positive = |cx: &mut Checker<'_>, n: &Number, field: &str| {
        cx.positive_integer(&path.key(field), n, field)
    };
    match spec {
        BackoffSpec::Never {} => Backoff::Never,
        BackoffSpec::Exponential {
            initial_delay_ms,
            multiplier,
            jitter_ms,
        } => Backoff::Exponential {
            initial: ms(positive(cx, initial_delay_ms, "initial_delay_ms")),
            multiplier: check_multiplier(cx, path, multiplier),
            jitter: jitter(cx, jitter_ms),
        },
        BackoffSpec::ImmediateThenExponential {
            immediate_retries,
            initial_delay_ms,
            multiplier,
            jitter_ms,
        } => Backoff::ImmediateThenExponential {
            immediate: u32::try_from(positive(cx, immediate_retries, "immediate_retries"))
                .unwrap_or(u32::MAX),
            initial: ms(positive(cx, initial_delay_ms, "initial_delay_ms")),
            multiplier: check_multiplier(cx, path, multiplier),
            jitter: jitter(cx, jitter_ms),
        },
        BackoffSpec::Constant {
            delay_ms,
            jitter_ms,
        } => Backoff::Constant {
            delay: ms(positive(cx, delay_ms, "delay_ms")),
            jitter: jitter(cx, jitter_ms),
        },
    }
}

/// Below 1 the "backoff" would shrink; a huge one overflows any sane cap at once.
fn check_multiplier(cx: &mut Checker<'_>, path: &JsonPath, multiplier: &Number) -> f64 {
    let Some(multiplier) = multiplier.0.as_f64() else {
        cx.error(
            &path.key("multiplier"),
            format!("`multiplier` must be a number, found `{}`", multiplier.0),
        );
        return 1.0;
    };
    if !(1.0..=100.0).contains(&multiplier) {
        cx.error(
            &path.key("multiplier"),
            format!("`multiplier` must be between 1 and 100, found {multiplier}"),
        );
    }
    multiplier
}

/// Every retrying strategy needs both caps, or a misbehaving server could make it retry
/// forever or wait for hours. A `never` strategy makes one attempt and never waits, so its
/// caps are implied; several attempts would contradict it, and the reader could not tell
/// which wins.
fn check_caps(cx: &mut Checker<'_>, path: &JsonPath, s: &RetryStrategySpec) -> (u64, u64) {
    if matches!(s.backoff, BackoffSpec::Never {}) {
        let at = path.key("max_attempts");
        let attempts = s.max_attempts.as_ref();
        if let Some(n) = attempts.and_then(|n| cx.integer(&at, n, "max_attempts"))
            && n != 1
        {
            cx.error(
                &at,
                format!("a `never` strategy makes exactly one attempt: set `max_attempts` to 1 or leave it out, found {n}"),
            );
        }
        if let Some(ms) = &s.max_delay_ms {
            cx.positive_integer(&path.key("max_delay_ms"), ms, "max_delay_ms");
        }
        return (1, 0);
    }
    let mut required = |field: &str, value: Option<&Number>| match value {
        Some(v) => cx.positive_integer(&path.key(field), v, field),
        None => {
            cx.error(
                path,
                format!(
                    "missing `{field}`: a strategy that retries needs a cap on its {}",
                    if field == "max_attempts" {
                        "attempts"
                    } else {
                        "waits"
                    }
                ),
            );
            0
        }
    };
    let attempts = required("max_attempts", s.max_attempts.as_ref());
    let delay = required("max_delay_ms", s.max_delay_ms.as_ref());
    (attempts, delay)
}

/// The entries of `errors`, their texts moved out; `(error_types, retry_strategies)`
/// as written, for names of malformed elements.
fn collect_entries(
    cx: &mut Checker<'_>,
    errors: &mut [Lenient<EntrySpec>],
    (type_specs, strategy_specs): (&[Lenient<ErrorTypeSpec>], &[Lenient<RetryStrategySpec>]),
    types: &[(JsonPath, ErrorTypeDef)],
    strategies: &[(JsonPath, StrategyDef)],
) -> Vec<(JsonPath, EntryDef)> {
    let sections = Sections {
        types: Section::new(
            ("error type", "error_types"),
            types.iter().map(|(_, t)| t.name.as_str()),
            type_specs.iter().filter_map(|t| t.broken_name("name")),
        ),
        strategies: Section::new(
            ("retry strategy", "retry_strategies"),
            strategies.iter().map(|(_, s)| s.name.as_str()),
            strategy_specs.iter().filter_map(|s| s.broken_name("name")),
        ),
    };
    let mut out: Vec<(JsonPath, EntryDef)> = Vec::new();
    let mut variants = name_map(errors.len());
    for (i, item) in errors.iter_mut().enumerate() {
        let path = JsonPath::root().key("errors").index(i);
        if cx.well_formed(&path, item).is_none() {
            continue;
        }
        let Lenient::Ok(e) = item else {
            continue;
        };
        let entry = check_entry(cx, &path, e, &sections);
        let Some(entry) = entry else { continue };
        let (code, variant) = (&entry.code, &entry.variant);
        if !check_unique_variant(cx, &mut variants, (&path, "code"), code, variant, "code") {
            continue;
        }
        out.push((path, entry));
    }
    out
}

/// The sections entries refer to by name.
struct Sections<'a> {
    types: Section<'a>,
    strategies: Section<'a>,
}

fn check_entry(
    cx: &mut Checker<'_>,
    path: &JsonPath,
    e: &mut EntrySpec,
    sections: &Sections<'_>,
) -> Option<EntryDef> {
    let mut ok = check_name(cx, &(path, "code"), &e.code, "code");
    let status = check_status(cx, &(path, "status"), e.status);
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
        ok &= cx.non_empty(&(path, field), text, field);
    }
    ok &= check_single_line(cx, &(path, "message"), &e.message);
    for (field, text) in [("description", &e.description), ("action", &e.action)] {
        if holds_separator(text) {
            ok &= separator_error(cx, &(path, field), field);
        }
    }
    for (field, list) in [
        ("causes", &e.causes),
        ("solutions", &e.solutions),
        ("sources", &e.sources),
    ] {
        // The path is built only for a problem: building one per item costs more than
        // the search.
        for (i, item) in list.iter().enumerate() {
            if holds_separator(item) {
                ok &= separator_error(cx, &path.key(field).index(i), field);
            }
        }
    }
    for (field, list) in [("causes", &e.causes), ("solutions", &e.solutions)] {
        ok &= check_text_list(cx, &(path, field), list, field);
    }
    let error_type = sections.types.resolve(cx, &(path, "type"), &e.error_type);
    let retry = sections.strategies.resolve(cx, &(path, "retry"), &e.retry);
    let category = check_category(cx, &(path, "category"), &e.category);
    let provenance = check_provenance(cx, path, e);
    let null_code = e.null_code || provenance == Some(Provenance::Synthetic);
    check_example(cx, &(path, "example"), e, null_code);
    if let Some(reason) = &e.deprecated {
        cx.non_empty(&(path, "deprecated"), reason, "deprecated");
    }
    let mut alias_codes = Vec::new();
    for (j, alias) in e.alias_codes.iter().enumerate() {
        let alias_path = path.key("alias_codes").index(j);
        if !check_name(cx, &alias_path, alias, "alias code") {
            ok = false;
        } else if *alias == e.code || alias_codes.contains(alias) {
            cx.error(
                &alias_path,
                format!("code `{alias}` is listed twice for entry `{}`", e.code),
            );
        } else {
            alias_codes.push(alias.clone());
        }
    }
    let mut alias_types = Vec::new();
    for (j, alias) in e.alias_types.iter().enumerate() {
        let alias_path = path.key("alias_types").index(j);
        let found = sections.types.resolve(cx, &alias_path, alias);
        match found {
            Some(i) if Some(i) == error_type || alias_types.contains(&i) => cx.error(
                &alias_path,
                format!("type `{alias}` is listed twice for entry `{}`", e.code),
            ),
            Some(i) => alias_types.push(i),
            None => ok = false,
        }
    }
    let patterns = check_patterns(cx, &(path, "message_patterns"), &e.message_patterns);
    let example = e.example.as_ref().map(crate::pretty::to_string_pretty);
    if example.as_deref().is_some_and(holds_separator) {
        ok &= separator_error(cx, &(path, "example"), "example");
    }
    let (status, error_type, patterns) = (status?, error_type?, patterns?);
    let (category, retry, provenance) = (category?, retry?, provenance?);
    if !ok {
        return None;
    }
    let take = std::mem::take::<String>;
    Some(EntryDef {
        variant: variant_name(&e.code),
        code: take(&mut e.code),
        status,
        alias_statuses,
        alias_codes,
        error_type,
        alias_types,
        patterns,
        refines: e.refines.take(),
        refined: false,
        category,
        message: take(&mut e.message),
        description: take(&mut e.description),
        causes: std::mem::take(&mut e.causes),
        solutions: std::mem::take(&mut e.solutions),
        action: take(&mut e.action),
        retry,
        example,
        null_code,
        provenance,
        sources: std::mem::take(&mut e.sources),
        fallback: e.fallback,
        type_fallback: e.type_fallback,
        deprecated: e.deprecated.take(),
    })
}

/// A spec is only as good as its sources (DESIGN principle 7): a fact that claims to be
/// documented or observed must say where, so that a reader can check it; only errspec's
/// own names for what a proxy or a bare status produces may go without.
fn check_provenance(cx: &mut Checker<'_>, path: &JsonPath, e: &EntrySpec) -> Option<Provenance> {
    let Ok(provenance) = e.provenance.parse::<Provenance>() else {
        cx.error(
            &path.key("provenance"),
            format!(
                "unknown provenance `{}`: expected `documented`, `observed` or `synthetic`",
                e.provenance
            ),
        );
        return None;
    };
    if provenance != Provenance::Synthetic && e.sources.is_empty() {
        cx.error(
            &path.key("provenance"),
            format!(
                "`{}` is `{provenance}` but lists no `sources`: add the public address its facts come from, or mark it `synthetic`",
                e.code
            ),
        );
    }
    for (i, source) in e.sources.iter().enumerate() {
        let is_address = ["https://", "http://"]
            .iter()
            .any(|scheme| source.starts_with(scheme) && source.len() > scheme.len())
            && !has_whitespace(source);
        if !is_address {
            cx.error(
                &path.key("sources").index(i),
                format!(
                    "source `{}` is not a web address: expected `https://…`",
                    source.escape_debug()
                ),
            );
        }
    }
    Some(provenance)
}

/// Patterns are matched against messages at run time; check them here so that matching
/// needs no set-up: an empty pattern (or one of `*` only) would match every message.
/// Returns them lowercased.
fn check_patterns(
    cx: &mut Checker<'_>,
    path: &impl At,
    patterns: &[String],
) -> Option<Vec<String>> {
    let mut out = Vec::with_capacity(patterns.len());
    let mut ok = true;
    for (i, pattern) in patterns.iter().enumerate() {
        if pattern.split('*').all(|part| part.trim().is_empty()) {
            cx.error(
                &path.at().index(i),
                format!(
                    "message pattern `{}` matches every message: give it some text",
                    pattern.escape_debug()
                ),
            );
            ok = false;
        } else if has_line_break(pattern) {
            cx.error(
                &path.at().index(i),
                "a message pattern must be a single line",
            );
            ok = false;
        } else {
            out.push(pattern.to_lowercase());
        }
    }
    ok.then_some(out)
}

/// An error spec describes error responses: anything outside 4xx/5xx is a typo.
fn check_status(cx: &mut Checker<'_>, path: &impl At, status: i64) -> Option<u16> {
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
fn check_single_line(cx: &mut Checker<'_>, path: &impl At, text: &str) -> bool {
    if has_line_break(text) {
        cx.error(
            path,
            "`message` must be a single line: it is the `Display` text",
        );
        return false;
    }
    true
}

/// The generated tables join an entry's prose into one literal, cut at run time at
/// [`EntryText::SEPARATOR`](errspec_runtime::catalog::EntryText::SEPARATOR): no prose (nor
/// the printed example) may hold it.
fn holds_separator(text: &str) -> bool {
    text.contains(SEPARATOR)
}

/// What [`holds_separator`] looks for.
const SEPARATOR: char = errspec_runtime::catalog::EntryText::SEPARATOR;

/// Reports [`holds_separator`] at `path`; `false`.
fn separator_error(cx: &mut Checker<'_>, path: &impl At, what: &str) -> bool {
    cx.error(
        path,
        format!(
            "`{what}` holds `{SEPARATOR}` (U+{:04X}), which the generated code puts between pieces of prose: write another character",
            u32::from(SEPARATOR)
        ),
    );
    false
}

/// Whether `text` holds a `\n` or `\r`. Byte searches (the standard library's, a word
/// at a time even in the unoptimized macro), where `contains` with a set of chars decodes
/// every character through several calls; every message and source is checked.
fn has_line_break(text: &str) -> bool {
    let b = text.as_bytes();
    b.contains(&b'\n') || b.contains(&b'\r')
}

/// `text.trim().is_empty()`, deciding by the first byte when it can: `trim` decodes
/// characters through several calls in the unoptimized macro, and every text is checked.
fn is_blank(text: &str) -> bool {
    match text.as_bytes().first() {
        // `char::is_whitespace` also counts the vertical tab, `is_ascii_whitespace` not.
        Some(&b) if b.is_ascii() && !b.is_ascii_whitespace() && b != 0x0b => false,
        _ => text.trim().is_empty(),
    }
}

/// Whether `text` holds whitespace (`char::is_whitespace`): by byte search for each ASCII
/// whitespace byte (see [`has_line_break`]), by character only when the text is not all
/// ASCII.
fn has_whitespace(text: &str) -> bool {
    if !text.is_ascii() {
        return text.contains(char::is_whitespace);
    }
    let b = text.as_bytes();
    [b' ', b'\t', b'\n', 0x0b, 0x0c, b'\r']
        .iter()
        .any(|space| b.contains(space))
}

/// Causes and solutions become bullet lists in the docs; an empty list or bullet is a gap.
fn check_text_list(cx: &mut Checker<'_>, path: &impl At, list: &[String], what: &str) -> bool {
    if list.is_empty() {
        cx.error(path, format!("`{what}` must list at least one item"));
        return false;
    }
    let mut ok = true;
    for (i, item) in list.iter().enumerate() {
        if is_blank(item) {
            ok &= cx.non_empty(&path.at().index(i), item, what);
        }
    }
    ok
}

/// The names one section defines (`error_types`, `retry_strategies`), looked up by name,
/// so that each reference costs the same however long the spec.
struct Section<'a> {
    /// What a name is, and the section's key: `("error type", "error_types")`.
    what: (&'static str, &'static str),
    names: Vec<&'a str>,
    by_name: NameMap<&'a str, usize>,
    /// Names of elements that were themselves malformed.
    broken: HashSet<&'a str>,
    suggester: suggest::Suggester,
}

impl<'a> Section<'a> {
    fn new(
        what: (&'static str, &'static str),
        defined: impl Iterator<Item = &'a str>,
        broken: impl Iterator<Item = &'a str>,
    ) -> Self {
        let names: Vec<&str> = defined.collect();
        let mut by_name = name_map(names.len());
        for (i, name) in names.iter().enumerate() {
            by_name.entry(*name).or_insert(i);
        }
        Section {
            what,
            names,
            by_name,
            broken: broken.collect(),
            suggester: suggest::Suggester::default(),
        }
    }

    /// A reference to a name nobody defined would only fail later, far from its cause.
    /// Names of elements that were themselves malformed are not reported again: that
    /// problem is already on screen. The message lists a few names and offers the closest.
    fn resolve(&self, cx: &mut Checker<'_>, path: &impl At, name: &str) -> Option<usize> {
        if let Some(&i) = self.by_name.get(name) {
            return Some(i);
        }
        if self.broken.contains(name) {
            return None;
        }
        let (what, section) = self.what;
        let hint = self
            .suggester
            .closest(name, &self.names)
            .map(|c| format!(" (did you mean `{c}`?)"))
            .unwrap_or_default();
        let known = suggest::capped_list(self.names.iter().copied());
        cx.error(
            path,
            format!("undefined {what} `{name}`{hint}: expected one of the names in `{section}` ({known})"),
        );
        None
    }
}

/// Categories are a closed set the runtime gives meaning to.
fn check_category(cx: &mut Checker<'_>, path: &impl At, name: &str) -> Option<Category> {
    match name
        .parse::<Category>()
        .ok()
        .filter(|c| *c != Category::Unknown)
    {
        Some(c) => Some(c),
        None => {
            let names: Vec<&str> = Category::ALL
                .iter()
                .filter(|c| **c != Category::Unknown)
                .map(|c| c.as_str())
                .collect();
            // A closed, short set: all of it is listed.
            let known = names
                .iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ");
            let hint = suggest::closest(name, names.iter().copied())
                .map(|c| format!(" (did you mean `{c}`?)"))
                .unwrap_or_default();
            cx.error(
                path,
                format!("unknown category `{name}`{hint}: expected one of {known}"),
            );
            None
        }
    }
}

/// The example is shown as the body the server sends; one that names another code or
/// type would teach the reader the wrong thing.
fn check_example(cx: &mut Checker<'_>, path: &impl At, e: &EntrySpec, null_code: bool) {
    let Some(error) = e.example.as_ref().and_then(|v| v.get("error")) else {
        return;
    };
    // Gateways repeat the HTTP status as the code (`"code": "429"`: Azure, LiteLLM): no
    // code of the entry's, whatever the entry is called. An alias code is the wire's too,
    // even on an entry whose own code is not (an upstream's code a gateway passes on).
    let status_as_code = |code: &str| {
        code.parse::<i64>()
            .is_ok_and(|n| n == e.status || e.alias_statuses.contains(&n))
    };
    match error.get("code") {
        Some(serde_json::Value::String(code))
            if status_as_code(code) || e.alias_codes.contains(code) => {}
        Some(serde_json::Value::String(_)) if null_code => cx.error(
            &path.at().key("error").key("code"),
            format!(
                "`{}` has a null code on the wire (`null_code` or `synthetic`) but its example has one",
                e.code
            ),
        ),
        // A refinement arrives with the code it refines.
        Some(serde_json::Value::String(code))
            if *code != e.code && e.refines.as_ref() != Some(code) =>
        {
            cx.error(
                &path.at().key("error").key("code"),
                format!(
                    "the example's code `{code}` differs from the entry's code `{}` and its alias codes",
                    e.code
                ),
            )
        }
        _ => {}
    }
}

/// The classifier finds an entry by the body's code: a code (or alias code) that two
/// entries claim would make the answer depend on spec order.
fn check_codes_and_aliases_unique(cx: &mut Checker<'_>, entries: &[(JsonPath, EntryDef)]) {
    // Where a code is: its entry's path and, for an alias, its place in `alias_codes`
    // (made a path only for a problem).
    let place = |path: &JsonPath, alias: Option<usize>| match alias {
        None => path.key("code"),
        Some(j) => path.key("alias_codes").index(j),
    };
    let mut seen: NameMap<&str, (&JsonPath, Option<usize>, &str)> = name_map(entries.len());
    for (path, e) in entries {
        let own = std::iter::once((None, e.code.as_str()));
        let aliases = e
            .alias_codes
            .iter()
            .enumerate()
            .map(|(j, a)| (Some(j), a.as_str()));
        for (alias, code) in own.chain(aliases) {
            match seen.get(code) {
                // Same code twice as entry codes is already reported as a duplicate.
                Some((_, _, owner)) if *owner == e.code => {}
                Some(&(first, first_alias, owner)) => {
                    cx.duplicate(
                        &place(path, alias),
                        &place(first, first_alias),
                        format!("code `{code}` is claimed by both `{owner}` and `{}`: a body's code must name one entry", e.code),
                    );
                }
                None => {
                    seen.insert(code, (path, alias, &e.code));
                }
            }
        }
    }
}

/// A refinement is chosen over the entry it refines by its message patterns: without
/// patterns, or with an unknown target, it could never be chosen.
fn check_refinements(cx: &mut Checker<'_>, entries: &mut [(JsonPath, EntryDef)]) {
    let codes: HashSet<&str> = entries.iter().map(|(_, e)| e.code.as_str()).collect();
    let mut refined = HashSet::new();
    for (path, e) in entries.iter() {
        let Some(target) = &e.refines else { continue };
        let at = path.key("refines");
        if *target == e.code {
            cx.error(&at, format!("`{}` cannot refine itself", e.code));
        } else if !codes.contains(target.as_str()) {
            cx.error(
                &at,
                format!(
                    "`{}` refines `{target}`, which is not a code of this spec",
                    e.code
                ),
            );
        } else if e.patterns.is_empty() {
            cx.error(&at, format!("`{}` refines `{target}` but has no `message_patterns`: nothing could tell the two apart", e.code));
        } else {
            refined.insert(target.clone());
        }
    }
    for (_, e) in entries.iter_mut() {
        e.refined = refined.contains(&e.code);
    }
}

/// With two fallbacks for one status the classifier could not choose between them. A
/// fallback counts for its entry's own status (not its aliases), so an entry seen with
/// 401 and 403 can be the default for one of them.
fn check_one_fallback_per_status(cx: &mut Checker<'_>, entries: &[(JsonPath, EntryDef)]) {
    let mut seen: HashMap<u16, &JsonPath> = HashMap::new();
    for (path, e) in entries.iter().filter(|(_, e)| e.fallback) {
        let status = e.status;
        if let Some(first) = seen.get(&status) {
            let first = first.key("fallback");
            cx.duplicate(
                &path.key("fallback"),
                &first,
                format!("two fallback entries for status {status}: keep one"),
            );
        } else {
            seen.insert(status, path);
        }
    }
}

/// Among the entries of one type and status, the classifier takes the one marked
/// `type_fallback` (or `fallback`); two would leave it to spec order.
fn check_one_fallback_per_type_and_status(
    cx: &mut Checker<'_>,
    entries: &[(JsonPath, EntryDef)],
    types: &[(JsonPath, ErrorTypeDef)],
) {
    let mut seen: HashMap<(usize, u16), (JsonPath, bool)> = HashMap::new();
    for (path, e) in entries
        .iter()
        .filter(|(_, e)| e.type_fallback || e.fallback)
    {
        let field = if e.type_fallback {
            "type_fallback"
        } else {
            "fallback"
        };
        let at = path.key(field);
        let status = e.status;
        for ty in e.types() {
            match seen.get(&(ty, status)) {
                // Two status fallbacks: already reported per status.
                Some((_, true)) if !e.type_fallback => {}
                Some((first, _)) => {
                    let first = first.clone();
                    let name = types.get(ty).map_or("", |(_, t)| t.name.as_str());
                    cx.duplicate(
                        &at,
                        &first,
                        format!(
                            "two fallback entries for type `{name}` and status {status}: keep one"
                        ),
                    );
                }
                None => {
                    seen.insert((ty, status), (at.clone(), !e.type_fallback));
                }
            }
        }
    }
}

/// Patterns are tried in spec order: a pattern whose every match an earlier entry's
/// simpler pattern also matches, for every status it accepts, can never be chosen.
fn check_patterns_reachable(cx: &mut Checker<'_>, entries: &[(JsonPath, EntryDef)]) {
    for (i, (path, later)) in entries.iter().enumerate() {
        for (j, pattern) in later.patterns.iter().enumerate() {
            let shadow = entries[..i].iter().find_map(|(_, earlier)| {
                let covers_statuses = later.statuses().all(|s| earlier.has_status(s));
                let same_stage = earlier.refines == later.refines;
                let p = earlier.patterns.iter().find(|p| {
                    !p.contains('*') && pattern.split('*').any(|part| part.contains(p.as_str()))
                })?;
                (covers_statuses && same_stage).then_some((earlier, p))
            });
            if let Some((earlier, p)) = shadow {
                cx.error(
                    &path.key("message_patterns").index(j),
                    format!(
                        "message pattern `{pattern}` can never match: `{}`, earlier in the spec, matches every such message with `{p}`",
                        earlier.code
                    ),
                );
            }
        }
    }
}
