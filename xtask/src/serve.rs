//! `cargo xtask serve`: builds, then serves `dist/` on http://127.0.0.1:8080.

use std::process::Command;

use crate::{build::build, run, Result};

pub fn serve(args: &[String]) -> Result {
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
