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
include!("use/from.rs");
