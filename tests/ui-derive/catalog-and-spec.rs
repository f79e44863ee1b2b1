// A catalog brings its spec: naming the file too is one thing too many.
#[derive(Debug, errspec::SpecError)]
#[spec_error(spec = "spec.json", catalog = errspec::openai::ErrorCode)]
enum MyError {
    RateLimitExceeded,
    #[spec_error(other)]
    Other(errspec::runtime::ErrorDetails<'static>),
}

// Used as an application would: the mistake above is the only error.
include!("use/from.rs");
