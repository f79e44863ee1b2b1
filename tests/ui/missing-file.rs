// A spec path that leads nowhere says where it looked.
errspec::catalog!(pub enum ErrorCode from "no-such-spec.json");

fn main() {}
