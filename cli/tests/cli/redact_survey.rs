//! The redaction survey of `errspec classify`: every key shape and spelling
//! (`runtime/tests/support/key_shapes.rs`) in the body's message, param, type and code and
//! in a request-id header, in the text and the `--json` output — and none may show.

#[path = "../../../runtime/tests/support/key_shapes.rs"]
mod key_shapes;

use key_shapes::{KEY_SHAPES, KeyShape, NOT_SECRETS, assert_hidden};

use super::{errspec, run_with};

/// The bodies a key can arrive in: a known code, an unknown code that is the key itself,
/// and a body that is not JSON at all.
fn bodies(shape: &KeyShape) -> [(&'static str, String); 3] {
    let k = shape.json;
    [
        (
            "401",
            format!(
                r#"{{"error":{{"message":"Incorrect API key provided: {k}","type":"invalid_request_error","param":"{k}","code":"invalid_api_key"}}}}"#
            ),
        ),
        (
            "418",
            format!(
                r#"{{"error":{{"message":"teapot {k}","type":"{k}","param":"{k}","code":"{k}"}}}}"#
            ),
        ),
        (
            "502",
            format!("<html>bad gateway for {}</html>", shape.text),
        ),
    ]
}

/// Stdout and stderr of `errspec classify` on `body`, with `extra` arguments.
fn classify(status: &str, header: &str, body: &str, extra: &[&str]) -> String {
    let r = run_with(
        errspec()
            .args(["classify", "--status", status, "-H", header])
            .args(extra)
            .write_stdin(body),
    );
    assert_eq!(r.code, 0, "{}", r.err);
    format!("{}\n{}", r.out, r.err)
}

#[test]
fn classify_hides_every_key_shape_in_text_and_json() {
    for shape in KEY_SHAPES {
        let header = format!("x-request-id: {}", shape.text);
        for (status, body) in bodies(shape) {
            let text = classify(status, &header, &body, &[]);
            assert!(text.contains("category"), "{text}");
            assert_hidden(shape, "classify", &text);
            let json = classify(status, &header, &body, &["--json"]);
            assert!(json.contains("\"status\""), "{json}");
            assert_hidden(shape, "classify --json", &json);
        }
    }
}

#[test]
fn classify_shows_request_ids_and_ordinary_words_as_sent() {
    for text in NOT_SECRETS {
        let body = format!(r#"{{"error":{{"message":"{text}","code":"model_not_found"}}}}"#);
        let json = classify("404", "x-request-id: req_1", &body, &["--json"]);
        let v: serde_json::Value = serde_json::from_str(json.trim()).expect("one JSON value");
        assert_eq!(v["message"], *text, "{json}");
    }
}
