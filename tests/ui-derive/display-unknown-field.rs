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
fn main() {
    let error = errspec::runtime::classify::<<MyError as errspec::runtime::SpecError>::Catalog>(429, &[], b"").into_owned();
    let e = MyError::from(error);
    let _ = (e.code(), e.status(), e.retry_strategy(), e.to_string());
}
