//! Fuzz target `redact`: see `fuzz/invariants/redact.rs` for what it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| errspec_fuzz::redact::check_redact(data));
