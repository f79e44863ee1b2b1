// @generated from `error-codes.json` by errspec-codegen: edit the spec, then write this file
// again with `ERRSPEC_BLESS=1 cargo test -p errspec-codegen --test bundled`.

/**Error codes of the OpenAI API (spec `error-codes.json`, version 1).

Errors returned by the OpenAI HTTP API (chat completions, responses, embeddings, images, files, assistants and the rest): the status, type and code each one arrives with, why it happens, how to fix it and whether a client should send the request again. Every entry names its sources: OpenAI's documentation, its API spec and SDKs, or public issue threads that quote real responses. Entries with a null code on the wire are recognised by their message, type or status; synthetic entries are errspec's own names for what a proxy or a bare status produces.

| Code | Status | Category | Retry |
|---|---|---|---|
| [`billing_hard_limit_reached`](Self::BillingHardLimitReached) | 400 | quota | [`no_retry`](#retry-strategies) |
| [`bio_policy`](Self::BioPolicy) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`content_policy_violation`](Self::ContentPolicyViolation) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`context_length_exceeded`](Self::ContextLengthExceeded) | 400 | context_length | [`no_retry`](#retry-strategies) |
| [`data_residency_mismatch`](Self::DataResidencyMismatch) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`empty_image_file`](Self::EmptyImageFile) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`failed_to_download_image`](Self::FailedToDownloadImage) | 400 | invalid_request | [`transient_backoff`](#retry-strategies) |
| [`image_content_policy_violation`](Self::ImageContentPolicyViolation) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`image_file_not_found`](Self::ImageFileNotFound) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`image_file_too_large`](Self::ImageFileTooLarge) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`image_parse_error`](Self::ImageParseError) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`image_too_large`](Self::ImageTooLarge) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`image_too_small`](Self::ImageTooSmall) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`integer_above_max_value`](Self::IntegerAboveMaxValue) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`integer_below_min_value`](Self::IntegerBelowMinValue) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`invalid_base64_image`](Self::InvalidBase64Image) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`invalid_event`](Self::InvalidEvent) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`invalid_file`](Self::InvalidFile) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`invalid_function_parameters`](Self::InvalidFunctionParameters) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`invalid_image`](Self::InvalidImage) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`invalid_image_format`](Self::InvalidImageFormat) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`invalid_image_mode`](Self::InvalidImageMode) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`invalid_image_url`](Self::InvalidImageUrl) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`invalid_json`](Self::InvalidJson) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`invalid_json_schema`](Self::InvalidJsonSchema) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`invalid_prompt`](Self::InvalidPrompt) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`invalid_request`](Self::InvalidRequest) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`invalid_type`](Self::InvalidType) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`invalid_value`](Self::InvalidValue) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`missing_required_parameter`](Self::MissingRequiredParameter) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`moderation_blocked`](Self::ModerationBlocked) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`organization_verification_required`](Self::OrganizationVerificationRequired) | 400 | permission | [`no_retry`](#retry-strategies) |
| [`parameter_invalid`](Self::ParameterInvalid) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`parameter_missing`](Self::ParameterMissing) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`previous_response_not_found`](Self::PreviousResponseNotFound) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`run_active`](Self::RunActive) | 400 | conflict | [`no_retry`](#retry-strategies) |
| [`sanitizer_server_error`](Self::SanitizerServerError) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`string_above_max_length`](Self::StringAboveMaxLength) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`unknown_parameter`](Self::UnknownParameter) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`unsupported_file`](Self::UnsupportedFile) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`unsupported_file_mimetype`](Self::UnsupportedFileMimetype) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`unsupported_image_media_type`](Self::UnsupportedImageMediaType) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`unsupported_parameter`](Self::UnsupportedParameter) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`unsupported_value`](Self::UnsupportedValue) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`websocket_stream_limit_reached`](Self::WebsocketStreamLimitReached) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`account_deactivated`](Self::AccountDeactivated) | 401 | permission | [`no_retry`](#retry-strategies) |
| [`insufficient_permissions`](Self::InsufficientPermissions) | 401, 403 | permission | [`no_retry`](#retry-strategies) |
| [`invalid_api_key`](Self::InvalidApiKey) | 401 | authentication | [`no_retry`](#retry-strategies) |
| [`invalid_organization`](Self::InvalidOrganization) | 401 | authentication | [`no_retry`](#retry-strategies) |
| [`mismatched_organization`](Self::MismatchedOrganization) | 401 | authentication | [`no_retry`](#retry-strategies) |
| [`no_api_key`](Self::NoApiKey) | 401 | authentication | [`no_retry`](#retry-strategies) |
| [`no_organization`](Self::NoOrganization) | 401 | permission | [`no_retry`](#retry-strategies) |
| [`quota_exceeded`](Self::QuotaExceeded) | 403, 429 | quota | [`no_retry`](#retry-strategies) |
| [`unsupported_country_region_territory`](Self::UnsupportedCountryRegionTerritory) | 403 | permission | [`no_retry`](#retry-strategies) |
| [`invalid_url`](Self::InvalidUrl) | 404 | not_found | [`no_retry`](#retry-strategies) |
| [`model_not_found`](Self::ModelNotFound) | 404, 403 | not_found | [`no_retry`](#retry-strategies) |
| [`resource_not_found`](Self::ResourceNotFound) | 404 | not_found | [`no_retry`](#retry-strategies) |
| [`unknown_url`](Self::UnknownUrl) | 404 | not_found | [`no_retry`](#retry-strategies) |
| [`request_timeout`](Self::RequestTimeout) | 408 | timeout | [`transient_backoff`](#retry-strategies) |
| [`conflict`](Self::Conflict) | 409 | conflict | [`transient_backoff`](#retry-strategies) |
| [`unprocessable_entity`](Self::UnprocessableEntity) | 422 | invalid_request | [`no_retry`](#retry-strategies) |
| [`access_terminated`](Self::AccessTerminated) | 429 | permission | [`no_retry`](#retry-strategies) |
| [`billing_not_active`](Self::BillingNotActive) | 429 | quota | [`no_retry`](#retry-strategies) |
| [`credit_balance_exhausted`](Self::CreditBalanceExhausted) | 429 | quota | [`no_retry`](#retry-strategies) |
| [`edge_rate_limited`](Self::EdgeRateLimited) | 429 | rate_limit | [`no_retry`](#retry-strategies) |
| [`insufficient_quota`](Self::InsufficientQuota) | 429 | quota | [`no_retry`](#retry-strategies) |
| [`organization_spend_limit_exceeded`](Self::OrganizationSpendLimitExceeded) | 429 | quota | [`no_retry`](#retry-strategies) |
| [`organization_usage_limit_exceeded`](Self::OrganizationUsageLimitExceeded) | 429 | quota | [`no_retry`](#retry-strategies) |
| [`project_spend_limit_exceeded`](Self::ProjectSpendLimitExceeded) | 429 | quota | [`no_retry`](#retry-strategies) |
| [`rate_limit_exceeded`](Self::RateLimitExceeded) | 429 | rate_limit | [`exponential_backoff`](#retry-strategies) |
| [`request_too_large`](Self::RequestTooLarge) | 429 | invalid_request | [`no_retry`](#retry-strategies) |
| [`slow_down`](Self::SlowDown) | 429, 503 | rate_limit | [`exponential_backoff`](#retry-strategies) |
| [`tokens_per_min_exceeded`](Self::TokensPerMinExceeded) | 429 | rate_limit | [`exponential_backoff`](#retry-strategies) |
| [`internal_error`](Self::InternalError) | 500 | server | [`transient_backoff`](#retry-strategies) |
| [`internal_server_error`](Self::InternalServerError) | 500 | server | [`immediate_then_backoff`](#retry-strategies) |
| [`model_error`](Self::ModelError) | 500 | server | [`transient_backoff`](#retry-strategies) |
| [`server_error`](Self::ServerError) | 500 | server | [`immediate_then_backoff`](#retry-strategies) |
| [`bad_gateway`](Self::BadGateway) | 502 | gateway | [`transient_backoff`](#retry-strategies) |
| [`engine_overloaded`](Self::EngineOverloaded) | 503 | overloaded | [`immediate_then_backoff`](#retry-strategies) |
| [`server_is_overloaded`](Self::ServerIsOverloaded) | 503 | overloaded | [`immediate_then_backoff`](#retry-strategies) |
| [`service_unavailable`](Self::ServiceUnavailable) | 503 | overloaded | [`immediate_then_backoff`](#retry-strategies) |
| [`upstream_connect_error`](Self::UpstreamConnectError) | 503 | gateway | [`transient_backoff`](#retry-strategies) |
| [`gateway_timeout`](Self::GatewayTimeout) | 504, 524 | gateway | [`transient_backoff`](#retry-strategies) |
| [`vector_store_timeout`](Self::VectorStoreTimeout) | 504 | timeout | [`transient_backoff`](#retry-strategies) |

# Retry strategies

- `exponential_backoff`: For rate limits: wait about 1 s, 2 s, 4 s, 8 s and 16 s before the five retries, each plus up to 1 s of random jitter so that clients do not retry in step; no backoff wait exceeds 60 s. A server hint (Retry-After, retry-after-ms, x-ratelimit-reset-\*, "try again in") replaces the backoff, up to the runtime's hint ceiling (exponential backoff from 1000 ms, ×2 per retry, plus up to 1000 ms of jitter; at most 6 attempts, no wait longer than 60000 ms).
- `immediate_then_backoff`: For passing server failures (500, 503): send the request again at once, since another backend often takes it, then wait about 1 s, 2 s and 4 s plus up to 0.5 s of jitter; five attempts at most and no wait above 30 s (1 immediate retry, then exponential backoff from 1000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 5 attempts, no wait longer than 30000 ms).
- `transient_backoff`: For timeouts, conflicts and proxy failures (408, 409, 502, 504): an instant resend tends to hit the same stuck component, so start at 2 s and double, with four attempts at most and no wait above 20 s; the official SDKs retry these statuses as well (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).
- `no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).
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
    /**The organization's billing hard limit is reached

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` (also `image_generation_user_error`) | `billing_hard_limit_reached` | `quota` |

The monthly hard limit set on the organization's spending was hit. Unlike the other billing errors it arrives as a 400, so a status-only client would call it a bad request; no request succeeds until the limit is raised or the month turns.

# Causes

- Spending reached the hard limit configured for the organization

# Solutions

- Raise or remove the hard limit in the billing settings
- Wait for the next billing period

**Do first:** raise the billing hard limit

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "billing_hard_limit_reached",
    "message": "Billing hard limit has been reached",
    "param": null,
    "type": "invalid_request_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `billing hard limit` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/dfinke/PowerShellAI/issues/127>
- <https://github.com/all-in-aigc/aiwallpaper/issues/2>
- <https://github.com/Decryptu/DecryptGPT/issues/1>
- <https://community.openai.com/t/billing-hard-limit-reached-api-error/572481>
*/
    BillingHardLimitReached,
    /**The request was blocked by the biology safety policy

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `bio_policy` | `invalid_request` |

The request was stopped by the safety policy on biological risk. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.

# Causes

- Content the biology policy restricts

# Solutions

- Change the request

**Do first:** change the request

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
- <https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py>
*/
    BioPolicy,
    /**Request refused by the safety system: the prompt or the content it would produce is not allowed

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `content_policy_violation` | `invalid_request` |

The moderation layer blocked the request, most often an image generation or edit prompt. The same input is normally refused again, although borderline prompts sometimes pass on a later attempt.

# Causes

- The prompt asks for material the usage policies forbid
- An innocent prompt contains wording the filter treats as risky
- For image generation, the model's own rewrite of the prompt tripped the filter

# Solutions

- Reword the prompt to remove the flagged material
- Screen user input with the moderation endpoint before forwarding it
- Tell the user the request was declined instead of retrying in a loop

**Do first:** rephrase the prompt

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "content_policy_violation",
    "message": "Your request was rejected as a result of our safety system.",
    "param": null,
    "type": "invalid_request_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `rejected as a result of our safety system` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/tipi-tapi/ai-paint-today-BE/issues/210>
- <https://github.com/TheoKanning/openai-java/issues/446>
- <https://community.openai.com/t/error-in-image-generation-api-rejection-by-safety-system/232241>
*/
    ContentPolicyViolation,
    /**Context length exceeded: the prompt plus the requested output do not fit the model's context window

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `context_length_exceeded` | `context_length` |

The model cannot take this many tokens in one request: the input tokens and the room reserved for output (`max_tokens`, `max_output_tokens`) add up to more than its window holds.

# Causes

- A conversation history that grows with every turn and is resent in full
- Whole documents, tool results or retrieved passages pasted into the prompt
- An output budget so large that too little room is left for the input
- A prompt written for a model with a bigger window sent to a smaller one

# Solutions

- Count tokens before sending (for example with tiktoken) and trim to fit
- Drop or summarise the oldest turns of the conversation
- Cut the input into chunks and process them one by one
- Move to a model with a larger context window

**Do first:** shorten the input

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "context_length_exceeded",
    "message": "This model's maximum context length is 8192 tokens. However, your messages resulted in 8227 tokens. Please reduce the length of the messages.",
    "param": "messages",
    "type": "invalid_request_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `maximum context length` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/crewAIInc/crewAI-examples/issues/121>
- <https://github.com/mckaywrigley/chatbot-ui/issues/102>
- <https://github.com/sbintuitions/JMTEB/issues/15>
*/
    ContextLengthExceeded,
    /**The request does not match the project's data residency

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `data_residency_mismatch` | `invalid_request` |

The request and the project's data-residency region disagree. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.

# Causes

- A request sent to another region's endpoint than the project's

# Solutions

- Send the request to the project's regional endpoint

**Do first:** use the project's regional endpoint

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
- <https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py>
*/
    DataResidencyMismatch,
    /**An input image file is empty

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `empty_image_file` | `invalid_request` |

An input image file has no content. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.

# Causes

- A failed upload or an empty file

# Solutions

- Upload the file again with its content

**Do first:** upload the image again

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
- <https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py>
*/
    EmptyImageFile,
    /**The server could not download an input image

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `failed_to_download_image` | `invalid_request` |

The image URL given as input could not be fetched by the server. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error. It is retried once in case the image host was briefly unreachable.

# Causes

- An image host that is down, slow or blocks the fetch
- A URL that needs cookies or a login

# Solutions

- Host the image where it is publicly reachable, or send it inline as base64

**Do first:** send the image inline

# Retry

`transient_backoff`: For timeouts, conflicts and proxy failures (408, 409, 502, 504): an instant resend tends to hit the same stuck component, so start at 2 s and double, with four attempts at most and no wait above 20 s; the official SDKs retry these statuses as well (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
- <https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py>
*/
    FailedToDownloadImage,
    /**An input image was refused by the safety system

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `image_content_policy_violation` | `invalid_request` |

An input image was refused on policy grounds. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.

# Causes

- Image content the safety system flags

# Solutions

- Use another image

**Do first:** use another image

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
- <https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py>
*/
    ImageContentPolicyViolation,
    /**An input image file id does not exist

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `image_file_not_found` | `invalid_request` |

An image referenced by file id is not found. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.

# Causes

- A deleted file or an id from another project

# Solutions

- Upload the image again and use the new id

**Do first:** use an existing file id

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
- <https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py>
*/
    ImageFileNotFound,
    /**An uploaded image file is too large

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `image_file_too_large` | `invalid_request` |

An image file referenced by id is above the size limit. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.

# Causes

- A large uploaded image

# Solutions

- Upload a smaller file

**Do first:** upload a smaller image

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
- <https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py>
*/
    ImageFileTooLarge,
    /**An input image could not be decoded

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `image_parse_error` | `invalid_request` |

The image bytes could not be parsed. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.

# Causes

- A corrupt or truncated image file

# Solutions

- Re-export the image

**Do first:** re-export the image

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
- <https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py>
*/
    ImageParseError,
    /**An input image is too large

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `image_too_large` | `invalid_request` |

An input image exceeds the size limit. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.

# Causes

- An image above the allowed dimensions or byte size

# Solutions

- Downscale or compress the image

**Do first:** shrink the image

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
- <https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py>
*/
    ImageTooLarge,
    /**An input image is too small

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `image_too_small` | `invalid_request` |

An input image is below the minimum size. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.

# Causes

- A thumbnail or icon-sized image

# Solutions

- Send a larger image

**Do first:** send a larger image

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
- <https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py>
*/
    ImageTooSmall,
    /**A number is above the parameter's maximum

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `integer_above_max_value` | `invalid_request` |

An integer field exceeds the largest value the API allows; the message states the bound.

# Causes

- A count such as `n` or `max_tokens` set higher than the API allows
- An unchecked value taken from user input

# Solutions

- Clamp the value to the bound the message states

**Do first:** lower the value of the parameter named in `param`

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "integer_above_max_value",
    "message": "Invalid 'n': integer above maximum value. Expected a value <= 128, but got 130 instead.",
    "param": "n",
    "type": "invalid_request_error"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/thisisartium/continuous-alignment-testing/issues/25>
*/
    IntegerAboveMaxValue,
    /**A number is below the parameter's minimum

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `integer_below_min_value` | `invalid_request` |

An integer field is smaller than the least value the API allows; a negative `max_tokens` computed from a token budget is the usual case.

# Causes

- A token budget computed as the context size minus the prompt size, gone negative because the prompt is too long
- A zero or negative count

# Solutions

- Clamp the value to the bound the message states
- Shorten the prompt when the value was computed from the space left

**Do first:** raise the value of the parameter named in `param`

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "integer_below_min_value",
    "message": "Invalid 'max_tokens': integer below minimum value. Expected a value >= 1, but got -15335 instead.",
    "param": "max_tokens",
    "type": "invalid_request_error"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/OpenBMB/ChatDev/issues/446>
- <https://github.com/earendil-works/pi/issues/6265>
*/
    IntegerBelowMinValue,
    /**An input image's base64 data is malformed

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `invalid_base64_image` | `invalid_request` |

The base64 data of an inline image does not decode. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.

# Causes

- Truncated or wrongly encoded base64 data, or a data URL with the wrong prefix

# Solutions

- Encode the image bytes with standard base64 in a `data:image/...;base64,` URL

**Do first:** re-encode the image

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
- <https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py>
*/
    InvalidBase64Image,
    /**A Realtime client event was malformed

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `invalid_event` | `invalid_request` |

The Realtime API answered a client event it could not accept with an `error` event; the session stays open.

# Causes

- A client event with a missing or misspelt `type`
- Fields that do not fit the event type

# Solutions

- Check the event against the Realtime reference

**Do first:** fix the client event

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
- <https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/realtime/realtime_error.py>
*/
    InvalidEvent,
    /**A file could not be processed

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `invalid_file` | `invalid_request` |

A file added to a vector store could not be processed (`last_error.code` of a vector store file); no HTTP status of its own.

# Causes

- A corrupt file, or one whose content does not match its extension

# Solutions

- Check the file and upload it again

**Do first:** upload the file again

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
*/
    InvalidFile,
    /**A tool's parameter schema is not accepted

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `invalid_function_parameters` | `invalid_request` |

The JSON Schema given for a function tool's parameters breaks a rule the API enforces, such as strict mode's demand that `additionalProperties` be false everywhere.

# Causes

- Strict function calling with an object schema that allows extra properties
- A schema feature the API does not support

# Solutions

- Set `additionalProperties: false` and list every property as required in strict mode
- Simplify the schema to the supported subset

**Do first:** fix the tool schema named in `param`

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "invalid_function_parameters",
    "message": "Invalid schema for function 'json_edit_tool': In context=('properties', 'value'), 'additionalProperties' is required to be supplied and to be false.",
    "param": "tools[2].parameters",
    "type": "invalid_request_error"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/bytedance/trae-agent/issues/173>
*/
    InvalidFunctionParameters,
    /**An input image could not be used

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `invalid_image` | `invalid_request` |

The image given as input was refused. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.

# Causes

- An image the model cannot read

# Solutions

- Check the image and send it again in a common format

**Do first:** replace the image

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
- <https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py>
*/
    InvalidImage,
    /**The uploaded image's format is not supported

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `invalid_image_format` | `invalid_request` |

An image input is not in one of the accepted formats (PNG, JPEG, GIF, WebP). Also a `ResponseErrorCode` of failed responses.

# Causes

- An image in another format (HEIC, BMP, TIFF)
- A file whose extension does not match its content

# Solutions

- Convert the image to PNG, JPEG, GIF or WebP

**Do first:** convert the image to a supported format

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "invalid_image_format",
    "message": "You uploaded an unsupported image. Please make sure your image has of one the following formats: ['png', 'jpeg', 'gif', 'webp'].",
    "param": null,
    "type": "invalid_request_error"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
- <https://github.com/STranslate/STranslate/issues/277>
*/
    InvalidImageFormat,
    /**An input image's colour mode is not supported

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `invalid_image_mode` | `invalid_request` |

The image uses a colour mode the API does not accept. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.

# Causes

- An image in an unusual mode (CMYK, 16-bit)

# Solutions

- Convert the image to RGB or RGBA

**Do first:** convert the image to RGB

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
- <https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py>
*/
    InvalidImageMode,
    /**An input image URL is not usable

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `invalid_image_url` | `invalid_request` |

An image URL given as input is malformed or points to something that is not an image. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.

# Causes

- A URL that is not public, not an image, or not well-formed

# Solutions

- Use a public URL of the image itself, or send it inline

**Do first:** fix the image URL

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
- <https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py>
*/
    InvalidImageUrl,
    /**The request body is not valid JSON

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `invalid_json` (errspec's name: the server sends no code) | `invalid_request` |

The body could not be parsed as JSON, so none of its parameters were read. The reference table lists this code; the live API often reports parse failures without any code, and errspec then classifies them as `invalid_request`.

# Causes

- A hand-assembled body with a trailing comma, an unescaped quote or a cut-off end
- The payload sent as form fields or plain text rather than JSON
- The `Content-Type: application/json` header missing or wrong

# Solutions

- Build the body with a JSON serializer instead of string formatting
- Send `Content-Type: application/json` with every JSON request
- Log the exact bytes sent and feed them to a JSON parser to find the fault

**Do first:** fix the JSON encoding of the body

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": null,
    "message": "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly.)",
    "param": null,
    "type": "invalid_request_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `could not parse the json body` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/kdalanon/ChatGPT-AutoHotkey-Utility/issues/14>
- <https://github.com/microsoft/graphrag/issues/2286>
- <https://github.com/zhayujie/CowAgent/issues/975>
*/
    InvalidJson,
    /**The structured-output JSON Schema is not accepted

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `invalid_json_schema` | `invalid_request` |

The schema given for structured output (`response_format` or `text.format`) breaks a rule of strict structured outputs.

# Causes

- A property left out of `required` in strict mode
- An unsupported keyword or format in the schema

# Solutions

- List every property under `required` and use optional types for optional ones
- Keep to the schema subset structured outputs support

**Do first:** fix the schema named in `param`

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "invalid_json_schema",
    "message": "Invalid schema for response_format 'response': In context=(), 'required' is required to be supplied and to be an array including every key in properties. Missing 'message'.",
    "param": "text.format.schema",
    "type": "invalid_request_error"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/bingoYB/ham_home/issues/16>
*/
    InvalidJsonSchema,
    /**The prompt was flagged by the usage-policy check

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `invalid_prompt` | `invalid_request` |

A reasoning model refused the prompt as potentially against the usage policies. It also appears as the `error.code` of a failed response or run. False positives happen, but resending the same prompt automatically is not a fix.

# Causes

- Wording the policy filter treats as risky, even in an innocent request
- Prompts that ask about the model's own hidden reasoning

# Solutions

- Rephrase the prompt
- Show the user that the request was declined

**Do first:** rephrase the prompt

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "invalid_prompt",
    "message": "Invalid prompt: your prompt was flagged as potentially violating our usage policy. Please try again with a different prompt.",
    "param": null,
    "type": "invalid_request_error"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
- <https://github.com/BeehiveInnovations/pal-mcp-server/issues/178>
- <https://github.com/alan-turing-institute/t0-1/issues/69>
*/
    InvalidPrompt,
    /**Invalid request: the API rejected the request without a specific error code

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `invalid_request` (errspec's name: the server sends no code) | `invalid_request` |

A catch-all for 400 responses of type `invalid_request_error` whose code is null, such as schema violations (a missing required property, an unexpected field) or bodies that failed to parse. The message text says what was wrong.

# Causes

- A required property such as `model` or `messages` left out
- A property the endpoint does not know about included in the body
- A value of the wrong JSON type, for example a string where an array belongs

# Solutions

- Read the `message` and `param` fields, which point at the offending property
- Compare the body with the endpoint's API reference
- Build requests with an official SDK or a typed client so their shape is checked before sending

**Do first:** correct what the message names

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": null,
    "message": "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
    "param": "messages",
    "type": "invalid_request_error"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/ultimatejimmy/xray.koplugin/issues/33>
- <https://github.com/crewAIInc/crewAI/pull/1620>
- <https://github.com/RamiAwar/dataline/issues/172>
- <https://github.com/dottxt-ai/outlines/issues/844>
*/
    InvalidRequest,
    /**A parameter has the wrong JSON type

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `invalid_type` | `invalid_request` |

A field was given a value of another JSON type than the API expects, such as a string where an object belongs. `param` names the field's path.

# Causes

- A string sent where the API wants an object or an array (an image URL not wrapped in an object)
- A number sent as a string by a loosely typed client
- A request built for an older version of the endpoint

# Solutions

- Compare the field named in `param` with the API reference
- Build request bodies with typed structures instead of ad-hoc maps

**Do first:** fix the type of the field named in `param`

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "invalid_type",
    "message": "Invalid type for 'messages[0].content[1].image_url': expected an object, but got a string instead.",
    "param": "messages[0].content[1].image_url",
    "type": "invalid_request_error"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/openai/openai-python/issues/1635>
*/
    InvalidType,
    /**Invalid value: a parameter holds a value the endpoint does not accept

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `invalid_value` | `invalid_request` |

A parameter is present and of the right JSON type, but its value lies outside what the endpoint allows: an unknown enum member, a malformed ID or a number out of range. `param` names the field.

# Causes

- An enum value the endpoint does not support, such as an unknown role, voice or image size
- An ID with the wrong prefix, for example a file ID that does not start with `file-`
- A number outside its permitted range, such as a temperature above 2

# Solutions

- Look up the allowed values of the field named in `param`
- Check enums and ID formats on the client before sending
- Update the SDK when the set of allowed values has changed

**Do first:** fix the value named in `param`

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "invalid_value",
    "message": "Invalid value: 'input_image'. Supported values are: 'output_text' and 'refusal'.",
    "param": "input[4].content[0]",
    "type": "invalid_request_error"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/lobehub/lobehub/issues/9501>
- <https://github.com/openai/codex/issues/7085>
*/
    InvalidValue,
    /**A required parameter is missing

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `missing_required_parameter` | `invalid_request` |

The request leaves out a field the endpoint cannot work without. `param` names it, nested paths included.

# Causes

- A required field left out of a tool definition or an input item
- A client library that drops fields it does not know
- A request assembled for another endpoint

# Solutions

- Add the field named in `param`
- Check the endpoint's reference for the fields it requires

**Do first:** add the parameter named in `param`

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "missing_required_parameter",
    "message": "Missing required parameter: 'tools[0].server_label'.",
    "param": "tools[0].server_label",
    "type": "invalid_request_error"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/wandb/wandb-mcp-server/pull/5>
- <https://github.com/openai/codex/issues/6725>
*/
    MissingRequiredParameter,
    /**The image request was blocked by the safety system

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `moderation_blocked` | `invalid_request` |

The GPT Image endpoints refused the request after moderation of the prompt or the input images.

# Causes

- A prompt or input image the safety system flags

# Solutions

- Change the prompt or the images
- Lower `moderation` strictness only where the account is allowed to

**Do first:** change the prompt or the input images

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Matching

Chosen for a body without a known code whose message contains `rejected by the safety system` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/GooeyAI/gooey-server/pull/1091>
- <https://github.com/danny-avila/LibreChat/issues/7291>
- <https://help.apiyi.com/en/fix-gpt-image-2-moderation-blocked-400-error-en.html>
*/
    ModerationBlocked,
    /**The organization must be verified to use this feature

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `organization_verification_required` | `permission` |

Some models only stream (or answer at all) for organizations that completed OpenAI's verification. The server reports it as `unsupported_value` on the `stream` parameter; the fix is on the account, not in the request.

# Causes

- Streaming a model that needs a verified organization from an unverified one

# Solutions

- Verify the organization in the platform settings (it can take a few minutes to apply)
- Call the model without streaming meanwhile

**Do first:** verify the organization

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "unsupported_value",
    "message": "Your organization must be verified to stream this model. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization.",
    "param": "stream",
    "type": "invalid_request_error"
  }
}
```

# Matching

Chosen for a `unsupported_value` body whose message contains `organization must be verified` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/OpenHands/OpenHands/issues/4131>
- <https://github.com/Lamb-Project/lamb/issues/54>
*/
    OrganizationVerificationRequired,
    /**Invalid parameter: a parameter value is malformed or not allowed

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `parameter_invalid` (errspec's name: the server sends no code) | `invalid_request` |

Retired. An older reference table's code for a parameter whose value the API rejects; no public response carries it. Live responses name the problem precisely: `invalid_type`, `invalid_value`, `unsupported_value`, `unsupported_parameter` or `string_above_max_length`.

# Causes

- A parameter of the wrong type, such as a string where an integer is expected
- A value outside the documented bounds
- Two parameters that the endpoint does not accept together

# Solutions

- Check every parameter against the endpoint's reference
- Let an SDK or a typed client build the request
- Use the `param` field of the response to find the field at fault

**Do first:** correct the rejected parameter

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Synthetic: errspec's own name for what a proxy or a bare status produces.

*/
    #[deprecated(
        note = r"never seen on the wire: the API sends `invalid_type`, `invalid_value` or `unsupported_value` for a bad parameter"
    )]
    ParameterInvalid,
    /**Missing parameter: a required parameter was not provided

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `parameter_missing` (errspec's name: the server sends no code) | `invalid_request` |

Retired. An older reference table's code for a missing parameter; no public response carries it. Live responses use `missing_required_parameter`.

# Causes

- The field was left out entirely, for example `model` or `input`
- A variable meant to hold the value was empty and the serializer dropped the field
- A nested object lacks one of its own required fields

# Solutions

- Add the field named in `param` or in the message
- Fail early on the client when a required value is absent
- Check the endpoint reference for which fields are mandatory

**Do first:** add the missing parameter

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Synthetic: errspec's own name for what a proxy or a bare status produces.

*/
    #[deprecated(
        note = r"never seen on the wire: the API sends `missing_required_parameter`"
    )]
    ParameterMissing,
    /**The previous response to continue from does not exist

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `previous_response_not_found` | `invalid_request` |

A Responses API request names a `previous_response_id` the server does not have, typically because the earlier response was created with `store: false`.

# Causes

- Chaining responses created with `store: false`
- A response id from another project or one that has expired

# Solutions

- Send the whole conversation as input instead of chaining
- Store the responses you chain from

**Do first:** send the full input instead of `previous_response_id`

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Matching

Chosen for a body without a known code whose message contains `previous response with id` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/maximhq/bifrost/issues/2441>
*/
    PreviousResponseNotFound,
    /**The thread is busy with an active run

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `run_active` (errspec's name: the server sends no code) | `conflict` |

Assistants refuse to add messages or start runs on a thread while one of its runs is still in progress. Resending at once fails the same way: wait for the run to finish or cancel it first.

# Causes

- Adding a message before the previous run completed
- Two workers using one thread at the same time

# Solutions

- Poll the run until it reaches a final state, or cancel it
- Serialise the work on each thread

**Do first:** wait for the active run to finish or cancel it

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": null,
    "message": "Can't add messages to thread_abc while a run run_abc is active.",
    "param": null,
    "type": "invalid_request_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `while a run*is active` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/BasedHardware/omi/issues/3607>
*/
    RunActive,
    /**The uploaded image could not be processed

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `sanitizer_server_error` | `invalid_request` |

The image check refused an input image; the message asks for a supported format under 20 MB. Despite the name it is reported as a client error.

# Causes

- An image above 20 MB
- An image in an unsupported format
- A corrupt image file

# Solutions

- Re-encode the image as PNG or JPEG under 20 MB

**Do first:** re-encode the image

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "sanitizer_server_error",
    "message": "You uploaded an unsupported image. Please make sure your image is below 20 MB in size and is of one the following formats: ['png', 'jpeg', 'gif', 'webp'].",
    "param": null,
    "type": "invalid_request_error"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/CosmosShadow/gptpdf/issues/6>
*/
    SanitizerServerError,
    /**String too long: a text field exceeds its maximum length

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `string_above_max_length` | `invalid_request` |

One string in the request is longer than the API accepts for that field; the limit counts characters, not tokens. It typically appears when a whole file or a huge tool result is put into a single message.

# Causes

- A single message content beyond the per-string limit (about ten million characters for chat messages)
- Very long `instructions` or a tool output embedded verbatim
- A short-limit field such as `user`, a metadata value or `prompt_cache_key` given a long value

# Solutions

- Truncate or chunk the text named in `param`
- Upload large documents as files instead of inlining them
- Check the documented length limit of that field

**Do first:** shorten the string named in `param`

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "string_above_max_length",
    "message": "Invalid 'tools[11].function.name': string too long. Expected a string with maximum length 64, but got a string with length 74 instead.",
    "param": "tools[11].function.name",
    "type": "invalid_request_error"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/home-assistant/core/issues/121325>
- <https://github.com/VectorlyApp/bluebox/issues/31>
*/
    StringAboveMaxLength,
    /**The request has a parameter the endpoint does not know

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `unknown_parameter` | `invalid_request` |

A field the endpoint does not define was sent; strict endpoints refuse it instead of ignoring it.

# Causes

- A misspelt field name
- A field from another endpoint or API version
- A nested field placed at the wrong level

# Solutions

- Remove or rename the field named in `param`
- Check the field against the endpoint's reference

**Do first:** remove the parameter named in `param`

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "unknown_parameter",
    "message": "Unknown parameter: 'response_format.schema'.",
    "param": "response_format.schema",
    "type": "invalid_request_error"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/spring-projects/spring-ai/issues/2969>
*/
    UnknownParameter,
    /**A file's type is not supported

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `unsupported_file` | `invalid_request` |

A file added to a vector store has a type file search cannot index (`last_error.code` of a vector store file); no HTTP status of its own.

# Causes

- A file type outside the supported list

# Solutions

- Convert the file to a supported type

**Do first:** convert the file

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
*/
    UnsupportedFile,
    /**The uploaded file's media type is not supported

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `unsupported_file_mimetype` | `invalid_request` |

A file upload carries a MIME type the endpoint does not take, often `application/octet-stream` because the client did not set one.

# Causes

- A multipart upload without a content type
- A file type the endpoint does not accept

# Solutions

- Set the file part's content type (`image/png`)
- Convert the file to an accepted type

**Do first:** send the file with an accepted content type

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "unsupported_file_mimetype",
    "message": "Invalid file 'image': unsupported mimetype ('application/octet-stream'). Supported file formats are 'image/png'.",
    "param": "image",
    "type": "invalid_request_error"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/jezs00/pycasso/issues/72>
*/
    UnsupportedFileMimetype,
    /**An input image's media type is not supported

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `unsupported_image_media_type` | `invalid_request` |

The media type of an input image is not one the API takes. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.

# Causes

- An image type outside PNG, JPEG, GIF and WebP

# Solutions

- Convert the image

**Do first:** convert the image

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
- <https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py>
*/
    UnsupportedImageMediaType,
    /**Unsupported parameter: the chosen model does not accept this parameter

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `unsupported_parameter` | `invalid_request` |

The parameter exists in the API but the selected model refuses it; reasoning models, for example, want `max_completion_tokens` instead of `max_tokens`. The message usually names the replacement.

# Causes

- `max_tokens` sent to a reasoning model
- Sampling settings such as `temperature` or `logprobs` sent to a model that fixes them
- A request template written for one model family reused unchanged with another

# Solutions

- Use the replacement the message suggests
- Keep a parameter set per model family instead of one shared template
- Upgrade the SDK so that it knows the model's parameters

**Do first:** remove or rename the parameter

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "unsupported_parameter",
    "message": "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
    "param": "max_tokens",
    "type": "invalid_request_error"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/microsoft/clarity-agent/issues/59>
- <https://github.com/BeehiveInnovations/pal-mcp-server/issues/78>
*/
    UnsupportedParameter,
    /**A parameter value is not supported by this model

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `unsupported_value` | `invalid_request` |

The field is known and well-typed, but this model does not accept the value: reasoning models, for example, only take the default `temperature`. Streaming some models also needs a verified organization, which is reported with this code on `stream`.

# Causes

- A sampling setting (`temperature`, `top_p`) other than the default sent to a reasoning model
- Streaming a model that needs organization verification
- Settings copied from a request for another model

# Solutions

- Drop the parameter or send the value the message names
- Verify the organization in the platform settings when the message asks for it
- Keep per-model request settings apart

**Do first:** drop or change the value of the parameter named in `param`

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "unsupported_value",
    "message": "Unsupported value: 'temperature' does not support 0.2 with this model. Only the default (1) value is supported.",
    "param": "temperature",
    "type": "invalid_request_error"
  }
}
```

# Matching

A body with this code may instead be [`organization_verification_required`](Self::OrganizationVerificationRequired), when its message says so.

# Sources

Observed in real responses.

- <https://github.com/johny-b/llmcomp/issues/69>
- <https://github.com/OpenHands/OpenHands/issues/4131>
- <https://github.com/Lamb-Project/lamb/issues/54>
*/
    UnsupportedValue,
    /**The WebSocket connection has no room for another stream

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `websocket_stream_limit_reached` | `invalid_request` |

A Responses WebSocket connection already carries the most streams it may; the error event says so with status 400.

# Causes

- Too many concurrent responses on one connection

# Solutions

- Open another connection or wait for a stream to end

**Do first:** open another connection

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
*/
    WebsocketStreamLimitReached,
    /**The account behind the API key is deactivated

| Status | Type | Code | Category |
|---|---|---|---|
| `401 Unauthorized` | `invalid_request_error` | `account_deactivated` | `permission` |

The key is valid but belongs to an account OpenAI has disabled; nothing on the client side fixes it.

# Causes

- An account closed or suspended by OpenAI
- A key of a deactivated project or organization

# Solutions

- Read the email OpenAI sent to the account owner
- Contact OpenAI through the help centre

**Do first:** contact the account owner or OpenAI support

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "account_deactivated",
    "message": "This key is associated with a deactivated account. If you feel this is an error, contact us through our help center at help.openai.com.",
    "param": null,
    "type": "invalid_request_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `deactivated account` or `has been deactivated` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/Zero6992/chatGPT-discord-bot/issues/442>
- <https://github.com/ChatGPTNextWeb/NextChat/issues/4175>
- <https://github.com/ChatGPTNextWeb/NextChat/issues/2782>
*/
    AccountDeactivated,
    /**Permission denied: the key may not perform this request

| Status | Type | Code | Category |
|---|---|---|---|
| `401 Unauthorized` (also `403 Forbidden`) | `invalid_request_error` (also `permission_error`) | `insufficient_permissions` (errspec's name: the server sends no code) | `permission` |

The credentials are valid but lack the rights for this endpoint or model, for example a restricted key without the needed scope. errspec also uses this entry for any other 403 without a known code.

# Causes

- A restricted key whose scopes leave out this endpoint
- A model that is not enabled for the project or for the account's usage tier
- A key from one organization used on a resource owned by another

# Solutions

- Grant the key the missing scope, or use a key with broader rights
- Enable the model for the project, or reach the tier that includes it
- Make sure the key and the organization ID belong together

**Do first:** grant the key the missing permission

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": null,
    "message": "You have insufficient permissions for this operation. Missing scopes: api.responses.write.",
    "param": null,
    "type": "invalid_request_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `insufficient permissions` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/continuedev/continue/issues/10059>
- <https://github.com/openclaw/openclaw/issues/56658>
- <https://github.com/openai/codex/issues/19743>
*/
    InsufficientPermissions,
    /**Invalid API key: the key sent is wrong, revoked or deleted

| Status | Type | Code | Category |
|---|---|---|---|
| `401 Unauthorized` | `invalid_request_error` | `invalid_api_key` | `authentication` |

The API did not recognise the bearer token. The reference table gives its type as `authentication_error`, while live responses pair this code with `invalid_request_error`; errspec matches on the code either way, and uses this entry for any other 401.

# Causes

- A typo, a truncated copy, stray whitespace or quotes around the key
- A key that was revoked, rotated or deleted in the dashboard
- A key of another organization or project, or an old one still cached in an environment variable
- A key issued by another provider or a proxy sent to api.openai.com

# Solutions

- Copy the key again from the API keys page and strip whitespace
- Create a new key and replace every copy of the old one
- Log which variable or secret the process really loads, masked, to rule out a stale value

**Do first:** replace the API key

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "invalid_api_key",
    "message": "Incorrect API key provided: sk-abc1****wxyz. You can find your API key at https://platform.openai.com/account/api-keys.",
    "param": null,
    "type": "invalid_request_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `incorrect api key provided` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://developers.openai.com/docs/guides/error-codes>
- <https://github.com/continuedev/continue/issues/11409>
*/
    InvalidApiKey,
    /**Invalid organization: the organization named in the request is unknown or not open to this key

| Status | Type | Code | Category |
|---|---|---|---|
| `401 Unauthorized` | `invalid_request_error` | `invalid_organization` | `authentication` |

The `OpenAI-Organization` header, or the organization the key points to, names an organization the caller cannot act for, for example a mistyped ID or one the user has left.

# Causes

- An organization ID copied from another account or from sample code
- A display name such as `Personal` sent where the `org-...` ID belongs
- The user behind the key was removed from that organization

# Solutions

- Copy the organization ID from the organization settings page
- Leave the organization header out so that the key's default applies
- Ask an owner to restore the membership, or use a key issued in the right organization

**Do first:** fix or drop the organization header

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "invalid_organization",
    "message": "No such organization: org-AbCdEf0123456789.",
    "param": null,
    "type": "invalid_request_error"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/tom-doerr/zsh_codex/issues/5>
*/
    InvalidOrganization,
    /**Organization mismatch: the OpenAI-Organization header differs from the key's organization

| Status | Type | Code | Category |
|---|---|---|---|
| `401 Unauthorized` | `invalid_request_error` | `mismatched_organization` | `authentication` |

The key belongs to one organization while the `OpenAI-Organization` header names another. Project keys are tied to a single organization, so the header must agree with it or be omitted.

# Causes

- An `OPENAI_ORG_ID` or `OPENAI_ORGANIZATION` variable left over from another account
- A tool or proxy that injects a hard-coded organization header
- A new key created in a different organization from the one configured

# Solutions

- Unset the organization setting so the key's own organization is used
- Set the header to the organization that owns the key
- Check every layer that may add the header: SDK defaults, env files, gateways

**Do first:** align or remove the organization header

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "mismatched_organization",
    "message": "OpenAI-Organization header should match organization for API key",
    "param": null,
    "type": "invalid_request_error"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/microsoft/foundry-dev-tools/issues/262>
- <https://github.com/Realiserad/fish-ai/issues/62>
- <https://github.com/openai/codex/issues/1000>
*/
    MismatchedOrganization,
    /**No API key: the request carried no credentials

| Status | Type | Code | Category |
|---|---|---|---|
| `401 Unauthorized` | `invalid_request_error` | `no_api_key` (errspec's name: the server sends no code) | `authentication` |

The request reached the API without an `Authorization: Bearer` header. The reference table names this code; live responses to a missing key arrive with a null code and type `invalid_request_error`, so errspec can classify those only by their status.

# Causes

- The variable holding the key is unset or empty in this process
- A proxy, a redirect or the HTTP client stripped the Authorization header
- The key was put in a query parameter or a differently named header

# Solutions

- Send `Authorization: Bearer <key>` on every request
- Refuse to start when the key variable is empty
- Inspect the outgoing request to confirm the header survives proxies and redirects

**Do first:** send the key in the Authorization header

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": null,
    "message": "Missing bearer or basic authentication in header",
    "param": null,
    "type": "invalid_request_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `provide an api key` or `missing bearer or basic authentication` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/openai/openai-cookbook/issues/2347>
- <https://github.com/continuedev/continue/issues/9973>
*/
    NoApiKey,
    /**No organization: the account behind the key belongs to no organization

| Status | Type | Code | Category |
|---|---|---|---|
| `401 Unauthorized` | `invalid_request_error` | `no_organization` | `permission` |

Using the API requires membership of an organization, and the user who owns the key has none, typically after leaving or being removed or after the organization was deleted.

# Causes

- The user left, or was removed from, their organization or project
- The organization was deleted
- A fresh account that never completed organization setup

# Solutions

- Ask an organization owner to invite the user again
- Create or request a new organization on the platform
- Issue a new key once membership is restored

**Do first:** restore organization membership

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "no_organization",
    "message": "You must be a member of an organization to use the API. Please contact us through our help center at help.openai.com.",
    "param": null,
    "type": "invalid_request_error"
  }
}
```

# Sources

Observed in real responses.

- <https://developers.openai.com/docs/guides/error-codes>
- <https://github.com/OpenHands/OpenHands/issues/2562>
- <https://github.com/abi/screenshot-to-code/issues/9>
*/
    NoOrganization,
    /**Quota exceeded: the account's token or spending allowance is used up

| Status | Type | Code | Category |
|---|---|---|---|
| `403 Forbidden` (also `429 Too Many Requests`) | `tokens_exceeded_error` | `quota_exceeded` (errspec's name: the server sends no code) | `quota` |

Retired. An older reference table's entry for a spent allowance (403, type `tokens_exceeded_error`); no public response carries it. Spent budgets arrive as 429 `insufficient_quota` and the billing codes beside it (`billing_not_active`, `credit_balance_exhausted`, the spend-limit codes).

# Causes

- The month's token allowance or the prepaid credit has been consumed
- A costlier model than planned draining the allowance faster
- Very long prompts multiplying the cost of each call

# Solutions

- Buy credit or raise the limit in the billing settings
- Watch usage in the dashboard and alert well before the allowance runs out
- Spend fewer tokens: shorter prompts, smaller models, cached answers

**Do first:** add credit or raise the limit

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Synthetic: errspec's own name for what a proxy or a bare status produces.

*/
    #[deprecated(
        note = r"no public source shows it: OpenAI reports exhausted budgets as 429 `insufficient_quota` and the billing codes beside it"
    )]
    QuotaExceeded,
    /**Region not supported: the API is not offered where the request comes from

| Status | Type | Code | Category |
|---|---|---|---|
| `403 Forbidden` | `request_forbidden` | `unsupported_country_region_territory` | `permission` |

OpenAI refuses traffic from countries, regions and territories where it does not provide the API. The check uses the network location of the caller, so servers, proxies or VPN exits in such a place are refused too.

# Causes

- A client located in an unsupported country or territory
- A cloud region or host whose addresses geolocate to an unsupported place
- A VPN or proxy exit in an unsupported location

# Solutions

- Run the calling service in a supported region
- Check OpenAI's list of supported countries and territories
- Route traffic through infrastructure that may use the service under the terms of use

**Do first:** call the API from a supported region

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "unsupported_country_region_territory",
    "message": "Country, region, or territory not supported",
    "param": null,
    "type": "request_forbidden"
  }
}
```

# Sources

Observed in real responses.

- <https://developers.openai.com/docs/guides/error-codes>
- <https://github.com/home-assistant/core/issues/120072>
- <https://github.com/continuedev/continue/issues/11449>
*/
    UnsupportedCountryRegionTerritory,
    /**No endpoint at this URL

| Status | Type | Code | Category |
|---|---|---|---|
| `404 Not Found` | `invalid_request_error` | `invalid_url` (errspec's name: the server sends no code) | `not_found` |

The path does not name an endpoint. This older 404 arrives with a null code; the current form is `unknown_url`. In 2023 it was also sent for a correct URL that the account could not use.

# Causes

- A misspelt path or a missing `/v1`
- A base URL that already ends in `/v1` with `/v1` added again
- An endpoint the account was not allowed to use

# Solutions

- Compare the path with the API reference
- Print the full URL the client sends

**Do first:** fix the request URL

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": null,
    "message": "Invalid URL (POST /v1/chat/completions)",
    "param": null,
    "type": "invalid_request_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `invalid url (` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/chatboxai/chatbox/issues/199>
- <https://github.com/swordintent/chatgpt-web-api/issues/11>
- <https://github.com/openai/openai-python/issues/271>
*/
    InvalidUrl,
    /**Model not found: the model does not exist or this key has no access to it

| Status | Type | Code | Category |
|---|---|---|---|
| `404 Not Found` (also `403 Forbidden`) | `invalid_request_error` | `model_not_found` | `not_found` |

The `model` parameter names a model that is unknown, retired, misspelt or closed to this organization. A project that is denied a model gets the same code with status 403.

# Causes

- A typo or an invented model name
- A model that was deprecated and has been shut down
- A model gated behind a usage tier or organization verification
- A project whose model allowlist leaves the model out

# Solutions

- List the available models with `GET /v1/models` and use an exact ID
- Switch to the documented successor of a retired model
- Allow the model in the project settings or complete verification

**Do first:** use a model the key can access

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "model_not_found",
    "message": "The model `gpt-4` does not exist or you do not have access to it.",
    "param": null,
    "type": "invalid_request_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `model*does not exist` or `does not have access to model` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/enricoros/big-AGI/issues/16>
- <https://github.com/Chainlit/cookbook/issues/82>
- <https://github.com/Aider-AI/aider/issues/1903>
- <https://github.com/waylaidwanderer/node-chatgpt-api/issues/131>
*/
    ModelNotFound,
    /**Not found: the addressed object does not exist or is not visible to this key

| Status | Type | Code | Category |
|---|---|---|---|
| `404 Not Found` | `invalid_request_error` | `resource_not_found` (errspec's name: the server sends no code) | `not_found` |

A 404 with a null code, sent when a file, batch, vector store, fine-tuning job, stored response or similar object cannot be found. errspec names it so that code-less 404s get a variant of their own.

# Causes

- An ID that was deleted, expired or never created
- An object created under another project or organization
- An ID copied with a typo or taken from another environment

# Solutions

- Check the object exists by listing it with the same key
- Use the project and organization that created the object
- Expect some objects to be removed automatically after a while

**Do first:** check the object ID and the project

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": null,
    "message": "Not found",
    "param": null,
    "type": "invalid_request_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `no thread found` or `no assistant found` or `no file found` or `no run found` or `no vector store found` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/openai/openai-node/issues/1691>
- <https://github.com/FlowiseAI/Flowise/issues/2495>
- <https://github.com/flows-network/openai-assistant-telegram/issues/1>
*/
    ResourceNotFound,
    /**Unknown URL: no endpoint exists at this path and method

| Status | Type | Code | Category |
|---|---|---|---|
| `404 Not Found` | `invalid_request_error` | `unknown_url` | `not_found` |

The request went to a path the API does not serve, or used the wrong method for it, usually because of a bad base URL or a typo in the endpoint.

# Causes

- A base URL missing `/v1`, or with it doubled
- A misspelt endpoint such as `/v1/chat/completion`
- The wrong HTTP method for an existing path

# Solutions

- Set the base URL to `https://api.openai.com/v1` and let the client append paths
- Compare the path and method with the API reference
- Log the final URL the client actually requests

**Do first:** fix the endpoint URL

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "unknown_url",
    "message": "Unknown request URL: POST /chat/completions. Please check the URL for typos, or see the docs at https://platform.openai.com/docs/api-reference/.",
    "param": null,
    "type": "invalid_request_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `unknown request url` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/artificial-julien/docker-nginx-openai-api-cache/issues/2>
*/
    UnknownUrl,
    /**Request timeout: the server stopped waiting for the request to finish

| Status | Type | Code | Category |
|---|---|---|---|
| `408 Request Timeout` | `server_error` | `request_timeout` (errspec's name: the server sends no code) | `timeout` |

The connection stayed open longer than the server or a proxy allows before the request was fully received or handled. OpenAI documents no code for it, so errspec names it; the official SDKs retry it.

# Causes

- A slow or stalled upload of a large body
- A network path that drops or delays packets
- Handling that took longer than an intermediary permits

# Solutions

- Retry after a short pause
- Keep bodies small and send large inputs as file uploads
- Use streaming or background mode for long generations

**Do first:** retry after a short pause

# Retry

`transient_backoff`: For timeouts, conflicts and proxy failures (408, 409, 502, 504): an instant resend tends to hit the same stuck component, so start at 2 s and double, with four attempts at most and no wait above 20 s; the official SDKs retry these statuses as well (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Sources

Synthetic: errspec's own name for what a proxy or a bare status produces.

*/
    RequestTimeout,
    /**Conflict: the request clashes with the current state of the resource

| Status | Type | Code | Category |
|---|---|---|---|
| `409 Conflict` | `invalid_request_error` | `conflict` (errspec's name: the server sends no code) | `conflict` |

Another request changed or locked the same object, or it is still being processed. OpenAI documents no code for this status; the official SDKs retry it because such locks are usually short-lived.

# Causes

- Two requests writing to the same object at the same moment
- An operation on an object that is still being processed, such as a running job or a file being indexed
- A client that resends a write before the first one has settled

# Solutions

- Retry after a short pause
- Serialise writes to the same object
- Poll the object's status and wait until it allows the operation

**Do first:** retry once the competing change settles

# Retry

`transient_backoff`: For timeouts, conflicts and proxy failures (408, 409, 502, 504): an instant resend tends to hit the same stuck component, so start at 2 s and double, with four attempts at most and no wait above 20 s; the official SDKs retry these statuses as well (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Sources

Synthetic: errspec's own name for what a proxy or a bare status produces.

*/
    Conflict,
    /**Unprocessable entity: the request is well-formed but cannot be acted on

| Status | Type | Code | Category |
|---|---|---|---|
| `422 Unprocessable Entity` | `invalid_request_error` | `unprocessable_entity` (errspec's name: the server sends no code) | `invalid_request` |

The body parsed correctly but its content could not be processed. OpenAI documents no code for this status, so errspec names it to give 422 a variant of its own.

# Causes

- Values that are valid one by one but contradict each other
- Uploaded content the endpoint cannot handle, such as a damaged or mislabelled file
- A gateway in between that validates bodies more strictly than the API

# Solutions

- Read the message for the part that was refused and correct it
- Check that uploaded files open correctly and match their declared format
- Do not resend the same body unchanged

**Do first:** fix the request content

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Synthetic: errspec's own name for what a proxy or a bare status produces.

*/
    UnprocessableEntity,
    /**API access was terminated for a policy violation

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `access_terminated` | `access_terminated` | `permission` |

OpenAI ended the organization's access for violating its policies. It arrives with status 429, so a client that retries every 429 keeps hammering a closed door; only an appeal helps.

# Causes

- A policy violation found by OpenAI's review

# Solutions

- Read the email sent to the account owner
- Appeal through OpenAI's help centre

**Do first:** stop sending and contact OpenAI

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": null,
    "message": "Your access was terminated due to violation of our policies, please check your email for more information.",
    "param": null,
    "type": "access_terminated"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `access was terminated` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/AutumnWhj/ChatGPT-wechat-bot/issues/111>
- <https://github.com/chenfei-wu/TaskMatrix/issues/78>
- <https://github.com/binary-husky/gpt_academic/issues/985>
- <https://github.com/ztjhz/BetterChatGPT/issues/105>
*/
    AccessTerminated,
    /**Billing is not active on the account

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `billing_not_active` | `billing_not_active` | `quota` |

The account has no active billing arrangement. It arrives as a 429 like a rate limit, but waiting never clears it: only setting up billing does. Older bodies carried a null code and only the type.

# Causes

- No payment method on the account
- Free trial credit that expired
- A cancelled or failed subscription payment

# Solutions

- Add a payment method or buy credit in the billing settings
- Check that the key belongs to the organization that pays

**Do first:** set up billing for the organization

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "billing_not_active",
    "message": "Your account is not active, please check your billing details on our website.",
    "param": null,
    "type": "billing_not_active"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `account is not active` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/Chanzhaoyu/chatgpt-web/issues/1273>
- <https://github.com/RamiAwar/dataline/issues/175>
- <https://github.com/BerriAI/litellm/issues/2743>
- <https://github.com/lifan0127/ai-research-assistant/issues/174>
*/
    BillingNotActive,
    /**The organization's prepaid credit is used up

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `insufficient_quota` | `credit_balance_exhausted` | `quota` |

The prepaid credit balance reached zero. Requests fail until credit is added.

# Causes

- All purchased credit consumed
- Auto-recharge turned off or failing

# Solutions

- Buy credit or enable auto-recharge in the billing settings

**Do first:** add credit

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://help.openai.com/en/articles/6614457-troubleshooting-api-usage-and-spend-limits>
*/
    CreditBalanceExhausted,
    /**The client's address is rate-limited at the network edge

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `rate_limit_error` | `edge_rate_limited` (errspec's name: the server sends no code) | `rate_limit` |

Cloudflare in front of the API blocked the client's IP address (its error 1015) with a plain-text body and a long Retry-After, often hours. Retrying soon does not help.

# Causes

- Many clients behind one shared IP address (serverless or edge platforms)
- Traffic the edge treats as abusive

# Solutions

- Send from another egress address
- Honour the Retry-After header before trying again

**Do first:** wait for the Retry-After period or change egress address

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Matching

Chosen for a body without a known code whose message contains `error code: 1015` (ignoring case; `*` stands for any text).

# Sources

Synthetic: errspec's own name for what a proxy or a bare status produces.

*/
    EdgeRateLimited,
    /**Insufficient quota: the current quota is used up; check the plan and billing details

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `insufficient_quota` | `insufficient_quota` | `quota` |

The billing refusal: no prepaid credit left, or a spend or usage cap reached. It shares status 429 with rate limits but never clears by waiting; bodies of this type with a more specific code (`credit_balance_exhausted`, `organization_spend_limit_exceeded`, `project_spend_limit_exceeded`, `organization_usage_limit_exceeded`) or with no code at all are recognised here by type and status.

# Causes

- The prepaid balance reached zero, or a free grant expired
- An organization or project hard spend limit was reached
- The monthly usage limit OpenAI assigns to the organization's tier was reached
- Auto-recharge is off or its payment method is failing

# Solutions

- Add credit or fix the payment method in the billing settings
- Raise or remove the organization or project spend limit, or wait for the monthly reset
- Request a higher approved usage limit when the tier's limit is the cause
- Stop automatic retries and alert whoever handles billing

**Do first:** fix billing before sending again

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "insufficient_quota",
    "message": "You exceeded your current quota, please check your plan and billing details.",
    "param": null,
    "type": "insufficient_quota"
  }
}
```

# Sources

Observed in real responses.

- <https://developers.openai.com/docs/guides/error-codes>
- <https://help.openai.com/en/articles/6614457-troubleshooting-api-usage-and-spend-limits>
- <https://github.com/OpenHands/OpenHands/issues/998>
- <https://github.com/OpenBMB/ChatDev/issues/399>
- <https://github.com/langchain-ai/langchainjs/issues/1929>
*/
    InsufficientQuota,
    /**The organization's monthly spend limit is reached

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `insufficient_quota` | `organization_spend_limit_exceeded` | `quota` |

Spending reached the monthly limit the organization set for itself. Enforcement lags a little, so spend can overshoot before requests start failing.

# Causes

- Usage above the organization's configured budget

# Solutions

- Raise or remove the limit, or wait for the month to turn

**Do first:** raise the organization's spend limit

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://developers.openai.com/api/docs/guides/spend-limits.md>
- <https://help.openai.com/en/articles/6614457-troubleshooting-api-usage-and-spend-limits>
*/
    OrganizationSpendLimitExceeded,
    /**The organization's usage-tier limit is reached

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `insufficient_quota` | `organization_usage_limit_exceeded` | `quota` |

The organization reached the monthly usage limit that OpenAI assigns to its usage tier, which is separate from the limits it sets itself.

# Causes

- Usage above the tier's monthly allowance

# Solutions

- Ask for a higher limit or move up a usage tier
- Wait for the period to reset

**Do first:** ask OpenAI for a higher usage limit

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://help.openai.com/en/articles/6614457-troubleshooting-api-usage-and-spend-limits>
*/
    OrganizationUsageLimitExceeded,
    /**The project's monthly spend limit is reached

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `insufficient_quota` | `project_spend_limit_exceeded` | `quota` |

Spending reached the monthly limit set on the project the key belongs to.

# Causes

- Usage above the project's configured budget

# Solutions

- Raise the project's limit, or wait for the month to turn

**Do first:** raise the project's spend limit

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Sources

Documented by the provider.

- <https://developers.openai.com/api/docs/guides/spend-limits.md>
- <https://help.openai.com/en/articles/6614457-troubleshooting-api-usage-and-spend-limits>
*/
    ProjectSpendLimitExceeded,
    /**Rate limit reached: too many requests or tokens in the current window

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `requests` (also `tokens`) (also `rate_limit_error`) (also `too_many_requests`) | `rate_limit_exceeded` (also `too_many_requests`) | `rate_limit` |

The organization or project sent more requests or tokens per minute (or per day) than its limits allow for the model. Live responses pair this code with type `requests` or `tokens` to say which limit was hit (a Responses API stream reports the same limit in an `error` event whose code and type are `too_many_requests`); it clears when the window moves on, unless a single request is larger than the whole token limit, and it is the entry errspec picks for a 429 without a known code.

# Causes

- Bursts of parallel requests, or a tight loop without pacing
- Large prompts or high output budgets eating the tokens-per-minute allowance
- Several services or users sharing one organization's limits
- A low usage tier with small limits

# Solutions

- Back off and retry, honouring Retry-After and the `x-ratelimit-reset-*` headers
- Pace requests through a client-side queue or token bucket
- Lower output budgets and trim prompts
- Reach a higher usage tier, or move bulk work to the Batch API

**Do first:** wait, then retry with backoff

# Retry

`exponential_backoff`: For rate limits: wait about 1 s, 2 s, 4 s, 8 s and 16 s before the five retries, each plus up to 1 s of random jitter so that clients do not retry in step; no backoff wait exceeds 60 s. A server hint (Retry-After, retry-after-ms, x-ratelimit-reset-\*, "try again in") replaces the backoff, up to the runtime's hint ceiling (exponential backoff from 1000 ms, ×2 per retry, plus up to 1000 ms of jitter; at most 6 attempts, no wait longer than 60000 ms).

# Example body

```json
{
  "error": {
    "code": "rate_limit_exceeded",
    "message": "Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Used 29000, Requested 2000. Please try again in 2s.",
    "param": null,
    "type": "tokens"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `rate limit reached for` (ignoring case; `*` stands for any text).

A body with this code may instead be [`request_too_large`](Self::RequestTooLarge), when its message says so.

# Sources

Observed in real responses.

- <https://developers.openai.com/docs/guides/error-codes>
- <https://github.com/Chanzhaoyu/chatgpt-web/issues/321>
- <https://github.com/openai/openai-dotnet/issues/881>
*/
    RateLimitExceeded,
    /**The request alone asks for more tokens than the rate limit allows

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `tokens` | `request_too_large` | `invalid_request` |

One request needs more tokens than the whole per-minute (or per-day) token limit. The server sends it as `rate_limit_exceeded`, but waiting cannot help: the request must shrink or the limit grow.

# Causes

- A huge prompt or output budget on a low usage tier
- A whole document sent in one request

# Solutions

- Cut the input or `max_tokens` below the limit the message names
- Split the work across several requests
- Move to a higher usage tier

**Do first:** make the request smaller

# Retry

`no_retry`: Never resend automatically: the cause (credentials, permissions, billing, request content) needs a person or a code change, and the same request would fail the same way (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "rate_limit_exceeded",
    "message": "Request too large for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Requested 36278. The input or output tokens must be reduced in order to run successfully.",
    "param": null,
    "type": "tokens"
  }
}
```

# Matching

Chosen for a `rate_limit_exceeded` body whose message contains `request too large for` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/Aider-AI/aider/issues/1880>
- <https://github.com/continuedev/continue/issues/10602>
- <https://github.com/rotemweiss57/gpt-newspaper/issues/10>
*/
    RequestTooLarge,
    /**Slow down: traffic grew faster than the service can absorb

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` (also `503 Service Unavailable`) | `rate_limit_error` | `slow_down` | `rate_limit` |

Sent when request volume ramps up too steeply, even while it stays within the rate limits. Some endpoints used to report it with status 503, which errspec accepts as well.

# Causes

- A sudden jump in traffic, such as a batch job starting at full speed
- Many workers starting at once after a deploy or an outage
- Retries from many clients firing in step

# Solutions

- Back off with jitter and honour Retry-After
- Raise traffic gradually; at high volume OpenAI advises growing it by no more than about half every 15 minutes
- Keep the load steady instead of sending it in bursts

**Do first:** reduce the request rate, then ramp up slowly

# Retry

`exponential_backoff`: For rate limits: wait about 1 s, 2 s, 4 s, 8 s and 16 s before the five retries, each plus up to 1 s of random jitter so that clients do not retry in step; no backoff wait exceeds 60 s. A server hint (Retry-After, retry-after-ms, x-ratelimit-reset-\*, "try again in") replaces the backoff, up to the runtime's hint ceiling (exponential backoff from 1000 ms, ×2 per retry, plus up to 1000 ms of jitter; at most 6 attempts, no wait longer than 60000 ms).

# Example body

```json
{
  "error": {
    "code": "slow_down",
    "message": "Please slow down: your request rate increased too quickly.",
    "param": null,
    "type": "rate_limit_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `slow down` (ignoring case; `*` stands for any text).

# Sources

Documented by the provider.

- <https://developers.openai.com/docs/guides/error-codes>
- <https://github.com/danny-avila/LibreChat/issues/1155>
- <https://github.com/SawyerHood/draw-a-ui/issues/8>
*/
    SlowDown,
    /**Token rate limit reached: too many tokens per minute

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `rate_limit_error` | `tokens_per_min_exceeded` (errspec's name: the server sends no code) | `rate_limit` |

Retired. An older reference table's code for a spent tokens-per-minute budget; no public response carries it. The live API reports the condition as `rate_limit_exceeded` with type `tokens`.

# Causes

- Long prompts or large output budgets sent in quick succession
- Parallel workers that each stay under the request limit but together pass the token limit
- One request bigger than the whole per-minute token budget, which can never succeed as is

# Solutions

- Space requests out and retry after the reset time given in the headers
- Shrink prompts and output budgets
- Split a request that is larger than the limit into smaller ones

**Do first:** space out requests

# Retry

`exponential_backoff`: For rate limits: wait about 1 s, 2 s, 4 s, 8 s and 16 s before the five retries, each plus up to 1 s of random jitter so that clients do not retry in step; no backoff wait exceeds 60 s. A server hint (Retry-After, retry-after-ms, x-ratelimit-reset-\*, "try again in") replaces the backoff, up to the runtime's hint ceiling (exponential backoff from 1000 ms, ×2 per retry, plus up to 1000 ms of jitter; at most 6 attempts, no wait longer than 60000 ms).

# Sources

Synthetic: errspec's own name for what a proxy or a bare status produces.

*/
    #[deprecated(
        note = r"never seen on the wire: token limits arrive as `rate_limit_exceeded` with type `tokens`"
    )]
    TokensPerMinExceeded,
    /**An evaluation run failed inside the service

| Status | Type | Code | Category |
|---|---|---|---|
| `500 Internal Server Error` | `server_error` | `internal_error` | `server` |

The code of a failed Evals run whose cause is on OpenAI's side (`EvalApiError`); no HTTP status of its own.

# Causes

- A transient failure while running the evaluation

# Solutions

- Start the run again

**Do first:** start the run again

# Retry

`transient_backoff`: For timeouts, conflicts and proxy failures (408, 409, 502, 504): an instant resend tends to hit the same stuck component, so start at 2 s and double, with four attempts at most and no wait above 20 s; the official SDKs retry these statuses as well (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
*/
    InternalError,
    /**Internal server error: the API failed while handling the request

| Status | Type | Code | Category |
|---|---|---|---|
| `500 Internal Server Error` | `server_error` | `internal_server_error` (errspec's name: the server sends no code) | `server` |

An unexpected failure inside OpenAI's service; the request may well be valid. Live 500 responses usually have a null code and type `server_error`, and errspec maps them here by status.

# Causes

- A passing fault in OpenAI's backend or in the model server
- An ongoing incident or degraded service
- Rarely, an unusual input that hits a bug in one particular model

# Solutions

- Retry once at once, then with growing delays
- Check status.openai.com when the errors persist
- Keep the `x-request-id` header value for a support ticket
- Fall back to another model if one keeps failing

**Do first:** retry, then report with the request ID

# Retry

`immediate_then_backoff`: For passing server failures (500, 503): send the request again at once, since another backend often takes it, then wait about 1 s, 2 s and 4 s plus up to 0.5 s of jitter; five attempts at most and no wait above 30 s (1 immediate retry, then exponential backoff from 1000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 5 attempts, no wait longer than 30000 ms).

# Example body

```json
{
  "error": {
    "code": null,
    "message": "The server had an error processing your request. Sorry about that! You can retry your request, or contact us through our help center at help.openai.com if you keep seeing this error.",
    "param": null,
    "type": "server_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `the server had an error` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://developers.openai.com/docs/guides/error-codes>
- <https://github.com/ai-genie/chatgpt-vscode/issues/100>
- <https://github.com/langbot-app/LangBot/issues/126>
- <https://github.com/openai/openai-realtime-console/issues/493>
*/
    InternalServerError,
    /**The model produced output that could not be used

| Status | Type | Code | Category |
|---|---|---|---|
| `500 Internal Server Error` | `model_error` | `model_error` (errspec's name: the server sends no code) | `server` |

The model's output could not be turned into a valid response. A retry often succeeds; if it keeps happening the prompt is steering the model into it.

# Causes

- Prompts that push the model toward malformed tool calls or structured output

# Solutions

- Retry a few times
- Change the prompt if it persists

**Do first:** retry, then change the prompt if it persists

# Retry

`transient_backoff`: For timeouts, conflicts and proxy failures (408, 409, 502, 504): an instant resend tends to hit the same stuck component, so start at 2 s and double, with four attempts at most and no wait above 20 s; the official SDKs retry these statuses as well (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Example body

```json
{
  "error": {
    "code": null,
    "message": "The model produced invalid content. Consider modifying your prompt if you are seeing this error persistently.",
    "param": null,
    "type": "model_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `model produced invalid content` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/BerriAI/litellm/issues/8020>
*/
    ModelError,
    /**The server failed while handling the request

| Status | Type | Code | Category |
|---|---|---|---|
| `500 Internal Server Error` | `server_error` | `server_error` | `server` |

The code OpenAI uses in Responses, Realtime and Assistants errors (a failed response, a run's `last_error`, a stream's error event) for a failure on its side.

# Causes

- A transient failure inside OpenAI's service

# Solutions

- Retry with backoff
- Report persistent failures with the request id

**Do first:** retry with backoff

# Retry

`immediate_then_backoff`: For passing server failures (500, 503): send the request again at once, since another backend often takes it, then wait about 1 s, 2 s and 4 s plus up to 0.5 s of jitter; five attempts at most and no wait above 30 s (1 immediate retry, then exponential backoff from 1000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 5 attempts, no wait longer than 30000 ms).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
- <https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py>
- <https://github.com/openai/openai-node/issues/1730>
*/
    ServerError,
    /**Bad gateway: a proxy in front of the API got no valid answer from it

| Status | Type | Code | Category |
|---|---|---|---|
| `502 Bad Gateway` | `cf_bad_gateway` | `bad_gateway` (errspec's name: the server sends no code) | `gateway` |

Cloudflare or another intermediary could not obtain a usable response from OpenAI's servers. OpenAI's edge answers with type `cf_bad_gateway` and the number 502 as `code`; other proxies often send an HTML page, so errspec recognises the error by status.

# Causes

- An upstream server crashed or restarted in the middle of the request
- The connection between the edge and the origin broke
- A proxy of your own failing independently of OpenAI

# Solutions

- Retry after a short delay
- Check the status page for an incident
- Read the logs of any proxy you run in between

**Do first:** retry after a short delay

# Retry

`transient_backoff`: For timeouts, conflicts and proxy failures (408, 409, 502, 504): an instant resend tends to hit the same stuck component, so start at 2 s and double, with four attempts at most and no wait above 20 s; the official SDKs retry these statuses as well (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Example body

```json
{
  "error": {
    "code": 502,
    "message": "Bad gateway.",
    "param": null,
    "type": "cf_bad_gateway"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/stanfordnlp/dspy/pull/203>
- <https://github.com/n3d1117/chatgpt-telegram-bot/issues/637>
- <https://github.com/yoheinakajima/babyagi/issues/64>
*/
    BadGateway,
    /**Model overloaded: the model is handling too many requests right now

| Status | Type | Code | Category |
|---|---|---|---|
| `503 Service Unavailable` | `server_error` | `engine_overloaded` (errspec's name: the server sends no code) | `overloaded` |

The model's serving capacity is saturated, so the request was turned away before processing. OpenAI sends it with a null code, hence the name errspec gives it; being the usual code-less 503, it is also the entry chosen for a 503 without a known code.

# Causes

- Peak demand on a popular or newly released model
- Capacity reduced during an incident or a deployment
- Large requests competing for the same hardware

# Solutions

- Retry with growing delays
- Switch to another model or snapshot for a while
- Watch the status page if the overload lasts

**Do first:** retry with backoff or switch models

# Retry

`immediate_then_backoff`: For passing server failures (500, 503): send the request again at once, since another backend often takes it, then wait about 1 s, 2 s and 4 s plus up to 0.5 s of jitter; five attempts at most and no wait above 30 s (1 immediate retry, then exponential backoff from 1000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 5 attempts, no wait longer than 30000 ms).

# Example body

```json
{
  "error": {
    "code": null,
    "message": "That model is currently overloaded with other requests. You can retry your request, or contact us through our help center at help.openai.com if the error persists.",
    "param": null,
    "type": "server_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `currently overloaded with other requests` or `engine is currently overloaded` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://help.openai.com/en/articles/6891839-api-error-codes>
- <https://github.com/ikechan8370/chatgpt-plugin/issues/125>
*/
    EngineOverloaded,
    /**Servers overloaded: no capacity is free for this model at the moment

| Status | Type | Code | Category |
|---|---|---|---|
| `503 Service Unavailable` | `service_unavailable_error` | `server_is_overloaded` | `overloaded` |

The current form of the capacity error: the requested model has no room for the request right now. The response may carry a Retry-After header, which should set the wait.

# Causes

- Demand for the model beyond the capacity available
- Capacity constrained during an incident
- Long-running workloads, such as video generation, filling the pool

# Solutions

- Retry after the Retry-After interval, or with backoff when it is absent
- Spread bursts out over time
- Check the status page if it goes on

**Do first:** retry after the suggested delay

# Retry

`immediate_then_backoff`: For passing server failures (500, 503): send the request again at once, since another backend often takes it, then wait about 1 s, 2 s and 4 s plus up to 0.5 s of jitter; five attempts at most and no wait above 30 s (1 immediate retry, then exponential backoff from 1000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 5 attempts, no wait longer than 30000 ms).

# Example body

```json
{
  "error": {
    "code": "server_is_overloaded",
    "message": "Our servers are currently overloaded. Please try again later.",
    "param": null,
    "type": "service_unavailable_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `servers are currently overloaded` or `overloaded or not ready yet` (ignoring case; `*` stands for any text).

# Sources

Documented by the provider.

- <https://developers.openai.com/docs/guides/error-codes>
- <https://github.com/Wei-Shaw/sub2api/issues/6631>
- <https://github.com/DivergentAI/dreamGPT/issues/9>
*/
    ServerIsOverloaded,
    /**Service unavailable: the API cannot take requests at the moment

| Status | Type | Code | Category |
|---|---|---|---|
| `503 Service Unavailable` | `server_error` | `service_unavailable` (errspec's name: the server sends no code) | `overloaded` |

The service is temporarily unable to accept work: saturated, starting up or under maintenance. errspec's name for a 503 that says nothing more; 503s whose message names the cause are `engine_overloaded`, `server_is_overloaded` or `upstream_connect_error`.

# Causes

- A traffic peak beyond the current capacity
- A deployment or maintenance window
- A partial outage

# Solutions

- Retry once at once, then with growing delays
- Look for an incident on status.openai.com
- Serve cached results or a reduced feature while it lasts
- Route to a fallback model or provider

**Do first:** retry shortly

# Retry

`immediate_then_backoff`: For passing server failures (500, 503): send the request again at once, since another backend often takes it, then wait about 1 s, 2 s and 4 s plus up to 0.5 s of jitter; five attempts at most and no wait above 30 s (1 immediate retry, then exponential backoff from 1000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 5 attempts, no wait longer than 30000 ms).

# Sources

Synthetic: errspec's own name for what a proxy or a bare status produces.

*/
    ServiceUnavailable,
    /**A proxy inside the API could not reach its backend

| Status | Type | Code | Category |
|---|---|---|---|
| `503 Service Unavailable` | `server_error` | `upstream_connect_error` (errspec's name: the server sends no code) | `gateway` |

The Envoy proxy at the API's edge lost its connection to the service behind it and answered in plain text, without a JSON body.

# Causes

- A backend restart or network trouble inside the provider

# Solutions

- Retry with backoff

**Do first:** retry with backoff

# Retry

`transient_backoff`: For timeouts, conflicts and proxy failures (408, 409, 502, 504): an instant resend tends to hit the same stuck component, so start at 2 s and double, with four attempts at most and no wait above 20 s; the official SDKs retry these statuses as well (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Matching

Chosen for a body without a known code whose message contains `upstream connect error` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/zed-industries/zed/issues/35983>
- <https://github.com/openai/openai-python/issues/1626>
*/
    UpstreamConnectError,
    /**Gateway timeout: the proxy in front of the API gave up waiting for an answer

| Status | Type | Code | Category |
|---|---|---|---|
| `504 Gateway Timeout` (also `524`) | `cf_gateway_timeout` | `gateway_timeout` (errspec's name: the server sends no code) | `gateway` |

Cloudflare or another proxy closed the request because the origin took too long, typically on a long generation without streaming. OpenAI's edge reports this with status 524, type `cf_gateway_timeout` and the number 524 as `code`; other proxies use 504 and often an HTML page.

# Causes

- A long non-streamed completion outlasting the proxy's time limit
- A slow or overloaded backend
- A proxy of your own, such as a serverless platform or nginx, with a short timeout

# Solutions

- Stream the response so that bytes flow before the timeout
- Lower the output budget or split the work
- Raise the timeout of proxies you control
- Retry after a short delay

**Do first:** stream or shorten the request, then retry

# Retry

`transient_backoff`: For timeouts, conflicts and proxy failures (408, 409, 502, 504): an instant resend tends to hit the same stuck component, so start at 2 s and double, with four attempts at most and no wait above 20 s; the official SDKs retry these statuses as well (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Example body

```json
{
  "error": {
    "code": 524,
    "message": "Gateway timeout.",
    "param": null,
    "type": "cf_gateway_timeout"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/neo4j-labs/llm-graph-builder/issues/561>
- <https://github.com/ferrislucas/promptr/issues/32>
*/
    GatewayTimeout,
    /**File search timed out

| Status | Type | Code | Category |
|---|---|---|---|
| `504 Gateway Timeout` | `server_error` | `vector_store_timeout` | `timeout` |

The file-search tool could not finish in time while building a response. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status of a timeout.

# Causes

- A very large vector store or a busy search backend

# Solutions

- Retry the response
- Narrow the search or split the store

**Do first:** retry the response

# Retry

`transient_backoff`: For timeouts, conflicts and proxy failures (408, 409, 502, 504): an instant resend tends to hit the same stuck component, so start at 2 s and double, with four attempts at most and no wait above 20 s; the official SDKs retry these statuses as well (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Sources

Documented by the provider.

- <https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json>
- <https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py>
*/
    VectorStoreTimeout,
}
#[allow(deprecated)]
impl ErrorCode {
    /// Every code, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::BillingHardLimitReached,
        Self::BioPolicy,
        Self::ContentPolicyViolation,
        Self::ContextLengthExceeded,
        Self::DataResidencyMismatch,
        Self::EmptyImageFile,
        Self::FailedToDownloadImage,
        Self::ImageContentPolicyViolation,
        Self::ImageFileNotFound,
        Self::ImageFileTooLarge,
        Self::ImageParseError,
        Self::ImageTooLarge,
        Self::ImageTooSmall,
        Self::IntegerAboveMaxValue,
        Self::IntegerBelowMinValue,
        Self::InvalidBase64Image,
        Self::InvalidEvent,
        Self::InvalidFile,
        Self::InvalidFunctionParameters,
        Self::InvalidImage,
        Self::InvalidImageFormat,
        Self::InvalidImageMode,
        Self::InvalidImageUrl,
        Self::InvalidJson,
        Self::InvalidJsonSchema,
        Self::InvalidPrompt,
        Self::InvalidRequest,
        Self::InvalidType,
        Self::InvalidValue,
        Self::MissingRequiredParameter,
        Self::ModerationBlocked,
        Self::OrganizationVerificationRequired,
        Self::ParameterInvalid,
        Self::ParameterMissing,
        Self::PreviousResponseNotFound,
        Self::RunActive,
        Self::SanitizerServerError,
        Self::StringAboveMaxLength,
        Self::UnknownParameter,
        Self::UnsupportedFile,
        Self::UnsupportedFileMimetype,
        Self::UnsupportedImageMediaType,
        Self::UnsupportedParameter,
        Self::UnsupportedValue,
        Self::WebsocketStreamLimitReached,
        Self::AccountDeactivated,
        Self::InsufficientPermissions,
        Self::InvalidApiKey,
        Self::InvalidOrganization,
        Self::MismatchedOrganization,
        Self::NoApiKey,
        Self::NoOrganization,
        Self::QuotaExceeded,
        Self::UnsupportedCountryRegionTerritory,
        Self::InvalidUrl,
        Self::ModelNotFound,
        Self::ResourceNotFound,
        Self::UnknownUrl,
        Self::RequestTimeout,
        Self::Conflict,
        Self::UnprocessableEntity,
        Self::AccessTerminated,
        Self::BillingNotActive,
        Self::CreditBalanceExhausted,
        Self::EdgeRateLimited,
        Self::InsufficientQuota,
        Self::OrganizationSpendLimitExceeded,
        Self::OrganizationUsageLimitExceeded,
        Self::ProjectSpendLimitExceeded,
        Self::RateLimitExceeded,
        Self::RequestTooLarge,
        Self::SlowDown,
        Self::TokensPerMinExceeded,
        Self::InternalError,
        Self::InternalServerError,
        Self::ModelError,
        Self::ServerError,
        Self::BadGateway,
        Self::EngineOverloaded,
        Self::ServerIsOverloaded,
        Self::ServiceUnavailable,
        Self::UpstreamConnectError,
        Self::GatewayTimeout,
        Self::VectorStoreTimeout,
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
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38,
                39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56,
                57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74,
                75, 76, 77, 78, 79, 80, 81, 82, 83, 69,
            ],
            slots: &[
                0, 0, 0, 0, 17, 46, 16, 53, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                43, 0, 29, 26, 82, 0, 0, 0, 7, 0, 0, 60, 0, 0, 0, 15, 0, 71, 0, 0, 0, 67,
                6, 35, 62, 63, 9, 72, 0, 18, 0, 0, 69, 0, 51, 10, 32, 33, 55, 0, 0, 0, 0,
                0, 19, 44, 23, 85, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 27, 0, 31, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 73, 0, 0, 76, 0, 0, 0, 42, 80, 0, 0,
                5, 0, 0, 58, 0, 0, 0, 0, 0, 0, 22, 0, 0, 0, 0, 0, 0, 0, 25, 34, 0, 0, 0,
                56, 0, 84, 0, 0, 0, 0, 28, 0, 0, 0, 0, 0, 0, 0, 0, 49, 0, 1, 0, 0, 0, 41,
                38, 66, 0, 0, 0, 0, 0, 0, 0, 70, 4, 0, 8, 54, 81, 0, 75, 0, 47, 45, 0, 0,
                50, 0, 11, 0, 37, 2, 21, 0, 57, 0, 0, 83, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 39, 0, 0, 79, 13, 0, 0, 0, 0, 0, 68, 78, 0, 24, 0,
                0, 0, 74, 14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 48, 77, 40, 61, 0, 0, 0, 30,
                0, 0, 65, 0, 64, 0, 0, 0, 59, 36, 0, 0,
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
        static TYPE_OF: [u32; 84] = [
            7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
            7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
            16, 11, 7, 7, 7, 7, 13, 7, 7, 0, 2, 6, 10, 6, 6, 6, 6, 12, 15, 10, 10, 13,
            13, 8, 13, 3, 13, 14, 13, 13, 4, 13,
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
        pub(super) static TEXTS: [EntryText; 84] = [
            EntryText {
                prose: r#"BillingHardLimitReached␟The monthly hard limit set on the organization's spending was hit. Unlike the other billing errors it arrives as a 400, so a status-only client would call it a bad request; no request succeeds until the limit is raised or the month turns.␟raise the billing hard limit␟{
  "error": {
    "code": "billing_hard_limit_reached",
    "message": "Billing hard limit has been reached",
    "param": null,
    "type": "invalid_request_error"
  }
}␟Spending reached the hard limit configured for the organization␟Raise or remove the hard limit in the billing settings␟Wait for the next billing period␟https://github.com/dfinke/PowerShellAI/issues/127␟https://github.com/all-in-aigc/aiwallpaper/issues/2␟https://github.com/Decryptu/DecryptGPT/issues/1␟https://community.openai.com/t/billing-hard-limit-reached-api-error/572481"#,
                counts: (1, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"BioPolicy␟The request was stopped by the safety policy on biological risk. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.␟change the request␟␟Content the biology policy restricts␟Change the request␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json␟https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r#"ContentPolicyViolation␟The moderation layer blocked the request, most often an image generation or edit prompt. The same input is normally refused again, although borderline prompts sometimes pass on a later attempt.␟rephrase the prompt␟{
  "error": {
    "code": "content_policy_violation",
    "message": "Your request was rejected as a result of our safety system.",
    "param": null,
    "type": "invalid_request_error"
  }
}␟The prompt asks for material the usage policies forbid␟An innocent prompt contains wording the filter treats as risky␟For image generation, the model's own rewrite of the prompt tripped the filter␟Reword the prompt to remove the flagged material␟Screen user input with the moderation endpoint before forwarding it␟Tell the user the request was declined instead of retrying in a loop␟https://github.com/tipi-tapi/ai-paint-today-BE/issues/210␟https://github.com/TheoKanning/openai-java/issues/446␟https://community.openai.com/t/error-in-image-generation-api-rejection-by-safety-system/232241"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"ContextLengthExceeded␟The model cannot take this many tokens in one request: the input tokens and the room reserved for output (`max_tokens`, `max_output_tokens`) add up to more than its window holds.␟shorten the input␟{
  "error": {
    "code": "context_length_exceeded",
    "message": "This model's maximum context length is 8192 tokens. However, your messages resulted in 8227 tokens. Please reduce the length of the messages.",
    "param": "messages",
    "type": "invalid_request_error"
  }
}␟A conversation history that grows with every turn and is resent in full␟Whole documents, tool results or retrieved passages pasted into the prompt␟An output budget so large that too little room is left for the input␟A prompt written for a model with a bigger window sent to a smaller one␟Count tokens before sending (for example with tiktoken) and trim to fit␟Drop or summarise the oldest turns of the conversation␟Cut the input into chunks and process them one by one␟Move to a model with a larger context window␟https://github.com/crewAIInc/crewAI-examples/issues/121␟https://github.com/mckaywrigley/chatbot-ui/issues/102␟https://github.com/sbintuitions/JMTEB/issues/15"#,
                counts: (4, 4),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"DataResidencyMismatch␟The request and the project's data-residency region disagree. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.␟use the project's regional endpoint␟␟A request sent to another region's endpoint than the project's␟Send the request to the project's regional endpoint␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json␟https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r"EmptyImageFile␟An input image file has no content. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.␟upload the image again␟␟A failed upload or an empty file␟Upload the file again with its content␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json␟https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r"FailedToDownloadImage␟The image URL given as input could not be fetched by the server. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error. It is retried once in case the image host was briefly unreachable.␟send the image inline␟␟An image host that is down, slow or blocks the fetch␟A URL that needs cookies or a login␟Host the image where it is publicly reachable, or send it inline as base64␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json␟https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py",
                counts: (2, 1),
                ..T
            },
            EntryText {
                prose: r"ImageContentPolicyViolation␟An input image was refused on policy grounds. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.␟use another image␟␟Image content the safety system flags␟Use another image␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json␟https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r"ImageFileNotFound␟An image referenced by file id is not found. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.␟use an existing file id␟␟A deleted file or an id from another project␟Upload the image again and use the new id␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json␟https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r"ImageFileTooLarge␟An image file referenced by id is above the size limit. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.␟upload a smaller image␟␟A large uploaded image␟Upload a smaller file␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json␟https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r"ImageParseError␟The image bytes could not be parsed. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.␟re-export the image␟␟A corrupt or truncated image file␟Re-export the image␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json␟https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r"ImageTooLarge␟An input image exceeds the size limit. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.␟shrink the image␟␟An image above the allowed dimensions or byte size␟Downscale or compress the image␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json␟https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r"ImageTooSmall␟An input image is below the minimum size. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.␟send a larger image␟␟A thumbnail or icon-sized image␟Send a larger image␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json␟https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r#"IntegerAboveMaxValue␟An integer field exceeds the largest value the API allows; the message states the bound.␟lower the value of the parameter named in `param`␟{
  "error": {
    "code": "integer_above_max_value",
    "message": "Invalid 'n': integer above maximum value. Expected a value <= 128, but got 130 instead.",
    "param": "n",
    "type": "invalid_request_error"
  }
}␟A count such as `n` or `max_tokens` set higher than the API allows␟An unchecked value taken from user input␟Clamp the value to the bound the message states␟https://github.com/thisisartium/continuous-alignment-testing/issues/25"#,
                counts: (2, 1),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"IntegerBelowMinValue␟An integer field is smaller than the least value the API allows; a negative `max_tokens` computed from a token budget is the usual case.␟raise the value of the parameter named in `param`␟{
  "error": {
    "code": "integer_below_min_value",
    "message": "Invalid 'max_tokens': integer below minimum value. Expected a value >= 1, but got -15335 instead.",
    "param": "max_tokens",
    "type": "invalid_request_error"
  }
}␟A token budget computed as the context size minus the prompt size, gone negative because the prompt is too long␟A zero or negative count␟Clamp the value to the bound the message states␟Shorten the prompt when the value was computed from the space left␟https://github.com/OpenBMB/ChatDev/issues/446␟https://github.com/earendil-works/pi/issues/6265"#,
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"InvalidBase64Image␟The base64 data of an inline image does not decode. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.␟re-encode the image␟␟Truncated or wrongly encoded base64 data, or a data URL with the wrong prefix␟Encode the image bytes with standard base64 in a `data:image/...;base64,` URL␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json␟https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r"InvalidEvent␟The Realtime API answered a client event it could not accept with an `error` event; the session stays open.␟fix the client event␟␟A client event with a missing or misspelt `type`␟Fields that do not fit the event type␟Check the event against the Realtime reference␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json␟https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/realtime/realtime_error.py",
                counts: (2, 1),
                ..T
            },
            EntryText {
                prose: r"InvalidFile␟A file added to a vector store could not be processed (`last_error.code` of a vector store file); no HTTP status of its own.␟upload the file again␟␟A corrupt file, or one whose content does not match its extension␟Check the file and upload it again␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r#"InvalidFunctionParameters␟The JSON Schema given for a function tool's parameters breaks a rule the API enforces, such as strict mode's demand that `additionalProperties` be false everywhere.␟fix the tool schema named in `param`␟{
  "error": {
    "code": "invalid_function_parameters",
    "message": "Invalid schema for function 'json_edit_tool': In context=('properties', 'value'), 'additionalProperties' is required to be supplied and to be false.",
    "param": "tools[2].parameters",
    "type": "invalid_request_error"
  }
}␟Strict function calling with an object schema that allows extra properties␟A schema feature the API does not support␟Set `additionalProperties: false` and list every property as required in strict mode␟Simplify the schema to the supported subset␟https://github.com/bytedance/trae-agent/issues/173"#,
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"InvalidImage␟The image given as input was refused. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.␟replace the image␟␟An image the model cannot read␟Check the image and send it again in a common format␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json␟https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r#"InvalidImageFormat␟An image input is not in one of the accepted formats (PNG, JPEG, GIF, WebP). Also a `ResponseErrorCode` of failed responses.␟convert the image to a supported format␟{
  "error": {
    "code": "invalid_image_format",
    "message": "You uploaded an unsupported image. Please make sure your image has of one the following formats: ['png', 'jpeg', 'gif', 'webp'].",
    "param": null,
    "type": "invalid_request_error"
  }
}␟An image in another format (HEIC, BMP, TIFF)␟A file whose extension does not match its content␟Convert the image to PNG, JPEG, GIF or WebP␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json␟https://github.com/STranslate/STranslate/issues/277"#,
                counts: (2, 1),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"InvalidImageMode␟The image uses a colour mode the API does not accept. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.␟convert the image to RGB␟␟An image in an unusual mode (CMYK, 16-bit)␟Convert the image to RGB or RGBA␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json␟https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r"InvalidImageUrl␟An image URL given as input is malformed or points to something that is not an image. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.␟fix the image URL␟␟A URL that is not public, not an image, or not well-formed␟Use a public URL of the image itself, or send it inline␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json␟https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r#"InvalidJson␟The body could not be parsed as JSON, so none of its parameters were read. The reference table lists this code; the live API often reports parse failures without any code, and errspec then classifies them as `invalid_request`.␟fix the JSON encoding of the body␟{
  "error": {
    "code": null,
    "message": "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly.)",
    "param": null,
    "type": "invalid_request_error"
  }
}␟A hand-assembled body with a trailing comma, an unescaped quote or a cut-off end␟The payload sent as form fields or plain text rather than JSON␟The `Content-Type: application/json` header missing or wrong␟Build the body with a JSON serializer instead of string formatting␟Send `Content-Type: application/json` with every JSON request␟Log the exact bytes sent and feed them to a JSON parser to find the fault␟https://github.com/kdalanon/ChatGPT-AutoHotkey-Utility/issues/14␟https://github.com/microsoft/graphrag/issues/2286␟https://github.com/zhayujie/CowAgent/issues/975"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"InvalidJsonSchema␟The schema given for structured output (`response_format` or `text.format`) breaks a rule of strict structured outputs.␟fix the schema named in `param`␟{
  "error": {
    "code": "invalid_json_schema",
    "message": "Invalid schema for response_format 'response': In context=(), 'required' is required to be supplied and to be an array including every key in properties. Missing 'message'.",
    "param": "text.format.schema",
    "type": "invalid_request_error"
  }
}␟A property left out of `required` in strict mode␟An unsupported keyword or format in the schema␟List every property under `required` and use optional types for optional ones␟Keep to the schema subset structured outputs support␟https://github.com/bingoYB/ham_home/issues/16"#,
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"InvalidPrompt␟A reasoning model refused the prompt as potentially against the usage policies. It also appears as the `error.code` of a failed response or run. False positives happen, but resending the same prompt automatically is not a fix.␟rephrase the prompt␟{
  "error": {
    "code": "invalid_prompt",
    "message": "Invalid prompt: your prompt was flagged as potentially violating our usage policy. Please try again with a different prompt.",
    "param": null,
    "type": "invalid_request_error"
  }
}␟Wording the policy filter treats as risky, even in an innocent request␟Prompts that ask about the model's own hidden reasoning␟Rephrase the prompt␟Show the user that the request was declined␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json␟https://github.com/BeehiveInnovations/pal-mcp-server/issues/178␟https://github.com/alan-turing-institute/t0-1/issues/69"#,
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"InvalidRequest␟A catch-all for 400 responses of type `invalid_request_error` whose code is null, such as schema violations (a missing required property, an unexpected field) or bodies that failed to parse. The message text says what was wrong.␟correct what the message names␟{
  "error": {
    "code": null,
    "message": "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
    "param": "messages",
    "type": "invalid_request_error"
  }
}␟A required property such as `model` or `messages` left out␟A property the endpoint does not know about included in the body␟A value of the wrong JSON type, for example a string where an array belongs␟Read the `message` and `param` fields, which point at the offending property␟Compare the body with the endpoint's API reference␟Build requests with an official SDK or a typed client so their shape is checked before sending␟https://github.com/ultimatejimmy/xray.koplugin/issues/33␟https://github.com/crewAIInc/crewAI/pull/1620␟https://github.com/RamiAwar/dataline/issues/172␟https://github.com/dottxt-ai/outlines/issues/844"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"InvalidType␟A field was given a value of another JSON type than the API expects, such as a string where an object belongs. `param` names the field's path.␟fix the type of the field named in `param`␟{
  "error": {
    "code": "invalid_type",
    "message": "Invalid type for 'messages[0].content[1].image_url': expected an object, but got a string instead.",
    "param": "messages[0].content[1].image_url",
    "type": "invalid_request_error"
  }
}␟A string sent where the API wants an object or an array (an image URL not wrapped in an object)␟A number sent as a string by a loosely typed client␟A request built for an older version of the endpoint␟Compare the field named in `param` with the API reference␟Build request bodies with typed structures instead of ad-hoc maps␟https://github.com/openai/openai-python/issues/1635"#,
                counts: (3, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"InvalidValue␟A parameter is present and of the right JSON type, but its value lies outside what the endpoint allows: an unknown enum member, a malformed ID or a number out of range. `param` names the field.␟fix the value named in `param`␟{
  "error": {
    "code": "invalid_value",
    "message": "Invalid value: 'input_image'. Supported values are: 'output_text' and 'refusal'.",
    "param": "input[4].content[0]",
    "type": "invalid_request_error"
  }
}␟An enum value the endpoint does not support, such as an unknown role, voice or image size␟An ID with the wrong prefix, for example a file ID that does not start with `file-`␟A number outside its permitted range, such as a temperature above 2␟Look up the allowed values of the field named in `param`␟Check enums and ID formats on the client before sending␟Update the SDK when the set of allowed values has changed␟https://github.com/lobehub/lobehub/issues/9501␟https://github.com/openai/codex/issues/7085"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"MissingRequiredParameter␟The request leaves out a field the endpoint cannot work without. `param` names it, nested paths included.␟add the parameter named in `param`␟{
  "error": {
    "code": "missing_required_parameter",
    "message": "Missing required parameter: 'tools[0].server_label'.",
    "param": "tools[0].server_label",
    "type": "invalid_request_error"
  }
}␟A required field left out of a tool definition or an input item␟A client library that drops fields it does not know␟A request assembled for another endpoint␟Add the field named in `param`␟Check the endpoint's reference for the fields it requires␟https://github.com/wandb/wandb-mcp-server/pull/5␟https://github.com/openai/codex/issues/6725"#,
                counts: (3, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"ModerationBlocked␟The GPT Image endpoints refused the request after moderation of the prompt or the input images.␟change the prompt or the input images␟␟A prompt or input image the safety system flags␟Change the prompt or the images␟Lower `moderation` strictness only where the account is allowed to␟https://github.com/GooeyAI/gooey-server/pull/1091␟https://github.com/danny-avila/LibreChat/issues/7291␟https://help.apiyi.com/en/fix-gpt-image-2-moderation-blocked-400-error-en.html",
                counts: (1, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"OrganizationVerificationRequired␟Some models only stream (or answer at all) for organizations that completed OpenAI's verification. The server reports it as `unsupported_value` on the `stream` parameter; the fix is on the account, not in the request.␟verify the organization␟{
  "error": {
    "code": "unsupported_value",
    "message": "Your organization must be verified to stream this model. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization.",
    "param": "stream",
    "type": "invalid_request_error"
  }
}␟Streaming a model that needs a verified organization from an unverified one␟Verify the organization in the platform settings (it can take a few minutes to apply)␟Call the model without streaming meanwhile␟https://github.com/OpenHands/OpenHands/issues/4131␟https://github.com/Lamb-Project/lamb/issues/54"#,
                counts: (1, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"ParameterInvalid␟Retired. An older reference table's code for a parameter whose value the API rejects; no public response carries it. Live responses name the problem precisely: `invalid_type`, `invalid_value`, `unsupported_value`, `unsupported_parameter` or `string_above_max_length`.␟correct the rejected parameter␟␟A parameter of the wrong type, such as a string where an integer is expected␟A value outside the documented bounds␟Two parameters that the endpoint does not accept together␟Check every parameter against the endpoint's reference␟Let an SDK or a typed client build the request␟Use the `param` field of the response to find the field at fault",
                counts: (3, 3),
                provenance: Provenance::Synthetic,
                deprecated: Some(
                    r"never seen on the wire: the API sends `invalid_type`, `invalid_value` or `unsupported_value` for a bad parameter",
                ),
            },
            EntryText {
                prose: r"ParameterMissing␟Retired. An older reference table's code for a missing parameter; no public response carries it. Live responses use `missing_required_parameter`.␟add the missing parameter␟␟The field was left out entirely, for example `model` or `input`␟A variable meant to hold the value was empty and the serializer dropped the field␟A nested object lacks one of its own required fields␟Add the field named in `param` or in the message␟Fail early on the client when a required value is absent␟Check the endpoint reference for which fields are mandatory",
                counts: (3, 3),
                provenance: Provenance::Synthetic,
                deprecated: Some(
                    r"never seen on the wire: the API sends `missing_required_parameter`",
                ),
            },
            EntryText {
                prose: r"PreviousResponseNotFound␟A Responses API request names a `previous_response_id` the server does not have, typically because the earlier response was created with `store: false`.␟send the full input instead of `previous_response_id`␟␟Chaining responses created with `store: false`␟A response id from another project or one that has expired␟Send the whole conversation as input instead of chaining␟Store the responses you chain from␟https://github.com/maximhq/bifrost/issues/2441",
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"RunActive␟Assistants refuse to add messages or start runs on a thread while one of its runs is still in progress. Resending at once fails the same way: wait for the run to finish or cancel it first.␟wait for the active run to finish or cancel it␟{
  "error": {
    "code": null,
    "message": "Can't add messages to thread_abc while a run run_abc is active.",
    "param": null,
    "type": "invalid_request_error"
  }
}␟Adding a message before the previous run completed␟Two workers using one thread at the same time␟Poll the run until it reaches a final state, or cancel it␟Serialise the work on each thread␟https://github.com/BasedHardware/omi/issues/3607"#,
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"SanitizerServerError␟The image check refused an input image; the message asks for a supported format under 20 MB. Despite the name it is reported as a client error.␟re-encode the image␟{
  "error": {
    "code": "sanitizer_server_error",
    "message": "You uploaded an unsupported image. Please make sure your image is below 20 MB in size and is of one the following formats: ['png', 'jpeg', 'gif', 'webp'].",
    "param": null,
    "type": "invalid_request_error"
  }
}␟An image above 20 MB␟An image in an unsupported format␟A corrupt image file␟Re-encode the image as PNG or JPEG under 20 MB␟https://github.com/CosmosShadow/gptpdf/issues/6"#,
                counts: (3, 1),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"StringAboveMaxLength␟One string in the request is longer than the API accepts for that field; the limit counts characters, not tokens. It typically appears when a whole file or a huge tool result is put into a single message.␟shorten the string named in `param`␟{
  "error": {
    "code": "string_above_max_length",
    "message": "Invalid 'tools[11].function.name': string too long. Expected a string with maximum length 64, but got a string with length 74 instead.",
    "param": "tools[11].function.name",
    "type": "invalid_request_error"
  }
}␟A single message content beyond the per-string limit (about ten million characters for chat messages)␟Very long `instructions` or a tool output embedded verbatim␟A short-limit field such as `user`, a metadata value or `prompt_cache_key` given a long value␟Truncate or chunk the text named in `param`␟Upload large documents as files instead of inlining them␟Check the documented length limit of that field␟https://github.com/home-assistant/core/issues/121325␟https://github.com/VectorlyApp/bluebox/issues/31"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"UnknownParameter␟A field the endpoint does not define was sent; strict endpoints refuse it instead of ignoring it.␟remove the parameter named in `param`␟{
  "error": {
    "code": "unknown_parameter",
    "message": "Unknown parameter: 'response_format.schema'.",
    "param": "response_format.schema",
    "type": "invalid_request_error"
  }
}␟A misspelt field name␟A field from another endpoint or API version␟A nested field placed at the wrong level␟Remove or rename the field named in `param`␟Check the field against the endpoint's reference␟https://github.com/spring-projects/spring-ai/issues/2969"#,
                counts: (3, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"UnsupportedFile␟A file added to a vector store has a type file search cannot index (`last_error.code` of a vector store file); no HTTP status of its own.␟convert the file␟␟A file type outside the supported list␟Convert the file to a supported type␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r#"UnsupportedFileMimetype␟A file upload carries a MIME type the endpoint does not take, often `application/octet-stream` because the client did not set one.␟send the file with an accepted content type␟{
  "error": {
    "code": "unsupported_file_mimetype",
    "message": "Invalid file 'image': unsupported mimetype ('application/octet-stream'). Supported file formats are 'image/png'.",
    "param": "image",
    "type": "invalid_request_error"
  }
}␟A multipart upload without a content type␟A file type the endpoint does not accept␟Set the file part's content type (`image/png`)␟Convert the file to an accepted type␟https://github.com/jezs00/pycasso/issues/72"#,
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"UnsupportedImageMediaType␟The media type of an input image is not one the API takes. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status the same problem gets as an HTTP error.␟convert the image␟␟An image type outside PNG, JPEG, GIF and WebP␟Convert the image␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json␟https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r#"UnsupportedParameter␟The parameter exists in the API but the selected model refuses it; reasoning models, for example, want `max_completion_tokens` instead of `max_tokens`. The message usually names the replacement.␟remove or rename the parameter␟{
  "error": {
    "code": "unsupported_parameter",
    "message": "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
    "param": "max_tokens",
    "type": "invalid_request_error"
  }
}␟`max_tokens` sent to a reasoning model␟Sampling settings such as `temperature` or `logprobs` sent to a model that fixes them␟A request template written for one model family reused unchanged with another␟Use the replacement the message suggests␟Keep a parameter set per model family instead of one shared template␟Upgrade the SDK so that it knows the model's parameters␟https://github.com/microsoft/clarity-agent/issues/59␟https://github.com/BeehiveInnovations/pal-mcp-server/issues/78"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"UnsupportedValue␟The field is known and well-typed, but this model does not accept the value: reasoning models, for example, only take the default `temperature`. Streaming some models also needs a verified organization, which is reported with this code on `stream`.␟drop or change the value of the parameter named in `param`␟{
  "error": {
    "code": "unsupported_value",
    "message": "Unsupported value: 'temperature' does not support 0.2 with this model. Only the default (1) value is supported.",
    "param": "temperature",
    "type": "invalid_request_error"
  }
}␟A sampling setting (`temperature`, `top_p`) other than the default sent to a reasoning model␟Streaming a model that needs organization verification␟Settings copied from a request for another model␟Drop the parameter or send the value the message names␟Verify the organization in the platform settings when the message asks for it␟Keep per-model request settings apart␟https://github.com/johny-b/llmcomp/issues/69␟https://github.com/OpenHands/OpenHands/issues/4131␟https://github.com/Lamb-Project/lamb/issues/54"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"WebsocketStreamLimitReached␟A Responses WebSocket connection already carries the most streams it may; the error event says so with status 400.␟open another connection␟␟Too many concurrent responses on one connection␟Open another connection or wait for a stream to end␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r#"AccountDeactivated␟The key is valid but belongs to an account OpenAI has disabled; nothing on the client side fixes it.␟contact the account owner or OpenAI support␟{
  "error": {
    "code": "account_deactivated",
    "message": "This key is associated with a deactivated account. If you feel this is an error, contact us through our help center at help.openai.com.",
    "param": null,
    "type": "invalid_request_error"
  }
}␟An account closed or suspended by OpenAI␟A key of a deactivated project or organization␟Read the email OpenAI sent to the account owner␟Contact OpenAI through the help centre␟https://github.com/Zero6992/chatGPT-discord-bot/issues/442␟https://github.com/ChatGPTNextWeb/NextChat/issues/4175␟https://github.com/ChatGPTNextWeb/NextChat/issues/2782"#,
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"InsufficientPermissions␟The credentials are valid but lack the rights for this endpoint or model, for example a restricted key without the needed scope. errspec also uses this entry for any other 403 without a known code.␟grant the key the missing permission␟{
  "error": {
    "code": null,
    "message": "You have insufficient permissions for this operation. Missing scopes: api.responses.write.",
    "param": null,
    "type": "invalid_request_error"
  }
}␟A restricted key whose scopes leave out this endpoint␟A model that is not enabled for the project or for the account's usage tier␟A key from one organization used on a resource owned by another␟Grant the key the missing scope, or use a key with broader rights␟Enable the model for the project, or reach the tier that includes it␟Make sure the key and the organization ID belong together␟https://github.com/continuedev/continue/issues/10059␟https://github.com/openclaw/openclaw/issues/56658␟https://github.com/openai/codex/issues/19743"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"InvalidApiKey␟The API did not recognise the bearer token. The reference table gives its type as `authentication_error`, while live responses pair this code with `invalid_request_error`; errspec matches on the code either way, and uses this entry for any other 401.␟replace the API key␟{
  "error": {
    "code": "invalid_api_key",
    "message": "Incorrect API key provided: sk-abc1****wxyz. You can find your API key at https://platform.openai.com/account/api-keys.",
    "param": null,
    "type": "invalid_request_error"
  }
}␟A typo, a truncated copy, stray whitespace or quotes around the key␟A key that was revoked, rotated or deleted in the dashboard␟A key of another organization or project, or an old one still cached in an environment variable␟A key issued by another provider or a proxy sent to api.openai.com␟Copy the key again from the API keys page and strip whitespace␟Create a new key and replace every copy of the old one␟Log which variable or secret the process really loads, masked, to rule out a stale value␟https://developers.openai.com/docs/guides/error-codes␟https://github.com/continuedev/continue/issues/11409"#,
                counts: (4, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"InvalidOrganization␟The `OpenAI-Organization` header, or the organization the key points to, names an organization the caller cannot act for, for example a mistyped ID or one the user has left.␟fix or drop the organization header␟{
  "error": {
    "code": "invalid_organization",
    "message": "No such organization: org-AbCdEf0123456789.",
    "param": null,
    "type": "invalid_request_error"
  }
}␟An organization ID copied from another account or from sample code␟A display name such as `Personal` sent where the `org-...` ID belongs␟The user behind the key was removed from that organization␟Copy the organization ID from the organization settings page␟Leave the organization header out so that the key's default applies␟Ask an owner to restore the membership, or use a key issued in the right organization␟https://github.com/tom-doerr/zsh_codex/issues/5"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"MismatchedOrganization␟The key belongs to one organization while the `OpenAI-Organization` header names another. Project keys are tied to a single organization, so the header must agree with it or be omitted.␟align or remove the organization header␟{
  "error": {
    "code": "mismatched_organization",
    "message": "OpenAI-Organization header should match organization for API key",
    "param": null,
    "type": "invalid_request_error"
  }
}␟An `OPENAI_ORG_ID` or `OPENAI_ORGANIZATION` variable left over from another account␟A tool or proxy that injects a hard-coded organization header␟A new key created in a different organization from the one configured␟Unset the organization setting so the key's own organization is used␟Set the header to the organization that owns the key␟Check every layer that may add the header: SDK defaults, env files, gateways␟https://github.com/microsoft/foundry-dev-tools/issues/262␟https://github.com/Realiserad/fish-ai/issues/62␟https://github.com/openai/codex/issues/1000"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"NoApiKey␟The request reached the API without an `Authorization: Bearer` header. The reference table names this code; live responses to a missing key arrive with a null code and type `invalid_request_error`, so errspec can classify those only by their status.␟send the key in the Authorization header␟{
  "error": {
    "code": null,
    "message": "Missing bearer or basic authentication in header",
    "param": null,
    "type": "invalid_request_error"
  }
}␟The variable holding the key is unset or empty in this process␟A proxy, a redirect or the HTTP client stripped the Authorization header␟The key was put in a query parameter or a differently named header␟Send `Authorization: Bearer <key>` on every request␟Refuse to start when the key variable is empty␟Inspect the outgoing request to confirm the header survives proxies and redirects␟https://github.com/openai/openai-cookbook/issues/2347␟https://github.com/continuedev/continue/issues/9973"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"NoOrganization␟Using the API requires membership of an organization, and the user who owns the key has none, typically after leaving or being removed or after the organization was deleted.␟restore organization membership␟{
  "error": {
    "code": "no_organization",
    "message": "You must be a member of an organization to use the API. Please contact us through our help center at help.openai.com.",
    "param": null,
    "type": "invalid_request_error"
  }
}␟The user left, or was removed from, their organization or project␟The organization was deleted␟A fresh account that never completed organization setup␟Ask an organization owner to invite the user again␟Create or request a new organization on the platform␟Issue a new key once membership is restored␟https://developers.openai.com/docs/guides/error-codes␟https://github.com/OpenHands/OpenHands/issues/2562␟https://github.com/abi/screenshot-to-code/issues/9"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"QuotaExceeded␟Retired. An older reference table's entry for a spent allowance (403, type `tokens_exceeded_error`); no public response carries it. Spent budgets arrive as 429 `insufficient_quota` and the billing codes beside it (`billing_not_active`, `credit_balance_exhausted`, the spend-limit codes).␟add credit or raise the limit␟␟The month's token allowance or the prepaid credit has been consumed␟A costlier model than planned draining the allowance faster␟Very long prompts multiplying the cost of each call␟Buy credit or raise the limit in the billing settings␟Watch usage in the dashboard and alert well before the allowance runs out␟Spend fewer tokens: shorter prompts, smaller models, cached answers",
                counts: (3, 3),
                provenance: Provenance::Synthetic,
                deprecated: Some(
                    r"no public source shows it: OpenAI reports exhausted budgets as 429 `insufficient_quota` and the billing codes beside it",
                ),
            },
            EntryText {
                prose: r#"UnsupportedCountryRegionTerritory␟OpenAI refuses traffic from countries, regions and territories where it does not provide the API. The check uses the network location of the caller, so servers, proxies or VPN exits in such a place are refused too.␟call the API from a supported region␟{
  "error": {
    "code": "unsupported_country_region_territory",
    "message": "Country, region, or territory not supported",
    "param": null,
    "type": "request_forbidden"
  }
}␟A client located in an unsupported country or territory␟A cloud region or host whose addresses geolocate to an unsupported place␟A VPN or proxy exit in an unsupported location␟Run the calling service in a supported region␟Check OpenAI's list of supported countries and territories␟Route traffic through infrastructure that may use the service under the terms of use␟https://developers.openai.com/docs/guides/error-codes␟https://github.com/home-assistant/core/issues/120072␟https://github.com/continuedev/continue/issues/11449"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"InvalidUrl␟The path does not name an endpoint. This older 404 arrives with a null code; the current form is `unknown_url`. In 2023 it was also sent for a correct URL that the account could not use.␟fix the request URL␟{
  "error": {
    "code": null,
    "message": "Invalid URL (POST /v1/chat/completions)",
    "param": null,
    "type": "invalid_request_error"
  }
}␟A misspelt path or a missing `/v1`␟A base URL that already ends in `/v1` with `/v1` added again␟An endpoint the account was not allowed to use␟Compare the path with the API reference␟Print the full URL the client sends␟https://github.com/chatboxai/chatbox/issues/199␟https://github.com/swordintent/chatgpt-web-api/issues/11␟https://github.com/openai/openai-python/issues/271"#,
                counts: (3, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"ModelNotFound␟The `model` parameter names a model that is unknown, retired, misspelt or closed to this organization. A project that is denied a model gets the same code with status 403.␟use a model the key can access␟{
  "error": {
    "code": "model_not_found",
    "message": "The model `gpt-4` does not exist or you do not have access to it.",
    "param": null,
    "type": "invalid_request_error"
  }
}␟A typo or an invented model name␟A model that was deprecated and has been shut down␟A model gated behind a usage tier or organization verification␟A project whose model allowlist leaves the model out␟List the available models with `GET /v1/models` and use an exact ID␟Switch to the documented successor of a retired model␟Allow the model in the project settings or complete verification␟https://github.com/enricoros/big-AGI/issues/16␟https://github.com/Chainlit/cookbook/issues/82␟https://github.com/Aider-AI/aider/issues/1903␟https://github.com/waylaidwanderer/node-chatgpt-api/issues/131"#,
                counts: (4, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"ResourceNotFound␟A 404 with a null code, sent when a file, batch, vector store, fine-tuning job, stored response or similar object cannot be found. errspec names it so that code-less 404s get a variant of their own.␟check the object ID and the project␟{
  "error": {
    "code": null,
    "message": "Not found",
    "param": null,
    "type": "invalid_request_error"
  }
}␟An ID that was deleted, expired or never created␟An object created under another project or organization␟An ID copied with a typo or taken from another environment␟Check the object exists by listing it with the same key␟Use the project and organization that created the object␟Expect some objects to be removed automatically after a while␟https://github.com/openai/openai-node/issues/1691␟https://github.com/FlowiseAI/Flowise/issues/2495␟https://github.com/flows-network/openai-assistant-telegram/issues/1"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"UnknownUrl␟The request went to a path the API does not serve, or used the wrong method for it, usually because of a bad base URL or a typo in the endpoint.␟fix the endpoint URL␟{
  "error": {
    "code": "unknown_url",
    "message": "Unknown request URL: POST /chat/completions. Please check the URL for typos, or see the docs at https://platform.openai.com/docs/api-reference/.",
    "param": null,
    "type": "invalid_request_error"
  }
}␟A base URL missing `/v1`, or with it doubled␟A misspelt endpoint such as `/v1/chat/completion`␟The wrong HTTP method for an existing path␟Set the base URL to `https://api.openai.com/v1` and let the client append paths␟Compare the path and method with the API reference␟Log the final URL the client actually requests␟https://github.com/artificial-julien/docker-nginx-openai-api-cache/issues/2"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"RequestTimeout␟The connection stayed open longer than the server or a proxy allows before the request was fully received or handled. OpenAI documents no code for it, so errspec names it; the official SDKs retry it.␟retry after a short pause␟␟A slow or stalled upload of a large body␟A network path that drops or delays packets␟Handling that took longer than an intermediary permits␟Retry after a short pause␟Keep bodies small and send large inputs as file uploads␟Use streaming or background mode for long generations",
                counts: (3, 3),
                provenance: Provenance::Synthetic,
                ..T
            },
            EntryText {
                prose: r"Conflict␟Another request changed or locked the same object, or it is still being processed. OpenAI documents no code for this status; the official SDKs retry it because such locks are usually short-lived.␟retry once the competing change settles␟␟Two requests writing to the same object at the same moment␟An operation on an object that is still being processed, such as a running job or a file being indexed␟A client that resends a write before the first one has settled␟Retry after a short pause␟Serialise writes to the same object␟Poll the object's status and wait until it allows the operation",
                counts: (3, 3),
                provenance: Provenance::Synthetic,
                ..T
            },
            EntryText {
                prose: r"UnprocessableEntity␟The body parsed correctly but its content could not be processed. OpenAI documents no code for this status, so errspec names it to give 422 a variant of its own.␟fix the request content␟␟Values that are valid one by one but contradict each other␟Uploaded content the endpoint cannot handle, such as a damaged or mislabelled file␟A gateway in between that validates bodies more strictly than the API␟Read the message for the part that was refused and correct it␟Check that uploaded files open correctly and match their declared format␟Do not resend the same body unchanged",
                counts: (3, 3),
                provenance: Provenance::Synthetic,
                ..T
            },
            EntryText {
                prose: r#"AccessTerminated␟OpenAI ended the organization's access for violating its policies. It arrives with status 429, so a client that retries every 429 keeps hammering a closed door; only an appeal helps.␟stop sending and contact OpenAI␟{
  "error": {
    "code": null,
    "message": "Your access was terminated due to violation of our policies, please check your email for more information.",
    "param": null,
    "type": "access_terminated"
  }
}␟A policy violation found by OpenAI's review␟Read the email sent to the account owner␟Appeal through OpenAI's help centre␟https://github.com/AutumnWhj/ChatGPT-wechat-bot/issues/111␟https://github.com/chenfei-wu/TaskMatrix/issues/78␟https://github.com/binary-husky/gpt_academic/issues/985␟https://github.com/ztjhz/BetterChatGPT/issues/105"#,
                counts: (1, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"BillingNotActive␟The account has no active billing arrangement. It arrives as a 429 like a rate limit, but waiting never clears it: only setting up billing does. Older bodies carried a null code and only the type.␟set up billing for the organization␟{
  "error": {
    "code": "billing_not_active",
    "message": "Your account is not active, please check your billing details on our website.",
    "param": null,
    "type": "billing_not_active"
  }
}␟No payment method on the account␟Free trial credit that expired␟A cancelled or failed subscription payment␟Add a payment method or buy credit in the billing settings␟Check that the key belongs to the organization that pays␟https://github.com/Chanzhaoyu/chatgpt-web/issues/1273␟https://github.com/RamiAwar/dataline/issues/175␟https://github.com/BerriAI/litellm/issues/2743␟https://github.com/lifan0127/ai-research-assistant/issues/174"#,
                counts: (3, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"CreditBalanceExhausted␟The prepaid credit balance reached zero. Requests fail until credit is added.␟add credit␟␟All purchased credit consumed␟Auto-recharge turned off or failing␟Buy credit or enable auto-recharge in the billing settings␟https://help.openai.com/en/articles/6614457-troubleshooting-api-usage-and-spend-limits",
                counts: (2, 1),
                ..T
            },
            EntryText {
                prose: r"EdgeRateLimited␟Cloudflare in front of the API blocked the client's IP address (its error 1015) with a plain-text body and a long Retry-After, often hours. Retrying soon does not help.␟wait for the Retry-After period or change egress address␟␟Many clients behind one shared IP address (serverless or edge platforms)␟Traffic the edge treats as abusive␟Send from another egress address␟Honour the Retry-After header before trying again",
                counts: (2, 2),
                provenance: Provenance::Synthetic,
                ..T
            },
            EntryText {
                prose: r#"InsufficientQuota␟The billing refusal: no prepaid credit left, or a spend or usage cap reached. It shares status 429 with rate limits but never clears by waiting; bodies of this type with a more specific code (`credit_balance_exhausted`, `organization_spend_limit_exceeded`, `project_spend_limit_exceeded`, `organization_usage_limit_exceeded`) or with no code at all are recognised here by type and status.␟fix billing before sending again␟{
  "error": {
    "code": "insufficient_quota",
    "message": "You exceeded your current quota, please check your plan and billing details.",
    "param": null,
    "type": "insufficient_quota"
  }
}␟The prepaid balance reached zero, or a free grant expired␟An organization or project hard spend limit was reached␟The monthly usage limit OpenAI assigns to the organization's tier was reached␟Auto-recharge is off or its payment method is failing␟Add credit or fix the payment method in the billing settings␟Raise or remove the organization or project spend limit, or wait for the monthly reset␟Request a higher approved usage limit when the tier's limit is the cause␟Stop automatic retries and alert whoever handles billing␟https://developers.openai.com/docs/guides/error-codes␟https://help.openai.com/en/articles/6614457-troubleshooting-api-usage-and-spend-limits␟https://github.com/OpenHands/OpenHands/issues/998␟https://github.com/OpenBMB/ChatDev/issues/399␟https://github.com/langchain-ai/langchainjs/issues/1929"#,
                counts: (4, 4),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"OrganizationSpendLimitExceeded␟Spending reached the monthly limit the organization set for itself. Enforcement lags a little, so spend can overshoot before requests start failing.␟raise the organization's spend limit␟␟Usage above the organization's configured budget␟Raise or remove the limit, or wait for the month to turn␟https://developers.openai.com/api/docs/guides/spend-limits.md␟https://help.openai.com/en/articles/6614457-troubleshooting-api-usage-and-spend-limits",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r"OrganizationUsageLimitExceeded␟The organization reached the monthly usage limit that OpenAI assigns to its usage tier, which is separate from the limits it sets itself.␟ask OpenAI for a higher usage limit␟␟Usage above the tier's monthly allowance␟Ask for a higher limit or move up a usage tier␟Wait for the period to reset␟https://help.openai.com/en/articles/6614457-troubleshooting-api-usage-and-spend-limits",
                counts: (1, 2),
                ..T
            },
            EntryText {
                prose: r"ProjectSpendLimitExceeded␟Spending reached the monthly limit set on the project the key belongs to.␟raise the project's spend limit␟␟Usage above the project's configured budget␟Raise the project's limit, or wait for the month to turn␟https://developers.openai.com/api/docs/guides/spend-limits.md␟https://help.openai.com/en/articles/6614457-troubleshooting-api-usage-and-spend-limits",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r#"RateLimitExceeded␟The organization or project sent more requests or tokens per minute (or per day) than its limits allow for the model. Live responses pair this code with type `requests` or `tokens` to say which limit was hit (a Responses API stream reports the same limit in an `error` event whose code and type are `too_many_requests`); it clears when the window moves on, unless a single request is larger than the whole token limit, and it is the entry errspec picks for a 429 without a known code.␟wait, then retry with backoff␟{
  "error": {
    "code": "rate_limit_exceeded",
    "message": "Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Used 29000, Requested 2000. Please try again in 2s.",
    "param": null,
    "type": "tokens"
  }
}␟Bursts of parallel requests, or a tight loop without pacing␟Large prompts or high output budgets eating the tokens-per-minute allowance␟Several services or users sharing one organization's limits␟A low usage tier with small limits␟Back off and retry, honouring Retry-After and the `x-ratelimit-reset-*` headers␟Pace requests through a client-side queue or token bucket␟Lower output budgets and trim prompts␟Reach a higher usage tier, or move bulk work to the Batch API␟https://developers.openai.com/docs/guides/error-codes␟https://github.com/Chanzhaoyu/chatgpt-web/issues/321␟https://github.com/openai/openai-dotnet/issues/881"#,
                counts: (4, 4),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"RequestTooLarge␟One request needs more tokens than the whole per-minute (or per-day) token limit. The server sends it as `rate_limit_exceeded`, but waiting cannot help: the request must shrink or the limit grow.␟make the request smaller␟{
  "error": {
    "code": "rate_limit_exceeded",
    "message": "Request too large for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Requested 36278. The input or output tokens must be reduced in order to run successfully.",
    "param": null,
    "type": "tokens"
  }
}␟A huge prompt or output budget on a low usage tier␟A whole document sent in one request␟Cut the input or `max_tokens` below the limit the message names␟Split the work across several requests␟Move to a higher usage tier␟https://github.com/Aider-AI/aider/issues/1880␟https://github.com/continuedev/continue/issues/10602␟https://github.com/rotemweiss57/gpt-newspaper/issues/10"#,
                counts: (2, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"SlowDown␟Sent when request volume ramps up too steeply, even while it stays within the rate limits. Some endpoints used to report it with status 503, which errspec accepts as well.␟reduce the request rate, then ramp up slowly␟{
  "error": {
    "code": "slow_down",
    "message": "Please slow down: your request rate increased too quickly.",
    "param": null,
    "type": "rate_limit_error"
  }
}␟A sudden jump in traffic, such as a batch job starting at full speed␟Many workers starting at once after a deploy or an outage␟Retries from many clients firing in step␟Back off with jitter and honour Retry-After␟Raise traffic gradually; at high volume OpenAI advises growing it by no more than about half every 15 minutes␟Keep the load steady instead of sending it in bursts␟https://developers.openai.com/docs/guides/error-codes␟https://github.com/danny-avila/LibreChat/issues/1155␟https://github.com/SawyerHood/draw-a-ui/issues/8"#,
                counts: (3, 3),
                ..T
            },
            EntryText {
                prose: r"TokensPerMinExceeded␟Retired. An older reference table's code for a spent tokens-per-minute budget; no public response carries it. The live API reports the condition as `rate_limit_exceeded` with type `tokens`.␟space out requests␟␟Long prompts or large output budgets sent in quick succession␟Parallel workers that each stay under the request limit but together pass the token limit␟One request bigger than the whole per-minute token budget, which can never succeed as is␟Space requests out and retry after the reset time given in the headers␟Shrink prompts and output budgets␟Split a request that is larger than the limit into smaller ones",
                counts: (3, 3),
                provenance: Provenance::Synthetic,
                deprecated: Some(
                    r"never seen on the wire: token limits arrive as `rate_limit_exceeded` with type `tokens`",
                ),
            },
            EntryText {
                prose: r"InternalError␟The code of a failed Evals run whose cause is on OpenAI's side (`EvalApiError`); no HTTP status of its own.␟start the run again␟␟A transient failure while running the evaluation␟Start the run again␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r#"InternalServerError␟An unexpected failure inside OpenAI's service; the request may well be valid. Live 500 responses usually have a null code and type `server_error`, and errspec maps them here by status.␟retry, then report with the request ID␟{
  "error": {
    "code": null,
    "message": "The server had an error processing your request. Sorry about that! You can retry your request, or contact us through our help center at help.openai.com if you keep seeing this error.",
    "param": null,
    "type": "server_error"
  }
}␟A passing fault in OpenAI's backend or in the model server␟An ongoing incident or degraded service␟Rarely, an unusual input that hits a bug in one particular model␟Retry once at once, then with growing delays␟Check status.openai.com when the errors persist␟Keep the `x-request-id` header value for a support ticket␟Fall back to another model if one keeps failing␟https://developers.openai.com/docs/guides/error-codes␟https://github.com/ai-genie/chatgpt-vscode/issues/100␟https://github.com/langbot-app/LangBot/issues/126␟https://github.com/openai/openai-realtime-console/issues/493"#,
                counts: (3, 4),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"ModelError␟The model's output could not be turned into a valid response. A retry often succeeds; if it keeps happening the prompt is steering the model into it.␟retry, then change the prompt if it persists␟{
  "error": {
    "code": null,
    "message": "The model produced invalid content. Consider modifying your prompt if you are seeing this error persistently.",
    "param": null,
    "type": "model_error"
  }
}␟Prompts that push the model toward malformed tool calls or structured output␟Retry a few times␟Change the prompt if it persists␟https://github.com/BerriAI/litellm/issues/8020"#,
                counts: (1, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"ServerError␟The code OpenAI uses in Responses, Realtime and Assistants errors (a failed response, a run's `last_error`, a stream's error event) for a failure on its side.␟retry with backoff␟␟A transient failure inside OpenAI's service␟Retry with backoff␟Report persistent failures with the request id␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json␟https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py␟https://github.com/openai/openai-node/issues/1730",
                counts: (1, 2),
                ..T
            },
            EntryText {
                prose: r#"BadGateway␟Cloudflare or another intermediary could not obtain a usable response from OpenAI's servers. OpenAI's edge answers with type `cf_bad_gateway` and the number 502 as `code`; other proxies often send an HTML page, so errspec recognises the error by status.␟retry after a short delay␟{
  "error": {
    "code": 502,
    "message": "Bad gateway.",
    "param": null,
    "type": "cf_bad_gateway"
  }
}␟An upstream server crashed or restarted in the middle of the request␟The connection between the edge and the origin broke␟A proxy of your own failing independently of OpenAI␟Retry after a short delay␟Check the status page for an incident␟Read the logs of any proxy you run in between␟https://github.com/stanfordnlp/dspy/pull/203␟https://github.com/n3d1117/chatgpt-telegram-bot/issues/637␟https://github.com/yoheinakajima/babyagi/issues/64"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"EngineOverloaded␟The model's serving capacity is saturated, so the request was turned away before processing. OpenAI sends it with a null code, hence the name errspec gives it; being the usual code-less 503, it is also the entry chosen for a 503 without a known code.␟retry with backoff or switch models␟{
  "error": {
    "code": null,
    "message": "That model is currently overloaded with other requests. You can retry your request, or contact us through our help center at help.openai.com if the error persists.",
    "param": null,
    "type": "server_error"
  }
}␟Peak demand on a popular or newly released model␟Capacity reduced during an incident or a deployment␟Large requests competing for the same hardware␟Retry with growing delays␟Switch to another model or snapshot for a while␟Watch the status page if the overload lasts␟https://help.openai.com/en/articles/6891839-api-error-codes␟https://github.com/ikechan8370/chatgpt-plugin/issues/125"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"ServerIsOverloaded␟The current form of the capacity error: the requested model has no room for the request right now. The response may carry a Retry-After header, which should set the wait.␟retry after the suggested delay␟{
  "error": {
    "code": "server_is_overloaded",
    "message": "Our servers are currently overloaded. Please try again later.",
    "param": null,
    "type": "service_unavailable_error"
  }
}␟Demand for the model beyond the capacity available␟Capacity constrained during an incident␟Long-running workloads, such as video generation, filling the pool␟Retry after the Retry-After interval, or with backoff when it is absent␟Spread bursts out over time␟Check the status page if it goes on␟https://developers.openai.com/docs/guides/error-codes␟https://github.com/Wei-Shaw/sub2api/issues/6631␟https://github.com/DivergentAI/dreamGPT/issues/9"#,
                counts: (3, 3),
                ..T
            },
            EntryText {
                prose: r"ServiceUnavailable␟The service is temporarily unable to accept work: saturated, starting up or under maintenance. errspec's name for a 503 that says nothing more; 503s whose message names the cause are `engine_overloaded`, `server_is_overloaded` or `upstream_connect_error`.␟retry shortly␟␟A traffic peak beyond the current capacity␟A deployment or maintenance window␟A partial outage␟Retry once at once, then with growing delays␟Look for an incident on status.openai.com␟Serve cached results or a reduced feature while it lasts␟Route to a fallback model or provider",
                counts: (3, 4),
                provenance: Provenance::Synthetic,
                ..T
            },
            EntryText {
                prose: r"UpstreamConnectError␟The Envoy proxy at the API's edge lost its connection to the service behind it and answered in plain text, without a JSON body.␟retry with backoff␟␟A backend restart or network trouble inside the provider␟Retry with backoff␟https://github.com/zed-industries/zed/issues/35983␟https://github.com/openai/openai-python/issues/1626",
                counts: (1, 1),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"GatewayTimeout␟Cloudflare or another proxy closed the request because the origin took too long, typically on a long generation without streaming. OpenAI's edge reports this with status 524, type `cf_gateway_timeout` and the number 524 as `code`; other proxies use 504 and often an HTML page.␟stream or shorten the request, then retry␟{
  "error": {
    "code": 524,
    "message": "Gateway timeout.",
    "param": null,
    "type": "cf_gateway_timeout"
  }
}␟A long non-streamed completion outlasting the proxy's time limit␟A slow or overloaded backend␟A proxy of your own, such as a serverless platform or nginx, with a short timeout␟Stream the response so that bytes flow before the timeout␟Lower the output budget or split the work␟Raise the timeout of proxies you control␟Retry after a short delay␟https://github.com/neo4j-labs/llm-graph-builder/issues/561␟https://github.com/ferrislucas/promptr/issues/32"#,
                counts: (3, 4),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"VectorStoreTimeout␟The file-search tool could not finish in time while building a response. It is one of the `error.code` values of a failed Responses API response (`ResponseErrorCode`), which can arrive inside an HTTP 200 or a stream event; errspec files it under the status of a timeout.␟retry the response␟␟A very large vector store or a busy search backend␟Retry the response␟Narrow the search or split the store␟https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.json␟https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/types/responses/response_error.py",
                counts: (1, 2),
                ..T
            },
        ];
        pub(super) static ENTRIES: [Entry; 84] = [
            Entry {
                code: "billing_hard_limit_reached",
                status: 400,
                error_type: "invalid_request_error",
                alias_types: &["image_generation_user_error"],
                patterns: &["billing hard limit"],
                category: Category::Quota,
                message: r"the organization's billing hard limit is reached",
                retry: &POLICY_3,
                text: &TEXTS[0],
                ..D
            },
            Entry {
                code: "bio_policy",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"the request was blocked by the biology safety policy",
                retry: &POLICY_3,
                text: &TEXTS[1],
                ..D
            },
            Entry {
                code: "content_policy_violation",
                status: 400,
                error_type: "invalid_request_error",
                patterns: &[r"rejected as a result of our safety system"],
                category: Category::InvalidRequest,
                message: r"request refused by the safety system: the prompt or the content it would produce is not allowed",
                retry: &POLICY_3,
                text: &TEXTS[2],
                ..D
            },
            Entry {
                code: "context_length_exceeded",
                status: 400,
                error_type: "invalid_request_error",
                patterns: &["maximum context length"],
                category: Category::ContextLength,
                message: r"context length exceeded: the prompt plus the requested output do not fit the model's context window",
                retry: &POLICY_3,
                text: &TEXTS[3],
                ..D
            },
            Entry {
                code: "data_residency_mismatch",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"the request does not match the project's data residency",
                retry: &POLICY_3,
                text: &TEXTS[4],
                ..D
            },
            Entry {
                code: "empty_image_file",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: "an input image file is empty",
                retry: &POLICY_3,
                text: &TEXTS[5],
                ..D
            },
            Entry {
                code: "failed_to_download_image",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"the server could not download an input image",
                retry: &POLICY_2,
                text: &TEXTS[6],
                ..D
            },
            Entry {
                code: "image_content_policy_violation",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"an input image was refused by the safety system",
                retry: &POLICY_3,
                text: &TEXTS[7],
                ..D
            },
            Entry {
                code: "image_file_not_found",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"an input image file id does not exist",
                retry: &POLICY_3,
                text: &TEXTS[8],
                ..D
            },
            Entry {
                code: "image_file_too_large",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"an uploaded image file is too large",
                retry: &POLICY_3,
                text: &TEXTS[9],
                ..D
            },
            Entry {
                code: "image_parse_error",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"an input image could not be decoded",
                retry: &POLICY_3,
                text: &TEXTS[10],
                ..D
            },
            Entry {
                code: "image_too_large",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: "an input image is too large",
                retry: &POLICY_3,
                text: &TEXTS[11],
                ..D
            },
            Entry {
                code: "image_too_small",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: "an input image is too small",
                retry: &POLICY_3,
                text: &TEXTS[12],
                ..D
            },
            Entry {
                code: "integer_above_max_value",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"a number is above the parameter's maximum",
                retry: &POLICY_3,
                text: &TEXTS[13],
                ..D
            },
            Entry {
                code: "integer_below_min_value",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"a number is below the parameter's minimum",
                retry: &POLICY_3,
                text: &TEXTS[14],
                ..D
            },
            Entry {
                code: "invalid_base64_image",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"an input image's base64 data is malformed",
                retry: &POLICY_3,
                text: &TEXTS[15],
                ..D
            },
            Entry {
                code: "invalid_event",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"a Realtime client event was malformed",
                retry: &POLICY_3,
                text: &TEXTS[16],
                ..D
            },
            Entry {
                code: "invalid_file",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: "a file could not be processed",
                retry: &POLICY_3,
                text: &TEXTS[17],
                ..D
            },
            Entry {
                code: "invalid_function_parameters",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"a tool's parameter schema is not accepted",
                retry: &POLICY_3,
                text: &TEXTS[18],
                ..D
            },
            Entry {
                code: "invalid_image",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: "an input image could not be used",
                retry: &POLICY_3,
                text: &TEXTS[19],
                ..D
            },
            Entry {
                code: "invalid_image_format",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"the uploaded image's format is not supported",
                retry: &POLICY_3,
                text: &TEXTS[20],
                ..D
            },
            Entry {
                code: "invalid_image_mode",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"an input image's colour mode is not supported",
                retry: &POLICY_3,
                text: &TEXTS[21],
                ..D
            },
            Entry {
                code: "invalid_image_url",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: "an input image URL is not usable",
                retry: &POLICY_3,
                text: &TEXTS[22],
                ..D
            },
            Entry {
                code: "invalid_json",
                status: 400,
                error_type: "invalid_request_error",
                patterns: &["could not parse the json body"],
                null_code: true,
                category: Category::InvalidRequest,
                message: r"the request body is not valid JSON",
                retry: &POLICY_3,
                text: &TEXTS[23],
                ..D
            },
            Entry {
                code: "invalid_json_schema",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"the structured-output JSON Schema is not accepted",
                retry: &POLICY_3,
                text: &TEXTS[24],
                ..D
            },
            Entry {
                code: "invalid_prompt",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"the prompt was flagged by the usage-policy check",
                retry: &POLICY_3,
                text: &TEXTS[25],
                ..D
            },
            Entry {
                code: "invalid_request",
                status: 400,
                error_type: "invalid_request_error",
                null_code: true,
                fallback: true,
                category: Category::InvalidRequest,
                message: r"invalid request: the API rejected the request without a specific error code",
                retry: &POLICY_3,
                text: &TEXTS[26],
                ..D
            },
            Entry {
                code: "invalid_type",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"a parameter has the wrong JSON type",
                retry: &POLICY_3,
                text: &TEXTS[27],
                ..D
            },
            Entry {
                code: "invalid_value",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"invalid value: a parameter holds a value the endpoint does not accept",
                retry: &POLICY_3,
                text: &TEXTS[28],
                ..D
            },
            Entry {
                code: "missing_required_parameter",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: "a required parameter is missing",
                retry: &POLICY_3,
                text: &TEXTS[29],
                ..D
            },
            Entry {
                code: "moderation_blocked",
                status: 400,
                error_type: "invalid_request_error",
                patterns: &["rejected by the safety system"],
                category: Category::InvalidRequest,
                message: r"the image request was blocked by the safety system",
                retry: &POLICY_3,
                text: &TEXTS[30],
                ..D
            },
            Entry {
                code: r"organization_verification_required",
                status: 400,
                error_type: "invalid_request_error",
                patterns: &["organization must be verified"],
                refines: Some("unsupported_value"),
                category: Category::Permission,
                message: r"the organization must be verified to use this feature",
                retry: &POLICY_3,
                text: &TEXTS[31],
                ..D
            },
            Entry {
                code: "parameter_invalid",
                status: 400,
                error_type: "invalid_request_error",
                null_code: true,
                category: Category::InvalidRequest,
                message: r"invalid parameter: a parameter value is malformed or not allowed",
                retry: &POLICY_3,
                text: &TEXTS[32],
                ..D
            },
            Entry {
                code: "parameter_missing",
                status: 400,
                error_type: "invalid_request_error",
                null_code: true,
                category: Category::InvalidRequest,
                message: r"missing parameter: a required parameter was not provided",
                retry: &POLICY_3,
                text: &TEXTS[33],
                ..D
            },
            Entry {
                code: "previous_response_not_found",
                status: 400,
                error_type: "invalid_request_error",
                patterns: &["previous response with id"],
                category: Category::InvalidRequest,
                message: r"the previous response to continue from does not exist",
                retry: &POLICY_3,
                text: &TEXTS[34],
                ..D
            },
            Entry {
                code: "run_active",
                status: 400,
                error_type: "invalid_request_error",
                patterns: &["while a run*is active"],
                null_code: true,
                category: Category::Conflict,
                message: r"the thread is busy with an active run",
                retry: &POLICY_3,
                text: &TEXTS[35],
                ..D
            },
            Entry {
                code: "sanitizer_server_error",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"the uploaded image could not be processed",
                retry: &POLICY_3,
                text: &TEXTS[36],
                ..D
            },
            Entry {
                code: "string_above_max_length",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"string too long: a text field exceeds its maximum length",
                retry: &POLICY_3,
                text: &TEXTS[37],
                ..D
            },
            Entry {
                code: "unknown_parameter",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"the request has a parameter the endpoint does not know",
                retry: &POLICY_3,
                text: &TEXTS[38],
                ..D
            },
            Entry {
                code: "unsupported_file",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: "a file's type is not supported",
                retry: &POLICY_3,
                text: &TEXTS[39],
                ..D
            },
            Entry {
                code: "unsupported_file_mimetype",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"the uploaded file's media type is not supported",
                retry: &POLICY_3,
                text: &TEXTS[40],
                ..D
            },
            Entry {
                code: "unsupported_image_media_type",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"an input image's media type is not supported",
                retry: &POLICY_3,
                text: &TEXTS[41],
                ..D
            },
            Entry {
                code: "unsupported_parameter",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"unsupported parameter: the chosen model does not accept this parameter",
                retry: &POLICY_3,
                text: &TEXTS[42],
                ..D
            },
            Entry {
                code: "unsupported_value",
                status: 400,
                error_type: "invalid_request_error",
                refined: true,
                category: Category::InvalidRequest,
                message: r"a parameter value is not supported by this model",
                retry: &POLICY_3,
                text: &TEXTS[43],
                ..D
            },
            Entry {
                code: "websocket_stream_limit_reached",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"the WebSocket connection has no room for another stream",
                retry: &POLICY_3,
                text: &TEXTS[44],
                ..D
            },
            Entry {
                code: "account_deactivated",
                status: 401,
                error_type: "invalid_request_error",
                patterns: &["deactivated account", "has been deactivated"],
                category: Category::Permission,
                message: r"the account behind the API key is deactivated",
                retry: &POLICY_3,
                text: &TEXTS[45],
                ..D
            },
            Entry {
                code: "insufficient_permissions",
                status: 401,
                alias_statuses: &[403],
                error_type: "invalid_request_error",
                alias_types: &["permission_error"],
                patterns: &["insufficient permissions"],
                null_code: true,
                category: Category::Permission,
                message: r"permission denied: the key may not perform this request",
                retry: &POLICY_3,
                text: &TEXTS[46],
                ..D
            },
            Entry {
                code: "invalid_api_key",
                status: 401,
                error_type: "invalid_request_error",
                patterns: &["incorrect api key provided"],
                fallback: true,
                category: Category::Authentication,
                message: r"invalid API key: the key sent is wrong, revoked or deleted",
                retry: &POLICY_3,
                text: &TEXTS[47],
                ..D
            },
            Entry {
                code: "invalid_organization",
                status: 401,
                error_type: "invalid_request_error",
                category: Category::Authentication,
                message: r"invalid organization: the organization named in the request is unknown or not open to this key",
                retry: &POLICY_3,
                text: &TEXTS[48],
                ..D
            },
            Entry {
                code: "mismatched_organization",
                status: 401,
                error_type: "invalid_request_error",
                category: Category::Authentication,
                message: r"organization mismatch: the OpenAI-Organization header differs from the key's organization",
                retry: &POLICY_3,
                text: &TEXTS[49],
                ..D
            },
            Entry {
                code: "no_api_key",
                status: 401,
                error_type: "invalid_request_error",
                patterns: &[
                    "provide an api key",
                    r"missing bearer or basic authentication",
                ],
                null_code: true,
                category: Category::Authentication,
                message: r"no API key: the request carried no credentials",
                retry: &POLICY_3,
                text: &TEXTS[50],
                ..D
            },
            Entry {
                code: "no_organization",
                status: 401,
                error_type: "invalid_request_error",
                category: Category::Permission,
                message: r"no organization: the account behind the key belongs to no organization",
                retry: &POLICY_3,
                text: &TEXTS[51],
                ..D
            },
            Entry {
                code: "quota_exceeded",
                status: 403,
                alias_statuses: &[429],
                error_type: "tokens_exceeded_error",
                null_code: true,
                category: Category::Quota,
                message: r"quota exceeded: the account's token or spending allowance is used up",
                retry: &POLICY_3,
                text: &TEXTS[52],
                ..D
            },
            Entry {
                code: r"unsupported_country_region_territory",
                status: 403,
                error_type: "request_forbidden",
                fallback: true,
                category: Category::Permission,
                message: r"region not supported: the API is not offered where the request comes from",
                retry: &POLICY_3,
                text: &TEXTS[53],
                ..D
            },
            Entry {
                code: "invalid_url",
                status: 404,
                error_type: "invalid_request_error",
                patterns: &["invalid url ("],
                null_code: true,
                category: Category::NotFound,
                message: "no endpoint at this URL",
                retry: &POLICY_3,
                text: &TEXTS[54],
                ..D
            },
            Entry {
                code: "model_not_found",
                status: 404,
                alias_statuses: &[403],
                error_type: "invalid_request_error",
                patterns: &["model*does not exist", "does not have access to model"],
                category: Category::NotFound,
                message: r"model not found: the model does not exist or this key has no access to it",
                retry: &POLICY_3,
                text: &TEXTS[55],
                ..D
            },
            Entry {
                code: "resource_not_found",
                status: 404,
                error_type: "invalid_request_error",
                patterns: &[
                    "no thread found",
                    "no assistant found",
                    "no file found",
                    "no run found",
                    "no vector store found",
                ],
                null_code: true,
                fallback: true,
                category: Category::NotFound,
                message: r"not found: the addressed object does not exist or is not visible to this key",
                retry: &POLICY_3,
                text: &TEXTS[56],
                ..D
            },
            Entry {
                code: "unknown_url",
                status: 404,
                error_type: "invalid_request_error",
                patterns: &["unknown request url"],
                category: Category::NotFound,
                message: r"unknown URL: no endpoint exists at this path and method",
                retry: &POLICY_3,
                text: &TEXTS[57],
                ..D
            },
            Entry {
                code: "request_timeout",
                status: 408,
                error_type: "server_error",
                null_code: true,
                category: Category::Timeout,
                message: r"request timeout: the server stopped waiting for the request to finish",
                retry: &POLICY_2,
                text: &TEXTS[58],
                ..D
            },
            Entry {
                code: "conflict",
                status: 409,
                error_type: "invalid_request_error",
                null_code: true,
                category: Category::Conflict,
                message: r"conflict: the request clashes with the current state of the resource",
                retry: &POLICY_2,
                text: &TEXTS[59],
                ..D
            },
            Entry {
                code: "unprocessable_entity",
                status: 422,
                error_type: "invalid_request_error",
                null_code: true,
                category: Category::InvalidRequest,
                message: r"unprocessable entity: the request is well-formed but cannot be acted on",
                retry: &POLICY_3,
                text: &TEXTS[60],
                ..D
            },
            Entry {
                code: "access_terminated",
                status: 429,
                error_type: "access_terminated",
                patterns: &["access was terminated"],
                category: Category::Permission,
                message: r"API access was terminated for a policy violation",
                retry: &POLICY_3,
                text: &TEXTS[61],
                ..D
            },
            Entry {
                code: "billing_not_active",
                status: 429,
                error_type: "billing_not_active",
                patterns: &["account is not active"],
                category: Category::Quota,
                message: r"billing is not active on the account",
                retry: &POLICY_3,
                text: &TEXTS[62],
                ..D
            },
            Entry {
                code: "credit_balance_exhausted",
                status: 429,
                error_type: "insufficient_quota",
                category: Category::Quota,
                message: r"the organization's prepaid credit is used up",
                retry: &POLICY_3,
                text: &TEXTS[63],
                ..D
            },
            Entry {
                code: "edge_rate_limited",
                status: 429,
                error_type: "rate_limit_error",
                patterns: &["error code: 1015"],
                null_code: true,
                category: Category::RateLimit,
                message: r"the client's address is rate-limited at the network edge",
                retry: &POLICY_3,
                text: &TEXTS[64],
                ..D
            },
            Entry {
                code: "insufficient_quota",
                status: 429,
                error_type: "insufficient_quota",
                type_fallback: true,
                category: Category::Quota,
                message: r"insufficient quota: the current quota is used up; check the plan and billing details",
                retry: &POLICY_3,
                text: &TEXTS[65],
                ..D
            },
            Entry {
                code: r"organization_spend_limit_exceeded",
                status: 429,
                error_type: "insufficient_quota",
                category: Category::Quota,
                message: r"the organization's monthly spend limit is reached",
                retry: &POLICY_3,
                text: &TEXTS[66],
                ..D
            },
            Entry {
                code: r"organization_usage_limit_exceeded",
                status: 429,
                error_type: "insufficient_quota",
                category: Category::Quota,
                message: r"the organization's usage-tier limit is reached",
                retry: &POLICY_3,
                text: &TEXTS[67],
                ..D
            },
            Entry {
                code: "project_spend_limit_exceeded",
                status: 429,
                error_type: "insufficient_quota",
                category: Category::Quota,
                message: r"the project's monthly spend limit is reached",
                retry: &POLICY_3,
                text: &TEXTS[68],
                ..D
            },
            Entry {
                code: "rate_limit_exceeded",
                status: 429,
                alias_codes: &["too_many_requests"],
                error_type: "requests",
                alias_types: &["tokens", "rate_limit_error", "too_many_requests"],
                patterns: &["rate limit reached for"],
                refined: true,
                fallback: true,
                category: Category::RateLimit,
                message: r"rate limit reached: too many requests or tokens in the current window",
                retry: &POLICY_0,
                text: &TEXTS[69],
                ..D
            },
            Entry {
                code: "request_too_large",
                status: 429,
                error_type: "tokens",
                patterns: &["request too large for"],
                refines: Some("rate_limit_exceeded"),
                category: Category::InvalidRequest,
                message: r"the request alone asks for more tokens than the rate limit allows",
                retry: &POLICY_3,
                text: &TEXTS[70],
                ..D
            },
            Entry {
                code: "slow_down",
                status: 429,
                alias_statuses: &[503],
                error_type: "rate_limit_error",
                patterns: &["slow down"],
                category: Category::RateLimit,
                message: r"slow down: traffic grew faster than the service can absorb",
                retry: &POLICY_0,
                text: &TEXTS[71],
                ..D
            },
            Entry {
                code: "tokens_per_min_exceeded",
                status: 429,
                error_type: "rate_limit_error",
                null_code: true,
                category: Category::RateLimit,
                message: r"token rate limit reached: too many tokens per minute",
                retry: &POLICY_0,
                text: &TEXTS[72],
                ..D
            },
            Entry {
                code: "internal_error",
                status: 500,
                error_type: "server_error",
                category: Category::Server,
                message: r"an evaluation run failed inside the service",
                retry: &POLICY_2,
                text: &TEXTS[73],
                ..D
            },
            Entry {
                code: "internal_server_error",
                status: 500,
                error_type: "server_error",
                patterns: &["the server had an error"],
                null_code: true,
                fallback: true,
                category: Category::Server,
                message: r"internal server error: the API failed while handling the request",
                retry: &POLICY_1,
                text: &TEXTS[74],
                ..D
            },
            Entry {
                code: "model_error",
                status: 500,
                error_type: "model_error",
                patterns: &["model produced invalid content"],
                null_code: true,
                category: Category::Server,
                message: r"the model produced output that could not be used",
                retry: &POLICY_2,
                text: &TEXTS[75],
                ..D
            },
            Entry {
                code: "server_error",
                status: 500,
                error_type: "server_error",
                category: Category::Server,
                message: r"the server failed while handling the request",
                retry: &POLICY_1,
                text: &TEXTS[76],
                ..D
            },
            Entry {
                code: "bad_gateway",
                status: 502,
                error_type: "cf_bad_gateway",
                null_code: true,
                category: Category::Gateway,
                message: r"bad gateway: a proxy in front of the API got no valid answer from it",
                retry: &POLICY_2,
                text: &TEXTS[77],
                ..D
            },
            Entry {
                code: "engine_overloaded",
                status: 503,
                error_type: "server_error",
                patterns: &[
                    r"currently overloaded with other requests",
                    "engine is currently overloaded",
                ],
                null_code: true,
                category: Category::Overloaded,
                message: r"model overloaded: the model is handling too many requests right now",
                retry: &POLICY_1,
                text: &TEXTS[78],
                ..D
            },
            Entry {
                code: "server_is_overloaded",
                status: 503,
                error_type: "service_unavailable_error",
                patterns: &[
                    "servers are currently overloaded",
                    "overloaded or not ready yet",
                ],
                category: Category::Overloaded,
                message: r"servers overloaded: no capacity is free for this model at the moment",
                retry: &POLICY_1,
                text: &TEXTS[79],
                ..D
            },
            Entry {
                code: "service_unavailable",
                status: 503,
                error_type: "server_error",
                null_code: true,
                fallback: true,
                category: Category::Overloaded,
                message: r"service unavailable: the API cannot take requests at the moment",
                retry: &POLICY_1,
                text: &TEXTS[80],
                ..D
            },
            Entry {
                code: "upstream_connect_error",
                status: 503,
                error_type: "server_error",
                patterns: &["upstream connect error"],
                null_code: true,
                category: Category::Gateway,
                message: r"a proxy inside the API could not reach its backend",
                retry: &POLICY_2,
                text: &TEXTS[81],
                ..D
            },
            Entry {
                code: "gateway_timeout",
                status: 504,
                alias_statuses: &[524],
                error_type: "cf_gateway_timeout",
                null_code: true,
                category: Category::Gateway,
                message: r"gateway timeout: the proxy in front of the API gave up waiting for an answer",
                retry: &POLICY_2,
                text: &TEXTS[82],
                ..D
            },
            Entry {
                code: "vector_store_timeout",
                status: 504,
                error_type: "server_error",
                category: Category::Timeout,
                message: "file search timed out",
                retry: &POLICY_2,
                text: &TEXTS[83],
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
        name: "openai",
        title: "OpenAI API",
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
                (400, 0, "billing hard limit", 0),
                (400, 2, r"rejected as a result of our safety system", 2),
                (400, 3, "maximum context length", 2),
                (400, 23, "could not parse the json body", 20),
                (400, 30, "rejected by the safety system", 2),
                (400, 31, "organization must be verified", 6),
                (400, 34, "previous response with id", 3),
                (400, 35, "while a run*is active", 65535),
                (401, 45, "deactivated account", 6),
                (401, 45, "has been deactivated", 15),
                (401, 46, "insufficient permissions", 13),
                (401, 47, "incorrect api key provided", 14),
                (401, 50, "provide an api key", 15),
                (401, 50, r"missing bearer or basic authentication", 8),
                (403, 46, "insufficient permissions", 13),
                (403, 55, "model*does not exist", 65535),
                (403, 55, "does not have access to model", 11),
                (404, 54, "invalid url (", 12),
                (404, 55, "model*does not exist", 65535),
                (404, 55, "does not have access to model", 11),
                (404, 56, "no thread found", 10),
                (404, 56, "no assistant found", 13),
                (404, 56, "no file found", 3),
                (404, 56, "no run found", 7),
                (404, 56, "no vector store found", 3),
                (404, 57, "unknown request url", 10),
                (429, 61, "access was terminated", 7),
                (429, 62, "account is not active", 19),
                (429, 64, "error code: 1015", 10),
                (429, 69, "rate limit reached for", 19),
                (429, 70, "request too large for", 2),
                (429, 71, "slow down", 3),
                (500, 74, "the server had an error", 7),
                (500, 75, "model produced invalid content", 17),
                (503, 71, "slow down", 3),
                (503, 78, r"currently overloaded with other requests", 34),
                (503, 78, "engine is currently overloaded", 21),
                (503, 79, "servers are currently overloaded", 3),
                (503, 79, "overloaded or not ready yet", 1),
                (503, 81, "upstream connect error", 1),
            ],
            refinements: &[("unsupported_value", 31), ("rate_limit_exceeded", 70)],
            by_status: &[
                (400, 26),
                (401, 47),
                (403, 53),
                (404, 56),
                (408, 58),
                (409, 59),
                (422, 60),
                (429, 69),
                (500, 74),
                (502, 77),
                (503, 80),
                (524, 82),
            ],
            by_type: &[
                (400, "image_generation_user_error", 0),
                (400, "invalid_request_error", 26),
                (401, "invalid_request_error", 47),
                (401, "permission_error", 46),
                (403, "permission_error", 46),
                (403, "request_forbidden", 53),
                (403, "tokens_exceeded_error", 52),
                (404, "invalid_request_error", 56),
                (408, "server_error", 58),
                (409, "invalid_request_error", 59),
                (422, "invalid_request_error", 60),
                (429, "access_terminated", 61),
                (429, "billing_not_active", 62),
                (429, "insufficient_quota", 65),
                (429, "rate_limit_error", 69),
                (429, "requests", 69),
                (429, "tokens", 69),
                (429, "tokens_exceeded_error", 52),
                (429, "too_many_requests", 69),
                (500, "model_error", 75),
                (500, "server_error", 74),
                (502, "cf_bad_gateway", 77),
                (503, "rate_limit_error", 71),
                (503, "server_error", 80),
                (503, "service_unavailable_error", 79),
                (504, "cf_gateway_timeout", 82),
                (504, "server_error", 83),
                (524, "cf_gateway_timeout", 82),
            ],
        };
        ::core::option::Option::Some(&TABLES)
    }
}
::errspec::runtime::__private::impl_serde!(
    ErrorCode, ErrorCode::from_code, "an error code of the OpenAI API"
);
///Error types (`error.type`) of the OpenAI API.
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
    /**`access_terminated`: The organization's access was ended for a policy violation; only an appeal restores it. Arrives with status 429.

Codes of this type: `access_terminated`.*/
    AccessTerminated,
    ///`authentication_error`: Named for key problems by older OpenAI documentation; the API itself sends key problems as `invalid_request_error`, so no bundled entry expects it.
    AuthenticationError,
    /**`billing_not_active`: The account has no active billing: no payment method, an expired trial or a cancelled plan. Arrives with status 429.

Codes of this type: `billing_not_active`.*/
    BillingNotActive,
    /**`cf_bad_gateway`: Sent by the Cloudflare edge in front of the API when the origin returned no usable answer; the body's `code` is then the number 502, not a string.

Codes of this type: `bad_gateway`.*/
    CfBadGateway,
    /**`cf_gateway_timeout`: Sent by the Cloudflare edge when the origin did not answer in time; the HTTP status is 524 and the body's `code` is the number 524.

Codes of this type: `gateway_timeout`.*/
    CfGatewayTimeout,
    ///`image_generation_user_error`: Sent by the image endpoints for a request they refuse, such as a billing hard limit.
    ImageGenerationUserError,
    /**`insufficient_quota`: The organization or project has no budget left: prepaid credit, a spend cap or an assigned usage limit ran out. Waiting does not clear it; a billing change does.

Codes of this type: `credit_balance_exhausted`, `insufficient_quota`, `organization_spend_limit_exceeded`, `organization_usage_limit_exceeded`, `project_spend_limit_exceeded`.*/
    InsufficientQuota,
    /**`invalid_request_error`: The request was refused as sent: malformed body, missing or bad parameters, unknown model or URL, and several account problems that the API reports under this broad type.

Codes of this type: `billing_hard_limit_reached`, `bio_policy`, `content_policy_violation`, `context_length_exceeded`, `data_residency_mismatch`, `empty_image_file`, `failed_to_download_image`, `image_content_policy_violation`, `image_file_not_found`, `image_file_too_large`, `image_parse_error`, `image_too_large`, `image_too_small`, `integer_above_max_value`, `integer_below_min_value`, `invalid_base64_image`, `invalid_event`, `invalid_file`, `invalid_function_parameters`, `invalid_image`, `invalid_image_format`, `invalid_image_mode`, `invalid_image_url`, `invalid_json`, `invalid_json_schema`, `invalid_prompt`, `invalid_request`, `invalid_type`, `invalid_value`, `missing_required_parameter`, `moderation_blocked`, `organization_verification_required`, `parameter_invalid`, `parameter_missing`, `previous_response_not_found`, `run_active`, `sanitizer_server_error`, `string_above_max_length`, `unknown_parameter`, `unsupported_file`, `unsupported_file_mimetype`, `unsupported_image_media_type`, `unsupported_parameter`, `unsupported_value`, `websocket_stream_limit_reached`, `account_deactivated`, `insufficient_permissions`, `invalid_api_key`, `invalid_organization`, `mismatched_organization`, `no_api_key`, `no_organization`, `invalid_url`, `model_not_found`, `resource_not_found`, `unknown_url`, `conflict`, `unprocessable_entity`.*/
    InvalidRequestError,
    /**`model_error`: The model's own output could not be turned into a valid response; a retry may succeed, repeated failures point at the prompt.

Codes of this type: `model_error`.*/
    ModelError,
    ///`permission_error`: Named for permission problems by older OpenAI documentation; live permission errors arrive as `invalid_request_error`. Kept as an alias type of `insufficient_permissions`.
    PermissionError,
    /**`rate_limit_error`: The type the error guide gives rate limits (`slow_down`); live `rate_limit_exceeded` bodies say `requests` or `tokens` instead.

Codes of this type: `edge_rate_limited`, `slow_down`, `tokens_per_min_exceeded`.*/
    RateLimitError,
    /**`request_forbidden`: The request was refused because of where it comes from, whatever the key.

Codes of this type: `unsupported_country_region_territory`.*/
    RequestForbidden,
    /**`requests`: The type live rate-limit errors (`rate_limit_exceeded`) carry when a request count limit (per minute or per day) was hit.

Codes of this type: `rate_limit_exceeded`.*/
    Requests,
    /**`server_error`: Something failed on OpenAI's side; the request itself may be perfectly valid.

Codes of this type: `request_timeout`, `internal_error`, `internal_server_error`, `server_error`, `engine_overloaded`, `service_unavailable`, `upstream_connect_error`, `vector_store_timeout`.*/
    ServerError,
    /**`service_unavailable_error`: The service has no capacity for the request at the moment.

Codes of this type: `server_is_overloaded`.*/
    ServiceUnavailableError,
    /**`tokens`: The type live rate-limit errors (`rate_limit_exceeded`) carry when a token limit (per minute or per day) was hit.

Codes of this type: `request_too_large`.*/
    Tokens,
    /**`tokens_exceeded_error`: The type of the retired `quota_exceeded` entry; no public source shows the API sending it.

Codes of this type: `quota_exceeded`.*/
    TokensExceededError,
    ///`too_many_requests`: The type (and code) a Responses API stream's `error` event has been seen to carry for a rate limit.
    TooManyRequests,
}
impl ErrorType {
    /// Every error type, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::AccessTerminated,
        Self::AuthenticationError,
        Self::BillingNotActive,
        Self::CfBadGateway,
        Self::CfGatewayTimeout,
        Self::ImageGenerationUserError,
        Self::InsufficientQuota,
        Self::InvalidRequestError,
        Self::ModelError,
        Self::PermissionError,
        Self::RateLimitError,
        Self::RequestForbidden,
        Self::Requests,
        Self::ServerError,
        Self::ServiceUnavailableError,
        Self::Tokens,
        Self::TokensExceededError,
        Self::TooManyRequests,
    ];
    /// The spec's entry for this type.
    pub fn entry(self) -> &'static ::errspec::runtime::ErrorTypeEntry {
        static ENTRIES: [::errspec::runtime::ErrorTypeEntry; 18usize] = [
            ::errspec::runtime::ErrorTypeEntry {
                name: "access_terminated",
                variant: "AccessTerminated",
                description: "The organization's access was ended for a policy violation; only an appeal restores it. Arrives with status 429.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "authentication_error",
                variant: "AuthenticationError",
                description: "Named for key problems by older OpenAI documentation; the API itself sends key problems as `invalid_request_error`, so no bundled entry expects it.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "billing_not_active",
                variant: "BillingNotActive",
                description: "The account has no active billing: no payment method, an expired trial or a cancelled plan. Arrives with status 429.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "cf_bad_gateway",
                variant: "CfBadGateway",
                description: "Sent by the Cloudflare edge in front of the API when the origin returned no usable answer; the body's `code` is then the number 502, not a string.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "cf_gateway_timeout",
                variant: "CfGatewayTimeout",
                description: "Sent by the Cloudflare edge when the origin did not answer in time; the HTTP status is 524 and the body's `code` is the number 524.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "image_generation_user_error",
                variant: "ImageGenerationUserError",
                description: "Sent by the image endpoints for a request they refuse, such as a billing hard limit.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "insufficient_quota",
                variant: "InsufficientQuota",
                description: "The organization or project has no budget left: prepaid credit, a spend cap or an assigned usage limit ran out. Waiting does not clear it; a billing change does.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "invalid_request_error",
                variant: "InvalidRequestError",
                description: "The request was refused as sent: malformed body, missing or bad parameters, unknown model or URL, and several account problems that the API reports under this broad type.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "model_error",
                variant: "ModelError",
                description: "The model's own output could not be turned into a valid response; a retry may succeed, repeated failures point at the prompt.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "permission_error",
                variant: "PermissionError",
                description: "Named for permission problems by older OpenAI documentation; live permission errors arrive as `invalid_request_error`. Kept as an alias type of `insufficient_permissions`.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "rate_limit_error",
                variant: "RateLimitError",
                description: "The type the error guide gives rate limits (`slow_down`); live `rate_limit_exceeded` bodies say `requests` or `tokens` instead.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "request_forbidden",
                variant: "RequestForbidden",
                description: "The request was refused because of where it comes from, whatever the key.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "requests",
                variant: "Requests",
                description: "The type live rate-limit errors (`rate_limit_exceeded`) carry when a request count limit (per minute or per day) was hit.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "server_error",
                variant: "ServerError",
                description: "Something failed on OpenAI's side; the request itself may be perfectly valid.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "service_unavailable_error",
                variant: "ServiceUnavailableError",
                description: "The service has no capacity for the request at the moment.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "tokens",
                variant: "Tokens",
                description: "The type live rate-limit errors (`rate_limit_exceeded`) carry when a token limit (per minute or per day) was hit.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "tokens_exceeded_error",
                variant: "TokensExceededError",
                description: "The type of the retired `quota_exceeded` entry; no public source shows the API sending it.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "too_many_requests",
                variant: "TooManyRequests",
                description: "The type (and code) a Responses API stream's `error` event has been seen to carry for a rate limit.",
            },
        ];
        &ENTRIES[self as usize]
    }
    /// The type for a server's type string, if the spec knows it.
    pub fn from_name(name: &str) -> ::core::option::Option<Self> {
        match name {
            "access_terminated" => ::core::option::Option::Some(Self::AccessTerminated),
            "authentication_error" => {
                ::core::option::Option::Some(Self::AuthenticationError)
            }
            "billing_not_active" => ::core::option::Option::Some(Self::BillingNotActive),
            "cf_bad_gateway" => ::core::option::Option::Some(Self::CfBadGateway),
            "cf_gateway_timeout" => ::core::option::Option::Some(Self::CfGatewayTimeout),
            "image_generation_user_error" => {
                ::core::option::Option::Some(Self::ImageGenerationUserError)
            }
            "insufficient_quota" => ::core::option::Option::Some(Self::InsufficientQuota),
            "invalid_request_error" => {
                ::core::option::Option::Some(Self::InvalidRequestError)
            }
            "model_error" => ::core::option::Option::Some(Self::ModelError),
            "permission_error" => ::core::option::Option::Some(Self::PermissionError),
            "rate_limit_error" => ::core::option::Option::Some(Self::RateLimitError),
            "request_forbidden" => ::core::option::Option::Some(Self::RequestForbidden),
            "requests" => ::core::option::Option::Some(Self::Requests),
            "server_error" => ::core::option::Option::Some(Self::ServerError),
            "service_unavailable_error" => {
                ::core::option::Option::Some(Self::ServiceUnavailableError)
            }
            "tokens" => ::core::option::Option::Some(Self::Tokens),
            "tokens_exceeded_error" => {
                ::core::option::Option::Some(Self::TokensExceededError)
            }
            "too_many_requests" => ::core::option::Option::Some(Self::TooManyRequests),
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
    ErrorType, ErrorType::from_name, "an error type of the OpenAI API"
);
#[doc(hidden)]
#[macro_export]
macro_rules! __errspec_catalog_openai_ErrorCode {
    ([$($callback:tt)*] $($input:tt)*) => {
        $($callback)* ! { { format = 1, title = "OpenAI API", codes = {
        "billing_hard_limit_reached" => BillingHardLimitReached, "bio_policy" =>
        BioPolicy, "content_policy_violation" => ContentPolicyViolation,
        "context_length_exceeded" => ContextLengthExceeded, "data_residency_mismatch" =>
        DataResidencyMismatch, "empty_image_file" => EmptyImageFile,
        "failed_to_download_image" => FailedToDownloadImage,
        "image_content_policy_violation" => ImageContentPolicyViolation,
        "image_file_not_found" => ImageFileNotFound, "image_file_too_large" =>
        ImageFileTooLarge, "image_parse_error" => ImageParseError, "image_too_large" =>
        ImageTooLarge, "image_too_small" => ImageTooSmall, "integer_above_max_value" =>
        IntegerAboveMaxValue, "integer_below_min_value" => IntegerBelowMinValue,
        "invalid_base64_image" => InvalidBase64Image, "invalid_event" => InvalidEvent,
        "invalid_file" => InvalidFile, "invalid_function_parameters" =>
        InvalidFunctionParameters, "invalid_image" => InvalidImage,
        "invalid_image_format" => InvalidImageFormat, "invalid_image_mode" =>
        InvalidImageMode, "invalid_image_url" => InvalidImageUrl, "invalid_json" =>
        InvalidJson, "invalid_json_schema" => InvalidJsonSchema, "invalid_prompt" =>
        InvalidPrompt, "invalid_request" => InvalidRequest, "invalid_type" =>
        InvalidType, "invalid_value" => InvalidValue, "missing_required_parameter" =>
        MissingRequiredParameter, "moderation_blocked" => ModerationBlocked,
        "organization_verification_required" => OrganizationVerificationRequired,
        "parameter_invalid" => ParameterInvalid, "parameter_missing" => ParameterMissing,
        "previous_response_not_found" => PreviousResponseNotFound, "run_active" =>
        RunActive, "sanitizer_server_error" => SanitizerServerError,
        "string_above_max_length" => StringAboveMaxLength, "unknown_parameter" =>
        UnknownParameter, "unsupported_file" => UnsupportedFile,
        "unsupported_file_mimetype" => UnsupportedFileMimetype,
        "unsupported_image_media_type" => UnsupportedImageMediaType,
        "unsupported_parameter" => UnsupportedParameter, "unsupported_value" =>
        UnsupportedValue, "websocket_stream_limit_reached" =>
        WebsocketStreamLimitReached, "account_deactivated" => AccountDeactivated,
        "insufficient_permissions" => InsufficientPermissions, "invalid_api_key" =>
        InvalidApiKey, "invalid_organization" => InvalidOrganization,
        "mismatched_organization" => MismatchedOrganization, "no_api_key" => NoApiKey,
        "no_organization" => NoOrganization, "quota_exceeded" => QuotaExceeded,
        "unsupported_country_region_territory" => UnsupportedCountryRegionTerritory,
        "invalid_url" => InvalidUrl, "model_not_found" => ModelNotFound,
        "resource_not_found" => ResourceNotFound, "unknown_url" => UnknownUrl,
        "request_timeout" => RequestTimeout, "conflict" => Conflict,
        "unprocessable_entity" => UnprocessableEntity, "access_terminated" =>
        AccessTerminated, "billing_not_active" => BillingNotActive,
        "credit_balance_exhausted" => CreditBalanceExhausted, "edge_rate_limited" =>
        EdgeRateLimited, "insufficient_quota" => InsufficientQuota,
        "organization_spend_limit_exceeded" => OrganizationSpendLimitExceeded,
        "organization_usage_limit_exceeded" => OrganizationUsageLimitExceeded,
        "project_spend_limit_exceeded" => ProjectSpendLimitExceeded,
        "rate_limit_exceeded" | "too_many_requests" => RateLimitExceeded,
        "request_too_large" => RequestTooLarge, "slow_down" => SlowDown,
        "tokens_per_min_exceeded" => TokensPerMinExceeded, "internal_error" =>
        InternalError, "internal_server_error" => InternalServerError, "model_error" =>
        ModelError, "server_error" => ServerError, "bad_gateway" => BadGateway,
        "engine_overloaded" => EngineOverloaded, "server_is_overloaded" =>
        ServerIsOverloaded, "service_unavailable" => ServiceUnavailable,
        "upstream_connect_error" => UpstreamConnectError, "gateway_timeout" =>
        GatewayTimeout, "vector_store_timeout" => VectorStoreTimeout, } } $($input)* }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __errspec_catalog_openai_ErrorCode as ErrorCode;
