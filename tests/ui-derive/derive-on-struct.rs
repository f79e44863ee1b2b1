// Only enums.
#[derive(Debug, errspec::ApiError)]
#[api_error(spec = "spec.json")]
struct MyError {
    message: String,
}

fn main() {}
