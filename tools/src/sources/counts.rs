//! The figures `data check` prints about an export: how much of it is sourced and known.

use std::collections::BTreeSet;

use ai_landscape::domain::history::{statuses, Status};
use ai_landscape::domain::locales::{coverage as locale_coverage, LocaleCoverage};
use ai_landscape::domain::model::{is_article, EventKind, Landscape, Lang};

use super::deny::display_host;
use super::facts::sourced;
use super::logos::{coverage, Coverage};
use super::records::{attribute_coverage, token_contract_coverage};

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
    /// Logo coverage of the projects.
    pub project_logos: Coverage,
    /// Logo coverage of the chains.
    pub chain_logos: Coverage,
    /// Projects stating each attribute (website, each link kind, contracts...).
    pub attributes: Vec<(String, usize)>,
    /// Tokens with a contract, and all tokens.
    pub token_contracts: (usize, usize),
    /// The date the statuses hold as of.
    pub status_as_of: Option<String>,
    /// Projects per status, in [`Status::ALL`] order.
    pub statuses: Vec<(Status, usize)>,
    /// Events per kind, in [`EventKind::ALL`] order.
    pub events: Vec<(EventKind, usize)>,
    /// Projects with at least one event.
    pub with_events: usize,
    /// Projects with a `last_seen`.
    pub with_last_seen: usize,
    /// How much of the export's text each locale has.
    pub locales: Vec<LocaleCoverage>,
    /// The interface's locale files against English: (locale, keys, keys it has, keys it
    /// lacks), or the file's error. Filled by the caller, which knows where `locales/` is.
    pub interface: Vec<(Lang, Result<(usize, usize, Vec<String>), String>)>,
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
        [
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
            {
                let (p, c) = (&self.project_logos, &self.chain_logos);
                let mut line = format!(
                    "logos: {}/{} projects, {}/{} chains",
                    p.with, p.total, c.with, c.total
                );
                let without: Vec<&str> = p.without.iter().chain(&c.without).map(String::as_str).collect();
                if !without.is_empty() {
                    line += &format!("; without (monogram): {}", without.join(", "));
                }
                line
            },
            {
                let list: Vec<String> = self.attributes.iter().map(|(k, v)| format!("{k} {v}")).collect();
                format!(
                    "records, projects stating: {} (of {})",
                    list.join(", "),
                    self.projects
                )
            },
            format!(
                "tokens with a contract: {} of {}",
                self.token_contracts.0, self.token_contracts.1
            ),
            {
                let list: Vec<String> = self
                    .statuses
                    .iter()
                    .map(|(s, n)| format!("{} {n}", s.code()))
                    .collect();
                let known: usize = self
                    .statuses
                    .iter()
                    .filter(|(s, _)| *s != Status::Unknown)
                    .map(|(_, n)| n)
                    .sum();
                format!(
                    "statuses as of {}: {} (known {known} of {})",
                    self.status_as_of.as_deref().unwrap_or("(no status_as_of)"),
                    list.join(", "),
                    self.projects
                )
            },
            {
                let total: usize = self.events.iter().map(|(_, n)| n).sum();
                let list: Vec<String> = self
                    .events
                    .iter()
                    .filter(|(_, n)| *n > 0)
                    .map(|(k, n)| format!("{} {n}", k.id()))
                    .collect();
                format!(
                    "history: {total} events on {} projects ({}); last_seen on {} projects",
                    self.with_events,
                    list.join(", "),
                    self.with_last_seen
                )
            },
        ]
        .into_iter()
        .chain(self.locale_lines())
        .collect()
    }

    /// One line per locale: its share of the texts and the summaries, and where it falls
    /// back to English (the first few places, then how many more).
    fn locale_lines(&self) -> Vec<String> {
        const NAMED: usize = 6;
        let mut lines: Vec<String> = self
            .interface
            .iter()
            .map(|(lang, c)| match c {
                Ok((total, have, missing)) if missing.is_empty() => {
                    format!("interface {}: {have} of {total} keys", lang.code())
                }
                Ok((total, have, missing)) => format!(
                    "interface {}: {have} of {total} keys, lacking {}",
                    lang.code(),
                    missing.join(", ")
                ),
                Err(e) => format!("interface {}: {e}", lang.code()),
            })
            .collect();
        for c in &self.locales {
            let mut line = format!(
                "locale {}: texts {} of {}, summaries {} of {}, article passages {} of {}, English fallbacks {}",
                c.lang.code(),
                c.texts.1,
                c.texts.0,
                c.summaries.1,
                c.summaries.0,
                c.passages.1,
                c.passages.0,
                c.fallbacks.len()
            );
            if !c.fallbacks.is_empty() {
                let named: Vec<&str> = c.fallbacks.iter().take(NAMED).map(String::as_str).collect();
                line += &format!(": {}", named.join(", "));
                if c.fallbacks.len() > NAMED {
                    line += &format!(" and {} more", c.fallbacks.len() - NAMED);
                }
            }
            lines.push(line);
        }
        lines
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
    [c.project_logos, c.chain_logos] = coverage(l);
    c.attributes = attribute_coverage(l);
    c.token_contracts = token_contract_coverage(l);
    let statuses = statuses(l);
    c.statuses = Status::ALL
        .iter()
        .map(|s| (*s, statuses.iter().filter(|x| *x == s).count()))
        .collect();
    c.events = EventKind::ALL
        .iter()
        .map(|k| {
            (
                *k,
                l.projects
                    .iter()
                    .flat_map(|p| &p.events)
                    .filter(|e| e.kind == *k)
                    .count(),
            )
        })
        .collect();
    c.with_events = l.projects.iter().filter(|p| !p.events.is_empty()).count();
    c.with_last_seen = l.projects.iter().filter(|p| p.last_seen.is_some()).count();
    c.status_as_of = l.status_as_of.clone();
    c.locales = locale_coverage(l);
    c.distinct_urls = urls.len();
    c.distinct_hosts = hosts.len();
    c
}
