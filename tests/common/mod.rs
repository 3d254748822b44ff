//! Shared fixtures for the native tests.
#![allow(dead_code)]

use ai_landscape::domain::{parse_landscape, Catalog, Landscape};

/// The workspace root (these fixtures are shared by the app's tests and the tools' tests).
pub fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .find(|d| d.join("data/landscape.json").exists())
        .expect("the workspace has data/landscape.json")
        .to_path_buf()
}

/// The shipped export, parsed and validated.
pub fn landscape() -> Landscape {
    let json =
        std::fs::read_to_string(root().join("data/landscape.json")).expect("data/landscape.json is readable");
    match parse_landscape("data/landscape.json", &json) {
        Ok(l) => l,
        Err(e) => panic!("the shipped export is invalid:\n{}", e.lines().join("\n")),
    }
}

/// The shipped export as a catalog.
pub fn catalog() -> Catalog {
    Catalog::new(landscape())
}

/// A small valid export as JSON text, to derive bad fixtures from.
pub fn small_json() -> serde_json::Value {
    serde_json::json!({
        "format_version": 1,
        "updated": "2026-11-25",
        "article": {"title": "T", "language": "es", "publisher": "P"},
        "categories": [
            {"id": "compute", "order": 1, "name": {"es": "Cómputo", "en": "Compute"}, "description": "d"},
            {"id": "apps", "order": 2, "name": "Apps", "description": "d"},
            {"id": "defi", "parent": "apps", "order": 3, "name": "DeFi", "description": "d"}
        ],
        "chains": [
            {"id": "solana", "name": "Solana"},
            {"id": "own-chain", "name": {"es": "Cadena propia", "en": "Own chain"}}
        ],
        "projects": [
            {"id": "io-net", "name": "io.net", "categories": ["compute"], "summary": "s",
             "chains": [{"id": "solana", "source": "article"}],
             "website": {"url": "https://io.net", "source": "https://example.org/src"}},
            {"id": "quote-co", "name": "Quote, \"Co\"", "aliases": ["Old Quote"], "categories": ["defi"], "summary": {"es": "é", "en": "e"}}
        ]
    })
}

/// Every place (keys and indices) in `v`, the first two elements of arrays.
pub fn places(v: &serde_json::Value, at: Vec<serde_json::Value>, out: &mut Vec<Vec<serde_json::Value>>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                let mut p = at.clone();
                p.push(serde_json::json!(k));
                out.push(p.clone());
                places(x, p, out);
            }
        }
        serde_json::Value::Array(a) => {
            for (i, x) in a.iter().enumerate().take(2) {
                let mut p = at.clone();
                p.push(serde_json::json!(i));
                out.push(p.clone());
                places(x, p, out);
            }
        }
        _ => {}
    }
}

pub fn get_mut<'a>(v: &'a mut serde_json::Value, path: &[serde_json::Value]) -> &'a mut serde_json::Value {
    path.iter().fold(v, |v, s| match s {
        serde_json::Value::String(k) => &mut v[k.as_str()],
        serde_json::Value::Number(n) => &mut v[n.as_u64().unwrap() as usize],
        _ => unreachable!(),
    })
}
