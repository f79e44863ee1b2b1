// The enum must say which spec it follows.
#[derive(Debug, errspec::ApiError)]
enum MyError {
    InvalidJson,
}

fn main() {}
