// A syntax error is reported with its line and column.
errspec::catalog!(pub enum ErrorCode from "invalid-json.json");

fn main() {}
