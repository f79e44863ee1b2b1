//! Fuzz target `hints`: see `fuzz/invariants/hints.rs` for what it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| errspec_fuzz::hints::check_hints(data));
