//! Adapters to HTTP client libraries, each behind its feature.

#[cfg(feature = "http")]
pub(crate) mod http;
#[cfg(feature = "metrics")]
#[cfg_attr(docsrs, doc(cfg(feature = "metrics")))]
pub mod metrics;
#[cfg(feature = "reqwest")]
pub mod reqwest;
