// The macro says what syntax it expects.
errspec::catalog!(pub enum ErrorCode in "spec.json");

fn main() {}
