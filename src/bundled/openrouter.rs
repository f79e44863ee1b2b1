// @generated from `specs/openrouter.json` by errspec-codegen: edit the spec, then write this file
// again with `ERRSPEC_BLESS=1 cargo test -p errspec-codegen --test bundled`.

/**Error codes of the OpenRouter (spec `specs/openrouter.json`, version 1).

Errors returned by OpenRouter, the gateway that routes OpenAI-shaped requests to many model providers. Its body is `{"error":{"code","message","metadata"}}` where `code` is the HTTP status as a number, so no entry can be named after it: entries carry errspec's names and are recognised by their message or their status. A request that fails before the model starts answers with that status; a failure once generation has begun arrives inside a `200` (in the body, or as a stream event), which the runtime's in-band handling classifies with the status the body names. An upstream provider's own error comes as `Provider returned error` with the provider's body in `metadata.raw`. Every entry names OpenRouter's documentation or public issue threads that quote real responses.

| Code | Status | Category | Retry |
|---|---|---|---|
| [`bad_request`](Self::BadRequest) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`provider_returned_error`](Self::ProviderReturnedError) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`invalid_credentials`](Self::InvalidCredentials) | 401 | authentication | [`no_retry`](#retry-strategies) |
| [`insufficient_credits`](Self::InsufficientCredits) | 402 | quota | [`no_retry`](#retry-strategies) |
| [`forbidden`](Self::Forbidden) | 403 | permission | [`no_retry`](#retry-strategies) |
| [`no_endpoints_found`](Self::NoEndpointsFound) | 404 | not_found | [`no_retry`](#retry-strategies) |
| [`request_timeout`](Self::RequestTimeout) | 408 | timeout | [`transient_backoff`](#retry-strategies) |
| [`free_models_per_day`](Self::FreeModelsPerDay) | 429 | quota | [`no_retry`](#retry-strategies) |
| [`rate_limited`](Self::RateLimited) | 429 | rate_limit | [`exponential_backoff`](#retry-strategies) |
| [`model_down`](Self::ModelDown) | 502 | gateway | [`transient_backoff`](#retry-strategies) |
| [`no_available_provider`](Self::NoAvailableProvider) | 503 | overloaded | [`transient_backoff`](#retry-strategies) |

# Retry strategies

- `exponential_backoff`: For rate limits: wait about 1 s, 2 s, 4 s, 8 s and 16 s before the five retries, each with up to 1 s of random jitter; no backoff wait longer than 60 s. A delay the server names (Retry-After, which OpenRouter may send with a 429 or a 503) takes the place of the backoff, up to the runtime's ceiling for hints (exponential backoff from 1000 ms, ×2 per retry, plus up to 1000 ms of jitter; at most 6 attempts, no wait longer than 60000 ms).
- `transient_backoff`: For timeouts and failing or missing upstream providers (408, 502, 503): the routing may pick another provider on the next try, but an instant resend tends to meet the same trouble, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).
- `no_retry`: Do not resend automatically: the key, the credits, the content or the request itself must change first, and the same request would be refused again (no automatic retry).
*/
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
#[non_exhaustive]
pub enum ErrorCode {
    /**Bad request: parameters are invalid or missing

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `openrouter_error` | `bad_request` (errspec's name: the server sends no code) | `invalid_request` |

OpenRouter refused the request as sent: a parameter is missing or invalid, or a browser request failed its CORS check. errspec names it so a bare 400 has an entry; the message says what is wrong.

# Causes

- A malformed body or a missing required parameter
- A parameter the chosen model does not take
- A browser request from an origin that is not allowed

# Solutions

- Read the message and correct the request
- Check the request against OpenRouter's API reference

**Do first:** fix the request

# Retry

`no_retry`: Do not resend automatically: the key, the credits, the content or the request itself must change first, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": 400,
    "message": "Invalid request"
  }
}
```

# Sources

Documented by the provider.

- <https://openrouter.ai/docs/api/reference/errors-and-debugging>
*/
    BadRequest,
    /**Provider returned error: the upstream provider refused the request

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `openrouter_error` | `provider_returned_error` (errspec's name: the server sends no code) | `invalid_request` |

The provider OpenRouter routed the request to answered with an error of its own; OpenRouter passes it on with the message "Provider returned error", the provider's name in `metadata.provider_name` and the provider's own body, as a string, in `metadata.raw`. Under a 400 the provider refused the request as sent, so resending it unchanged fails again; read `metadata.raw` for the provider's reason. The same message with another status (a 429 rate limit upstream) is classified by that status.

# Causes

- A request the upstream model refuses (a missing `tool_call_id`, too many images, a format option it does not support)
- A parameter OpenRouter passes through that the provider rejects

# Solutions

- Read `metadata.raw` for the provider's own error and fix the request
- Pin or exclude providers through OpenRouter's provider routing when only some refuse the request

**Do first:** read the provider's error in metadata.raw

# Retry

`no_retry`: Do not resend automatically: the key, the credits, the content or the request itself must change first, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": 400,
    "message": "Provider returned error",
    "metadata": {
      "provider_name": "OpenAI",
      "raw": "{\"error\":{\"message\":\"Missing parameter 'tool_call_id'.\",\"type\":\"invalid_request_error\"}}"
    }
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `provider returned error` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/reVrost/go-openrouter/pull/21>
- <https://github.com/diegosouzapw/OmniRoute/issues/3044>
- <https://github.com/ymichael/open-codex/issues/5>
*/
    ProviderReturnedError,
    /**Invalid credentials: the key is missing, unknown or disabled

| Status | Type | Code | Category |
|---|---|---|---|
| `401 Unauthorized` | `openrouter_error` | `invalid_credentials` (errspec's name: the server sends no code) | `authentication` |

The request carries no usable credentials: no key at all, a key OpenRouter does not know ("User not found."), a disabled key, or an expired OAuth session. Resending with the same credentials fails the same way.

# Causes

- No `Authorization: Bearer` header, or an empty key variable
- A deleted, mistyped or disabled key
- A key of another service sent to OpenRouter
- An expired OAuth session

# Solutions

- Send a current OpenRouter key (`sk-or-…`) as a bearer token
- Check the key is enabled in OpenRouter's key settings
- Sign in again for an OAuth session

**Do first:** check the API key

# Retry

`no_retry`: Do not resend automatically: the key, the credits, the content or the request itself must change first, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": 401,
    "message": "User not found."
  }
}
```

# Sources

Observed in real responses.

- <https://openrouter.ai/docs/api/reference/errors-and-debugging>
- <https://github.com/apurvsinghgautam/robin/issues/103>
- <https://github.com/musistudio/claude-code-router/issues/227>
*/
    InvalidCredentials,
    /**Insufficient credits: the account or key cannot pay for the request

| Status | Type | Code | Category |
|---|---|---|---|
| `402 Payment Required` | `openrouter_error` | `insufficient_credits` (errspec's name: the server sends no code) | `quota` |

The account's credit balance, or the key's own credit limit, does not cover the request's estimated cost; `metadata.limit_source` says which when sent. A negative balance refuses even free models. Waiting does not help: credits must be added, the key's limit raised, or the request made cheaper.

# Causes

- A balance at or below zero, or an account that never bought credits
- A key whose credit limit is spent
- A request whose estimated cost (prompt plus `max_tokens`) is above what is left

# Solutions

- Add credits to the account
- Raise the key's credit limit
- Lower `max_tokens` or shorten the prompt to fit the remaining balance

**Do first:** add credits

# Retry

`no_retry`: Do not resend automatically: the key, the credits, the content or the request itself must change first, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": 402,
    "message": "Insufficient credits. This account never purchased credits."
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `insufficient credits` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://openrouter.ai/docs/api/reference/errors-and-debugging>
- <https://github.com/open-assistant-org/open-assistant/issues/80>
- <https://github.com/Gitlawb/openclaude/issues/43>
*/
    InsufficientCredits,
    /**Forbidden: a guardrail or moderation refused the request

| Status | Type | Code | Category |
|---|---|---|---|
| `403 Forbidden` | `openrouter_error` | `forbidden` (errspec's name: the server sends no code) | `permission` |

The request is not allowed: the chosen model requires moderation and the input was flagged (the reasons are in `error.metadata`), a guardrail of the account blocked it, or the key lacks the permission. The same input is refused again.

# Causes

- Input flagged by the moderation a model requires
- A guardrail or policy set on the account or key
- A key without the permission the request needs

# Solutions

- Read `error.metadata` for the flagged categories and change the input
- Choose a model that does not require moderation
- Check the guardrails and the key's permissions

**Do first:** change the input or the policy

# Retry

`no_retry`: Do not resend automatically: the key, the credits, the content or the request itself must change first, and the same request would be refused again (no automatic retry).

# Sources

Documented by the provider.

- <https://openrouter.ai/docs/api/reference/errors-and-debugging>
*/
    Forbidden,
    /**No endpoints found: no provider serves the model with these features

| Status | Type | Code | Category |
|---|---|---|---|
| `404 Not Found` | `openrouter_error` | `no_endpoints_found` (errspec's name: the server sends no code) | `not_found` |

No endpoint of the requested model supports what the request asks for (tool use, a context length, a parameter), or the model is not served at all. Resending the same request fails again until the model, the request's features or the routing preferences change.

# Causes

- Tools sent to a model none of whose providers support tool use
- Provider routing preferences that exclude every provider of the model
- A model slug that does not exist or was retired

# Solutions

- Choose a model whose providers support the features used
- Relax the provider routing preferences
- Check the model slug against OpenRouter's model list

**Do first:** choose another model or relax the routing

# Retry

`no_retry`: Do not resend automatically: the key, the credits, the content or the request itself must change first, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": 404,
    "message": "No endpoints found that support tool use."
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `no endpoints found` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/bobrware/bobrchat/issues/60>
- <https://github.com/evalstate/fast-agent/issues/122>
*/
    NoEndpointsFound,
    /**Request timeout: the request took too long

| Status | Type | Code | Category |
|---|---|---|---|
| `408 Request Timeout` | `openrouter_error` | `request_timeout` (errspec's name: the server sends no code) | `timeout` |

OpenRouter gave up on the request before it completed. Another attempt, possibly routed to another provider, may succeed.

# Causes

- A slow upstream provider
- A long generation that outlasted the limit

# Solutions

- Retry after a short pause
- Stream long generations, or ask for less output

**Do first:** retry after a short pause

# Retry

`transient_backoff`: For timeouts and failing or missing upstream providers (408, 502, 503): the routing may pick another provider on the next try, but an instant resend tends to meet the same trouble, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Sources

Documented by the provider.

- <https://openrouter.ai/docs/api/reference/errors-and-debugging>
*/
    RequestTimeout,
    /**Daily free-model limit reached: the account's free requests for today are spent

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `openrouter_error` | `free_models_per_day` (errspec's name: the server sends no code) | `quota` |

The account has used up its daily allowance of requests to free models (`Rate limit exceeded: free-models-per-day`); `metadata.headers` carries the limit and, in `X-RateLimit-Reset`, the reset time in milliseconds since the epoch. Retrying before then fails the same way, so it is a quota for the rest of the day, not a throttle.

# Causes

- Many requests to `:free` models in one day
- An account without purchased credits, whose daily free allowance is small

# Solutions

- Wait for the reset the metadata names
- Buy credits, which raises the daily free allowance
- Use a paid model

**Do first:** wait for the daily reset or buy credits

# Retry

`no_retry`: Do not resend automatically: the key, the credits, the content or the request itself must change first, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": 429,
    "message": "Rate limit exceeded: free-models-per-day",
    "metadata": {
      "headers": {
        "X-RateLimit-Limit": "200",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": "1743292800000"
      },
      "provider_name": null
    }
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `free-models-per-day` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/Aider-AI/aider/issues/3550>
*/
    FreeModelsPerDay,
    /**Rate limited: too many requests right now

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `openrouter_error` | `rate_limited` (errspec's name: the server sends no code) | `rate_limit` |

Requests came too fast for OpenRouter's limits or for the upstream provider's shared capacity (then the message is "Provider returned error" and `metadata.raw` says the model is rate-limited upstream). It passes with time; OpenRouter may send `Retry-After`.

# Causes

- Bursts of requests above the key's or the model's limits
- A popular model whose upstream capacity is shared and saturated

# Solutions

- Back off and retry, honouring `Retry-After`
- Add your own provider key to get separate upstream limits
- Route to another provider of the model

**Do first:** wait, then retry with backoff

# Retry

`exponential_backoff`: For rate limits: wait about 1 s, 2 s, 4 s, 8 s and 16 s before the five retries, each with up to 1 s of random jitter; no backoff wait longer than 60 s. A delay the server names (Retry-After, which OpenRouter may send with a 429 or a 503) takes the place of the backoff, up to the runtime's ceiling for hints (exponential backoff from 1000 ms, ×2 per retry, plus up to 1000 ms of jitter; at most 6 attempts, no wait longer than 60000 ms).

# Example body

```json
{
  "error": {
    "code": 429,
    "message": "Provider returned error",
    "metadata": {
      "provider_name": "BaseTen",
      "raw": "The model is temporarily rate-limited upstream."
    }
  }
}
```

# Sources

Observed in real responses.

- <https://openrouter.ai/docs/api/reference/errors-and-debugging>
- <https://github.com/open-webui/computer/issues/293>
*/
    RateLimited,
    /**Model down: the chosen model failed or answered nonsense

| Status | Type | Code | Category |
|---|---|---|---|
| `502 Bad Gateway` | `openrouter_error` | `model_down` (errspec's name: the server sends no code) | `gateway` |

The upstream provider of the chosen model is down or sent OpenRouter a response it could not use. A later attempt, possibly routed elsewhere, often succeeds.

# Causes

- An outage at the model's provider
- An invalid response from the provider

# Solutions

- Retry with backoff
- Allow fallback models or providers in the request

**Do first:** retry with backoff

# Retry

`transient_backoff`: For timeouts and failing or missing upstream providers (408, 502, 503): the routing may pick another provider on the next try, but an instant resend tends to meet the same trouble, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Sources

Documented by the provider.

- <https://openrouter.ai/docs/api/reference/errors-and-debugging>
*/
    ModelDown,
    /**No available provider: nothing meets the routing requirements now

| Status | Type | Code | Category |
|---|---|---|---|
| `503 Service Unavailable` | `openrouter_error` | `no_available_provider` (errspec's name: the server sends no code) | `overloaded` |

No provider of the model that meets the request's routing requirements is available at the moment. It may pass as providers come back; if the requirements are too strict it never does, so a retry limit matters.

# Causes

- Every provider of the model down or at capacity
- Routing requirements (data policy, quantization, provider list) that exclude the available providers

# Solutions

- Retry with backoff
- Relax the routing requirements or allow fallback models

**Do first:** retry later or relax the routing

# Retry

`transient_backoff`: For timeouts and failing or missing upstream providers (408, 502, 503): the routing may pick another provider on the next try, but an instant resend tends to meet the same trouble, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Sources

Documented by the provider.

- <https://openrouter.ai/docs/api/reference/errors-and-debugging>
*/
    NoAvailableProvider,
}
#[allow(deprecated)]
impl ErrorCode {
    /// Every code, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::BadRequest,
        Self::ProviderReturnedError,
        Self::InvalidCredentials,
        Self::InsufficientCredits,
        Self::Forbidden,
        Self::NoEndpointsFound,
        Self::RequestTimeout,
        Self::FreeModelsPerDay,
        Self::RateLimited,
        Self::ModelDown,
        Self::NoAvailableProvider,
    ];
    /// What the spec says about this code: the facts classification and retries
    /// read, and (in its `text`) the prose of its documentation.
    pub fn entry(self) -> &'static ::errspec::runtime::Entry {
        let i = self as usize;
        &__errspec_error_code_tables::ENTRIES[i / 128usize][i % 128usize]
    }
    /// The code for a server's code string (a code or an alias code), if the spec
    /// knows it.
    pub fn from_code(code: &str) -> ::core::option::Option<Self> {
        static INDEX: ::errspec::runtime::__private::CodeIndex = ::errspec::runtime::__private::CodeIndex {
            variants: &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
            slots: &[
                0, 0, 0, 0, 0, 0, 0, 0, 8, 5, 0, 10, 0, 0, 0, 0, 0, 3, 4, 11, 0, 2, 0, 1,
                0, 0, 6, 9, 7, 0, 0, 0,
            ],
        };
        match INDEX
            .find(code, |v| Self::ALL.get(v).is_some_and(|c| c.entry().has_code(code)))
        {
            ::core::option::Option::Some(i) => Self::ALL.get(i).copied(),
            ::core::option::Option::None => ::core::option::Option::None,
        }
    }
    /// The code string as the server sends it.
    pub fn as_str(self) -> &'static str {
        self.entry().code
    }
    /// The HTTP status the server answers with.
    pub fn status(self) -> u16 {
        self.entry().status
    }
    /// The error's type.
    pub fn error_type(self) -> ErrorType {
        static TYPE_OF: [u32; 11] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        ErrorType::ALL[TYPE_OF[self as usize] as usize]
    }
    /// The provider-independent category.
    pub fn category(self) -> ::errspec::runtime::Category {
        self.entry().category
    }
    /// How to retry (or not).
    pub fn retry_policy(self) -> &'static ::errspec::runtime::RetryPolicy {
        self.entry().retry
    }
    /// A longer explanation of what happened.
    pub fn description(self) -> &'static str {
        self.entry().text.description()
    }
    /// Why this error usually happens.
    pub fn causes(
        self,
    ) -> impl ::core::iter::Iterator<Item = &'static str> + ::core::clone::Clone {
        self.entry().text.causes()
    }
    /// What fixes it.
    pub fn solutions(
        self,
    ) -> impl ::core::iter::Iterator<Item = &'static str> + ::core::clone::Clone {
        self.entry().text.solutions()
    }
    /// The one thing to do first.
    pub fn action(self) -> &'static str {
        self.entry().text.action()
    }
    /// Public addresses the facts come from.
    pub fn sources(
        self,
    ) -> impl ::core::iter::Iterator<Item = &'static str> + ::core::clone::Clone {
        self.entry().text.sources()
    }
    /// An example response body, pretty-printed JSON (empty when the spec gives none).
    pub fn example(self) -> &'static str {
        self.entry().text.example()
    }
}
mod __errspec_error_code_tables {
    #[allow(unused_imports)]
    use super::*;
    #[allow(unused_imports)]
    use ::errspec::runtime::{Category, Entry, EntryText, Provenance};
    #[allow(unused_imports)]
    use ::core::option::Option::{None, Some};
    static POLICY_0: ::errspec::runtime::RetryPolicy = ::errspec::runtime::RetryPolicy {
        backoff: ::errspec::runtime::Backoff::Exponential {
            initial: ::errspec::runtime::__private::Duration::from_millis(1000u64),
            multiplier: 2f64,
            jitter: ::errspec::runtime::__private::Duration::from_millis(1000u64),
        },
        max_attempts: 6u32,
        max_delay: ::errspec::runtime::__private::Duration::from_millis(60000u64),
    };
    static POLICY_1: ::errspec::runtime::RetryPolicy = ::errspec::runtime::RetryPolicy {
        backoff: ::errspec::runtime::Backoff::Exponential {
            initial: ::errspec::runtime::__private::Duration::from_millis(2000u64),
            multiplier: 2f64,
            jitter: ::errspec::runtime::__private::Duration::from_millis(500u64),
        },
        max_attempts: 4u32,
        max_delay: ::errspec::runtime::__private::Duration::from_millis(20000u64),
    };
    static POLICY_2: ::errspec::runtime::RetryPolicy = ::errspec::runtime::RetryPolicy {
        backoff: ::errspec::runtime::Backoff::Never,
        max_attempts: 1u32,
        max_delay: ::errspec::runtime::__private::Duration::from_millis(0u64),
    };
    const NO_STATUSES: &[u16] = &[];
    const NONE: &[&str] = &[];
    const D: Entry = Entry {
        code: "",
        status: 0,
        alias_statuses: NO_STATUSES,
        alias_codes: NONE,
        error_type: "",
        alias_types: NONE,
        patterns: NONE,
        refines: None,
        refined: false,
        category: Category::Unknown,
        message: "",
        retry: &POLICY_0,
        null_code: false,
        fallback: false,
        type_fallback: false,
        text: &EntryText::EMPTY,
    };
    const T: EntryText = EntryText {
        prose: "",
        counts: (0, 0),
        provenance: Provenance::Documented,
        deprecated: None,
    };
    mod c0 {
        #[allow(unused_imports)]
        use ::errspec::runtime::{Category, Entry, EntryText, Provenance};
        #[allow(unused_imports)]
        use ::core::option::Option::{None, Some};
        use super::*;
        pub(super) static TEXTS: [EntryText; 11] = [
            EntryText {
                prose: r#"BadRequest␟OpenRouter refused the request as sent: a parameter is missing or invalid, or a browser request failed its CORS check. errspec names it so a bare 400 has an entry; the message says what is wrong.␟fix the request␟{
  "error": {
    "code": 400,
    "message": "Invalid request"
  }
}␟A malformed body or a missing required parameter␟A parameter the chosen model does not take␟A browser request from an origin that is not allowed␟Read the message and correct the request␟Check the request against OpenRouter's API reference␟https://openrouter.ai/docs/api/reference/errors-and-debugging"#,
                counts: (3, 2),
                ..T
            },
            EntryText {
                prose: r#"ProviderReturnedError␟The provider OpenRouter routed the request to answered with an error of its own; OpenRouter passes it on with the message "Provider returned error", the provider's name in `metadata.provider_name` and the provider's own body, as a string, in `metadata.raw`. Under a 400 the provider refused the request as sent, so resending it unchanged fails again; read `metadata.raw` for the provider's reason. The same message with another status (a 429 rate limit upstream) is classified by that status.␟read the provider's error in metadata.raw␟{
  "error": {
    "code": 400,
    "message": "Provider returned error",
    "metadata": {
      "provider_name": "OpenAI",
      "raw": "{\"error\":{\"message\":\"Missing parameter 'tool_call_id'.\",\"type\":\"invalid_request_error\"}}"
    }
  }
}␟A request the upstream model refuses (a missing `tool_call_id`, too many images, a format option it does not support)␟A parameter OpenRouter passes through that the provider rejects␟Read `metadata.raw` for the provider's own error and fix the request␟Pin or exclude providers through OpenRouter's provider routing when only some refuse the request␟https://github.com/reVrost/go-openrouter/pull/21␟https://github.com/diegosouzapw/OmniRoute/issues/3044␟https://github.com/ymichael/open-codex/issues/5"#,
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"InvalidCredentials␟The request carries no usable credentials: no key at all, a key OpenRouter does not know ("User not found."), a disabled key, or an expired OAuth session. Resending with the same credentials fails the same way.␟check the API key␟{
  "error": {
    "code": 401,
    "message": "User not found."
  }
}␟No `Authorization: Bearer` header, or an empty key variable␟A deleted, mistyped or disabled key␟A key of another service sent to OpenRouter␟An expired OAuth session␟Send a current OpenRouter key (`sk-or-…`) as a bearer token␟Check the key is enabled in OpenRouter's key settings␟Sign in again for an OAuth session␟https://openrouter.ai/docs/api/reference/errors-and-debugging␟https://github.com/apurvsinghgautam/robin/issues/103␟https://github.com/musistudio/claude-code-router/issues/227"#,
                counts: (4, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"InsufficientCredits␟The account's credit balance, or the key's own credit limit, does not cover the request's estimated cost; `metadata.limit_source` says which when sent. A negative balance refuses even free models. Waiting does not help: credits must be added, the key's limit raised, or the request made cheaper.␟add credits␟{
  "error": {
    "code": 402,
    "message": "Insufficient credits. This account never purchased credits."
  }
}␟A balance at or below zero, or an account that never bought credits␟A key whose credit limit is spent␟A request whose estimated cost (prompt plus `max_tokens`) is above what is left␟Add credits to the account␟Raise the key's credit limit␟Lower `max_tokens` or shorten the prompt to fit the remaining balance␟https://openrouter.ai/docs/api/reference/errors-and-debugging␟https://github.com/open-assistant-org/open-assistant/issues/80␟https://github.com/Gitlawb/openclaude/issues/43"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"Forbidden␟The request is not allowed: the chosen model requires moderation and the input was flagged (the reasons are in `error.metadata`), a guardrail of the account blocked it, or the key lacks the permission. The same input is refused again.␟change the input or the policy␟␟Input flagged by the moderation a model requires␟A guardrail or policy set on the account or key␟A key without the permission the request needs␟Read `error.metadata` for the flagged categories and change the input␟Choose a model that does not require moderation␟Check the guardrails and the key's permissions␟https://openrouter.ai/docs/api/reference/errors-and-debugging",
                counts: (3, 3),
                ..T
            },
            EntryText {
                prose: r#"NoEndpointsFound␟No endpoint of the requested model supports what the request asks for (tool use, a context length, a parameter), or the model is not served at all. Resending the same request fails again until the model, the request's features or the routing preferences change.␟choose another model or relax the routing␟{
  "error": {
    "code": 404,
    "message": "No endpoints found that support tool use."
  }
}␟Tools sent to a model none of whose providers support tool use␟Provider routing preferences that exclude every provider of the model␟A model slug that does not exist or was retired␟Choose a model whose providers support the features used␟Relax the provider routing preferences␟Check the model slug against OpenRouter's model list␟https://github.com/bobrware/bobrchat/issues/60␟https://github.com/evalstate/fast-agent/issues/122"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"RequestTimeout␟OpenRouter gave up on the request before it completed. Another attempt, possibly routed to another provider, may succeed.␟retry after a short pause␟␟A slow upstream provider␟A long generation that outlasted the limit␟Retry after a short pause␟Stream long generations, or ask for less output␟https://openrouter.ai/docs/api/reference/errors-and-debugging",
                counts: (2, 2),
                ..T
            },
            EntryText {
                prose: r#"FreeModelsPerDay␟The account has used up its daily allowance of requests to free models (`Rate limit exceeded: free-models-per-day`); `metadata.headers` carries the limit and, in `X-RateLimit-Reset`, the reset time in milliseconds since the epoch. Retrying before then fails the same way, so it is a quota for the rest of the day, not a throttle.␟wait for the daily reset or buy credits␟{
  "error": {
    "code": 429,
    "message": "Rate limit exceeded: free-models-per-day",
    "metadata": {
      "headers": {
        "X-RateLimit-Limit": "200",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": "1743292800000"
      },
      "provider_name": null
    }
  }
}␟Many requests to `:free` models in one day␟An account without purchased credits, whose daily free allowance is small␟Wait for the reset the metadata names␟Buy credits, which raises the daily free allowance␟Use a paid model␟https://github.com/Aider-AI/aider/issues/3550"#,
                counts: (2, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"RateLimited␟Requests came too fast for OpenRouter's limits or for the upstream provider's shared capacity (then the message is "Provider returned error" and `metadata.raw` says the model is rate-limited upstream). It passes with time; OpenRouter may send `Retry-After`.␟wait, then retry with backoff␟{
  "error": {
    "code": 429,
    "message": "Provider returned error",
    "metadata": {
      "provider_name": "BaseTen",
      "raw": "The model is temporarily rate-limited upstream."
    }
  }
}␟Bursts of requests above the key's or the model's limits␟A popular model whose upstream capacity is shared and saturated␟Back off and retry, honouring `Retry-After`␟Add your own provider key to get separate upstream limits␟Route to another provider of the model␟https://openrouter.ai/docs/api/reference/errors-and-debugging␟https://github.com/open-webui/computer/issues/293"#,
                counts: (2, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"ModelDown␟The upstream provider of the chosen model is down or sent OpenRouter a response it could not use. A later attempt, possibly routed elsewhere, often succeeds.␟retry with backoff␟␟An outage at the model's provider␟An invalid response from the provider␟Retry with backoff␟Allow fallback models or providers in the request␟https://openrouter.ai/docs/api/reference/errors-and-debugging",
                counts: (2, 2),
                ..T
            },
            EntryText {
                prose: r"NoAvailableProvider␟No provider of the model that meets the request's routing requirements is available at the moment. It may pass as providers come back; if the requirements are too strict it never does, so a retry limit matters.␟retry later or relax the routing␟␟Every provider of the model down or at capacity␟Routing requirements (data policy, quantization, provider list) that exclude the available providers␟Retry with backoff␟Relax the routing requirements or allow fallback models␟https://openrouter.ai/docs/api/reference/errors-and-debugging",
                counts: (2, 2),
                ..T
            },
        ];
        pub(super) static ENTRIES: [Entry; 11] = [
            Entry {
                code: "bad_request",
                status: 400,
                error_type: "openrouter_error",
                null_code: true,
                fallback: true,
                category: Category::InvalidRequest,
                message: r"bad request: parameters are invalid or missing",
                retry: &POLICY_2,
                text: &TEXTS[0],
                ..D
            },
            Entry {
                code: "provider_returned_error",
                status: 400,
                error_type: "openrouter_error",
                patterns: &["provider returned error"],
                null_code: true,
                category: Category::InvalidRequest,
                message: r"provider returned error: the upstream provider refused the request",
                retry: &POLICY_2,
                text: &TEXTS[1],
                ..D
            },
            Entry {
                code: "invalid_credentials",
                status: 401,
                error_type: "openrouter_error",
                null_code: true,
                fallback: true,
                category: Category::Authentication,
                message: r"invalid credentials: the key is missing, unknown or disabled",
                retry: &POLICY_2,
                text: &TEXTS[2],
                ..D
            },
            Entry {
                code: "insufficient_credits",
                status: 402,
                error_type: "openrouter_error",
                patterns: &["insufficient credits"],
                null_code: true,
                fallback: true,
                category: Category::Quota,
                message: r"insufficient credits: the account or key cannot pay for the request",
                retry: &POLICY_2,
                text: &TEXTS[3],
                ..D
            },
            Entry {
                code: "forbidden",
                status: 403,
                error_type: "openrouter_error",
                null_code: true,
                fallback: true,
                category: Category::Permission,
                message: r"forbidden: a guardrail or moderation refused the request",
                retry: &POLICY_2,
                text: &TEXTS[4],
                ..D
            },
            Entry {
                code: "no_endpoints_found",
                status: 404,
                error_type: "openrouter_error",
                patterns: &["no endpoints found"],
                null_code: true,
                fallback: true,
                category: Category::NotFound,
                message: r"no endpoints found: no provider serves the model with these features",
                retry: &POLICY_2,
                text: &TEXTS[5],
                ..D
            },
            Entry {
                code: "request_timeout",
                status: 408,
                error_type: "openrouter_error",
                null_code: true,
                fallback: true,
                category: Category::Timeout,
                message: r"request timeout: the request took too long",
                retry: &POLICY_1,
                text: &TEXTS[6],
                ..D
            },
            Entry {
                code: "free_models_per_day",
                status: 429,
                error_type: "openrouter_error",
                patterns: &["free-models-per-day"],
                null_code: true,
                category: Category::Quota,
                message: r"daily free-model limit reached: the account's free requests for today are spent",
                retry: &POLICY_2,
                text: &TEXTS[7],
                ..D
            },
            Entry {
                code: "rate_limited",
                status: 429,
                error_type: "openrouter_error",
                null_code: true,
                fallback: true,
                category: Category::RateLimit,
                message: r"rate limited: too many requests right now",
                retry: &POLICY_0,
                text: &TEXTS[8],
                ..D
            },
            Entry {
                code: "model_down",
                status: 502,
                error_type: "openrouter_error",
                null_code: true,
                fallback: true,
                category: Category::Gateway,
                message: r"model down: the chosen model failed or answered nonsense",
                retry: &POLICY_1,
                text: &TEXTS[9],
                ..D
            },
            Entry {
                code: "no_available_provider",
                status: 503,
                error_type: "openrouter_error",
                null_code: true,
                fallback: true,
                category: Category::Overloaded,
                message: r"no available provider: nothing meets the routing requirements now",
                retry: &POLICY_1,
                text: &TEXTS[10],
                ..D
            },
        ];
    }
    pub(super) static ENTRIES: [&[Entry]; 1] = [&c0::ENTRIES];
}
impl ::core::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::errspec::runtime::__private::fmt_str(self.entry().message, f)
    }
}
impl ::core::str::FromStr for ErrorCode {
    type Err = ::errspec::runtime::ParseNameError;
    fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
        Self::from_code(s)
            .ok_or_else(|| ::errspec::runtime::ParseNameError::new("error code", s))
    }
}
impl ::core::fmt::Debug for ErrorCode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::errspec::runtime::__private::fmt_str(self.entry().text.variant(), f)
    }
}
impl ::errspec::runtime::Catalog for ErrorCode {
    type ErrorType = ErrorType;
    const SPEC: ::errspec::runtime::SpecInfo = ::errspec::runtime::SpecInfo {
        name: "openrouter",
        title: "OpenRouter",
        version: 1u32,
    };
    const ALL: &'static [Self] = Self::ALL;
    fn entry(self) -> &'static ::errspec::runtime::Entry {
        Self::entry(self)
    }
    fn from_code(code: &str) -> ::core::option::Option<Self> {
        Self::from_code(code)
    }
    fn error_type(self) -> ErrorType {
        Self::error_type(self)
    }
    fn __lookup_tables() -> ::core::option::Option<
        &'static ::errspec::runtime::__private::LookupTables,
    > {
        static TABLES: ::errspec::runtime::__private::LookupTables = ::errspec::runtime::__private::LookupTables {
            patterns: &[
                (400, 1, "provider returned error", 3),
                (402, 3, "insufficient credits", 4),
                (404, 5, "no endpoints found", 6),
                (429, 7, "free-models-per-day", 4),
            ],
            refinements: &[],
            by_status: &[
                (400, 0),
                (401, 2),
                (402, 3),
                (403, 4),
                (404, 5),
                (408, 6),
                (429, 8),
                (502, 9),
                (503, 10),
            ],
            by_type: &[
                (400, "openrouter_error", 0),
                (401, "openrouter_error", 2),
                (402, "openrouter_error", 3),
                (403, "openrouter_error", 4),
                (404, "openrouter_error", 5),
                (408, "openrouter_error", 6),
                (429, "openrouter_error", 8),
                (502, "openrouter_error", 9),
                (503, "openrouter_error", 10),
            ],
        };
        ::core::option::Option::Some(&TABLES)
    }
}
::errspec::runtime::__private::impl_serde!(
    ErrorCode, ErrorCode::from_code, "an error code of the OpenRouter"
);
///Error types (`error.type`) of the OpenRouter.
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
#[non_exhaustive]
pub enum ErrorType {
    /**`openrouter_error`: OpenRouter's errors carry no type of their own; errspec files all of them here.

Codes of this type: `bad_request`, `provider_returned_error`, `invalid_credentials`, `insufficient_credits`, `forbidden`, `no_endpoints_found`, `request_timeout`, `free_models_per_day`, `rate_limited`, `model_down`, `no_available_provider`.*/
    OpenrouterError,
}
impl ErrorType {
    /// Every error type, in spec order.
    pub const ALL: &'static [Self] = &[Self::OpenrouterError];
    /// The spec's entry for this type.
    pub fn entry(self) -> &'static ::errspec::runtime::ErrorTypeEntry {
        static ENTRIES: [::errspec::runtime::ErrorTypeEntry; 1usize] = [
            ::errspec::runtime::ErrorTypeEntry {
                name: "openrouter_error",
                variant: "OpenrouterError",
                description: "OpenRouter's errors carry no type of their own; errspec files all of them here.",
            },
        ];
        &ENTRIES[self as usize]
    }
    /// The type for a server's type string, if the spec knows it.
    pub fn from_name(name: &str) -> ::core::option::Option<Self> {
        match name {
            "openrouter_error" => ::core::option::Option::Some(Self::OpenrouterError),
            _ => ::core::option::Option::None,
        }
    }
    /// The type string as the server sends it.
    pub fn as_str(self) -> &'static str {
        self.entry().name
    }
    /// What errors of this type have in common.
    pub fn description(self) -> &'static str {
        self.entry().description
    }
}
impl ::core::fmt::Display for ErrorType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::errspec::runtime::__private::fmt_str(self.entry().name, f)
    }
}
impl ::core::str::FromStr for ErrorType {
    type Err = ::errspec::runtime::ParseNameError;
    fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
        Self::from_name(s)
            .ok_or_else(|| ::errspec::runtime::ParseNameError::new("error type", s))
    }
}
impl ::errspec::runtime::ErrorTypeCatalog for ErrorType {
    const ALL: &'static [Self] = Self::ALL;
    fn entry(self) -> &'static ::errspec::runtime::ErrorTypeEntry {
        Self::entry(self)
    }
    fn from_name(name: &str) -> ::core::option::Option<Self> {
        Self::from_name(name)
    }
}
::errspec::runtime::__private::impl_serde!(
    ErrorType, ErrorType::from_name, "an error type of the OpenRouter"
);
#[doc(hidden)]
#[macro_export]
macro_rules! __errspec_catalog_openrouter_ErrorCode {
    ([$($callback:tt)*] $($input:tt)*) => {
        $($callback)* ! { { format = 1, title = "OpenRouter", codes = { "bad_request" =>
        BadRequest, "provider_returned_error" => ProviderReturnedError,
        "invalid_credentials" => InvalidCredentials, "insufficient_credits" =>
        InsufficientCredits, "forbidden" => Forbidden, "no_endpoints_found" =>
        NoEndpointsFound, "request_timeout" => RequestTimeout, "free_models_per_day" =>
        FreeModelsPerDay, "rate_limited" => RateLimited, "model_down" => ModelDown,
        "no_available_provider" => NoAvailableProvider, } } $($input)* }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __errspec_catalog_openrouter_ErrorCode as ErrorCode;
