// @generated from `specs/gemini.json` by errspec-codegen: edit the spec, then write this file
// again with `ERRSPEC_BLESS=1 cargo test -p errspec-codegen --test bundled`.

/**Error codes of the Google Gemini API (spec `specs/gemini.json`, version 1).

Errors returned by the Gemini API (generativelanguage.googleapis.com) and the Vertex and Code Assist endpoints that share its error shape: the HTTP status and google.rpc status each arrives with, why it happens, how to fix it and whether a client should send the request again. The body's `code` is the HTTP status as a number and its `status` the google.rpc name (`RESOURCE_EXHAUSTED`), which errspec reads as the type; entries carry the google.rpc name, or the `details[].reason` (`API_KEY_INVALID`) where one exists, or errspec's own name for a case only the message tells apart. Every entry names its sources: Google's documentation or public issue threads that quote real responses.

| Code | Status | Category | Retry |
|---|---|---|---|
| [`API_KEY_INVALID`](Self::ApiKeyInvalid) | 400 | authentication | [`no_retry`](#retry-strategies) |
| [`FAILED_PRECONDITION`](Self::FailedPrecondition) | 400 | permission | [`no_retry`](#retry-strategies) |
| [`INVALID_ARGUMENT`](Self::InvalidArgument) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`input_token_count_exceeded`](Self::InputTokenCountExceeded) | 400 | context_length | [`no_retry`](#retry-strategies) |
| [`location_not_supported`](Self::LocationNotSupported) | 400 | permission | [`no_retry`](#retry-strategies) |
| [`ACCESS_TOKEN_TYPE_UNSUPPORTED`](Self::AccessTokenTypeUnsupported) | 401 | authentication | [`no_retry`](#retry-strategies) |
| [`UNAUTHENTICATED`](Self::Unauthenticated) | 401 | authentication | [`no_retry`](#retry-strategies) |
| [`API_KEY_SERVICE_BLOCKED`](Self::ApiKeyServiceBlocked) | 403 | permission | [`no_retry`](#retry-strategies) |
| [`CONSUMER_INVALID`](Self::ConsumerInvalid) | 403 | permission | [`no_retry`](#retry-strategies) |
| [`CONSUMER_SUSPENDED`](Self::ConsumerSuspended) | 403 | permission | [`no_retry`](#retry-strategies) |
| [`PERMISSION_DENIED`](Self::PermissionDenied) | 403 | permission | [`no_retry`](#retry-strategies) |
| [`SERVICE_DISABLED`](Self::ServiceDisabled) | 403 | permission | [`no_retry`](#retry-strategies) |
| [`NOT_FOUND`](Self::NotFound) | 404 | not_found | [`no_retry`](#retry-strategies) |
| [`RESOURCE_EXHAUSTED`](Self::ResourceExhausted) | 429 | rate_limit | [`exponential_backoff`](#retry-strategies) |
| [`daily_quota_exceeded`](Self::DailyQuotaExceeded) | 429 | quota | [`no_retry`](#retry-strategies) |
| [`CANCELLED`](Self::Cancelled) | 499 | timeout | [`transient_backoff`](#retry-strategies) |
| [`INTERNAL`](Self::Internal) | 500 | server | [`immediate_then_backoff`](#retry-strategies) |
| [`UNAVAILABLE`](Self::Unavailable) | 503 | overloaded | [`exponential_backoff`](#retry-strategies) |
| [`DEADLINE_EXCEEDED`](Self::DeadlineExceeded) | 504 | timeout | [`transient_backoff`](#retry-strategies) |

# Retry strategies

- `exponential_backoff`: For throttling: wait about 1 s, 2 s, 4 s, 8 s and 16 s before the five retries, each with up to 1 s of random jitter so that many clients do not come back at the same instant; no backoff wait is longer than 60 s. A delay the server names (retry-after-ms, Retry-After, a "try again in" in the message) takes the place of the backoff, up to the runtime's ceiling for hints. Also used for 503 overloaded models: the whole model is short of capacity, so waiting is what helps (exponential backoff from 1000 ms, ×2 per retry, plus up to 1000 ms of jitter; at most 6 attempts, no wait longer than 60000 ms).
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
    /**API key not valid: the key sent is wrong or unknown

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `INVALID_ARGUMENT` | `API_KEY_INVALID` (errspec's name: the server sends no code) | `authentication` |

The Gemini API reports a bad or unknown key as a 400 `INVALID_ARGUMENT`, not a 401; the body's `details` carry a `google.rpc.ErrorInfo` with reason `API_KEY_INVALID`. errspec names the entry after that reason and recognises it by it; a body without `details` is recognised by its message ("API key not valid" or "API Key not found").

# Causes

- A mistyped, truncated or deleted key
- A key from another Google project or product
- An empty or unset key variable

# Solutions

- Create or copy a key in Google AI Studio
- Check what the client actually sends as the key

**Do first:** check the API key

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": 400,
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "domain": "googleapis.com",
        "metadata": {
          "service": "generativelanguage.googleapis.com"
        },
        "reason": "API_KEY_INVALID"
      },
      {
        "@type": "type.googleapis.com/google.rpc.LocalizedMessage",
        "locale": "en-US",
        "message": "API key not valid. Please pass a valid API key."
      }
    ],
    "message": "API key not valid. Please pass a valid API key.",
    "status": "INVALID_ARGUMENT"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `api key not valid` or `api key not found` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/continuedev/continue/issues/10077>
- <https://github.com/google-gemini/gemini-cli/issues/25198>
*/
    ApiKeyInvalid,
    /**Failed precondition: the API is not available to this caller as set up

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `FAILED_PRECONDITION` | `FAILED_PRECONDITION` (errspec's name: the server sends no code) | `permission` |

The request cannot be served in the account's current state. The Gemini documentation gives one case: the free tier is not offered in the caller's country, and billing must be enabled first. Waiting does not change it.

# Causes

- Free-tier use from a country where it is not offered
- A project without billing where billing is required

# Solutions

- Enable billing on the project
- Call the API from a supported region

**Do first:** enable billing or use a supported region

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Sources

Documented by the provider.

- <https://ai.google.dev/gemini-api/docs/troubleshooting>
- <https://ai.google.dev/gemini-api/docs/generate-content/api-errors>
*/
    FailedPrecondition,
    /**Invalid argument: the request is malformed or has a bad parameter

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `INVALID_ARGUMENT` | `INVALID_ARGUMENT` (errspec's name: the server sends no code) | `invalid_request` |

The request was refused as sent: a missing field, a wrong value, a request shape the model does not accept. Named after the google.rpc status in the body, which is also how errspec recognises it; an invalid key and an over-long input share this status and have their own entries (`API_KEY_INVALID`, `input_token_count_exceeded`).

# Causes

- A malformed request body or a misspelt field
- A parameter value outside what the model accepts
- Features used with a model or API version that lacks them

# Solutions

- Read the message for the field at fault
- Check the request against the API reference for the version in use

**Do first:** fix the request

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Sources

Documented by the provider.

- <https://ai.google.dev/gemini-api/docs/troubleshooting>
- <https://ai.google.dev/gemini-api/docs/generate-content/api-errors>
*/
    InvalidArgument,
    /**Input too long: the input has more tokens than the model accepts

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `INVALID_ARGUMENT` | `input_token_count_exceeded` (errspec's name: the server sends no code) | `context_length` |

The input token count is above the model's limit; the message gives both numbers. It is a 400 `INVALID_ARGUMENT` without a reason of its own, so errspec names it and recognises it by the message. The Code Assist endpoints send the same message inside a JSON array. The same prompt fails every time.

# Causes

- A long conversation resent whole
- Large files or documents in the input
- A prompt built for a model with a bigger window

# Solutions

- Count tokens before sending and trim to fit
- Summarise or drop old turns
- Split the input across requests

**Do first:** shorten the input

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": 400,
    "message": "The input token count (81881) exceeds the maximum number of tokens allowed (65536).",
    "status": "INVALID_ARGUMENT"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `input token count*exceeds the maximum number of tokens` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/google-gemini/gemini-cli/issues/4231>
- <https://github.com/google-gemini/gemini-cli/issues/27197>
- <https://github.com/google-gemini/gemini-cli/issues/6678>
*/
    InputTokenCountExceeded,
    /**Location not supported: the API is not offered where the request comes from

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `FAILED_PRECONDITION` | `location_not_supported` (errspec's name: the server sends no code) | `permission` |

The request came from a place the Gemini API does not serve. It arrives as a 400 `FAILED_PRECONDITION` with no reason of its own, so errspec names it and recognises it by the message. The location is that of the machine calling the API, which for serverless hosting may not be where its owner is.

# Causes

- Calling from an unsupported country or region
- Hosting whose outbound traffic leaves from an unsupported region (a serverless worker routed through Hong Kong, for one)
- A VPN or proxy exiting in such a region

# Solutions

- Run the calls from a supported region
- Pin serverless hosting to a supported region
- Use Vertex AI in a supported Google Cloud region

**Do first:** call from a supported region

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": 400,
    "message": "User location is not supported for the API use.",
    "status": "FAILED_PRECONDITION"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `user location is not supported` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/poenl/gemini-api/issues/4>
- <https://github.com/gemini-api-php/client/issues/32>
*/
    LocationNotSupported,
    /**Access token type unsupported: the credential is not of a kind the endpoint takes

| Status | Type | Code | Category |
|---|---|---|---|
| `401 Unauthorized` | `UNAUTHENTICATED` | `ACCESS_TOKEN_TYPE_UNSUPPORTED` (errspec's name: the server sends no code) | `authentication` |

A 401 `UNAUTHENTICATED` whose `ErrorInfo` reason says the credential sent is of the wrong kind, for example an API key passed as a bearer token where an OAuth access token is expected. errspec names the entry after that reason and recognises it by it. Retrying with the same credential fails the same way.

# Causes

- An API key sent in the `Authorization: Bearer` header
- An ID token or another token type where an OAuth access token is expected

# Solutions

- Send an API key in the `x-goog-api-key` header or the `key` parameter, or a real OAuth access token as the bearer
- Check which credential the client library picked up

**Do first:** send the kind of credential the endpoint takes

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": 401,
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "metadata": {
          "service": "generativelanguage.googleapis.com"
        },
        "reason": "ACCESS_TOKEN_TYPE_UNSUPPORTED"
      }
    ],
    "message": "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
    "status": "UNAUTHENTICATED"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/google-gemini/gemini-cli/issues/29275>
*/
    AccessTokenTypeUnsupported,
    /**Unauthenticated: the request carries no valid credentials

| Status | Type | Code | Category |
|---|---|---|---|
| `401 Unauthorized` | `UNAUTHENTICATED` | `UNAUTHENTICATED` (errspec's name: the server sends no code) | `authentication` |

The credentials are missing, expired or of a kind the endpoint does not take (an API key where an OAuth access token is expected, or the reverse). The `ErrorInfo` reason, when sent, says which; `ACCESS_TOKEN_TYPE_UNSUPPORTED` has an entry of its own.

# Causes

- An expired or revoked OAuth token
- An API key sent to an endpoint that wants an OAuth token
- No credentials at all

# Solutions

- Refresh the token or sign in again
- Send the kind of credential the endpoint documents

**Do first:** refresh or fix the credentials

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Sources

Observed in real responses.

- <https://github.com/kaitranntt/ccs/issues/1131>
- <https://github.com/google-gemini/gemini-cli/issues/29275>
*/
    Unauthenticated,
    /**API key service blocked: the key's restrictions exclude this API

| Status | Type | Code | Category |
|---|---|---|---|
| `403 Forbidden` | `PERMISSION_DENIED` | `API_KEY_SERVICE_BLOCKED` (errspec's name: the server sends no code) | `permission` |

A 403 `PERMISSION_DENIED` whose `ErrorInfo` reason says the API key's API restrictions do not include the Gemini API (`generativelanguage.googleapis.com`); errspec names the entry after that reason and recognises it by it. The key works for the APIs it is restricted to and never for this one until its restrictions change.

# Causes

- A key restricted to other Google APIs (Maps, YouTube) used for Gemini
- Restrictions edited on a shared key

# Solutions

- Add the Generative Language API to the key's API restrictions in the Google Cloud console
- Use a key created for the Gemini API in Google AI Studio

**Do first:** allow the Gemini API in the key's restrictions

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": 403,
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "domain": "googleapis.com",
        "metadata": {
          "service": "generativelanguage.googleapis.com"
        },
        "reason": "API_KEY_SERVICE_BLOCKED"
      }
    ],
    "message": "Requests to this API generativelanguage.googleapis.com method google.ai.generativelanguage.v1beta.GenerativeService.StreamGenerateContent are blocked.",
    "status": "PERMISSION_DENIED"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/continuedev/continue/issues/12781>
*/
    ApiKeyServiceBlocked,
    /**Permission denied on the project: the consumer project is not valid for this API

| Status | Type | Code | Category |
|---|---|---|---|
| `403 Forbidden` | `PERMISSION_DENIED` | `CONSUMER_INVALID` (errspec's name: the server sends no code) | `permission` |

The project the request is billed to cannot use the service; the body's `details` carry an `ErrorInfo` with reason `CONSUMER_INVALID`, after which errspec names the entry. Seen from the Code Assist back end used by Gemini CLI, in a JSON-array body with a legacy `errors` list. errspec recognises it by that reason, or without `details` by the message ("Permission denied on resource project").

# Causes

- A project id that does not exist or is misspelt
- A project without access to the service
- A stale or wrong project setting in the client

# Solutions

- Check the configured Google Cloud project id
- Enable the service for the project or pick a project that has it

**Do first:** check the project setting

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Matching

Chosen for a body without a known code whose message contains `permission denied on resource project` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/gemini-cli-extensions/nanobanana/issues/16>
*/
    ConsumerInvalid,
    /**Consumer suspended: the key or project was suspended

| Status | Type | Code | Category |
|---|---|---|---|
| `403 Forbidden` | `PERMISSION_DENIED` | `CONSUMER_SUSPENDED` (errspec's name: the server sends no code) | `permission` |

Google suspended the API key or the project behind it; the body's `details` carry an `ErrorInfo` with reason `CONSUMER_SUSPENDED`, after which errspec names the entry and by which it recognises it; a body without `details` is recognised by the message ("has been suspended"). No request with that key succeeds until the suspension is lifted.

# Causes

- A key or project suspended for a policy or billing reason
- A key that leaked and was shut down

# Solutions

- Check the project's standing in the Google Cloud console
- Create a new key in a project in good standing
- Appeal through Google if the suspension is a mistake

**Do first:** check the project's standing

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": 403,
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "domain": "googleapis.com",
        "metadata": {
          "consumer": "projects/578829824020",
          "service": "generativelanguage.googleapis.com"
        },
        "reason": "CONSUMER_SUSPENDED"
      }
    ],
    "message": "Permission denied: Consumer 'api_key:AIza…MASKED' has been suspended.",
    "status": "PERMISSION_DENIED"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `has been suspended` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/google/generative-ai-docs/issues/356>
*/
    ConsumerSuspended,
    /**Permission denied: the caller may not use this resource

| Status | Type | Code | Category |
|---|---|---|---|
| `403 Forbidden` | `PERMISSION_DENIED` | `PERMISSION_DENIED` (errspec's name: the server sends no code) | `permission` |

The key or account lacks the right to the model or resource, or the project cannot use the API. Specific reasons (`CONSUMER_SUSPENDED`, `CONSUMER_INVALID`, `SERVICE_DISABLED`) have their own entries; a 403 matching none of them lands here.

# Causes

- A key restricted to other APIs or origins
- A tuned model or file owned by another project
- An account without access to the model

# Solutions

- Check the key's restrictions
- Use a resource the project owns
- Check the account's access to the model

**Do first:** check the key's access

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Sources

Documented by the provider.

- <https://ai.google.dev/gemini-api/docs/troubleshooting>
- <https://ai.google.dev/gemini-api/docs/generate-content/api-errors>
*/
    PermissionDenied,
    /**Service disabled: the API is not enabled for the project

| Status | Type | Code | Category |
|---|---|---|---|
| `403 Forbidden` | `PERMISSION_DENIED` | `SERVICE_DISABLED` (errspec's name: the server sends no code) | `permission` |

The Generative Language (or Vertex) API is off for the Google Cloud project the key belongs to; the body's `details` carry an `ErrorInfo` with reason `SERVICE_DISABLED`, after which errspec names the entry and by which it recognises it; without `details`, the message says the API has not been used in the project before or is disabled. Only enabling it helps, and it may take a few minutes to apply.

# Causes

- A key from a project where the API was never enabled
- The API disabled by a project administrator

# Solutions

- Enable the API for the project in the Google Cloud console
- Use a key from a project where it is enabled

**Do first:** enable the API for the project

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Matching

Chosen for a body without a known code whose message contains `has not been used in project*or it is disabled` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/google-gemini/gemini-cli/issues/1343>
- <https://github.com/google-gemini/deprecated-generative-ai-python/issues/10>
*/
    ServiceDisabled,
    /**Not found: the model does not exist or does not support this method

| Status | Type | Code | Category |
|---|---|---|---|
| `404 Not Found` | `NOT_FOUND` | `NOT_FOUND` (errspec's name: the server sends no code) | `not_found` |

The model (or other resource) named in the request is unknown to this API version or cannot serve the method called; the message names the model and suggests listing the models. Retired and preview models that were withdrawn end up here.

# Causes

- A misspelt or retired model name
- A model that exists only in another API version
- A model that does not support the method called (for example `generateContent`)

# Solutions

- List the available models and pick a current one
- Check the API version in the URL
- Use a method the model supports

**Do first:** check the model name

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": 404,
    "message": "models/gemini-1.0-pro is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.",
    "status": "NOT_FOUND"
  }
}
```

# Sources

Observed in real responses.

- <https://ai.google.dev/gemini-api/docs/troubleshooting>
- <https://ai.google.dev/gemini-api/docs/generate-content/api-errors>
- <https://github.com/wwardaww/gnome-gemini-ai/issues/21>
- <https://github.com/google-gemini/gemini-api-quickstart/issues/20>
*/
    NotFound,
    /**Resource exhausted: a rate limit or quota was reached

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `RESOURCE_EXHAUSTED` | `RESOURCE_EXHAUSTED` (errspec's name: the server sends no code) | `rate_limit` |

The project passed one of its limits: requests or tokens per minute, or a quota over a longer period. The message ("You exceeded your current quota…", or on Vertex "Resource exhausted. Please try again later.") is the same for short and long limits. Newer bodies carry a `QuotaFailure` naming the limit and a `RetryInfo` with the delay to wait (`retryDelay`, such as `26s`), and the message may end with "Please retry in N s". errspec treats it as a rate limit and retries with backoff; a per-day quota (see `daily_quota_exceeded`) will keep failing until its reset.

# Causes

- Bursts above the requests- or tokens-per-minute limit
- Free-tier limits, which are low
- A daily quota used up

# Solutions

- Back off and retry, using the `retryDelay` when present
- Pace requests on the client side
- Enable billing or ask for a higher quota
- Check the `quotaId` to see whether the limit is per minute or per day

**Do first:** wait, then retry

# Retry

`exponential_backoff`: For throttling: wait about 1 s, 2 s, 4 s, 8 s and 16 s before the five retries, each with up to 1 s of random jitter so that many clients do not come back at the same instant; no backoff wait is longer than 60 s. A delay the server names (retry-after-ms, Retry-After, a "try again in" in the message) takes the place of the backoff, up to the runtime's ceiling for hints. Also used for 503 overloaded models: the whole model is short of capacity, so waiting is what helps (exponential backoff from 1000 ms, ×2 per retry, plus up to 1000 ms of jitter; at most 6 attempts, no wait longer than 60000 ms).

# Example body

```json
{
  "error": {
    "code": 429,
    "message": "You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.",
    "status": "RESOURCE_EXHAUSTED"
  }
}
```

# Sources

Observed in real responses.

- <https://ai.google.dev/gemini-api/docs/troubleshooting>
- <https://ai.google.dev/gemini-api/docs/generate-content/api-errors>
- <https://github.com/RooCodeInc/Roo-Code/issues/3883>
- <https://github.com/googleapis/python-genai/issues/1446>
- <https://github.com/google-gemini/gemini-cli/issues/14811>
- <https://github.com/google-gemini/gemini-cli/issues/14831>
*/
    ResourceExhausted,
    /**Daily quota exceeded: the per-day quota is used up until it resets

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `RESOURCE_EXHAUSTED` | `daily_quota_exceeded` (errspec's name: the server sends no code) | `quota` |

A per-day quota (often the free tier's daily requests per model) is spent. It comes as the same 429 `RESOURCE_EXHAUSTED`, with the same message, as a per-minute limit, and even carries a short `RetryInfo` delay; only the `quotaId` in the `QuotaFailure` detail (containing `PerDay`) tells it apart. It lasts until the daily reset, so retries just waste time. errspec tries message patterns on that quota id too, and this entry's pattern (`perday`) picks it; a body without a `QuotaFailure` (or whose first violation is another limit) classifies as `RESOURCE_EXHAUSTED`.

# Causes

- The free tier's daily request allowance for a model was used up
- A daily token or request quota on the project was reached

# Solutions

- Wait for the daily reset
- Enable billing or move to a higher tier
- Switch to another model with its own quota

**Do first:** stop until the daily reset or raise the quota

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": 429,
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.QuotaFailure",
        "violations": [
          {
            "quotaId": "GenerateRequestsPerDayPerProjectPerModel-FreeTier",
            "quotaMetric": "generativelanguage.googleapis.com/generate_content_free_tier_requests",
            "quotaValue": "20"
          }
        ]
      },
      {
        "@type": "type.googleapis.com/google.rpc.RetryInfo",
        "retryDelay": "36s"
      }
    ],
    "message": "You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: https://ai.dev/rate-limit. \n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 20, model: gemini-3.6-flash\nPlease retry in 36.429760048s.",
    "status": "RESOURCE_EXHAUSTED"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `perday` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/diegosouzapw/OmniRoute/issues/9504>
- <https://github.com/gke-labs/gemini-for-kubernetes-development/issues/1215>
*/
    DailyQuotaExceeded,
    /**Cancelled: the request was cancelled before it finished

| Status | Type | Code | Category |
|---|---|---|---|
| `499` | `CANCELLED` | `CANCELLED` (errspec's name: the server sends no code) | `timeout` |

The operation was cancelled, usually by the caller (a closed connection or a client-side timeout). The Gemini error table lists it with status 499. Resending after a pause is reasonable if the cancellation was not intended.

# Causes

- A client timeout shorter than the generation takes
- A connection closed by the client or a proxy

# Solutions

- Allow a longer client timeout
- Stream long generations
- Resend if the cancellation was not intended

**Do first:** allow more time, then resend

# Retry

`transient_backoff`: For timeouts, conflicts and failing proxies (408, 409, 502, 504): an instant resend tends to meet the same stuck component, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Sources

Documented by the provider.

- <https://ai.google.dev/gemini-api/docs/troubleshooting>
- <https://ai.google.dev/gemini-api/docs/generate-content/api-errors>
*/
    Cancelled,
    /**Internal error: the service failed while handling the request

| Status | Type | Code | Category |
|---|---|---|---|
| `500 Internal Server Error` | `INTERNAL` | `INTERNAL` (errspec's name: the server sends no code) | `server` |

An unexpected failure on Google's side. The Gemini documentation also names an input context that is too long as one cause, so if retries keep failing, shorten the input or try another model.

# Causes

- A passing fault in the service
- An input context that is too long

# Solutions

- Retry once at once, then with growing delays
- Shorten the input if the error repeats
- Try another model

**Do first:** retry, then shorten the input

# Retry

`immediate_then_backoff`: For a passing failure inside the service (500): resend once straight away, because another machine often takes the retry, then wait about 1 s, 2 s and 4 s with up to 0.5 s of jitter; five attempts in all and no wait longer than 30 s (1 immediate retry, then exponential backoff from 1000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 5 attempts, no wait longer than 30000 ms).

# Example body

```json
{
  "error": {
    "code": 500,
    "message": "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting",
    "status": "INTERNAL"
  }
}
```

# Sources

Observed in real responses.

- <https://ai.google.dev/gemini-api/docs/troubleshooting>
- <https://ai.google.dev/gemini-api/docs/generate-content/api-errors>
- <https://github.com/google-gemini/gemini-cli/issues/7310>
- <https://github.com/google-gemini/gemini-cli/issues/3665>
*/
    Internal,
    /**Unavailable: the model is overloaded or temporarily out of capacity

| Status | Type | Code | Category |
|---|---|---|---|
| `503 Service Unavailable` | `UNAVAILABLE` | `UNAVAILABLE` (errspec's name: the server sends no code) | `overloaded` |

The model has no capacity for the request right now, a condition shared by all its users ("The model is overloaded", or in newer wording a note that demand is high). It passes; retrying with growing delays usually succeeds, and instant retries from many clients prolong it.

# Causes

- A peak of demand on the model
- Reduced capacity during an incident

# Solutions

- Retry with growing delays and jitter
- Switch to another model while it lasts

**Do first:** retry with backoff

# Retry

`exponential_backoff`: For throttling: wait about 1 s, 2 s, 4 s, 8 s and 16 s before the five retries, each with up to 1 s of random jitter so that many clients do not come back at the same instant; no backoff wait is longer than 60 s. A delay the server names (retry-after-ms, Retry-After, a "try again in" in the message) takes the place of the backoff, up to the runtime's ceiling for hints. Also used for 503 overloaded models: the whole model is short of capacity, so waiting is what helps (exponential backoff from 1000 ms, ×2 per retry, plus up to 1000 ms of jitter; at most 6 attempts, no wait longer than 60000 ms).

# Example body

```json
{
  "error": {
    "code": 503,
    "message": "The model is overloaded. Please try again later.",
    "status": "UNAVAILABLE"
  }
}
```

# Sources

Observed in real responses.

- <https://ai.google.dev/gemini-api/docs/troubleshooting>
- <https://ai.google.dev/gemini-api/docs/generate-content/api-errors>
- <https://github.com/lobehub/lobehub/issues/9728>
- <https://github.com/google-gemini/cookbook/issues/425>
- <https://github.com/google-gemini/gemini-cli/issues/4360>
- <https://github.com/continuedev/continue/issues/10639>
*/
    Unavailable,
    /**Deadline exceeded: the service could not finish in time

| Status | Type | Code | Category |
|---|---|---|---|
| `504 Gateway Timeout` | `DEADLINE_EXCEEDED` | `DEADLINE_EXCEEDED` (errspec's name: the server sends no code) | `timeout` |

The request did not complete within the deadline, typically because the input is large or the generation long. A retry can succeed, better with a longer deadline set by the client. No verbatim body was found in public.

# Causes

- A very large prompt or long output
- A client deadline that is too short

# Solutions

- Set a longer timeout on the request
- Stream the response
- Shorten the input

**Do first:** retry with a longer deadline

# Retry

`transient_backoff`: For timeouts, conflicts and failing proxies (408, 409, 502, 504): an instant resend tends to meet the same stuck component, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Sources

Documented by the provider.

- <https://ai.google.dev/gemini-api/docs/troubleshooting>
- <https://ai.google.dev/gemini-api/docs/generate-content/api-errors>
*/
    DeadlineExceeded,
}
#[allow(deprecated)]
impl ErrorCode {
    /// Every code, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::ApiKeyInvalid,
        Self::FailedPrecondition,
        Self::InvalidArgument,
        Self::InputTokenCountExceeded,
        Self::LocationNotSupported,
        Self::AccessTokenTypeUnsupported,
        Self::Unauthenticated,
        Self::ApiKeyServiceBlocked,
        Self::ConsumerInvalid,
        Self::ConsumerSuspended,
        Self::PermissionDenied,
        Self::ServiceDisabled,
        Self::NotFound,
        Self::ResourceExhausted,
        Self::DailyQuotaExceeded,
        Self::Cancelled,
        Self::Internal,
        Self::Unavailable,
        Self::DeadlineExceeded,
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
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
            ],
            slots: &[
                0, 0, 0, 9, 0, 15, 6, 0, 0, 0, 0, 4, 0, 0, 12, 0, 0, 2, 0, 0, 0, 17, 0,
                0, 19, 0, 0, 0, 0, 0, 0, 3, 7, 11, 0, 0, 0, 8, 16, 14, 13, 0, 0, 0, 0, 0,
                0, 0, 0, 5, 0, 10, 18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0,
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
        static TYPE_OF: [u32; 19] = [
            4, 2, 4, 4, 2, 8, 8, 6, 6, 6, 6, 6, 5, 7, 7, 0, 3, 9, 1,
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
        pub(super) static TEXTS: [EntryText; 19] = [
            EntryText {
                prose: r#"ApiKeyInvalid␟The Gemini API reports a bad or unknown key as a 400 `INVALID_ARGUMENT`, not a 401; the body's `details` carry a `google.rpc.ErrorInfo` with reason `API_KEY_INVALID`. errspec names the entry after that reason and recognises it by it; a body without `details` is recognised by its message ("API key not valid" or "API Key not found").␟check the API key␟{
  "error": {
    "code": 400,
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "domain": "googleapis.com",
        "metadata": {
          "service": "generativelanguage.googleapis.com"
        },
        "reason": "API_KEY_INVALID"
      },
      {
        "@type": "type.googleapis.com/google.rpc.LocalizedMessage",
        "locale": "en-US",
        "message": "API key not valid. Please pass a valid API key."
      }
    ],
    "message": "API key not valid. Please pass a valid API key.",
    "status": "INVALID_ARGUMENT"
  }
}␟A mistyped, truncated or deleted key␟A key from another Google project or product␟An empty or unset key variable␟Create or copy a key in Google AI Studio␟Check what the client actually sends as the key␟https://github.com/continuedev/continue/issues/10077␟https://github.com/google-gemini/gemini-cli/issues/25198"#,
                counts: (3, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"FailedPrecondition␟The request cannot be served in the account's current state. The Gemini documentation gives one case: the free tier is not offered in the caller's country, and billing must be enabled first. Waiting does not change it.␟enable billing or use a supported region␟␟Free-tier use from a country where it is not offered␟A project without billing where billing is required␟Enable billing on the project␟Call the API from a supported region␟https://ai.google.dev/gemini-api/docs/troubleshooting␟https://ai.google.dev/gemini-api/docs/generate-content/api-errors",
                counts: (2, 2),
                ..T
            },
            EntryText {
                prose: r"InvalidArgument␟The request was refused as sent: a missing field, a wrong value, a request shape the model does not accept. Named after the google.rpc status in the body, which is also how errspec recognises it; an invalid key and an over-long input share this status and have their own entries (`API_KEY_INVALID`, `input_token_count_exceeded`).␟fix the request␟␟A malformed request body or a misspelt field␟A parameter value outside what the model accepts␟Features used with a model or API version that lacks them␟Read the message for the field at fault␟Check the request against the API reference for the version in use␟https://ai.google.dev/gemini-api/docs/troubleshooting␟https://ai.google.dev/gemini-api/docs/generate-content/api-errors",
                counts: (3, 2),
                ..T
            },
            EntryText {
                prose: r#"InputTokenCountExceeded␟The input token count is above the model's limit; the message gives both numbers. It is a 400 `INVALID_ARGUMENT` without a reason of its own, so errspec names it and recognises it by the message. The Code Assist endpoints send the same message inside a JSON array. The same prompt fails every time.␟shorten the input␟{
  "error": {
    "code": 400,
    "message": "The input token count (81881) exceeds the maximum number of tokens allowed (65536).",
    "status": "INVALID_ARGUMENT"
  }
}␟A long conversation resent whole␟Large files or documents in the input␟A prompt built for a model with a bigger window␟Count tokens before sending and trim to fit␟Summarise or drop old turns␟Split the input across requests␟https://github.com/google-gemini/gemini-cli/issues/4231␟https://github.com/google-gemini/gemini-cli/issues/27197␟https://github.com/google-gemini/gemini-cli/issues/6678"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"LocationNotSupported␟The request came from a place the Gemini API does not serve. It arrives as a 400 `FAILED_PRECONDITION` with no reason of its own, so errspec names it and recognises it by the message. The location is that of the machine calling the API, which for serverless hosting may not be where its owner is.␟call from a supported region␟{
  "error": {
    "code": 400,
    "message": "User location is not supported for the API use.",
    "status": "FAILED_PRECONDITION"
  }
}␟Calling from an unsupported country or region␟Hosting whose outbound traffic leaves from an unsupported region (a serverless worker routed through Hong Kong, for one)␟A VPN or proxy exiting in such a region␟Run the calls from a supported region␟Pin serverless hosting to a supported region␟Use Vertex AI in a supported Google Cloud region␟https://github.com/poenl/gemini-api/issues/4␟https://github.com/gemini-api-php/client/issues/32"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"AccessTokenTypeUnsupported␟A 401 `UNAUTHENTICATED` whose `ErrorInfo` reason says the credential sent is of the wrong kind, for example an API key passed as a bearer token where an OAuth access token is expected. errspec names the entry after that reason and recognises it by it. Retrying with the same credential fails the same way.␟send the kind of credential the endpoint takes␟{
  "error": {
    "code": 401,
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "metadata": {
          "service": "generativelanguage.googleapis.com"
        },
        "reason": "ACCESS_TOKEN_TYPE_UNSUPPORTED"
      }
    ],
    "message": "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
    "status": "UNAUTHENTICATED"
  }
}␟An API key sent in the `Authorization: Bearer` header␟An ID token or another token type where an OAuth access token is expected␟Send an API key in the `x-goog-api-key` header or the `key` parameter, or a real OAuth access token as the bearer␟Check which credential the client library picked up␟https://github.com/google-gemini/gemini-cli/issues/29275"#,
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"Unauthenticated␟The credentials are missing, expired or of a kind the endpoint does not take (an API key where an OAuth access token is expected, or the reverse). The `ErrorInfo` reason, when sent, says which; `ACCESS_TOKEN_TYPE_UNSUPPORTED` has an entry of its own.␟refresh or fix the credentials␟␟An expired or revoked OAuth token␟An API key sent to an endpoint that wants an OAuth token␟No credentials at all␟Refresh the token or sign in again␟Send the kind of credential the endpoint documents␟https://github.com/kaitranntt/ccs/issues/1131␟https://github.com/google-gemini/gemini-cli/issues/29275",
                counts: (3, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"ApiKeyServiceBlocked␟A 403 `PERMISSION_DENIED` whose `ErrorInfo` reason says the API key's API restrictions do not include the Gemini API (`generativelanguage.googleapis.com`); errspec names the entry after that reason and recognises it by it. The key works for the APIs it is restricted to and never for this one until its restrictions change.␟allow the Gemini API in the key's restrictions␟{
  "error": {
    "code": 403,
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "domain": "googleapis.com",
        "metadata": {
          "service": "generativelanguage.googleapis.com"
        },
        "reason": "API_KEY_SERVICE_BLOCKED"
      }
    ],
    "message": "Requests to this API generativelanguage.googleapis.com method google.ai.generativelanguage.v1beta.GenerativeService.StreamGenerateContent are blocked.",
    "status": "PERMISSION_DENIED"
  }
}␟A key restricted to other Google APIs (Maps, YouTube) used for Gemini␟Restrictions edited on a shared key␟Add the Generative Language API to the key's API restrictions in the Google Cloud console␟Use a key created for the Gemini API in Google AI Studio␟https://github.com/continuedev/continue/issues/12781"#,
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"ConsumerInvalid␟The project the request is billed to cannot use the service; the body's `details` carry an `ErrorInfo` with reason `CONSUMER_INVALID`, after which errspec names the entry. Seen from the Code Assist back end used by Gemini CLI, in a JSON-array body with a legacy `errors` list. errspec recognises it by that reason, or without `details` by the message ("Permission denied on resource project").␟check the project setting␟␟A project id that does not exist or is misspelt␟A project without access to the service␟A stale or wrong project setting in the client␟Check the configured Google Cloud project id␟Enable the service for the project or pick a project that has it␟https://github.com/gemini-cli-extensions/nanobanana/issues/16"#,
                counts: (3, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"ConsumerSuspended␟Google suspended the API key or the project behind it; the body's `details` carry an `ErrorInfo` with reason `CONSUMER_SUSPENDED`, after which errspec names the entry and by which it recognises it; a body without `details` is recognised by the message ("has been suspended"). No request with that key succeeds until the suspension is lifted.␟check the project's standing␟{
  "error": {
    "code": 403,
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "domain": "googleapis.com",
        "metadata": {
          "consumer": "projects/578829824020",
          "service": "generativelanguage.googleapis.com"
        },
        "reason": "CONSUMER_SUSPENDED"
      }
    ],
    "message": "Permission denied: Consumer 'api_key:AIza…MASKED' has been suspended.",
    "status": "PERMISSION_DENIED"
  }
}␟A key or project suspended for a policy or billing reason␟A key that leaked and was shut down␟Check the project's standing in the Google Cloud console␟Create a new key in a project in good standing␟Appeal through Google if the suspension is a mistake␟https://github.com/google/generative-ai-docs/issues/356"#,
                counts: (2, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"PermissionDenied␟The key or account lacks the right to the model or resource, or the project cannot use the API. Specific reasons (`CONSUMER_SUSPENDED`, `CONSUMER_INVALID`, `SERVICE_DISABLED`) have their own entries; a 403 matching none of them lands here.␟check the key's access␟␟A key restricted to other APIs or origins␟A tuned model or file owned by another project␟An account without access to the model␟Check the key's restrictions␟Use a resource the project owns␟Check the account's access to the model␟https://ai.google.dev/gemini-api/docs/troubleshooting␟https://ai.google.dev/gemini-api/docs/generate-content/api-errors",
                counts: (3, 3),
                ..T
            },
            EntryText {
                prose: r"ServiceDisabled␟The Generative Language (or Vertex) API is off for the Google Cloud project the key belongs to; the body's `details` carry an `ErrorInfo` with reason `SERVICE_DISABLED`, after which errspec names the entry and by which it recognises it; without `details`, the message says the API has not been used in the project before or is disabled. Only enabling it helps, and it may take a few minutes to apply.␟enable the API for the project␟␟A key from a project where the API was never enabled␟The API disabled by a project administrator␟Enable the API for the project in the Google Cloud console␟Use a key from a project where it is enabled␟https://github.com/google-gemini/gemini-cli/issues/1343␟https://github.com/google-gemini/deprecated-generative-ai-python/issues/10",
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"NotFound␟The model (or other resource) named in the request is unknown to this API version or cannot serve the method called; the message names the model and suggests listing the models. Retired and preview models that were withdrawn end up here.␟check the model name␟{
  "error": {
    "code": 404,
    "message": "models/gemini-1.0-pro is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.",
    "status": "NOT_FOUND"
  }
}␟A misspelt or retired model name␟A model that exists only in another API version␟A model that does not support the method called (for example `generateContent`)␟List the available models and pick a current one␟Check the API version in the URL␟Use a method the model supports␟https://ai.google.dev/gemini-api/docs/troubleshooting␟https://ai.google.dev/gemini-api/docs/generate-content/api-errors␟https://github.com/wwardaww/gnome-gemini-ai/issues/21␟https://github.com/google-gemini/gemini-api-quickstart/issues/20"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"ResourceExhausted␟The project passed one of its limits: requests or tokens per minute, or a quota over a longer period. The message ("You exceeded your current quota…", or on Vertex "Resource exhausted. Please try again later.") is the same for short and long limits. Newer bodies carry a `QuotaFailure` naming the limit and a `RetryInfo` with the delay to wait (`retryDelay`, such as `26s`), and the message may end with "Please retry in N s". errspec treats it as a rate limit and retries with backoff; a per-day quota (see `daily_quota_exceeded`) will keep failing until its reset.␟wait, then retry␟{
  "error": {
    "code": 429,
    "message": "You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.",
    "status": "RESOURCE_EXHAUSTED"
  }
}␟Bursts above the requests- or tokens-per-minute limit␟Free-tier limits, which are low␟A daily quota used up␟Back off and retry, using the `retryDelay` when present␟Pace requests on the client side␟Enable billing or ask for a higher quota␟Check the `quotaId` to see whether the limit is per minute or per day␟https://ai.google.dev/gemini-api/docs/troubleshooting␟https://ai.google.dev/gemini-api/docs/generate-content/api-errors␟https://github.com/RooCodeInc/Roo-Code/issues/3883␟https://github.com/googleapis/python-genai/issues/1446␟https://github.com/google-gemini/gemini-cli/issues/14811␟https://github.com/google-gemini/gemini-cli/issues/14831"#,
                counts: (3, 4),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"DailyQuotaExceeded␟A per-day quota (often the free tier's daily requests per model) is spent. It comes as the same 429 `RESOURCE_EXHAUSTED`, with the same message, as a per-minute limit, and even carries a short `RetryInfo` delay; only the `quotaId` in the `QuotaFailure` detail (containing `PerDay`) tells it apart. It lasts until the daily reset, so retries just waste time. errspec tries message patterns on that quota id too, and this entry's pattern (`perday`) picks it; a body without a `QuotaFailure` (or whose first violation is another limit) classifies as `RESOURCE_EXHAUSTED`.␟stop until the daily reset or raise the quota␟{
  "error": {
    "code": 429,
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.QuotaFailure",
        "violations": [
          {
            "quotaId": "GenerateRequestsPerDayPerProjectPerModel-FreeTier",
            "quotaMetric": "generativelanguage.googleapis.com/generate_content_free_tier_requests",
            "quotaValue": "20"
          }
        ]
      },
      {
        "@type": "type.googleapis.com/google.rpc.RetryInfo",
        "retryDelay": "36s"
      }
    ],
    "message": "You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: https://ai.dev/rate-limit. \n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 20, model: gemini-3.6-flash\nPlease retry in 36.429760048s.",
    "status": "RESOURCE_EXHAUSTED"
  }
}␟The free tier's daily request allowance for a model was used up␟A daily token or request quota on the project was reached␟Wait for the daily reset␟Enable billing or move to a higher tier␟Switch to another model with its own quota␟https://github.com/diegosouzapw/OmniRoute/issues/9504␟https://github.com/gke-labs/gemini-for-kubernetes-development/issues/1215"#,
                counts: (2, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"Cancelled␟The operation was cancelled, usually by the caller (a closed connection or a client-side timeout). The Gemini error table lists it with status 499. Resending after a pause is reasonable if the cancellation was not intended.␟allow more time, then resend␟␟A client timeout shorter than the generation takes␟A connection closed by the client or a proxy␟Allow a longer client timeout␟Stream long generations␟Resend if the cancellation was not intended␟https://ai.google.dev/gemini-api/docs/troubleshooting␟https://ai.google.dev/gemini-api/docs/generate-content/api-errors",
                counts: (2, 3),
                ..T
            },
            EntryText {
                prose: r#"Internal␟An unexpected failure on Google's side. The Gemini documentation also names an input context that is too long as one cause, so if retries keep failing, shorten the input or try another model.␟retry, then shorten the input␟{
  "error": {
    "code": 500,
    "message": "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting",
    "status": "INTERNAL"
  }
}␟A passing fault in the service␟An input context that is too long␟Retry once at once, then with growing delays␟Shorten the input if the error repeats␟Try another model␟https://ai.google.dev/gemini-api/docs/troubleshooting␟https://ai.google.dev/gemini-api/docs/generate-content/api-errors␟https://github.com/google-gemini/gemini-cli/issues/7310␟https://github.com/google-gemini/gemini-cli/issues/3665"#,
                counts: (2, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"Unavailable␟The model has no capacity for the request right now, a condition shared by all its users ("The model is overloaded", or in newer wording a note that demand is high). It passes; retrying with growing delays usually succeeds, and instant retries from many clients prolong it.␟retry with backoff␟{
  "error": {
    "code": 503,
    "message": "The model is overloaded. Please try again later.",
    "status": "UNAVAILABLE"
  }
}␟A peak of demand on the model␟Reduced capacity during an incident␟Retry with growing delays and jitter␟Switch to another model while it lasts␟https://ai.google.dev/gemini-api/docs/troubleshooting␟https://ai.google.dev/gemini-api/docs/generate-content/api-errors␟https://github.com/lobehub/lobehub/issues/9728␟https://github.com/google-gemini/cookbook/issues/425␟https://github.com/google-gemini/gemini-cli/issues/4360␟https://github.com/continuedev/continue/issues/10639"#,
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"DeadlineExceeded␟The request did not complete within the deadline, typically because the input is large or the generation long. A retry can succeed, better with a longer deadline set by the client. No verbatim body was found in public.␟retry with a longer deadline␟␟A very large prompt or long output␟A client deadline that is too short␟Set a longer timeout on the request␟Stream the response␟Shorten the input␟https://ai.google.dev/gemini-api/docs/troubleshooting␟https://ai.google.dev/gemini-api/docs/generate-content/api-errors",
                counts: (2, 3),
                ..T
            },
        ];
        pub(super) static ENTRIES: [Entry; 19] = [
            Entry {
                code: "API_KEY_INVALID",
                status: 400,
                error_type: "INVALID_ARGUMENT",
                patterns: &["api key not valid", "api key not found"],
                null_code: true,
                category: Category::Authentication,
                message: r"API key not valid: the key sent is wrong or unknown",
                retry: &POLICY_3,
                text: &TEXTS[0],
                ..D
            },
            Entry {
                code: "FAILED_PRECONDITION",
                status: 400,
                error_type: "FAILED_PRECONDITION",
                null_code: true,
                type_fallback: true,
                category: Category::Permission,
                message: r"failed precondition: the API is not available to this caller as set up",
                retry: &POLICY_3,
                text: &TEXTS[1],
                ..D
            },
            Entry {
                code: "INVALID_ARGUMENT",
                status: 400,
                error_type: "INVALID_ARGUMENT",
                null_code: true,
                fallback: true,
                category: Category::InvalidRequest,
                message: r"invalid argument: the request is malformed or has a bad parameter",
                retry: &POLICY_3,
                text: &TEXTS[2],
                ..D
            },
            Entry {
                code: "input_token_count_exceeded",
                status: 400,
                error_type: "INVALID_ARGUMENT",
                patterns: &[r"input token count*exceeds the maximum number of tokens"],
                null_code: true,
                category: Category::ContextLength,
                message: r"input too long: the input has more tokens than the model accepts",
                retry: &POLICY_3,
                text: &TEXTS[3],
                ..D
            },
            Entry {
                code: "location_not_supported",
                status: 400,
                error_type: "FAILED_PRECONDITION",
                patterns: &["user location is not supported"],
                null_code: true,
                category: Category::Permission,
                message: r"location not supported: the API is not offered where the request comes from",
                retry: &POLICY_3,
                text: &TEXTS[4],
                ..D
            },
            Entry {
                code: "ACCESS_TOKEN_TYPE_UNSUPPORTED",
                status: 401,
                error_type: "UNAUTHENTICATED",
                null_code: true,
                category: Category::Authentication,
                message: r"access token type unsupported: the credential is not of a kind the endpoint takes",
                retry: &POLICY_3,
                text: &TEXTS[5],
                ..D
            },
            Entry {
                code: "UNAUTHENTICATED",
                status: 401,
                error_type: "UNAUTHENTICATED",
                null_code: true,
                fallback: true,
                category: Category::Authentication,
                message: r"unauthenticated: the request carries no valid credentials",
                retry: &POLICY_3,
                text: &TEXTS[6],
                ..D
            },
            Entry {
                code: "API_KEY_SERVICE_BLOCKED",
                status: 403,
                error_type: "PERMISSION_DENIED",
                null_code: true,
                category: Category::Permission,
                message: r"API key service blocked: the key's restrictions exclude this API",
                retry: &POLICY_3,
                text: &TEXTS[7],
                ..D
            },
            Entry {
                code: "CONSUMER_INVALID",
                status: 403,
                error_type: "PERMISSION_DENIED",
                patterns: &[r"permission denied on resource project"],
                null_code: true,
                category: Category::Permission,
                message: r"permission denied on the project: the consumer project is not valid for this API",
                retry: &POLICY_3,
                text: &TEXTS[8],
                ..D
            },
            Entry {
                code: "CONSUMER_SUSPENDED",
                status: 403,
                error_type: "PERMISSION_DENIED",
                patterns: &["has been suspended"],
                null_code: true,
                category: Category::Permission,
                message: r"consumer suspended: the key or project was suspended",
                retry: &POLICY_3,
                text: &TEXTS[9],
                ..D
            },
            Entry {
                code: "PERMISSION_DENIED",
                status: 403,
                error_type: "PERMISSION_DENIED",
                null_code: true,
                fallback: true,
                category: Category::Permission,
                message: r"permission denied: the caller may not use this resource",
                retry: &POLICY_3,
                text: &TEXTS[10],
                ..D
            },
            Entry {
                code: "SERVICE_DISABLED",
                status: 403,
                error_type: "PERMISSION_DENIED",
                patterns: &[r"has not been used in project*or it is disabled"],
                null_code: true,
                category: Category::Permission,
                message: r"service disabled: the API is not enabled for the project",
                retry: &POLICY_3,
                text: &TEXTS[11],
                ..D
            },
            Entry {
                code: "NOT_FOUND",
                status: 404,
                error_type: "NOT_FOUND",
                null_code: true,
                fallback: true,
                category: Category::NotFound,
                message: r"not found: the model does not exist or does not support this method",
                retry: &POLICY_3,
                text: &TEXTS[12],
                ..D
            },
            Entry {
                code: "RESOURCE_EXHAUSTED",
                status: 429,
                error_type: "RESOURCE_EXHAUSTED",
                null_code: true,
                fallback: true,
                category: Category::RateLimit,
                message: r"resource exhausted: a rate limit or quota was reached",
                retry: &POLICY_0,
                text: &TEXTS[13],
                ..D
            },
            Entry {
                code: "daily_quota_exceeded",
                status: 429,
                error_type: "RESOURCE_EXHAUSTED",
                patterns: &["perday"],
                null_code: true,
                category: Category::Quota,
                message: r"daily quota exceeded: the per-day quota is used up until it resets",
                retry: &POLICY_3,
                text: &TEXTS[14],
                ..D
            },
            Entry {
                code: "CANCELLED",
                status: 499,
                error_type: "CANCELLED",
                null_code: true,
                fallback: true,
                category: Category::Timeout,
                message: r"cancelled: the request was cancelled before it finished",
                retry: &POLICY_2,
                text: &TEXTS[15],
                ..D
            },
            Entry {
                code: "INTERNAL",
                status: 500,
                error_type: "INTERNAL",
                null_code: true,
                fallback: true,
                category: Category::Server,
                message: r"internal error: the service failed while handling the request",
                retry: &POLICY_1,
                text: &TEXTS[16],
                ..D
            },
            Entry {
                code: "UNAVAILABLE",
                status: 503,
                error_type: "UNAVAILABLE",
                null_code: true,
                fallback: true,
                category: Category::Overloaded,
                message: r"unavailable: the model is overloaded or temporarily out of capacity",
                retry: &POLICY_0,
                text: &TEXTS[17],
                ..D
            },
            Entry {
                code: "DEADLINE_EXCEEDED",
                status: 504,
                error_type: "DEADLINE_EXCEEDED",
                null_code: true,
                fallback: true,
                category: Category::Timeout,
                message: r"deadline exceeded: the service could not finish in time",
                retry: &POLICY_2,
                text: &TEXTS[18],
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
        name: "gemini",
        title: "Google Gemini API",
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
                (400, 0, "api key not valid", 4),
                (400, 0, "api key not found", 4),
                (
                    400,
                    3,
                    r"input token count*exceeds the maximum number of tokens",
                    65535,
                ),
                (400, 4, "user location is not supported", 23),
                (403, 8, r"permission denied on resource project", 33),
                (403, 9, "has been suspended", 4),
                (403, 11, r"has not been used in project*or it is disabled", 65535),
                (429, 14, "perday", 0),
            ],
            refinements: &[],
            by_status: &[
                (400, 2),
                (401, 6),
                (403, 10),
                (404, 12),
                (429, 13),
                (499, 15),
                (500, 16),
                (503, 17),
                (504, 18),
            ],
            by_type: &[
                (400, "FAILED_PRECONDITION", 1),
                (400, "INVALID_ARGUMENT", 2),
                (401, "UNAUTHENTICATED", 6),
                (403, "PERMISSION_DENIED", 10),
                (404, "NOT_FOUND", 12),
                (429, "RESOURCE_EXHAUSTED", 13),
                (499, "CANCELLED", 15),
                (500, "INTERNAL", 16),
                (503, "UNAVAILABLE", 17),
                (504, "DEADLINE_EXCEEDED", 18),
            ],
        };
        ::core::option::Option::Some(&TABLES)
    }
}
::errspec::runtime::__private::impl_serde!(
    ErrorCode, ErrorCode::from_code, "an error code of the Google Gemini API"
);
///Error types (`error.type`) of the Google Gemini API.
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
    /**`CANCELLED`: The google.rpc status for a request that was cancelled before it finished, usually by the caller; sent with status 499.

Codes of this type: `CANCELLED`.*/
    Cancelled,
    /**`DEADLINE_EXCEEDED`: The google.rpc status for a request the service could not finish within its deadline; sent with status 504.

Codes of this type: `DEADLINE_EXCEEDED`.*/
    DeadlineExceeded,
    /**`FAILED_PRECONDITION`: The google.rpc status for a request the system is not in a state to serve; the Gemini API uses it (status 400) when its free tier is not offered where the caller is and billing is not enabled.

Codes of this type: `FAILED_PRECONDITION`, `location_not_supported`.*/
    FailedPrecondition,
    /**`INTERNAL`: The google.rpc status for a failure inside Google's service; sent with status 500.

Codes of this type: `INTERNAL`.*/
    Internal,
    /**`INVALID_ARGUMENT`: The google.rpc status for a request refused as sent (status 400). Besides malformed requests it covers an over-long input and an invalid API key; only the message or `details[].reason` tells them apart.

Codes of this type: `API_KEY_INVALID`, `INVALID_ARGUMENT`, `input_token_count_exceeded`.*/
    InvalidArgument,
    /**`NOT_FOUND`: The google.rpc status for a resource, usually a model, that does not exist or does not support the method; sent with status 404.

Codes of this type: `NOT_FOUND`.*/
    NotFound,
    /**`PERMISSION_DENIED`: The google.rpc status for a caller without the right to the resource (status 403): a suspended or invalid consumer, a disabled API, a key without access.

Codes of this type: `API_KEY_SERVICE_BLOCKED`, `CONSUMER_INVALID`, `CONSUMER_SUSPENDED`, `PERMISSION_DENIED`, `SERVICE_DISABLED`.*/
    PermissionDenied,
    /**`RESOURCE_EXHAUSTED`: The google.rpc status for a used-up quota or rate (status 429). Per-minute limits and per-day quotas share it; only the `quotaId` in the `QuotaFailure` detail says which.

Codes of this type: `RESOURCE_EXHAUSTED`, `daily_quota_exceeded`.*/
    ResourceExhausted,
    /**`UNAUTHENTICATED`: google.rpc's status for a request without valid credentials: a missing, expired or wrong kind of token or key.

Codes of this type: `ACCESS_TOKEN_TYPE_UNSUPPORTED`, `UNAUTHENTICATED`.*/
    Unauthenticated,
    /**`UNAVAILABLE`: The google.rpc status for a service that cannot take the request now, typically an overloaded model; sent with status 503.

Codes of this type: `UNAVAILABLE`.*/
    Unavailable,
}
impl ErrorType {
    /// Every error type, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Cancelled,
        Self::DeadlineExceeded,
        Self::FailedPrecondition,
        Self::Internal,
        Self::InvalidArgument,
        Self::NotFound,
        Self::PermissionDenied,
        Self::ResourceExhausted,
        Self::Unauthenticated,
        Self::Unavailable,
    ];
    /// The spec's entry for this type.
    pub fn entry(self) -> &'static ::errspec::runtime::ErrorTypeEntry {
        static ENTRIES: [::errspec::runtime::ErrorTypeEntry; 10usize] = [
            ::errspec::runtime::ErrorTypeEntry {
                name: "CANCELLED",
                variant: "Cancelled",
                description: "The google.rpc status for a request that was cancelled before it finished, usually by the caller; sent with status 499.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "DEADLINE_EXCEEDED",
                variant: "DeadlineExceeded",
                description: "The google.rpc status for a request the service could not finish within its deadline; sent with status 504.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "FAILED_PRECONDITION",
                variant: "FailedPrecondition",
                description: "The google.rpc status for a request the system is not in a state to serve; the Gemini API uses it (status 400) when its free tier is not offered where the caller is and billing is not enabled.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "INTERNAL",
                variant: "Internal",
                description: "The google.rpc status for a failure inside Google's service; sent with status 500.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "INVALID_ARGUMENT",
                variant: "InvalidArgument",
                description: "The google.rpc status for a request refused as sent (status 400). Besides malformed requests it covers an over-long input and an invalid API key; only the message or `details[].reason` tells them apart.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "NOT_FOUND",
                variant: "NotFound",
                description: "The google.rpc status for a resource, usually a model, that does not exist or does not support the method; sent with status 404.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "PERMISSION_DENIED",
                variant: "PermissionDenied",
                description: "The google.rpc status for a caller without the right to the resource (status 403): a suspended or invalid consumer, a disabled API, a key without access.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "RESOURCE_EXHAUSTED",
                variant: "ResourceExhausted",
                description: "The google.rpc status for a used-up quota or rate (status 429). Per-minute limits and per-day quotas share it; only the `quotaId` in the `QuotaFailure` detail says which.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "UNAUTHENTICATED",
                variant: "Unauthenticated",
                description: "google.rpc's status for a request without valid credentials: a missing, expired or wrong kind of token or key.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "UNAVAILABLE",
                variant: "Unavailable",
                description: "The google.rpc status for a service that cannot take the request now, typically an overloaded model; sent with status 503.",
            },
        ];
        &ENTRIES[self as usize]
    }
    /// The type for a server's type string, if the spec knows it.
    pub fn from_name(name: &str) -> ::core::option::Option<Self> {
        match name {
            "CANCELLED" => ::core::option::Option::Some(Self::Cancelled),
            "DEADLINE_EXCEEDED" => ::core::option::Option::Some(Self::DeadlineExceeded),
            "FAILED_PRECONDITION" => {
                ::core::option::Option::Some(Self::FailedPrecondition)
            }
            "INTERNAL" => ::core::option::Option::Some(Self::Internal),
            "INVALID_ARGUMENT" => ::core::option::Option::Some(Self::InvalidArgument),
            "NOT_FOUND" => ::core::option::Option::Some(Self::NotFound),
            "PERMISSION_DENIED" => ::core::option::Option::Some(Self::PermissionDenied),
            "RESOURCE_EXHAUSTED" => ::core::option::Option::Some(Self::ResourceExhausted),
            "UNAUTHENTICATED" => ::core::option::Option::Some(Self::Unauthenticated),
            "UNAVAILABLE" => ::core::option::Option::Some(Self::Unavailable),
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
    ErrorType, ErrorType::from_name, "an error type of the Google Gemini API"
);
#[doc(hidden)]
#[macro_export]
macro_rules! __errspec_catalog_gemini_ErrorCode {
    ([$($callback:tt)*] $($input:tt)*) => {
        $($callback)* ! { { format = 1, title = "Google Gemini API", codes = {
        "API_KEY_INVALID" => ApiKeyInvalid, "FAILED_PRECONDITION" => FailedPrecondition,
        "INVALID_ARGUMENT" => InvalidArgument, "input_token_count_exceeded" =>
        InputTokenCountExceeded, "location_not_supported" => LocationNotSupported,
        "ACCESS_TOKEN_TYPE_UNSUPPORTED" => AccessTokenTypeUnsupported, "UNAUTHENTICATED"
        => Unauthenticated, "API_KEY_SERVICE_BLOCKED" => ApiKeyServiceBlocked,
        "CONSUMER_INVALID" => ConsumerInvalid, "CONSUMER_SUSPENDED" => ConsumerSuspended,
        "PERMISSION_DENIED" => PermissionDenied, "SERVICE_DISABLED" => ServiceDisabled,
        "NOT_FOUND" => NotFound, "RESOURCE_EXHAUSTED" => ResourceExhausted,
        "daily_quota_exceeded" => DailyQuotaExceeded, "CANCELLED" => Cancelled,
        "INTERNAL" => Internal, "UNAVAILABLE" => Unavailable, "DEADLINE_EXCEEDED" =>
        DeadlineExceeded, } } $($input)* }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __errspec_catalog_gemini_ErrorCode as ErrorCode;
