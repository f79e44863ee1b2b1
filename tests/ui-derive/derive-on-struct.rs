// Only enums.
#[derive(Debug, errspec::SpecError)]
#[spec_error(spec = "spec.json")]
struct MyError {
    message: String,
}

fn main() {}
