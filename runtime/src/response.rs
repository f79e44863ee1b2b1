//! Reading an HTTP error response: the body's envelope, the headers, the server's retry
//! hints, errors hidden in successful responses, who sent it, and the redaction every
//! server text goes through before it is shown.
//!
//! The files are the stages; what a caller needs from them is re-exported here.

// Each stage is a module of its own; their paths stay public (hidden) for the crates of
// this workspace and for imports written before the flat re-exports below.
#[doc(hidden)]
pub mod envelope;
#[doc(hidden)]
pub mod headers;
#[doc(hidden)]
pub mod hints;
#[doc(hidden)]
pub mod in_band;
#[doc(hidden)]
pub mod provider;
#[doc(hidden)]
pub mod redact;

pub use headers::HeaderSource;
pub use hints::{HintSource, RetryHints};
pub use in_band::{classify_in_band, in_band_error};
pub use provider::{Provider, detect_provider};
pub use redact::{Redacted, redact};
