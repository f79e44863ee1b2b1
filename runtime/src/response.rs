//! Reading an HTTP error response: the body's envelope, the headers, the server's retry
//! hints, errors hidden in successful responses, who sent it, and the redaction every
//! server text goes through before it is shown.

pub mod envelope;
pub mod headers;
pub mod hints;
pub mod in_band;
pub mod provider;
pub mod redact;
