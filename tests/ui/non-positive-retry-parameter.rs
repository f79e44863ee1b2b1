// Retry parameters must be positive.
errspec::catalog!(pub enum ErrorCode from "non-positive-retry-parameter.json");

fn main() {}
