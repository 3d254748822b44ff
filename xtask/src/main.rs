//! Project tasks: `cargo xtask <setup|serve|build|test|bench|size|data>`.
//!
//! Each task first installs what is missing (idempotently: a tool already present at the
//! pinned version is left alone) from crates.io, npm and Debian only, never from GitHub,
//! so that a fresh machine with just Rust, Node and npm can build, serve and test.

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

mod bench;
mod build;
mod data;
mod serve;
mod setup;
mod site;
mod size;
mod test;
mod versions;
mod walk;

use setup::setup;

pub(crate) const TRUNK_VERSION: &str = "0.21.14";
pub(crate) const WASM_BINDGEN_VERSION: &str = "0.2.130";
pub(crate) const WASM_OPT_VERSION: &str = "version_132";

const USAGE: &str = "usage: cargo xtask <command>

commands:
  setup              install the pinned tools that are missing (trunk, wasm-bindgen-cli,
                     npm packages incl. wasm-opt, Debian chromium)
  serve [--port N]   build the release page and serve it on http://127.0.0.1:8080
  build [ARGS...]    trunk build --release --offline [ARGS...] (e.g. --public-url /sub/),
                     then the static pages; --site-url https://host/path/ for a hosted build
  test               every test: native cargo tests, then end-to-end tests in Chromium
  bench [ARGS...]    build, then print bytes (raw/gzip/brotli) and time to first card;
                     writes bench/results.json
  size [--no-build]  build (as `build`), then print the wasm's raw/gzip/brotli sizes against
                     the budget, its largest functions and data segments, and a total per crate
  walk [--seed N] [--steps M] [--no-build]
                     build, then the seeded random walk of e2e/walk.mjs (default: CI's seed,
                     300 steps); a failure prints the seed and step to replay
  data check [FILE]  validate an export (default data/landscape.json): format, quotes,
                     source rules; prints the counts
  data import ARTICLE.md [--write] [--data FILE]
                     report what a revised article changes; --write updates the export";

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
        Some("serve") => setup(false).and_then(|_| serve::serve(&args[1..])),
        Some("build") => setup(false).and_then(|_| build::build(&args[1..])),
        Some("test") => setup(true).and_then(|_| test::test()),
        Some("bench") => setup(true).and_then(|_| bench::bench(&args[1..])),
        Some("walk") => setup(true).and_then(|_| walk::walk(&args[1..])),
        Some("size") => setup(false).and_then(|_| size::size(&args[1..])),
        Some("data") => data::data(&args[1..]),
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

pub(crate) type Result<T = ()> = std::result::Result<T, String>;

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

pub(crate) fn run(cmd: &mut Command) -> Result {
    let shown = format!("{cmd:?}").replace('"', "");
    eprintln!("xtask: $ {shown}");
    let status = cmd.status().map_err(|e| format!("cannot start `{shown}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

pub(crate) fn output(cmd: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(cmd).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

pub(crate) fn has_version(cmd: &str, version: &str) -> bool {
    output(cmd, &["--version"]).is_some_and(|v| {
        v.split_whitespace()
            .any(|w| w.trim_matches(|c: char| c == '(' || c == ')') == version)
    })
}
