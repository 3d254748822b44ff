//! `cargo xtask build`: the release build of the hosted page into `dist/`.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::{run, Result};

/// `trunk build --release --offline` after `cargo fetch`, so no tool is downloaded.
pub fn build(extra: &[String]) -> Result {
    let started = Instant::now();
    run(Command::new("cargo").args(["fetch", "--quiet"]))?;
    let fragment = prerender()?;
    run(Command::new("trunk")
        .args(["build", "--release", "--offline"])
        .args(extra)
        .env("LANDSCAPE_PRERENDER", &fragment))?;
    eprintln!("xtask: release build in {:.1} s", started.elapsed().as_secs_f64());
    Ok(())
}

/// Renders the first view of the shipped export to `target/prerender/fragment.html`, which
/// the post-build hook puts into index.html. An export that does not validate gets no
/// prerendered view (the app then shows its error panel), only a warning here.
fn prerender() -> Result<PathBuf> {
    use ai_landscape::domain::{parse_landscape, prerender, Catalog, DATA_PATH};
    let dir = Path::new("target/prerender");
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let out = env::current_dir()
        .map_err(|e| e.to_string())?
        .join(dir)
        .join("fragment.html");
    let json = std::fs::read_to_string(DATA_PATH).map_err(|e| format!("{DATA_PATH}: {e}"))?;
    let html = match parse_landscape(DATA_PATH, &json) {
        Ok(landscape) => prerender::fragment(&Catalog::new(landscape)),
        Err(e) => {
            eprintln!("xtask: warning: no prerendered first view, the export is invalid:");
            for line in e.lines() {
                eprintln!("  {line}");
            }
            String::new()
        }
    };
    std::fs::write(&out, html).map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(out)
}
