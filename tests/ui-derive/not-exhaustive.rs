// Exhaustive mode lists the codes without a variant.
#[derive(Debug, errspec::SpecError)]
#[spec_error(spec = "spec.json", exhaustive)]
enum MyError {
    InvalidJson,
    #[spec_error(other)]
    Other,
}

// Used as an application would: the mistake above is the only error.
include!("use/from.rs");
