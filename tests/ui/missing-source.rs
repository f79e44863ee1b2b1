// An observed entry must say where it was observed.
errspec::catalog!(pub enum ErrorCode from "missing-source.json");

fn main() {}
