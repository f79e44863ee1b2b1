#!/usr/bin/env python3
"""Medians of run.sh's results per size and kind, and errspec/hand-written ratios (the
median of the per-pair ratios: each pair's two builds ran back to back)."""
import csv
import pathlib
import statistics
import sys

out = pathlib.Path(sys.argv[1])
rows = list(csv.DictReader(open(out / "results.tsv"), delimiter="\t"))
lines = {(r["n"], r["crate"]): r["lines"] for r in csv.DictReader(open(out / "lines.tsv"), delimiter="\t")}
sizes = sorted({r["n"] for r in rows}, key=int)
KINDS = (("rebuild", "rebuild after an edit"), ("check", "`cargo check` after an edit"), ("fresh", "fresh build of the crate"))


def values(n, crate, kind, metric):
    return [float(r[metric]) for r in rows if (r["n"], r["crate"], r["kind"]) == (n, crate, kind)]


def ratio(n, kind, metric):
    by = {(r["pair"], r["crate"]): float(r[metric]) for r in rows if (r["n"], r["kind"]) == (n, kind)}
    return statistics.median(by[(p, "errspec-cat")] / by[(p, "hand")] for p, c in by if c == "hand" and (p, "errspec-cat") in by)


for metric, label in (("wall", "wall-clock s"), ("cpu", "CPU (user+sys) s")):
    print(f"\n{label}, errspec / hand-written (median; ratio = median of per-pair ratios):\n")
    print("| entries | " + " | ".join(k[1] for k in KINDS) + " |")
    print("|---" * (len(KINDS) + 1) + "|")
    for n in sizes:
        cells = []
        for kind, _ in KINDS:
            a, b = values(n, "errspec-cat", kind, metric), values(n, "hand", kind, metric)
            cells.append(f"{statistics.median(a):.3f} / {statistics.median(b):.3f} (**{ratio(n, kind, metric):.2f}×**)")
        print(f"| {int(n):,} | " + " | ".join(cells) + " |")

print("\nPeak RSS of the fresh build (rustc), MB, errspec / hand-written:\n")
print("| entries | errspec | hand-written | ratio | expansion lines: errspec / hand-written |")
print("|---|---|---|---|---|")
for n in sizes:
    a = statistics.median(values(n, "errspec-cat", "fresh", "maxrss_mb"))
    b = statistics.median(values(n, "hand", "fresh", "maxrss_mb"))
    print(f"| {int(n):,} | {a:.0f} | {b:.0f} | {a / b:.2f}× | {lines.get((n, 'errspec-cat'), '?')} / {lines.get((n, 'hand'), '?')} |")
loads = [float(r["load1"]) for r in rows]
pairs = max(int(r["pair"]) for r in rows)
print(f"\n{pairs} pairs per size; 1-minute load average while they ran: {min(loads):.2f}–{max(loads):.2f}")
