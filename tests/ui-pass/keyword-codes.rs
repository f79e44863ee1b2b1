// Codes that are Rust keywords, or that would clash with `Self::Err`, still make valid
// variants.
errspec::catalog!(pub enum ErrorCode from "keyword-codes.json");

fn main() {
    assert_eq!(ErrorCode::from_code("type"), Some(ErrorCode::Type));
    assert_eq!(ErrorCode::from_code("self"), Some(ErrorCode::Self_));
    assert_eq!(ErrorCode::Match.as_str(), "match");
    assert_eq!(ErrorCode::Fn.status(), 400);
    assert_eq!(ErrorCode::Async.error_type(), ErrorType::InvalidRequestError);
    // `err` / `ERR` become `Err_` and round-trip through their strings.
    assert_eq!("err".parse::<ErrorCode>(), Ok(ErrorCode::Err_));
    assert_eq!(ErrorCode::Err_.as_str(), "err");
    assert_eq!(ErrorCode::Err_.error_type(), ErrorType::Err_);
    assert_eq!("ERR".parse::<ErrorType>(), Ok(ErrorType::Err_));
    assert_eq!(ErrorType::Err_.as_str(), "ERR");
}
