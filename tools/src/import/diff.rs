//! Matching the post's projects to the export and reporting what changed: added, removed,
//! renamed, and what a kept project's bullet now states differently.

use std::collections::{BTreeSet, HashMap};

use ai_landscape::domain::model::{Landscape, Lang, Project};
use ai_landscape::domain::text::fold;

use super::facts::read_facts;
use super::post::{Bullet, Post};

/// The key names are matched by: folded, letters and digits only (`"io.net"` → `ionet`).
pub fn name_key(name: &str) -> String {
    fold(name).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Similarity of two keys, 0..=1 (1 - edit distance / longer length).
pub fn similarity(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let n = a.len().max(b.len());
    if n == 0 {
        return 1.0;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    1.0 - prev[b.len()] as f64 / n as f64
}

/// A rename needs at least this similarity (or one name containing the other).
pub const RENAME_SIMILARITY: f64 = 0.6;

/// A project of the post: its name, the category ids of its sections (in the post's order;
/// `None` for a section no category has) and its bullets.
#[derive(Clone, Debug, PartialEq)]
pub struct PostProject {
    pub name: String,
    /// (section heading, category id if known).
    pub sections: Vec<(String, Option<String>)>,
    pub bullets: Vec<Bullet>,
}

/// What an article states about a project that the export lacks or contradicts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stated {
    pub project: String,
    /// `chain`, `token` or `funding`.
    pub kind: &'static str,
    /// The chain id, the symbol or the amount.
    pub value: String,
    pub quote: String,
}

/// Everything that differs between a post and an export.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Diff {
    /// Names of the post not in the export (and not a rename), with their section headings.
    pub added: Vec<(String, Vec<String>)>,
    /// Ids of projects the post no longer lists.
    pub removed: Vec<String>,
    /// (id, categories in the export, categories in the post).
    pub moved: Vec<(String, Vec<String>, Vec<String>)>,
    /// (id, export name, post name).
    pub renamed: Vec<(String, String, String)>,
    /// Headings of sections with bullets that no category names.
    pub sections_added: Vec<String>,
    /// Chains, tokens, funding the post states and the export lacks.
    pub stated: Vec<Stated>,
    /// (id, field path, quote) of article facts whose quote the post no longer has.
    pub stale_quotes: Vec<(String, String, String)>,
    /// (field, export, post) for the article's own metadata (title, author).
    pub article: Vec<(String, String, String)>,
}

impl Diff {
    /// Whether the post brings no change.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.moved.is_empty()
            && self.renamed.is_empty()
            && self.sections_added.is_empty()
            && self.stated.is_empty()
            && self.stale_quotes.is_empty()
            && self.article.is_empty()
    }

    /// The report, one line per change.
    pub fn lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (f, a, b) in &self.article {
            out.push(format!("article {f}: `{a}` in the export, `{b}` in the post"));
        }
        for h in &self.sections_added {
            out.push(format!(
                "section added: «{h}» (no category has it as `article_heading`)"
            ));
        }
        for (n, s) in &self.added {
            out.push(format!("project added: {n} (in «{}»)", s.join("», «")));
        }
        for id in &self.removed {
            out.push(format!("project removed: `{id}` is no longer in the post"));
        }
        for (id, a, b) in &self.moved {
            out.push(format!(
                "project moved: `{id}` from [{}] to [{}]",
                a.join(", "),
                b.join(", ")
            ));
        }
        for (id, a, b) in &self.renamed {
            out.push(format!("project renamed: `{id}` {a} → {b}"));
        }
        for s in &self.stated {
            out.push(format!(
                "project `{}`: the post states {} {} («{}»), the export lacks it",
                s.project, s.kind, s.value, s.quote
            ));
        }
        for (id, path, q) in &self.stale_quotes {
            out.push(format!(
                "project `{id}`: {path} quotes «{q}», which the post no longer has"
            ));
        }
        out
    }
}

/// The category of a section heading (by `article_heading`, folded).
pub(super) fn category_of(l: &Landscape, heading: &str) -> Option<String> {
    let key = name_key(heading);
    l.categories
        .iter()
        .find(|c| {
            c.article_heading
                .as_ref()
                .is_some_and(|h| name_key(h.get(Lang::Es)) == key)
        })
        .map(|c| c.id.clone())
}

/// The post's projects, in order of first appearance, one per name key.
pub fn post_projects(l: &Landscape, post: &Post, keys: &HashMap<String, usize>) -> Vec<PostProject> {
    let mut out: Vec<PostProject> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for s in &post.sections {
        let cat = category_of(l, &s.heading);
        for b in &s.bullets {
            // Two spellings of one project ("Morpheus AI", "Morpheus") are one project.
            let key = match keys.get(&name_key(&b.name)) {
                Some(i) => format!("#{i}"),
                None => name_key(&b.name),
            };
            let i = *index.entry(key).or_insert_with(|| {
                out.push(PostProject {
                    name: b.name.clone(),
                    sections: Vec::new(),
                    bullets: Vec::new(),
                });
                out.len() - 1
            });
            let entry = (s.heading.clone(), cat.clone());
            if !out[i].sections.contains(&entry) {
                out[i].sections.push(entry);
            }
            out[i].bullets.push(b.clone());
        }
    }
    out
}

/// Name key → project index, for names, aliases and ids.
pub fn name_keys(l: &Landscape) -> HashMap<String, usize> {
    let mut keys = HashMap::new();
    for (i, p) in l.projects.iter().enumerate() {
        for n in std::iter::once(&p.name)
            .chain(&p.aliases)
            .chain(std::iter::once(&p.id))
        {
            keys.entry(name_key(n)).or_insert(i);
        }
    }
    keys
}

/// Compares a post with an export. `article` is the post's Markdown (for stale quotes).
pub fn diff(l: &Landscape, post: &Post, markdown: &str) -> Diff {
    let mut d = Diff::default();
    if let Some(t) = &post.front.title {
        if *t != l.article.title {
            d.article
                .push(("title".into(), l.article.title.clone(), t.clone()));
        }
    }
    if let (Some(a), Some(b)) = (&l.article.author, post.front.authors.first()) {
        if a != b {
            d.article.push(("author".into(), a.clone(), b.clone()));
        }
    }
    let keys = name_keys(l);
    let projects = post_projects(l, post, &keys);
    let mut seen = vec![false; l.projects.len()];
    let mut unmatched = Vec::new();
    for pp in &projects {
        match keys.get(&name_key(&pp.name)) {
            Some(&i) => {
                seen[i] = true;
                let p = &l.projects[i];
                // The same letters, spelt differently ("Clore.ai" → "Clore AI"): a rename,
                // unless the export already knows that spelling.
                if pp.name != p.name && !p.aliases.contains(&pp.name) {
                    d.renamed.push((p.id.clone(), p.name.clone(), pp.name.clone()));
                }
                compare_project(l, p, pp, &mut d);
            }
            None => unmatched.push(pp),
        }
    }
    let mut headings = BTreeSet::new();
    for s in &post.sections {
        if !s.bullets.is_empty() && category_of(l, &s.heading).is_none() && headings.insert(s.heading.clone())
        {
            d.sections_added.push(s.heading.clone());
        }
    }
    for pp in unmatched {
        let key = name_key(&pp.name);
        let best = l
            .projects
            .iter()
            .enumerate()
            .filter(|(i, _)| !seen[*i])
            .map(|(i, p)| {
                let s = std::iter::once(&p.name)
                    .chain(&p.aliases)
                    .map(|n| {
                        let k = name_key(n);
                        if !k.is_empty() && (k.contains(&key) || key.contains(&k)) {
                            1.0
                        } else {
                            similarity(&k, &key)
                        }
                    })
                    .fold(0.0, f64::max);
                (i, s)
            })
            .filter(|(_, s)| *s >= RENAME_SIMILARITY)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        match best {
            Some((i, _)) => {
                seen[i] = true;
                let p = &l.projects[i];
                d.renamed.push((p.id.clone(), p.name.clone(), pp.name.clone()));
                compare_project(l, p, pp, &mut d);
            }
            None => d
                .added
                .push((pp.name.clone(), pp.sections.iter().map(|s| s.0.clone()).collect())),
        }
    }
    for (i, p) in l.projects.iter().enumerate() {
        if !seen[i] {
            d.removed.push(p.id.clone());
        }
    }
    let text = crate::sources::ArticleText::new(markdown);
    for (i, p) in l.projects.iter().enumerate() {
        if !seen[i] {
            continue;
        }
        for s in crate::sources::sourced(p) {
            if let (true, Some(q)) = (ai_landscape::domain::model::is_article(s.source), s.quote) {
                if !text.contains(q) {
                    d.stale_quotes.push((p.id.clone(), s.path.clone(), q.to_string()));
                }
            }
        }
    }
    d
}

pub(super) fn post_categories(pp: &PostProject) -> Vec<String> {
    pp.sections.iter().filter_map(|(_, c)| c.clone()).collect()
}

fn compare_project(l: &Landscape, p: &Project, pp: &PostProject, d: &mut Diff) {
    let cats = post_categories(pp);
    // Only sections that are categories count: a new section is reported on its own.
    if !cats.is_empty() && cats != p.categories {
        d.moved.push((p.id.clone(), p.categories.clone(), cats));
    }
    for b in &pp.bullets {
        let (chains, tokens, funding) = read_facts(l, &b.text);
        let mut lacks = |kind: &'static str, value: String, quote: Option<String>| {
            d.stated.push(Stated {
                project: p.id.clone(),
                kind,
                value,
                quote: quote.unwrap_or_default(),
            })
        };
        for c in chains
            .into_iter()
            .filter(|c| !p.chains.iter().any(|x| x.id == c.id))
        {
            lacks("chain", c.id, c.quote);
        }
        for t in tokens
            .into_iter()
            .filter(|t| !p.tokens.iter().any(|x| x.symbol.eq_ignore_ascii_case(&t.symbol)))
        {
            lacks("token", t.symbol, t.quote);
        }
        for f in funding
            .into_iter()
            .filter(|f| !p.funding.iter().any(|x| x.amount_usd == f.amount_usd))
        {
            let amount = f
                .amount_usd
                .map(ai_landscape::domain::text::format_usd)
                .unwrap_or_default();
            lacks("funding", amount, f.quote);
        }
    }
}
