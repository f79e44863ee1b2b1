// Codes that are Rust keywords still make valid variants.
errspec::catalog!(pub enum ErrorCode from "keyword-codes.json");

fn main() {
    assert_eq!(ErrorCode::from_code("type"), Some(ErrorCode::Type));
    assert_eq!(ErrorCode::from_code("self"), Some(ErrorCode::Self_));
    assert_eq!(ErrorCode::Match.as_str(), "match");
    assert_eq!(ErrorCode::Fn.status(), 400);
    assert_eq!(ErrorCode::Async.error_type(), ErrorType::InvalidRequestError);
}
