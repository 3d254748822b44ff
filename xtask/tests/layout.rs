//! The shape of the code base, held by a test: every Rust file outside `tests/` is at most
//! 400 lines, and no two modules of the workspace import each other (a child that needs
//! something of its parent's takes it from a sibling instead, so the parent only declares
//! and re-exports).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 400;

/// The crates of the workspace: (how other crates name it, its `src/`).
const CRATES: &[(&str, &str)] = &[
    ("ai_landscape", "src"),
    ("landscape_tools", "tools/src"),
    ("xtask", "xtask/src"),
];

type ModPath = Vec<String>;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// `src/domain/model/facts.rs` → `[ai_landscape, domain, model, facts]`.
fn module_of(krate: &str, src: &Path, file: &Path) -> ModPath {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut path = vec![krate.to_string()];
    path.extend(rel.iter().map(|s| s.to_string_lossy().into_owned()));
    if matches!(path.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        path.pop();
    }
    path
}

/// The source without comments and without inline test modules (whose `super` is the file).
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => text,
    };
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The modules a file's paths name: the longest known module prefix of each
/// `crate::…`, `super::…`, `self::…` or `other_crate::…` path, and `mod x;` declarations.
fn references(me: &ModPath, text: &str, modules: &BTreeSet<ModPath>) -> BTreeSet<ModPath> {
    let mut out = BTreeSet::new();
    let bytes: Vec<char> = text.chars().collect();
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut i = 0;
    while i < bytes.len() {
        // Not inside a path, and not a visibility (`pub(super)`).
        if !is_ident(bytes[i]) || (i > 0 && (is_ident(bytes[i - 1]) || matches!(bytes[i - 1], ':' | '('))) {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut segments = Vec::new();
        loop {
            let start = j;
            while j < bytes.len() && is_ident(bytes[j]) {
                j += 1;
            }
            segments.push(bytes[start..j].iter().collect::<String>());
            if j + 2 < bytes.len() && bytes[j] == ':' && bytes[j + 1] == ':' && is_ident(bytes[j + 2]) {
                j += 2;
            } else {
                break;
            }
        }
        let first = segments[0].as_str();
        let base: Option<ModPath> = match first {
            "crate" => Some(vec![me[0].clone()]),
            "self" => Some(me.clone()),
            "super" => Some(me[..me.len() - 1].to_vec()),
            "mod" => None,
            _ => CRATES
                .iter()
                .any(|(k, _)| *k == first)
                .then(|| vec![first.to_string()]),
        };
        if let Some(mut path) = base {
            // `super::{a, b}` or `super::Item`: the parent itself.
            let mut best = path.clone();
            for seg in &segments[1..] {
                if seg == "super" {
                    path.pop();
                    best = path.clone();
                    continue;
                }
                path.push(seg.clone());
                if modules.contains(&path) {
                    best = path.clone();
                }
            }
            if &best != me && best.len() > 1 {
                out.insert(best);
            }
        } else if first == "mod" && segments.len() == 1 {
            // `mod child;`
            let rest: String = bytes[j..].iter().take(80).collect();
            let name: String = rest.trim_start().chars().take_while(|c| is_ident(*c)).collect();
            let mut child = me.clone();
            child.push(name);
            if modules.contains(&child) {
                out.insert(child);
            }
        }
        i = j.max(i + 1);
    }
    out
}

#[test]
fn layout_every_rust_file_outside_tests_is_at_most_400_lines() {
    let mut long = Vec::new();
    for (_, src) in CRATES {
        let mut files = Vec::new();
        rust_files(&root().join(src), &mut files);
        for f in files {
            let n = std::fs::read_to_string(&f).unwrap().lines().count();
            if n > MAX_LINES {
                long.push(format!(
                    "{} ({n} lines)",
                    f.strip_prefix(root()).unwrap().display()
                ));
            }
        }
    }
    assert!(long.is_empty(), "over {MAX_LINES} lines: {long:?}");
}

/// Every module of the crates, with its source text.
fn module_sources() -> BTreeMap<ModPath, String> {
    let mut sources = BTreeMap::new();
    for (krate, src) in CRATES {
        let src = root().join(src);
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        for f in files {
            sources.insert(module_of(krate, &src, &f), std::fs::read_to_string(&f).unwrap());
        }
    }
    sources
}

#[test]
fn layout_no_two_modules_import_each_other() {
    let sources = module_sources();
    let modules: BTreeSet<ModPath> = sources.keys().cloned().collect();
    let refs: BTreeMap<&ModPath, BTreeSet<ModPath>> = sources
        .iter()
        .map(|(m, text)| (m, references(m, &code(text), &modules)))
        .collect();
    assert!(
        refs.values().map(BTreeSet::len).sum::<usize>() > 50,
        "the scan finds the imports"
    );
    let mut cycles = Vec::new();
    for (a, to) in &refs {
        for b in to {
            if *a < b && refs.get(b).is_some_and(|back| back.contains(*a)) {
                cycles.push(format!("{} <-> {}", a.join("::"), b.join("::")));
            }
        }
    }
    assert!(cycles.is_empty(), "modules that import each other: {cycles:#?}");
}

/// No longer chain of imports comes back to where it started either (the pairs above are
/// its shortest case): `domain::compare` (with its `cells`) → `i18n` → `compare` was one.
/// A module counts together with its submodules (`domain::compare::cells` is part of
/// `domain::compare`); a parent declaring its children is not an import.
#[test]
fn layout_no_import_cycles() {
    let sources = module_sources();
    let modules: BTreeSet<ModPath> = sources.keys().cloned().collect();
    // The unit of a module: its first three segments (`ai_landscape::domain::compare`).
    let unit = |m: &ModPath| -> ModPath { m.iter().take(3).cloned().collect() };
    let mut refs: BTreeMap<ModPath, BTreeSet<ModPath>> = BTreeMap::new();
    for (m, text) in &sources {
        let from = unit(m);
        for to in references(m, &code(text), &modules) {
            let to = unit(&to);
            // Itself, or a parent naming its children: not an edge.
            if to != from && !to.starts_with(&from) && !from.starts_with(&to) {
                refs.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    let mut cycles = Vec::new();
    for start in refs.keys() {
        let mut stack: Vec<Vec<ModPath>> = vec![vec![start.clone()]];
        let mut seen: BTreeSet<ModPath> = BTreeSet::new();
        while let Some(path) = stack.pop() {
            let at = path.last().unwrap();
            for next in refs.get(at).into_iter().flatten() {
                if next == start {
                    let mut names: Vec<String> = path.iter().map(|m| m.join("::")).collect();
                    names.push(start.join("::"));
                    cycles.push(names.join(" -> "));
                } else if seen.insert(next.clone()) {
                    let mut p = path.clone();
                    p.push(next.clone());
                    stack.push(p);
                }
            }
        }
    }
    assert!(cycles.is_empty(), "import cycles: {cycles:#?}");
}
