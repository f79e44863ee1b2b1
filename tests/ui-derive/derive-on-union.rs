// Only enums.
#[derive(errspec::SpecError)]
#[spec_error(spec = "spec.json")]
union MyError {
    status: u16,
}

fn main() {}
