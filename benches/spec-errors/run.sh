#!/usr/bin/env bash
# Macro time on specs full of mistakes: N entries with one mistake each (gen.py), for
# each N given (default 1000 3000 10000). A benchmark, not a test: nothing runs it but you.
#
#   benches/spec-errors/run.sh [N...]
#   TYPES=1000 benches/spec-errors/run.sh 1000   # undefined types among 1,000 defined ones
#
# Per N: `cargo rustc` of the crate after touching it, with rustc's -Ztime-passes (through
# RUSTC_BOOTSTRAP, for the timing only): `expand_crate` is the macro expansion, where the
# spec is read, checked and every problem located; "build_s" is the whole `cargo rustc`
# (rustc printing every error included). Also counts the errors and the bytes printed.
set -euo pipefail
cd "$(dirname "$0")"
OUT=$PWD/out
mkdir -p "$OUT"
cp ../../Cargo.lock user/Cargo.lock                 # the workspace's versions, offline
export CARGO_TARGET_DIR=$OUT/target
# Dependencies, once, with the same environment (cargo tracks RUSTC_BOOTSTRAP).
TYPES=0 python3 gen.py 1
(cd user && RUSTC_BOOTSTRAP=1 cargo rustc --offline -q --lib >/dev/null 2>&1 || true)
printf 'entries\texpand_crate_s\tbuild_s\terrors\tbytes\n'
for n in "${@:-1000 3000 10000}"; do
  for n1 in $n; do
    python3 gen.py "$n1"
    touch user/src/lib.rs
    start=$(date +%s.%N)
    (cd user && RUSTC_BOOTSTRAP=1 cargo rustc --offline -q --lib -- -Ztime-passes) \
      >"$OUT/stdout-$n1.txt" 2>"$OUT/stderr-$n1.txt" || true
    end=$(date +%s.%N)
    expand=$(grep -m1 -E 'time: *[0-9.]+;.*expand_crate' "$OUT/stderr-$n1.txt" \
      | sed -E 's/.*time: *([0-9.]+);.*/\1/')
    errors=$(grep -c '^error: spec.json:' "$OUT/stderr-$n1.txt" || true)
    bytes=$(grep -v '^time:' "$OUT/stderr-$n1.txt" | wc -c)
    printf '%s\t%s\t%.2f\t%s\t%s\n' "$n1" "${expand:-?}" "$(echo "$end - $start" | bc -l)" \
      "$errors" "$bytes"
  done
done
