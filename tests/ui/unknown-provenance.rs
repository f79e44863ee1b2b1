// Provenance is a closed set.
errspec::catalog!(pub enum ErrorCode from "unknown-provenance.json");

fn main() {}
