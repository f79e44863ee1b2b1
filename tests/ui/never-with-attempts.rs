// A `never` strategy makes exactly one attempt.
errspec::catalog!(pub enum ErrorCode from "never-with-attempts.json");

fn main() {}
