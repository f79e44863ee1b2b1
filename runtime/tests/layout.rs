//! The runtime's layout stays a story read one way: no two files import each other, even
//! through others. A module and its own submodules count as one (a parent declares its
//! children and a child may use its parent's items); any other loop is a cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A file's module path (`["retry", "executor", "run"]`; `[]` for `lib.rs`).
type Module = Vec<String>;

fn modules(dir: &Path, prefix: &[String], out: &mut BTreeMap<Module, String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("runtime/src is readable")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            let mut inner = prefix.to_vec();
            inner.push(name);
            modules(&path, &inner, out);
        } else if path.extension().is_some_and(|e| e == "rs") && name != "tests" {
            let mut module = prefix.to_vec();
            if !(prefix.is_empty() && name == "lib") && name != "mod" {
                module.push(name);
            }
            let text = std::fs::read_to_string(&path).expect("a source file");
            out.insert(module, text);
        }
    }
}

/// The code of a file without comments and without its unit tests.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]\nmod tests").next().unwrap_or(text);
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The paths after `keyword::` in `code` (`crate::retry::limiter::after` → `retry`,
/// `limiter`, `after`).
fn paths<'a>(code: &'a str, keyword: &'a str) -> impl Iterator<Item = Vec<String>> + 'a {
    code.match_indices(keyword).filter_map(move |(at, _)| {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            return None;
        }
        let mut rest = &code[at + keyword.len()..];
        let mut path = Vec::new();
        while let Some(next) = rest.strip_prefix("::") {
            let end = next
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(next.len());
            if end == 0 {
                break;
            }
            path.push(next[..end].to_owned());
            rest = &next[end..];
        }
        (!path.is_empty()).then_some(path)
    })
}

/// The deepest module of `known` that `path` is in.
fn resolve(known: &BTreeMap<Module, String>, path: &[String]) -> Module {
    (0..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|m| known.contains_key(m))
        .unwrap_or_default()
}

fn related(a: &[String], b: &[String]) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

/// Every import cycle between unrelated files of `known` (module → source), as routes.
fn cycles(known: &BTreeMap<Module, String>) -> Vec<Vec<String>> {
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (module, text) in known {
        let code = code(text);
        let mut targets = BTreeSet::new();
        for path in paths(&code, "crate") {
            targets.insert(resolve(known, &path));
        }
        for path in paths(&code, "super") {
            let mut full = module[..module.len().saturating_sub(1)].to_vec();
            full.extend(path);
            targets.insert(resolve(known, &full));
        }
        targets.retain(|t| !related(t, module));
        edges.insert(module.clone(), targets);
    }
    // Depth-first search for a way back to where it started.
    let mut found = Vec::new();
    for start in known.keys() {
        let mut stack = vec![vec![start.clone()]];
        let mut seen = BTreeSet::new();
        while let Some(route) = stack.pop() {
            let last = route.last().unwrap();
            for next in &edges[last] {
                if next == start {
                    found.push(route.iter().map(|m| m.join("::")).collect());
                } else if seen.insert(next.clone()) {
                    let mut longer = route.clone();
                    longer.push(next.clone());
                    stack.push(longer);
                }
            }
        }
    }
    found
}

#[test]
fn no_two_files_of_the_runtime_import_each_other() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut known = BTreeMap::new();
    modules(&src, &[], &mut known);
    assert!(known.len() > 30, "found only {} files", known.len());
    let cycles = cycles(&known);
    assert!(cycles.is_empty(), "import cycles: {cycles:#?}");
}

#[test]
fn the_checker_sees_a_cycle_through_a_third_file_and_forgives_a_parent() {
    let file = |m: &str, text: &str| {
        let module = m.split("::").map(str::to_owned).collect::<Module>();
        (module, text.to_owned())
    };
    let known: BTreeMap<_, _> = [
        file("a", "use crate::b::B;"),
        file("b", "fn f() { crate::c::g() }"),
        file(
            "c",
            "// use crate::b::B; is only a comment\nuse crate::a::A;",
        ),
        file("d", "mod e; use e::E;"),
        file("d::e", "use super::D;"),
    ]
    .into_iter()
    .collect();
    let found = cycles(&known);
    assert!(
        found.contains(&vec!["a".into(), "b".into(), "c".into()]),
        "{found:?}"
    );
    assert!(
        found.iter().flatten().all(|m| !m.starts_with('d')),
        "{found:?}"
    );
}
