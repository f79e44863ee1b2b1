// Two fallbacks for one type and status.
errspec::catalog!(pub enum ErrorCode from "two-type-fallbacks.json");

fn main() {}
