//! `cargo xtask setup`: installs the pinned tools that are missing, idempotently, from
//! crates.io, npm and Debian only (never GitHub).

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::site::NOTO_FILES;
use crate::{has_version, output, run, Result, TRUNK_VERSION, WASM_BINDGEN_VERSION, WASM_OPT_VERSION};

/// Installs what is missing (the browser only when `browser`). Safe to run any number of times.
pub fn setup(browser: bool) -> Result {
    let started = Instant::now();
    // rust-toolchain.toml lists the target, but older rustups only add it on install.
    let targets = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !targets.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    if !has_version("trunk", TRUNK_VERSION) {
        run(Command::new("cargo").args(["install", "--locked", "trunk", "--version", TRUNK_VERSION]))?;
    }
    if !has_version("wasm-bindgen", WASM_BINDGEN_VERSION)
        || output("wasm-bindgen-test-runner", &["--version"]).is_none()
    {
        // Not --locked: one locked dependency of 0.2.130 is no longer in the registry.
        run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", WASM_BINDGEN_VERSION]))?;
    }
    let npm_ready = Path::new("node_modules/.bin/wasm-opt").exists()
        && Path::new("node_modules/playwright-core/package.json").exists()
        && Path::new("node_modules/axe-core/axe.min.js").exists()
        && modified(Path::new("node_modules/.package-lock.json")) >= modified(Path::new("package-lock.json"));
    if !npm_ready {
        run(Command::new("npm").args(["ci", "--no-audit", "--no-fund", "--loglevel=error"]))?;
    }
    // The real Docusaurus blog the embed tests build, on React 19 and on React 18 (each its
    // own lock file, so the main install stays light); only needed for the tests.
    if browser {
        npm_ci_if_stale(Path::new("e2e/docusaurus"), "@docusaurus/core/package.json")?;
        npm_ci_if_stale(
            Path::new("e2e/docusaurus-react18"),
            "@docusaurus/core/package.json",
        )?;
    }
    if !has_version("wasm-opt", WASM_OPT_VERSION) {
        return Err(format!(
            "wasm-opt {WASM_OPT_VERSION} not found on PATH after npm ci"
        ));
    }
    if browser && chromium().is_none() {
        install_chromium()?;
    }
    // Fonts for the scripts of the blog's 15 locales: the build draws the static pages'
    // pictures with them, and Chromium (the tests, the screenshots) draws Devanagari, Thai,
    // Hangul and CJK text with them instead of empty boxes.
    let missing: Vec<&str> = NOTO_FILES
        .iter()
        .filter(|(_, file)| !Path::new(file).exists())
        .map(|(package, _)| *package)
        .collect();
    if !missing.is_empty() {
        let mut packages = missing;
        packages.dedup();
        apt_install(&packages)?;
    }
    eprintln!("xtask: tools ready ({:.1} s)", started.elapsed().as_secs_f64());
    Ok(())
}

/// `npm ci` in `dir` unless its `node_modules` has `marker` and is newer than its lock file.
fn npm_ci_if_stale(dir: &Path, marker: &str) -> Result {
    let modules = dir.join("node_modules");
    let ready = modules.join(marker).exists()
        && modified(&modules.join(".package-lock.json")) >= modified(&dir.join("package-lock.json"));
    if ready {
        return Ok(());
    }
    run(Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(dir))
}

pub fn modified(p: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(p).and_then(|m| m.modified()).ok()
}

/// The Chromium to drive: `$CHROMIUM`, else Debian's.
pub fn chromium() -> Option<PathBuf> {
    if let Some(p) = env::var_os("CHROMIUM").map(PathBuf::from) {
        return p.exists().then_some(p);
    }
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

fn install_chromium() -> Result {
    apt_install(&["chromium", "fonts-dejavu-core"])?;
    chromium()
        .map(|_| ())
        .ok_or_else(|| "chromium still missing after apt-get install".into())
}

/// `apt-get install` of Debian packages (through sudo unless root).
fn apt_install(packages: &[&str]) -> Result {
    let is_root = output("id", &["-u"]).as_deref() == Some("0");
    let apt = |args: &[&str]| {
        let mut c = if is_root {
            Command::new("apt-get")
        } else {
            Command::new("sudo")
        };
        if !is_root {
            c.arg("apt-get");
        }
        c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        c
    };
    run(&mut apt(&["update", "-qq"]))?;
    let mut args = vec!["install", "-y", "-qq", "--no-install-recommends"];
    args.extend_from_slice(packages);
    run(&mut apt(&args))
}
