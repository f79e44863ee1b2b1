// An option the derive does not know, on a variant.
#[derive(Debug, errspec::SpecError)]
#[spec_error(spec = "spec.json")]
enum MyError {
    InvalidJson,
    #[spec_error(other, fallback)]
    Other(errspec::runtime::ErrorDetails<'static>),
}

// Used as an application would: the mistake above is the only error.
include!("use/from.rs");
