// Two codes that become the same Rust variant are rejected, naming both.
errspec::catalog!(pub enum ErrorCode from "identifier-clash.json");

fn main() {}
