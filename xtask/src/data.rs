//! `cargo xtask data <check|import|format>`: the export's maintenance commands, thin over the
//! app's native domain (`landscape_tools::sources` for the rules, `landscape_tools::import` for the article).

use std::path::Path;

use ai_landscape::domain::{parse_landscape, DATA_PATH};
use landscape_tools::import;
use landscape_tools::sources::check_export;

use crate::Result;

/// The article the export is drawn from, next to it.
pub const ARTICLE_PATH: &str = "data/article.es.md";

const USAGE: &str = "usage: cargo xtask data check [FILE] [--article ARTICLE.md]
       cargo xtask data import ARTICLE.md [--write] [--data FILE]
       cargo xtask data import --versions DIR [--write] [--data FILE]
       cargo xtask data format [FILE]
       cargo xtask data first-view EXPORT OUT";

pub fn data(args: &[String]) -> Result {
    match args.first().map(String::as_str) {
        Some("check") => check(&args[1..]),
        Some("import") => import(&args[1..]),
        Some("format") => format(&args[1..]),
        Some("first-view") => first_view(&args[1..]),
        _ => Err(USAGE.into()),
    }
}

fn read(path: &str) -> Result<String> {
    std::fs::read_to_string(Path::new(path)).map_err(|e| format!("cannot read {path}: {e}"))
}

/// Derives the first-view file from an export, as `cargo xtask build` does for
/// `data/landscape.json` (the benchmark uses it for its synthetic exports).
fn first_view(args: &[String]) -> Result {
    let [export, out] = args else {
        return Err(USAGE.into());
    };
    let landscape = parse_landscape(export, &read(export)?).map_err(|e| e.lines().join("\n"))?;
    crate::build::write_first_view(
        &ai_landscape::domain::first_view::derive(&landscape),
        Path::new(out),
    )
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

/// Rewrites an export in the model's own field order and layout (what `data import
/// --write` writes), so that scripts that edit it as JSON leave no spurious diff.
fn format(args: &[String]) -> Result {
    let file = args.first().cloned().unwrap_or_else(|| DATA_PATH.to_string());
    let l = parse_landscape(&file, &read(&file)?).map_err(|e| e.lines().join("\n"))?;
    std::fs::write(&file, import::to_json(&l)).map_err(|e| format!("{file}: {e}"))?;
    println!("formatted {file}");
    Ok(())
}

/// Reports what a revised article changes in the export; with `--write`, applies it.
fn import(args: &[String]) -> Result {
    let mut post_path: Option<String> = None;
    let mut file = DATA_PATH.to_string();
    let mut write = false;
    let mut versions: Option<String> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--write" => write = true,
            "--data" => file = it.next().ok_or(USAGE)?.clone(),
            "--versions" => versions = Some(it.next().ok_or(USAGE)?.clone()),
            s if s.starts_with('-') => return Err(format!("unknown option {s}\n{USAGE}")),
            s => post_path = Some(s.to_string()),
        }
    }
    if let Some(dir) = versions {
        return crate::versions::import_versions(&dir, ARTICLE_PATH, &file, write);
    }
    let post_path = post_path.ok_or(USAGE)?;
    let markdown = read(&post_path)?;
    let mut l = parse_landscape(&file, &read(&file)?).map_err(|e| e.lines().join("\n"))?;
    let post = import::parse_post(&markdown, Some(&post_path));
    let d = import::diff(&l, &post, &markdown);
    println!(
        "{post_path}: «{}», {} by {}, {} sections",
        post.front.title.as_deref().unwrap_or("(no title)"),
        post.front.date.as_deref().unwrap_or("undated"),
        post.front.authors.join(", "),
        post.sections.len()
    );
    if d.is_empty() {
        println!("no change: {file} is in step with the article");
        return Ok(());
    }
    for line in d.lines() {
        println!("  {line}");
    }
    if write {
        import::apply(&mut l, &post, &d);
        std::fs::write(&file, import::to_json(&l)).map_err(|e| format!("{file}: {e}"))?;
        println!("wrote {file}; review the projects marked `review` (cargo xtask data check lists them)");
    } else {
        println!("(report only; --write updates {file})");
    }
    Ok(())
}
