// Only 4xx and 5xx statuses describe errors.
errspec::catalog!(pub enum ErrorCode from "status-out-of-range.json");

fn main() {}
