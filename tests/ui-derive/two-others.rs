// Only one catch-all.
#[derive(Debug, errspec::ApiError)]
#[api_error(spec = "spec.json")]
enum MyError {
    #[api_error(other)]
    First,
    #[api_error(other)]
    Second,
}

// Used as an application would: the mistake above is the only error.
fn main() {
    let error = errspec::runtime::classify::<<MyError as errspec::runtime::SpecError>::Catalog>(429, &[], b"").into_owned();
    let e = MyError::from(error);
    let _ = (e.code(), e.status(), e.retry_strategy(), e.to_string());
}
