//! `cargo xtask size`: what the release wasm weighs, and where its bytes are.
//!
//! Builds the page as `cargo xtask build` does, then prints the shipped wasm's raw, gzip -9
//! and brotli (q11) sizes against the budget, and a profile from the wasm rustc wrote
//! before wasm-bindgen and wasm-opt (the only one that still has its name section): the
//! largest functions and data segments, and a total per crate. The profile's sizes are
//! before optimisation, so they rank the bytes rather than add up to the shipped size.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::Result;

/// The budget of the shipped wasm, gzip -9 bytes (README "Size budget").
pub const WASM_GZIP_BUDGET: usize = 240_000;
/// The wasm rustc writes for the app (names kept: the release profile does not strip).
const NAMED_WASM: &str = "target/wasm32-unknown-unknown/release/ai-landscape.wasm";
const TOP: usize = 25;

pub fn size(args: &[String]) -> Result {
    let no_build = args.iter().any(|a| a == "--no-build");
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
    let named = std::fs::read(NAMED_WASM).map_err(|e| format!("{NAMED_WASM}: {e}"))?;
    let profile = profile(&named)?;
    println!(
        "\nprofile of {NAMED_WASM} ({} B, before wasm-bindgen and wasm-opt): {} functions, {} B of code, {} B of data",
        named.len(),
        profile.functions,
        profile.code_bytes,
        profile.data_bytes
    );
    println!("\n{TOP} largest functions and data segments:");
    let mut items = profile.items.clone();
    items.sort_by(|a, b| b.size.cmp(&a.size).then_with(|| a.name.cmp(&b.name)));
    for it in items.iter().take(TOP) {
        println!("  {:>8} B  {:<5} {}", it.size, it.kind, clip(&it.name, 110));
    }
    println!("\nper crate (code, then data segments as `data`):");
    let mut crates: Vec<(String, usize)> = profile.per_crate.into_iter().collect();
    crates.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    for (name, size) in crates.iter().take(30) {
        println!("  {size:>8} B  {name}");
    }
    let mut other: Vec<&Item> = profile
        .items
        .iter()
        .filter(|i| i.kind == "code" && crate_of(&i.name).starts_with("(no crate"))
        .collect();
    other.sort_by(|a, b| b.size.cmp(&a.size));
    println!("\nlargest without a crate (wasm-bindgen removes its describe shims):");
    for it in other.iter().take(5) {
        println!("  {:>8} B  {}", it.size, clip(&it.name, 110));
    }
    Ok(())
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
        let name = format!("{:#}", rustc_demangle::demangle(&raw));
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
