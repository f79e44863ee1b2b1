// One code for two variants would make the conversion ambiguous.
#[derive(Debug, errspec::SpecError)]
#[spec_error(spec = "spec.json")]
enum MyError {
    RateLimitExceeded,
    #[spec_error(code = "invalid_json" | "rate_limit_exceeded")]
    Other,
}

// Used as an application would: the mistake above is the only error.
include!("use/try_from.rs");
