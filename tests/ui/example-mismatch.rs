// An example body must show the entry's own code.
errspec::catalog!(pub enum ErrorCode from "example-mismatch.json");

fn main() {}
