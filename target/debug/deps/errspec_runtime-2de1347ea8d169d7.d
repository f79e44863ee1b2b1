/work/main/target/debug/deps/errspec_runtime-2de1347ea8d169d7.d: runtime/src/lib.rs runtime/src/catalog.rs runtime/src/headers.rs runtime/src/parse_error.rs

/work/main/target/debug/deps/errspec_runtime-2de1347ea8d169d7: runtime/src/lib.rs runtime/src/catalog.rs runtime/src/headers.rs runtime/src/parse_error.rs

runtime/src/lib.rs:
runtime/src/catalog.rs:
runtime/src/headers.rs:
runtime/src/parse_error.rs:
