//! Adapters to HTTP client libraries, each behind its feature.

#[cfg(feature = "http")]
pub mod http;
#[cfg(feature = "reqwest")]
pub mod reqwest;
