#!/usr/bin/env python3
"""Writes user/spec.json: N entries (argv[1]), each with exactly one mistake, the five
kinds in turn (a status out of range, an undefined type, an undefined strategy, an
unknown category, an empty message). With TYPES=M in the environment: M more error types
defined, and every mistake an undefined type (messages that would list every name)."""
import json
import os
import sys

n = int(sys.argv[1])
here = os.path.dirname(os.path.abspath(__file__))
spec = json.load(open(os.path.join(here, "../../tests/specs/acme.json")))
template = dict(spec["errors"][0])
template.pop("example", None)
types = int(os.environ.get("TYPES", "0"))
spec["error_types"] += [
    {"name": f"defined_type_{i}", "description": "A type."} for i in range(types)
]
entries = []
for i in range(n):
    e = dict(template, code=f"code_{i}")
    kind = 1 if types else i % 5
    if kind == 0:
        e["status"] = 99
    elif kind == 1:
        e["type"] = f"undefined_type_{i}"
    elif kind == 2:
        e["retry"] = "no_rety"
    elif kind == 3:
        e["category"] = "invalid_requests"
    else:
        e["message"] = ""
    entries.append(e)
spec["errors"] = entries
with open(os.path.join(here, "user/spec.json"), "w") as f:
    json.dump(spec, f, indent=2)
