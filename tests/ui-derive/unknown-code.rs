// A code the spec does not know, with the closest one suggested.
#[derive(Debug, errspec::SpecError)]
#[spec_error(spec = "spec.json")]
enum MyError {
    #[spec_error(code = "rate_limit_exceded")]
    RateLimited,
    #[spec_error(other)]
    Other,
}

// Used as an application would: the mistake above is the only error.
include!("use/from.rs");
