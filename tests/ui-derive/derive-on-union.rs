// Only enums.
#[derive(errspec::ApiError)]
#[api_error(spec = "spec.json")]
union MyError {
    status: u16,
}

fn main() {}
