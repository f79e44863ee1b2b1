// Attribute mistakes are named, all at once.
#[derive(Debug, errspec::ApiError)]
#[api_error(spec = "spec.json", strict)]
enum MyError {
    #[api_error(code "invalid_json")]
    Bad,
    #[api_error(other, fallback)]
    Other,
}

fn main() {}
