// A required text that is missing is named.
errspec::catalog!(pub enum ErrorCode from "missing-text.json");

fn main() {}
