// `display` may only interpolate fields of its variant.
#[derive(Debug, errspec::ApiError)]
#[api_error(spec = "spec.json")]
enum MyError {
    #[api_error(display = "limited: {messge}")]
    RateLimitExceeded { message: String },
    #[api_error(other)]
    Other,
}

fn main() {}
