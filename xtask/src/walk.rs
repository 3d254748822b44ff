//! `cargo xtask walk [--seed N] [--steps M] [--no-build]`: the seeded random walk of
//! `e2e/walk.test.mjs` with any seed and length, against the release build. A failure
//! prints the seed and the step, so the same command with that seed replays it.

use std::process::Command;

use crate::{build::build, run, setup::chromium, Result};

pub fn walk(args: &[String]) -> Result {
    let mut seed = None;
    let mut steps = None;
    let mut no_build = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--seed" => seed = Some(number(it.next(), "--seed")?),
            "--steps" => steps = Some(number(it.next(), "--steps")?),
            "--no-build" => no_build = true,
            other => return Err(format!("walk: unknown argument {other}")),
        }
    }
    if !no_build {
        build(&[])?;
    }
    let chromium = chromium().ok_or("chromium not found")?;
    let mut cmd = Command::new("node");
    cmd.args(["--test", "--test-reporter=spec", "e2e/walk.test.mjs"])
        .env("CHROMIUM", chromium);
    if let Some(s) = seed {
        cmd.env("WALK_SEED", s.to_string());
    }
    if let Some(n) = steps {
        cmd.env("WALK_STEPS", n.to_string());
    }
    run(&mut cmd)
}

fn number(v: Option<&String>, flag: &str) -> Result<u64> {
    v.and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("walk: {flag} needs a whole number"))
}
