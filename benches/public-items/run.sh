#!/usr/bin/env bash
# Public items of errspec-runtime reachable from its root and not hidden (issue #12): rustdoc's
# JSON (a nightly toolchain) with hidden items included, so that re-exports out of hidden
# modules are seen, then counted by count_pub.py. `run.sh list` prints every item.
# Usage: benches/public-items/run.sh [list] [-- cargo feature flags, default --all-features]
set -euo pipefail
cd "$(dirname "$0")/../.."
list=""
if [ "${1:-}" = list ]; then list=list; shift; fi
[ "${1:-}" = -- ] && shift
features=("${@:---all-features}")
cargo +nightly rustdoc -q -p errspec-runtime "${features[@]}" -- \
    -Z unstable-options --output-format json --document-hidden-items 2>/dev/null
python3 benches/public-items/count_pub.py target/doc/errspec_runtime.json $list
