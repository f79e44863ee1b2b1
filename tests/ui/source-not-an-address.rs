// A source must be an address a reader can open.
errspec::catalog!(pub enum ErrorCode from "source-not-an-address.json");

fn main() {}
