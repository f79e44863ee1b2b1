// Only one entry per status can be the fallback.
errspec::catalog!(pub enum ErrorCode from "two-fallbacks.json");

fn main() {}
