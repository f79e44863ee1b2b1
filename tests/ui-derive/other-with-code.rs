// A variant is the catch-all or names codes, not both.
#[derive(Debug, errspec::SpecError)]
#[spec_error(spec = "spec.json")]
enum MyError {
    #[spec_error(other, code = "invalid_json")]
    Other,
}

// Used as an application would: the mistake above is the only error.
include!("use/from.rs");
