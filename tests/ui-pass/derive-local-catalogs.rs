// Deriving against catalogs of this crate: two of one name in two modules, one private,
// neither needing its spec file again.
mod public {
    errspec::catalog!(pub enum ErrorCode from "keyword-codes.json");
}

mod private {
    errspec::catalog!(enum ErrorCode from "keyword-codes.json");

    #[derive(Debug, errspec::SpecError)]
    #[spec_error(catalog = ErrorCode)]
    enum Private {
        Type,
        #[spec_error(other)]
        Other(errspec::runtime::ApiError<ErrorCode>),
    }

    pub fn check() {
        let body = br#"{"error":{"message":"m","type":"invalid_request_error","code":"match"}}"#;
        let e = Private::from(errspec::runtime::classify::<ErrorCode>(400, &[], body).into_owned());
        assert_eq!(e.code(), Some(ErrorCode::Match));
        assert_eq!(e.status(), 400);
        assert_eq!(Private::Type.code(), Some(ErrorCode::Type));
    }
}

#[derive(Debug, errspec::SpecError)]
#[spec_error(catalog = crate::public::ErrorCode)]
enum Public {
    #[spec_error(code = "self" | "fn")]
    Keyword { code: Option<public::ErrorCode> },
    Async,
}

fn main() {
    private::check();
    let body = br#"{"error":{"message":"m","type":"invalid_request_error","code":"fn"}}"#;
    let error = errspec::runtime::classify::<public::ErrorCode>(400, &[], body).into_owned();
    let e = Public::try_from(error).unwrap();
    assert_eq!(e.code(), Some(public::ErrorCode::Fn));
    assert_eq!(e.status(), 400);
}
