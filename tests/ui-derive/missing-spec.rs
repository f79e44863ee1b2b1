// The enum must say which spec it follows.
#[derive(Debug, errspec::SpecError)]
enum MyError {
    InvalidJson,
}

// Used as an application would: the mistake above is the only error.
include!("use/try_from.rs");
