// A variant without a code whose name matches no code.
#[derive(Debug, errspec::ApiError)]
#[api_error(spec = "spec.json")]
enum MyError {
    RateLimitExceded,
    InvalidJson,
}

fn main() {}
