// Only one catch-all.
#[derive(Debug, errspec::SpecError)]
#[spec_error(spec = "spec.json")]
enum MyError {
    #[spec_error(other)]
    First,
    #[spec_error(other)]
    Second,
}

// Used as an application would: the mistake above is the only error.
include!("use/from.rs");
