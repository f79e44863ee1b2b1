// Codes are plain names: letters, digits, `_`, `-`, `.`.
errspec::catalog!(pub enum ErrorCode from "invalid-code.json");

fn main() {}
