/work/main/target/debug/deps/errspec_runtime-d0f9a62ed9a73dd6.d: runtime/src/lib.rs runtime/src/catalog.rs runtime/src/classify.rs runtime/src/envelope.rs runtime/src/executor.rs runtime/src/headers.rs runtime/src/hints.rs runtime/src/parse_error.rs runtime/src/retry.rs

/work/main/target/debug/deps/liberrspec_runtime-d0f9a62ed9a73dd6.rlib: runtime/src/lib.rs runtime/src/catalog.rs runtime/src/classify.rs runtime/src/envelope.rs runtime/src/executor.rs runtime/src/headers.rs runtime/src/hints.rs runtime/src/parse_error.rs runtime/src/retry.rs

/work/main/target/debug/deps/liberrspec_runtime-d0f9a62ed9a73dd6.rmeta: runtime/src/lib.rs runtime/src/catalog.rs runtime/src/classify.rs runtime/src/envelope.rs runtime/src/executor.rs runtime/src/headers.rs runtime/src/hints.rs runtime/src/parse_error.rs runtime/src/retry.rs

runtime/src/lib.rs:
runtime/src/catalog.rs:
runtime/src/classify.rs:
runtime/src/envelope.rs:
runtime/src/executor.rs:
runtime/src/headers.rs:
runtime/src/hints.rs:
runtime/src/parse_error.rs:
runtime/src/retry.rs:
