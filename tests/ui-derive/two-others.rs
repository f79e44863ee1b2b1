// Only one catch-all.
#[derive(Debug, errspec::ApiError)]
#[api_error(spec = "spec.json")]
enum MyError {
    #[api_error(other)]
    First,
    #[api_error(other)]
    Second,
}

fn main() {}
