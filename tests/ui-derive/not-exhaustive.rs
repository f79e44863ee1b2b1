// Exhaustive mode lists the codes without a variant.
#[derive(Debug, errspec::ApiError)]
#[api_error(spec = "spec.json", exhaustive)]
enum MyError {
    InvalidJson,
    #[api_error(other)]
    Other,
}

fn main() {}
