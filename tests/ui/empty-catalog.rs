// A spec without codes has nothing to generate.
errspec::catalog!(pub enum ErrorCode from "empty-catalog.json");

fn main() {}
