#!/usr/bin/env python3
"""Counts the public items reachable from a crate's root in rustdoc JSON (made with
`--document-hidden-items`), skipping what is `#[doc(hidden)]`: modules, types (struct, enum,
union, type alias), traits, functions (free ones and inherent methods of reachable types),
constants and statics, macros. Variants, fields and trait methods are not counted; an item
re-exported twice counts once. Usage: count_pub.py crate.json [list]"""
import json, sys
d = json.load(open(sys.argv[1]))
idx = d["index"]; root = d["root"]
seen = {}  # id -> (kind, path)
def hidden(it):
    attrs = it.get("attrs", [])
    s = json.dumps(attrs)
    return "hidden" in s
def kind_of(it):
    return next(iter(it["inner"])) if isinstance(it["inner"], dict) else it["inner"]
def visit(iid, path):
    iid = str(iid)
    it = idx.get(iid)
    if it is None or hidden(it): return
    k = kind_of(it)
    if k == "use":
        u = it["inner"]["use"]
        tgt = u.get("id")
        if tgt is None: return
        if u.get("is_glob"):
            t = idx.get(str(tgt))
            if t and kind_of(t) == "module":
                for c in t["inner"]["module"]["items"]: visit(c, path)
            return
        visit(tgt, path + [u["name"]]); return
    if iid in seen: return
    if it.get("visibility") != "public" and iid != str(root) and k not in ("variant",): return
    name = it.get("name") or "?"
    p = path if path and path[-1] == name else path + [name]
    if k == "module":
        seen[iid] = ("module", "::".join(p))
        for c in it["inner"]["module"]["items"]: visit(c, p)
        return
    cat = {"struct":"type","enum":"type","union":"type","type_alias":"type","trait":"trait",
           "function":"fn","constant":"const","static":"const","macro":"macro","proc_macro":"macro"}.get(k)
    if cat is None: return
    seen[iid] = (cat, "::".join(p))
    if k in ("struct","enum","union"):
        for imp in it["inner"][k].get("impls", []):
            im = idx.get(str(imp))
            if not im: continue
            ii = im["inner"]["impl"]
            if ii.get("trait") is not None or ii.get("is_synthetic") or ii.get("blanket_impl"): continue
            for m in ii["items"]:
                mi = idx.get(str(m))
                if mi and mi.get("visibility") == "public" and not hidden(mi) and kind_of(mi) in ("function","constant"):
                    seen[str(m)] = ("fn" if kind_of(mi)=="function" else "const", "::".join(p+[mi["name"]]))
    if k == "trait":
        pass
visit(root, [])
from collections import Counter
c = Counter(v[0] for v in seen.values())
print(len(seen), dict(c))
if len(sys.argv) > 2:
    for v in sorted(seen.values(), key=lambda x: x[1]): print(v[0], v[1])
