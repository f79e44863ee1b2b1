// A field the derive cannot fill names itself.
#[derive(Debug, errspec::SpecError)]
#[spec_error(spec = "spec.json")]
enum MyError {
    RateLimitExceeded { message: String, attempts: u32 },
    #[spec_error(other)]
    Other,
}

// Used as an application would: the mistake above is the only error.
include!("use/from.rs");
