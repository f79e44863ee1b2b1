#!/usr/bin/env python3
"""Counts the public items reachable from a crate's root in rustdoc JSON (made with
`--document-hidden-items`), skipping what is `#[doc(hidden)]`: modules, types (struct, enum,
union, type alias), traits, functions (free ones and inherent methods of reachable types),
constants and statics, macros. Variants, fields and trait methods are not counted; an item
re-exported twice counts once. Then it names any type or trait of the crate that a counted
item's signature, fields or variants use but that is hidden or unreachable (a hole in the
docs). Usage: count_pub.py crate.json [list]"""
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

def refs(o, out):
    """The ids of the paths `o` names, following the fields of structs and variants."""
    if isinstance(o, dict):
        for k, v in o.items():
            if k == "resolved_path" and isinstance(v, dict) and "id" in v:
                out.add(str(v["id"]))
            if k in ("fields", "variants") and isinstance(v, list):
                for f in v:
                    fi = idx.get(str(f))
                    if fi is not None and not hidden(fi):
                        refs(fi["inner"], out)
            refs(v, out)
    elif isinstance(o, list):
        for v in o:
            if isinstance(v, int) and str(v) in idx and kind_of(idx[str(v)]) == "struct_field":
                if not hidden(idx[str(v)]): refs(idx[str(v)]["inner"], out)
            else:
                refs(v, out)
holes = {}
for iid, (cat, path) in seen.items():
    used = set()
    refs(idx[iid]["inner"], used)
    for r in used:
        ri = idx.get(r)
        if ri is None or ri.get("crate_id") != 0 or r in seen: continue
        if kind_of(ri) in ("struct", "enum", "union", "type_alias", "trait"):
            holes.setdefault(ri.get("name"), set()).add(path)
print("hidden types used by public items:",
      "; ".join(f"{n} (in {', '.join(sorted(p))})" for n, p in sorted(holes.items())) or "none")
if len(sys.argv) > 2:
    for v in sorted(seen.values(), key=lambda x: x[1]): print(v[0], v[1])
