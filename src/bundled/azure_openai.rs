// @generated from `specs/azure_openai.json` by errspec-codegen: edit the spec, then write this file
// again with `ERRSPEC_BLESS=1 cargo test -p errspec-codegen --test bundled`.

/**Error codes of the Azure OpenAI (spec `specs/azure\_openai.json`, version 1).

Errors returned by Azure OpenAI and the Azure front ends before it (the service's own front door and API Management gateways): the status, code and message each arrives with, why it happens, how to fix it and whether a client should send the request again. Azure sends three body shapes: the OpenAI one (with an `innererror` for the content filter), a two-member `{"error":{"code","message"}}` whose code is often the status as a string (`"429"`, `"401"`), and API Management's `{"statusCode","message"}`. Codes made of digits cannot be entry names, so those entries are recognised by their message or status. Every entry names its sources: Microsoft documentation or public issue threads that quote real responses; synthetic entries give bare statuses a name.

| Code | Status | Category | Retry |
|---|---|---|---|
| [`OperationNotSupported`](Self::OperationNotSupported) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`bad_request`](Self::BadRequest) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`content_filter`](Self::ContentFilter) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`context_length_exceeded`](Self::ContextLengthExceeded) | 400 | context_length | [`no_retry`](#retry-strategies) |
| [`unsupported_parameter`](Self::UnsupportedParameter) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`unsupported_value`](Self::UnsupportedValue) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`PermissionDenied`](Self::PermissionDenied) | 401, 403 | permission | [`no_retry`](#retry-strategies) |
| [`Unauthorized`](Self::Unauthorized) | 401 | authentication | [`no_retry`](#retry-strategies) |
| [`missing_subscription_key`](Self::MissingSubscriptionKey) | 401 | authentication | [`no_retry`](#retry-strategies) |
| [`AuthenticationTypeDisabled`](Self::AuthenticationTypeDisabled) | 403 | permission | [`no_retry`](#retry-strategies) |
| [`forbidden`](Self::Forbidden) | 403 | permission | [`no_retry`](#retry-strategies) |
| [`token_quota_exceeded`](Self::TokenQuotaExceeded) | 403 | quota | [`no_retry`](#retry-strategies) |
| [`DeploymentNotFound`](Self::DeploymentNotFound) | 404 | not_found | [`no_retry`](#retry-strategies) |
| [`resource_not_found`](Self::ResourceNotFound) | 404 | not_found | [`no_retry`](#retry-strategies) |
| [`request_timeout`](Self::RequestTimeout) | 408 | timeout | [`transient_backoff`](#retry-strategies) |
| [`conflict`](Self::Conflict) | 409 | conflict | [`transient_backoff`](#retry-strategies) |
| [`token_rate_limit_exceeded`](Self::TokenRateLimitExceeded) | 429 | rate_limit | [`exponential_backoff`](#retry-strategies) |
| [`too_many_requests`](Self::TooManyRequests) | 429 | rate_limit | [`exponential_backoff`](#retry-strategies) |
| [`server_error`](Self::ServerError) | 500 | server | [`immediate_then_backoff`](#retry-strategies) |
| [`bad_gateway`](Self::BadGateway) | 502 | gateway | [`transient_backoff`](#retry-strategies) |
| [`service_unavailable`](Self::ServiceUnavailable) | 503 | overloaded | [`immediate_then_backoff`](#retry-strategies) |
| [`gateway_timeout`](Self::GatewayTimeout) | 504 | gateway | [`transient_backoff`](#retry-strategies) |

# Retry strategies

- `exponential_backoff`: For throttling: wait about 1 s, 2 s, 4 s, 8 s and 16 s before the five retries, each with up to 1 s of random jitter so that many clients do not come back at the same instant; no backoff wait is longer than 60 s. A delay the server names (retry-after-ms, Retry-After, a "try again in" in the message) takes the place of the backoff, up to the runtime's ceiling for hints (exponential backoff from 1000 ms, ×2 per retry, plus up to 1000 ms of jitter; at most 6 attempts, no wait longer than 60000 ms).
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
    /**Operation not supported: the deployed model cannot serve this operation

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `OperationNotSupported` | `invalid_request` |

The deployment's model does not offer the operation called: chat completions sent to a model deployed for embeddings or completions, or a model version the operation does not take. Resending it unchanged fails the same way.

# Causes

- A deployment name that points at a model of another kind
- A model or model version the operation does not support

# Solutions

- Call the operation the deployed model supports, or deploy a model that supports this one
- Check which deployment the client is configured to use

**Do first:** use a deployment whose model supports the operation

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "OperationNotSupported",
    "message": "The chatCompletion operation does not work with the specified model, gpt-4o-mini. Please choose different model and try again."
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/run-llama/llama_index/issues/16503>
*/
    OperationNotSupported,
    /**Bad request: the service refused the request as sent

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `bad_request` (errspec's name: the server sends no code) | `invalid_request` |

A 400 that no more specific entry claims. errspec names it so that a bare 400 has an entry; read the message for the field at fault.

# Causes

- A malformed body or a parameter the deployment does not accept
- An `api-version` that lacks the feature used

# Solutions

- Read the message and correct the request
- Check the request against the API version in use

**Do first:** fix the request

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Sources

Synthetic: errspec's own name for what a proxy or a bare status produces.

*/
    BadRequest,
    /**Content filtered: the prompt tripped Azure's content management policy

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `content_filter` (also `ResponsibleAIPolicyViolation`) (also `content_policy_violation`) | `invalid_request` |

Azure's content filter judged the prompt (or what it would produce) to fall into a blocked category. The body's `code` is `content_filter` and its `type` null; usually an `innererror` with the code `ResponsibleAIPolicyViolation` lists each category (hate, self-harm, sexual, violence, sometimes jailbreak) with whether it was filtered and how severe it was. Image generation reports the same refusal with the code `content_policy_violation` and the same inner error. The same prompt is filtered again, so it must not be resent unchanged.

# Causes

- Prompt text in one of the filtered categories, including false positives on harmless text
- A jailbreak attempt detected in the input
- A filter configuration stricter than the use case needs

# Solutions

- Read `innererror.content_filter_result` to see which category fired
- Rephrase or remove the offending content
- Ask for a custom content-filter configuration for the deployment if the use case needs it

**Do first:** change the prompt

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "content_filter",
    "innererror": {
      "code": "ResponsibleAIPolicyViolation",
      "content_filter_result": {
        "hate": {
          "filtered": false,
          "severity": "safe"
        },
        "self_harm": {
          "filtered": false,
          "severity": "safe"
        },
        "sexual": {
          "filtered": false,
          "severity": "safe"
        },
        "violence": {
          "filtered": true,
          "severity": "medium"
        }
      }
    },
    "message": "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry. To learn more about our content filtering policies please read our documentation: https://go.microsoft.com/fwlink/?linkid=2198766",
    "param": "prompt",
    "status": 400,
    "type": null
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `content management policy` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/vibrantlabsai/ragas/issues/649>
- <https://github.com/compl-ai/compl-ai/issues/20>
- <https://github.com/openai/openai-dotnet/issues/55>
- <https://github.com/stanford-crfm/helm/pull/3327>
- <https://github.com/BerriAI/litellm/issues/16072>
*/
    ContentFilter,
    /**Context length exceeded: the prompt plus the requested output do not fit the model's window

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `context_length_exceeded` | `context_length` |

The input tokens and the room reserved for output add up to more than the deployed model's context window. The message gives the limit and the count. Azure passes on OpenAI's code and wording unchanged.

# Causes

- A conversation resent whole on every turn
- Retrieved passages or documents pasted into the prompt
- An output budget (`max_tokens`) that leaves too little room for the input

# Solutions

- Count tokens before sending and trim to fit
- Lower `max_tokens`
- Deploy a model with a larger window

**Do first:** shorten the input

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "context_length_exceeded",
    "message": "This model's maximum context length is 8192 tokens. However, your messages resulted in 10383 tokens. Please reduce the length of the messages.",
    "param": "messages",
    "type": "invalid_request_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `maximum context length` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/microsoft/kernel-memory/issues/516>
- <https://github.com/Azure-Samples/azure-search-openai-demo/issues/1199>
*/
    ContextLengthExceeded,
    /**Unsupported parameter: the deployed model does not take this parameter

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `unsupported_parameter` | `invalid_request` |

The deployment's model refuses a parameter the API otherwise knows, as OpenAI's own API does: reasoning models deployed on Azure want `max_completion_tokens` rather than `max_tokens` and take no `temperature`. `param` names the parameter and the message usually the replacement. The same request fails again until it changes.

# Causes

- `max_tokens` sent to a reasoning-model deployment
- Sampling settings sent to a model that fixes them
- Request settings written for another deployment's model

# Solutions

- Rename or drop the parameter as the message says
- Keep request settings per deployment

**Do first:** remove or rename the parameter

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

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

- <https://github.com/langgenius/dify/issues/9746>
- <https://github.com/owndev/Open-WebUI-Functions/issues/136>
- <https://github.com/obot-platform/obot/issues/2862>
*/
    UnsupportedParameter,
    /**Unsupported value: the deployed model does not accept this value

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` | `unsupported_value` | `invalid_request` |

The parameter is accepted but not with this value by the deployment's model: reasoning models only take the default `temperature`. `param` names the parameter; the message names the value allowed.

# Causes

- A non-default `temperature` or `top_p` sent to a reasoning-model deployment
- Settings copied from a request for another model

# Solutions

- Send the value the message names, or leave the parameter out

**Do first:** change or drop the value of the parameter named in `param`

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

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

# Sources

Observed in real responses.

- <https://github.com/microsoft/vscode/issues/253673>
- <https://github.com/holoviz/lumen/pull/1087>
*/
    UnsupportedValue,
    /**Permission denied: the signed-in principal may not call this operation

| Status | Type | Code | Category |
|---|---|---|---|
| `401 Unauthorized` (also `403 Forbidden`) | `invalid_request_error` | `PermissionDenied` | `permission` |

The caller authenticated (usually with an Entra ID token) but its identity has no role that allows the operation on this resource.

# Causes

- An Entra ID identity without a Cognitive Services OpenAI role on the resource
- A role assigned on another resource or scope

# Solutions

- Assign the identity a role such as Cognitive Services OpenAI User on the resource
- Wait for a new role assignment to take effect, then retry by hand

**Do first:** grant the identity a role on the resource

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "PermissionDenied",
    "message": "Principal does not have access to API/Operation."
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/microsoft/PromptWizard/issues/18>
*/
    PermissionDenied,
    /**Access denied: the key is invalid or the endpoint is wrong

| Status | Type | Code | Category |
|---|---|---|---|
| `401 Unauthorized` | `invalid_request_error` | `Unauthorized` | `authentication` |

The resource rejected the key, or the request went to an endpoint that does not match the key's resource or region. The body's code is either `Unauthorized` or the string `"401"`; a code of digits cannot be an entry name, so those bodies are recognised by the message, and a 401 without a body by its status.

# Causes

- A wrong, rotated or deleted key
- A key of one resource used against another resource's endpoint
- A wrong regional endpoint
- An empty body from a client that sent no credentials at all

# Solutions

- Copy the key and endpoint from the same resource in the Azure portal
- Send the key in the `api-key` header, or use Entra ID tokens
- Check the endpoint's region and resource name

**Do first:** check the key and the endpoint

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "Unauthorized",
    "message": "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `access denied due to invalid subscription key` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/vercel/chatbot/issues/588>
- <https://github.com/SciSharp/BotSharp/issues/386>
- <https://github.com/microsoft/semantic-kernel/issues/10337>
- <https://github.com/microsoft/copilot-camp/issues/309>
*/
    Unauthorized,
    /**Missing subscription key: the API Management gateway got no key

| Status | Type | Code | Category |
|---|---|---|---|
| `401 Unauthorized` | `invalid_request_error` | `missing_subscription_key` (errspec's name: the server sends no code) | `authentication` |

An Azure API Management gateway in front of the service received no subscription key. Its body is `{"statusCode": 401, "message": …}`, without an `error` wrapper, code or type, so errspec recognises it by the message.

# Causes

- The key is sent under a header name the gateway does not read
- An empty key variable
- A client configured for Azure OpenAI pointed at an API Management front end

# Solutions

- Send the gateway's subscription key in the header it expects (often `Ocp-Apim-Subscription-Key` or `api-key`, as configured)
- Check the gateway's policy for the key it requires

**Do first:** send the subscription key

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.",
  "statusCode": 401
}
```

# Matching

Chosen for a body without a known code whose message contains `missing subscription key` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/openai/openai-python/issues/1527>
- <https://github.com/Azure-Samples/openai-apim-lb/issues/31>
*/
    MissingSubscriptionKey,
    /**Authentication type disabled: the resource does not accept API keys

| Status | Type | Code | Category |
|---|---|---|---|
| `403 Forbidden` | `invalid_request_error` | `AuthenticationTypeDisabled` | `permission` |

The resource has key-based (local) authentication turned off, so a request signed with an `api-key` is refused whatever the key; only Microsoft Entra ID tokens are accepted.

# Causes

- Local authentication disabled on the resource by its owner or by policy
- A client configured with a key for a resource that requires Entra ID

# Solutions

- Authenticate with a Microsoft Entra ID token and give the caller a role on the resource
- Ask the resource owner to allow key authentication, if policy permits it

**Do first:** authenticate with Entra ID

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "AuthenticationTypeDisabled",
    "message": "Key based authentication is disabled for this resource."
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/microsoft/sample-app-aoai-chatGPT/issues/1000>
*/
    AuthenticationTypeDisabled,
    /**Forbidden: the request is not allowed

| Status | Type | Code | Category |
|---|---|---|---|
| `403 Forbidden` | `invalid_request_error` | `forbidden` (errspec's name: the server sends no code) | `permission` |

A 403 that no more specific entry claims. errspec names it so that a bare 403 has an entry. Behind an API Management gateway a 403 can also mean a spent token quota (`token_quota_exceeded`), which only the gateway's message can tell.

# Causes

- Missing role assignment or network rule for the caller
- A gateway policy refusing the request

# Solutions

- Check the caller's roles and the resource's network settings
- Read the message for the policy involved

**Do first:** check access rights

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Sources

Synthetic: errspec's own name for what a proxy or a bare status produces.

*/
    Forbidden,
    /**Token quota exceeded: the gateway's token quota for the period is spent

| Status | Type | Code | Category |
|---|---|---|---|
| `403 Forbidden` | `invalid_request_error` | `token_quota_exceeded` (errspec's name: the server sends no code) | `quota` |

Azure API Management's token-limit policy refuses requests with 403 once a token quota over a period (an hour, a day, a month) is used up, as opposed to 429 for a token rate. It lasts until the period ends, so retries are pointless. No body of it was found in public, so errspec cannot recognise it yet and such a 403 is classified as `forbidden`.

# Causes

- The consumer used all the tokens its quota grants for the period

# Solutions

- Wait for the quota period to end
- Ask the gateway's owner for a larger quota

**Do first:** wait for the quota period or raise the quota

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Sources

Documented by the provider.

- <https://learn.microsoft.com/en-nz/azure/api-management/azure-openai-token-limit-policy>
*/
    TokenQuotaExceeded,
    /**Deployment not found: no deployment of that name exists on this resource

| Status | Type | Code | Category |
|---|---|---|---|
| `404 Not Found` | `invalid_request_error` | `DeploymentNotFound` | `not_found` |

The deployment named in the URL does not exist on the resource. Azure addresses models by deployment name, not model name, so a model name in its place gives this error. A deployment created in the last few minutes may also not be ready; wait a little before trying again by hand rather than retrying automatically.

# Causes

- The model name used where the deployment name is expected
- A typo in the deployment name
- A deployment on another resource or region
- A deployment created moments ago

# Solutions

- Use the deployment name shown in Azure AI Foundry or the portal
- Check the endpoint points at the resource that holds the deployment
- Wait a few minutes after creating a deployment

**Do first:** check the deployment name

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "DeploymentNotFound",
    "message": "The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again."
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/assafelovic/gpt-researcher/issues/980>
- <https://github.com/OpenBMB/AgentVerse/issues/140>
- <https://github.com/Azure/aistudio-copilot-sample/issues/81>
*/
    DeploymentNotFound,
    /**Resource not found: nothing answers at this path of the resource

| Status | Type | Code | Category |
|---|---|---|---|
| `404 Not Found` | `invalid_request_error` | `resource_not_found` (errspec's name: the server sends no code) | `not_found` |

The resource has nothing at the path called: a wrong endpoint path, an `api-version` the path does not exist in, or an endpoint of another resource. The body's code is the string `"404"`, which cannot be an entry name, so errspec recognises it by its message ("Resource not found"). A missing deployment gives `DeploymentNotFound` instead.

# Causes

- A wrong endpoint path or base URL (a missing `/openai/deployments/…` part)
- An `api-version` that does not offer the path
- An endpoint copied from another resource

# Solutions

- Compare the full request URL with the one the portal shows for the deployment
- Use an `api-version` that documents the operation

**Do first:** check the endpoint URL and api-version

# Retry

`no_retry`: Do not resend automatically: the cause (the key, permissions, billing, the content or size of the request) must be fixed by a person or by a code change, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "404",
    "message": "Resource not found"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `resource not found` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/microsoft/graphrag/issues/1863>
- <https://github.com/Farzad-R/Advanced-QA-and-RAG-Series/issues/5>
*/
    ResourceNotFound,
    /**Request timeout: the request took too long to arrive or be handled

| Status | Type | Code | Category |
|---|---|---|---|
| `408 Request Timeout` | `server_error` | `request_timeout` (also `Timeout`) | `timeout` |

A 408 answer: the service gave up on the request, for example a long generation that did not finish in time. Azure sends it with the code `Timeout`; a bare 408 has this entry too. The openai SDK's Azure client retries 408.

# Causes

- A long generation (a large `max_tokens`, a reasoning model) that outlasts the service's limit
- A slow upload or an unreliable network path

# Solutions

- Retry after a short pause
- Stream long generations, or ask for less output per request

**Do first:** retry after a short pause

# Retry

`transient_backoff`: For timeouts, conflicts and failing proxies (408, 409, 502, 504): an instant resend tends to meet the same stuck component, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Example body

```json
{
  "error": {
    "code": "Timeout",
    "message": "The operation was timeout."
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/langgenius/dify-official-plugins/issues/2199>
*/
    RequestTimeout,
    /**Conflict: the request clashed with another operation

| Status | Type | Code | Category |
|---|---|---|---|
| `409 Conflict` | `invalid_request_error` | `conflict` (errspec's name: the server sends no code) | `conflict` |

A 409 answer. No Azure body for it was found; errspec names it so the status has an entry. The openai SDK's Azure client retries 409.

# Causes

- Two operations on the same resource at once

# Solutions

- Retry after a short pause

**Do first:** retry after a short pause

# Retry

`transient_backoff`: For timeouts, conflicts and failing proxies (408, 409, 502, 504): an instant resend tends to meet the same stuck component, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Sources

Synthetic: errspec's own name for what a proxy or a bare status produces.

*/
    Conflict,
    /**Token rate limit exceeded: the deployment's tokens-per-minute allowance is used up

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `invalid_request_error` | `token_rate_limit_exceeded` (errspec's name: the server sends no code) (also `rate_limit_exceeded`) | `rate_limit` |

The deployment received more tokens per minute than its pricing tier or quota allows. The body's code is the string `"429"` (not a valid entry name), so errspec recognises it by its message, which ends with "Please retry after N seconds". Limits are checked against an estimate made when the request arrives, `max_tokens` included, so this can happen while the usage charts look low. The runtime reads the seconds from this wording when no header gives a delay. Through the Responses API the same limit arrives as a `response.failed` stream event whose error code is `rate_limit_exceeded`. A very long figure (86400 seconds has been seen) means a lock-out for the day rather than a short throttle.

# Causes

- Bursts that pass the tokens-per-minute limit
- A large `max_tokens` counted in full against the limit
- A low quota on the deployment or tier

# Solutions

- Back off and retry, honouring `retry-after` and the figure in the message
- Lower `max_tokens` to what is needed
- Raise the deployment's quota or spread load over deployments

**Do first:** wait, then retry

# Retry

`exponential_backoff`: For throttling: wait about 1 s, 2 s, 4 s, 8 s and 16 s before the five retries, each with up to 1 s of random jitter so that many clients do not come back at the same instant; no backoff wait is longer than 60 s. A delay the server names (retry-after-ms, Retry-After, a "try again in" in the message) takes the place of the backoff, up to the runtime's ceiling for hints (exponential backoff from 1000 ms, ×2 per retry, plus up to 1000 ms of jitter; at most 6 attempts, no wait longer than 60000 ms).

# Example body

```json
{
  "error": {
    "code": "429",
    "message": "Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2023-05-15 have exceeded token rate limit of your current AIServices S0 pricing tier. Please retry after 86400 seconds. Please contact Azure support service if you would like to further increase the default rate limit."
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `exceeded token rate limit` or `please retry after` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/jasonacox/TinyLLM/issues/17>
- <https://github.com/earendil-works/pi/pull/1458>
- <https://learn.microsoft.com/en-us/microsoft-cloud/dev/dev-proxy/concepts/azure-openai-429-token-rate-limit>
*/
    TokenRateLimitExceeded,
    /**Rate limit exceeded: too many requests for the deployment right now

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `invalid_request_error` | `too_many_requests` (errspec's name: the server sends no code) | `rate_limit` |

The deployment's request or token rate was exceeded. The body's code is the string `"429"`, which cannot be an entry name, so errspec recognises it by its message ("Rate limit is exceeded. Try again in N seconds.") or, failing that, by the status: it is the entry for any 429 nothing else claims. Each deployment has a tokens-per-minute limit and a requests-per-minute limit derived from it.

# Causes

- Bursts of requests above the deployment's limits
- Several clients sharing one deployment

# Solutions

- Back off and retry, honouring `retry-after`, `retry-after-ms` and the figure in the message
- Pace requests on the client side
- Raise the quota or add deployments

**Do first:** wait, then retry

# Retry

`exponential_backoff`: For throttling: wait about 1 s, 2 s, 4 s, 8 s and 16 s before the five retries, each with up to 1 s of random jitter so that many clients do not come back at the same instant; no backoff wait is longer than 60 s. A delay the server names (retry-after-ms, Retry-After, a "try again in" in the message) takes the place of the backoff, up to the runtime's ceiling for hints (exponential backoff from 1000 ms, ×2 per retry, plus up to 1000 ms of jitter; at most 6 attempts, no wait longer than 60000 ms).

# Example body

```json
{
  "error": {
    "code": "429",
    "message": "Rate limit is exceeded. Try again in 50 seconds."
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `rate limit is exceeded` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/Azure-Samples/graphrag-accelerator/issues/129>
- <https://github.com/microsoft/copilot-camp/issues/551>
- <https://learn.microsoft.com/en-us/microsoft-cloud/dev/dev-proxy/concepts/azure-openai-429-token-rate-limit>
*/
    TooManyRequests,
    /**Server error: the service failed while handling the request

| Status | Type | Code | Category |
|---|---|---|---|
| `500 Internal Server Error` | `server_error` | `server_error` | `server` |

An unexpected failure inside the Azure OpenAI service. The code is `server_error` or null; bodies without a code are recognised by type or status. An API Management gateway in front of the service answers its own 500 with `{"statusCode": 500, "message": "Internal server error"}`, which also lands here by status. A malformed request can occasionally produce a 500 as well; if retries keep failing, check the request.

# Causes

- A passing fault in the service
- An incident in the region
- Rarely, a malformed request the service failed to reject properly

# Solutions

- Retry once at once, then with growing delays
- Quote the request id from the message or the `apim-request-id` header to support
- Check the request when the error repeats

**Do first:** retry, then report with the request id

# Retry

`immediate_then_backoff`: For a passing failure inside the service (500): resend once straight away, because another machine often takes the retry, then wait about 1 s, 2 s and 4 s with up to 0.5 s of jitter; five attempts in all and no wait longer than 30 s (1 immediate retry, then exponential backoff from 1000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 5 attempts, no wait longer than 30000 ms).

# Example body

```json
{
  "error": {
    "code": "server_error",
    "message": "An error occurred while processing your request. You can retry your request, or contact us through an Azure support request at: https://go.microsoft.com/fwlink/?linkid=2213926 if the error persists. Please include the request ID 394a40f7-7222-4168-9fc5-b61bb7cd76f3 in your message.",
    "param": null,
    "type": "server_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `the server had an error` or `an error occurred while processing your request` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/microsoft/agent-framework/issues/2525>
- <https://github.com/Azure/azure-sdk-for-python/issues/40812>
- <https://github.com/Azure-Samples/azure-search-openai-demo/issues/1390>
- <https://github.com/diemus/azure-openai-proxy/issues/17>
*/
    ServerError,
    /**Bad gateway: a proxy in front of the service got no usable answer

| Status | Type | Code | Category |
|---|---|---|---|
| `502 Bad Gateway` | `server_error` | `bad_gateway` (errspec's name: the server sends no code) | `gateway` |

A 502 from a gateway between the client and the model. No Azure body for it was found; errspec names it so the status has an entry. The openai SDK's Azure client retries every status from 500 up.

# Causes

- A backend restart or a broken connection behind the gateway
- A proxy of your own failing

# Solutions

- Retry after a short delay
- Check the logs of any gateway you run

**Do first:** retry after a short delay

# Retry

`transient_backoff`: For timeouts, conflicts and failing proxies (408, 409, 502, 504): an instant resend tends to meet the same stuck component, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Sources

Synthetic: errspec's own name for what a proxy or a bare status produces.

*/
    BadGateway,
    /**Service unavailable: the service cannot take requests right now

| Status | Type | Code | Category |
|---|---|---|---|
| `503 Service Unavailable` | `server_error` | `service_unavailable` (errspec's name: the server sends no code) | `overloaded` |

A 503 answer. No Azure body for it was found; errspec names it so the status has an entry.

# Causes

- Capacity trouble or maintenance in the region

# Solutions

- Retry with backoff
- Fail over to a deployment in another region

**Do first:** retry shortly

# Retry

`immediate_then_backoff`: For a passing failure inside the service (500): resend once straight away, because another machine often takes the retry, then wait about 1 s, 2 s and 4 s with up to 0.5 s of jitter; five attempts in all and no wait longer than 30 s (1 immediate retry, then exponential backoff from 1000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 5 attempts, no wait longer than 30000 ms).

# Sources

Synthetic: errspec's own name for what a proxy or a bare status produces.

*/
    ServiceUnavailable,
    /**Gateway timeout: a proxy stopped waiting for the service

| Status | Type | Code | Category |
|---|---|---|---|
| `504 Gateway Timeout` | `server_error` | `gateway_timeout` (errspec's name: the server sends no code) | `gateway` |

A 504 answer. No Azure body for it was found; errspec names it so the status has an entry. Long non-streaming generations are the usual cause.

# Causes

- A long generation without streaming
- A gateway with a short timeout

# Solutions

- Retry after a short delay
- Stream long responses

**Do first:** retry, or stream long requests

# Retry

`transient_backoff`: For timeouts, conflicts and failing proxies (408, 409, 502, 504): an instant resend tends to meet the same stuck component, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Sources

Synthetic: errspec's own name for what a proxy or a bare status produces.

*/
    GatewayTimeout,
}
#[allow(deprecated)]
impl ErrorCode {
    /// Every code, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::OperationNotSupported,
        Self::BadRequest,
        Self::ContentFilter,
        Self::ContextLengthExceeded,
        Self::UnsupportedParameter,
        Self::UnsupportedValue,
        Self::PermissionDenied,
        Self::Unauthorized,
        Self::MissingSubscriptionKey,
        Self::AuthenticationTypeDisabled,
        Self::Forbidden,
        Self::TokenQuotaExceeded,
        Self::DeploymentNotFound,
        Self::ResourceNotFound,
        Self::RequestTimeout,
        Self::Conflict,
        Self::TokenRateLimitExceeded,
        Self::TooManyRequests,
        Self::ServerError,
        Self::BadGateway,
        Self::ServiceUnavailable,
        Self::GatewayTimeout,
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
                21, 2, 2, 14, 16,
            ],
            slots: &[
                0, 0, 6, 18, 24, 0, 0, 0, 0, 11, 12, 17, 0, 0, 13, 0, 0, 0, 0, 0, 9, 0,
                5, 0, 3, 20, 0, 0, 0, 0, 0, 23, 0, 16, 0, 0, 0, 26, 4, 0, 21, 10, 0, 0,
                19, 0, 1, 0, 0, 0, 8, 0, 0, 0, 0, 2, 7, 25, 14, 0, 15, 22, 0, 0,
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
        static TYPE_OF: [u32; 22] = [
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1,
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
        pub(super) static TEXTS: [EntryText; 22] = [
            EntryText {
                prose: r#"OperationNotSupported␟The deployment's model does not offer the operation called: chat completions sent to a model deployed for embeddings or completions, or a model version the operation does not take. Resending it unchanged fails the same way.␟use a deployment whose model supports the operation␟{
  "error": {
    "code": "OperationNotSupported",
    "message": "The chatCompletion operation does not work with the specified model, gpt-4o-mini. Please choose different model and try again."
  }
}␟A deployment name that points at a model of another kind␟A model or model version the operation does not support␟Call the operation the deployed model supports, or deploy a model that supports this one␟Check which deployment the client is configured to use␟https://github.com/run-llama/llama_index/issues/16503"#,
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"BadRequest␟A 400 that no more specific entry claims. errspec names it so that a bare 400 has an entry; read the message for the field at fault.␟fix the request␟␟A malformed body or a parameter the deployment does not accept␟An `api-version` that lacks the feature used␟Read the message and correct the request␟Check the request against the API version in use",
                counts: (2, 2),
                provenance: Provenance::Synthetic,
                ..T
            },
            EntryText {
                prose: r#"ContentFilter␟Azure's content filter judged the prompt (or what it would produce) to fall into a blocked category. The body's `code` is `content_filter` and its `type` null; usually an `innererror` with the code `ResponsibleAIPolicyViolation` lists each category (hate, self-harm, sexual, violence, sometimes jailbreak) with whether it was filtered and how severe it was. Image generation reports the same refusal with the code `content_policy_violation` and the same inner error. The same prompt is filtered again, so it must not be resent unchanged.␟change the prompt␟{
  "error": {
    "code": "content_filter",
    "innererror": {
      "code": "ResponsibleAIPolicyViolation",
      "content_filter_result": {
        "hate": {
          "filtered": false,
          "severity": "safe"
        },
        "self_harm": {
          "filtered": false,
          "severity": "safe"
        },
        "sexual": {
          "filtered": false,
          "severity": "safe"
        },
        "violence": {
          "filtered": true,
          "severity": "medium"
        }
      }
    },
    "message": "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry. To learn more about our content filtering policies please read our documentation: https://go.microsoft.com/fwlink/?linkid=2198766",
    "param": "prompt",
    "status": 400,
    "type": null
  }
}␟Prompt text in one of the filtered categories, including false positives on harmless text␟A jailbreak attempt detected in the input␟A filter configuration stricter than the use case needs␟Read `innererror.content_filter_result` to see which category fired␟Rephrase or remove the offending content␟Ask for a custom content-filter configuration for the deployment if the use case needs it␟https://github.com/vibrantlabsai/ragas/issues/649␟https://github.com/compl-ai/compl-ai/issues/20␟https://github.com/openai/openai-dotnet/issues/55␟https://github.com/stanford-crfm/helm/pull/3327␟https://github.com/BerriAI/litellm/issues/16072"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"ContextLengthExceeded␟The input tokens and the room reserved for output add up to more than the deployed model's context window. The message gives the limit and the count. Azure passes on OpenAI's code and wording unchanged.␟shorten the input␟{
  "error": {
    "code": "context_length_exceeded",
    "message": "This model's maximum context length is 8192 tokens. However, your messages resulted in 10383 tokens. Please reduce the length of the messages.",
    "param": "messages",
    "type": "invalid_request_error"
  }
}␟A conversation resent whole on every turn␟Retrieved passages or documents pasted into the prompt␟An output budget (`max_tokens`) that leaves too little room for the input␟Count tokens before sending and trim to fit␟Lower `max_tokens`␟Deploy a model with a larger window␟https://github.com/microsoft/kernel-memory/issues/516␟https://github.com/Azure-Samples/azure-search-openai-demo/issues/1199"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"UnsupportedParameter␟The deployment's model refuses a parameter the API otherwise knows, as OpenAI's own API does: reasoning models deployed on Azure want `max_completion_tokens` rather than `max_tokens` and take no `temperature`. `param` names the parameter and the message usually the replacement. The same request fails again until it changes.␟remove or rename the parameter␟{
  "error": {
    "code": "unsupported_parameter",
    "message": "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
    "param": "max_tokens",
    "type": "invalid_request_error"
  }
}␟`max_tokens` sent to a reasoning-model deployment␟Sampling settings sent to a model that fixes them␟Request settings written for another deployment's model␟Rename or drop the parameter as the message says␟Keep request settings per deployment␟https://github.com/langgenius/dify/issues/9746␟https://github.com/owndev/Open-WebUI-Functions/issues/136␟https://github.com/obot-platform/obot/issues/2862"#,
                counts: (3, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"UnsupportedValue␟The parameter is accepted but not with this value by the deployment's model: reasoning models only take the default `temperature`. `param` names the parameter; the message names the value allowed.␟change or drop the value of the parameter named in `param`␟{
  "error": {
    "code": "unsupported_value",
    "message": "Unsupported value: 'temperature' does not support 0.2 with this model. Only the default (1) value is supported.",
    "param": "temperature",
    "type": "invalid_request_error"
  }
}␟A non-default `temperature` or `top_p` sent to a reasoning-model deployment␟Settings copied from a request for another model␟Send the value the message names, or leave the parameter out␟https://github.com/microsoft/vscode/issues/253673␟https://github.com/holoviz/lumen/pull/1087"#,
                counts: (2, 1),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"PermissionDenied␟The caller authenticated (usually with an Entra ID token) but its identity has no role that allows the operation on this resource.␟grant the identity a role on the resource␟{
  "error": {
    "code": "PermissionDenied",
    "message": "Principal does not have access to API/Operation."
  }
}␟An Entra ID identity without a Cognitive Services OpenAI role on the resource␟A role assigned on another resource or scope␟Assign the identity a role such as Cognitive Services OpenAI User on the resource␟Wait for a new role assignment to take effect, then retry by hand␟https://github.com/microsoft/PromptWizard/issues/18"#,
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"Unauthorized␟The resource rejected the key, or the request went to an endpoint that does not match the key's resource or region. The body's code is either `Unauthorized` or the string `"401"`; a code of digits cannot be an entry name, so those bodies are recognised by the message, and a 401 without a body by its status.␟check the key and the endpoint␟{
  "error": {
    "code": "Unauthorized",
    "message": "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."
  }
}␟A wrong, rotated or deleted key␟A key of one resource used against another resource's endpoint␟A wrong regional endpoint␟An empty body from a client that sent no credentials at all␟Copy the key and endpoint from the same resource in the Azure portal␟Send the key in the `api-key` header, or use Entra ID tokens␟Check the endpoint's region and resource name␟https://github.com/vercel/chatbot/issues/588␟https://github.com/SciSharp/BotSharp/issues/386␟https://github.com/microsoft/semantic-kernel/issues/10337␟https://github.com/microsoft/copilot-camp/issues/309"#,
                counts: (4, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"MissingSubscriptionKey␟An Azure API Management gateway in front of the service received no subscription key. Its body is `{"statusCode": 401, "message": …}`, without an `error` wrapper, code or type, so errspec recognises it by the message.␟send the subscription key␟{
  "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.",
  "statusCode": 401
}␟The key is sent under a header name the gateway does not read␟An empty key variable␟A client configured for Azure OpenAI pointed at an API Management front end␟Send the gateway's subscription key in the header it expects (often `Ocp-Apim-Subscription-Key` or `api-key`, as configured)␟Check the gateway's policy for the key it requires␟https://github.com/openai/openai-python/issues/1527␟https://github.com/Azure-Samples/openai-apim-lb/issues/31"#,
                counts: (3, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"AuthenticationTypeDisabled␟The resource has key-based (local) authentication turned off, so a request signed with an `api-key` is refused whatever the key; only Microsoft Entra ID tokens are accepted.␟authenticate with Entra ID␟{
  "error": {
    "code": "AuthenticationTypeDisabled",
    "message": "Key based authentication is disabled for this resource."
  }
}␟Local authentication disabled on the resource by its owner or by policy␟A client configured with a key for a resource that requires Entra ID␟Authenticate with a Microsoft Entra ID token and give the caller a role on the resource␟Ask the resource owner to allow key authentication, if policy permits it␟https://github.com/microsoft/sample-app-aoai-chatGPT/issues/1000"#,
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"Forbidden␟A 403 that no more specific entry claims. errspec names it so that a bare 403 has an entry. Behind an API Management gateway a 403 can also mean a spent token quota (`token_quota_exceeded`), which only the gateway's message can tell.␟check access rights␟␟Missing role assignment or network rule for the caller␟A gateway policy refusing the request␟Check the caller's roles and the resource's network settings␟Read the message for the policy involved",
                counts: (2, 2),
                provenance: Provenance::Synthetic,
                ..T
            },
            EntryText {
                prose: r"TokenQuotaExceeded␟Azure API Management's token-limit policy refuses requests with 403 once a token quota over a period (an hour, a day, a month) is used up, as opposed to 429 for a token rate. It lasts until the period ends, so retries are pointless. No body of it was found in public, so errspec cannot recognise it yet and such a 403 is classified as `forbidden`.␟wait for the quota period or raise the quota␟␟The consumer used all the tokens its quota grants for the period␟Wait for the quota period to end␟Ask the gateway's owner for a larger quota␟https://learn.microsoft.com/en-nz/azure/api-management/azure-openai-token-limit-policy",
                counts: (1, 2),
                ..T
            },
            EntryText {
                prose: r#"DeploymentNotFound␟The deployment named in the URL does not exist on the resource. Azure addresses models by deployment name, not model name, so a model name in its place gives this error. A deployment created in the last few minutes may also not be ready; wait a little before trying again by hand rather than retrying automatically.␟check the deployment name␟{
  "error": {
    "code": "DeploymentNotFound",
    "message": "The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again."
  }
}␟The model name used where the deployment name is expected␟A typo in the deployment name␟A deployment on another resource or region␟A deployment created moments ago␟Use the deployment name shown in Azure AI Foundry or the portal␟Check the endpoint points at the resource that holds the deployment␟Wait a few minutes after creating a deployment␟https://github.com/assafelovic/gpt-researcher/issues/980␟https://github.com/OpenBMB/AgentVerse/issues/140␟https://github.com/Azure/aistudio-copilot-sample/issues/81"#,
                counts: (4, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"ResourceNotFound␟The resource has nothing at the path called: a wrong endpoint path, an `api-version` the path does not exist in, or an endpoint of another resource. The body's code is the string `"404"`, which cannot be an entry name, so errspec recognises it by its message ("Resource not found"). A missing deployment gives `DeploymentNotFound` instead.␟check the endpoint URL and api-version␟{
  "error": {
    "code": "404",
    "message": "Resource not found"
  }
}␟A wrong endpoint path or base URL (a missing `/openai/deployments/…` part)␟An `api-version` that does not offer the path␟An endpoint copied from another resource␟Compare the full request URL with the one the portal shows for the deployment␟Use an `api-version` that documents the operation␟https://github.com/microsoft/graphrag/issues/1863␟https://github.com/Farzad-R/Advanced-QA-and-RAG-Series/issues/5"#,
                counts: (3, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"RequestTimeout␟A 408 answer: the service gave up on the request, for example a long generation that did not finish in time. Azure sends it with the code `Timeout`; a bare 408 has this entry too. The openai SDK's Azure client retries 408.␟retry after a short pause␟{
  "error": {
    "code": "Timeout",
    "message": "The operation was timeout."
  }
}␟A long generation (a large `max_tokens`, a reasoning model) that outlasts the service's limit␟A slow upload or an unreliable network path␟Retry after a short pause␟Stream long generations, or ask for less output per request␟https://github.com/langgenius/dify-official-plugins/issues/2199"#,
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"Conflict␟A 409 answer. No Azure body for it was found; errspec names it so the status has an entry. The openai SDK's Azure client retries 409.␟retry after a short pause␟␟Two operations on the same resource at once␟Retry after a short pause",
                counts: (1, 1),
                provenance: Provenance::Synthetic,
                ..T
            },
            EntryText {
                prose: r#"TokenRateLimitExceeded␟The deployment received more tokens per minute than its pricing tier or quota allows. The body's code is the string `"429"` (not a valid entry name), so errspec recognises it by its message, which ends with "Please retry after N seconds". Limits are checked against an estimate made when the request arrives, `max_tokens` included, so this can happen while the usage charts look low. The runtime reads the seconds from this wording when no header gives a delay. Through the Responses API the same limit arrives as a `response.failed` stream event whose error code is `rate_limit_exceeded`. A very long figure (86400 seconds has been seen) means a lock-out for the day rather than a short throttle.␟wait, then retry␟{
  "error": {
    "code": "429",
    "message": "Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2023-05-15 have exceeded token rate limit of your current AIServices S0 pricing tier. Please retry after 86400 seconds. Please contact Azure support service if you would like to further increase the default rate limit."
  }
}␟Bursts that pass the tokens-per-minute limit␟A large `max_tokens` counted in full against the limit␟A low quota on the deployment or tier␟Back off and retry, honouring `retry-after` and the figure in the message␟Lower `max_tokens` to what is needed␟Raise the deployment's quota or spread load over deployments␟https://github.com/jasonacox/TinyLLM/issues/17␟https://github.com/earendil-works/pi/pull/1458␟https://learn.microsoft.com/en-us/microsoft-cloud/dev/dev-proxy/concepts/azure-openai-429-token-rate-limit"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"TooManyRequests␟The deployment's request or token rate was exceeded. The body's code is the string `"429"`, which cannot be an entry name, so errspec recognises it by its message ("Rate limit is exceeded. Try again in N seconds.") or, failing that, by the status: it is the entry for any 429 nothing else claims. Each deployment has a tokens-per-minute limit and a requests-per-minute limit derived from it.␟wait, then retry␟{
  "error": {
    "code": "429",
    "message": "Rate limit is exceeded. Try again in 50 seconds."
  }
}␟Bursts of requests above the deployment's limits␟Several clients sharing one deployment␟Back off and retry, honouring `retry-after`, `retry-after-ms` and the figure in the message␟Pace requests on the client side␟Raise the quota or add deployments␟https://github.com/Azure-Samples/graphrag-accelerator/issues/129␟https://github.com/microsoft/copilot-camp/issues/551␟https://learn.microsoft.com/en-us/microsoft-cloud/dev/dev-proxy/concepts/azure-openai-429-token-rate-limit"#,
                counts: (2, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"ServerError␟An unexpected failure inside the Azure OpenAI service. The code is `server_error` or null; bodies without a code are recognised by type or status. An API Management gateway in front of the service answers its own 500 with `{"statusCode": 500, "message": "Internal server error"}`, which also lands here by status. A malformed request can occasionally produce a 500 as well; if retries keep failing, check the request.␟retry, then report with the request id␟{
  "error": {
    "code": "server_error",
    "message": "An error occurred while processing your request. You can retry your request, or contact us through an Azure support request at: https://go.microsoft.com/fwlink/?linkid=2213926 if the error persists. Please include the request ID 394a40f7-7222-4168-9fc5-b61bb7cd76f3 in your message.",
    "param": null,
    "type": "server_error"
  }
}␟A passing fault in the service␟An incident in the region␟Rarely, a malformed request the service failed to reject properly␟Retry once at once, then with growing delays␟Quote the request id from the message or the `apim-request-id` header to support␟Check the request when the error repeats␟https://github.com/microsoft/agent-framework/issues/2525␟https://github.com/Azure/azure-sdk-for-python/issues/40812␟https://github.com/Azure-Samples/azure-search-openai-demo/issues/1390␟https://github.com/diemus/azure-openai-proxy/issues/17"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"BadGateway␟A 502 from a gateway between the client and the model. No Azure body for it was found; errspec names it so the status has an entry. The openai SDK's Azure client retries every status from 500 up.␟retry after a short delay␟␟A backend restart or a broken connection behind the gateway␟A proxy of your own failing␟Retry after a short delay␟Check the logs of any gateway you run",
                counts: (2, 2),
                provenance: Provenance::Synthetic,
                ..T
            },
            EntryText {
                prose: r"ServiceUnavailable␟A 503 answer. No Azure body for it was found; errspec names it so the status has an entry.␟retry shortly␟␟Capacity trouble or maintenance in the region␟Retry with backoff␟Fail over to a deployment in another region",
                counts: (1, 2),
                provenance: Provenance::Synthetic,
                ..T
            },
            EntryText {
                prose: r"GatewayTimeout␟A 504 answer. No Azure body for it was found; errspec names it so the status has an entry. Long non-streaming generations are the usual cause.␟retry, or stream long requests␟␟A long generation without streaming␟A gateway with a short timeout␟Retry after a short delay␟Stream long responses",
                counts: (2, 2),
                provenance: Provenance::Synthetic,
                ..T
            },
        ];
        pub(super) static ENTRIES: [Entry; 22] = [
            Entry {
                code: "OperationNotSupported",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"operation not supported: the deployed model cannot serve this operation",
                retry: &POLICY_3,
                text: &TEXTS[0],
                ..D
            },
            Entry {
                code: "bad_request",
                status: 400,
                error_type: "invalid_request_error",
                null_code: true,
                fallback: true,
                category: Category::InvalidRequest,
                message: r"bad request: the service refused the request as sent",
                retry: &POLICY_3,
                text: &TEXTS[1],
                ..D
            },
            Entry {
                code: "content_filter",
                status: 400,
                alias_codes: &[
                    "ResponsibleAIPolicyViolation",
                    "content_policy_violation",
                ],
                error_type: "invalid_request_error",
                patterns: &["content management policy"],
                category: Category::InvalidRequest,
                message: r"content filtered: the prompt tripped Azure's content management policy",
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
                message: r"context length exceeded: the prompt plus the requested output do not fit the model's window",
                retry: &POLICY_3,
                text: &TEXTS[3],
                ..D
            },
            Entry {
                code: "unsupported_parameter",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"unsupported parameter: the deployed model does not take this parameter",
                retry: &POLICY_3,
                text: &TEXTS[4],
                ..D
            },
            Entry {
                code: "unsupported_value",
                status: 400,
                error_type: "invalid_request_error",
                category: Category::InvalidRequest,
                message: r"unsupported value: the deployed model does not accept this value",
                retry: &POLICY_3,
                text: &TEXTS[5],
                ..D
            },
            Entry {
                code: "PermissionDenied",
                status: 401,
                alias_statuses: &[403],
                error_type: "invalid_request_error",
                category: Category::Permission,
                message: r"permission denied: the signed-in principal may not call this operation",
                retry: &POLICY_3,
                text: &TEXTS[6],
                ..D
            },
            Entry {
                code: "Unauthorized",
                status: 401,
                error_type: "invalid_request_error",
                patterns: &[r"access denied due to invalid subscription key"],
                fallback: true,
                category: Category::Authentication,
                message: r"access denied: the key is invalid or the endpoint is wrong",
                retry: &POLICY_3,
                text: &TEXTS[7],
                ..D
            },
            Entry {
                code: "missing_subscription_key",
                status: 401,
                error_type: "invalid_request_error",
                patterns: &["missing subscription key"],
                null_code: true,
                category: Category::Authentication,
                message: r"missing subscription key: the API Management gateway got no key",
                retry: &POLICY_3,
                text: &TEXTS[8],
                ..D
            },
            Entry {
                code: "AuthenticationTypeDisabled",
                status: 403,
                error_type: "invalid_request_error",
                category: Category::Permission,
                message: r"authentication type disabled: the resource does not accept API keys",
                retry: &POLICY_3,
                text: &TEXTS[9],
                ..D
            },
            Entry {
                code: "forbidden",
                status: 403,
                error_type: "invalid_request_error",
                null_code: true,
                fallback: true,
                category: Category::Permission,
                message: r"forbidden: the request is not allowed",
                retry: &POLICY_3,
                text: &TEXTS[10],
                ..D
            },
            Entry {
                code: "token_quota_exceeded",
                status: 403,
                error_type: "invalid_request_error",
                null_code: true,
                category: Category::Quota,
                message: r"token quota exceeded: the gateway's token quota for the period is spent",
                retry: &POLICY_3,
                text: &TEXTS[11],
                ..D
            },
            Entry {
                code: "DeploymentNotFound",
                status: 404,
                error_type: "invalid_request_error",
                fallback: true,
                category: Category::NotFound,
                message: r"deployment not found: no deployment of that name exists on this resource",
                retry: &POLICY_3,
                text: &TEXTS[12],
                ..D
            },
            Entry {
                code: "resource_not_found",
                status: 404,
                error_type: "invalid_request_error",
                patterns: &["resource not found"],
                null_code: true,
                category: Category::NotFound,
                message: r"resource not found: nothing answers at this path of the resource",
                retry: &POLICY_3,
                text: &TEXTS[13],
                ..D
            },
            Entry {
                code: "request_timeout",
                status: 408,
                alias_codes: &["Timeout"],
                error_type: "server_error",
                fallback: true,
                category: Category::Timeout,
                message: r"request timeout: the request took too long to arrive or be handled",
                retry: &POLICY_2,
                text: &TEXTS[14],
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
                text: &TEXTS[15],
                ..D
            },
            Entry {
                code: "token_rate_limit_exceeded",
                status: 429,
                alias_codes: &["rate_limit_exceeded"],
                error_type: "invalid_request_error",
                patterns: &["exceeded token rate limit", "please retry after"],
                null_code: true,
                category: Category::RateLimit,
                message: r"token rate limit exceeded: the deployment's tokens-per-minute allowance is used up",
                retry: &POLICY_0,
                text: &TEXTS[16],
                ..D
            },
            Entry {
                code: "too_many_requests",
                status: 429,
                error_type: "invalid_request_error",
                patterns: &["rate limit is exceeded"],
                null_code: true,
                fallback: true,
                category: Category::RateLimit,
                message: r"rate limit exceeded: too many requests for the deployment right now",
                retry: &POLICY_0,
                text: &TEXTS[17],
                ..D
            },
            Entry {
                code: "server_error",
                status: 500,
                error_type: "server_error",
                patterns: &[
                    "the server had an error",
                    r"an error occurred while processing your request",
                ],
                fallback: true,
                category: Category::Server,
                message: r"server error: the service failed while handling the request",
                retry: &POLICY_1,
                text: &TEXTS[18],
                ..D
            },
            Entry {
                code: "bad_gateway",
                status: 502,
                error_type: "server_error",
                null_code: true,
                fallback: true,
                category: Category::Gateway,
                message: r"bad gateway: a proxy in front of the service got no usable answer",
                retry: &POLICY_2,
                text: &TEXTS[19],
                ..D
            },
            Entry {
                code: "service_unavailable",
                status: 503,
                error_type: "server_error",
                null_code: true,
                fallback: true,
                category: Category::Overloaded,
                message: r"service unavailable: the service cannot take requests right now",
                retry: &POLICY_1,
                text: &TEXTS[20],
                ..D
            },
            Entry {
                code: "gateway_timeout",
                status: 504,
                error_type: "server_error",
                null_code: true,
                fallback: true,
                category: Category::Gateway,
                message: r"gateway timeout: a proxy stopped waiting for the service",
                retry: &POLICY_2,
                text: &TEXTS[21],
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
        name: "azure_openai",
        title: "Azure OpenAI",
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
                (400, 2, "content management policy", 19),
                (400, 3, "maximum context length", 2),
                (401, 7, r"access denied due to invalid subscription key", 42),
                (401, 8, "missing subscription key", 21),
                (404, 13, "resource not found", 13),
                (429, 16, "exceeded token rate limit", 1),
                (429, 16, "please retry after", 0),
                (429, 17, "rate limit is exceeded", 15),
                (500, 18, "the server had an error", 7),
                (500, 18, r"an error occurred while processing your request", 42),
            ],
            refinements: &[],
            by_status: &[
                (400, 1),
                (401, 7),
                (403, 10),
                (404, 12),
                (408, 14),
                (409, 15),
                (429, 17),
                (500, 18),
                (502, 19),
                (503, 20),
                (504, 21),
            ],
            by_type: &[
                (400, "invalid_request_error", 1),
                (401, "invalid_request_error", 7),
                (403, "invalid_request_error", 10),
                (404, "invalid_request_error", 12),
                (408, "server_error", 14),
                (409, "invalid_request_error", 15),
                (429, "invalid_request_error", 17),
                (500, "server_error", 18),
                (502, "server_error", 19),
                (503, "server_error", 20),
                (504, "server_error", 21),
            ],
        };
        ::core::option::Option::Some(&TABLES)
    }
}
::errspec::runtime::__private::impl_serde!(
    ErrorCode, ErrorCode::from_code, "an error code of the Azure OpenAI"
);
///Error types (`error.type`) of the Azure OpenAI.
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
    /**`invalid_request_error`: The OpenAI-shaped type for a request refused as sent (context overflow and the like). errspec also files here the Azure errors whose body carries no `type` at all: the two-member `{"error":{"code","message"}}` bodies of the service's front end, API Management's `{"statusCode","message"}` bodies and the content filter, whose `type` is null.

Codes of this type: `OperationNotSupported`, `bad_request`, `content_filter`, `context_length_exceeded`, `unsupported_parameter`, `unsupported_value`, `PermissionDenied`, `Unauthorized`, `missing_subscription_key`, `AuthenticationTypeDisabled`, `forbidden`, `token_quota_exceeded`, `DeploymentNotFound`, `resource_not_found`, `conflict`, `token_rate_limit_exceeded`, `too_many_requests`.*/
    InvalidRequestError,
    /**`server_error`: Something failed inside the Azure OpenAI service; sent with status 500, with the code `server_error` or null.

Codes of this type: `request_timeout`, `server_error`, `bad_gateway`, `service_unavailable`, `gateway_timeout`.*/
    ServerError,
}
impl ErrorType {
    /// Every error type, in spec order.
    pub const ALL: &'static [Self] = &[Self::InvalidRequestError, Self::ServerError];
    /// The spec's entry for this type.
    pub fn entry(self) -> &'static ::errspec::runtime::ErrorTypeEntry {
        static ENTRIES: [::errspec::runtime::ErrorTypeEntry; 2usize] = [
            ::errspec::runtime::ErrorTypeEntry {
                name: "invalid_request_error",
                variant: "InvalidRequestError",
                description: "The OpenAI-shaped type for a request refused as sent (context overflow and the like). errspec also files here the Azure errors whose body carries no `type` at all: the two-member `{\"error\":{\"code\",\"message\"}}` bodies of the service's front end, API Management's `{\"statusCode\",\"message\"}` bodies and the content filter, whose `type` is null.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "server_error",
                variant: "ServerError",
                description: "Something failed inside the Azure OpenAI service; sent with status 500, with the code `server_error` or null.",
            },
        ];
        &ENTRIES[self as usize]
    }
    /// The type for a server's type string, if the spec knows it.
    pub fn from_name(name: &str) -> ::core::option::Option<Self> {
        match name {
            "invalid_request_error" => {
                ::core::option::Option::Some(Self::InvalidRequestError)
            }
            "server_error" => ::core::option::Option::Some(Self::ServerError),
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
    ErrorType, ErrorType::from_name, "an error type of the Azure OpenAI"
);
#[doc(hidden)]
#[macro_export]
macro_rules! __errspec_catalog_azure_openai_ErrorCode {
    ([$($callback:tt)*] $($input:tt)*) => {
        $($callback)* ! { { format = 1, title = "Azure OpenAI", codes = {
        "OperationNotSupported" => OperationNotSupported, "bad_request" => BadRequest,
        "content_filter" | "ResponsibleAIPolicyViolation" | "content_policy_violation" =>
        ContentFilter, "context_length_exceeded" => ContextLengthExceeded,
        "unsupported_parameter" => UnsupportedParameter, "unsupported_value" =>
        UnsupportedValue, "PermissionDenied" => PermissionDenied, "Unauthorized" =>
        Unauthorized, "missing_subscription_key" => MissingSubscriptionKey,
        "AuthenticationTypeDisabled" => AuthenticationTypeDisabled, "forbidden" =>
        Forbidden, "token_quota_exceeded" => TokenQuotaExceeded, "DeploymentNotFound" =>
        DeploymentNotFound, "resource_not_found" => ResourceNotFound, "request_timeout" |
        "Timeout" => RequestTimeout, "conflict" => Conflict, "token_rate_limit_exceeded"
        | "rate_limit_exceeded" => TokenRateLimitExceeded, "too_many_requests" =>
        TooManyRequests, "server_error" => ServerError, "bad_gateway" => BadGateway,
        "service_unavailable" => ServiceUnavailable, "gateway_timeout" => GatewayTimeout,
        } } $($input)* }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __errspec_catalog_azure_openai_ErrorCode as ErrorCode;
