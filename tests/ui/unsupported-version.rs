// Only spec version 1 exists.
errspec::catalog!(pub enum ErrorCode from "unsupported-version.json");

fn main() {}
