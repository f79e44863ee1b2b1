/work/main/target/debug/liberrspec_runtime.rlib: /work/main/runtime/src/catalog.rs /work/main/runtime/src/lib.rs /work/main/runtime/src/parse_error.rs
