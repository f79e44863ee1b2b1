// A key written twice in one entry: serde_json would keep the last without a word.
errspec::catalog!(pub enum ErrorCode from "duplicate-key.json");

fn main() {}
