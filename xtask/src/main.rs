//! Project tasks: `cargo xtask <setup|serve|build|test|bench>`.
//!
//! Each task first installs what is missing (idempotently: a tool already present at the
//! pinned version is left alone) from crates.io, npm and Debian only, never from GitHub,
//! so that a fresh machine with just Rust, Node and npm can build, serve and test.

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

const TRUNK_VERSION: &str = "0.21.14";
const WASM_BINDGEN_VERSION: &str = "0.2.130";
const WASM_OPT_VERSION: &str = "version_132";

const USAGE: &str = "usage: cargo xtask <command>

commands:
  setup              install the pinned tools that are missing (trunk, wasm-bindgen-cli,
                     npm packages incl. wasm-opt, Debian chromium)
  serve [--port N]   build the release page and serve it on http://127.0.0.1:8080
  build [ARGS...]    trunk build --release --offline [ARGS...] (e.g. --public-url /sub/)
  test               every test: native cargo tests, then end-to-end tests in Chromium
  bench [ARGS...]    build, then print bytes (raw/gzip/brotli) and time to first card;
                     writes bench/results.json";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let root = project_root();
    if let Err(e) = env::set_current_dir(&root) {
        eprintln!("xtask: cannot enter {}: {e}", root.display());
        return ExitCode::FAILURE;
    }
    extend_path(&root);
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup(true),
        Some("serve") => setup(false).and_then(|_| serve(&args[1..])),
        Some("build") => setup(false).and_then(|_| build(&args[1..])),
        Some("test") => setup(true).and_then(|_| test()),
        Some("bench") => setup(true).and_then(|_| bench(&args[1..])),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

type Result<T = ()> = std::result::Result<T, String>;

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the project")
        .to_path_buf()
}

/// Puts `node_modules/.bin` (wasm-opt 132) and cargo's bin directory first on PATH, for
/// this process and everything it starts.
fn extend_path(root: &Path) {
    let mut dirs = vec![root.join("node_modules/.bin")];
    if let Some(home) = env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
    {
        dirs.push(home.join("bin"));
    }
    if let Some(path) = env::var_os("PATH") {
        dirs.extend(env::split_paths(&path));
    }
    if let Ok(joined) = env::join_paths(dirs) {
        env::set_var("PATH", joined);
    }
}

fn run(cmd: &mut Command) -> Result {
    let shown = format!("{cmd:?}").replace('"', "");
    eprintln!("xtask: $ {shown}");
    let status = cmd.status().map_err(|e| format!("cannot start `{shown}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

fn output(cmd: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(cmd).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn has_version(cmd: &str, version: &str) -> bool {
    output(cmd, &["--version"]).is_some_and(|v| {
        v.split_whitespace()
            .any(|w| w.trim_matches(|c: char| c == '(' || c == ')') == version)
    })
}

/// Installs what is missing (the browser only when `browser`). Safe to run any number of times.
fn setup(browser: bool) -> Result {
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
    if !has_version("wasm-opt", WASM_OPT_VERSION) {
        return Err(format!(
            "wasm-opt {WASM_OPT_VERSION} not found on PATH after npm ci"
        ));
    }
    if browser && chromium().is_none() {
        install_chromium()?;
    }
    eprintln!("xtask: tools ready ({:.1} s)", started.elapsed().as_secs_f64());
    Ok(())
}

fn modified(p: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(p).and_then(|m| m.modified()).ok()
}

/// The Chromium to drive: `$CHROMIUM`, else Debian's.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = env::var_os("CHROMIUM").map(PathBuf::from) {
        return p.exists().then_some(p);
    }
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

fn install_chromium() -> Result {
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
    run(&mut apt(&[
        "install",
        "-y",
        "-qq",
        "--no-install-recommends",
        "chromium",
        "fonts-dejavu-core",
    ]))?;
    chromium()
        .map(|_| ())
        .ok_or_else(|| "chromium still missing after apt-get install".into())
}

/// `trunk build --release --offline` after `cargo fetch`, so no tool is downloaded.
fn build(extra: &[String]) -> Result {
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

fn serve(args: &[String]) -> Result {
    let mut port = "8080".to_string();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--port" {
            port = it.next().cloned().ok_or("--port needs a value")?;
        }
    }
    build(&[])?;
    eprintln!("xtask: serving dist/ on http://127.0.0.1:{port}/ (Ctrl-C stops)");
    run(Command::new("node").args(["e2e/static-server.mjs", "dist", &port]))
}

fn test() -> Result {
    let started = Instant::now();
    run(Command::new("cargo").args(["test", "--workspace", "--quiet"]))?;
    // The export's counts (per category, per chain, known chain, website), for the log.
    run(Command::new("cargo").args([
        "test",
        "--quiet",
        "--test",
        "data",
        "export_counts",
        "--",
        "--nocapture",
    ]))?;
    eprintln!(
        "xtask: native tests done ({:.0} s)",
        started.elapsed().as_secs_f64()
    );
    build(&[])?;
    // Also a build under a sub-path, which the end-to-end tests serve at that path.
    build(&[
        "--dist".into(),
        "target/dist-landscape".into(),
        "--public-url".into(),
        "/landscape/".into(),
    ])?;
    let chromium = chromium().ok_or("chromium not found")?;
    eprintln!(
        "xtask: builds done after {:.0} s; end-to-end tests follow",
        started.elapsed().as_secs_f64()
    );
    let mut files: Vec<PathBuf> = std::fs::read_dir("e2e")
        .map_err(|e| format!("e2e/: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    files.sort();
    run(Command::new("node")
        .args(["--test", "--test-reporter=spec", "--test-concurrency=1"])
        .args(&files)
        .env("CHROMIUM", chromium))?;
    // Nothing is printed after the test runner's own summary.
    Ok(())
}

fn bench(args: &[String]) -> Result {
    build(&[])?;
    let chromium = chromium().ok_or("chromium not found")?;
    run(Command::new("node")
        .arg("e2e/bench/bench.mjs")
        .args(args)
        .env("CHROMIUM", chromium))
}
