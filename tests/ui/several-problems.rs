// Every problem is reported at once, in text order.
errspec::catalog!(pub enum ErrorCode from "several-problems.json");

fn main() {}
