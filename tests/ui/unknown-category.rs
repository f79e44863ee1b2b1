// Categories are a closed set.
errspec::catalog!(pub enum ErrorCode from "unknown-category.json");

fn main() {}
