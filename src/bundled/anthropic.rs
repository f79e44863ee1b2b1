// @generated from `specs/anthropic.json` by errspec-codegen: edit the spec, then write this file
// again with `ERRSPEC_BLESS=1 cargo test -p errspec-codegen --test bundled`.

/**Error codes of the Anthropic API (spec `specs/anthropic.json`, version 1).

Errors returned by Anthropic's Messages API and the edge in front of it: the status and `error.type` each arrives with, why it happens, how to fix it and whether a client should send the request again. Anthropic sends no error code, so every entry is named by errspec (mostly after its type) and recognised by type and status, or by the message where one type covers kinds that need different handling (an empty credit balance and an over-long prompt are both 400 `invalid_request_error`). Every entry names its sources: Anthropic's error documentation and SDK source, or public issue threads that quote real responses; synthetic entries give bare statuses a name.

| Code | Status | Category | Retry |
|---|---|---|---|
| [`credit_balance_too_low`](Self::CreditBalanceTooLow) | 400 | quota | [`no_retry`](#retry-strategies) |
| [`invalid_request_error`](Self::InvalidRequestError) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`prompt_too_long`](Self::PromptTooLong) | 400 | context_length | [`no_retry`](#retry-strategies) |
| [`usage_limit_reached`](Self::UsageLimitReached) | 400 | quota | [`no_retry`](#retry-strategies) |
| [`authentication_error`](Self::AuthenticationError) | 401 | authentication | [`no_retry`](#retry-strategies) |
| [`forbidden`](Self::Forbidden) | 403 | permission | [`no_retry`](#retry-strategies) |
| [`permission_error`](Self::PermissionError) | 403 | permission | [`no_retry`](#retry-strategies) |
| [`not_found_error`](Self::NotFoundError) | 404 | not_found | [`no_retry`](#retry-strategies) |
| [`request_timeout`](Self::RequestTimeout) | 408 | timeout | [`transient_backoff`](#retry-strategies) |
| [`conflict`](Self::Conflict) | 409 | conflict | [`transient_backoff`](#retry-strategies) |
| [`request_too_large`](Self::RequestTooLarge) | 413 | invalid_request | [`no_retry`](#retry-strategies) |
| [`unprocessable_entity`](Self::UnprocessableEntity) | 422 | invalid_request | [`no_retry`](#retry-strategies) |
| [`extra_usage_required`](Self::ExtraUsageRequired) | 429 | quota | [`no_retry`](#retry-strategies) |
| [`rate_limit_error`](Self::RateLimitError) | 429 | rate_limit | [`exponential_backoff`](#retry-strategies) |
| [`spend_limit_reached`](Self::SpendLimitReached) | 429 | quota | [`no_retry`](#retry-strategies) |
| [`api_error`](Self::ApiError) | 500 | server | [`immediate_then_backoff`](#retry-strategies) |
| [`bad_gateway`](Self::BadGateway) | 502 | gateway | [`transient_backoff`](#retry-strategies) |
| [`service_unavailable`](Self::ServiceUnavailable) | 503 | overloaded | [`immediate_then_backoff`](#retry-strategies) |
| [`timeout_error`](Self::TimeoutError) | 504 | timeout | [`transient_backoff`](#retry-strategies) |
| [`overloaded_error`](Self::OverloadedError) | 529 | overloaded | [`exponential_backoff`](#retry-strategies) |

# Retry strategies

- `exponential_backoff`: For throttling: wait about 1 s, 2 s, 4 s, 8 s and 16 s before the five retries, each with up to 1 s of random jitter so that many clients do not come back at the same instant; no backoff wait is longer than 60 s. A delay the server names (retry-after-ms, Retry-After, a "try again in" in the message) takes the place of the backoff, up to the runtime's ceiling for hints. Also used for 529 overloaded: there the whole service is short of capacity, so waiting is what helps and an instant resend does not (exponential backoff from 1000 ms, ×2 per retry, plus up to 1000 ms of jitter; at most 6 attempts, no wait longer than 60000 ms).
- `immediate_then_backoff`: For a passing failure inside the service (500): resend once straight away, because another machine often takes the retry, then wait about 1 s, 2 s and 4 s with up to 0.5 s of jitter; five attempts in all and no wait longer than 30 s (1 immediate retry, then exponential backoff from 1000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 5 attempts, no wait longer than 30000 ms).
- `transient_backoff`: For timeouts, conflicts and failing proxies (408, 409, 502, 504): an instant resend tends to meet the same stuck component, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).
- `no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).
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
    /**Credit balance too low: the account has no prepaid credit left

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `credit_balance_too_low` (errspec's name: the server sends no code) | `quota` |

The organization's prepaid balance cannot pay for the request. Anthropic reports this as a 400 `invalid_request_error`, so a client that reads only the status or the type would call it a malformed request; the message is the only sign. Nothing changes until someone buys credit or upgrades the plan.

# Causes

- Prepaid credit was used up
- A new account that never bought credit
- The key belongs to a different organization than the one that holds the credit

# Solutions

- Buy credit or change the plan in the console's billing settings
- Check that the key belongs to the funded organization
- Stop automatic retries and alert whoever handles billing

**Do first:** add credit before sending again

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "message": "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.",
    "type": "invalid_request_error"
  },
  "type": "error"
}
```

# Matching

Chosen for a `invalid_request_error` body whose message contains `credit balance is too low` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/anthropics/claude-code/issues/4684>
- <https://github.com/anthropics/claude-code/issues/66314>
*/
    CreditBalanceTooLow,
    /**Invalid request: the API refused the request as sent

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `invalid_request_error` (errspec's name: the server sends no code) | `invalid_request` |

The request body or its parameters are wrong: a missing or misspelt field, a value out of range, a malformed message list. The same type also covers several account and size conditions that have their own entries here (`prompt_too_long`, `credit_balance_too_low`, `usage_limit_reached`); a 400 whose message matches none of them lands here.

# Causes

- A required field is missing or has the wrong shape
- A parameter value the model or endpoint does not accept
- Messages in an order or form the API rejects

# Solutions

- Read the message: it usually names the field at fault
- Validate the request against the API reference before sending

**Do first:** fix the request

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Matching

A body with this code may instead be [`credit_balance_too_low`](Self::CreditBalanceTooLow) or [`prompt_too_long`](Self::PromptTooLong) or [`usage_limit_reached`](Self::UsageLimitReached), when its message says so.

# Sources

Documented by the provider.

- <https://docs.claude.com/en/api/errors>
- <https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/types/shared/error_type.py>
- <https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/_client.py>
*/
    InvalidRequestError,
    /**Prompt too long: the input has more tokens than the model's context allows

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `prompt_too_long` (errspec's name: the server sends no code) | `context_length` |

The prompt is larger than the model's context window; the message gives both numbers (`N tokens > M maximum`). It arrives as a plain 400 `invalid_request_error`, so only the message tells it apart, and resending the same prompt always fails.

# Causes

- A conversation history that grows with every turn and is resent whole
- Large documents or tool results placed in the prompt
- A prompt built for a model with a larger window

# Solutions

- Count tokens before sending and trim to fit
- Summarise or drop the oldest turns
- Split the input over several requests

**Do first:** shorten the prompt

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "message": "prompt is too long: 208656 tokens > 200000 maximum",
    "type": "invalid_request_error"
  },
  "type": "error"
}
```

# Matching

Chosen for a `invalid_request_error` body whose message contains `prompt is too long` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/sojohnnysaid/project-guide/issues/2>
- <https://github.com/boldsoftware/exe.dev/issues/62>
*/
    PromptTooLong,
    /**Usage limit reached: the spend limit set for the account is used up until the stated date

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `usage_limit_reached` (errspec's name: the server sends no code) | `quota` |

A spend limit configured for the workspace or organization was reached. The message names the date and time access returns; until then every request is refused, so retries only add load. It is sent as a 400 `invalid_request_error`, and only the message distinguishes it.

# Causes

- Spending reached the limit the organization or workspace set for the period

# Solutions

- Raise the limit in the console
- Wait for the date given in the message
- Stop automatic retries

**Do first:** raise the spend limit or wait for the stated date

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "message": "You have reached your specified API usage limits. You will regain access on 2025-07-01 at 00:00 UTC.",
    "type": "invalid_request_error"
  },
  "type": "error"
}
```

# Matching

Chosen for a `invalid_request_error` body whose message contains `reached your specified api usage limits` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/anthropics/claude-code/issues/38035>
- <https://github.com/anthropics/claude-code/issues/2127>
*/
    UsageLimitReached,
    /**Authentication failed: the API key is missing or not accepted

| Status | Type | Code | Category |
|---|---|---|---|
| `401 Unauthorized` | `authentication_error` | `authentication_error` (errspec's name: the server sends no code) | `authentication` |

The `x-api-key` header is absent, malformed, revoked or belongs to no account. Every request with this key fails the same way until it is replaced.

# Causes

- A key that was revoked or never existed
- A key copied with missing characters or extra whitespace
- An empty environment variable
- A key of another provider sent to Anthropic

# Solutions

- Create or copy a valid key from the console
- Check what the client actually sends in `x-api-key`

**Do first:** check the API key

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "message": "invalid x-api-key",
    "type": "authentication_error"
  },
  "type": "error"
}
```

# Sources

Observed in real responses.

- <https://docs.claude.com/en/api/errors>
- <https://github.com/eyaltoledano/claude-task-master/issues/222>
- <https://github.com/abi/screenshot-to-code/issues/430>
- <https://github.com/emilsvennesson/opencode-websearch/issues/15>
*/
    AuthenticationError,
    /**Request not allowed: the edge in front of the API refused it

| Status | Type | Code | Category |
|---|---|---|---|
| `403 Forbidden` | `forbidden` | `forbidden` (errspec's name: the server sends no code) | `permission` |

A refusal by the network edge that fronts the API, before the request reached Anthropic's servers. The body has the `error` object only, with the non-standard type `forbidden`, and no request id. Where the request comes from is the usual suspect rather than the key.

# Causes

- A network, region or address the edge does not accept
- Traffic the edge judged abusive

# Solutions

- Try from another network or region that the service supports
- Contact Anthropic support with the `cf-ray` header value

**Do first:** check where the request comes from

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "message": "Request not allowed",
    "type": "forbidden"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/anthropics/claude-quickstarts/issues/32>
*/
    Forbidden,
    /**Permission denied: the key may not use this resource

| Status | Type | Code | Category |
|---|---|---|---|
| `403 Forbidden` | `permission_error` | `permission_error` (errspec's name: the server sends no code) | `permission` |

The key authenticated, but its organization or workspace lacks access to the model, feature or resource requested.

# Causes

- A model or beta feature the organization has no access to
- A workspace key used outside its workspace's permissions

# Solutions

- Use a model or feature the organization has access to
- Ask an administrator to grant access

**Do first:** check the key's access

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "message": "Permission denied",
    "type": "permission_error"
  },
  "request_id": "req_011CaH53rCYtDAVnwhLQvkuc",
  "type": "error"
}
```

# Sources

Observed in real responses.

- <https://docs.claude.com/en/api/errors>
- <https://github.com/anthropics/claude-code/issues/51610>
*/
    PermissionError,
    /**Not found: the model or resource named in the request does not exist

| Status | Type | Code | Category |
|---|---|---|---|
| `404 Not Found` | `not_found_error` | `not_found_error` (errspec's name: the server sends no code) | `not_found` |

The requested resource is unknown. For the Messages API this is usually the model: the message then reads `model: <name>`, quoting the name that was not recognised.

# Causes

- A misspelt, retired or made-up model name
- A wrong endpoint path
- An identifier of a resource that was deleted

# Solutions

- Use a current model identifier from the models list
- Check the request path

**Do first:** check the model name

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "message": "model: sonnet4",
    "type": "not_found_error"
  },
  "type": "error"
}
```

# Sources

Observed in real responses.

- <https://docs.claude.com/en/api/errors>
- <https://github.com/anthropics/claude-code/issues/5349>
*/
    NotFoundError,
    /**Request timeout: the request took too long to arrive or be handled

| Status | Type | Code | Category |
|---|---|---|---|
| `408 Request Timeout` | `timeout_error` | `request_timeout` (errspec's name: the server sends no code) | `timeout` |

A 408 answer. Anthropic documents no body for it; errspec names it so that a bare 408 has an entry. The official Python SDK retries 408.

# Causes

- A slow or stalled upload
- A network path that delays packets

# Solutions

- Retry after a short pause
- Use streaming for long generations

**Do first:** retry after a short pause

# Retry

`transient_backoff`: For timeouts, conflicts and failing proxies (408, 409, 502, 504): an instant resend tends to meet the same stuck component, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Sources

Synthetic: errspec's own name for what a proxy or a bare status produces.

- <https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/_base_client.py>
*/
    RequestTimeout,
    /**Conflict: the request clashed with another operation

| Status | Type | Code | Category |
|---|---|---|---|
| `409 Conflict` | `invalid_request_error` | `conflict` (errspec's name: the server sends no code) | `conflict` |

A 409 answer. The SDK has an exception class for it and retries it, but no body was found in public; errspec names it and files it under `invalid_request_error` for want of a known type.

# Causes

- Two operations on the same resource at the same moment

# Solutions

- Retry after a short pause

**Do first:** retry after a short pause

# Retry

`transient_backoff`: For timeouts, conflicts and failing proxies (408, 409, 502, 504): an instant resend tends to meet the same stuck component, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Sources

Synthetic: errspec's own name for what a proxy or a bare status produces.

- <https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/_client.py>
- <https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/_base_client.py>
*/
    Conflict,
    /**Request too large: the body exceeds the size the API accepts

| Status | Type | Code | Category |
|---|---|---|---|
| `413 Payload Too Large` | `request_too_large` | `request_too_large` (errspec's name: the server sends no code) | `invalid_request` |

The request body is bigger than the maximum size. The edge in front of the API refuses it before the API servers see it, so the body lacks the usual top-level `type` and any request id. Only a smaller request can succeed.

# Causes

- Large images or documents embedded in the request
- A very long conversation sent whole

# Solutions

- Shrink or compress attachments
- Send fewer or smaller documents per request
- Use the Files API where it applies instead of inlining content

**Do first:** make the request smaller

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "message": "Request exceeds the maximum size",
    "type": "request_too_large"
  }
}
```

# Sources

Observed in real responses.

- <https://docs.claude.com/en/api/errors>
- <https://github.com/anthropics/anthropic-sdk-python/issues/938>
- <https://github.com/anthropics/claude-code/issues/10314>
*/
    RequestTooLarge,
    /**Unprocessable request: the server understood the body but could not act on it

| Status | Type | Code | Category |
|---|---|---|---|
| `422 Unprocessable Entity` | `invalid_request_error` | `unprocessable_entity` (errspec's name: the server sends no code) | `invalid_request` |

A 422 answer. The SDK has an exception class for it, but no body was found in public; errspec names it so the status has an entry.

# Causes

- A request that is well formed but semantically unusable

# Solutions

- Read the message and correct the request

**Do first:** fix the request

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Sources

Synthetic: errspec's own name for what a proxy or a bare status produces.

- <https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/_client.py>
*/
    UnprocessableEntity,
    /**Extra usage required: the plan does not cover this kind of request

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `rate_limit_error` | `extra_usage_required` (errspec's name: the server sends no code) | `quota` |

Sent as a 429 `rate_limit_error`, but it is a refusal of entitlement, not a throttle: long-context requests need extra usage to be enabled on the account. Waiting changes nothing, so it must not be retried.

# Causes

- A long-context request from an account without extra usage enabled

# Solutions

- Enable extra usage for the account
- Keep requests within the standard context size

**Do first:** enable extra usage or shorten the request

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "message": "Extra usage is required for long context requests.",
    "type": "rate_limit_error"
  },
  "request_id": "req_011CZTxMdaHqLNSHtJGUM7mh",
  "type": "error"
}
```

# Matching

Chosen for a `rate_limit_error` body whose message contains `extra usage is required` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/anthropics/claude-code/issues/39948>
*/
    ExtraUsageRequired,
    /**Rate limit reached: the organization sent more requests or tokens than its limits allow

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `rate_limit_error` | `rate_limit_error` (errspec's name: the server sends no code) | `rate_limit` |

The organization passed a limit on requests or on input or output tokens per minute, or ramped up faster than the API accepts. It clears as the window moves on. Anthropic sends `retry-after` and `anthropic-ratelimit-*` headers with it; honour them. The same type is also used for entitlement and spend refusals (`extra_usage_required`, `spend_limit_reached`), which waiting does not fix. Through Anthropic's OpenAI-compatible endpoint the same condition arrives as `code: "rate_limit_error"` with type `invalid_request_error`, and is recognised here by that code; the entries that refine this one still win when their message matches.

# Causes

- Bursts of parallel requests
- Long prompts or large `max_tokens` using up the token allowance
- A sudden ramp-up of traffic
- Several services sharing one organization's limits

# Solutions

- Back off and retry, honouring `retry-after`
- Pace requests with a client-side limiter
- Lower `max_tokens` and trim prompts
- Ask Anthropic for higher limits

**Do first:** wait, then retry

# Retry

`exponential_backoff`: For throttling: wait about 1 s, 2 s, 4 s, 8 s and 16 s before the five retries, each with up to 1 s of random jitter so that many clients do not come back at the same instant; no backoff wait is longer than 60 s. A delay the server names (retry-after-ms, Retry-After, a "try again in" in the message) takes the place of the backoff, up to the runtime's ceiling for hints. Also used for 529 overloaded: there the whole service is short of capacity, so waiting is what helps and an instant resend does not (exponential backoff from 1000 ms, ×2 per retry, plus up to 1000 ms of jitter; at most 6 attempts, no wait longer than 60000 ms).

# Example body

```json
{
  "error": {
    "message": "This request would exceed your account's rate limit. Please try again later.",
    "type": "rate_limit_error"
  },
  "request_id": "req_011CcR9mkMvXdaiWP4739PSN",
  "type": "error"
}
```

# Matching

A body with this code may instead be [`extra_usage_required`](Self::ExtraUsageRequired) or [`spend_limit_reached`](Self::SpendLimitReached), when its message says so.

# Sources

Observed in real responses.

- <https://docs.claude.com/en/api/errors>
- <https://github.com/OpenHands/OpenHands/issues/9259>
- <https://github.com/cline/cline/issues/42>
- <https://github.com/anthropics/claude-code/issues/71670>
- <https://github.com/anthropics/anthropic-sdk-typescript/issues/357>
- <https://github.com/FoundationAgents/OpenManus/issues/746>
*/
    RateLimitError,
    /**Spend limit reached: the monthly spending cap is used up

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `rate_limit_error` | `spend_limit_reached` (errspec's name: the server sends no code) | `quota` |

The organization hit its monthly spend cap. According to a Microsoft Dev Proxy page describing Anthropic's errors, it arrives as a 429 `rate_limit_error` whose `error.details.error_code` is `enforced_spend_limit_reached`; errspec recognises it by the message, since the runtime does not read `details`. No verbatim body was found in public.

# Causes

- Spending reached the monthly limit

# Solutions

- Raise the spend limit in the console
- Wait for the next month

**Do first:** raise the spend limit

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Matching

Chosen for a `rate_limit_error` body whose message contains `spend limit` (ignoring case; `*` stands for any text).

# Sources

Documented by the provider.

- <https://learn.microsoft.com/ko-kr/microsoft-cloud/dev/dev-proxy/concepts/anthropic-529-overloaded-error>
*/
    SpendLimitReached,
    /**Internal server error: the API failed while handling the request

| Status | Type | Code | Category |
|---|---|---|---|
| `500 Internal Server Error` | `api_error` | `api_error` (errspec's name: the server sends no code) | `server` |

An unexpected failure inside Anthropic's service; the request itself may be fine. Retrying usually works; keep the `request-id` header for support when it does not.

# Causes

- A passing fault in Anthropic's backend
- An ongoing incident

# Solutions

- Retry once at once, then with growing delays
- Check the status page when errors persist
- Quote the request id to support

**Do first:** retry, then report with the request id

# Retry

`immediate_then_backoff`: For a passing failure inside the service (500): resend once straight away, because another machine often takes the retry, then wait about 1 s, 2 s and 4 s with up to 0.5 s of jitter; five attempts in all and no wait longer than 30 s (1 immediate retry, then exponential backoff from 1000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 5 attempts, no wait longer than 30000 ms).

# Example body

```json
{
  "error": {
    "message": "Internal server error",
    "type": "api_error"
  },
  "request_id": "req_011CYVB4LnZmcupS55mD1Jje",
  "type": "error"
}
```

# Sources

Observed in real responses.

- <https://docs.claude.com/en/api/errors>
- <https://github.com/anthropics/claude-code/issues/28639>
- <https://github.com/anthropics/claude-code/issues/47468>
*/
    ApiError,
    /**Bad gateway: the edge in front of the API got no usable answer from it

| Status | Type | Code | Category |
|---|---|---|---|
| `502 Bad Gateway` | `api_error` | `bad_gateway` (errspec's name: the server sends no code) | `gateway` |

The Cloudflare edge that fronts the API could not get a valid response from Anthropic's servers and answered with its own HTML page, without any JSON envelope or type. errspec recognises the page's text, or the status alone.

# Causes

- An API server restarted or failed during the request
- A broken connection between the edge and the origin

# Solutions

- Retry after a short delay
- Check the status page for an incident

**Do first:** retry after a short delay

# Retry

`transient_backoff`: For timeouts, conflicts and failing proxies (408, 409, 502, 504): an instant resend tends to meet the same stuck component, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Matching

Chosen for a body without a known code whose message contains `502 bad gateway` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/anthropics/claude-code/issues/70128>
*/
    BadGateway,
    /**Service unavailable: the API cannot take requests right now

| Status | Type | Code | Category |
|---|---|---|---|
| `503 Service Unavailable` | `api_error` | `service_unavailable` (errspec's name: the server sends no code) | `overloaded` |

A 503 answer. The SDK defines a service-unavailable exception and retries every status from 500 up, but no body was found in public; errspec names it so the status has an entry.

# Causes

- Maintenance or a partial outage
- Capacity trouble in front of the API

# Solutions

- Retry with backoff
- Check the status page

**Do first:** retry shortly

# Retry

`immediate_then_backoff`: For a passing failure inside the service (500): resend once straight away, because another machine often takes the retry, then wait about 1 s, 2 s and 4 s with up to 0.5 s of jitter; five attempts in all and no wait longer than 30 s (1 immediate retry, then exponential backoff from 1000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 5 attempts, no wait longer than 30000 ms).

# Sources

Synthetic: errspec's own name for what a proxy or a bare status produces.

- <https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/_exceptions.py>
- <https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/_base_client.py>
*/
    ServiceUnavailable,
    /**Gateway timeout: the request took longer than the API's gateway waits

| Status | Type | Code | Category |
|---|---|---|---|
| `504 Gateway Timeout` | `timeout_error` | `timeout_error` (errspec's name: the server sends no code) | `timeout` |

The SDK lists `timeout_error` among the error types, and its class for it is a gateway timeout, so errspec files it under 504. No public quote of the body was found. Long non-streaming requests are the likely cause.

# Causes

- A long generation without streaming
- Slow processing on Anthropic's side

# Solutions

- Retry after a short delay
- Stream long responses, or lower `max_tokens`

**Do first:** retry, or stream long requests

# Retry

`transient_backoff`: For timeouts, conflicts and failing proxies (408, 409, 502, 504): an instant resend tends to meet the same stuck component, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Sources

Documented by the provider.

- <https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/types/shared/error_type.py>
- <https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/types/beta_gateway_timeout_error.py>
*/
    TimeoutError,
    /**Overloaded: the API is short of capacity for all customers

| Status | Type | Code | Category |
|---|---|---|---|
| `529` | `overloaded_error` | `overloaded_error` (errspec's name: the server sends no code) | `overloaded` |

A temporary lack of capacity across the API, not a limit of the organization (that is `rate_limit_error`, 429). Anthropic uses its own status 529 for it. Retrying with backoff usually succeeds once the peak passes; many clients retrying at once prolong it, so do not retry instantly.

# Causes

- A peak of demand across all customers
- Reduced capacity during an incident

# Solutions

- Retry with growing delays and jitter
- Fall back to another model or provider if it lasts
- Check the status page

**Do first:** retry with backoff

# Retry

`exponential_backoff`: For throttling: wait about 1 s, 2 s, 4 s, 8 s and 16 s before the five retries, each with up to 1 s of random jitter so that many clients do not come back at the same instant; no backoff wait is longer than 60 s. A delay the server names (retry-after-ms, Retry-After, a "try again in" in the message) takes the place of the backoff, up to the runtime's ceiling for hints. Also used for 529 overloaded: there the whole service is short of capacity, so waiting is what helps and an instant resend does not (exponential backoff from 1000 ms, ×2 per retry, plus up to 1000 ms of jitter; at most 6 attempts, no wait longer than 60000 ms).

# Example body

```json
{
  "error": {
    "message": "Overloaded",
    "type": "overloaded_error"
  },
  "type": "error"
}
```

# Sources

Observed in real responses.

- <https://docs.claude.com/en/api/errors>
- <https://github.com/anthropics/claude-code/issues/5184>
- <https://github.com/anthropics/claude-code/issues/35792>
- <https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/_client.py>
*/
    OverloadedError,
}
#[allow(deprecated)]
impl ErrorCode {
    /// Every code, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::CreditBalanceTooLow,
        Self::InvalidRequestError,
        Self::PromptTooLong,
        Self::UsageLimitReached,
        Self::AuthenticationError,
        Self::Forbidden,
        Self::PermissionError,
        Self::NotFoundError,
        Self::RequestTimeout,
        Self::Conflict,
        Self::RequestTooLarge,
        Self::UnprocessableEntity,
        Self::ExtraUsageRequired,
        Self::RateLimitError,
        Self::SpendLimitReached,
        Self::ApiError,
        Self::BadGateway,
        Self::ServiceUnavailable,
        Self::TimeoutError,
        Self::OverloadedError,
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
            variants: &[
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
            ],
            slots: &[
                0, 0, 0, 0, 0, 0, 0, 20, 0, 6, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0, 0, 0, 3,
                19, 5, 17, 0, 7, 0, 0, 0, 0, 0, 10, 4, 0, 0, 0, 0, 11, 18, 0, 0, 0, 0,
                14, 12, 0, 0, 0, 0, 0, 0, 0, 0, 13, 1, 8, 2, 15, 9, 0, 0, 0,
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
        static TYPE_OF: [u32; 20] = [
            4, 4, 4, 4, 1, 3, 7, 5, 10, 4, 9, 4, 8, 8, 8, 0, 0, 0, 10, 6,
        ];
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
        backoff: ::errspec::runtime::Backoff::ImmediateThenExponential {
            immediate: 1u32,
            initial: ::errspec::runtime::__private::Duration::from_millis(1000u64),
            multiplier: 2f64,
            jitter: ::errspec::runtime::__private::Duration::from_millis(500u64),
        },
        max_attempts: 5u32,
        max_delay: ::errspec::runtime::__private::Duration::from_millis(30000u64),
    };
    static POLICY_2: ::errspec::runtime::RetryPolicy = ::errspec::runtime::RetryPolicy {
        backoff: ::errspec::runtime::Backoff::Exponential {
            initial: ::errspec::runtime::__private::Duration::from_millis(2000u64),
            multiplier: 2f64,
            jitter: ::errspec::runtime::__private::Duration::from_millis(500u64),
        },
        max_attempts: 4u32,
        max_delay: ::errspec::runtime::__private::Duration::from_millis(20000u64),
    };
    static POLICY_3: ::errspec::runtime::RetryPolicy = ::errspec::runtime::RetryPolicy {
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
        pub(super) static TEXTS: [EntryText; 20] = [
            EntryText {
                prose: r#"CreditBalanceTooLow␟The organization's prepaid balance cannot pay for the request. Anthropic reports this as a 400 `invalid_request_error`, so a client that reads only the status or the type would call it a malformed request; the message is the only sign. Nothing changes until someone buys credit or upgrades the plan.␟add credit before sending again␟{
  "error": {
    "message": "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.",
    "type": "invalid_request_error"
  },
  "type": "error"
}␟Prepaid credit was used up␟A new account that never bought credit␟The key belongs to a different organization than the one that holds the credit␟Buy credit or change the plan in the console's billing settings␟Check that the key belongs to the funded organization␟Stop automatic retries and alert whoever handles billing␟https://github.com/anthropics/claude-code/issues/4684␟https://github.com/anthropics/claude-code/issues/66314"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"InvalidRequestError␟The request body or its parameters are wrong: a missing or misspelt field, a value out of range, a malformed message list. The same type also covers several account and size conditions that have their own entries here (`prompt_too_long`, `credit_balance_too_low`, `usage_limit_reached`); a 400 whose message matches none of them lands here.␟fix the request␟␟A required field is missing or has the wrong shape␟A parameter value the model or endpoint does not accept␟Messages in an order or form the API rejects␟Read the message: it usually names the field at fault␟Validate the request against the API reference before sending␟https://docs.claude.com/en/api/errors␟https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/types/shared/error_type.py␟https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/_client.py",
                counts: (3, 2),
                ..T
            },
            EntryText {
                prose: r#"PromptTooLong␟The prompt is larger than the model's context window; the message gives both numbers (`N tokens > M maximum`). It arrives as a plain 400 `invalid_request_error`, so only the message tells it apart, and resending the same prompt always fails.␟shorten the prompt␟{
  "error": {
    "message": "prompt is too long: 208656 tokens > 200000 maximum",
    "type": "invalid_request_error"
  },
  "type": "error"
}␟A conversation history that grows with every turn and is resent whole␟Large documents or tool results placed in the prompt␟A prompt built for a model with a larger window␟Count tokens before sending and trim to fit␟Summarise or drop the oldest turns␟Split the input over several requests␟https://github.com/sojohnnysaid/project-guide/issues/2␟https://github.com/boldsoftware/exe.dev/issues/62"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"UsageLimitReached␟A spend limit configured for the workspace or organization was reached. The message names the date and time access returns; until then every request is refused, so retries only add load. It is sent as a 400 `invalid_request_error`, and only the message distinguishes it.␟raise the spend limit or wait for the stated date␟{
  "error": {
    "message": "You have reached your specified API usage limits. You will regain access on 2025-07-01 at 00:00 UTC.",
    "type": "invalid_request_error"
  },
  "type": "error"
}␟Spending reached the limit the organization or workspace set for the period␟Raise the limit in the console␟Wait for the date given in the message␟Stop automatic retries␟https://github.com/anthropics/claude-code/issues/38035␟https://github.com/anthropics/claude-code/issues/2127"#,
                counts: (1, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"AuthenticationError␟The `x-api-key` header is absent, malformed, revoked or belongs to no account. Every request with this key fails the same way until it is replaced.␟check the API key␟{
  "error": {
    "message": "invalid x-api-key",
    "type": "authentication_error"
  },
  "type": "error"
}␟A key that was revoked or never existed␟A key copied with missing characters or extra whitespace␟An empty environment variable␟A key of another provider sent to Anthropic␟Create or copy a valid key from the console␟Check what the client actually sends in `x-api-key`␟https://docs.claude.com/en/api/errors␟https://github.com/eyaltoledano/claude-task-master/issues/222␟https://github.com/abi/screenshot-to-code/issues/430␟https://github.com/emilsvennesson/opencode-websearch/issues/15"#,
                counts: (4, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"Forbidden␟A refusal by the network edge that fronts the API, before the request reached Anthropic's servers. The body has the `error` object only, with the non-standard type `forbidden`, and no request id. Where the request comes from is the usual suspect rather than the key.␟check where the request comes from␟{
  "error": {
    "message": "Request not allowed",
    "type": "forbidden"
  }
}␟A network, region or address the edge does not accept␟Traffic the edge judged abusive␟Try from another network or region that the service supports␟Contact Anthropic support with the `cf-ray` header value␟https://github.com/anthropics/claude-quickstarts/issues/32"#,
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"PermissionError␟The key authenticated, but its organization or workspace lacks access to the model, feature or resource requested.␟check the key's access␟{
  "error": {
    "message": "Permission denied",
    "type": "permission_error"
  },
  "request_id": "req_011CaH53rCYtDAVnwhLQvkuc",
  "type": "error"
}␟A model or beta feature the organization has no access to␟A workspace key used outside its workspace's permissions␟Use a model or feature the organization has access to␟Ask an administrator to grant access␟https://docs.claude.com/en/api/errors␟https://github.com/anthropics/claude-code/issues/51610"#,
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"NotFoundError␟The requested resource is unknown. For the Messages API this is usually the model: the message then reads `model: <name>`, quoting the name that was not recognised.␟check the model name␟{
  "error": {
    "message": "model: sonnet4",
    "type": "not_found_error"
  },
  "type": "error"
}␟A misspelt, retired or made-up model name␟A wrong endpoint path␟An identifier of a resource that was deleted␟Use a current model identifier from the models list␟Check the request path␟https://docs.claude.com/en/api/errors␟https://github.com/anthropics/claude-code/issues/5349"#,
                counts: (3, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"RequestTimeout␟A 408 answer. Anthropic documents no body for it; errspec names it so that a bare 408 has an entry. The official Python SDK retries 408.␟retry after a short pause␟␟A slow or stalled upload␟A network path that delays packets␟Retry after a short pause␟Use streaming for long generations␟https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/_base_client.py",
                counts: (2, 2),
                provenance: Provenance::Synthetic,
                ..T
            },
            EntryText {
                prose: r"Conflict␟A 409 answer. The SDK has an exception class for it and retries it, but no body was found in public; errspec names it and files it under `invalid_request_error` for want of a known type.␟retry after a short pause␟␟Two operations on the same resource at the same moment␟Retry after a short pause␟https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/_client.py␟https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/_base_client.py",
                counts: (1, 1),
                provenance: Provenance::Synthetic,
                ..T
            },
            EntryText {
                prose: r#"RequestTooLarge␟The request body is bigger than the maximum size. The edge in front of the API refuses it before the API servers see it, so the body lacks the usual top-level `type` and any request id. Only a smaller request can succeed.␟make the request smaller␟{
  "error": {
    "message": "Request exceeds the maximum size",
    "type": "request_too_large"
  }
}␟Large images or documents embedded in the request␟A very long conversation sent whole␟Shrink or compress attachments␟Send fewer or smaller documents per request␟Use the Files API where it applies instead of inlining content␟https://docs.claude.com/en/api/errors␟https://github.com/anthropics/anthropic-sdk-python/issues/938␟https://github.com/anthropics/claude-code/issues/10314"#,
                counts: (2, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"UnprocessableEntity␟A 422 answer. The SDK has an exception class for it, but no body was found in public; errspec names it so the status has an entry.␟fix the request␟␟A request that is well formed but semantically unusable␟Read the message and correct the request␟https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/_client.py",
                counts: (1, 1),
                provenance: Provenance::Synthetic,
                ..T
            },
            EntryText {
                prose: r#"ExtraUsageRequired␟Sent as a 429 `rate_limit_error`, but it is a refusal of entitlement, not a throttle: long-context requests need extra usage to be enabled on the account. Waiting changes nothing, so it must not be retried.␟enable extra usage or shorten the request␟{
  "error": {
    "message": "Extra usage is required for long context requests.",
    "type": "rate_limit_error"
  },
  "request_id": "req_011CZTxMdaHqLNSHtJGUM7mh",
  "type": "error"
}␟A long-context request from an account without extra usage enabled␟Enable extra usage for the account␟Keep requests within the standard context size␟https://github.com/anthropics/claude-code/issues/39948"#,
                counts: (1, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"RateLimitError␟The organization passed a limit on requests or on input or output tokens per minute, or ramped up faster than the API accepts. It clears as the window moves on. Anthropic sends `retry-after` and `anthropic-ratelimit-*` headers with it; honour them. The same type is also used for entitlement and spend refusals (`extra_usage_required`, `spend_limit_reached`), which waiting does not fix. Through Anthropic's OpenAI-compatible endpoint the same condition arrives as `code: "rate_limit_error"` with type `invalid_request_error`, and is recognised here by that code; the entries that refine this one still win when their message matches.␟wait, then retry␟{
  "error": {
    "message": "This request would exceed your account's rate limit. Please try again later.",
    "type": "rate_limit_error"
  },
  "request_id": "req_011CcR9mkMvXdaiWP4739PSN",
  "type": "error"
}␟Bursts of parallel requests␟Long prompts or large `max_tokens` using up the token allowance␟A sudden ramp-up of traffic␟Several services sharing one organization's limits␟Back off and retry, honouring `retry-after`␟Pace requests with a client-side limiter␟Lower `max_tokens` and trim prompts␟Ask Anthropic for higher limits␟https://docs.claude.com/en/api/errors␟https://github.com/OpenHands/OpenHands/issues/9259␟https://github.com/cline/cline/issues/42␟https://github.com/anthropics/claude-code/issues/71670␟https://github.com/anthropics/anthropic-sdk-typescript/issues/357␟https://github.com/FoundationAgents/OpenManus/issues/746"#,
                counts: (4, 4),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"SpendLimitReached␟The organization hit its monthly spend cap. According to a Microsoft Dev Proxy page describing Anthropic's errors, it arrives as a 429 `rate_limit_error` whose `error.details.error_code` is `enforced_spend_limit_reached`; errspec recognises it by the message, since the runtime does not read `details`. No verbatim body was found in public.␟raise the spend limit␟␟Spending reached the monthly limit␟Raise the spend limit in the console␟Wait for the next month␟https://learn.microsoft.com/ko-kr/microsoft-cloud/dev/dev-proxy/concepts/anthropic-529-overloaded-error",
                counts: (1, 2),
                ..T
            },
            EntryText {
                prose: r#"ApiError␟An unexpected failure inside Anthropic's service; the request itself may be fine. Retrying usually works; keep the `request-id` header for support when it does not.␟retry, then report with the request id␟{
  "error": {
    "message": "Internal server error",
    "type": "api_error"
  },
  "request_id": "req_011CYVB4LnZmcupS55mD1Jje",
  "type": "error"
}␟A passing fault in Anthropic's backend␟An ongoing incident␟Retry once at once, then with growing delays␟Check the status page when errors persist␟Quote the request id to support␟https://docs.claude.com/en/api/errors␟https://github.com/anthropics/claude-code/issues/28639␟https://github.com/anthropics/claude-code/issues/47468"#,
                counts: (2, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"BadGateway␟The Cloudflare edge that fronts the API could not get a valid response from Anthropic's servers and answered with its own HTML page, without any JSON envelope or type. errspec recognises the page's text, or the status alone.␟retry after a short delay␟␟An API server restarted or failed during the request␟A broken connection between the edge and the origin␟Retry after a short delay␟Check the status page for an incident␟https://github.com/anthropics/claude-code/issues/70128",
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"ServiceUnavailable␟A 503 answer. The SDK defines a service-unavailable exception and retries every status from 500 up, but no body was found in public; errspec names it so the status has an entry.␟retry shortly␟␟Maintenance or a partial outage␟Capacity trouble in front of the API␟Retry with backoff␟Check the status page␟https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/_exceptions.py␟https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/_base_client.py",
                counts: (2, 2),
                provenance: Provenance::Synthetic,
                ..T
            },
            EntryText {
                prose: r"TimeoutError␟The SDK lists `timeout_error` among the error types, and its class for it is a gateway timeout, so errspec files it under 504. No public quote of the body was found. Long non-streaming requests are the likely cause.␟retry, or stream long requests␟␟A long generation without streaming␟Slow processing on Anthropic's side␟Retry after a short delay␟Stream long responses, or lower `max_tokens`␟https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/types/shared/error_type.py␟https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/types/beta_gateway_timeout_error.py",
                counts: (2, 2),
                ..T
            },
            EntryText {
                prose: r#"OverloadedError␟A temporary lack of capacity across the API, not a limit of the organization (that is `rate_limit_error`, 429). Anthropic uses its own status 529 for it. Retrying with backoff usually succeeds once the peak passes; many clients retrying at once prolong it, so do not retry instantly.␟retry with backoff␟{
  "error": {
    "message": "Overloaded",
    "type": "overloaded_error"
  },
  "type": "error"
}␟A peak of demand across all customers␟Reduced capacity during an incident␟Retry with growing delays and jitter␟Fall back to another model or provider if it lasts␟Check the status page␟https://docs.claude.com/en/api/errors␟https://github.com/anthropics/claude-code/issues/5184␟https://github.com/anthropics/claude-code/issues/35792␟https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/_client.py"#,
                counts: (2, 3),
                provenance: Provenance::Observed,
                ..T
            },
        ];
        pub(super) static ENTRIES: [Entry; 20] = [
            Entry {
                code: "credit_balance_too_low",
                status: 400,
                error_type: "invalid_request_error",
                patterns: &["credit balance is too low"],
                refines: Some("invalid_request_error"),
                null_code: true,
                category: Category::Quota,
                message: r"credit balance too low: the account has no prepaid credit left",
                retry: &POLICY_3,
                text: &TEXTS[0],
                ..D
            },
            Entry {
                code: "invalid_request_error",
                status: 400,
                error_type: "invalid_request_error",
                refined: true,
                null_code: true,
                fallback: true,
                category: Category::InvalidRequest,
                message: r"invalid request: the API refused the request as sent",
                retry: &POLICY_3,
                text: &TEXTS[1],
                ..D
            },
            Entry {
                code: "prompt_too_long",
                status: 400,
                error_type: "invalid_request_error",
                patterns: &["prompt is too long"],
                refines: Some("invalid_request_error"),
                null_code: true,
                category: Category::ContextLength,
                message: r"prompt too long: the input has more tokens than the model's context allows",
                retry: &POLICY_3,
                text: &TEXTS[2],
                ..D
            },
            Entry {
                code: "usage_limit_reached",
                status: 400,
                error_type: "invalid_request_error",
                patterns: &[r"reached your specified api usage limits"],
                refines: Some("invalid_request_error"),
                null_code: true,
                category: Category::Quota,
                message: r"usage limit reached: the spend limit set for the account is used up until the stated date",
                retry: &POLICY_3,
                text: &TEXTS[3],
                ..D
            },
            Entry {
                code: "authentication_error",
                status: 401,
                error_type: "authentication_error",
                null_code: true,
                fallback: true,
                category: Category::Authentication,
                message: r"authentication failed: the API key is missing or not accepted",
                retry: &POLICY_3,
                text: &TEXTS[4],
                ..D
            },
            Entry {
                code: "forbidden",
                status: 403,
                error_type: "forbidden",
                null_code: true,
                category: Category::Permission,
                message: r"request not allowed: the edge in front of the API refused it",
                retry: &POLICY_3,
                text: &TEXTS[5],
                ..D
            },
            Entry {
                code: "permission_error",
                status: 403,
                error_type: "permission_error",
                null_code: true,
                fallback: true,
                category: Category::Permission,
                message: r"permission denied: the key may not use this resource",
                retry: &POLICY_3,
                text: &TEXTS[6],
                ..D
            },
            Entry {
                code: "not_found_error",
                status: 404,
                error_type: "not_found_error",
                null_code: true,
                fallback: true,
                category: Category::NotFound,
                message: r"not found: the model or resource named in the request does not exist",
                retry: &POLICY_3,
                text: &TEXTS[7],
                ..D
            },
            Entry {
                code: "request_timeout",
                status: 408,
                error_type: "timeout_error",
                null_code: true,
                fallback: true,
                category: Category::Timeout,
                message: r"request timeout: the request took too long to arrive or be handled",
                retry: &POLICY_2,
                text: &TEXTS[8],
                ..D
            },
            Entry {
                code: "conflict",
                status: 409,
                error_type: "invalid_request_error",
                null_code: true,
                fallback: true,
                category: Category::Conflict,
                message: r"conflict: the request clashed with another operation",
                retry: &POLICY_2,
                text: &TEXTS[9],
                ..D
            },
            Entry {
                code: "request_too_large",
                status: 413,
                error_type: "request_too_large",
                null_code: true,
                category: Category::InvalidRequest,
                message: r"request too large: the body exceeds the size the API accepts",
                retry: &POLICY_3,
                text: &TEXTS[10],
                ..D
            },
            Entry {
                code: "unprocessable_entity",
                status: 422,
                error_type: "invalid_request_error",
                null_code: true,
                fallback: true,
                category: Category::InvalidRequest,
                message: r"unprocessable request: the server understood the body but could not act on it",
                retry: &POLICY_3,
                text: &TEXTS[11],
                ..D
            },
            Entry {
                code: "extra_usage_required",
                status: 429,
                error_type: "rate_limit_error",
                patterns: &["extra usage is required"],
                refines: Some("rate_limit_error"),
                null_code: true,
                category: Category::Quota,
                message: r"extra usage required: the plan does not cover this kind of request",
                retry: &POLICY_3,
                text: &TEXTS[12],
                ..D
            },
            Entry {
                code: "rate_limit_error",
                status: 429,
                error_type: "rate_limit_error",
                refined: true,
                null_code: true,
                fallback: true,
                category: Category::RateLimit,
                message: r"rate limit reached: the organization sent more requests or tokens than its limits allow",
                retry: &POLICY_0,
                text: &TEXTS[13],
                ..D
            },
            Entry {
                code: "spend_limit_reached",
                status: 429,
                error_type: "rate_limit_error",
                patterns: &["spend limit"],
                refines: Some("rate_limit_error"),
                null_code: true,
                category: Category::Quota,
                message: r"spend limit reached: the monthly spending cap is used up",
                retry: &POLICY_3,
                text: &TEXTS[14],
                ..D
            },
            Entry {
                code: "api_error",
                status: 500,
                error_type: "api_error",
                null_code: true,
                fallback: true,
                category: Category::Server,
                message: r"internal server error: the API failed while handling the request",
                retry: &POLICY_1,
                text: &TEXTS[15],
                ..D
            },
            Entry {
                code: "bad_gateway",
                status: 502,
                error_type: "api_error",
                patterns: &["502 bad gateway"],
                null_code: true,
                fallback: true,
                category: Category::Gateway,
                message: r"bad gateway: the edge in front of the API got no usable answer from it",
                retry: &POLICY_2,
                text: &TEXTS[16],
                ..D
            },
            Entry {
                code: "service_unavailable",
                status: 503,
                error_type: "api_error",
                null_code: true,
                fallback: true,
                category: Category::Overloaded,
                message: r"service unavailable: the API cannot take requests right now",
                retry: &POLICY_1,
                text: &TEXTS[17],
                ..D
            },
            Entry {
                code: "timeout_error",
                status: 504,
                error_type: "timeout_error",
                null_code: true,
                fallback: true,
                category: Category::Timeout,
                message: r"gateway timeout: the request took longer than the API's gateway waits",
                retry: &POLICY_2,
                text: &TEXTS[18],
                ..D
            },
            Entry {
                code: "overloaded_error",
                status: 529,
                error_type: "overloaded_error",
                null_code: true,
                fallback: true,
                category: Category::Overloaded,
                message: r"overloaded: the API is short of capacity for all customers",
                retry: &POLICY_0,
                text: &TEXTS[19],
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
        name: "anthropic",
        title: "Anthropic API",
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
                (400, 0, "credit balance is too low", 7),
                (400, 2, "prompt is too long", 0),
                (400, 3, r"reached your specified api usage limits", 14),
                (429, 12, "extra usage is required", 17),
                (429, 14, "spend limit", 1),
                (502, 16, "502 bad gateway", 4),
            ],
            refinements: &[
                ("invalid_request_error", 0),
                ("invalid_request_error", 2),
                ("invalid_request_error", 3),
                ("rate_limit_error", 12),
                ("rate_limit_error", 14),
            ],
            by_status: &[
                (400, 1),
                (401, 4),
                (403, 6),
                (404, 7),
                (408, 8),
                (409, 9),
                (413, 10),
                (422, 11),
                (429, 13),
                (500, 15),
                (502, 16),
                (503, 17),
                (504, 18),
                (529, 19),
            ],
            by_type: &[
                (400, "invalid_request_error", 1),
                (401, "authentication_error", 4),
                (403, "forbidden", 5),
                (403, "permission_error", 6),
                (404, "not_found_error", 7),
                (408, "timeout_error", 8),
                (409, "invalid_request_error", 9),
                (413, "request_too_large", 10),
                (422, "invalid_request_error", 11),
                (429, "rate_limit_error", 13),
                (500, "api_error", 15),
                (502, "api_error", 16),
                (503, "api_error", 17),
                (504, "timeout_error", 18),
                (529, "overloaded_error", 19),
            ],
        };
        ::core::option::Option::Some(&TABLES)
    }
}
::errspec::runtime::__private::impl_serde!(
    ErrorCode, ErrorCode::from_code, "an error code of the Anthropic API"
);
///Error types (`error.type`) of the Anthropic API.
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
    /**`api_error`: Something failed inside Anthropic's systems; the request may be perfectly fine. Sent with status 500. errspec also files code-less proxy failures (502, 503) under it, since those bodies carry no type at all.

Codes of this type: `api_error`, `bad_gateway`, `service_unavailable`.*/
    ApiError,
    /**`authentication_error`: The API key is missing, malformed or not accepted. Sent with status 401.

Codes of this type: `authentication_error`.*/
    AuthenticationError,
    ///`billing_error`: Listed among the error types of Anthropic's SDK for billing or payment problems; no public quote of it on the wire was found, so no entry expects it. Empty credit and reached spend limits arrive as `invalid_request_error` (400) or `rate_limit_error` (429) instead.
    BillingError,
    /**`forbidden`: Not an Anthropic error type: the edge in front of the API answers with it when it refuses a request before the API sees it. The body then has no top-level `"type": "error"`.

Codes of this type: `forbidden`.*/
    Forbidden,
    /**`invalid_request_error`: The request was refused as sent. Besides malformed input, Anthropic uses this type (status 400) for an over-long prompt, an empty credit balance and a reached spend limit; only the message separates them.

Codes of this type: `credit_balance_too_low`, `invalid_request_error`, `prompt_too_long`, `usage_limit_reached`, `conflict`, `unprocessable_entity`.*/
    InvalidRequestError,
    /**`not_found_error`: The resource named in the request, most often the model, does not exist for this key. Sent with status 404.

Codes of this type: `not_found_error`.*/
    NotFoundError,
    /**`overloaded_error`: The API as a whole lacks capacity at the moment, for every customer. Sent with Anthropic's own status 529.

Codes of this type: `overloaded_error`.*/
    OverloadedError,
    /**`permission_error`: The key is valid but may not use the resource or feature asked for. Sent with status 403.

Codes of this type: `permission_error`.*/
    PermissionError,
    /**`rate_limit_error`: Sent with status 429 when the organization passed one of its limits; also used for plan entitlements and spend caps, which waiting does not cure.

Codes of this type: `extra_usage_required`, `rate_limit_error`, `spend_limit_reached`.*/
    RateLimitError,
    /**`request_too_large`: Sent by the edge in front of the API (status 413) when the request body is larger than allowed, before the API servers see it; the body has no top-level `"type": "error"`.

Codes of this type: `request_too_large`.*/
    RequestTooLarge,
    /**`timeout_error`: Listed among the SDK's error types; its SDK class is a gateway timeout. No public quote of it on the wire was found. errspec also files bare 408 responses under it.

Codes of this type: `request_timeout`, `timeout_error`.*/
    TimeoutError,
}
impl ErrorType {
    /// Every error type, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::ApiError,
        Self::AuthenticationError,
        Self::BillingError,
        Self::Forbidden,
        Self::InvalidRequestError,
        Self::NotFoundError,
        Self::OverloadedError,
        Self::PermissionError,
        Self::RateLimitError,
        Self::RequestTooLarge,
        Self::TimeoutError,
    ];
    /// The spec's entry for this type.
    pub fn entry(self) -> &'static ::errspec::runtime::ErrorTypeEntry {
        static ENTRIES: [::errspec::runtime::ErrorTypeEntry; 11usize] = [
            ::errspec::runtime::ErrorTypeEntry {
                name: "api_error",
                variant: "ApiError",
                description: "Something failed inside Anthropic's systems; the request may be perfectly fine. Sent with status 500. errspec also files code-less proxy failures (502, 503) under it, since those bodies carry no type at all.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "authentication_error",
                variant: "AuthenticationError",
                description: "The API key is missing, malformed or not accepted. Sent with status 401.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "billing_error",
                variant: "BillingError",
                description: "Listed among the error types of Anthropic's SDK for billing or payment problems; no public quote of it on the wire was found, so no entry expects it. Empty credit and reached spend limits arrive as `invalid_request_error` (400) or `rate_limit_error` (429) instead.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "forbidden",
                variant: "Forbidden",
                description: "Not an Anthropic error type: the edge in front of the API answers with it when it refuses a request before the API sees it. The body then has no top-level `\"type\": \"error\"`.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "invalid_request_error",
                variant: "InvalidRequestError",
                description: "The request was refused as sent. Besides malformed input, Anthropic uses this type (status 400) for an over-long prompt, an empty credit balance and a reached spend limit; only the message separates them.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "not_found_error",
                variant: "NotFoundError",
                description: "The resource named in the request, most often the model, does not exist for this key. Sent with status 404.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "overloaded_error",
                variant: "OverloadedError",
                description: "The API as a whole lacks capacity at the moment, for every customer. Sent with Anthropic's own status 529.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "permission_error",
                variant: "PermissionError",
                description: "The key is valid but may not use the resource or feature asked for. Sent with status 403.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "rate_limit_error",
                variant: "RateLimitError",
                description: "Sent with status 429 when the organization passed one of its limits; also used for plan entitlements and spend caps, which waiting does not cure.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "request_too_large",
                variant: "RequestTooLarge",
                description: "Sent by the edge in front of the API (status 413) when the request body is larger than allowed, before the API servers see it; the body has no top-level `\"type\": \"error\"`.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "timeout_error",
                variant: "TimeoutError",
                description: "Listed among the SDK's error types; its SDK class is a gateway timeout. No public quote of it on the wire was found. errspec also files bare 408 responses under it.",
            },
        ];
        &ENTRIES[self as usize]
    }
    /// The type for a server's type string, if the spec knows it.
    pub fn from_name(name: &str) -> ::core::option::Option<Self> {
        match name {
            "api_error" => ::core::option::Option::Some(Self::ApiError),
            "authentication_error" => {
                ::core::option::Option::Some(Self::AuthenticationError)
            }
            "billing_error" => ::core::option::Option::Some(Self::BillingError),
            "forbidden" => ::core::option::Option::Some(Self::Forbidden),
            "invalid_request_error" => {
                ::core::option::Option::Some(Self::InvalidRequestError)
            }
            "not_found_error" => ::core::option::Option::Some(Self::NotFoundError),
            "overloaded_error" => ::core::option::Option::Some(Self::OverloadedError),
            "permission_error" => ::core::option::Option::Some(Self::PermissionError),
            "rate_limit_error" => ::core::option::Option::Some(Self::RateLimitError),
            "request_too_large" => ::core::option::Option::Some(Self::RequestTooLarge),
            "timeout_error" => ::core::option::Option::Some(Self::TimeoutError),
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
    ErrorType, ErrorType::from_name, "an error type of the Anthropic API"
);
#[doc(hidden)]
#[macro_export]
macro_rules! __errspec_catalog_anthropic_ErrorCode {
    ([$($callback:tt)*] $($input:tt)*) => {
        $($callback)* ! { { format = 1, title = "Anthropic API", codes = {
        "credit_balance_too_low" => CreditBalanceTooLow, "invalid_request_error" =>
        InvalidRequestError, "prompt_too_long" => PromptTooLong, "usage_limit_reached" =>
        UsageLimitReached, "authentication_error" => AuthenticationError, "forbidden" =>
        Forbidden, "permission_error" => PermissionError, "not_found_error" =>
        NotFoundError, "request_timeout" => RequestTimeout, "conflict" => Conflict,
        "request_too_large" => RequestTooLarge, "unprocessable_entity" =>
        UnprocessableEntity, "extra_usage_required" => ExtraUsageRequired,
        "rate_limit_error" => RateLimitError, "spend_limit_reached" => SpendLimitReached,
        "api_error" => ApiError, "bad_gateway" => BadGateway, "service_unavailable" =>
        ServiceUnavailable, "timeout_error" => TimeoutError, "overloaded_error" =>
        OverloadedError, } } $($input)* }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __errspec_catalog_anthropic_ErrorCode as ErrorCode;
