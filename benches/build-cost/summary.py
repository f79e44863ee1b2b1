#!/usr/bin/env python3
"""Medians of run.sh's results.tsv per crate, profile and kind, and errspec/baseline."""
import csv
import statistics
import sys

rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
med = {}
for key in {(r["crate"], r["profile"], r["kind"]) for r in rows}:
    xs = [float(r["seconds"]) for r in rows if (r["crate"], r["profile"], r["kind"]) == key]
    med[key] = (statistics.median(xs), min(xs), max(xs), len(xs))
loads = [float(r["load1"]) for r in rows]
print("| build | errspec-user s (median; min–max) | baseline s (median; min–max) | ratio |")
print("|---|---|---|---|")
for profile in ("debug", "release"):
    for kind, label in (("clean", "clean"), ("alone", "crate alone (touch src/lib.rs)")):
        a, b = med[("errspec-user", profile, kind)], med[("baseline", profile, kind)]
        print(f"| {profile}, {label} | {a[0]:.2f} ({a[1]:.2f}–{a[2]:.2f}) "
              f"| {b[0]:.2f} ({b[1]:.2f}–{b[2]:.2f}) | **{a[0] / b[0]:.2f}** |")
print(f"\n{a[3]} runs each; 1-minute load average during the runs: "
      f"{min(loads):.2f}–{max(loads):.2f} (median {statistics.median(loads):.2f}) on {open('/proc/cpuinfo').read().count('processor')} cores")
