//! The redaction survey of `#[derive(SpecError)]`: every key shape and spelling
//! (`runtime/tests/support/key_shapes.rs`) through the fields the derive fills, its
//! `display` strings (named, positional, `Debug`-formatted arguments), the catch-all's
//! `Display`, and the `Debug` the user derives — and none may show.

#[path = "../runtime/tests/support/key_shapes.rs"]
mod key_shapes;

use errspec::SpecError;
use errspec::openai::ErrorCode;
use errspec::runtime::{ErrorDetails, classify};
use key_shapes::{KEY_SHAPES, KeyShape, NOT_SECRETS, assert_hidden};

#[derive(Debug, SpecError)]
#[spec_error(catalog = ErrorCode)]
enum Survey {
    #[spec_error(
        code = "invalid_api_key",
        display = "bad key: {message} (request {request_id:?}, param {param:?})"
    )]
    BadKey {
        message: String,
        request_id: Option<String>,
        param: Option<String>,
    },
    #[spec_error(code = "rate_limit_exceeded", display = "slow down: {0}")]
    Slow(ErrorDetails<'static>),
    #[spec_error(other)]
    Other {
        message: String,
        error_type: Option<String>,
        code: Option<String>,
    },
}

/// The survey's errors for one shape: the key in the message, param, type, request id and,
/// for the catch-all, the code.
fn errors(shape: &KeyShape) -> Vec<Survey> {
    let k = shape.json;
    let bodies = [
        (
            401,
            format!(
                r#"{{"error":{{"message":"Incorrect API key provided: {k}","type":"invalid_request_error","param":"{k}","code":"invalid_api_key"}}}}"#
            ),
        ),
        (
            429,
            format!(
                r#"{{"error":{{"message":"limit for {k}","type":"requests","code":"rate_limit_exceeded"}}}}"#
            ),
        ),
        (
            418,
            format!(r#"{{"error":{{"message":"teapot {k}","type":"{k}","code":"{k}"}}}}"#),
        ),
    ];
    let headers = [("x-request-id", shape.text)];
    bodies
        .iter()
        .map(|(status, body)| {
            Survey::from(classify::<ErrorCode>(*status, &headers, body.as_bytes()).into_owned())
        })
        .collect()
}

#[test]
fn derived_fields_and_display_strings_hide_every_key_shape() {
    for shape in KEY_SHAPES {
        let errors = errors(shape);
        assert!(
            matches!(errors[0], Survey::BadKey { .. }),
            "{:?}",
            errors[0]
        );
        assert!(matches!(errors[1], Survey::Slow(_)), "{:?}", errors[1]);
        let Survey::Other {
            error_type, code, ..
        } = &errors[2]
        else {
            panic!("{:?}", errors[2]);
        };
        assert!(error_type.is_some() && code.is_some(), "{:?}", errors[2]);
        for e in &errors {
            assert_hidden(shape, "the derive's Display", &e.to_string());
            assert_hidden(
                shape,
                "the derive's filled fields (Debug)",
                &format!("{e:?} {e:#?}"),
            );
        }
    }
}

#[test]
fn display_strings_mask_text_the_user_put_in_fields() {
    for shape in KEY_SHAPES {
        let e = Survey::BadKey {
            message: shape.text.to_owned(),
            request_id: Some(shape.text.to_owned()),
            param: None,
        };
        assert_hidden(shape, "a display string", &e.to_string());
        let e = Survey::Other {
            message: shape.text.to_owned(),
            error_type: None,
            code: None,
        };
        assert_hidden(shape, "the catch-all's Display", &e.to_string());
    }
}

#[test]
fn display_strings_show_ordinary_text_as_written() {
    let e = Survey::BadKey {
        message: "task-based ask-me gpt-4o-mini".to_owned(),
        request_id: Some("req_0123456789abcdef0123456789abcdef".to_owned()),
        param: None,
    };
    assert_eq!(
        e.to_string(),
        r#"bad key: task-based ask-me gpt-4o-mini (request Some("req_0123456789abcdef0123456789abcdef"), param None)"#
    );
}

#[test]
fn the_catch_all_shows_request_ids_words_and_model_names_as_written() {
    for text in NOT_SECRETS {
        let e = Survey::Other {
            message: (*text).to_owned(),
            error_type: None,
            code: None,
        };
        assert_eq!(e.to_string(), *text);
    }
}
