#!/usr/bin/env python3
"""Per-unit time of two `cargo build --timings` reports side by side (A, B, A − B), units
of the same name and target summed (a crate built for the proc-macro host and again for the
target counts twice): which units make A's build longer than B's."""
import json
import re
import sys


def units(path):
    html = open(path).read()
    data = json.loads(re.search(r"const UNIT_DATA = (\[.*?\n\]);", html, re.S).group(1))
    out = {}
    for u in data:
        key = f"{u['name']}{u['target']}"
        out[key] = out.get(key, 0.0) + u["duration"]
    return out


a, b = units(sys.argv[1]), units(sys.argv[2])
print(f"summed unit time: A {sum(a.values()):.2f} s, B {sum(b.values()):.2f} s")
print(f"{'unit':<36} {'A':>6} {'B':>6} {'A-B':>6}")
for k in sorted(set(a) | set(b), key=lambda k: b.get(k, 0) - a.get(k, 0)):
    d = a.get(k, 0) - b.get(k, 0)
    if abs(d) >= 0.15:
        print(f"{k:<36} {a.get(k, 0):6.2f} {b.get(k, 0):6.2f} {d:+6.2f}")
