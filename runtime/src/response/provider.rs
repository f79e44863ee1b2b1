//! Which provider sent an error response, told from its headers and the shape of its body,
//! so that a caller who talks to several APIs (or does not know what is behind a gateway)
//! can pick the right catalog.

use crate::response::envelope::Envelope;
use crate::response::headers::HeaderSource;

/// An API whose errors errspec has a bundled spec for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Provider {
    /// The OpenAI API, and the OpenAI-compatible gateways that copy its envelope.
    OpenAi,
    /// Azure OpenAI (and Azure API Management in front of it).
    AzureOpenAi,
    /// The Anthropic API.
    Anthropic,
    /// The Gemini API and Vertex AI (google.rpc status envelopes).
    Gemini,
    /// OpenRouter, the gateway to many model providers (OpenAI's envelope, the status as a
    /// number in `error.code`).
    OpenRouter,
    /// The LiteLLM proxy, a self-hosted OpenAI-compatible gateway (OpenAI's envelope, the
    /// status as a string in `error.code`, messages that name LiteLLM's exception:
    /// `litellm.RateLimitError: …`).
    LiteLlm,
}

impl Provider {
    /// Every provider, in declaration order.
    pub const ALL: &'static [Provider] = &[
        Provider::OpenAi,
        Provider::AzureOpenAi,
        Provider::Anthropic,
        Provider::Gemini,
        Provider::OpenRouter,
        Provider::LiteLlm,
    ];

    /// The provider's short name (`"azure_openai"`), as its bundled spec names itself.
    pub const fn as_str(self) -> &'static str {
        match self {
            Provider::OpenAi => "openai",
            Provider::AzureOpenAi => "azure_openai",
            Provider::Anthropic => "anthropic",
            Provider::Gemini => "gemini",
            Provider::OpenRouter => "openrouter",
            Provider::LiteLlm => "litellm",
        }
    }

    /// The provider that serves an API host: `api.openai.com`, `*.openai.azure.com`,
    /// `api.anthropic.com`, `generativelanguage.googleapis.com`, Vertex AI's regional
    /// `*-aiplatform.googleapis.com` and global `aiplatform.googleapis.com` (Google's
    /// "Vertex AI locations" page names both), or `openrouter.ai`. `None` for any other
    /// host (a gateway, a proxy such as a LiteLLM proxy, localhost): then only the
    /// response can tell.
    ///
    /// Takes a host name as a URL gives it (`url.host_str()`); a trailing dot, a port
    /// and ASCII case are ignored.
    pub fn from_host(host: &str) -> Option<Provider> {
        let host = host.split(':').next().unwrap_or(host).trim_end_matches('.');
        let ends = |suffix: &str| {
            host.len() >= suffix.len()
                && host[host.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
        };
        if host.eq_ignore_ascii_case("api.openai.com") {
            Some(Provider::OpenAi)
        } else if host.eq_ignore_ascii_case("openrouter.ai") {
            Some(Provider::OpenRouter)
        } else if ends(".openai.azure.com") {
            Some(Provider::AzureOpenAi)
        } else if host.eq_ignore_ascii_case("api.anthropic.com") {
            Some(Provider::Anthropic)
        } else if host.eq_ignore_ascii_case("generativelanguage.googleapis.com")
            || host.eq_ignore_ascii_case("aiplatform.googleapis.com")
            || ends("-aiplatform.googleapis.com")
        {
            Some(Provider::Gemini)
        } else {
            None
        }
    }
}

/// Parses a short name; `-` and `_` are the same (`"azure-openai"`), and `"azure"`
/// names Azure OpenAI (the only Azure service with a bundled spec).
impl core::str::FromStr for Provider {
    type Err = crate::parse_error::ParseNameError;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        let wanted = name.replace('-', "_");
        if wanted == "azure" {
            return Ok(Provider::AzureOpenAi);
        }
        Provider::ALL
            .iter()
            .copied()
            .find(|p| p.as_str() == wanted)
            .ok_or_else(|| crate::parse_error::ParseNameError::new("provider", name))
    }
}

impl core::fmt::Display for Provider {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Headers only one provider sends.
const ANTHROPIC_HEADERS: &[&str] = &[
    "anthropic-organization-id",
    "anthropic-ratelimit-requests-limit",
    "anthropic-ratelimit-tokens-limit",
    "anthropic-ratelimit-input-tokens-limit",
];
const AZURE_HEADERS: &[&str] = &["apim-request-id", "x-ms-region", "x-ms-client-request-id"];
/// The LiteLLM proxy's own headers, which it adds to its answers, errors included
/// (`get_custom_headers` in BerriAI/litellm's `litellm/proxy/common_request_processing.py`).
const LITELLM_HEADERS: &[&str] = &[
    "x-litellm-call-id",
    "x-litellm-version",
    "x-litellm-model-id",
    "x-litellm-model-group",
];

/// Error types only the LiteLLM proxy sends (`ProxyErrorTypes` in BerriAI/litellm's
/// `litellm/proxy/_types.py`, less the generic ones), and the type of its rate limits.
const LITELLM_TYPES: &[&str] = &[
    "budget_exceeded",
    "no_db_connection",
    "token_not_found_in_db",
    "key_model_access_denied",
    "team_model_access_denied",
    "user_model_access_denied",
    "org_model_access_denied",
    "expired_key",
    "auth_error",
    "cache_ping_error",
    "throttling_error",
];

/// Error types only Anthropic sends, for bodies that lost the outer `"type": "error"`
/// (its Cloudflare edge answers 413 and 403 without it).
const ANTHROPIC_TYPES: &[&str] = &[
    "overloaded_error",
    "api_error",
    "not_found_error",
    "request_too_large",
    "billing_error",
    "timeout_error",
    // The edge in front of Anthropic's API (anthropics/claude-quickstarts#32).
    "forbidden",
];

/// Which provider most likely sent a response, from what it says of itself (headers),
/// then the shape of its body (`envelope` is the body read by
/// `parse_envelope`). OpenAI's envelope is the common
/// language of compatible gateways, so it is the answer when nothing says otherwise.
#[doc(hidden)] // the facade's and the CLI's: it reads the hidden envelope
pub fn detect_provider<H: HeaderSource + ?Sized>(
    status: u16,
    headers: &H,
    body: &[u8],
    envelope: &Envelope<'_>,
) -> Provider {
    let has = |names: &[&str]| names.iter().any(|n| headers.header(n).is_some());
    let body = &body[..body.len().min(4096)];
    let contains = |needle: &[u8]| memchr::memmem::find(body, needle).is_some();
    let ty = envelope.error_type.as_deref();
    // First LiteLLM: it forwards every provider's errors re-wrapped in OpenAI's envelope,
    // the upstream's own marks inside its message (`litellm.BadRequestError:
    // AnthropicException - {"type":"error",…}`). Its headers; a message that names one of
    // its exceptions (`litellm.RateLimitError`, also inside a router's cooldown list) or
    // its router (`Received Model Group=`); one of its own error types, or Python's `None`
    // spelled out as the type; its call id in the body.
    let litellm_message = envelope
        .message
        .as_deref()
        .is_some_and(|m| m.contains("litellm.") || m.contains("Received Model Group="));
    let litellm_type = ty.is_some_and(|t| t == "None" || LITELLM_TYPES.contains(&t));
    if has(LITELLM_HEADERS) || litellm_message || litellm_type || contains(br#""litellm_call_id""#)
    {
        return Provider::LiteLlm;
    }
    if has(ANTHROPIC_HEADERS) {
        return Provider::Anthropic;
    }
    if has(AZURE_HEADERS) {
        return Provider::AzureOpenAi;
    }
    let code = envelope.code.as_deref();
    // Anthropic's envelope names itself `"type":"error"`; so does the Responses API's
    // stream error event, which alone numbers its events.
    let typed_error = contains(br#""type":"error""#) || contains(br#""type": "error""#);
    if typed_error && !contains(br#""sequence_number""#)
        || status == 529
        || (code.is_none() && ty.is_some_and(|t| ANTHROPIC_TYPES.contains(&t)))
    {
        return Provider::Anthropic;
    }
    // google.rpc: an UPPER_SNAKE status name beside a numeric code.
    let rpc_status =
        ty.is_some_and(|t| t.len() > 2 && t.bytes().all(|b| b.is_ascii_uppercase() || b == b'_'));
    if rpc_status || contains(b"type.googleapis.com/google.rpc") {
        return Provider::Gemini;
    }
    // OpenRouter: OpenAI's envelope with the status as a JSON number (`"code": 429`) and no
    // type, often a `metadata` naming the upstream provider, or a link to its own pages.
    // A code of digits, and whether the body sends it as a string (`"429"`) or a number.
    let digits = code.filter(|c| c.bytes().all(|b| b.is_ascii_digit()));
    let quoted = digits.is_some_and(|c| is_quoted(body, c));
    let http_number = digits.is_some_and(|c| c.len() == 3) && !quoted;
    if http_number && ty.is_none() || contains(br#""provider_name""#) || contains(b"openrouter.ai/")
    {
        return Provider::OpenRouter;
    }
    // Azure: an inner error, a status as a string or a PascalCase code (`"429"`,
    // `DeploymentNotFound`), or API Management's `statusCode` envelope.
    let azure_code = quoted && ty.is_none()
        || code.is_some_and(|c| c.bytes().next().is_some_and(|b| b.is_ascii_uppercase()));
    // `content_filter` is Azure's code for a prompt or completion its filters refused;
    // Azure's messages point at Microsoft's pages (`go.microsoft.com/fwlink`), even when
    // the envelope is OpenAI's to the letter (a 500 `server_error`).
    if envelope.inner_code.is_some()
        || azure_code
        || code == Some("content_filter")
        || contains(b"go.microsoft.com/fwlink")
        || contains(br#""statusCode""#)
    {
        return Provider::AzureOpenAi;
    }
    Provider::OpenAi
}

/// Whether `text` appears in `body` as a JSON string (`"429"`), not only as a number.
fn is_quoted(body: &[u8], text: &str) -> bool {
    let mut needle = Vec::with_capacity(text.len() + 2);
    needle.push(b'"');
    needle.extend_from_slice(text.as_bytes());
    needle.push(b'"');
    memchr::memmem::find(body, &needle).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::response::envelope::parse_envelope;

    fn detect(status: u16, headers: &[(&str, &str)], body: &str) -> Provider {
        let b = body.as_bytes();
        detect_provider(status, headers, b, &parse_envelope(b))
    }

    #[test]
    fn bodies_tell_their_provider() {
        let openai = r#"{"error":{"message":"m","type":"requests","param":null,"code":"rate_limit_exceeded"}}"#;
        assert_eq!(detect(429, &[], openai), Provider::OpenAi);
        let anthropic =
            r#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#;
        assert_eq!(detect(529, &[], anthropic), Provider::Anthropic);
        let edge = r#"{"error":{"type":"request_too_large","message":"Request exceeds the maximum size"}}"#;
        assert_eq!(detect(413, &[], edge), Provider::Anthropic);
        let google = r#"{"error":{"code":429,"message":"m","status":"RESOURCE_EXHAUSTED"}}"#;
        assert_eq!(detect(429, &[], google), Provider::Gemini);
        let azure = r#"{"error":{"code":"429","message":"Please retry after 3 seconds."}}"#;
        assert_eq!(detect(429, &[], azure), Provider::AzureOpenAi);
        let openrouter = r#"{"error":{"message":"User not found.","code":401}}"#;
        assert_eq!(detect(401, &[], openrouter), Provider::OpenRouter);
        // reVrost/go-openrouter#21: an upstream error passed on, its provider named.
        let upstream = r#"{"error":{"message":"Provider returned error","code":400,"metadata":{"raw":"{}","provider_name":"OpenAI"}}}"#;
        assert_eq!(detect(400, &[], upstream), Provider::OpenRouter);
        // one-api's numeric code comes with a (blank) type: OpenAI's envelope, not OpenRouter's.
        let one_api = r#"{"error":{"message":"m","type":"","param":"","code":400}}"#;
        assert_eq!(detect(400, &[], one_api), Provider::OpenAi);
        let deployment = r#"{"error":{"code":"DeploymentNotFound","message":"m"}}"#;
        assert_eq!(detect(404, &[], deployment), Provider::AzureOpenAi);
        // stanford-crfm/helm#3327: a content filter refusal without an inner error.
        let filtered = r#"{"error":{"message":"m","type":null,"param":"prompt","code":"content_filter","status":400}}"#;
        assert_eq!(detect(400, &[], filtered), Provider::AzureOpenAi);
        // browser-use/browser-use#262: `inner_error`, spelled so, first.
        let inner = r#"{"error":{"inner_error":{"code":"ResponsibleAIPolicyViolation"},"code":"content_filter","message":"m"}}"#;
        assert_eq!(detect(400, &[], inner), Provider::AzureOpenAi);
        // Azure/azure-sdk-for-python#40812: OpenAI's envelope, Azure's support link.
        let server = r#"{"error":{"message":"The server had an error processing your request. Sorry about that! You can retry your request, or contact us through an Azure support request at: https://go.microsoft.com/fwlink/?linkid=2213926 if you keep seeing this error.","type":"server_error","param":null,"code":null}}"#;
        assert_eq!(detect(500, &[], server), Provider::AzureOpenAi);
        // anthropics/claude-quickstarts#32: the edge's refusal.
        let edge = r#"{"error":{"type":"forbidden","message":"Request not allowed"}}"#;
        assert_eq!(detect(403, &[], edge), Provider::Anthropic);
        let apim = r#"{ "statusCode": 401, "message": "Access denied" }"#;
        assert_eq!(detect(401, &[], apim), Provider::AzureOpenAi);
        assert_eq!(detect(502, &[], "<html>502</html>"), Provider::OpenAi);
    }

    /// Real LiteLLM proxy bodies (tests/corpus): its exception's name, its router's
    /// note, its own types, `"None"` as the type; and an upstream's body inside.
    #[test]
    fn litellm_tells_itself_apart_from_what_it_forwards() {
        // jasonacox/TinyLLM#17: Azure's 429, re-wrapped.
        let azure = r#"{"error":{"message":"litellm.RateLimitError: AzureException RateLimitError - Error code: 429 - {'error': {'code': '429', 'message': 'Requests ... Please retry after 86400 seconds.'}}\nReceived Model Group=azure-gpt-4o-mini\nAvailable Model Group Fallbacks=None","type":"throttling_error","param":null,"code":"429"}}"#;
        assert_eq!(detect(429, &[], azure), Provider::LiteLlm);
        // anthropics/claude-code#11302: Anthropic's body inside the message.
        let anthropic = r#"{"error":{"message":"{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"max_tokens: 21333 > 4096\"}}. Received Model Group=claude-haiku-4-5-20251001\nAvailable Model Group Fallbacks=None","type":"None","param":"None","code":"400"}}"#;
        assert_eq!(detect(400, &[], anthropic), Provider::LiteLlm);
        // BerriAI/litellm#40002: a key's budget.
        let budget = r#"{"error":{"message":"Budget has been exceeded! Key=e7fb... Max budget: 2.5","type":"budget_exceeded","param":null,"code":"429"}}"#;
        assert_eq!(detect(429, &[], budget), Provider::LiteLlm);
        // BerriAI/litellm#2931: the status as a number, the type as Python printed `None`.
        let model = r#"{"error":{"message":"400: {'error': 'Invalid model name passed in'}","type":"None","param":"None","code":400}}"#;
        assert_eq!(detect(400, &[], model), Provider::LiteLlm);
        // LiteLLM's error reference: its call id in the body.
        let docs = r#"{"error":{"message":"Invalid model name passed in model=gpt-nope","type":"invalid_request_error","param":"model","code":"400","litellm_call_id":"019b2c4d"}}"#;
        assert_eq!(detect(400, &[], docs), Provider::LiteLlm);
        let plain = r#"{"error":{"message":"m","type":"invalid_request_error","code":"400"}}"#;
        assert_eq!(detect(400, &[], plain), Provider::OpenAi);
        assert_eq!(
            detect(400, &[("x-litellm-call-id", "2a8d6603")], plain),
            Provider::LiteLlm
        );
    }

    #[test]
    fn headers_win_over_the_body() {
        let plain = r#"{"error":{"message":"m","type":"invalid_request_error"}}"#;
        assert_eq!(
            detect(400, &[("anthropic-organization-id", "x")], plain),
            Provider::Anthropic
        );
        assert_eq!(
            detect(400, &[("apim-request-id", "x")], plain),
            Provider::AzureOpenAi
        );
    }

    #[test]
    fn hosts_name_their_provider() {
        let cases = [
            ("api.openai.com", Some(Provider::OpenAi)),
            ("API.OpenAI.com.", Some(Provider::OpenAi)),
            ("api.openai.com:443", Some(Provider::OpenAi)),
            ("my-res.openai.azure.com", Some(Provider::AzureOpenAi)),
            ("api.anthropic.com", Some(Provider::Anthropic)),
            ("generativelanguage.googleapis.com", Some(Provider::Gemini)),
            (
                "us-central1-aiplatform.googleapis.com",
                Some(Provider::Gemini),
            ),
            // Look-alikes and gateways: the response must tell.
            ("openai.azure.com", None),
            ("api.openai.com.evil.example", None),
            ("aiplatform.googleapis.com", Some(Provider::Gemini)),
            ("aiplatform.googleapis.com.example", None),
            ("openrouter.ai", Some(Provider::OpenRouter)),
            ("openrouter.ai.example", None),
            ("localhost", None),
            ("", None),
        ];
        for (host, expected) in cases {
            assert_eq!(Provider::from_host(host), expected, "{host}");
        }
    }

    #[test]
    fn names_round_trip() {
        for &p in Provider::ALL {
            assert_eq!(p.as_str().parse::<Provider>(), Ok(p));
        }
        assert_eq!(
            "azure-openai".parse::<Provider>(),
            Ok(Provider::AzureOpenAi)
        );
        assert_eq!("azure".parse::<Provider>(), Ok(Provider::AzureOpenAi));
        assert!("acme".parse::<Provider>().is_err());
    }
}
