// A broken spec is reported as for `catalog!`.
#[derive(Debug, errspec::ApiError)]
#[api_error(spec = "../ui/two-fallbacks.json")]
enum MyError {
    #[api_error(other)]
    Other,
}

// Used as an application would: the mistake above is the only error.
include!("use/from.rs");
