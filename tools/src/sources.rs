//! The source and quote rules of `data/SOURCES.md`, and the counts `cargo xtask data check`
//! prints: what a contributor's export must satisfy beyond the format rules of
//! [`ai_landscape::domain::validate`].
//!
//! Native only (the app does not need them: it shows what the export says, and the shipped
//! export has passed these checks), so the wasm does not carry the deny-list or the
//! article's text.

use std::collections::BTreeSet;

use ai_landscape::domain::model::{is_article, Landscape, Project};
use ai_landscape::domain::validate::{parse_landscape, DataError};

/// Sources never to cite, with why. A pattern is a host (which also covers its
/// subdomains), a host and a path prefix (`binance.com/square`, also after a locale segment
/// such as `/en/`), or `*.host` for any subdomain of host except `www`. Kept in step with
/// the deny-list of `data/SOURCES.md` by a test.
pub const DENY_LIST: &[(&str, &str)] = &[
    ("grokipedia.com", "AI-generated encyclopedia"),
    ("huggingface.co/datasets", "scraped dataset"),
    (
        "raw.githubusercontent.com/geiserx",
        "personal guide in someone's repository",
    ),
    ("github.com/api-evangelist", "mirror of other projects' files"),
    (
        "tokyo.tokeninsight.com",
        "non-canonical subdomain of a rating site",
    ),
    ("iq.wiki", "low-quality wiki"),
    ("cryptowiki.net", "low-quality wiki"),
    ("startupintros.com", "startup directory"),
    ("mexc.com", "exchange SEO page"),
    ("mexc.fm", "exchange SEO page"),
    ("gate.io", "exchange SEO page"),
    ("gate.com", "exchange SEO page"),
    ("gate.com.tr", "exchange SEO page"),
    ("binance.com/square", "exchange's social feed"),
    ("kraken.com/learn", "exchange SEO page"),
    ("bybit.com/learn", "exchange SEO page"),
    ("coinbase.com/price", "exchange price page"),
    ("bitget.com", "exchange SEO page"),
    ("bingx.com", "exchange SEO page"),
    ("ascendex.com", "exchange SEO page"),
    ("cube.exchange", "exchange SEO page"),
    ("aicoin.com", "exchange data aggregator"),
    ("coinranking.com", "ranking content farm"),
    ("followin.io", "aggregated feed"),
    ("*.fxempire.com", "regional copy of a news site"),
    ("coinmarketcapa.com", "lookalike of coinmarketcap.com"),
];

/// Whether a rule applies to a whole export or is only listed for a person to look at.
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

/// A sourced value of a project: where it is (`tokens[0]`), its source and its quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sourced<'a> {
    pub path: String,
    pub source: &'a str,
    pub quote: Option<&'a str>,
}

/// Every sourced value of `p`, in field order.
pub fn sourced(p: &Project) -> Vec<Sourced<'_>> {
    fn add<'a>(out: &mut Vec<Sourced<'a>>, path: String, source: &'a str, quote: &'a Option<String>) {
        out.push(Sourced {
            path,
            source,
            quote: quote.as_deref(),
        });
    }
    let mut out = Vec::new();
    for (i, c) in p.chains.iter().enumerate() {
        add(&mut out, format!("chains[{i}]"), &c.source, &c.quote);
    }
    if let Some(n) = &p.now {
        add(&mut out, "now".into(), &n.source, &n.quote);
    }
    if let Some(w) = &p.website {
        add(&mut out, "website".into(), &w.source, &w.quote);
    }
    for (i, t) in p.tokens.iter().enumerate() {
        add(&mut out, format!("tokens[{i}]"), &t.source, &t.quote);
    }
    for (field, fact) in [("founded", &p.founded), ("consensus", &p.consensus)] {
        if let Some(f) = fact {
            add(&mut out, field.into(), &f.source, &f.quote);
        }
    }
    for (field, list) in [
        ("technologies", &p.technologies),
        ("partners", &p.partners),
        ("awards", &p.awards),
    ] {
        for (i, f) in list.iter().enumerate() {
            add(&mut out, format!("{field}[{i}]"), &f.source, &f.quote);
        }
    }
    for (i, x) in p.people.iter().enumerate() {
        add(&mut out, format!("people[{i}]"), &x.source, &x.quote);
    }
    for (i, x) in p.funding.iter().enumerate() {
        add(&mut out, format!("funding[{i}]"), &x.source, &x.quote);
    }
    for (i, x) in p.figures.iter().enumerate() {
        add(&mut out, format!("figures[{i}]"), &x.source, &x.quote);
    }
    for (i, x) in p.relations.iter().enumerate() {
        add(&mut out, format!("relations[{i}]"), &x.source, &x.quote);
    }
    out
}

/// Collapses every run of whitespace to one space and trims: quotes are compared this way,
/// so line breaks and indentation of the article do not matter.
pub fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The article's text, ready for quote look-ups.
pub struct ArticleText {
    collapsed: String,
}

impl ArticleText {
    pub fn new(markdown: &str) -> ArticleText {
        ArticleText {
            collapsed: collapse_whitespace(markdown),
        }
    }

    /// Whether `quote` occurs in the article, whitespace aside.
    pub fn contains(&self, quote: &str) -> bool {
        let q = collapse_whitespace(quote);
        !q.is_empty() && self.collapsed.contains(&q)
    }
}

/// The host of an http(s) URL, lowercased, and its path (from the first `/`, without
/// query or fragment; `/` when empty).
pub fn host_and_path(url: &str) -> Option<(String, String)> {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let host = host.split(':').next().unwrap_or(host).trim_end_matches('.');
    if host.is_empty() {
        return None;
    }
    let path_part = &rest[end..];
    let path_end = path_part.find(['?', '#']).unwrap_or(path_part.len());
    let path = &path_part[..path_end];
    Some((
        host.to_string(),
        if path.is_empty() { "/".into() } else { path.into() },
    ))
}

/// The host to show for a source link (`akash.network`), without `www.`, lowercased.
pub fn display_host(url: &str) -> Option<String> {
    ai_landscape::domain::validate::link_host(url).map(str::to_ascii_lowercase)
}

fn host_matches(host: &str, pattern: &str) -> bool {
    if let Some(domain) = pattern.strip_prefix("*.") {
        host.ends_with(&format!(".{domain}")) && host != format!("www.{domain}")
    } else {
        host == pattern || host.ends_with(&format!(".{pattern}"))
    }
}

fn path_matches(path: &str, prefix: &str) -> bool {
    let starts = |p: &str| p == prefix || p.starts_with(&format!("{prefix}/"));
    if starts(path) {
        return true;
    }
    // `/en/square/...`, `/es-ES/learn/...`: a locale segment first.
    let mut parts = path.splitn(3, '/').skip(1);
    match (parts.next(), parts.next()) {
        (Some(seg), Some(rest)) => {
            (2..=5).contains(&seg.len())
                && seg.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
                && starts(&format!("/{rest}"))
        }
        _ => false,
    }
}

/// The deny-list entry (pattern, reason) that `url` falls under, if any.
pub fn denied(url: &str) -> Option<(&'static str, &'static str)> {
    let (host, path) = host_and_path(url)?;
    DENY_LIST.iter().copied().find(|(pattern, _)| {
        let (host_pattern, path_prefix) = match pattern.find('/') {
            Some(i) => (&pattern[..i], Some(&pattern[i..])),
            None => (*pattern, None),
        };
        host_matches(&host, host_pattern) && path_prefix.is_none_or(|p| path_matches(&path, p))
    })
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

/// The figures `data check` prints about an export.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub projects: usize,
    /// Projects with at least one chain.
    pub known_chain: usize,
    /// Sourced values whose source is the article.
    pub article_facts: usize,
    /// ... of which carry a quote.
    pub article_facts_with_quote: usize,
    /// Sourced values whose source is a URL.
    pub web_facts: usize,
    /// ... of which carry a quote.
    pub web_facts_with_quote: usize,
    /// Distinct source URLs.
    pub distinct_urls: usize,
    /// Distinct hosts of those URLs.
    pub distinct_hosts: usize,
    /// Projects marked for review.
    pub needing_review: usize,
}

impl Counts {
    /// Known chain as a percentage of the projects (0 for an empty export).
    pub fn known_chain_percent(&self) -> f64 {
        if self.projects == 0 {
            0.0
        } else {
            100.0 * self.known_chain as f64 / self.projects as f64
        }
    }

    /// The lines `data check` prints.
    pub fn lines(&self) -> Vec<String> {
        vec![
            format!("projects: {}", self.projects),
            format!(
                "known chain: {} of {} ({:.1} %)",
                self.known_chain,
                self.projects,
                self.known_chain_percent()
            ),
            format!(
                "facts by kind of source: article {}, web {} (total {})",
                self.article_facts,
                self.web_facts,
                self.article_facts + self.web_facts
            ),
            format!(
                "article facts with a quote: {} of {}",
                self.article_facts_with_quote, self.article_facts
            ),
            format!(
                "web facts with a quote: {} of {}",
                self.web_facts_with_quote, self.web_facts
            ),
            format!(
                "distinct URLs cited: {} (on {} hosts)",
                self.distinct_urls, self.distinct_hosts
            ),
            format!("projects needing review: {}", self.needing_review),
        ]
    }
}

/// Counts an export.
pub fn counts(l: &Landscape) -> Counts {
    let mut c = Counts {
        projects: l.projects.len(),
        ..Counts::default()
    };
    let mut urls = BTreeSet::new();
    let mut hosts = BTreeSet::new();
    for p in &l.projects {
        c.known_chain += usize::from(!p.chains.is_empty());
        c.needing_review += usize::from(p.review.is_some());
        for s in sourced(p) {
            if is_article(s.source) {
                c.article_facts += 1;
                c.article_facts_with_quote += usize::from(s.quote.is_some());
            } else {
                c.web_facts += 1;
                c.web_facts_with_quote += usize::from(s.quote.is_some());
                urls.insert(s.source);
                if let Some(h) = display_host(s.source) {
                    hosts.insert(h);
                }
            }
        }
    }
    c.distinct_urls = urls.len();
    c.distinct_hosts = hosts.len();
    c
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
/// then the counts.
pub fn check_export(file: &str, json: &str, article_markdown: &str) -> CheckReport {
    match parse_landscape(file, json) {
        Err(e) => CheckReport {
            invalid: Some(e),
            findings: Vec::new(),
            counts: None,
        },
        Ok(l) => CheckReport {
            invalid: None,
            findings: check(&l, &ArticleText::new(article_markdown)),
            counts: Some(counts(&l)),
        },
    }
}
