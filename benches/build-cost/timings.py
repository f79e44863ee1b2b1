#!/usr/bin/env python3
"""Summarises a `cargo build --timings` HTML report: wall time, summed unit time and the
units that take longest (with rustc's frontend/codegen split where cargo reports it)."""
import json
import re
import sys

html = open(sys.argv[1]).read()
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\n\]);", html, re.S).group(1))
wall = max(u["start"] + u["duration"] for u in units)
total = sum(u["duration"] for u in units)
print(f"wall {wall:.2f} s, {len(units)} units, summed unit time {total:.2f} s")
print(f"{'unit':<40} {'start':>7} {'secs':>7} {'share':>6}  frontend/codegen")
for u in sorted(units, key=lambda u: -u["duration"])[:15]:
    name = f"{u['name']} {u['version']}{u['target']}"
    split = ""
    if u.get("sections"):
        s = dict(u["sections"])
        split = " / ".join(f"{k} {v['end'] - v['start']:.2f}" for k, v in s.items())
    print(f"{name:<40} {u['start']:>7.2f} {u['duration']:>7.2f} {u['duration'] / total:>6.1%}  {split}")
