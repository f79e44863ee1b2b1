// An entry's type must be declared in `error_types`.
errspec::catalog!(pub enum ErrorCode from "undefined-type.json");

fn main() {}
