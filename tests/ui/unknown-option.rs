// Unknown `#[catalog(...)]` options are named.
errspec::catalog! {
    #[catalog(runtime = "::errspec::runtime")]
    pub enum ErrorCode from "unused.json";
}

fn main() {}
