// A pattern an earlier, simpler pattern always beats.
errspec::catalog!(pub enum ErrorCode from "pattern-never-matches.json");

fn main() {}
