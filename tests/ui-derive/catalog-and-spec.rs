// A catalog brings its spec: naming the file too is one thing too many.
#[derive(Debug, errspec::ApiError)]
#[api_error(spec = "spec.json", catalog = errspec::openai::ErrorCode)]
enum MyError {
    RateLimitExceeded,
    #[api_error(other)]
    Other(errspec::runtime::ErrorDetails<'static>),
}

// Used as an application would: the mistake above is the only error.
fn main() {
    let error = errspec::runtime::classify::<errspec::openai::ErrorCode>(429, &[], b"").into_owned();
    let e = MyError::from(error);
    let _ = (e.code(), e.status(), e.retry_strategy(), e.to_string());
}
