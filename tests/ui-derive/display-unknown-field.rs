// `display` may only interpolate fields of its variant.
#[derive(Debug, errspec::SpecError)]
#[spec_error(spec = "spec.json")]
enum MyError {
    #[spec_error(display = "limited: {messge}")]
    RateLimitExceeded { message: String },
    #[spec_error(other)]
    Other,
}

// Used as an application would: the mistake above is the only error.
include!("use/from.rs");
