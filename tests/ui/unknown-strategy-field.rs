// Strategy parameters of another kind are rejected.
errspec::catalog!(pub enum ErrorCode from "unknown-strategy-field.json");

fn main() {}
