//! `cargo xtask data <check|import>`: the export's maintenance commands, thin over the
//! app's native domain (`domain::sources` for the rules, `domain::import` for the article).

use std::path::Path;

use ai_landscape::domain::sources::check_export;
use ai_landscape::domain::DATA_PATH;

use crate::Result;

/// The article the export is drawn from, next to it.
pub const ARTICLE_PATH: &str = "data/article.es.md";

const USAGE: &str = "usage: cargo xtask data check [FILE] [--article ARTICLE.md]
       cargo xtask data import ARTICLE.md [--write] [--data FILE]";

pub fn data(args: &[String]) -> Result {
    match args.first().map(String::as_str) {
        Some("check") => check(&args[1..]),
        Some("import") => import(&args[1..]),
        _ => Err(USAGE.into()),
    }
}

fn read(path: &str) -> Result<String> {
    std::fs::read_to_string(Path::new(path)).map_err(|e| format!("cannot read {path}: {e}"))
}

/// Validates an export: the app's validator, the quotes, the source rules; prints the
/// counts. Fails on any error; notes (projects to review) do not fail.
pub fn check(args: &[String]) -> Result {
    let mut file = DATA_PATH.to_string();
    let mut article = ARTICLE_PATH.to_string();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--article" => article = it.next().ok_or(USAGE)?.clone(),
            s if s.starts_with('-') => return Err(format!("unknown option {s}\n{USAGE}")),
            s => file = s.to_string(),
        }
    }
    let report = check_export(&file, &read(&file)?, &read(&article)?);
    for line in report.lines(&file) {
        eprintln!("{line}");
    }
    if let Some(c) = &report.counts {
        println!("{file}:");
        for line in c.lines() {
            println!("  {line}");
        }
    }
    let errors = report
        .lines(&file)
        .iter()
        .filter(|l| l.starts_with("error"))
        .count();
    if report.ok() {
        println!("data check: {file} passes");
        Ok(())
    } else {
        Err(format!("data check: {file}: {errors} error(s)"))
    }
}

fn import(args: &[String]) -> Result {
    let _ = args;
    Err("not yet".into())
}
