//! `cargo xtask data import --versions DIR`: reads the blog's 15 versions of the article
//! (`DIR/<code>.md`, the Spanish one being `data/article.es.md`), finds in each the article's
//! own passage about every project (`landscape_tools::import::passages`), reports each
//! locale's coverage and, with `--write`, stores the passages as the projects' `passage`
//! texts, each version's section headings as the categories' `article_heading` texts, and
//! the versions, with their provenance, as the article's `versions`.

use std::collections::BTreeMap;

use ai_landscape::domain::model::{ArticleVersion, Lang, Text};
use ai_landscape::domain::parse_landscape;
use landscape_tools::import::passages::{passages, ProjectNames};
use landscape_tools::import::to_json;

use crate::Result;

/// Where the versions come from: the blog's public repository at the commit they were
/// copied at (see `data/article/README.md`).
const REPOSITORY: &str =
    "https://github.com/cuckoo-network/cuckoo/blob/68b9b30c40247ed4ee64bb7030aec78098464b6f";
const POST: &str = "2024-05-11-decentralizing-ai-overview.md";

/// The file of `lang`'s version in that repository.
fn repository_path(lang: Lang) -> String {
    match lang {
        Lang::En => format!("packages/home/blog/{POST}"),
        l => format!(
            "packages/home/i18n/{}/docusaurus-plugin-content-blog/{POST}",
            l.code()
        ),
    }
}

/// The copy of `lang`'s version here, relative to `data/`.
fn data_file(dir: &str, spanish: &str, lang: Lang) -> (String, String) {
    if lang == Lang::Es {
        let rel = spanish.strip_prefix("data/").unwrap_or(spanish);
        (spanish.to_string(), rel.to_string())
    } else {
        let dir = dir.trim_end_matches('/');
        let rel = dir.strip_prefix("data/").unwrap_or(dir);
        (
            format!("{dir}/{}.md", lang.code()),
            format!("{rel}/{}.md", lang.code()),
        )
    }
}

/// The section headings (`##`, `###`) of a version, with their levels, in order.
fn headings(markdown: &str) -> Vec<(usize, String)> {
    markdown
        .lines()
        .filter_map(|line| {
            let hashes = line.len() - line.trim_start_matches('#').len();
            let text = line[hashes..]
                .strip_prefix(' ')?
                .trim()
                .trim_end_matches('#')
                .trim();
            (matches!(hashes, 2 | 3) && !text.is_empty()).then(|| (hashes, text.to_string()))
        })
        .collect()
}

/// `lang`'s heading of each of the Spanish version's sections, by position: the versions
/// keep the sections in one order, and the ones that stop part-way have the first ones.
/// The pairing stops where the levels differ.
fn section_headings(spanish: &[(usize, String)], other: &[(usize, String)]) -> BTreeMap<String, String> {
    spanish
        .iter()
        .zip(other)
        .take_while(|(a, b)| a.0 == b.0)
        .map(|(a, b)| (a.1.clone(), b.1.clone()))
        .collect()
}

/// `spanish` is the Spanish version, the export's own article (`data/article.es.md`).
pub fn import_versions(dir: &str, spanish: &str, file: &str, write: bool) -> Result {
    let read = |path: &str| std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"));
    let mut l = parse_landscape(file, &read(file)?).map_err(|e| e.lines().join("\n"))?;
    let english = read(&data_file(dir, spanish, Lang::En).0)?;
    let mut texts: BTreeMap<String, BTreeMap<Lang, String>> = BTreeMap::new();
    let mut versions = Vec::new();
    let spanish_headings = headings(&read(spanish)?);
    let mut section: BTreeMap<String, BTreeMap<Lang, String>> = BTreeMap::new();
    {
        let names: Vec<ProjectNames> = l
            .projects
            .iter()
            .map(|p| ProjectNames {
                id: &p.id,
                names: std::iter::once(p.name.as_str())
                    .chain(p.aliases.iter().map(String::as_str))
                    .collect(),
            })
            .collect();
        for lang in Lang::ALL {
            let (path, rel) = data_file(dir, spanish, lang);
            let markdown = read(&path)?;
            let found = passages(&markdown, &english, &names);
            let own = section_headings(&spanish_headings, &headings(&markdown));
            let missing: Vec<&str> = names
                .iter()
                .map(|n| n.id)
                .filter(|id| !found.found.contains_key(*id))
                .collect();
            println!(
                "{} ({path}): {} of {} projects, {} passages read, {} not attributed, {} of {} section headings{}",
                lang.code(),
                found.found.len(),
                names.len(),
                found.passages_found,
                found.unattributed.len(),
                own.len(),
                spanish_headings.len(),
                if missing.is_empty() {
                    String::new()
                } else {
                    format!("; none for {}", missing.join(", "))
                }
            );
            for (es, heading) in own {
                section.entry(es).or_default().insert(lang, heading);
            }
            for (id, p) in &found.found {
                texts.entry(id.clone()).or_default().insert(lang, p.text.clone());
            }
            versions.push(ArticleVersion {
                lang,
                file: rel,
                source: format!("{REPOSITORY}/{}", repository_path(lang)),
                covers: found.found.len(),
            });
        }
    }
    let mut changed = 0;
    for p in &mut l.projects {
        let text = texts
            .remove(&p.id)
            .filter(|m| m.contains_key(&Lang::Es) && m.contains_key(&Lang::En))
            .map(Text::Localized);
        if p.passage != text {
            changed += 1;
            p.passage = text;
        }
    }
    for c in &mut l.categories {
        let Some(es) = c.article_heading.as_ref().map(|h| h.get(Lang::Es).to_string()) else {
            continue;
        };
        let text = section
            .get(&es)
            .filter(|m| m.contains_key(&Lang::Es) && m.contains_key(&Lang::En))
            .map(|m| Text::Localized(m.clone()));
        if let Some(text) = text.filter(|t| c.article_heading.as_ref() != Some(t)) {
            changed += 1;
            c.article_heading = Some(text);
        }
    }
    let versions_changed = l.article.versions != versions;
    l.article.versions = versions;
    if changed == 0 && !versions_changed {
        println!("no change: {file} is in step with the article's versions");
    } else if write {
        std::fs::write(file, to_json(&l)).map_err(|e| format!("{file}: {e}"))?;
        println!("wrote {file}: {changed} projects' passages and categories' headings");
    } else {
        println!("{changed} projects' passages and categories' headings would change (report only; --write updates {file})");
    }
    Ok(())
}
