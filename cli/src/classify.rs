//! `errspec classify`: what a real error response is and whether to send the request
//! again, decided by the runtime's own envelope parser and retry decision.
//!
//! The runtime's `classify` is generic over a generated catalog type, but here the spec
//! is only known at run time. So the response is read with the runtime
//! ([`ErrorDetails::parse`]), the entry is found in the codegen model by the runtime's
//! own [`lookup`], and the retry verdict comes from the runtime's pure [`decide`].

use std::borrow::Cow;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use clap::Args;
use errspec_codegen::docs::status_line;
use errspec_codegen::model::{CatalogDef, EntryDef, StrategyDef};
use errspec_runtime::classify::{
    EntryFacts, ErrorDetails, MatchedBy, Probe, default_policy_for_status, lookup, pattern_matches,
    status_of_type,
};
use errspec_runtime::rand::FixedFraction;
use errspec_runtime::response::envelope::{Envelope, MAX_SCAN_BYTES, parse_envelope};
use errspec_runtime::response::in_band::{in_band_error, in_band_status_with};
use errspec_runtime::response::provider::{Provider, detect_provider};
use errspec_runtime::response::redact::redact;
use errspec_runtime::retry::{
    DecisionInput, RetryReason, SERVER_SAID_RETRY, backoff_delay, decide,
};
use errspec_runtime::{RetryDecision, RetryHints, RetryPolicy, StopReason};
use serde::Serialize;

use crate::report::{Report, outln};
use crate::spec::{self, SpecArg};
use crate::style::{self, DIM, GOOD, HEADING, NAME, paint, wrap};

/// Arguments of `errspec classify`.
#[derive(Args, Debug)]
pub struct ClassifyArgs {
    /// The response's HTTP status
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(100..=999))]
    pub status: u16,
    /// A response header, `name: value` (repeatable)
    #[arg(short = 'H', long = "header", value_name = "NAME: VALUE", value_parser = parse_header)]
    pub headers: Vec<(String, String)>,
    /// Read the body from this file (`-` reads stdin; default: stdin unless it is a terminal)
    #[arg(long, value_name = "FILE", conflicts_with = "body")]
    pub body_file: Option<PathBuf>,
    /// The body itself
    #[arg(long, value_name = "TEXT")]
    pub body: Option<String>,
    /// The attempt that got this response, counting from 1
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
    pub attempt: u32,
    /// Print one JSON object instead of text
    #[arg(long)]
    pub json: bool,
    /// Which bundled spec to classify with: `openai`, `anthropic`, `azure` (or
    /// `azure-openai`), `gemini`, `openrouter`, or `auto` to tell from the response's
    /// headers and body shape
    #[arg(long, value_name = "NAME", default_value = "auto", value_parser = parse_provider, conflicts_with = "spec")]
    pub provider: ProviderChoice,
    #[command(flatten)]
    pub spec: SpecArg,
}

/// `--provider`: a bundled spec's provider, or `None` to detect it.
#[derive(Clone, Copy, Debug)]
pub struct ProviderChoice(pub Option<Provider>);

/// `auto` → detect; a provider's name → that provider.
fn parse_provider(arg: &str) -> Result<ProviderChoice, String> {
    if arg == "auto" {
        return Ok(ProviderChoice(None));
    }
    spec::parse_provider(arg)
        .map(|p| ProviderChoice(Some(p)))
        .map_err(|e| e.replace("expected ", "expected `auto` or "))
}

/// `name: value` → `(name, value)`; what clap reports (exit 2) otherwise.
fn parse_header(arg: &str) -> Result<(String, String), String> {
    let Some((name, value)) = arg.split_once(':') else {
        return Err(format!("expected `name: value`, got `{arg}`"));
    };
    let name = name.trim();
    if name.is_empty() || name.contains(char::is_whitespace) {
        return Err(format!("invalid header name `{name}` in `{arg}`"));
    }
    Ok((name.to_ascii_lowercase(), value.trim().to_owned()))
}

/// Runs `errspec classify`.
pub fn run(args: &ClassifyArgs) -> Report {
    let dash = Path::new("-");
    let body_on_stdin = args.body.is_none() && args.body_file.as_deref().is_none_or(|p| p == dash);
    if body_on_stdin && args.spec.spec.as_deref() == Some(dash) {
        return Report::usage(
            "stdin cannot hold both the spec and the body: give the body with `--body` or `--body-file`",
        );
    }
    let body = match read_body(args) {
        Ok(body) => body,
        Err(report) => return report,
    };
    let loaded = match args.spec.spec.as_deref() {
        Some(path) => spec::load(Some(path)),
        None => {
            let provider = args.provider.0.unwrap_or_else(|| {
                let envelope = parse_envelope(&body);
                detect_provider(args.status, &args.headers, &body, &envelope)
            });
            spec::load_bundled(provider)
        }
    };
    let catalog = match loaded {
        Ok(catalog) => catalog,
        Err(report) => return report,
    };
    let verdict = classify(&catalog, args, &body, SystemTime::now());
    let mut r = Report::new();
    if args.json {
        // Serializing plain strings and numbers cannot fail.
        let json = serde_json::to_string(&verdict.json(&catalog)).unwrap_or_default();
        outln!(r, "{json}");
    } else {
        verdict.write_text(&mut r, &catalog);
    }
    r
}

/// The body, from `--body`, `--body-file` or stdin. Only the first
/// [`MAX_SCAN_BYTES`] are read: the runtime looks no further.
fn read_body(args: &ClassifyArgs) -> Result<Vec<u8>, Report> {
    if let Some(text) = &args.body {
        return Ok(text.as_bytes().to_vec());
    }
    let limit = MAX_SCAN_BYTES as u64;
    let mut body = Vec::new();
    let result = match args.body_file.as_deref() {
        Some(path) if path != Path::new("-") => std::fs::File::open(path)
            .and_then(|f| f.take(limit).read_to_end(&mut body))
            .map_err(|e| format!("cannot read body file `{}`: {e}", path.display())),
        // A person at a terminal who gave no body means "no body", not "wait for one".
        None if std::io::stdin().is_terminal() => Ok(0),
        _ => std::io::stdin()
            .lock()
            .take(limit)
            .read_to_end(&mut body)
            .map_err(|e| format!("cannot read the body from stdin: {e}")),
    };
    result.map(|_| body).map_err(Report::usage)
}

/// What the body itself said the error is: `code brand_new_code, type server_error`.
fn said(d: &ErrorDetails<'_>) -> String {
    let mut parts = Vec::new();
    if let Some(code) = d.code() {
        parts.push(format!("code {}", redact(code)));
    }
    if let Some(inner) = d.inner_code() {
        parts.push(format!("inner code {}", redact(inner)));
    }
    if let Some(reason) = d.reason() {
        parts.push(format!("reason {}", redact(reason)));
    }
    if let Some(ty) = d.error_type() {
        parts.push(format!("type {}", redact(ty)));
    }
    if let Some(quota) = d.quota_id() {
        parts.push(format!("quota id {}", redact(quota)));
    }
    if parts.is_empty() {
        "no error code or type".to_owned()
    } else {
        parts.join(", ")
    }
}

/// The rule that found the entry, in words.
fn describe_match(by: MatchedBy) -> &'static str {
    match by {
        MatchedBy::Code => "by the body's code",
        MatchedBy::AliasCode => "by the body's code, an alias of this entry's",
        MatchedBy::InnerCode => "by the body's `innererror.code`",
        MatchedBy::Reason => "by the `reason` of the body's google.rpc `ErrorInfo`",
        MatchedBy::Pattern => "by the body's message",
        MatchedBy::TypeAndStatus => "by the body's type and the status",
        MatchedBy::Status => "by the status alone",
        _ => "by a rule this command does not know yet",
    }
}

/// An entry of the codegen model as the runtime's lookup sees it.
struct DefFacts<'c> {
    def: &'c EntryDef,
    /// The entry's type names, its own first.
    types: Vec<&'c str>,
}

impl EntryFacts for DefFacts<'_> {
    fn code(&self) -> &str {
        &self.def.code
    }
    fn status(&self) -> u16 {
        self.def.status
    }
    fn has_type(&self, error_type: &str) -> bool {
        self.types.contains(&error_type)
    }
    fn has_status(&self, status: u16) -> bool {
        self.def.has_status(status)
    }
    fn matches_message(&self, message: &str) -> bool {
        self.def
            .patterns
            .iter()
            .any(|p| pattern_matches(message, p))
    }
    fn has_patterns(&self) -> bool {
        !self.def.patterns.is_empty()
    }
    fn refines(&self) -> Option<&str> {
        self.def.refines.as_deref()
    }
    fn is_refined(&self) -> bool {
        self.def.refined
    }
    fn is_fallback(&self, status: u16) -> bool {
        self.def.fallback && self.def.status == status
    }
    fn is_type_fallback(&self, status: u16) -> bool {
        (self.def.fallback || self.def.type_fallback) && self.def.status == status
    }
}

/// The entry for a response, by the runtime's own lookup over the codegen model.
fn find_entry<'c>(
    catalog: &'c CatalogDef,
    d: &ErrorDetails<'_>,
) -> Option<(&'c EntryDef, MatchedBy)> {
    lookup_in(catalog, &Probe::of(d))
}

/// The entry a response with `status` and a body naming nothing the spec knows (no code,
/// no type, no message) classifies as: the only entry with the status, or its fallback.
pub fn by_status_alone(catalog: &CatalogDef, status: u16) -> Option<&EntryDef> {
    let probe = Probe {
        status,
        ..Probe::default()
    };
    lookup_in(catalog, &probe).map(|(e, _)| e)
}

/// An entry of the codegen model with the facts the runtime's lookup reads.
fn facts<'c>(catalog: &'c CatalogDef, def: &'c EntryDef) -> (&'c EntryDef, DefFacts<'c>) {
    let types = def
        .types()
        .map(|t| catalog.types[t].name.as_str())
        .collect();
    (def, DefFacts { def, types })
}

fn lookup_in<'c>(catalog: &'c CatalogDef, probe: &Probe<'_>) -> Option<(&'c EntryDef, MatchedBy)> {
    let facts = |def: &'c EntryDef| facts(catalog, def);
    lookup(
        probe,
        |code| entry_named(catalog, code).map(facts),
        || catalog.entries.iter().map(facts),
    )
}

/// The entry whose code or alias code is `code`.
fn entry_named<'c>(catalog: &'c CatalogDef, code: &str) -> Option<&'c EntryDef> {
    catalog
        .entries
        .iter()
        .find(|e| e.code == code || e.alias_codes.iter().any(|a| a == code))
}

/// The status an in-band error stands for, as the runtime's `in_band_status_in` finds it
/// in a generated catalog: its HTTP code, else the own status of the entry its code names,
/// else the status of its type's entry (the type fallback, else the first), else the
/// runtime's default.
fn in_band_status_of(catalog: &CatalogDef, envelope: &Envelope<'_>) -> u16 {
    in_band_status_with(
        envelope,
        |code| entry_named(catalog, code).map(|e| e.status),
        |ty| {
            let entries = catalog.entries.iter().map(|def| facts(catalog, def).1);
            status_of_type(entries, ty)
        },
    )
}

/// Everything `classify` found out about one response.
struct Verdict<'c, 'b> {
    details: ErrorDetails<'b>,
    entry: Option<(&'c EntryDef, MatchedBy)>,
    strategy: RetryPolicy,
    /// The spec's strategy, for a known error (its name and description).
    strategy_def: Option<&'c StrategyDef>,
    decision: RetryDecision,
    /// The longest the delay can be once random jitter is added.
    delay_max: Option<Duration>,
    attempt: u32,
    /// The HTTP status, when the error came inside a success (in band): `details` then
    /// carries the status the error stands for.
    in_band_of: Option<u16>,
}

fn classify<'c, 'b>(
    catalog: &'c CatalogDef,
    args: &'b ClassifyArgs,
    body: &'b [u8],
    now: SystemTime,
) -> Verdict<'c, 'b> {
    // A success whose body is an error (a gateway's 200, a stream's error event) is
    // classified with the status the error stands for.
    let in_band = in_band_error(body).filter(|_| args.status < 400);
    let (status, body) = match in_band {
        Some(document) => (
            in_band_status_of(catalog, &parse_envelope(document)),
            document,
        ),
        None => (args.status, body),
    };
    let details = ErrorDetails::parse(status, &args.headers, body);
    let entry = find_entry(catalog, &details);
    let strategy_def = entry.map(|(e, _)| catalog.strategy_of(e));
    let strategy = match strategy_def {
        Some(def) => def.policy(),
        None => *default_policy_for_status(status),
    };
    let hints = RetryHints::from_details(&details, &args.headers, now);
    let input = DecisionInput::new(&strategy, args.attempt, &hints, entry.is_some());
    // No jitter: the output is the shortest wait, and the same for the same input.
    let decision = decide(&input, &mut FixedFraction(0.0));
    let delay_max = match decision {
        RetryDecision::Retry {
            reason: RetryReason::Backoff,
            ..
        } => Some(backoff_delay(&strategy, args.attempt, 1.0)),
        // `decide` switched to this strategy itself; mirror it for the upper bound.
        RetryDecision::Retry {
            reason: RetryReason::ServerSaidRetry,
            ..
        } if hints.server_delay().is_none() => {
            Some(backoff_delay(&SERVER_SAID_RETRY, args.attempt, 1.0))
        }
        RetryDecision::Retry { delay, .. } => Some(delay),
        RetryDecision::Stop(_) => None,
    };
    Verdict {
        details,
        entry,
        strategy,
        strategy_def,
        decision,
        delay_max,
        attempt: args.attempt,
        in_band_of: in_band.map(|_| args.status),
    }
}

/// `--json`: one object, stable field names. What errspec concluded (`code`, `type`,
/// `category`, `matched_by`) and what the server sent (`body_code`, `body_type`,
/// `body_inner_code`, `body_reason`, `body_quota_id`, `message`, …) are separate fields: an entry found by type or status
/// does not stand for a code the body never had.
#[derive(Serialize)]
struct JsonVerdict {
    /// The status classified with: the HTTP status, or for an error inside a success (in
    /// band) the status that error stands for.
    status: u16,
    /// The HTTP status of the response, when it differs from `status` (in band).
    #[serde(skip_serializing_if = "Option::is_none")]
    http_status: Option<u16>,
    /// The spec the response was classified with (its `name`: `openai`, `anthropic`…).
    spec: String,
    category: &'static str,
    /// The spec entry's code; `null` when the spec does not know the error.
    code: Option<String>,
    /// The spec entry's type.
    #[serde(rename = "type")]
    error_type: Option<String>,
    known: bool,
    matched_by: Option<&'static str>,
    body_code: Option<String>,
    body_type: Option<String>,
    body_inner_code: Option<String>,
    /// The `reason` of Google's `ErrorInfo` detail.
    body_reason: Option<String>,
    /// The quota id of Google's `QuotaFailure` detail.
    body_quota_id: Option<String>,
    retryable: bool,
    delay_ms: Option<u64>,
    delay_max_ms: Option<u64>,
    request_id: Option<String>,
    message: Option<String>,
    param: Option<String>,
    strategy: String,
    attempt: u32,
    stop_reason: Option<&'static str>,
    reason: String,
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// Spec sentences start with a capital; mid-sentence they should not.
fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn redacted(text: Option<&str>) -> Option<String> {
    text.map(|t| redact(t).into_owned())
}

impl Verdict<'_, '_> {
    fn json(&self, catalog: &CatalogDef) -> JsonVerdict {
        let d = &self.details;
        JsonVerdict {
            status: d.status(),
            http_status: self.in_band_of,
            spec: catalog.name.clone(),
            category: self.entry.map_or("unknown", |(e, _)| e.category.as_str()),
            code: self.entry.map(|(e, _)| e.code.clone()),
            error_type: self.entry.map(|(e, _)| catalog.type_of(e).name.clone()),
            known: self.entry.is_some(),
            matched_by: self.entry.map(|(_, m)| m.as_str()),
            body_code: redacted(d.code()),
            body_type: redacted(d.error_type()),
            body_inner_code: redacted(d.inner_code()),
            body_reason: redacted(d.reason()),
            body_quota_id: redacted(d.quota_id()),
            retryable: matches!(self.decision, RetryDecision::Retry { .. }),
            delay_ms: self.decision.delay().map(millis),
            delay_max_ms: self.delay_max.map(millis),
            request_id: redacted(d.request_id()),
            message: d.message().map(Cow::into_owned),
            param: redacted(d.param()),
            strategy: self.strategy_name().to_owned(),
            attempt: self.attempt,
            stop_reason: match self.decision {
                RetryDecision::Stop(s) => Some(s.as_str()),
                RetryDecision::Retry { .. } => None,
            },
            reason: self.reason(),
        }
    }

    /// How the entry was found, saying when it was the status's fallback and when the
    /// body's own code was passed over because the spec does not know it.
    fn how_matched(&self, e: &EntryDef, by: MatchedBy) -> String {
        let mut how = describe_match(by).to_owned();
        let by_status = matches!(by, MatchedBy::TypeAndStatus | MatchedBy::Status);
        if by_status && e.fallback {
            how.push_str(&format!(", the fallback for {}", self.details.status()));
        }
        if by_status && let Some(code) = self.details.code() {
            how.push_str(&format!("; the spec has no code `{}`", redact(code)));
        }
        how
    }

    /// The spec's name for the strategy; for an error the spec does not know, the name of
    /// the status default it falls back on.
    fn strategy_name(&self) -> &str {
        match self.strategy_def {
            Some(def) => &def.name,
            None if self.strategy.is_retryable() => "status_default",
            None => "never",
        }
    }

    /// Why the decision is what it is, in one sentence.
    fn reason(&self) -> String {
        let s = &self.strategy;
        match self.decision {
            RetryDecision::Retry {
                reason: RetryReason::Backoff,
                ..
            } => format!(
                "retry {} of at most {} under strategy `{}`",
                self.attempt,
                s.max_attempts.saturating_sub(1),
                self.strategy_name()
            ),
            RetryDecision::Retry {
                reason: RetryReason::ServerDelay(source),
                ..
            } => format!("the server asked for this delay (`{}`)", source.as_str()),
            RetryDecision::Retry {
                reason: RetryReason::ServerSaidRetry,
                ..
            } => "the server sent `x-should-retry: true` for an error the spec does not know"
                .to_owned(),
            RetryDecision::Stop(StopReason::NotRetryable) => match self.strategy_def {
                Some(def) => format!(
                    "strategy `{}` does not retry ({})",
                    def.name,
                    lowercase_first(def.description.trim_end_matches('.'))
                ),
                None => format!(
                    "the spec does not know the error and status {} is not transient",
                    self.details.status()
                ),
            },
            RetryDecision::Stop(stop) => stop.to_string(),
        }
    }

    fn write_text(&self, r: &mut Report, catalog: &CatalogDef) {
        let d = &self.details;
        let status = d.status();
        let field = |name: &str| paint(DIM, format!("{name:<10}"));
        let sent = match self.in_band_of {
            Some(http) => format!(" (in band: the HTTP status was {})", status_line(http)),
            None => String::new(),
        };
        outln!(
            r,
            "{}{}{sent}",
            field("status"),
            paint(style::status(status), status_line(status))
        );
        outln!(r, "{}{}", field("spec"), catalog.title);
        outln!(r, "{}{}", field("body"), said(d));
        match self.entry {
            Some((e, by)) => {
                outln!(
                    r,
                    "{}{}, type {}",
                    field("entry"),
                    paint(HEADING, &e.code),
                    paint(NAME, &catalog.type_of(e).name),
                );
                let how = wrap(&self.how_matched(e, by), 10, 88);
                outln!(r, "{}{}", field("matched"), how.trim_start());
                outln!(r, "{}{}", field("category"), e.category);
            }
            None => {
                outln!(
                    r,
                    "{}none {}",
                    field("entry"),
                    paint(DIM, format_args!("(not in the {} spec)", catalog.title))
                );
                outln!(r, "{}unknown", field("category"));
            }
        }
        if let Some(m) = d.message() {
            outln!(r, "{}{}", field("message"), wrap(&m, 10, 88).trim_start());
        }
        if let Some(p) = d.param() {
            outln!(r, "{}{}", field("param"), redact(p));
        }
        if let Some(id) = d.request_id() {
            outln!(r, "{}{}", field("request"), redact(id));
        }
        let verdict = match (self.decision.delay(), self.delay_max) {
            (Some(Duration::ZERO), Some(Duration::ZERO)) => "yes, at once".to_owned(),
            (Some(min), Some(max)) if max > min => {
                format!("yes, in {}–{} ms", millis(min), millis(max))
            }
            (Some(delay), _) => format!("yes, in {} ms", millis(delay)),
            (None, _) => "no".to_owned(),
        };
        let mark = if self.decision.delay().is_some() {
            GOOD
        } else {
            style::BAD
        };
        // Wrap the plain text, then paint the verdict: escapes would upset the widths.
        let line = wrap(&format!("{verdict}: {}", self.reason()), 10, 88);
        let line = line
            .trim_start()
            .replacen(&verdict, &paint(mark, &verdict).to_string(), 1);
        outln!(r, "{}{line}", field("retry"));
        if let Some((e, _)) = self.entry {
            outln!(
                r,
                "{}{}",
                field("do first"),
                wrap(&e.action, 10, 88).trim_start()
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_parse_or_explain() {
        assert_eq!(
            parse_header("Retry-After: 3"),
            Ok(("retry-after".into(), "3".into()))
        );
        assert_eq!(parse_header("x:"), Ok(("x".into(), String::new())));
        assert!(parse_header("no colon").is_err());
        assert!(parse_header(": v").is_err());
        assert!(parse_header("a b: v").is_err());
    }
}
