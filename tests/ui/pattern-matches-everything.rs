// A pattern without text would match every message.
errspec::catalog!(pub enum ErrorCode from "pattern-matches-everything.json");

fn main() {}
