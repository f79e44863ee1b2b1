// A value of the wrong JSON type is located at the value.
errspec::catalog!(pub enum ErrorCode from "wrong-type.json");

fn main() {}
