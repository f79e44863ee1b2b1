fn main() {
    let body = br#"{"error":{"message":"Rate limit reached.","type":"requests","param":null,"code":"rate_limit_exceeded"}}"#;
    let e = baseline::classify(429, body);
    println!(
        "openai: {:?} retryable={} {e}",
        e.category(),
        e.is_retryable()
    );
}
