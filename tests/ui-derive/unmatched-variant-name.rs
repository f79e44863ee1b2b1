// A variant without a code whose name matches no code.
#[derive(Debug, errspec::SpecError)]
#[spec_error(spec = "spec.json")]
enum MyError {
    RateLimitExceded,
    InvalidJson,
}

// Used as an application would: the mistake above is the only error.
include!("use/try_from.rs");
