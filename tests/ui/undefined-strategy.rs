// An entry must refer to a strategy the spec defines.
errspec::catalog!(pub enum ErrorCode from "undefined-strategy.json");

fn main() {}
