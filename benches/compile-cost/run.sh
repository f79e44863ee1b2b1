#!/usr/bin/env bash
# Compile cost of a generated catalog against the same catalog written by hand, at several
# sizes. A benchmark, not a test: nothing runs it but you.
#
#   benches/compile-cost/run.sh [PAIRS] [N...]     # default: 5 pairs, N = 100 1000 5000
#
# For each N, gen.py writes out/N/: a workspace with errspec-cat (`errspec::catalog!` over a
# spec of N entries) and hand (the same catalog written out; see gen.py). Dependencies are
# built once, then per pair, each crate in turn (order alternates a,b / b,a across pairs):
#   rebuild  edit entry 0's message, `cargo build`   (what a spec edit costs)
#   check    edit it again, `cargo check`
#   fresh    `cargo clean -p CRATE && cargo build`   (the crate alone, dependencies built)
# Every step records wall and CPU (user+sys) seconds and the peak RSS of the largest process
# (rustc). Then the expansion's line count: `errspec expand` (prettyplease) against the hand-
# written file. Results: out/results.tsv, out/lines.tsv, out/summary.md (git-ignored).
set -euo pipefail
cd "$(dirname "$0")"
HERE=$PWD
PAIRS=${1:-5}
shift || true
SIZES=("${@:-100 1000 5000}")
read -r -a SIZES <<<"${SIZES[*]}"
CRATES=(errspec-cat hand)
OUT=$HERE/out
mkdir -p "$OUT"
echo -e "n\tpair\tcrate\tkind\twall\tcpu\tmaxrss_mb\tload1" > "$OUT/results.tsv"
echo -e "n\tcrate\tlines" > "$OUT/lines.tsv"

(cd ../.. && cargo build -q -p errspec-cli)
ERRSPEC=$(cd ../.. && cargo metadata --format-version 1 --no-deps | python3 -c \
  'import json,sys; print(json.load(sys.stdin)["target_directory"])')/debug/errspec
export CARGO_TARGET_DIR=$OUT/target     # one for every size: dependencies built once

# "WALL<TAB>CPU<TAB>MAXRSS_MB" of "$@": wall and CPU (user+sys of cargo and every rustc) in
# seconds to the millisecond (`getrusage` of the children; GNU time prints hundredths, a
# tenth of a `cargo check` at 1,000 entries), and the largest RSS among them.
measure() {
  python3 - "$@" <<'PY'
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{wall:.3f}\t{usage.ru_utime + usage.ru_stime:.3f}\t{usage.ru_maxrss // 1024}", end="")
PY
}
# Rewrites entry 0's `EDIT-<k>` marker, so every edit is a real change of one message.
EDITS=0
edit() {
  EDITS=$((EDITS + 1))
  local file=$1/spec.json; [[ $1 == hand ]] && file=hand/src/lib.rs
  perl -pi -e "s/EDIT-\\d+/EDIT-$EDITS/" "$file"
}
record() { echo -e "$1\t$2\t$3\t$4\t$5\t$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$OUT/results.tsv"; }

for n in "${SIZES[@]}"; do
  dir=$OUT/$n
  rm -rf "$dir/errspec-cat" "$dir/hand"
  python3 gen.py "$n" "$dir"
  cd "$dir"
  cargo build --offline -q && cargo check --offline -q    # dependencies, once
  echo -e "$n\terrspec-cat\t$("$ERRSPEC" expand --name Code errspec-cat/spec.json | wc -l)" >> "$OUT/lines.tsv"
  echo -e "$n\thand\t$(wc -l < hand/src/lib.rs)" >> "$OUT/lines.tsv"
  for p in $(seq 1 "$PAIRS"); do
    order=("${CRATES[@]}"); (( p % 2 == 0 )) && order=("${CRATES[1]}" "${CRATES[0]}")
    for c in "${order[@]}"; do
      edit "$c"; record "$n" "$p" "$c" rebuild "$(measure cargo build --offline -p "$c")"
      edit "$c"; record "$n" "$p" "$c" check "$(measure cargo check --offline -p "$c")"
      cargo clean --offline -q -p "$c"
      record "$n" "$p" "$c" fresh "$(measure cargo build --offline -p "$c")"
      cargo check --offline -q -p "$c"    # so the next pair's check is incremental again
    done
  done
  cd "$HERE"
done
python3 summary.py "$OUT" | tee "$OUT/summary.md"
