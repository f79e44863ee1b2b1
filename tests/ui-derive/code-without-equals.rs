// `code` takes its codes after `=`.
#[derive(Debug, errspec::SpecError)]
#[spec_error(spec = "spec.json")]
enum MyError {
    #[spec_error(code "invalid_json")]
    Bad,
    #[spec_error(other)]
    Other(errspec::runtime::ErrorDetails<'static>),
}

// Used as an application would: the mistake above is the only error.
include!("use/from.rs");
