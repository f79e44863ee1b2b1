// A required text that is empty is as good as missing.
errspec::catalog!(pub enum ErrorCode from "empty-text.json");

fn main() {}
