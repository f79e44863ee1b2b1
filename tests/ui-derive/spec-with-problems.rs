// A broken spec is reported as for `catalog!`.
#[derive(Debug, errspec::SpecError)]
#[spec_error(spec = "../ui/two-fallbacks.json")]
enum MyError {
    #[spec_error(other)]
    Other,
}

// Used as an application would: the mistake above is the only error.
include!("use/from.rs");
