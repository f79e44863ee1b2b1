#!/usr/bin/env python3
"""Medians of run.sh's results.tsv per crate, profile and kind, and errspec/baseline,
for wall-clock and CPU (user+sys) seconds."""
import csv
import statistics
import sys

rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
metrics = [m for m in ("wall", "cpu", "seconds") if m in rows[0]]


def stats(crate, profile, kind, metric):
    xs = [float(r[metric]) for r in rows if (r["crate"], r["profile"], r["kind"]) == (crate, profile, kind)]
    return statistics.median(xs), min(xs), max(xs), len(xs)


def paired(profile, kind, metric):
    """Median of the per-round ratios (each round's two builds ran back to back)."""
    by = {(r["round"], r["crate"]): float(r[metric]) for r in rows if (r["profile"], r["kind"]) == (profile, kind)}
    return statistics.median(by[(n, "errspec-user")] / by[(n, "baseline")] for n, c in by if c == "baseline")


for metric in metrics:
    print(f"\n{'CPU (user+sys)' if metric == 'cpu' else 'wall-clock'} seconds:\n")
    print("| build | errspec-user (median; min–max) | baseline (median; min–max) | ratio of medians | median of per-round ratios |")
    print("|---|---|---|---|---|")
    for profile in ("debug", "release"):
        for kind, label in (("clean", "clean"), ("alone", "crate alone (touch src/lib.rs)")):
            a, b = stats("errspec-user", profile, kind, metric), stats("baseline", profile, kind, metric)
            print(f"| {profile}, {label} | {a[0]:.2f} ({a[1]:.2f}–{a[2]:.2f}) "
                  f"| {b[0]:.2f} ({b[1]:.2f}–{b[2]:.2f}) | **{a[0] / b[0]:.2f}** | {paired(profile, kind, metric):.2f} |")
loads = [float(r["load1"]) for r in rows]
cores = open("/proc/cpuinfo").read().count("processor\t")
print(f"\n{a[3]} runs of each; 1-minute load average while they ran: {min(loads):.2f}–{max(loads):.2f} "
      f"(median {statistics.median(loads):.2f}) on {cores} cores")
