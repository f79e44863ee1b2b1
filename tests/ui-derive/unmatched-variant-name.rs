// A variant without a code whose name matches no code.
#[derive(Debug, errspec::ApiError)]
#[api_error(spec = "spec.json")]
enum MyError {
    RateLimitExceded,
    InvalidJson,
}

// Used as an application would: the mistake above is the only error.
fn main() {
    let error = errspec::runtime::classify::<<MyError as errspec::runtime::SpecError>::Catalog>(429, &[], b"").into_owned();
    if let Ok(e) = MyError::try_from(error) {
        let _ = (e.code(), e.status(), e.retry_strategy(), e.to_string());
    }
}
