//! `cargo xtask size`: what the release wasm weighs, and where its bytes are.
//!
//! Builds the page as `cargo xtask build` does, then prints the shipped wasm's raw, gzip -9
//! and brotli (q11) sizes against the budget, and a profile of the shipped code: the wasm
//! rustc wrote (the only one with a name section) run through wasm-bindgen and wasm-opt as
//! Trunk runs them, but keeping the names. Its sizes add up to the shipped wasm (within the
//! few hundred bytes of the sections it keeps): the largest functions and data segments, a
//! total per crate, and a total per kind of code (JSON, Leptos type erasure, views, ...).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::Result;

/// The budget of the shipped wasm, gzip -9 bytes (README "Size budget"; issue 29 set it,
/// with serde_json and gloo-net in the wasm).
pub const WASM_GZIP_BUDGET: usize = 265_000;
/// The wasm rustc writes for the app (names kept: the release profile does not strip).
const NAMED_WASM: &str = "target/wasm32-unknown-unknown/release/ai-landscape.wasm";
const TOP: usize = 25;

pub fn size(args: &[String]) -> Result {
    let no_build = args.iter().any(|a| a == "--no-build");
    // `--top N` lists N functions and data segments instead of the default 25.
    let top = args
        .iter()
        .position(|a| a == "--top")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(TOP);
    if !no_build {
        crate::build::build(&[])?;
    }
    let shipped = shipped_wasm(Path::new("dist"))?;
    let bytes = std::fs::read(&shipped).map_err(|e| format!("{}: {e}", shipped.display()))?;
    let (gzip, brotli) = (gzip9(&shipped)?, brotli11(&shipped)?);
    println!("wasm {}", shipped.display());
    println!(
        "  raw {:>9} B   gzip -9 {:>9} B   brotli {:>9} B",
        bytes.len(),
        gzip,
        brotli
    );
    println!("  {}", budget_line(gzip));
    let named_len = std::fs::metadata(NAMED_WASM)
        .map_err(|e| format!("{NAMED_WASM}: {e}"))?
        .len();
    let mut profile = profile(&optimised(Path::new(NAMED_WASM))?)?;
    println!(
        "\nprofile of the shipped code: {NAMED_WASM} ({named_len} B) run through wasm-bindgen and \
         wasm-opt as the build does but keeping its names: {} functions, {} B of code, {} B of data",
        profile.functions, profile.code_bytes, profile.data_bytes
    );
    println!("\n{top} largest functions and data segments (after wasm-opt):");
    profile
        .items
        .sort_by(|a, b| b.size.cmp(&a.size).then_with(|| a.name.cmp(&b.name)));
    for it in profile.items.iter().take(top) {
        println!("  {:>8} B  {:<5} {}", it.size, it.kind, clip(&it.name, 110));
    }
    println!("\nper crate (code, then data segments as `data`):");
    let groups = groups(&profile.items);
    let mut crates: Vec<(String, usize)> = profile.per_crate.into_iter().collect();
    crates.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    for (name, size) in crates.iter().take(30) {
        println!("  {size:>8} B  {name}");
    }
    println!("\nby what the code does (each function counted once, first group that matches):");
    for (group, size, count) in groups {
        println!("  {size:>8} B  {count:>5} functions  {group}");
    }
    Ok(())
}

/// The named wasm through wasm-bindgen (`--keep-debug`) and wasm-opt with the flags
/// `index.html` gives Trunk, plus `-g`: the shipped code, function for function, with its
/// names (within a few hundred bytes of the shipped wasm, which has no name section).
fn optimised(named: &Path) -> Result<Vec<u8>> {
    let dir = PathBuf::from("target/size-profile");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let status = Command::new("wasm-bindgen")
        .args(["--target", "web", "--keep-debug", "--out-dir"])
        .arg(&dir)
        .arg(named)
        .status()
        .map_err(|e| format!("wasm-bindgen: {e}"))?;
    if !status.success() {
        return Err("wasm-bindgen failed".into());
    }
    let html = std::fs::read_to_string("index.html").map_err(|e| format!("index.html: {e}"))?;
    let attr = |name: &str| {
        let key = format!("{name}=\"");
        html.find(&key).and_then(|i| {
            let rest = &html[i + key.len()..];
            rest.find('"').map(|j| rest[..j].to_string())
        })
    };
    let level = attr("data-wasm-opt").unwrap_or_else(|| "z".into());
    let params = attr("data-wasm-opt-params").unwrap_or_default();
    let out = dir.join("optimised.wasm");
    let status = Command::new("wasm-opt")
        .arg(format!("-O{level}"))
        .args(params.split_whitespace())
        .args(["-g", "--enable-bulk-memory", "--enable-nontrapping-float-to-int"])
        .args([
            "--enable-sign-ext",
            "--enable-mutable-globals",
            "--enable-reference-types",
        ])
        .arg("--enable-multivalue")
        .arg(dir.join("ai-landscape_bg.wasm"))
        .arg("-o")
        .arg(&out)
        .status()
        .map_err(|e| format!("wasm-opt: {e}"))?;
    if !status.success() {
        return Err("wasm-opt failed".into());
    }
    std::fs::read(&out).map_err(|e| format!("{}: {e}", out.display()))
}

/// What the code is for, as far as a name tells: the groups a size change would aim at.
const GROUPS: &[(&str, &[&str])] = &[
    (
        "JSON: serde_json, serde and the model's Deserialize impls",
        &["serde_json", "serde_core", "serde::", "Deserialize"],
    ),
    (
        "Leptos type erasure: AnyView, AnyAttribute, Children",
        &["into_any", "any_view", "any_attribute", "AnyView", "to_children"],
    ),
    (
        "reactive views and the reactive graph: tachys::reactive_graph, effects, memos",
        &["reactive_graph"],
    ),
    ("tachys rendering (the rest)", &["tachys"]),
    ("the app's views (ai_landscape::ui)", &["ai_landscape::ui"]),
    (
        "the app's domain (ai_landscape::domain)",
        &["ai_landscape::domain"],
    ),
    ("formatting (core::fmt, Display, Debug)", &["fmt"]),
    ("drop glue", &["drop_in_place"]),
    (
        "JS bindings (js_sys, web_sys, wasm_bindgen)",
        &["js_sys", "web_sys", "wasm_bindgen"],
    ),
];

/// Code bytes and function counts per [`GROUPS`] entry, then "everything else".
pub fn groups(items: &[Item]) -> Vec<(&'static str, usize, usize)> {
    let mut out: Vec<(&'static str, usize, usize)> = GROUPS.iter().map(|g| (g.0, 0, 0)).collect();
    out.push(("everything else (core, alloc, std, hashbrown, shims)", 0, 0));
    for it in items.iter().filter(|i| i.kind == "code") {
        let i = GROUPS
            .iter()
            .position(|(_, keys)| keys.iter().any(|k| it.name.contains(k)))
            .unwrap_or(GROUPS.len());
        out[i].1 += it.size;
        out[i].2 += 1;
    }
    out
}

/// `gzip 240,123 B of 240,000 B budget: 123 B over` and the like.
pub fn budget_line(gzip: usize) -> String {
    let verdict = if gzip <= WASM_GZIP_BUDGET {
        format!("{} B under", WASM_GZIP_BUDGET - gzip)
    } else {
        format!("{} B OVER", gzip - WASM_GZIP_BUDGET)
    };
    format!("budget: {gzip} B gzip -9 of {WASM_GZIP_BUDGET} B ({verdict})")
}

fn shipped_wasm(dist: &Path) -> Result<PathBuf> {
    std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e} (build first)", dist.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.to_string_lossy().ends_with("_bg.wasm"))
        .ok_or_else(|| format!("no *_bg.wasm in {}", dist.display()))
}

/// `gzip -9` as the budget is stated (GNU gzip, on every Debian machine).
fn gzip9(file: &Path) -> Result<usize> {
    let out = Command::new("gzip")
        .args(["-9", "-c", "-n"])
        .arg(file)
        .output()
        .map_err(|e| format!("gzip: {e}"))?;
    out.status
        .success()
        .then_some(out.stdout.len())
        .ok_or_else(|| "gzip failed".into())
}

/// Brotli at quality 11, by Node's zlib (Node is required anyway; no extra package).
fn brotli11(file: &Path) -> Result<usize> {
    let script = "const z=require('zlib'),b=require('fs').readFileSync(process.argv[1]);\
        process.stdout.write(String(z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11,\
        [z.constants.BROTLI_PARAM_SIZE_HINT]:b.length}}).length))";
    let out = Command::new("node")
        .args(["-e", script])
        .arg(file)
        .output()
        .map_err(|e| format!("node: {e}"))?;
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .map_err(|_| "node could not compress".into())
}

/// One function body or data segment.
#[derive(Clone, Debug)]
pub struct Item {
    pub kind: &'static str,
    pub name: String,
    pub size: usize,
}

/// What [`profile`] finds in a wasm with a name section.
#[derive(Debug, Default)]
pub struct Profile {
    pub functions: usize,
    pub code_bytes: usize,
    pub data_bytes: usize,
    pub items: Vec<Item>,
    pub per_crate: HashMap<String, usize>,
}

/// Sizes of the function bodies and data segments, named from the name section.
pub fn profile(wasm: &[u8]) -> Result<Profile> {
    use wasmparser::{Name, Parser, Payload};
    let mut bodies: Vec<usize> = Vec::new();
    let mut segments: Vec<usize> = Vec::new();
    let mut imported = 0u32;
    let mut func_names: HashMap<u32, String> = HashMap::new();
    let mut data_names: HashMap<u32, String> = HashMap::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(|e| format!("wasm: {e}"))? {
            Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    if matches!(
                        imp.map_err(|e| e.to_string())?.ty,
                        wasmparser::TypeRef::Func(_) | wasmparser::TypeRef::FuncExact(_)
                    ) {
                        imported += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                let r = body.range();
                bodies.push((r.end - r.start) as usize)
            }
            Payload::DataSection(r) => {
                for d in r {
                    segments.push(d.map_err(|e| e.to_string())?.data.len());
                }
            }
            Payload::CustomSection(c) => {
                if let wasmparser::KnownCustom::Name(names) = c.as_known() {
                    for n in names {
                        match n.map_err(|e| e.to_string())? {
                            Name::Function(map) => collect(map, &mut func_names)?,
                            Name::Data(map) => collect(map, &mut data_names)?,
                            _ => {}
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let mut p = Profile {
        functions: bodies.len(),
        code_bytes: bodies.iter().sum(),
        data_bytes: segments.iter().sum(),
        ..Default::default()
    };
    for (i, size) in bodies.into_iter().enumerate() {
        let raw = func_names
            .get(&(imported + i as u32))
            .cloned()
            .unwrap_or_else(|| format!("func[{}]", imported + i as u32));
        let name = strip_hash(format!("{:#}", rustc_demangle::demangle(&raw)));
        *p.per_crate.entry(crate_of(&name)).or_default() += size;
        p.items.push(Item {
            kind: "code",
            name,
            size,
        });
    }
    for (i, size) in segments.into_iter().enumerate() {
        let name = data_names
            .get(&(i as u32))
            .cloned()
            .unwrap_or_else(|| format!("data[{i}]"));
        *p.per_crate.entry("data".into()).or_default() += size;
        p.items.push(Item {
            kind: "data",
            name,
            size,
        });
    }
    Ok(p)
}

/// wasm-bindgen's `--keep-debug` names come demangled but with their `::h0123…` hash.
fn strip_hash(mut name: String) -> String {
    if let Some(i) = name.len().checked_sub(19) {
        let tail = &name.as_bytes()[i..];
        if tail.starts_with(b"::h") && tail[3..].iter().all(u8::is_ascii_hexdigit) {
            name.truncate(i);
        }
    }
    name
}

fn collect(map: wasmparser::NameMap<'_>, into: &mut HashMap<u32, String>) -> Result {
    for n in map {
        let n = n.map_err(|e| e.to_string())?;
        into.insert(n.index, n.name.to_string());
    }
    Ok(())
}

/// The crate a demangled function belongs to: the first path segment, looking through
/// `<Type as Trait>` and `&`; names without a path (wasm-bindgen shims, libc) go under
/// `(no crate…)`.
pub fn crate_of(name: &str) -> String {
    // `<T as tachys::view::Render>::build`, `<char>::escape_debug_ext`: a generic or
    // primitive self type belongs to the trait's crate, or to `core`.
    if let Some(rest) = name.strip_prefix('<') {
        let self_end = rest.find(" as ").or_else(|| rest.find('>')).unwrap_or(0);
        if !rest[..self_end].contains("::") {
            return match rest.get(self_end..).and_then(|r| r.strip_prefix(" as ")) {
                Some(tr) => crate_of(tr),
                None => "core".into(),
            };
        }
    }
    let s = name.trim_start_matches(['<', '&', '*', '(']);
    let s = s
        .strip_prefix("mut ")
        .or_else(|| s.strip_prefix("dyn "))
        .unwrap_or(s);
    match s.find("::") {
        Some(i) if s[..i].chars().all(|c| c.is_ascii_alphanumeric() || c == '_') => s[..i].to_string(),
        _ => "(no crate: wasm-bindgen shims, main)".into(),
    }
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max).collect::<String>())
    }
}
