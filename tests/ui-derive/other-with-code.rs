// A variant is the catch-all or names codes, not both.
#[derive(Debug, errspec::ApiError)]
#[api_error(spec = "spec.json")]
enum MyError {
    #[api_error(other, code = "invalid_json")]
    Other,
}

// Used as an application would: the mistake above is the only error.
fn main() {
    let error = errspec::runtime::classify::<<MyError as errspec::runtime::SpecError>::Catalog>(429, &[], b"").into_owned();
    let e = MyError::from(error);
    let _ = (e.code(), e.status(), e.retry_strategy(), e.to_string());
}
