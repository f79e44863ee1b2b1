//! Fuzz target `classify`: see `fuzz/invariants/classify.rs` for what it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| errspec_fuzz::classify::check_classify(data));
