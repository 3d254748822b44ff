//! `cargo xtask build`: the release build of the hosted page into `dist/`.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::{run, Result};

/// `trunk build --release --offline` after `cargo fetch`, so no tool is downloaded, then
/// the static site (`crate::site`). `--site-url URL` is ours: its path becomes Trunk's
/// `--public-url`, and the pages get absolute links; other arguments go to Trunk.
pub fn build(extra: &[String]) -> Result {
    let started = Instant::now();
    let mut trunk_args: Vec<String> = Vec::new();
    let (mut site_url, mut public_url, mut dist) = (None, "/".to_string(), "dist".to_string());
    let mut it = extra.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--site-url" => site_url = Some(value("--site-url")?),
            "--public-url" => {
                public_url = value("--public-url")?;
                trunk_args.extend(["--public-url".into(), public_url.clone()]);
            }
            "--dist" => {
                dist = value("--dist")?;
                trunk_args.extend(["--dist".into(), dist.clone()]);
            }
            _ => trunk_args.push(a.clone()),
        }
    }
    let site = match &site_url {
        Some(url) => {
            let site = landscape_tools::site::Site::at(url)?;
            trunk_args.extend(["--public-url".into(), site.public_path.clone()]);
            site
        }
        None => landscape_tools::site::Site::relative(&public_url),
    };
    run(Command::new("cargo").args(["fetch", "--quiet"]))?;
    let (fragment, first_view) = prerender()?;
    let mut trunk = Command::new("trunk");
    trunk
        .args(["build", "--release", "--offline"])
        .args(&trunk_args)
        .env("LANDSCAPE_PRERENDER", &fragment);
    if let Some(file) = &first_view {
        trunk.env("LANDSCAPE_FIRST_VIEW", file);
    }
    run(&mut trunk)?;
    crate::site::generate(Path::new(&dist), &site, &fragment)?;
    eprintln!("xtask: release build in {:.1} s", started.elapsed().as_secs_f64());
    Ok(())
}

/// Renders the first view of the shipped export to `target/prerender/fragment.html`, which
/// the post-build hook puts into index.html. An export that does not validate gets no
/// prerendered view (the app then shows its error panel), only a warning here.
/// The prerendered first view (`target/prerender/fragment.html`, empty when the export is
/// invalid) and the first-view file derived from the export (`target/prerender/
/// first-view.json`, none when it is invalid: the app then starts from the export and
/// shows its error).
fn prerender() -> Result<(PathBuf, Option<PathBuf>)> {
    use ai_landscape::domain::{first_view, parse_landscape, prerender, Catalog, Lang, DATA_PATH};
    let dir = Path::new("target/prerender");
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let out = env::current_dir()
        .map_err(|e| e.to_string())?
        .join(dir)
        .join("fragment.html");
    let json = std::fs::read_to_string(DATA_PATH).map_err(|e| format!("{DATA_PATH}: {e}"))?;
    let mut first = None;
    let html = match parse_landscape(DATA_PATH, &json) {
        Ok(landscape) => {
            let file = out.with_file_name("first-view.json");
            // One file per locale: Spanish and English share `first-view.json`; each of
            // the other 13 has `first-view.<code>.json`, beside it, with its own texts.
            for lang in Lang::ALL {
                let path = out.with_file_name(
                    Path::new(&ai_landscape::domain::first_view_path(lang))
                        .file_name()
                        .expect("a file name"),
                );
                write_first_view(&first_view::derive_for(&landscape, lang)?, &path)?;
                // The records for that locale's readers (Spanish and English share one).
                let records = out.with_file_name(
                    Path::new(&ai_landscape::domain::records_path(lang))
                        .file_name()
                        .expect("a file name"),
                );
                write_records(&first_view::records_for(&landscape, lang)?, &records)?;
            }
            first = Some(file);
            prerender::fragment(&Catalog::new(landscape))
        }
        Err(e) => {
            eprintln!("xtask: warning: no prerendered first view, the export is invalid:");
            for line in e.lines() {
                eprintln!("  {line}");
            }
            String::new()
        }
    };
    std::fs::write(&out, html).map_err(|e| format!("{}: {e}", out.display()))?;
    Ok((out, first))
}

/// Writes a locale's records file (the export's format, compact JSON),
/// after checking it reads back through the app's own parser and validator.
fn write_records(records: &ai_landscape::domain::Landscape, file: &Path) -> Result {
    use ai_landscape::domain::{parse_landscape, DATA_PATH};
    let text = serde_json::to_string(records).map_err(|e| e.to_string())?;
    parse_landscape(DATA_PATH, &text).map_err(|e| e.lines().join("\n"))?;
    std::fs::write(file, text).map_err(|e| format!("{}: {e}", file.display()))
}

/// Writes a first-view file (compact JSON), after checking it reads back through the
/// app's own parser and validator.
pub fn write_first_view(first: &ai_landscape::domain::Landscape, file: &Path) -> Result {
    use ai_landscape::domain::{parse_landscape, FIRST_VIEW_PATH};
    let text = serde_json::to_string(first).map_err(|e| e.to_string())?;
    parse_landscape(FIRST_VIEW_PATH, &text).map_err(|e| e.lines().join("\n"))?;
    std::fs::write(file, text).map_err(|e| format!("{}: {e}", file.display()))
}
