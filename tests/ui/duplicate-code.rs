// A code defined twice shows both places.
errspec::catalog!(pub enum ErrorCode from "duplicate-code.json");

fn main() {}
