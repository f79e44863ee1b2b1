//! Prints Anthropic's error table and how a few responses classify.

use errspec_example_anthropic::{AnthropicCode, classify};

fn main() {
    for code in AnthropicCode::ALL {
        println!(
            "{} {:<18} {:<22} {}",
            code.status(),
            code.as_str(),
            code.error_type(),
            code.retry_policy()
        );
    }
    let overloaded =
        br#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#;
    let e = classify(529, &[("retry-after", "3")], overloaded);
    println!(
        "529 overloaded_error -> {e} (status {:?}, retry: {})",
        e.status(),
        e.retry_policy()
    );
    let bad = br#"{"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: Field required"}}"#;
    println!("400 invalid_request_error -> {:?}", classify(400, &[], bad));
}
