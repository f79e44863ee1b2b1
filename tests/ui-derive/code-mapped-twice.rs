// One code for two variants would make the conversion ambiguous.
#[derive(Debug, errspec::ApiError)]
#[api_error(spec = "spec.json")]
enum MyError {
    RateLimitExceeded,
    #[api_error(code = "invalid_json" | "rate_limit_exceeded")]
    Other,
}

fn main() {}
