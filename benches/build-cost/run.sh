#!/usr/bin/env bash
# Downstream build cost: what errspec (every bundled catalog on) costs a crate to build,
# against the usual thiserror + serde + serde_json crate. A benchmark, not a test: nothing
# runs it but you.
#
#   benches/build-cost/run.sh [ROUNDS]      # default 5 rounds
#
# Per round, for debug and release, each crate (order alternates a,b / b,a across rounds):
#   clean  `cargo clean && cargo build --offline [--release]`  (downloads excluded)
#   alone  `touch src/lib.rs && cargo build --offline [--release]`  (the crate itself)
# then one `cargo build --timings` per crate and profile, summarised by timings.py and
# compared unit by unit by compare-timings.py.
# Everything lands in out/ (git-ignored): results.tsv, load.txt, summary.md, timings-*.
set -euo pipefail
cd "$(dirname "$0")"
ROUNDS=${1:-5}
CRATES=(errspec-user baseline)
OUT=$PWD/out
rm -rf "$OUT" && mkdir -p "$OUT"

python3 gen-baseline.py                    # baseline/src/codes.rs, sized like error-codes.json
for c in "${CRATES[@]}"; do (cd "$c" && cargo fetch -q); done   # the only network step

# "WALL<TAB>CPU" seconds taken by "$@": wall clock, and user+sys of cargo and every rustc
# it ran (bash's `time` counts reaped descendants). CPU time is the steadier of the two on
# a loaded machine; wall time is what a user waits.
measure() {
  local TIMEFORMAT="%R %U %S" t wall user sys
  t=$({ time "$@" >/dev/null 2>&1; } 2>&1)
  read -r wall user sys <<<"$t"
  printf '%s\t%.3f' "$wall" "$(echo "$user + $sys" | bc -l)"
}
build() { cargo build --offline -q "$@"; }

echo -e "round\tcrate\tprofile\tkind\twall\tcpu\tload1" > "$OUT/results.tsv"
record() { echo -e "$1\t$2\t$3\t$4\t$5\t$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$OUT/results.tsv"; }

for r in $(seq 1 "$ROUNDS"); do
  uptime >> "$OUT/load.txt"
  order=("${CRATES[@]}"); (( r % 2 == 0 )) && order=("${CRATES[1]}" "${CRATES[0]}")
  for profile in debug release; do
    flag=(); [[ $profile == release ]] && flag=(--release)
    for c in "${order[@]}"; do
      pushd "$c" >/dev/null
      cargo clean -q
      record "$r" "$c" "$profile" clean "$(measure build "${flag[@]}")"
      touch src/lib.rs
      record "$r" "$c" "$profile" alone "$(measure build "${flag[@]}")"
      popd >/dev/null
    done
  done
done
uptime >> "$OUT/load.txt"

# Where the time goes: per-unit times of one clean build per crate and profile.
for profile in debug release; do
  flag=(); [[ $profile == release ]] && flag=(--release)
  for c in "${CRATES[@]}"; do
    (cd "$c" && cargo clean -q && build "${flag[@]}" --timings)
    cp "$c"/target/cargo-timings/cargo-timing.html "$OUT/timings-$c-$profile.html"
    python3 timings.py "$OUT/timings-$c-$profile.html" > "$OUT/timings-$c-$profile.txt"
  done
  python3 compare-timings.py "$OUT"/timings-{errspec-user,baseline}-$profile.html > "$OUT/timings-diff-$profile.txt"
done

python3 summary.py "$OUT/results.tsv" | tee "$OUT/summary.md"
