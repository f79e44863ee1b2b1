// One code for two variants would make the conversion ambiguous.
#[derive(Debug, errspec::ApiError)]
#[api_error(spec = "spec.json")]
enum MyError {
    RateLimitExceeded,
    #[api_error(code = "invalid_json" | "rate_limit_exceeded")]
    Other,
}

// Used as an application would: the mistake above is the only error.
fn main() {
    let error = errspec::runtime::classify::<<MyError as errspec::runtime::SpecError>::Catalog>(429, &[], b"").into_owned();
    if let Ok(e) = MyError::try_from(error) {
        let _ = (e.code(), e.status(), e.retry_strategy(), e.to_string());
    }
}
