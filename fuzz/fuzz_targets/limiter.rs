//! Fuzz target `limiter`: see `fuzz/invariants/limiter.rs` for what it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| errspec_fuzz::limiter::check_limiter(data));
