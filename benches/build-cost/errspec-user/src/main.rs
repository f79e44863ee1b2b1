fn main() {
    let body = br#"{"error":{"message":"Rate limit reached.","type":"requests","param":null,"code":"rate_limit_exceeded"}}"#;
    for line in errspec_user::report(429, body) {
        println!("{line}");
    }
}
