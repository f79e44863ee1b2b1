// An option the derive does not know, on the enum.
#[derive(Debug, errspec::ApiError)]
#[api_error(spec = "spec.json", strict)]
enum MyError {
    InvalidJson,
    #[api_error(other)]
    Other(errspec::runtime::ErrorDetails<'static>),
}

// Used as an application would: the mistake above is the only error.
fn main() {
    let error = errspec::runtime::classify::<<MyError as errspec::runtime::SpecError>::Catalog>(429, &[], b"").into_owned();
    let e = MyError::from(error);
    let _ = (e.code(), e.status(), e.retry_strategy(), e.to_string());
}
