//! `cargo xtask bench`: builds, then measures bytes and timings (see the README).

use std::process::Command;

use crate::{build::build, run, setup::chromium, Result};

pub fn bench(args: &[String]) -> Result {
    build(&[])?;
    let chromium = chromium().ok_or("chromium not found")?;
    run(Command::new("node")
        .arg("e2e/bench/bench.mjs")
        .args(args)
        .env("CHROMIUM", chromium)
        .env("WASM_GZIP_BUDGET", crate::size::WASM_GZIP_BUDGET.to_string()))
}
