// An option the derive does not know, on the enum.
#[derive(Debug, errspec::SpecError)]
#[spec_error(spec = "spec.json", strict)]
enum MyError {
    InvalidJson,
    #[spec_error(other)]
    Other(errspec::runtime::ErrorDetails<'static>),
}

// Used as an application would: the mistake above is the only error.
include!("use/from.rs");
