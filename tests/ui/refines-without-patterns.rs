// A refinement with nothing to tell it apart from the entry it refines.
errspec::catalog!(pub enum ErrorCode from "refines-without-patterns.json");

fn main() {}
