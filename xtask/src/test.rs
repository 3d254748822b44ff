//! `cargo xtask test`: every test, native first, then end-to-end in Chromium.

use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use crate::{build::build, run, setup::chromium, Result};

/// The site URL of the sub-path build the end-to-end tests serve.
const SITE_URL: &str = "https://landscape.example/landscape/";

pub fn test() -> Result {
    let started = Instant::now();
    // The shipped export against the source rules first: the quickest failure to read.
    crate::data::check(&[])?;
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
    // Also a build for a hosted site under a sub-path (absolute links in the static pages),
    // which the end-to-end tests serve at that path (e2e/site.test.mjs maps the host).
    build(&[
        "--dist".into(),
        "target/dist-landscape".into(),
        "--site-url".into(),
        SITE_URL.into(),
    ])?;
    // And a plain `trunk build`: no prerendered view, no first-view file, so the app
    // starts from the export itself (e2e/first-view.test.mjs).
    run(Command::new("trunk").args(["build", "--release", "--offline", "--dist", "target/dist-plain"]))?;
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
