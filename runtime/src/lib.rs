//! Runtime of [errspec](https://docs.rs/errspec): the traits generated catalogs implement,
//! and the machinery that applies a catalog to real HTTP error responses.
//!
//! Generated code is data ([`Entry`] tables); this crate holds the behaviour, written once
//! and tested here.
//!
//! # Map
//!
//! The files follow a failed request from the response to the next attempt. What a caller
//! needs is re-exported at the crate root and at `response::` and `retry::`; the stage
//! modules marked `(hidden)` keep their paths for this workspace's crates only.
//!
//! ```text
//! catalog         the data a generated catalog is made of (Entry, Catalog, RetryPolicy),
//!                 and the message patterns its entries match
//! spec_error      the runtime side of #[derive(SpecError)] (SpecError; its helpers are in
//!                 the hidden __private module)
//! response/       reading an error response
//!   envelope        the body's error fields, borrowed (hidden)
//!   headers         header access, whatever the HTTP library; counts parsed once
//!   hints           what the server says about retrying (Retry-After, x-should-retry,
//!                   x-ratelimit-*), read once for the decision and the limiter
//!   in_band         errors sent inside 200 responses
//!   provider        which API sent it
//!   redact          credentials masked in every text we show
//! classify        response + catalog → Classification (code, details, retry policy);
//!                 ApiError is one boxed, to return from a call
//! retry/          what to do about it
//!   decision        decide: one failed attempt → Retry(delay) or Stop(reason), pure
//!   backoff         the backoff formulas
//!   budget          a retry budget shared across requests; it pays for retries (hidden)
//!   outage          the outage gate: calls wait behind one probe once the budget refuses
//!   limiter         a client-side rate limiter fed by x-ratelimit-* headers (hidden)
//!   executor        runs attempts: decision, budget, outage gate, limiter, deadline (hidden)
//!     attempt         what an attempt returns (AttemptError) and what a call ends with
//!     run             one call's state; pace: the limiter's side; trace: tracing events
//!     shared          the seam for limits kept outside the process (errspec-redis)
//!   fallback        above the executor: other alternatives by category, cool-downs (hidden)
//! integrations/   the reqwest adapter and metrics (features `reqwest`, `metrics`; `http`
//!                 reads `http::HeaderMap` as a HeaderSource)
//! time            clocks and sleepers, injected so tests never wait
//! rand            randomness for jitter, injected likewise
//! ```
//!
//! In the order a failed attempt meets them: the retry decision, the budget (which may
//! open the outage gate), the outage wait, the rate limiter, the deadline bounding every
//! wait; then, once the executor stops a call on one alternative, [`Fallbacks`] and their
//! cool-downs.

#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod catalog;
pub mod classify;
mod code_index;
pub mod integrations;
mod parse_error;
pub mod rand;
pub mod response;
pub mod retry;
mod spec_error;
pub mod time;

pub use catalog::{
    Backoff, Catalog, Category, Entry, EntryText, ErrorTypeCatalog, ErrorTypeEntry, Provenance,
    RetryPolicy, SpecInfo,
};
pub use classify::{ApiError, Classification, ErrorDetails, classify};
pub use parse_error::ParseNameError;
pub use response::{HeaderSource, Provider, RetryHints, detect_provider};
pub use retry::{
    AttemptError, AttemptRecord, BudgetConfig, FallbackRule, Fallbacks, Hop, RateLimiter,
    RatioConfig, RetryBudget, RetryDecision, RetryError, RetryExecutor, Routed, StopReason,
    Success, decide,
};
pub use spec_error::SpecError;

/// Helpers for generated code only. Not a public API: anything here may change in any
/// release.
#[doc(hidden)]
pub mod __private {
    pub use crate::classify::default_policy_for_status;
    pub use crate::code_index::{CodeIndex, LookupTables, code_hash};
    pub use crate::parse_error::ParseNameError;
    pub use crate::response::redact::write_redacted;
    pub use crate::retry::executor::FailedResponse;
    pub use crate::spec_error::{
        CodeValue, FromApiError, FromCode, FromResponseText, FromRetryAfter, FromStatus, NoCatalog,
        StatusValue, display_kept, retry_after,
    };
    pub use core::time::Duration;

    /// Writes a code or type name for `Display`.
    pub fn fmt_str(s: &str, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(s)
    }

    #[cfg(feature = "serde")]
    pub use serde;

    /// Implements serde for a generated enum as its name string, when the runtime's `serde`
    /// feature is on; expands to nothing otherwise.
    #[cfg(feature = "serde")]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __impl_serde {
        ($ty:ident, $lookup:path, $expecting:literal) => {
            impl $crate::__private::serde::Serialize for $ty {
                fn serialize<S: $crate::__private::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> ::core::result::Result<S::Ok, S::Error> {
                    serializer.serialize_str(self.as_str())
                }
            }
            impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
                fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> ::core::result::Result<Self, D::Error> {
                    $crate::__private::deserialize_name(deserializer, $lookup, $expecting)
                }
            }
        };
    }

    /// See the `serde` version: without the feature there is nothing to implement.
    #[cfg(not(feature = "serde"))]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __impl_serde {
        ($($tt:tt)*) => {};
    }

    pub use crate::__impl_serde as impl_serde;

    /// Deserializes a name string through `lookup`, naming what was expected on failure.
    #[cfg(feature = "serde")]
    pub fn deserialize_name<'de, D, T>(
        deserializer: D,
        lookup: fn(&str) -> Option<T>,
        expecting: &'static str,
    ) -> Result<T, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        struct NameVisitor<T> {
            lookup: fn(&str) -> Option<T>,
            expecting: &'static str,
        }
        impl<T> serde::de::Visitor<'_> for NameVisitor<T> {
            type Value = T;
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.expecting)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
                (self.lookup)(v)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(v), &self))
            }
        }
        deserializer.deserialize_str(NameVisitor { lookup, expecting })
    }
}
