// @generated from `specs/litellm.json` by errspec-codegen: edit the spec, then write this file
// again with `ERRSPEC_BLESS=1 cargo test -p errspec-codegen --test bundled`.

/**Error codes of the LiteLLM proxy (spec `specs/litellm.json`, version 1).

Errors returned by the LiteLLM proxy (BerriAI/litellm), the OpenAI-compatible gateway that routes requests to many model providers. Its body is OpenAI's `{"error":{"message","type","param","code"}}`, but `code` is usually the HTTP status as a string (`"429"`; a number in older releases), and `type` and `param` are often the string `"None"` or null, so entries carry errspec's names and are recognised by message, type and status. Two kinds of error arrive: an upstream provider's error, which LiteLLM re-raises as `litellm.<Exception>: <Provider>Exception - <the provider's message>` with the provider's status (and, after failed fallbacks, `Received Model Group=` and the fallbacks tried), and the proxy's own errors about virtual keys, budgets, rate limits, model access and routing, whose `type` names them (`budget_exceeded`, `token_not_found_in_db`, `key_model_access_denied`) or whose message does (`No deployments available`). Every entry names LiteLLM's source, its documentation or public issue threads that quote real responses.

| Code | Status | Category | Retry |
|---|---|---|---|
| [`bad_request`](Self::BadRequest) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`content_policy_violation`](Self::ContentPolicyViolation) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`context_window_exceeded`](Self::ContextWindowExceeded) | 400 | context_length | [`no_retry`](#retry-strategies) |
| [`guardrail_violation`](Self::GuardrailViolation) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`invalid_model_name`](Self::InvalidModelName) | 400 | not_found | [`no_retry`](#retry-strategies) |
| [`unsupported_params`](Self::UnsupportedParams) | 400 | invalid_request | [`no_retry`](#retry-strategies) |
| [`expired_key`](Self::ExpiredKey) | 401, 400 | authentication | [`no_retry`](#retry-strategies) |
| [`invalid_virtual_key`](Self::InvalidVirtualKey) | 401, 400 | authentication | [`no_retry`](#retry-strategies) |
| [`missing_api_key`](Self::MissingApiKey) | 401 | authentication | [`no_retry`](#retry-strategies) |
| [`tag_routing_denied`](Self::TagRoutingDenied) | 401 | permission | [`no_retry`](#retry-strategies) |
| [`upstream_authentication_error`](Self::UpstreamAuthenticationError) | 401 | authentication | [`no_retry`](#retry-strategies) |
| [`model_access_denied`](Self::ModelAccessDenied) | 403, 401 | permission | [`no_retry`](#retry-strategies) |
| [`permission_denied`](Self::PermissionDenied) | 403 | permission | [`no_retry`](#retry-strategies) |
| [`resource_access_denied`](Self::ResourceAccessDenied) | 403 | permission | [`no_retry`](#retry-strategies) |
| [`not_found`](Self::NotFound) | 404 | not_found | [`no_retry`](#retry-strategies) |
| [`timeout`](Self::Timeout) | 408 | timeout | [`transient_backoff`](#retry-strategies) |
| [`unprocessable_entity`](Self::UnprocessableEntity) | 422 | invalid_request | [`no_retry`](#retry-strategies) |
| [`budget_exceeded`](Self::BudgetExceeded) | 429, 400, 401 | quota | [`no_retry`](#retry-strategies) |
| [`deployment_budget_exceeded`](Self::DeploymentBudgetExceeded) | 429 | quota | [`no_retry`](#retry-strategies) |
| [`no_deployments_available`](Self::NoDeploymentsAvailable) | 429 | overloaded | [`cooldown_backoff`](#retry-strategies) |
| [`rate_limited`](Self::RateLimited) | 429 | rate_limit | [`exponential_backoff`](#retry-strategies) |
| [`upstream_quota_exceeded`](Self::UpstreamQuotaExceeded) | 429 | quota | [`no_retry`](#retry-strategies) |
| [`api_connection_error`](Self::ApiConnectionError) | 500 | gateway | [`transient_backoff`](#retry-strategies) |
| [`internal_server_error`](Self::InternalServerError) | 500 | server | [`transient_backoff`](#retry-strategies) |
| [`bad_gateway`](Self::BadGateway) | 502 | gateway | [`transient_backoff`](#retry-strategies) |
| [`auth_provider_unavailable`](Self::AuthProviderUnavailable) | 503 | server | [`transient_backoff`](#retry-strategies) |
| [`no_db_connection`](Self::NoDbConnection) | 503 | server | [`transient_backoff`](#retry-strategies) |
| [`service_unavailable`](Self::ServiceUnavailable) | 503 | overloaded | [`transient_backoff`](#retry-strategies) |

# Retry strategies

- `exponential_backoff`: For rate limits: wait about 1 s, 2 s, 4 s, 8 s and 16 s before the five retries, each plus up to 1 s of random jitter; no backoff wait longer than 60 s. A delay the server names (the `retry-after` header the proxy's own limiter sends, or a "try again in" or "retry after" in the message) takes the place of the backoff, up to the runtime's ceiling for hints (exponential backoff from 1000 ms, ×2 per retry, plus up to 1000 ms of jitter; at most 6 attempts, no wait longer than 60000 ms).
- `cooldown_backoff`: For a model group whose deployments are all cooling down or filtered out: the router keeps a failing deployment out for a cooldown (5 s by default, 60 s in many messages) and names the wait in the message, so start at 5 s and double, four attempts at most, no wait above 60 s; a named delay takes the place of the backoff (exponential backoff from 5000 ms, ×2 per retry, plus up to 1000 ms of jitter; at most 4 attempts, no wait longer than 60000 ms).
- `transient_backoff`: For timeouts, failed connections and upstream or proxy 5xx: the proxy may route the next attempt to another deployment, but an instant resend tends to meet the same trouble, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).
- `no_retry`: Do not resend automatically: the key, its budget or permissions, the proxy's configuration or the request itself must change first, and the same request would be refused again (no automatic retry).
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
    /**Bad request: the proxy or the upstream provider refused the request as sent

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `None` (also `invalid_request_error`) (also `bad_request_error`) | `bad_request` (errspec's name: the server sends no code) | `invalid_request` |

A 400 with nothing more specific in it: either the proxy refused the request itself (a missing parameter, a malformed body) or it re-raised an upstream provider's 400 as `litellm.BadRequestError`, naming the provider as `<Provider>Exception` and keeping the provider's own message, often with `Received Model Group=` and the fallbacks it tried appended. Resending it unchanged fails again.

# Causes

- A parameter the upstream model rejects (too many output tokens, a message shape it does not accept)
- A missing or wrongly typed field in the request body
- An upstream 400 the proxy passed on after its retries and fallbacks failed too

# Solutions

- Read the message: a `<Provider>Exception` part is the provider's own reason, its absence means the proxy refused the request
- Fix the parameter the message names and send the request again

**Do first:** fix the request

# Retry

`no_retry`: Do not resend automatically: the key, its budget or permissions, the proxy's configuration or the request itself must change first, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "400",
    "message": "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"max_tokens: 21333 > 4096, which is the maximum allowed number of output tokens for claude-3-opus-20240229\"},\"request_id\":\"req_011CUwZTS7TYAH8UyTro83sP\"}. Received Model Group=claude-haiku-4-5-20251001\nAvailable Model Group Fallbacks=None",
    "param": "None",
    "type": "None"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py>
- <https://github.com/BerriAI/litellm/blob/main/docs/my-website/docs/proxy/error_diagnosis.md>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
- <https://github.com/anthropics/claude-code/issues/11302>
*/
    BadRequest,
    /**Content policy violation: the upstream provider's safety system refused the input

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `None` | `content_policy_violation` (errspec's name: the server sends no code) | `invalid_request` |

The upstream provider's moderation refused the prompt or the content to be generated; LiteLLM raises it as `litellm.ContentPolicyViolationError` (a kind of `BadRequestError`) with status 400, which lets a proxy configured with content-policy fallbacks send the request to another model first. The same input is refused again.

# Causes

- A prompt the provider's safety system flags
- An image or content request the provider's policy does not allow

# Solutions

- Change the input
- Configure `content_policy_fallbacks` on the proxy to try a model with another policy

**Do first:** change the input

# Retry

`no_retry`: Do not resend automatically: the key, its budget or permissions, the proxy's configuration or the request itself must change first, and the same request would be refused again (no automatic retry).

# Matching

Chosen for a body without a known code whose message contains `contentpolicyviolationerror` or `content_policy_violation` (ignoring case; `*` stands for any text).

# Sources

Documented by the provider.

- <https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py>
- <https://github.com/BerriAI/litellm/blob/main/docs/my-website/docs/exception_mapping.md>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
*/
    ContentPolicyViolation,
    /**Context window exceeded: the prompt and requested output do not fit the model

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `None` | `context_window_exceeded` (errspec's name: the server sends no code) (also `context_length_exceeded`) | `context_length` |

The messages plus `max_tokens` are longer than the chosen model accepts. LiteLLM raises it as `litellm.ContextWindowExceededError` when it recognises the provider's wording, but some provider errors of the same kind arrive as a plain `litellm.BadRequestError` carrying the provider's own text ("prompt is too long", "exceed context limit"); the body's `code` may be the provider's `context_length_exceeded`. Resending the same request fails again.

# Causes

- A conversation that grew past the model's context window
- A `max_tokens` that, added to the input, exceeds the limit
- A fallback model with a smaller window than the primary

# Solutions

- Shorten or summarise the conversation, or lower `max_tokens`
- Use a model with a larger context window, or configure `context_window_fallbacks` on the proxy

**Do first:** shorten the input or use a larger model

# Retry

`no_retry`: Do not resend automatically: the key, its budget or permissions, the proxy's configuration or the request itself must change first, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "400",
    "message": "litellm.BadRequestError: AnthropicException - b'{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"input length and `max_tokens` exceed context limit: 179413 + 32768 > 200000, decrease input length or `max_tokens` and try again\"}}'. Received Model Group=anthropic/claude-sonnet-4-20250514\nAvailable Model Group Fallbacks=None",
    "param": null,
    "type": null
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `contextwindowexceedederror` or `context_length_exceeded` or `maximum context length` or `exceed context limit` or `prompt is too long` or `context window` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
- <https://github.com/BrokkAi/brokk-app/issues/540>
- <https://github.com/OpenHands/OpenHands/issues/5350>
*/
    ContextWindowExceeded,
    /**Guardrail violation: a guardrail configured on the proxy blocked the request

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `None` | `guardrail_violation` (errspec's name: the server sends no code) | `invalid_request` |

A guardrail the proxy runs before or after the model call (a prompt-injection, PII, moderation or custom check) refused the request. The proxy answers 400; in many guardrails `error.message` is an object with `error: "Violated guardrail policy"` and the guardrail's own verdict rather than a string. The same content is blocked again.

# Causes

- Input a configured guardrail flags (prompt injection, PII, a denied topic or tool)
- A model output a post-call guardrail blocks

# Solutions

- Read the guardrail's verdict in the message and change the content
- Ask the proxy admin which guardrails apply to the key or team

**Do first:** change the content the guardrail flagged

# Retry

`no_retry`: Do not resend automatically: the key, its budget or permissions, the proxy's configuration or the request itself must change first, and the same request would be refused again (no automatic retry).

# Matching

Chosen for a body without a known code whose message contains `violated guardrail policy` or `guardrail raised an exception` or `blocked entity detected` (ignoring case; `*` stands for any text).

# Sources

Documented by the provider.

- <https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py>
- <https://github.com/BerriAI/litellm/blob/main/docs/my-website/docs/proxy/guardrails/qualifire.md>
*/
    GuardrailViolation,
    /**Invalid model name: the proxy has no model group of that name

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `invalid_request_error` (also `None`) | `invalid_model_name` (errspec's name: the server sends no code) | `not_found` |

The `model` in the request is not a model group the proxy serves (nor an alias, a wildcard route or a fallback target); the proxy answers 400, not 404. Older releases put the detail in a Python dict inside the message (`400: {'error': 'Invalid model name passed in ...'}`); the router's variant says there are no healthy deployments for the model. It fails until the name or the proxy's model list changes.

# Causes

- A typo in the model name, or a provider's model id where the proxy expects its own model group name
- A model removed from the proxy's configuration
- An empty `model` field

# Solutions

- Call `/v1/models` with the same key to list the model names it may use
- Ask the proxy admin to add the model

**Do first:** use a model name the proxy lists

# Retry

`no_retry`: Do not resend automatically: the key, its budget or permissions, the proxy's configuration or the request itself must change first, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": 400,
    "message": "400: {'error': 'Invalid model name passed in'}",
    "param": "None",
    "type": "None"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `invalid model name passed in` or `there are no healthy deployments for this model` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/BerriAI/litellm/blob/main/litellm/proxy/route_llm_request.py>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
- <https://github.com/BerriAI/litellm/issues/2931>
- <https://github.com/BerriAI/litellm/pull/3142>
- <https://github.com/BerriAI/litellm/issues/25466>
*/
    InvalidModelName,
    /**Unsupported parameters: the upstream provider does not take a parameter sent

| Status | Type | Code | Category |
|---|---|---|---|
| `400 Bad Request` | `None` | `unsupported_params` (errspec's name: the server sends no code) | `invalid_request` |

LiteLLM found a parameter in the request that the chosen provider or model does not support and raised `litellm.UnsupportedParamsError` (a kind of `BadRequestError`) instead of sending it. The same request is refused again.

# Causes

- An OpenAI parameter with no equivalent for the deployment's provider
- A proxy without `drop_params` enabled

# Solutions

- Remove the parameter from the request
- Ask the proxy admin to enable `drop_params` so unsupported parameters are dropped

**Do first:** remove the unsupported parameter

# Retry

`no_retry`: Do not resend automatically: the key, its budget or permissions, the proxy's configuration or the request itself must change first, and the same request would be refused again (no automatic retry).

# Matching

Chosen for a body without a known code whose message contains `unsupportedparamserror` or `does not support parameters` (ignoring case; `*` stands for any text).

# Sources

Documented by the provider.

- <https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
*/
    UnsupportedParams,
    /**Expired key: the virtual key's expiry time has passed

| Status | Type | Code | Category |
|---|---|---|---|
| `401 Unauthorized` (also `400 Bad Request`) | `expired_key` | `expired_key` (errspec's name: the server sends no code) | `authentication` |

The virtual key was issued with an expiry (`duration` or `expires`) that has passed; the message gives the expiry and the current time. Current releases answer 401, older ones 400. The key stays refused until it is replaced or its expiry is extended.

# Causes

- A key generated with a `duration` that has run out
- A UI session key that expired

# Solutions

- Generate a new key, or extend this one with `/key/update`

**Do first:** replace the key

# Retry

`no_retry`: Do not resend automatically: the key, its budget or permissions, the proxy's configuration or the request itself must change first, and the same request would be refused again (no automatic retry).

# Matching

Chosen for a body without a known code whose message contains `expired key` (ignoring case; `*` stands for any text).

# Sources

Documented by the provider.

- <https://github.com/BerriAI/litellm/blob/main/litellm/proxy/auth/user_api_key_auth.py>
- <https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py>
- <https://github.com/BerriAI/litellm/blob/main/tests/test_litellm/proxy/auth/test_auth_exception_handler.py>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
*/
    ExpiredKey,
    /**Invalid virtual key: the proxy does not accept the key sent

| Status | Type | Code | Category |
|---|---|---|---|
| `401 Unauthorized` (also `400 Bad Request`) | `auth_error` (also `token_not_found_in_db`) | `invalid_virtual_key` (errspec's name: the server sends no code) | `authentication` |

The key in `Authorization` (or `x-litellm-api-key`, `api-key`, `x-api-key`) is not a key this proxy accepts: never issued, deleted, mistyped, blocked by an admin, or not shaped like a LiteLLM key (`sk-…`, refused with 400). The message shows the key abbreviated and, for an unknown key, its hash. It is errspec's entry for any 401 the proxy sends with type `auth_error` or `token_not_found_in_db`; resending with the same key fails the same way.

# Causes

- A key that was deleted, regenerated or never issued by this proxy
- A provider's API key (OpenAI, Anthropic) sent to the proxy instead of a LiteLLM virtual key
- A key an admin blocked with `/key/block`
- A client pointed at the wrong proxy

# Solutions

- Send a current virtual key issued by this proxy
- Ask the admin to unblock the key or issue a new one

**Do first:** check the virtual key

# Retry

`no_retry`: Do not resend automatically: the key, its budget or permissions, the proxy's configuration or the request itself must change first, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "401",
    "message": "Authentication Error, Invalid proxy server token passed. Received API Key = sk-...8aSP, Key Hash (Token) =569909a917a742e1c954a5ae2ff043fb10fff299956707ca9f9ce64c1f257585. Unable to find token in cache or `LiteLLM_VerificationTokenTable`",
    "param": "key",
    "type": "token_not_found_in_db"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `invalid proxy server token passed` or `unable to find token in cache` or `litellm virtual key expected` or `key is blocked` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/BerriAI/litellm/blob/main/litellm/proxy/auth/user_api_key_auth.py>
- <https://github.com/BerriAI/litellm/blob/main/litellm/proxy/auth/auth_exception_handler.py>
- <https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
- <https://github.com/BerriAI/litellm/issues/7287>
- <https://github.com/OpenHands/OpenHands/issues/17390>
*/
    InvalidVirtualKey,
    /**Missing API key: the request carries no usable key

| Status | Type | Code | Category |
|---|---|---|---|
| `401 Unauthorized` | `auth_error` | `missing_api_key` (errspec's name: the server sends no code) | `authentication` |

The request reached a route that needs a key but carried none, or a header the proxy could not read as one (no `Bearer ` prefix). The proxy answers 401 with `Authentication Error, ` before the reason.

# Causes

- No `Authorization` header, or an empty key variable in the client
- A key sent without the `Bearer ` prefix

# Solutions

- Send `Authorization: Bearer <virtual key>`

**Do first:** send the virtual key as a bearer token

# Retry

`no_retry`: Do not resend automatically: the key, its budget or permissions, the proxy's configuration or the request itself must change first, and the same request would be refused again (no automatic retry).

# Matching

Chosen for a body without a known code whose message contains `no api key passed in` or `malformed api key passed in` (ignoring case; `*` stands for any text).

# Sources

Documented by the provider.

- <https://github.com/BerriAI/litellm/blob/main/litellm/proxy/auth/auth_exception_handler.py>
- <https://github.com/BerriAI/litellm/blob/main/tests/test_litellm/proxy/auth/test_auth_exception_handler.py>
*/
    MissingApiKey,
    /**Tag routing denied: no deployment of the model is open to the request's tags

| Status | Type | Code | Category |
|---|---|---|---|
| `401 Unauthorized` | `None` | `tag_routing_denied` (errspec's name: the server sends no code) | `permission` |

Tag-based routing is on and every deployment of the requested model is reserved for tags the request does not carry; the proxy turns this router error into a 401. The same request is refused until its tags or the deployments' tags change.

# Causes

- A request without the tags (`metadata.tags`, team or key tags) the model's deployments require
- Deployments tagged for other teams only

# Solutions

- Send the tags the deployment requires, or use a key whose team carries them
- Ask the proxy admin to tag a deployment for the request

**Do first:** send the required tags or choose another model

# Retry

`no_retry`: Do not resend automatically: the key, its budget or permissions, the proxy's configuration or the request itself must change first, and the same request would be refused again (no automatic retry).

# Matching

Chosen for a body without a known code whose message contains `not allowed to access model due to tags configuration` (ignoring case; `*` stands for any text).

# Sources

Documented by the provider.

- <https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py>
- <https://github.com/BerriAI/litellm/blob/main/litellm/types/router.py>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
*/
    TagRoutingDenied,
    /**Upstream authentication error: the provider refused the credentials configured on the proxy

| Status | Type | Code | Category |
|---|---|---|---|
| `401 Unauthorized` | `None` (also `invalid_request_error`) | `upstream_authentication_error` (errspec's name: the server sends no code) (also `invalid_api_key`) | `authentication` |

The proxy accepted the caller's key, but the upstream provider refused the API key or credentials configured for the deployment; LiteLLM re-raises it as `litellm.AuthenticationError` naming the provider, and the body's `code` may be the provider's own (`invalid_api_key`). The caller cannot fix it: the proxy admin must update the deployment's credentials.

# Causes

- A provider API key configured on the proxy that was revoked, mistyped or expired
- Cloud credentials (Azure, Bedrock, Vertex) the deployment uses that are no longer valid

# Solutions

- Report it to the proxy admin, who must fix the deployment's credentials
- Use another model group meanwhile

**Do first:** ask the proxy admin to fix the provider credentials

# Retry

`no_retry`: Do not resend automatically: the key, its budget or permissions, the proxy's configuration or the request itself must change first, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "invalid_api_key",
    "message": "litellm.AuthenticationError: OpenAIException - Incorrect API key provided: <my-key>. You can find your API key at https://platform.openai.com/account/api-keys.",
    "param": null,
    "type": "invalid_request_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `litellm.authenticationerror` (ignoring case; `*` stands for any text).

# Sources

Documented by the provider.

- <https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py>
- <https://github.com/BerriAI/litellm/blob/main/docs/my-website/docs/proxy/error_diagnosis.md>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
*/
    UpstreamAuthenticationError,
    /**Model access denied: the key, team, user or organisation may not use this model

| Status | Type | Code | Category |
|---|---|---|---|
| `403 Forbidden` (also `401 Unauthorized`) | `key_model_access_denied` (also `team_model_access_denied`) (also `user_model_access_denied`) (also `org_model_access_denied`) (also `project_model_access_denied`) | `model_access_denied` (errspec's name: the server sends no code) | `permission` |

The key is valid, but the model requested is outside what the key, its team, its user, its organisation or its project may call; the `type` names the level (`key_model_access_denied`, `team_model_access_denied`, …) and older messages list the allowed models. Current releases answer 403, older ones 401. Waiting does not help.

# Causes

- A model missing from the key's `models` list or its access groups
- A team or organisation restricted to other models
- A client that picks a default model the key does not cover

# Solutions

- Use one of the models `/v1/models` lists for the key
- Ask the admin to add the model or its access group to the key or team

**Do first:** use a model the key may call

# Retry

`no_retry`: Do not resend automatically: the key, its budget or permissions, the proxy's configuration or the request itself must change first, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "403",
    "message": "key not allowed to access model. Tried to access model_name_99e5919f-d1c2-4383-8bf2-c3d82ec13faf_920349c6-cc4d-4759-9549-c310ac33d6c0, which is only deployed for other teams",
    "param": "model",
    "type": "key_model_access_denied"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `not allowed to access model` or `is not available for this api key` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/BerriAI/litellm/blob/main/litellm/proxy/auth/auth_checks.py>
- <https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
- <https://github.com/winfunc/opcode/issues/358>
- <https://github.com/BerriAI/litellm/pull/39867>
*/
    ModelAccessDenied,
    /**Permission denied: the caller may not perform this action

| Status | Type | Code | Category |
|---|---|---|---|
| `403 Forbidden` | `None` (also `auth_error`) | `permission_denied` (errspec's name: the server sends no code) | `permission` |

A valid key asked for something its role does not allow (a management route, adding a model, a blocked model), or an upstream provider refused the deployment's credentials for the resource (`litellm.PermissionDeniedError`). errspec's entry for a 403 without anything more specific. The same request is refused again.

# Causes

- A route or action reserved for proxy admins or team admins
- A model every deployment of which is blocked
- An upstream 403 passed on by the proxy

# Solutions

- Read the message for the role or permission needed
- Ask the proxy admin for the permission, or for a key of the right role

**Do first:** ask for the permission

# Retry

`no_retry`: Do not resend automatically: the key, its budget or permissions, the proxy's configuration or the request itself must change first, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "403",
    "message": "{'error': 'User does not have permission to make this model call. Your role=internal_user. You can only make model calls if you are a PROXY_ADMIN or if you are a team admin, by specifying a team_id in the model_info.'}",
    "param": "None",
    "type": "auth_error"
  }
}
```

# Sources

Observed in real responses.

- <https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py>
- <https://github.com/BerriAI/litellm/blob/main/litellm/proxy/route_llm_request.py>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
- <https://github.com/ncecere/terraform-provider-litellm/pull/19>
*/
    PermissionDenied,
    /**Resource access denied: the caller may not use this tool or vector store

| Status | Type | Code | Category |
|---|---|---|---|
| `403 Forbidden` | `tool_access_denied` (also `key_vector_store_access_denied`) (also `team_vector_store_access_denied`) (also `org_vector_store_access_denied`) | `resource_access_denied` (errspec's name: the server sends no code) | `permission` |

The key is valid, but the tool or vector store the request names is outside the key's, team's or organisation's allowed list; the `type` says which. The same request is refused until the admin grants access.

# Causes

- A tool missing from the key's or team's allowed tools
- A vector store not granted to the key, team or organisation

# Solutions

- Ask the admin to grant the tool or vector store
- Leave the tool or vector store out of the request

**Do first:** ask for access to the tool or vector store

# Retry

`no_retry`: Do not resend automatically: the key, its budget or permissions, the proxy's configuration or the request itself must change first, and the same request would be refused again (no automatic retry).

# Sources

Documented by the provider.

- <https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
*/
    ResourceAccessDenied,
    /**Not found: the object or upstream model does not exist

| Status | Type | Code | Category |
|---|---|---|---|
| `404 Not Found` | `None` (also `not_found_error`) | `not_found` (errspec's name: the server sends no code) | `not_found` |

The proxy has no such object (key, team, user, file, batch), or the upstream provider answered 404 for the deployment's model, which LiteLLM re-raises as `litellm.NotFoundError`. An unknown proxy model name arrives as 400 instead (`invalid_model_name`).

# Causes

- An id that does not exist or was deleted
- A deployment configured with a provider model id the provider does not know

# Solutions

- Check the id
- For an upstream 404, ask the proxy admin to fix the deployment's model id

**Do first:** check the id or model

# Retry

`no_retry`: Do not resend automatically: the key, its budget or permissions, the proxy's configuration or the request itself must change first, and the same request would be refused again (no automatic retry).

# Sources

Documented by the provider.

- <https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py>
- <https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
*/
    NotFound,
    /**Timeout: the upstream call exceeded the proxy's timeout

| Status | Type | Code | Category |
|---|---|---|---|
| `408 Request Timeout` | `None` | `timeout` (errspec's name: the server sends no code) | `timeout` |

The call to the upstream provider took longer than the timeout in force (the deployment's `timeout` or `stream_timeout`, or the request's); LiteLLM raises `litellm.Timeout` with status 408 and, in recent releases, the configured timeout and the time taken. Another attempt, possibly on another deployment, may succeed.

# Causes

- A slow or overloaded upstream provider
- A long generation and a short configured timeout

# Solutions

- Retry after a short pause
- Stream long generations, or ask the admin to raise the deployment's timeout

**Do first:** retry after a short pause

# Retry

`transient_backoff`: For timeouts, failed connections and upstream or proxy 5xx: the proxy may route the next attempt to another deployment, but an instant resend tends to meet the same trouble, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Example body

```json
{
  "error": {
    "code": 408,
    "message": "APITimeoutError - Request timed out. \n model: azure/chatgpt-v-2 \n api_base: https://openai-gpt-4-test-v-1.openai.azure.com/ \n error_str: Request timed out.",
    "param": null,
    "type": null
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `litellm.timeout` or `apitimeouterror` or `request timed out` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
- <https://github.com/BerriAI/litellm/pull/3279>
*/
    Timeout,
    /**Unprocessable entity: the request's contents could not be processed

| Status | Type | Code | Category |
|---|---|---|---|
| `422 Unprocessable Entity` | `None` | `unprocessable_entity` (errspec's name: the server sends no code) | `invalid_request` |

The upstream provider accepted the request's shape but could not process its contents (`litellm.UnprocessableEntityError`), or the proxy's web framework refused a body that failed its validation. The same request fails again.

# Causes

- Content the provider cannot process
- A request body that fails the proxy's validation

# Solutions

- Read the message and correct the request

**Do first:** fix the request

# Retry

`no_retry`: Do not resend automatically: the key, its budget or permissions, the proxy's configuration or the request itself must change first, and the same request would be refused again (no automatic retry).

# Sources

Documented by the provider.

- <https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
*/
    UnprocessableEntity,
    /**Budget exceeded: a spend cap set on the proxy has been reached

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` (also `400 Bad Request`) (also `401 Unauthorized`) | `budget_exceeded` | `budget_exceeded` (errspec's name: the server sends no code) | `quota` |

The spend tracked by the proxy for the key, user, end user, team, team member, organisation or tag (or a per-model budget of one of them) has reached its `max_budget`; the message names the object and gives current spend and cap. Current releases answer 429 with type `budget_exceeded`, older ones 400 (type `budget_exceeded` or `auth_error`) or 401. Only `type` or the message tells it from a rate limit: waiting helps only when the budget has a `budget_duration` and its window resets.

# Causes

- A key, user, team or end user that spent its `max_budget`
- A per-model budget (`model_max_budget`) spent for the model requested
- A budget set to 0, or model prices configured too high, so that any request exceeds it

# Solutions

- Ask the proxy admin to raise the budget or reset the spend
- Wait for the budget window to reset when the budget has a `budget_duration`
- Use another key or model whose budget is not spent

**Do first:** raise the budget or wait for its reset

# Retry

`no_retry`: Do not resend automatically: the key, its budget or permissions, the proxy's configuration or the request itself must change first, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": 400,
    "message": "Budget has been exceeded! Current cost: 0.0010747, Max budget: 0.0",
    "param": null,
    "type": "auth_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `budget has been exceeded` or `exceededbudget` or `exceededtokenbudget` or `over budget` or `exceeded budget for model` or `exceeded their budget` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py>
- <https://github.com/BerriAI/litellm/blob/main/litellm/proxy/auth/auth_exception_handler.py>
- <https://github.com/BerriAI/litellm/blob/main/litellm/proxy/auth/auth_checks.py>
- <https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py>
- <https://github.com/BerriAI/litellm/blob/main/docs/my-website/docs/proxy/users.md>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
- <https://github.com/BerriAI/litellm/issues/4208>
- <https://github.com/BerriAI/litellm/pull/40002>
- <https://github.com/BerriAI/litellm/issues/36729>
*/
    BudgetExceeded,
    /**Deployment budget exceeded: every deployment or provider for the model spent its budget

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `None` | `deployment_budget_exceeded` (errspec's name: the server sends no code) | `quota` |

Budget routing is on and every candidate deployment or provider of the model group has spent the budget the admin set for the current period (`No deployments available - crossed budget`); the proxy answers 429. It clears only when the period (a day, a month) resets or the admin changes the budget, so an automatic retry does not help.

# Causes

- A provider or deployment budget (`provider_budget_config`, a deployment's `max_budget`) spent for the period
- Budgets set too low for the traffic

# Solutions

- Wait for the budget period to reset
- Ask the proxy admin to raise the provider or deployment budget, or to add a fallback model group

**Do first:** wait for the budget period or ask the admin

# Retry

`no_retry`: Do not resend automatically: the key, its budget or permissions, the proxy's configuration or the request itself must change first, and the same request would be refused again (no automatic retry).

# Example body

```json
{
  "error": {
    "code": "429",
    "message": "No deployments available - crossed budget for provider: Exceeded budget for provider openai: 0.0007350000000000001 >= 1e-12",
    "param": "None",
    "type": "None"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `crossed budget` (ignoring case; `*` stands for any text).

# Sources

Documented by the provider.

- <https://github.com/BerriAI/litellm/blob/main/litellm/types/router.py>
- <https://github.com/BerriAI/litellm/blob/main/docs/my-website/docs/proxy/provider_budget_routing.md>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
- <https://github.com/BerriAI/litellm/issues/14144>
*/
    DeploymentBudgetExceeded,
    /**No deployments available: every deployment of the model is cooling down or at its limit

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `None` | `no_deployments_available` (errspec's name: the server sends no code) | `overloaded` |

The router found no deployment of the model group it could use: all were put in cooldown after failures (rate limits, errors, bad credentials upstream) or are at their configured RPM/TPM. The proxy turns any such message into a 429; the message says how long to wait and lists the deployments cooling down with the error that sent them there. It passes when the cooldown ends, unless the underlying failure persists.

# Causes

- Upstream rate limits that put every deployment of the group in cooldown
- Deployments failing for another reason (a bad provider key, an outage) and cooled down
- Deployment `rpm`/`tpm` limits reached for the minute

# Solutions

- Retry after the wait the message names
- Ask the proxy admin to add deployments or fallbacks, or to look at the errors in the cooldown list

**Do first:** wait for the cooldown, then retry

# Retry

`cooldown_backoff`: For a model group whose deployments are all cooling down or filtered out: the router keeps a failing deployment out for a cooldown (5 s by default, 60 s in many messages) and names the wait in the message, so start at 5 s and double, four attempts at most, no wait above 60 s; a named delay takes the place of the backoff (exponential backoff from 5000 ms, ×2 per retry, plus up to 1000 ms of jitter; at most 4 attempts, no wait longer than 60000 ms).

# Example body

```json
{
  "error": {
    "message": "No deployments available for selected model, Try again in 60 seconds. Passed model=vertex-claude-3-5-sonnet. pre-call-checks=False, allowed_model_region=n/a, cooldown_list=[('...', {'Exception Received': 'litellm.APIConnectionError: Server error \\'529 Internal Server Error\\' for url \\'..../anthropic/models/claude-3-5-sonnet@"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `no deployments available` or `no healthy deployment available` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py>
- <https://github.com/BerriAI/litellm/blob/main/litellm/types/router.py>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
- <https://github.com/BerriAI/litellm/pull/2493>
- <https://github.com/BerriAI/litellm/issues/5764>
*/
    NoDeploymentsAvailable,
    /**Rate limited: a proxy limit or the upstream provider's limit was hit

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `throttling_error` (also `None`) | `rate_limited` (errspec's name: the server sends no code) | `rate_limit` |

Either the proxy's own limiter refused the request because the key, user, team or end user is over its RPM, TPM or parallel-request limit (it sends `retry-after`, `rate_limit_type` and `reset_at` headers), or the upstream provider answered 429 and LiteLLM re-raised it as `litellm.RateLimitError` after its own retries. It passes with time.

# Causes

- Requests above the key's or team's `rpm_limit`, `tpm_limit` or `max_parallel_requests`
- An upstream provider's rate limit for the deployment's account

# Solutions

- Back off and retry, honouring `retry-after`
- Ask the proxy admin to raise the limits or add deployments

**Do first:** wait, then retry with backoff

# Retry

`exponential_backoff`: For rate limits: wait about 1 s, 2 s, 4 s, 8 s and 16 s before the five retries, each plus up to 1 s of random jitter; no backoff wait longer than 60 s. A delay the server names (the `retry-after` header the proxy's own limiter sends, or a "try again in" or "retry after" in the message) takes the place of the backoff, up to the runtime's ceiling for hints (exponential backoff from 1000 ms, ×2 per retry, plus up to 1000 ms of jitter; at most 6 attempts, no wait longer than 60000 ms).

# Example body

```json
{
  "error": {
    "code": "429",
    "message": "litellm.RateLimitError: AzureException RateLimitError - Error code: 429 - {'error': {'code': '429', 'message': 'Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2023-05-15 have exceeded token rate limit of your current AIServices S0 pricing tier. Please retry after 86400 seconds. Please contact Azure support service if you would like to further increase the default rate limit.'}}\nReceived Model Group=azure-gpt-4o-mini\nAvailable Model Group Fallbacks=None",
    "param": null,
    "type": "throttling_error"
  }
}
```

# Matching

Chosen for a body without a known code whose message contains `max parallel request limit reached` or `crossed tpm / rpm` or `rate limit exceeded for` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py>
- <https://github.com/BerriAI/litellm/blob/main/litellm/proxy/hooks/parallel_request_limiter_v3.py>
- <https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
- <https://github.com/BerriAI/litellm/issues/8392>
- <https://github.com/BerriAI/litellm/issues/13898>
- <https://github.com/jasonacox/TinyLLM/issues/17>
*/
    RateLimited,
    /**Upstream quota exceeded: the provider account behind the deployment has no quota left

| Status | Type | Code | Category |
|---|---|---|---|
| `429 Too Many Requests` | `None` (also `throttling_error`) | `upstream_quota_exceeded` (errspec's name: the server sends no code) | `quota` |

The upstream provider answered 429 because the account the deployment uses has run out of credit or quota, and LiteLLM passed it on as `litellm.RateLimitError` with the provider's message. It looks like a rate limit but waiting does not clear it: the admin must add credit or change the deployment's account.

# Causes

- A provider account (OpenAI and compatible ones) with no credit or a spent quota behind the deployment

# Solutions

- Report it to the proxy admin, who must add credit or switch the deployment's key
- Use another model group meanwhile

**Do first:** ask the proxy admin to restore the provider quota

# Retry

`no_retry`: Do not resend automatically: the key, its budget or permissions, the proxy's configuration or the request itself must change first, and the same request would be refused again (no automatic retry).

# Matching

Chosen for a body without a known code whose message contains `exceeded your current quota` or `insufficient_quota` (ignoring case; `*` stands for any text).

# Sources

Observed in real responses.

- <https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
- <https://github.com/OpenHands/OpenHands/issues/998>
*/
    UpstreamQuotaExceeded,
    /**API connection error: the proxy could not get a usable answer from the upstream provider

| Status | Type | Code | Category |
|---|---|---|---|
| `500 Internal Server Error` | `None` | `api_connection_error` (errspec's name: the server sends no code) | `gateway` |

`litellm.APIConnectionError`, sent with status 500: the proxy could not reach the deployment's provider (a refused connection, a DNS failure, a wrong `api_base`), or got an answer it could not map; it is also LiteLLM's catch-all for unmapped upstream failures. A later attempt may succeed, but a misconfigured deployment keeps failing.

# Causes

- An upstream endpoint that is down or unreachable from the proxy
- A deployment configured with a wrong `api_base`
- An upstream failure LiteLLM has no mapping for

# Solutions

- Retry with backoff
- Ask the proxy admin to check the deployment's endpoint when it persists

**Do first:** retry with backoff

# Retry

`transient_backoff`: For timeouts, failed connections and upstream or proxy 5xx: the proxy may route the next attempt to another deployment, but an instant resend tends to meet the same trouble, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Matching

Chosen for a body without a known code whose message contains `litellm.apiconnectionerror` or `connection error` (ignoring case; `*` stands for any text).

# Sources

Documented by the provider.

- <https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py>
- <https://github.com/BerriAI/litellm/blob/main/docs/my-website/docs/exception_mapping.md>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
*/
    ApiConnectionError,
    /**Internal server error: the proxy or the upstream provider failed

| Status | Type | Code | Category |
|---|---|---|---|
| `500 Internal Server Error` | `internal_server_error` (also `None`) | `internal_server_error` (errspec's name: the server sends no code) | `server` |

A failure inside the proxy (then the body may be a bare `Internal server error`), or an upstream 5xx (overload included) LiteLLM re-raised as `litellm.InternalServerError` after its retries and fallbacks. errspec's entry for a 500 without anything more specific; another attempt often succeeds.

# Causes

- An upstream provider error or overload passed on by the proxy
- An unhandled exception in the proxy

# Solutions

- Retry with backoff
- Quote the `x-litellm-call-id` header to the proxy admin when it persists

**Do first:** retry with backoff

# Retry

`transient_backoff`: For timeouts, failed connections and upstream or proxy 5xx: the proxy may route the next attempt to another deployment, but an instant resend tends to meet the same trouble, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Example body

```json
{
  "error": {
    "message": "Internal server error",
    "type": "internal_server_error"
  }
}
```

# Sources

Documented by the provider.

- <https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py>
- <https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py>
- <https://github.com/BerriAI/litellm/blob/main/docs/my-website/docs/proxy/error_diagnosis.md>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
*/
    InternalServerError,
    /**Bad gateway: the upstream provider sent an invalid response

| Status | Type | Code | Category |
|---|---|---|---|
| `502 Bad Gateway` | `None` | `bad_gateway` (errspec's name: the server sends no code) | `gateway` |

The upstream provider (or a proxy in front of it) answered 502 and LiteLLM re-raised it as `litellm.BadGatewayError`. A later attempt, possibly on another deployment, often succeeds.

# Causes

- An upstream outage or a failing load balancer in front of the provider

# Solutions

- Retry with backoff

**Do first:** retry with backoff

# Retry

`transient_backoff`: For timeouts, failed connections and upstream or proxy 5xx: the proxy may route the next attempt to another deployment, but an instant resend tends to meet the same trouble, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Sources

Documented by the provider.

- <https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py>
*/
    BadGateway,
    /**Auth provider unavailable: the proxy cannot reach the identity provider

| Status | Type | Code | Category |
|---|---|---|---|
| `503 Service Unavailable` | `auth_provider_unavailable` | `auth_provider_unavailable` (errspec's name: the server sends no code) | `server` |

The proxy validates the request against an identity provider (for JWT auth, its JWKS endpoint) and could not reach it. The request itself may be fine; it passes when the identity provider is reachable again.

# Causes

- An identity provider that is down or unreachable from the proxy

# Solutions

- Retry with backoff
- Ask the proxy admin to check the connection to the identity provider

**Do first:** retry with backoff

# Retry

`transient_backoff`: For timeouts, failed connections and upstream or proxy 5xx: the proxy may route the next attempt to another deployment, but an instant resend tends to meet the same trouble, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Sources

Documented by the provider.

- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
*/
    AuthProviderUnavailable,
    /**No database connection: the proxy cannot reach its database

| Status | Type | Code | Category |
|---|---|---|---|
| `503 Service Unavailable` | `no_db_connection` | `no_db_connection` (errspec's name: the server sends no code) | `server` |

The route needs the proxy's database (to look up a key, a team, spend) and the database is not connected or not reachable; current releases answer 503 with type `no_db_connection`. It passes when the database is back.

# Causes

- A database outage or a network problem between the proxy and its database
- A proxy started without `DATABASE_URL` for a feature that needs it

# Solutions

- Retry with backoff
- Ask the proxy admin to check the database

**Do first:** retry with backoff

# Retry

`transient_backoff`: For timeouts, failed connections and upstream or proxy 5xx: the proxy may route the next attempt to another deployment, but an instant resend tends to meet the same trouble, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Matching

Chosen for a body without a known code whose message contains `db not connected` or `database connection error` (ignoring case; `*` stands for any text).

# Sources

Documented by the provider.

- <https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py>
- <https://github.com/BerriAI/litellm/blob/main/tests/test_litellm/proxy/auth/test_auth_exception_handler.py>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
*/
    NoDbConnection,
    /**Service unavailable: the upstream provider is unavailable or overloaded

| Status | Type | Code | Category |
|---|---|---|---|
| `503 Service Unavailable` | `None` | `service_unavailable` (errspec's name: the server sends no code) | `overloaded` |

The upstream provider answered that it is unavailable or overloaded and LiteLLM re-raised it as `litellm.ServiceUnavailableError`, or a stream failed and LiteLLM's mid-stream fallback gave up (`litellm.MidStreamFallbackError`). Another attempt, possibly on another deployment, often succeeds.

# Causes

- An upstream outage or overload
- A stream broken after it started

# Solutions

- Retry with backoff
- Ask the proxy admin to add fallbacks for the model group

**Do first:** retry with backoff

# Retry

`transient_backoff`: For timeouts, failed connections and upstream or proxy 5xx: the proxy may route the next attempt to another deployment, but an instant resend tends to meet the same trouble, so the first wait is 2 s and each later one doubles; four attempts at most and no wait longer than 20 s (exponential backoff from 2000 ms, ×2 per retry, plus up to 500 ms of jitter; at most 4 attempts, no wait longer than 20000 ms).

# Sources

Documented by the provider.

- <https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py>
- <https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md>
*/
    ServiceUnavailable,
}
#[allow(deprecated)]
impl ErrorCode {
    /// Every code, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::BadRequest,
        Self::ContentPolicyViolation,
        Self::ContextWindowExceeded,
        Self::GuardrailViolation,
        Self::InvalidModelName,
        Self::UnsupportedParams,
        Self::ExpiredKey,
        Self::InvalidVirtualKey,
        Self::MissingApiKey,
        Self::TagRoutingDenied,
        Self::UpstreamAuthenticationError,
        Self::ModelAccessDenied,
        Self::PermissionDenied,
        Self::ResourceAccessDenied,
        Self::NotFound,
        Self::Timeout,
        Self::UnprocessableEntity,
        Self::BudgetExceeded,
        Self::DeploymentBudgetExceeded,
        Self::NoDeploymentsAvailable,
        Self::RateLimited,
        Self::UpstreamQuotaExceeded,
        Self::ApiConnectionError,
        Self::InternalServerError,
        Self::BadGateway,
        Self::AuthProviderUnavailable,
        Self::NoDbConnection,
        Self::ServiceUnavailable,
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
                21, 22, 23, 24, 25, 26, 27, 2, 10,
            ],
            slots: &[
                0, 6, 0, 2, 18, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 15, 0, 10, 0, 12, 16, 0,
                19, 20, 0, 25, 21, 3, 0, 9, 13, 4, 0, 0, 0, 0, 0, 0, 29, 0, 28, 26, 0, 0,
                24, 30, 17, 22, 14, 0, 0, 11, 27, 8, 0, 1, 7, 0, 0, 0, 0, 0, 23, 0,
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
        static TYPE_OF: [u32; 28] = [
            0, 0, 0, 0, 7, 0, 5, 1, 1, 0, 0, 8, 0, 19, 0, 0, 0, 4, 0, 0, 17, 0, 0, 6, 0,
            2, 10, 0,
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
        backoff: ::errspec::runtime::Backoff::Exponential {
            initial: ::errspec::runtime::__private::Duration::from_millis(5000u64),
            multiplier: 2f64,
            jitter: ::errspec::runtime::__private::Duration::from_millis(1000u64),
        },
        max_attempts: 4u32,
        max_delay: ::errspec::runtime::__private::Duration::from_millis(60000u64),
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
        pub(super) static TEXTS: [EntryText; 28] = [
            EntryText {
                prose: r#"BadRequest␟A 400 with nothing more specific in it: either the proxy refused the request itself (a missing parameter, a malformed body) or it re-raised an upstream provider's 400 as `litellm.BadRequestError`, naming the provider as `<Provider>Exception` and keeping the provider's own message, often with `Received Model Group=` and the fallbacks it tried appended. Resending it unchanged fails again.␟fix the request␟{
  "error": {
    "code": "400",
    "message": "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"max_tokens: 21333 > 4096, which is the maximum allowed number of output tokens for claude-3-opus-20240229\"},\"request_id\":\"req_011CUwZTS7TYAH8UyTro83sP\"}. Received Model Group=claude-haiku-4-5-20251001\nAvailable Model Group Fallbacks=None",
    "param": "None",
    "type": "None"
  }
}␟A parameter the upstream model rejects (too many output tokens, a message shape it does not accept)␟A missing or wrongly typed field in the request body␟An upstream 400 the proxy passed on after its retries and fallbacks failed too␟Read the message: a `<Provider>Exception` part is the provider's own reason, its absence means the proxy refused the request␟Fix the parameter the message names and send the request again␟https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py␟https://github.com/BerriAI/litellm/blob/main/docs/my-website/docs/proxy/error_diagnosis.md␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md␟https://github.com/anthropics/claude-code/issues/11302"#,
                counts: (3, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"ContentPolicyViolation␟The upstream provider's moderation refused the prompt or the content to be generated; LiteLLM raises it as `litellm.ContentPolicyViolationError` (a kind of `BadRequestError`) with status 400, which lets a proxy configured with content-policy fallbacks send the request to another model first. The same input is refused again.␟change the input␟␟A prompt the provider's safety system flags␟An image or content request the provider's policy does not allow␟Change the input␟Configure `content_policy_fallbacks` on the proxy to try a model with another policy␟https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py␟https://github.com/BerriAI/litellm/blob/main/docs/my-website/docs/exception_mapping.md␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md",
                counts: (2, 2),
                ..T
            },
            EntryText {
                prose: r#"ContextWindowExceeded␟The messages plus `max_tokens` are longer than the chosen model accepts. LiteLLM raises it as `litellm.ContextWindowExceededError` when it recognises the provider's wording, but some provider errors of the same kind arrive as a plain `litellm.BadRequestError` carrying the provider's own text ("prompt is too long", "exceed context limit"); the body's `code` may be the provider's `context_length_exceeded`. Resending the same request fails again.␟shorten the input or use a larger model␟{
  "error": {
    "code": "400",
    "message": "litellm.BadRequestError: AnthropicException - b'{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"input length and `max_tokens` exceed context limit: 179413 + 32768 > 200000, decrease input length or `max_tokens` and try again\"}}'. Received Model Group=anthropic/claude-sonnet-4-20250514\nAvailable Model Group Fallbacks=None",
    "param": null,
    "type": null
  }
}␟A conversation that grew past the model's context window␟A `max_tokens` that, added to the input, exceeds the limit␟A fallback model with a smaller window than the primary␟Shorten or summarise the conversation, or lower `max_tokens`␟Use a model with a larger context window, or configure `context_window_fallbacks` on the proxy␟https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md␟https://github.com/BrokkAi/brokk-app/issues/540␟https://github.com/OpenHands/OpenHands/issues/5350"#,
                counts: (3, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"GuardrailViolation␟A guardrail the proxy runs before or after the model call (a prompt-injection, PII, moderation or custom check) refused the request. The proxy answers 400; in many guardrails `error.message` is an object with `error: "Violated guardrail policy"` and the guardrail's own verdict rather than a string. The same content is blocked again.␟change the content the guardrail flagged␟␟Input a configured guardrail flags (prompt injection, PII, a denied topic or tool)␟A model output a post-call guardrail blocks␟Read the guardrail's verdict in the message and change the content␟Ask the proxy admin which guardrails apply to the key or team␟https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py␟https://github.com/BerriAI/litellm/blob/main/docs/my-website/docs/proxy/guardrails/qualifire.md"#,
                counts: (2, 2),
                ..T
            },
            EntryText {
                prose: r#"InvalidModelName␟The `model` in the request is not a model group the proxy serves (nor an alias, a wildcard route or a fallback target); the proxy answers 400, not 404. Older releases put the detail in a Python dict inside the message (`400: {'error': 'Invalid model name passed in ...'}`); the router's variant says there are no healthy deployments for the model. It fails until the name or the proxy's model list changes.␟use a model name the proxy lists␟{
  "error": {
    "code": 400,
    "message": "400: {'error': 'Invalid model name passed in'}",
    "param": "None",
    "type": "None"
  }
}␟A typo in the model name, or a provider's model id where the proxy expects its own model group name␟A model removed from the proxy's configuration␟An empty `model` field␟Call `/v1/models` with the same key to list the model names it may use␟Ask the proxy admin to add the model␟https://github.com/BerriAI/litellm/blob/main/litellm/proxy/route_llm_request.py␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md␟https://github.com/BerriAI/litellm/issues/2931␟https://github.com/BerriAI/litellm/pull/3142␟https://github.com/BerriAI/litellm/issues/25466"#,
                counts: (3, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"UnsupportedParams␟LiteLLM found a parameter in the request that the chosen provider or model does not support and raised `litellm.UnsupportedParamsError` (a kind of `BadRequestError`) instead of sending it. The same request is refused again.␟remove the unsupported parameter␟␟An OpenAI parameter with no equivalent for the deployment's provider␟A proxy without `drop_params` enabled␟Remove the parameter from the request␟Ask the proxy admin to enable `drop_params` so unsupported parameters are dropped␟https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md",
                counts: (2, 2),
                ..T
            },
            EntryText {
                prose: r"ExpiredKey␟The virtual key was issued with an expiry (`duration` or `expires`) that has passed; the message gives the expiry and the current time. Current releases answer 401, older ones 400. The key stays refused until it is replaced or its expiry is extended.␟replace the key␟␟A key generated with a `duration` that has run out␟A UI session key that expired␟Generate a new key, or extend this one with `/key/update`␟https://github.com/BerriAI/litellm/blob/main/litellm/proxy/auth/user_api_key_auth.py␟https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py␟https://github.com/BerriAI/litellm/blob/main/tests/test_litellm/proxy/auth/test_auth_exception_handler.py␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md",
                counts: (2, 1),
                ..T
            },
            EntryText {
                prose: r#"InvalidVirtualKey␟The key in `Authorization` (or `x-litellm-api-key`, `api-key`, `x-api-key`) is not a key this proxy accepts: never issued, deleted, mistyped, blocked by an admin, or not shaped like a LiteLLM key (`sk-…`, refused with 400). The message shows the key abbreviated and, for an unknown key, its hash. It is errspec's entry for any 401 the proxy sends with type `auth_error` or `token_not_found_in_db`; resending with the same key fails the same way.␟check the virtual key␟{
  "error": {
    "code": "401",
    "message": "Authentication Error, Invalid proxy server token passed. Received API Key = sk-...8aSP, Key Hash (Token) =569909a917a742e1c954a5ae2ff043fb10fff299956707ca9f9ce64c1f257585. Unable to find token in cache or `LiteLLM_VerificationTokenTable`",
    "param": "key",
    "type": "token_not_found_in_db"
  }
}␟A key that was deleted, regenerated or never issued by this proxy␟A provider's API key (OpenAI, Anthropic) sent to the proxy instead of a LiteLLM virtual key␟A key an admin blocked with `/key/block`␟A client pointed at the wrong proxy␟Send a current virtual key issued by this proxy␟Ask the admin to unblock the key or issue a new one␟https://github.com/BerriAI/litellm/blob/main/litellm/proxy/auth/user_api_key_auth.py␟https://github.com/BerriAI/litellm/blob/main/litellm/proxy/auth/auth_exception_handler.py␟https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md␟https://github.com/BerriAI/litellm/issues/7287␟https://github.com/OpenHands/OpenHands/issues/17390"#,
                counts: (4, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"MissingApiKey␟The request reached a route that needs a key but carried none, or a header the proxy could not read as one (no `Bearer ` prefix). The proxy answers 401 with `Authentication Error, ` before the reason.␟send the virtual key as a bearer token␟␟No `Authorization` header, or an empty key variable in the client␟A key sent without the `Bearer ` prefix␟Send `Authorization: Bearer <virtual key>`␟https://github.com/BerriAI/litellm/blob/main/litellm/proxy/auth/auth_exception_handler.py␟https://github.com/BerriAI/litellm/blob/main/tests/test_litellm/proxy/auth/test_auth_exception_handler.py",
                counts: (2, 1),
                ..T
            },
            EntryText {
                prose: r"TagRoutingDenied␟Tag-based routing is on and every deployment of the requested model is reserved for tags the request does not carry; the proxy turns this router error into a 401. The same request is refused until its tags or the deployments' tags change.␟send the required tags or choose another model␟␟A request without the tags (`metadata.tags`, team or key tags) the model's deployments require␟Deployments tagged for other teams only␟Send the tags the deployment requires, or use a key whose team carries them␟Ask the proxy admin to tag a deployment for the request␟https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py␟https://github.com/BerriAI/litellm/blob/main/litellm/types/router.py␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md",
                counts: (2, 2),
                ..T
            },
            EntryText {
                prose: r#"UpstreamAuthenticationError␟The proxy accepted the caller's key, but the upstream provider refused the API key or credentials configured for the deployment; LiteLLM re-raises it as `litellm.AuthenticationError` naming the provider, and the body's `code` may be the provider's own (`invalid_api_key`). The caller cannot fix it: the proxy admin must update the deployment's credentials.␟ask the proxy admin to fix the provider credentials␟{
  "error": {
    "code": "invalid_api_key",
    "message": "litellm.AuthenticationError: OpenAIException - Incorrect API key provided: <my-key>. You can find your API key at https://platform.openai.com/account/api-keys.",
    "param": null,
    "type": "invalid_request_error"
  }
}␟A provider API key configured on the proxy that was revoked, mistyped or expired␟Cloud credentials (Azure, Bedrock, Vertex) the deployment uses that are no longer valid␟Report it to the proxy admin, who must fix the deployment's credentials␟Use another model group meanwhile␟https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py␟https://github.com/BerriAI/litellm/blob/main/docs/my-website/docs/proxy/error_diagnosis.md␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md"#,
                counts: (2, 2),
                ..T
            },
            EntryText {
                prose: r#"ModelAccessDenied␟The key is valid, but the model requested is outside what the key, its team, its user, its organisation or its project may call; the `type` names the level (`key_model_access_denied`, `team_model_access_denied`, …) and older messages list the allowed models. Current releases answer 403, older ones 401. Waiting does not help.␟use a model the key may call␟{
  "error": {
    "code": "403",
    "message": "key not allowed to access model. Tried to access model_name_99e5919f-d1c2-4383-8bf2-c3d82ec13faf_920349c6-cc4d-4759-9549-c310ac33d6c0, which is only deployed for other teams",
    "param": "model",
    "type": "key_model_access_denied"
  }
}␟A model missing from the key's `models` list or its access groups␟A team or organisation restricted to other models␟A client that picks a default model the key does not cover␟Use one of the models `/v1/models` lists for the key␟Ask the admin to add the model or its access group to the key or team␟https://github.com/BerriAI/litellm/blob/main/litellm/proxy/auth/auth_checks.py␟https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md␟https://github.com/winfunc/opcode/issues/358␟https://github.com/BerriAI/litellm/pull/39867"#,
                counts: (3, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"PermissionDenied␟A valid key asked for something its role does not allow (a management route, adding a model, a blocked model), or an upstream provider refused the deployment's credentials for the resource (`litellm.PermissionDeniedError`). errspec's entry for a 403 without anything more specific. The same request is refused again.␟ask for the permission␟{
  "error": {
    "code": "403",
    "message": "{'error': 'User does not have permission to make this model call. Your role=internal_user. You can only make model calls if you are a PROXY_ADMIN or if you are a team admin, by specifying a team_id in the model_info.'}",
    "param": "None",
    "type": "auth_error"
  }
}␟A route or action reserved for proxy admins or team admins␟A model every deployment of which is blocked␟An upstream 403 passed on by the proxy␟Read the message for the role or permission needed␟Ask the proxy admin for the permission, or for a key of the right role␟https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py␟https://github.com/BerriAI/litellm/blob/main/litellm/proxy/route_llm_request.py␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md␟https://github.com/ncecere/terraform-provider-litellm/pull/19"#,
                counts: (3, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"ResourceAccessDenied␟The key is valid, but the tool or vector store the request names is outside the key's, team's or organisation's allowed list; the `type` says which. The same request is refused until the admin grants access.␟ask for access to the tool or vector store␟␟A tool missing from the key's or team's allowed tools␟A vector store not granted to the key, team or organisation␟Ask the admin to grant the tool or vector store␟Leave the tool or vector store out of the request␟https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md",
                counts: (2, 2),
                ..T
            },
            EntryText {
                prose: r"NotFound␟The proxy has no such object (key, team, user, file, batch), or the upstream provider answered 404 for the deployment's model, which LiteLLM re-raises as `litellm.NotFoundError`. An unknown proxy model name arrives as 400 instead (`invalid_model_name`).␟check the id or model␟␟An id that does not exist or was deleted␟A deployment configured with a provider model id the provider does not know␟Check the id␟For an upstream 404, ask the proxy admin to fix the deployment's model id␟https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py␟https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md",
                counts: (2, 2),
                ..T
            },
            EntryText {
                prose: r#"Timeout␟The call to the upstream provider took longer than the timeout in force (the deployment's `timeout` or `stream_timeout`, or the request's); LiteLLM raises `litellm.Timeout` with status 408 and, in recent releases, the configured timeout and the time taken. Another attempt, possibly on another deployment, may succeed.␟retry after a short pause␟{
  "error": {
    "code": 408,
    "message": "APITimeoutError - Request timed out. \n model: azure/chatgpt-v-2 \n api_base: https://openai-gpt-4-test-v-1.openai.azure.com/ \n error_str: Request timed out.",
    "param": null,
    "type": null
  }
}␟A slow or overloaded upstream provider␟A long generation and a short configured timeout␟Retry after a short pause␟Stream long generations, or ask the admin to raise the deployment's timeout␟https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md␟https://github.com/BerriAI/litellm/pull/3279"#,
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"UnprocessableEntity␟The upstream provider accepted the request's shape but could not process its contents (`litellm.UnprocessableEntityError`), or the proxy's web framework refused a body that failed its validation. The same request fails again.␟fix the request␟␟Content the provider cannot process␟A request body that fails the proxy's validation␟Read the message and correct the request␟https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md",
                counts: (2, 1),
                ..T
            },
            EntryText {
                prose: r#"BudgetExceeded␟The spend tracked by the proxy for the key, user, end user, team, team member, organisation or tag (or a per-model budget of one of them) has reached its `max_budget`; the message names the object and gives current spend and cap. Current releases answer 429 with type `budget_exceeded`, older ones 400 (type `budget_exceeded` or `auth_error`) or 401. Only `type` or the message tells it from a rate limit: waiting helps only when the budget has a `budget_duration` and its window resets.␟raise the budget or wait for its reset␟{
  "error": {
    "code": 400,
    "message": "Budget has been exceeded! Current cost: 0.0010747, Max budget: 0.0",
    "param": null,
    "type": "auth_error"
  }
}␟A key, user, team or end user that spent its `max_budget`␟A per-model budget (`model_max_budget`) spent for the model requested␟A budget set to 0, or model prices configured too high, so that any request exceeds it␟Ask the proxy admin to raise the budget or reset the spend␟Wait for the budget window to reset when the budget has a `budget_duration`␟Use another key or model whose budget is not spent␟https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py␟https://github.com/BerriAI/litellm/blob/main/litellm/proxy/auth/auth_exception_handler.py␟https://github.com/BerriAI/litellm/blob/main/litellm/proxy/auth/auth_checks.py␟https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py␟https://github.com/BerriAI/litellm/blob/main/docs/my-website/docs/proxy/users.md␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md␟https://github.com/BerriAI/litellm/issues/4208␟https://github.com/BerriAI/litellm/pull/40002␟https://github.com/BerriAI/litellm/issues/36729"#,
                counts: (3, 3),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"DeploymentBudgetExceeded␟Budget routing is on and every candidate deployment or provider of the model group has spent the budget the admin set for the current period (`No deployments available - crossed budget`); the proxy answers 429. It clears only when the period (a day, a month) resets or the admin changes the budget, so an automatic retry does not help.␟wait for the budget period or ask the admin␟{
  "error": {
    "code": "429",
    "message": "No deployments available - crossed budget for provider: Exceeded budget for provider openai: 0.0007350000000000001 >= 1e-12",
    "param": "None",
    "type": "None"
  }
}␟A provider or deployment budget (`provider_budget_config`, a deployment's `max_budget`) spent for the period␟Budgets set too low for the traffic␟Wait for the budget period to reset␟Ask the proxy admin to raise the provider or deployment budget, or to add a fallback model group␟https://github.com/BerriAI/litellm/blob/main/litellm/types/router.py␟https://github.com/BerriAI/litellm/blob/main/docs/my-website/docs/proxy/provider_budget_routing.md␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md␟https://github.com/BerriAI/litellm/issues/14144"#,
                counts: (2, 2),
                ..T
            },
            EntryText {
                prose: r#"NoDeploymentsAvailable␟The router found no deployment of the model group it could use: all were put in cooldown after failures (rate limits, errors, bad credentials upstream) or are at their configured RPM/TPM. The proxy turns any such message into a 429; the message says how long to wait and lists the deployments cooling down with the error that sent them there. It passes when the cooldown ends, unless the underlying failure persists.␟wait for the cooldown, then retry␟{
  "error": {
    "message": "No deployments available for selected model, Try again in 60 seconds. Passed model=vertex-claude-3-5-sonnet. pre-call-checks=False, allowed_model_region=n/a, cooldown_list=[('...', {'Exception Received': 'litellm.APIConnectionError: Server error \\'529 Internal Server Error\\' for url \\'..../anthropic/models/claude-3-5-sonnet@"
  }
}␟Upstream rate limits that put every deployment of the group in cooldown␟Deployments failing for another reason (a bad provider key, an outage) and cooled down␟Deployment `rpm`/`tpm` limits reached for the minute␟Retry after the wait the message names␟Ask the proxy admin to add deployments or fallbacks, or to look at the errors in the cooldown list␟https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py␟https://github.com/BerriAI/litellm/blob/main/litellm/types/router.py␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md␟https://github.com/BerriAI/litellm/pull/2493␟https://github.com/BerriAI/litellm/issues/5764"#,
                counts: (3, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r#"RateLimited␟Either the proxy's own limiter refused the request because the key, user, team or end user is over its RPM, TPM or parallel-request limit (it sends `retry-after`, `rate_limit_type` and `reset_at` headers), or the upstream provider answered 429 and LiteLLM re-raised it as `litellm.RateLimitError` after its own retries. It passes with time.␟wait, then retry with backoff␟{
  "error": {
    "code": "429",
    "message": "litellm.RateLimitError: AzureException RateLimitError - Error code: 429 - {'error': {'code': '429', 'message': 'Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2023-05-15 have exceeded token rate limit of your current AIServices S0 pricing tier. Please retry after 86400 seconds. Please contact Azure support service if you would like to further increase the default rate limit.'}}\nReceived Model Group=azure-gpt-4o-mini\nAvailable Model Group Fallbacks=None",
    "param": null,
    "type": "throttling_error"
  }
}␟Requests above the key's or team's `rpm_limit`, `tpm_limit` or `max_parallel_requests`␟An upstream provider's rate limit for the deployment's account␟Back off and retry, honouring `retry-after`␟Ask the proxy admin to raise the limits or add deployments␟https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py␟https://github.com/BerriAI/litellm/blob/main/litellm/proxy/hooks/parallel_request_limiter_v3.py␟https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md␟https://github.com/BerriAI/litellm/issues/8392␟https://github.com/BerriAI/litellm/issues/13898␟https://github.com/jasonacox/TinyLLM/issues/17"#,
                counts: (2, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"UpstreamQuotaExceeded␟The upstream provider answered 429 because the account the deployment uses has run out of credit or quota, and LiteLLM passed it on as `litellm.RateLimitError` with the provider's message. It looks like a rate limit but waiting does not clear it: the admin must add credit or change the deployment's account.␟ask the proxy admin to restore the provider quota␟␟A provider account (OpenAI and compatible ones) with no credit or a spent quota behind the deployment␟Report it to the proxy admin, who must add credit or switch the deployment's key␟Use another model group meanwhile␟https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md␟https://github.com/OpenHands/OpenHands/issues/998",
                counts: (1, 2),
                provenance: Provenance::Observed,
                ..T
            },
            EntryText {
                prose: r"ApiConnectionError␟`litellm.APIConnectionError`, sent with status 500: the proxy could not reach the deployment's provider (a refused connection, a DNS failure, a wrong `api_base`), or got an answer it could not map; it is also LiteLLM's catch-all for unmapped upstream failures. A later attempt may succeed, but a misconfigured deployment keeps failing.␟retry with backoff␟␟An upstream endpoint that is down or unreachable from the proxy␟A deployment configured with a wrong `api_base`␟An upstream failure LiteLLM has no mapping for␟Retry with backoff␟Ask the proxy admin to check the deployment's endpoint when it persists␟https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py␟https://github.com/BerriAI/litellm/blob/main/docs/my-website/docs/exception_mapping.md␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md",
                counts: (3, 2),
                ..T
            },
            EntryText {
                prose: r#"InternalServerError␟A failure inside the proxy (then the body may be a bare `Internal server error`), or an upstream 5xx (overload included) LiteLLM re-raised as `litellm.InternalServerError` after its retries and fallbacks. errspec's entry for a 500 without anything more specific; another attempt often succeeds.␟retry with backoff␟{
  "error": {
    "message": "Internal server error",
    "type": "internal_server_error"
  }
}␟An upstream provider error or overload passed on by the proxy␟An unhandled exception in the proxy␟Retry with backoff␟Quote the `x-litellm-call-id` header to the proxy admin when it persists␟https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py␟https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py␟https://github.com/BerriAI/litellm/blob/main/docs/my-website/docs/proxy/error_diagnosis.md␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md"#,
                counts: (2, 2),
                ..T
            },
            EntryText {
                prose: r"BadGateway␟The upstream provider (or a proxy in front of it) answered 502 and LiteLLM re-raised it as `litellm.BadGatewayError`. A later attempt, possibly on another deployment, often succeeds.␟retry with backoff␟␟An upstream outage or a failing load balancer in front of the provider␟Retry with backoff␟https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py",
                counts: (1, 1),
                ..T
            },
            EntryText {
                prose: r"AuthProviderUnavailable␟The proxy validates the request against an identity provider (for JWT auth, its JWKS endpoint) and could not reach it. The request itself may be fine; it passes when the identity provider is reachable again.␟retry with backoff␟␟An identity provider that is down or unreachable from the proxy␟Retry with backoff␟Ask the proxy admin to check the connection to the identity provider␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md",
                counts: (1, 2),
                ..T
            },
            EntryText {
                prose: r"NoDbConnection␟The route needs the proxy's database (to look up a key, a team, spend) and the database is not connected or not reachable; current releases answer 503 with type `no_db_connection`. It passes when the database is back.␟retry with backoff␟␟A database outage or a network problem between the proxy and its database␟A proxy started without `DATABASE_URL` for a feature that needs it␟Retry with backoff␟Ask the proxy admin to check the database␟https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py␟https://github.com/BerriAI/litellm/blob/main/tests/test_litellm/proxy/auth/test_auth_exception_handler.py␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md",
                counts: (2, 2),
                ..T
            },
            EntryText {
                prose: r"ServiceUnavailable␟The upstream provider answered that it is unavailable or overloaded and LiteLLM re-raised it as `litellm.ServiceUnavailableError`, or a stream failed and LiteLLM's mid-stream fallback gave up (`litellm.MidStreamFallbackError`). Another attempt, possibly on another deployment, often succeeds.␟retry with backoff␟␟An upstream outage or overload␟A stream broken after it started␟Retry with backoff␟Ask the proxy admin to add fallbacks for the model group␟https://github.com/BerriAI/litellm/blob/main/litellm/exceptions.py␟https://github.com/BerriAI/litellm-docs/blob/main/docs/proxy/error_reference.md",
                counts: (2, 2),
                ..T
            },
        ];
        pub(super) static ENTRIES: [Entry; 28] = [
            Entry {
                code: "bad_request",
                status: 400,
                error_type: "None",
                alias_types: &["invalid_request_error", "bad_request_error"],
                null_code: true,
                fallback: true,
                category: Category::InvalidRequest,
                message: r"bad request: the proxy or the upstream provider refused the request as sent",
                retry: &POLICY_3,
                text: &TEXTS[0],
                ..D
            },
            Entry {
                code: "content_policy_violation",
                status: 400,
                error_type: "None",
                patterns: &["contentpolicyviolationerror", "content_policy_violation"],
                null_code: true,
                category: Category::InvalidRequest,
                message: r"content policy violation: the upstream provider's safety system refused the input",
                retry: &POLICY_3,
                text: &TEXTS[1],
                ..D
            },
            Entry {
                code: "context_window_exceeded",
                status: 400,
                alias_codes: &["context_length_exceeded"],
                error_type: "None",
                patterns: &[
                    "contextwindowexceedederror",
                    "context_length_exceeded",
                    "maximum context length",
                    "exceed context limit",
                    "prompt is too long",
                    "context window",
                ],
                null_code: true,
                category: Category::ContextLength,
                message: r"context window exceeded: the prompt and requested output do not fit the model",
                retry: &POLICY_3,
                text: &TEXTS[2],
                ..D
            },
            Entry {
                code: "guardrail_violation",
                status: 400,
                error_type: "None",
                patterns: &[
                    "violated guardrail policy",
                    "guardrail raised an exception",
                    "blocked entity detected",
                ],
                null_code: true,
                category: Category::InvalidRequest,
                message: r"guardrail violation: a guardrail configured on the proxy blocked the request",
                retry: &POLICY_3,
                text: &TEXTS[3],
                ..D
            },
            Entry {
                code: "invalid_model_name",
                status: 400,
                error_type: "invalid_request_error",
                alias_types: &["None"],
                patterns: &[
                    "invalid model name passed in",
                    r"there are no healthy deployments for this model",
                ],
                null_code: true,
                category: Category::NotFound,
                message: r"invalid model name: the proxy has no model group of that name",
                retry: &POLICY_3,
                text: &TEXTS[4],
                ..D
            },
            Entry {
                code: "unsupported_params",
                status: 400,
                error_type: "None",
                patterns: &["unsupportedparamserror", "does not support parameters"],
                null_code: true,
                category: Category::InvalidRequest,
                message: r"unsupported parameters: the upstream provider does not take a parameter sent",
                retry: &POLICY_3,
                text: &TEXTS[5],
                ..D
            },
            Entry {
                code: "expired_key",
                status: 401,
                alias_statuses: &[400],
                error_type: "expired_key",
                patterns: &["expired key"],
                null_code: true,
                category: Category::Authentication,
                message: r"expired key: the virtual key's expiry time has passed",
                retry: &POLICY_3,
                text: &TEXTS[6],
                ..D
            },
            Entry {
                code: "invalid_virtual_key",
                status: 401,
                alias_statuses: &[400],
                error_type: "auth_error",
                alias_types: &["token_not_found_in_db"],
                patterns: &[
                    r"invalid proxy server token passed",
                    "unable to find token in cache",
                    "litellm virtual key expected",
                    "key is blocked",
                ],
                null_code: true,
                fallback: true,
                category: Category::Authentication,
                message: r"invalid virtual key: the proxy does not accept the key sent",
                retry: &POLICY_3,
                text: &TEXTS[7],
                ..D
            },
            Entry {
                code: "missing_api_key",
                status: 401,
                error_type: "auth_error",
                patterns: &["no api key passed in", "malformed api key passed in"],
                null_code: true,
                category: Category::Authentication,
                message: r"missing API key: the request carries no usable key",
                retry: &POLICY_3,
                text: &TEXTS[8],
                ..D
            },
            Entry {
                code: "tag_routing_denied",
                status: 401,
                error_type: "None",
                patterns: &[r"not allowed to access model due to tags configuration"],
                null_code: true,
                category: Category::Permission,
                message: r"tag routing denied: no deployment of the model is open to the request's tags",
                retry: &POLICY_3,
                text: &TEXTS[9],
                ..D
            },
            Entry {
                code: "upstream_authentication_error",
                status: 401,
                alias_codes: &["invalid_api_key"],
                error_type: "None",
                alias_types: &["invalid_request_error"],
                patterns: &["litellm.authenticationerror"],
                null_code: true,
                category: Category::Authentication,
                message: r"upstream authentication error: the provider refused the credentials configured on the proxy",
                retry: &POLICY_3,
                text: &TEXTS[10],
                ..D
            },
            Entry {
                code: "model_access_denied",
                status: 403,
                alias_statuses: &[401],
                error_type: "key_model_access_denied",
                alias_types: &[
                    "team_model_access_denied",
                    "user_model_access_denied",
                    "org_model_access_denied",
                    "project_model_access_denied",
                ],
                patterns: &[
                    "not allowed to access model",
                    r"is not available for this api key",
                ],
                null_code: true,
                category: Category::Permission,
                message: r"model access denied: the key, team, user or organisation may not use this model",
                retry: &POLICY_3,
                text: &TEXTS[11],
                ..D
            },
            Entry {
                code: "permission_denied",
                status: 403,
                error_type: "None",
                alias_types: &["auth_error"],
                null_code: true,
                fallback: true,
                category: Category::Permission,
                message: r"permission denied: the caller may not perform this action",
                retry: &POLICY_3,
                text: &TEXTS[12],
                ..D
            },
            Entry {
                code: "resource_access_denied",
                status: 403,
                error_type: "tool_access_denied",
                alias_types: &[
                    "key_vector_store_access_denied",
                    "team_vector_store_access_denied",
                    "org_vector_store_access_denied",
                ],
                null_code: true,
                category: Category::Permission,
                message: r"resource access denied: the caller may not use this tool or vector store",
                retry: &POLICY_3,
                text: &TEXTS[13],
                ..D
            },
            Entry {
                code: "not_found",
                status: 404,
                error_type: "None",
                alias_types: &["not_found_error"],
                null_code: true,
                fallback: true,
                category: Category::NotFound,
                message: r"not found: the object or upstream model does not exist",
                retry: &POLICY_3,
                text: &TEXTS[14],
                ..D
            },
            Entry {
                code: "timeout",
                status: 408,
                error_type: "None",
                patterns: &["litellm.timeout", "apitimeouterror", "request timed out"],
                null_code: true,
                fallback: true,
                category: Category::Timeout,
                message: r"timeout: the upstream call exceeded the proxy's timeout",
                retry: &POLICY_2,
                text: &TEXTS[15],
                ..D
            },
            Entry {
                code: "unprocessable_entity",
                status: 422,
                error_type: "None",
                null_code: true,
                fallback: true,
                category: Category::InvalidRequest,
                message: r"unprocessable entity: the request's contents could not be processed",
                retry: &POLICY_3,
                text: &TEXTS[16],
                ..D
            },
            Entry {
                code: "budget_exceeded",
                status: 429,
                alias_statuses: &[400, 401],
                error_type: "budget_exceeded",
                patterns: &[
                    "budget has been exceeded",
                    "exceededbudget",
                    "exceededtokenbudget",
                    "over budget",
                    "exceeded budget for model",
                    "exceeded their budget",
                ],
                null_code: true,
                category: Category::Quota,
                message: r"budget exceeded: a spend cap set on the proxy has been reached",
                retry: &POLICY_3,
                text: &TEXTS[17],
                ..D
            },
            Entry {
                code: "deployment_budget_exceeded",
                status: 429,
                error_type: "None",
                patterns: &["crossed budget"],
                null_code: true,
                category: Category::Quota,
                message: r"deployment budget exceeded: every deployment or provider for the model spent its budget",
                retry: &POLICY_3,
                text: &TEXTS[18],
                ..D
            },
            Entry {
                code: "no_deployments_available",
                status: 429,
                error_type: "None",
                patterns: &[
                    "no deployments available",
                    "no healthy deployment available",
                ],
                null_code: true,
                category: Category::Overloaded,
                message: r"no deployments available: every deployment of the model is cooling down or at its limit",
                retry: &POLICY_1,
                text: &TEXTS[19],
                ..D
            },
            Entry {
                code: "rate_limited",
                status: 429,
                error_type: "throttling_error",
                alias_types: &["None"],
                patterns: &[
                    r"max parallel request limit reached",
                    "crossed tpm / rpm",
                    "rate limit exceeded for",
                ],
                null_code: true,
                fallback: true,
                category: Category::RateLimit,
                message: r"rate limited: a proxy limit or the upstream provider's limit was hit",
                retry: &POLICY_0,
                text: &TEXTS[20],
                ..D
            },
            Entry {
                code: "upstream_quota_exceeded",
                status: 429,
                error_type: "None",
                alias_types: &["throttling_error"],
                patterns: &["exceeded your current quota", "insufficient_quota"],
                null_code: true,
                category: Category::Quota,
                message: r"upstream quota exceeded: the provider account behind the deployment has no quota left",
                retry: &POLICY_3,
                text: &TEXTS[21],
                ..D
            },
            Entry {
                code: "api_connection_error",
                status: 500,
                error_type: "None",
                patterns: &["litellm.apiconnectionerror", "connection error"],
                null_code: true,
                category: Category::Gateway,
                message: r"API connection error: the proxy could not get a usable answer from the upstream provider",
                retry: &POLICY_2,
                text: &TEXTS[22],
                ..D
            },
            Entry {
                code: "internal_server_error",
                status: 500,
                error_type: "internal_server_error",
                alias_types: &["None"],
                null_code: true,
                fallback: true,
                category: Category::Server,
                message: r"internal server error: the proxy or the upstream provider failed",
                retry: &POLICY_2,
                text: &TEXTS[23],
                ..D
            },
            Entry {
                code: "bad_gateway",
                status: 502,
                error_type: "None",
                null_code: true,
                fallback: true,
                category: Category::Gateway,
                message: r"bad gateway: the upstream provider sent an invalid response",
                retry: &POLICY_2,
                text: &TEXTS[24],
                ..D
            },
            Entry {
                code: "auth_provider_unavailable",
                status: 503,
                error_type: "auth_provider_unavailable",
                null_code: true,
                category: Category::Server,
                message: r"auth provider unavailable: the proxy cannot reach the identity provider",
                retry: &POLICY_2,
                text: &TEXTS[25],
                ..D
            },
            Entry {
                code: "no_db_connection",
                status: 503,
                error_type: "no_db_connection",
                patterns: &["db not connected", "database connection error"],
                null_code: true,
                category: Category::Server,
                message: r"no database connection: the proxy cannot reach its database",
                retry: &POLICY_2,
                text: &TEXTS[26],
                ..D
            },
            Entry {
                code: "service_unavailable",
                status: 503,
                error_type: "None",
                null_code: true,
                fallback: true,
                category: Category::Overloaded,
                message: r"service unavailable: the upstream provider is unavailable or overloaded",
                retry: &POLICY_2,
                text: &TEXTS[27],
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
        name: "litellm",
        title: "LiteLLM proxy",
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
                (400, 1, "contentpolicyviolationerror", 13),
                (400, 1, "content_policy_violation", 7),
                (400, 2, "contextwindowexceedederror", 5),
                (400, 2, "context_length_exceeded", 7),
                (400, 2, "maximum context length", 2),
                (400, 2, "exceed context limit", 1),
                (400, 2, "prompt is too long", 0),
                (400, 2, "context window", 5),
                (400, 3, "violated guardrail policy", 0),
                (400, 3, "guardrail raised an exception", 21),
                (400, 3, "blocked entity detected", 4),
                (400, 4, "invalid model name passed in", 2),
                (400, 4, r"there are no healthy deployments for this model", 23),
                (400, 5, "unsupportedparamserror", 4),
                (400, 5, "does not support parameters", 11),
                (400, 6, "expired key", 1),
                (400, 7, r"invalid proxy server token passed", 11),
                (400, 7, "unable to find token in cache", 17),
                (400, 7, "litellm virtual key expected", 21),
                (400, 7, "key is blocked", 0),
                (400, 17, "budget has been exceeded", 17),
                (400, 17, "exceededbudget", 1),
                (400, 17, "exceededtokenbudget", 1),
                (400, 17, "over budget", 1),
                (400, 17, "exceeded budget for model", 1),
                (400, 17, "exceeded their budget", 1),
                (401, 6, "expired key", 1),
                (401, 7, r"invalid proxy server token passed", 11),
                (401, 7, "unable to find token in cache", 17),
                (401, 7, "litellm virtual key expected", 21),
                (401, 7, "key is blocked", 0),
                (401, 8, "no api key passed in", 7),
                (401, 8, "malformed api key passed in", 14),
                (401, 9, r"not allowed to access model due to tags configuration", 37),
                (401, 10, "litellm.authenticationerror", 6),
                (401, 11, "not allowed to access model", 8),
                (401, 11, r"is not available for this api key", 30),
                (401, 17, "budget has been exceeded", 17),
                (401, 17, "exceededbudget", 1),
                (401, 17, "exceededtokenbudget", 1),
                (401, 17, "over budget", 1),
                (401, 17, "exceeded budget for model", 1),
                (401, 17, "exceeded their budget", 1),
                (403, 11, "not allowed to access model", 8),
                (403, 11, r"is not available for this api key", 30),
                (408, 15, "litellm.timeout", 6),
                (408, 15, "apitimeouterror", 1),
                (408, 15, "request timed out", 2),
                (429, 17, "budget has been exceeded", 17),
                (429, 17, "exceededbudget", 1),
                (429, 17, "exceededtokenbudget", 1),
                (429, 17, "over budget", 1),
                (429, 17, "exceeded budget for model", 1),
                (429, 17, "exceeded their budget", 1),
                (429, 18, "crossed budget", 8),
                (429, 19, "no deployments available", 16),
                (429, 19, "no healthy deployment available", 23),
                (429, 20, r"max parallel request limit reached", 15),
                (429, 20, "crossed tpm / rpm", 12),
                (429, 20, "rate limit exceeded for", 12),
                (429, 21, "exceeded your current quota", 22),
                (429, 21, "insufficient_quota", 12),
                (500, 22, "litellm.apiconnectionerror", 9),
                (500, 22, "connection error", 0),
                (503, 26, "db not connected", 1),
                (503, 26, "database connection error", 4),
            ],
            refinements: &[],
            by_status: &[
                (400, 0),
                (401, 7),
                (403, 12),
                (404, 14),
                (408, 15),
                (422, 16),
                (429, 20),
                (500, 23),
                (502, 24),
                (503, 27),
            ],
            by_type: &[
                (400, "None", 0),
                (400, "auth_error", 7),
                (400, "bad_request_error", 0),
                (400, "budget_exceeded", 17),
                (400, "expired_key", 6),
                (400, "invalid_request_error", 0),
                (400, "token_not_found_in_db", 7),
                (401, "auth_error", 7),
                (401, "budget_exceeded", 17),
                (401, "expired_key", 6),
                (401, "invalid_request_error", 10),
                (401, "key_model_access_denied", 11),
                (401, "org_model_access_denied", 11),
                (401, "project_model_access_denied", 11),
                (401, "team_model_access_denied", 11),
                (401, "token_not_found_in_db", 7),
                (401, "user_model_access_denied", 11),
                (403, "None", 12),
                (403, "auth_error", 12),
                (403, "key_model_access_denied", 11),
                (403, "key_vector_store_access_denied", 13),
                (403, "org_model_access_denied", 11),
                (403, "org_vector_store_access_denied", 13),
                (403, "project_model_access_denied", 11),
                (403, "team_model_access_denied", 11),
                (403, "team_vector_store_access_denied", 13),
                (403, "tool_access_denied", 13),
                (403, "user_model_access_denied", 11),
                (404, "None", 14),
                (404, "not_found_error", 14),
                (408, "None", 15),
                (422, "None", 16),
                (429, "None", 20),
                (429, "budget_exceeded", 17),
                (429, "throttling_error", 20),
                (500, "None", 23),
                (500, "internal_server_error", 23),
                (502, "None", 24),
                (503, "None", 27),
                (503, "auth_provider_unavailable", 25),
                (503, "no_db_connection", 26),
            ],
        };
        ::core::option::Option::Some(&TABLES)
    }
}
::errspec::runtime::__private::impl_serde!(
    ErrorCode, ErrorCode::from_code, "an error code of the LiteLLM proxy"
);
///Error types (`error.type`) of the LiteLLM proxy.
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
    /**`None`: Not a category but the literal string `None`: the proxy's exception handlers fill `type` with it when the exception they catch has no type of its own (a routing error, a rate-limit hook, a guardrail, an upstream error LiteLLM re-raised). Bodies whose `type` is JSON `null` (upstream errors re-raised through the OpenAI SDK's classes) carry no type at all; errspec recognises both by message and status.

Codes of this type: `bad_request`, `content_policy_violation`, `context_window_exceeded`, `guardrail_violation`, `unsupported_params`, `tag_routing_denied`, `upstream_authentication_error`, `permission_denied`, `not_found`, `timeout`, `unprocessable_entity`, `deployment_budget_exceeded`, `no_deployments_available`, `upstream_quota_exceeded`, `api_connection_error`, `bad_gateway`, `service_unavailable`.*/
    None,
    /**`auth_error`: The proxy's general authentication type (`ProxyErrorTypes.auth_error`): a missing, malformed, unknown or blocked key, a failed JWT check, and in older releases some budget and permission refusals.

Codes of this type: `invalid_virtual_key`, `missing_api_key`.*/
    AuthError,
    /**`auth_provider_unavailable`: The identity provider the proxy needs to check the request (a JWKS endpoint, for example) cannot be reached; sent with status 503.

Codes of this type: `auth_provider_unavailable`.*/
    AuthProviderUnavailable,
    ///`bad_request_error`: The proxy's generic type for a request it refuses itself (`ProxyErrorTypes.bad_request_error`); sent with status 400.
    BadRequestError,
    /**`budget_exceeded`: A spend cap set on the proxy (key, user, end user, team, team member, organisation, tag or per-model budget) has been reached (`ProxyErrorTypes.budget_exceeded`). Sent with 429 by current releases, with 400 by older ones.

Codes of this type: `budget_exceeded`.*/
    BudgetExceeded,
    /**`expired_key`: The virtual key's expiry time has passed (`ProxyErrorTypes.expired_key`); status 401, 400 in older releases.

Codes of this type: `expired_key`.*/
    ExpiredKey,
    /**`internal_server_error`: The proxy's type for a failure inside itself or an upstream 5xx it re-raised as `litellm.InternalServerError`; status 500.

Codes of this type: `internal_server_error`.*/
    InternalServerError,
    /**`invalid_request_error`: A request refused as sent: a missing or malformed parameter, an unknown model name, or an upstream 400 whose own type LiteLLM kept.

Codes of this type: `invalid_model_name`.*/
    InvalidRequestError,
    /**`key_model_access_denied`: The virtual key's model list does not include the requested model; status 403 in current releases, 401 in older ones.

Codes of this type: `model_access_denied`.*/
    KeyModelAccessDenied,
    ///`key_vector_store_access_denied`: The virtual key may not use the requested vector store; status 403.
    KeyVectorStoreAccessDenied,
    /**`no_db_connection`: An endpoint that needs the proxy's database was called while the database is unreachable; status 503.

Codes of this type: `no_db_connection`.*/
    NoDbConnection,
    ///`not_found_error`: The proxy's type for an object (key, team, user, file) that does not exist; status 404.
    NotFoundError,
    ///`org_model_access_denied`: The key's organisation may not use the requested model; status 403.
    OrgModelAccessDenied,
    ///`org_vector_store_access_denied`: The key's organisation may not use the requested vector store; status 403.
    OrgVectorStoreAccessDenied,
    ///`project_model_access_denied`: The key's project may not use the requested model; status 403.
    ProjectModelAccessDenied,
    ///`team_model_access_denied`: The key's team may not use the requested model; status 403 in current releases, 401 in older ones.
    TeamModelAccessDenied,
    ///`team_vector_store_access_denied`: The key's team may not use the requested vector store; status 403.
    TeamVectorStoreAccessDenied,
    /**`throttling_error`: Sent with status 429 both by the proxy's own RPM, TPM and parallel-request limiter and by `litellm.RateLimitError`, the wrapper around an upstream provider's 429.

Codes of this type: `rate_limited`.*/
    ThrottlingError,
    ///`token_not_found_in_db`: The virtual key sent is not in the proxy's cache or key table: never issued, deleted, or mistyped (`ProxyErrorTypes.token_not_found_in_db`); status 401.
    TokenNotFoundInDb,
    /**`tool_access_denied`: The requested tool is not in the key's or team's allowed tools; status 403.

Codes of this type: `resource_access_denied`.*/
    ToolAccessDenied,
    ///`user_model_access_denied`: The key's user may not use the requested model; status 403.
    UserModelAccessDenied,
}
impl ErrorType {
    /// Every error type, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::None,
        Self::AuthError,
        Self::AuthProviderUnavailable,
        Self::BadRequestError,
        Self::BudgetExceeded,
        Self::ExpiredKey,
        Self::InternalServerError,
        Self::InvalidRequestError,
        Self::KeyModelAccessDenied,
        Self::KeyVectorStoreAccessDenied,
        Self::NoDbConnection,
        Self::NotFoundError,
        Self::OrgModelAccessDenied,
        Self::OrgVectorStoreAccessDenied,
        Self::ProjectModelAccessDenied,
        Self::TeamModelAccessDenied,
        Self::TeamVectorStoreAccessDenied,
        Self::ThrottlingError,
        Self::TokenNotFoundInDb,
        Self::ToolAccessDenied,
        Self::UserModelAccessDenied,
    ];
    /// The spec's entry for this type.
    pub fn entry(self) -> &'static ::errspec::runtime::ErrorTypeEntry {
        static ENTRIES: [::errspec::runtime::ErrorTypeEntry; 21usize] = [
            ::errspec::runtime::ErrorTypeEntry {
                name: "None",
                variant: "None",
                description: "Not a category but the literal string `None`: the proxy's exception handlers fill `type` with it when the exception they catch has no type of its own (a routing error, a rate-limit hook, a guardrail, an upstream error LiteLLM re-raised). Bodies whose `type` is JSON `null` (upstream errors re-raised through the OpenAI SDK's classes) carry no type at all; errspec recognises both by message and status.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "auth_error",
                variant: "AuthError",
                description: "The proxy's general authentication type (`ProxyErrorTypes.auth_error`): a missing, malformed, unknown or blocked key, a failed JWT check, and in older releases some budget and permission refusals.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "auth_provider_unavailable",
                variant: "AuthProviderUnavailable",
                description: "The identity provider the proxy needs to check the request (a JWKS endpoint, for example) cannot be reached; sent with status 503.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "bad_request_error",
                variant: "BadRequestError",
                description: "The proxy's generic type for a request it refuses itself (`ProxyErrorTypes.bad_request_error`); sent with status 400.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "budget_exceeded",
                variant: "BudgetExceeded",
                description: "A spend cap set on the proxy (key, user, end user, team, team member, organisation, tag or per-model budget) has been reached (`ProxyErrorTypes.budget_exceeded`). Sent with 429 by current releases, with 400 by older ones.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "expired_key",
                variant: "ExpiredKey",
                description: "The virtual key's expiry time has passed (`ProxyErrorTypes.expired_key`); status 401, 400 in older releases.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "internal_server_error",
                variant: "InternalServerError",
                description: "The proxy's type for a failure inside itself or an upstream 5xx it re-raised as `litellm.InternalServerError`; status 500.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "invalid_request_error",
                variant: "InvalidRequestError",
                description: "A request refused as sent: a missing or malformed parameter, an unknown model name, or an upstream 400 whose own type LiteLLM kept.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "key_model_access_denied",
                variant: "KeyModelAccessDenied",
                description: "The virtual key's model list does not include the requested model; status 403 in current releases, 401 in older ones.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "key_vector_store_access_denied",
                variant: "KeyVectorStoreAccessDenied",
                description: "The virtual key may not use the requested vector store; status 403.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "no_db_connection",
                variant: "NoDbConnection",
                description: "An endpoint that needs the proxy's database was called while the database is unreachable; status 503.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "not_found_error",
                variant: "NotFoundError",
                description: "The proxy's type for an object (key, team, user, file) that does not exist; status 404.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "org_model_access_denied",
                variant: "OrgModelAccessDenied",
                description: "The key's organisation may not use the requested model; status 403.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "org_vector_store_access_denied",
                variant: "OrgVectorStoreAccessDenied",
                description: "The key's organisation may not use the requested vector store; status 403.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "project_model_access_denied",
                variant: "ProjectModelAccessDenied",
                description: "The key's project may not use the requested model; status 403.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "team_model_access_denied",
                variant: "TeamModelAccessDenied",
                description: "The key's team may not use the requested model; status 403 in current releases, 401 in older ones.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "team_vector_store_access_denied",
                variant: "TeamVectorStoreAccessDenied",
                description: "The key's team may not use the requested vector store; status 403.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "throttling_error",
                variant: "ThrottlingError",
                description: "Sent with status 429 both by the proxy's own RPM, TPM and parallel-request limiter and by `litellm.RateLimitError`, the wrapper around an upstream provider's 429.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "token_not_found_in_db",
                variant: "TokenNotFoundInDb",
                description: "The virtual key sent is not in the proxy's cache or key table: never issued, deleted, or mistyped (`ProxyErrorTypes.token_not_found_in_db`); status 401.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "tool_access_denied",
                variant: "ToolAccessDenied",
                description: "The requested tool is not in the key's or team's allowed tools; status 403.",
            },
            ::errspec::runtime::ErrorTypeEntry {
                name: "user_model_access_denied",
                variant: "UserModelAccessDenied",
                description: "The key's user may not use the requested model; status 403.",
            },
        ];
        &ENTRIES[self as usize]
    }
    /// The type for a server's type string, if the spec knows it.
    pub fn from_name(name: &str) -> ::core::option::Option<Self> {
        match name {
            "None" => ::core::option::Option::Some(Self::None),
            "auth_error" => ::core::option::Option::Some(Self::AuthError),
            "auth_provider_unavailable" => {
                ::core::option::Option::Some(Self::AuthProviderUnavailable)
            }
            "bad_request_error" => ::core::option::Option::Some(Self::BadRequestError),
            "budget_exceeded" => ::core::option::Option::Some(Self::BudgetExceeded),
            "expired_key" => ::core::option::Option::Some(Self::ExpiredKey),
            "internal_server_error" => {
                ::core::option::Option::Some(Self::InternalServerError)
            }
            "invalid_request_error" => {
                ::core::option::Option::Some(Self::InvalidRequestError)
            }
            "key_model_access_denied" => {
                ::core::option::Option::Some(Self::KeyModelAccessDenied)
            }
            "key_vector_store_access_denied" => {
                ::core::option::Option::Some(Self::KeyVectorStoreAccessDenied)
            }
            "no_db_connection" => ::core::option::Option::Some(Self::NoDbConnection),
            "not_found_error" => ::core::option::Option::Some(Self::NotFoundError),
            "org_model_access_denied" => {
                ::core::option::Option::Some(Self::OrgModelAccessDenied)
            }
            "org_vector_store_access_denied" => {
                ::core::option::Option::Some(Self::OrgVectorStoreAccessDenied)
            }
            "project_model_access_denied" => {
                ::core::option::Option::Some(Self::ProjectModelAccessDenied)
            }
            "team_model_access_denied" => {
                ::core::option::Option::Some(Self::TeamModelAccessDenied)
            }
            "team_vector_store_access_denied" => {
                ::core::option::Option::Some(Self::TeamVectorStoreAccessDenied)
            }
            "throttling_error" => ::core::option::Option::Some(Self::ThrottlingError),
            "token_not_found_in_db" => {
                ::core::option::Option::Some(Self::TokenNotFoundInDb)
            }
            "tool_access_denied" => ::core::option::Option::Some(Self::ToolAccessDenied),
            "user_model_access_denied" => {
                ::core::option::Option::Some(Self::UserModelAccessDenied)
            }
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
    ErrorType, ErrorType::from_name, "an error type of the LiteLLM proxy"
);
#[doc(hidden)]
#[macro_export]
macro_rules! __errspec_catalog_litellm_ErrorCode {
    ([$($callback:tt)*] $($input:tt)*) => {
        $($callback)* ! { { format = 1, title = "LiteLLM proxy", codes = { "bad_request"
        => BadRequest, "content_policy_violation" => ContentPolicyViolation,
        "context_window_exceeded" | "context_length_exceeded" => ContextWindowExceeded,
        "guardrail_violation" => GuardrailViolation, "invalid_model_name" =>
        InvalidModelName, "unsupported_params" => UnsupportedParams, "expired_key" =>
        ExpiredKey, "invalid_virtual_key" => InvalidVirtualKey, "missing_api_key" =>
        MissingApiKey, "tag_routing_denied" => TagRoutingDenied,
        "upstream_authentication_error" | "invalid_api_key" =>
        UpstreamAuthenticationError, "model_access_denied" => ModelAccessDenied,
        "permission_denied" => PermissionDenied, "resource_access_denied" =>
        ResourceAccessDenied, "not_found" => NotFound, "timeout" => Timeout,
        "unprocessable_entity" => UnprocessableEntity, "budget_exceeded" =>
        BudgetExceeded, "deployment_budget_exceeded" => DeploymentBudgetExceeded,
        "no_deployments_available" => NoDeploymentsAvailable, "rate_limited" =>
        RateLimited, "upstream_quota_exceeded" => UpstreamQuotaExceeded,
        "api_connection_error" => ApiConnectionError, "internal_server_error" =>
        InternalServerError, "bad_gateway" => BadGateway, "auth_provider_unavailable" =>
        AuthProviderUnavailable, "no_db_connection" => NoDbConnection,
        "service_unavailable" => ServiceUnavailable, } } $($input)* }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __errspec_catalog_litellm_ErrorCode as ErrorCode;
