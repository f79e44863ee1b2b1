// Fields the format does not know are rejected (a typo would be silently lost).
errspec::catalog!(pub enum ErrorCode from "unknown-field.json");

fn main() {}
