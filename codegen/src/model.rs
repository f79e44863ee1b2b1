//! The validated catalog: what emission, docs and the CLI work from. Every value here
//! has passed [`crate::valid`], so emitters never re-check.

use errspec_runtime::{Backoff, Category, Provenance, RetryPolicy};

/// A validated spec: the catalog `emit` writes out.
#[derive(Clone, Debug, PartialEq)]
pub struct CatalogDef {
    /// Short machine name (`"openai"`).
    pub name: String,
    /// Human name of the API.
    pub title: String,
    /// What the spec covers.
    pub description: String,
    /// Spec format version.
    pub version: u32,
    /// The error types, in spec order.
    pub types: Vec<ErrorTypeDef>,
    /// The retry strategies, in spec order.
    pub strategies: Vec<StrategyDef>,
    /// The error codes, in spec order.
    pub entries: Vec<EntryDef>,
}

/// A validated error type.
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorTypeDef {
    /// The type as sent.
    pub name: String,
    /// The Rust variant name.
    pub variant: String,
    /// What errors of this type share.
    pub description: String,
}

/// A validated retry strategy.
#[derive(Clone, Debug, PartialEq)]
pub struct StrategyDef {
    /// The name entries refer to.
    pub name: String,
    /// What it does.
    pub description: String,
    /// How delays grow.
    pub backoff: Backoff,
    /// Attempts in total, first included.
    pub max_attempts: u32,
    /// Cap on a single wait, in milliseconds.
    pub max_delay_ms: u64,
}

impl StrategyDef {
    /// The runtime's form of the strategy: its numbers, as the generated `POLICY_i`
    /// statics hold them and the CLI decides with.
    pub fn policy(&self) -> RetryPolicy {
        RetryPolicy {
            backoff: self.backoff,
            max_attempts: self.max_attempts,
            max_delay: core::time::Duration::from_millis(self.max_delay_ms),
        }
    }
}

/// A validated error code.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryDef {
    /// The code string.
    pub code: String,
    /// The Rust variant name.
    pub variant: String,
    /// The HTTP status.
    pub status: u16,
    /// Other statuses the code is seen with.
    pub alias_statuses: Vec<u16>,
    /// Other code strings the server sends for it.
    pub alias_codes: Vec<String>,
    /// Index into [`CatalogDef::types`].
    pub error_type: usize,
    /// Indexes into [`CatalogDef::types`] of other types sent with it.
    pub alias_types: Vec<usize>,
    /// Message patterns, lowercased (`*` = any text).
    pub patterns: Vec<String>,
    /// The code this entry refines.
    pub refines: Option<String>,
    /// Whether another entry refines this one.
    pub refined: bool,
    /// The provider-independent category.
    pub category: Category,
    /// Short message (`Display`).
    pub message: String,
    /// Longer explanation.
    pub description: String,
    /// Why it happens.
    pub causes: Vec<String>,
    /// What fixes it.
    pub solutions: Vec<String>,
    /// The one thing to do first.
    pub action: String,
    /// Index into [`CatalogDef::strategies`].
    pub retry: usize,
    /// Example body, pretty-printed.
    pub example: Option<String>,
    /// The server sends no code for it.
    pub null_code: bool,
    /// Where the facts come from.
    pub provenance: Provenance,
    /// Public addresses the facts come from.
    pub sources: Vec<String>,
    /// Chosen among entries sharing a status.
    pub fallback: bool,
    /// Chosen among entries sharing a type and status.
    pub type_fallback: bool,
    /// Why it is retired.
    pub deprecated: Option<String>,
}

impl CatalogDef {
    /// The entry's error type.
    pub fn type_of(&self, entry: &EntryDef) -> &ErrorTypeDef {
        &self.types[entry.error_type]
    }

    /// The entry's retry strategy.
    pub fn strategy_of(&self, entry: &EntryDef) -> &StrategyDef {
        &self.strategies[entry.retry]
    }
}

impl EntryDef {
    /// Every status the entry accepts: its own, then its aliases.
    pub fn statuses(&self) -> impl Iterator<Item = u16> + '_ {
        core::iter::once(self.status).chain(self.alias_statuses.iter().copied())
    }

    /// Whether `status` is the entry's status or one of its aliases.
    pub fn has_status(&self, status: u16) -> bool {
        self.status == status || self.alias_statuses.contains(&status)
    }

    /// Every type the entry accepts, as indexes: its own, then its aliases.
    pub fn types(&self) -> impl Iterator<Item = usize> + '_ {
        core::iter::once(self.error_type).chain(self.alias_types.iter().copied())
    }
}

impl StrategyDef {
    /// A one-line summary of the strategy's numbers (`"exponential: 1000 ms × 2 + up to 1000 ms jitter"`).
    pub fn summary(&self) -> String {
        let ms = |d: core::time::Duration| d.as_millis();
        let body = match self.backoff {
            Backoff::Never => "no automatic retry".to_owned(),
            Backoff::Exponential {
                initial,
                multiplier,
                jitter,
            } => format!(
                "exponential backoff from {} ms, ×{multiplier} per retry, plus up to {} ms of jitter",
                ms(initial),
                ms(jitter)
            ),
            Backoff::ImmediateThenExponential {
                immediate,
                initial,
                multiplier,
                jitter,
            } => format!(
                "{immediate} immediate retr{}, then exponential backoff from {} ms, ×{multiplier} per retry, plus up to {} ms of jitter",
                if immediate == 1 { "y" } else { "ies" },
                ms(initial),
                ms(jitter)
            ),
            Backoff::Constant { delay, jitter } => format!(
                "a constant {} ms between attempts, plus up to {} ms of jitter",
                ms(delay),
                ms(jitter)
            ),
        };
        if matches!(self.backoff, Backoff::Never) {
            body
        } else {
            format!(
                "{body}; at most {} attempts, no wait longer than {} ms",
                self.max_attempts, self.max_delay_ms
            )
        }
    }
}
