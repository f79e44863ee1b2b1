#!/usr/bin/env bash
# Instructions of the work `catalog!` does per expansion (read the spec, validate it, emit
# the tokens), run unoptimized as cargo builds a proc macro in a debug profile, split by
# stage. A benchmark, not a test; needs valgrind (`apt-get install valgrind`).
#
#   benches/compile-cost/macro-work.sh [N]      # default N = 1000 entries
#
# The spec is gen.py's (the one run.sh measures); the harness is the example
# `codegen/examples/macro_work.rs`. The generated text goes to a lexer that only measures
# it: lexing it is the compiler's work in the macro, counted by run.sh, not here.
set -euo pipefail
cd "$(dirname "$0")"
N=${1:-1000}
OUT=$PWD/out/macro-work
mkdir -p "$OUT"
python3 gen.py "$N" "$OUT/$N" >/dev/null
(cd ../.. && cargo build -q -p errspec-codegen --example macro_work)
BIN=$(cd ../.. && cargo metadata --format-version 1 --no-deps | python3 -c \
  'import json,sys; print(json.load(sys.stdin)["target_directory"])')/debug/examples/macro_work
valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.$N" "$BIN" "$OUT/$N/errspec-cat/spec.json" 2>/dev/null
callgrind_annotate --inclusive=yes "$OUT/callgrind.$N" 2>/dev/null | python3 -c '
import re, sys
total, stages = None, {}
names = {"parse": "errspec_codegen::load::parse", "validate": "errspec_codegen::valid::validate",
         "emit": "errspec_codegen::emit::emit"}
for line in sys.stdin:
    m = re.match(r"\s*([\d,]+)\s", line)
    if not m:
        continue
    count = int(m.group(1).replace(",", ""))
    if "PROGRAM TOTALS" in line:
        total = count
    for stage, name in names.items():
        if stage not in stages and re.search(re.escape(name) + r" \[", line):
            stages[stage] = count
fmt = lambda n: f"{n / 1e6:,.0f} M"
print(f"{sys.argv[1]} entries, instructions: total {fmt(total)}; " +
      ", ".join(f"{s} {fmt(stages.get(s, 0))}" for s in names))
' "$N"
