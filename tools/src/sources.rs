//! The source and quote rules of `data/SOURCES.md`, and the counts `cargo xtask data check`
//! prints: what a contributor's export must satisfy beyond the format rules of
//! [`ai_landscape::domain::validate`].
//!
//! Native only (the app does not need them: it shows what the export says, and the shipped
//! export has passed these checks), so the wasm does not carry the deny-list or the
//! article's text.

use ai_landscape::domain::model::{is_article, Landscape, Lang};
use ai_landscape::domain::validate::{parse_landscape, DataError};

mod counts;
mod deny;
mod facts;
mod logos;
mod records;

pub use counts::{counts, Counts};
pub use deny::{denied, display_host, host_and_path, DENY_LIST};
pub use facts::{collapse_whitespace, sourced, ArticleText, Sourced};
pub use logos::{
    check_file, check_logos, check_svg, coverage, logos, Coverage, LogoProblem, MAX_LOGO_BYTES, MAX_PNG_SIDE,
};
pub use records::{
    attribute_coverage, check_address, check_evm_address, check_records, check_solana_address, eip55,
    token_contract_coverage, ADDRESS_FORMATS,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The export breaks a rule: `data check` fails.
    Error,
    /// Something a person must look at (a project marked for review); not a failure.
    Note,
}

/// One finding, located by project and field path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    /// `project \`io-net\``.
    pub place: String,
    /// `chains[0].quote: ...`.
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Note => "note",
        };
        write!(f, "{kind}: {}: {}", self.place, self.message)
    }
}

/// The source and quote rules on a parsed export; `article` is the article's Markdown.
pub fn check(l: &Landscape, article: &ArticleText) -> Vec<Finding> {
    let mut out = Vec::new();
    for p in &l.projects {
        let place = format!("project `{}`", p.id);
        let mut error = |message: String| {
            out.push(Finding {
                severity: Severity::Error,
                place: place.clone(),
                message,
            })
        };
        for s in sourced(p) {
            let path = &s.path;
            if let Some(q) = s.quote {
                if q.trim().is_empty() {
                    error(format!("{path}.quote is empty"));
                    continue;
                }
            }
            if is_article(s.source) {
                if path.starts_with("relations[") {
                    error(format!(
                        "{path}.source: a relation needs a web source that states it, not `article`"
                    ));
                }
                match s.quote {
                    None => error(format!(
                        "{path}.quote is missing: a fact whose source is `article` needs the \
                         shortest passage of the article that states it"
                    )),
                    Some(q) if !article.contains(q) => error(format!(
                        "{path}.quote does not occur in the article (whitespace aside): «{}»",
                        clip(q)
                    )),
                    Some(_) => {}
                }
            } else if let Some((pattern, reason)) = denied(s.source) {
                error(format!(
                    "{path}.source: `{}` is on the deny-list ({pattern}: {reason}); cite the \
                     official site or docs, a block explorer, CoinGecko/CoinMarketCap or \
                     established press",
                    clip(s.source)
                ));
            }
        }
        if let Some(reason) = &p.review {
            out.push(Finding {
                severity: Severity::Note,
                place: place.clone(),
                message: format!("needs review: {reason}"),
            });
        }
    }
    out
}

fn clip(s: &str) -> String {
    if s.chars().count() > 80 {
        format!("{}…", s.chars().take(80).collect::<String>())
    } else {
        s.to_string()
    }
}

/// What `cargo xtask data check` found in one export.
#[derive(Debug)]
pub struct CheckReport {
    /// The format validator's error, if the export does not even parse or validate.
    pub invalid: Option<DataError>,
    pub findings: Vec<Finding>,
    pub counts: Option<Counts>,
}

impl CheckReport {
    /// Whether the export passes (notes allowed).
    pub fn ok(&self) -> bool {
        self.invalid.is_none() && self.findings.iter().all(|f| f.severity != Severity::Error)
    }

    /// Every message, errors first, located (`file: project \`x\`: field: ...`).
    pub fn lines(&self, file: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(e) = &self.invalid {
            out.extend(e.lines().into_iter().map(|l| format!("error: {l}")));
        }
        for sev in [Severity::Error, Severity::Note] {
            out.extend(
                self.findings
                    .iter()
                    .filter(|f| f.severity == sev)
                    .map(|f| format!("{file}: {f}")),
            );
        }
        out
    }
}

/// The whole check of `data check`: the app's validator, then the source and quote rules,
/// then the logo files (read next to `file`), the links and contracts, then the counts.
pub fn check_export(file: &str, json: &str, article_markdown: &str) -> CheckReport {
    match parse_landscape(file, json) {
        Err(e) => CheckReport {
            invalid: Some(e),
            findings: Vec::new(),
            counts: None,
        },
        Ok(l) => {
            let mut findings = check(&l, &ArticleText::new(article_markdown));
            let data_dir = std::path::Path::new(file)
                .parent()
                .unwrap_or(std::path::Path::new("."));
            findings.extend(
                check_logos(&l, data_dir)
                    .into_iter()
                    .chain(check_records(&l))
                    .chain(check_versions(&l, data_dir))
                    .map(|(place, message)| Finding {
                        severity: Severity::Error,
                        place,
                        message,
                    }),
            );
            let mut counts = counts(&l);
            counts.interface = interface_coverage(&data_dir.join("../locales"));
            for (lang, c) in &counts.interface {
                let problem = match c {
                    Ok((_, _, missing)) if !missing.is_empty() => {
                        Some(format!("lacks {}", missing.join(", ")))
                    }
                    Err(e) => Some(e.clone()),
                    Ok(_) => None,
                };
                if let Some(message) = problem {
                    findings.push(Finding {
                        severity: Severity::Error,
                        place: format!("locales/{}.json", lang.code()),
                        message,
                    });
                }
            }
            CheckReport {
                invalid: None,
                findings,
                counts: Some(counts),
            }
        }
    }
}

/// Each interface locale file in `dir` against the English one (see
/// `ai_landscape::domain::locales::interface_keys`).
fn interface_coverage(dir: &std::path::Path) -> Vec<(Lang, Result<(usize, usize, Vec<String>), String>)> {
    use ai_landscape::domain::locales::{interface_coverage, interface_keys};
    let read = |lang: Lang| {
        let path = dir.join(format!("{}.json", lang.code()));
        let file = std::fs::read_to_string(&path).map_err(|e| format!("cannot read: {e}"))?;
        interface_keys(&file).map_err(|e| format!("line {}, column {}: {e}", e.line(), e.column()))
    };
    let en = read(Lang::En);
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let c = match (&en, read(lang)) {
                (Ok(en), Ok(other)) => Ok(interface_coverage(en, &other)),
                (Err(e), _) => Err(format!("English file: {e}")),
                (_, Err(e)) => Err(e),
            };
            (lang, c)
        })
        .collect()
}

/// The article's versions (`article.versions`) against their files: each file is there, its
/// source is a safe link, and every project's passage in its locale is in it word for word
/// (whitespace aside; the import copies them, so a hand edit or a replaced file shows here),
/// so is every category's heading in its locale, and `covers` counts the projects that
/// have a passage.
fn check_versions(l: &Landscape, data_dir: &std::path::Path) -> Vec<(String, String)> {
    use ai_landscape::domain::model::Text;
    let mut out = Vec::new();
    for (i, v) in l.article.versions.iter().enumerate() {
        let place = format!("article.versions[{i}]");
        if !ai_landscape::domain::validate::is_safe_link(&v.source) {
            out.push((format!("{place}.source"), "not a safe http(s) link".to_string()));
        }
        let file = match std::fs::read_to_string(data_dir.join(&v.file)) {
            Ok(f) => f,
            Err(e) => {
                out.push((
                    format!("{place}.file"),
                    format!("cannot read data/{}: {e}", v.file),
                ));
                continue;
            }
        };
        // Compared without whitespace: a passage broken over lines is joined by the import.
        let bare = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let file = bare(&file);
        let mut covers = 0;
        for (j, p) in l.projects.iter().enumerate() {
            let Some(Text::Localized(m)) = &p.passage else {
                continue;
            };
            let Some(text) = m.get(&v.lang) else { continue };
            covers += 1;
            if !file.contains(&bare(text)) {
                out.push((
                    format!("projects[{j}].passage.{}", v.lang.code()),
                    format!("not found word for word in data/{}", v.file),
                ));
            }
        }
        // A category's heading in this version is one of the file's headings.
        for (j, c) in l.categories.iter().enumerate() {
            let Some(Text::Localized(m)) = &c.article_heading else {
                continue;
            };
            // (`#` then the heading, whitespace aside.)
            if m.get(&v.lang)
                .is_some_and(|h| !file.contains(&bare(&format!("#{h}"))))
            {
                out.push((
                    format!("categories[{j}].article_heading.{}", v.lang.code()),
                    format!("not a heading of data/{}", v.file),
                ));
            }
        }
        if covers != v.covers {
            out.push((
                format!("{place}.covers"),
                format!("says {}, but {covers} projects have a passage in it", v.covers),
            ));
        }
    }
    out
}
