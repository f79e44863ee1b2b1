// An alias code that is another entry's code: the body's code would name two entries.
errspec::catalog!(pub enum ErrorCode from "alias-clash.json");

fn main() {}
