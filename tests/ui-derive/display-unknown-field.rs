// `display` may only interpolate fields of its variant.
#[derive(Debug, errspec::ApiError)]
#[api_error(spec = "spec.json")]
enum MyError {
    #[api_error(display = "limited: {messge}")]
    RateLimitExceeded { message: String },
    #[api_error(other)]
    Other,
}

// Used as an application would: the mistake above is the only error.
include!("use/from.rs");
