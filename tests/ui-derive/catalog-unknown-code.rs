// Against a bundled catalog, with no spec file: still checked, still a suggestion.
#[derive(Debug, errspec::SpecError)]
#[spec_error(catalog = errspec::openai::ErrorCode)]
enum MyError {
    #[spec_error(code = "rate_limit_exceded")]
    RateLimited { message: String },
    #[spec_error(other)]
    Other(errspec::runtime::ErrorDetails<'static>),
}

// Used as an application would: the mistake above is the only error.
include!("use/from.rs");
