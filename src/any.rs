//! One call that classifies an error response from any bundled provider.
//!
//! [`classify`] picks the catalog — the one the caller names, the one that serves the
//! request's host, or the one the response's headers and body shape point to — and
//! returns one [`AnyClassification`]: which provider, and the facts every catalog shares
//! (category, retry strategy, code, message, request id, the server's delay), with the
//! provider's own typed [`Classification`] inside for those who want it.
//!
//! ```
//! use errspec::any::{self, Choice};
//! use errspec::runtime::Category;
//!
//! let body = br#"{"error":{"message":"You exceeded your current quota.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}"#;
//! let error = any::classify(Choice::Host("api.openai.com"), 429, &[("x-request-id", "req_1")], body);
//! assert_eq!(error.provider(), errspec::runtime::Provider::OpenAi);
//! assert_eq!(error.category(), Category::Quota);
//! assert!(!error.is_retryable());
//! assert_eq!(error.code_str(), Some("insufficient_quota"));
//! assert_eq!(error.request_id(), Some("req_1"));
//! ```
//!
//! Only the providers whose features are on (`anthropic`, `azure-openai`, `gemini`,
//! `openrouter`, `litellm`; OpenAI
//! always) have a catalog here. A response from another one is classified with OpenAI's,
//! whose envelope OpenAI-compatible gateways copy, and says so ([`AnyClassification::provider`]).

use core::fmt;
use core::time::Duration;
use std::borrow::Cow;
use std::time::SystemTime;

#[cfg(feature = "anthropic")]
use crate::anthropic;
#[cfg(feature = "azure-openai")]
use crate::azure_openai;
#[cfg(feature = "gemini")]
use crate::gemini;
#[cfg(feature = "litellm")]
use crate::litellm;
use crate::openai;
#[cfg(feature = "openrouter")]
use crate::openrouter;
use crate::runtime::classify::classify_envelope;
use crate::runtime::response::envelope::{Envelope, parse_envelope};
use crate::runtime::response::in_band::{in_band_error, in_band_status, in_band_status_in};
use crate::runtime::retry::executor::AttemptError;
use crate::runtime::{
    ApiError, Catalog, Category, Classification, Entry, ErrorDetails, HeaderSource, Provider,
    RetryHints, RetryPolicy, detect_provider,
};

mod code;
#[cfg(feature = "reqwest")]
mod send;

use code::each;
pub use code::{AnyCode, AnyErrorType};
#[cfg(feature = "reqwest")]
#[cfg_attr(docsrs, doc(cfg(feature = "reqwest")))]
pub use send::send_with_retry;

/// How [`classify`] picks the catalog.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Choice<'h> {
    /// Tell the provider from the response: its headers (`x-litellm-*`, `anthropic-*`,
    /// `apim-request-id`, `x-ms-*`), then the shape of its body; OpenAI when nothing says
    /// otherwise.
    #[default]
    Detect,
    /// The request's host (`url.host_str()`): the provider that serves it
    /// ([`Provider::from_host`]), else, for any other host (a gateway, a proxy), as
    /// [`Detect`](Choice::Detect).
    Host(&'h str),
    /// This provider's catalog, whatever the response looks like.
    Provider(Provider),
}

impl From<Provider> for Choice<'_> {
    fn from(provider: Provider) -> Self {
        Choice::Provider(provider)
    }
}

impl Choice<'_> {
    /// The provider chosen for a response whose envelope is read.
    fn provider<H: HeaderSource + ?Sized>(
        self,
        status: u16,
        headers: &H,
        body: &[u8],
        envelope: &Envelope<'_>,
    ) -> Provider {
        let detect = || detect_provider(status, headers, body, envelope);
        match self {
            Choice::Detect => detect(),
            Choice::Host(host) => Provider::from_host(host).unwrap_or_else(detect),
            Choice::Provider(provider) => provider,
        }
    }
}

/// An error response classified by one bundled provider's catalog.
///
/// The methods give what every catalog has in common; match the variants for the
/// provider's own typed [`Classification`] (its `ErrorCode`). One variant per bundled
/// catalog, each behind its feature, hence `#[non_exhaustive]`. Like a
/// [`Classification`], it borrows from the response; [`into_owned`](Self::into_owned)
/// and [`into_api_error`](Self::into_api_error) make it outlive it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum AnyClassification<'a> {
    /// Classified by [`openai::ErrorCode`] (also what a provider without a bundled
    /// catalog, or without its feature, gets).
    OpenAi(Classification<'a, openai::ErrorCode>),
    /// Classified by [`azure_openai::ErrorCode`].
    #[cfg(feature = "azure-openai")]
    #[cfg_attr(docsrs, doc(cfg(feature = "azure-openai")))]
    AzureOpenAi(Classification<'a, azure_openai::ErrorCode>),
    /// Classified by [`anthropic::ErrorCode`].
    #[cfg(feature = "anthropic")]
    #[cfg_attr(docsrs, doc(cfg(feature = "anthropic")))]
    Anthropic(Classification<'a, anthropic::ErrorCode>),
    /// Classified by [`gemini::ErrorCode`].
    #[cfg(feature = "gemini")]
    #[cfg_attr(docsrs, doc(cfg(feature = "gemini")))]
    Gemini(Classification<'a, gemini::ErrorCode>),
    /// Classified by [`openrouter::ErrorCode`].
    #[cfg(feature = "openrouter")]
    #[cfg_attr(docsrs, doc(cfg(feature = "openrouter")))]
    OpenRouter(Classification<'a, openrouter::ErrorCode>),
    /// Classified by [`litellm::ErrorCode`].
    #[cfg(feature = "litellm")]
    #[cfg_attr(docsrs, doc(cfg(feature = "litellm")))]
    LiteLlm(Classification<'a, litellm::ErrorCode>),
}

/// Classifies an error response with the catalog `choice` picks. Never fails: a response
/// the catalog does not know is unknown ([`AnyClassification::is_unknown`]) and keeps
/// everything it said. The body is read once.
pub fn classify<'a, H: HeaderSource + ?Sized>(
    choice: Choice<'_>,
    status: u16,
    headers: &'a H,
    body: &'a [u8],
) -> AnyClassification<'a> {
    let envelope = parse_envelope(body);
    let provider = choice.provider(status, headers, body, &envelope);
    classify_with(provider, Some(status), headers, body, envelope)
}

/// Classifies a **successful** response's body when it is really an error (an
/// OpenAI-compatible gateway's `200` carrying `{"error":{…}}`, or such an SSE event's
/// data, or a stream's error event; see [`runtime::response::in_band`](crate::runtime::response::in_band)),
/// with the status it stands for in the provider's catalog
/// ([`in_band_status_in`]); `None` for a
/// genuine success. Only the first bytes of a success are looked at.
pub fn classify_in_band<'a, H: HeaderSource + ?Sized>(
    choice: Choice<'_>,
    headers: &'a H,
    body: &'a [u8],
) -> Option<AnyClassification<'a>> {
    let document = in_band_error(body)?;
    let envelope = parse_envelope(document);
    let provider = choice.provider(in_band_status(&envelope), headers, document, &envelope);
    Some(classify_with(provider, None, headers, document, envelope))
}

/// Classifies an error response into the failure a retry executor's attempt returns (a
/// hand-written attempt closure's `Err`); `now` is for an HTTP-date `Retry-After`.
pub fn attempted<H: HeaderSource + ?Sized>(
    choice: Choice<'_>,
    status: u16,
    headers: &H,
    body: &[u8],
    now: SystemTime,
) -> AttemptError<AnyCode> {
    let classification = classify(choice, status, headers, body);
    let hints =
        RetryHints::from_response(status, headers, classification.message_unredacted(), now);
    AttemptError::response(classification.into_api_error(), hints)
}

/// Classifies with `provider`'s catalog, or OpenAI's when its feature is off. `status` is
/// the response's; `None` for an error inside a success, which is classified with the
/// status it stands for in that catalog ([`in_band_status_in`]).
fn classify_with<'a, H: HeaderSource + ?Sized>(
    provider: Provider,
    status: Option<u16>,
    headers: &'a H,
    body: &'a [u8],
    envelope: Envelope<'a>,
) -> AnyClassification<'a> {
    match provider {
        #[cfg(feature = "azure-openai")]
        Provider::AzureOpenAi => {
            AnyClassification::AzureOpenAi(classify_in(status, headers, body, envelope))
        }
        #[cfg(feature = "anthropic")]
        Provider::Anthropic => {
            AnyClassification::Anthropic(classify_in(status, headers, body, envelope))
        }
        #[cfg(feature = "gemini")]
        Provider::Gemini => AnyClassification::Gemini(classify_in(status, headers, body, envelope)),
        #[cfg(feature = "openrouter")]
        Provider::OpenRouter => {
            AnyClassification::OpenRouter(classify_in(status, headers, body, envelope))
        }
        #[cfg(feature = "litellm")]
        Provider::LiteLlm => {
            AnyClassification::LiteLlm(classify_in(status, headers, body, envelope))
        }
        _ => AnyClassification::OpenAi(classify_in(status, headers, body, envelope)),
    }
}

/// [`classify_envelope`] with catalog `C`, taking an in-band error's status from `C`
/// when `status` is `None`.
fn classify_in<'a, C: Catalog, H: HeaderSource + ?Sized>(
    status: Option<u16>,
    headers: &'a H,
    body: &'a [u8],
    envelope: Envelope<'a>,
) -> Classification<'a, C> {
    let status = status.unwrap_or_else(|| in_band_status_in::<C>(&envelope));
    classify_envelope(status, headers, body, envelope)
}

impl<'a> AnyClassification<'a> {
    /// The provider whose catalog classified the response.
    pub fn provider(&self) -> Provider {
        match self {
            AnyClassification::OpenAi(_) => Provider::OpenAi,
            #[cfg(feature = "azure-openai")]
            AnyClassification::AzureOpenAi(_) => Provider::AzureOpenAi,
            #[cfg(feature = "anthropic")]
            AnyClassification::Anthropic(_) => Provider::Anthropic,
            #[cfg(feature = "gemini")]
            AnyClassification::Gemini(_) => Provider::Gemini,
            #[cfg(feature = "openrouter")]
            AnyClassification::OpenRouter(_) => Provider::OpenRouter,
            #[cfg(feature = "litellm")]
            AnyClassification::LiteLlm(_) => Provider::LiteLlm,
        }
    }

    /// The catalog code, tagged with its provider, when the catalog knows the error.
    pub fn code(&self) -> Option<AnyCode> {
        match self {
            AnyClassification::OpenAi(c) => c.code().map(AnyCode::OpenAi),
            #[cfg(feature = "azure-openai")]
            AnyClassification::AzureOpenAi(c) => c.code().map(AnyCode::AzureOpenAi),
            #[cfg(feature = "anthropic")]
            AnyClassification::Anthropic(c) => c.code().map(AnyCode::Anthropic),
            #[cfg(feature = "gemini")]
            AnyClassification::Gemini(c) => c.code().map(AnyCode::Gemini),
            #[cfg(feature = "openrouter")]
            AnyClassification::OpenRouter(c) => c.code().map(AnyCode::OpenRouter),
            #[cfg(feature = "litellm")]
            AnyClassification::LiteLlm(c) => c.code().map(AnyCode::LiteLlm),
        }
    }

    /// The code as a string: the catalog entry's (`"insufficient_quota"`, or errspec's name
    /// for an error the server sends without a code), else the code the body carried.
    pub fn code_str(&self) -> Option<&str> {
        match self.entry() {
            Some(entry) => Some(entry.code),
            None => self.details().code(),
        }
    }

    /// The catalog entry, when the catalog knows the error.
    pub fn entry(&self) -> Option<&'static Entry> {
        each!(self, AnyClassification, c => c.entry())
    }

    /// What the response said: status, type, code, message, request id, bounded body.
    pub fn details(&self) -> &ErrorDetails<'a> {
        each!(self, AnyClassification, c => c.details())
    }

    /// The response's HTTP status (for an error inside a success, the status it carries).
    pub fn status(&self) -> u16 {
        self.details().status()
    }

    /// The entry's category, or [`Category::Unknown`].
    pub fn category(&self) -> Category {
        each!(self, AnyClassification, c => c.category())
    }

    /// The entry's retry strategy, or for an unknown error the one its status suggests.
    pub fn retry_policy(&self) -> &'static RetryPolicy {
        each!(self, AnyClassification, c => c.retry_policy())
    }

    /// Whether the retry strategy ever retries.
    pub fn is_retryable(&self) -> bool {
        self.retry_policy().is_retryable()
    }

    /// Whether the catalog does not know the error.
    pub fn is_unknown(&self) -> bool {
        each!(self, AnyClassification, c => c.is_unknown())
    }

    /// The server's message, with keys and credentials masked (`errspec::runtime::response::redact`).
    pub fn message(&self) -> Option<Cow<'_, str>> {
        self.details().message()
    }

    /// The server's message as sent, keys included: for parsing, never for showing.
    pub fn message_unredacted(&self) -> Option<&str> {
        self.details().message_unredacted()
    }

    /// The server's id for the request, to quote to its support.
    pub fn request_id(&self) -> Option<&str> {
        self.details().request_id()
    }

    /// The delay the server asked for before a retry (`retry-after-ms`, `Retry-After`,
    /// `x-ratelimit-reset-*` on a 429, "try again in …" in the message). Whether to retry
    /// at all is [`retry_policy`](Self::retry_policy)'s call.
    pub fn retry_after(&self) -> Option<Duration> {
        self.details().retry_after()
    }

    /// [`retry_after`](Self::retry_after) as seen at `now` (which matters only for an
    /// HTTP-date `Retry-After`).
    pub fn retry_after_at(&self, now: SystemTime) -> Option<Duration> {
        self.details().retry_after_at(now)
    }

    /// The same classification, owning its details.
    pub fn into_owned(self) -> AnyClassification<'static> {
        match self {
            AnyClassification::OpenAi(c) => AnyClassification::OpenAi(owned(c)),
            #[cfg(feature = "azure-openai")]
            AnyClassification::AzureOpenAi(c) => AnyClassification::AzureOpenAi(owned(c)),
            #[cfg(feature = "anthropic")]
            AnyClassification::Anthropic(c) => AnyClassification::Anthropic(owned(c)),
            #[cfg(feature = "gemini")]
            AnyClassification::Gemini(c) => AnyClassification::Gemini(owned(c)),
            #[cfg(feature = "openrouter")]
            AnyClassification::OpenRouter(c) => AnyClassification::OpenRouter(owned(c)),
            #[cfg(feature = "litellm")]
            AnyClassification::LiteLlm(c) => AnyClassification::LiteLlm(owned(c)),
        }
    }

    /// A small owned error to return from a client call, and the error the retry executor
    /// reports ([`RetryError<AnyCode>`](crate::runtime::RetryError)). Its code names the
    /// provider; an unknown error's does not (its details keep what the response said).
    pub fn into_api_error(self) -> ApiError<AnyCode> {
        let code = self.code();
        let details = each!(self, AnyClassification, c => into_details(c)).into_owned();
        Box::new(match code {
            Some(code) => Classification::Known { code, details },
            None => Classification::Unknown(details),
        })
    }
}

fn into_details<C>(c: Classification<'_, C>) -> ErrorDetails<'_> {
    match c {
        Classification::Known { details, .. } | Classification::Unknown(details) => details,
    }
}

fn owned<C: Catalog>(c: Classification<'_, C>) -> Classification<'static, C> {
    match c {
        Classification::Known { code, details } => Classification::Known {
            code,
            details: details.into_owned(),
        },
        Classification::Unknown(details) => Classification::Unknown(details.into_owned()),
    }
}

/// The provider's classification's one log line (catalog message, code, status, the
/// server's message, request id; keys redacted).
impl fmt::Display for AnyClassification<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        each!(self, AnyClassification, c => fmt::Display::fmt(c, f))
    }
}
