//! A validated landscape prepared for browsing: lookups by id and alias, folded search
//! text computed once at load, and the filtering, facet counting and sorting the views show.

use std::collections::HashMap;

use super::model::{Category, Chain, Landscape, Lang, Project, OWN_CHAIN};
use super::text::{fold, slugify};

/// Up to this many matching projects, every card is in the DOM (find-in-page, screen
/// readers and the `article[data-project]` hook see them all); above it the views render
/// progressively, [`RENDER_STEP`] at a time.
pub const RENDER_ALL_MAX: usize = 500;
/// How many more cards each step of progressive rendering adds.
pub const RENDER_STEP: usize = 150;

/// How many of `matching` results to render when `requested` have been asked for.
pub fn render_count(matching: usize, requested: usize) -> usize {
    if matching <= RENDER_ALL_MAX {
        matching
    } else {
        requested.clamp(RENDER_STEP, matching)
    }
}

/// The chain filter value for projects whose chain is not stated (`chain=unknown`).
pub const CHAIN_NOT_STATED: &str = "unknown";

/// How the result list is ordered (`sort=`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    /// Alphabetical by name (the default).
    #[default]
    Name,
    /// By first category (in category order), then name.
    Category,
    /// Most chains first, then name.
    Chains,
}

impl Sort {
    /// Every sort, in the order the UI offers them.
    pub const ALL: [Sort; 3] = [Sort::Name, Sort::Category, Sort::Chains];

    /// The URL value.
    pub fn code(self) -> &'static str {
        match self {
            Sort::Name => "name",
            Sort::Category => "category",
            Sort::Chains => "chains",
        }
    }

    /// Parses a URL value; unknown values are `None`.
    pub fn parse(s: &str) -> Option<Sort> {
        Sort::ALL
            .into_iter()
            .find(|x| x.code() == s.trim().to_ascii_lowercase())
    }
}

/// What narrows the list: category and chain ids (OR within, AND across) and search text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Category ids; a parent includes its sub-categories.
    pub categories: Vec<String>,
    /// Chain ids, `own-chain`, or [`CHAIN_NOT_STATED`].
    pub chains: Vec<String>,
    /// Search text (every word must match).
    pub q: String,
}

/// How many projects each facet value would show, given the other facets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    /// (category id, count), in category order.
    pub categories: Vec<(String, usize)>,
    /// (chain id, count), in chain-list order, ending with [`CHAIN_NOT_STATED`].
    pub chains: Vec<(String, usize)>,
}

/// The landscape with its lookups.
#[derive(Clone, Debug)]
pub struct Catalog {
    data: Landscape,
    /// Folded text of each project (names, aliases, summaries, tokens, technologies, people...).
    search_text: Vec<String>,
    /// Folded name of each project, the key of every sort (computed once at load).
    name_keys: Vec<String>,
    /// id or alias slug → project index.
    by_slug: HashMap<String, usize>,
    /// Categories sorted by `order` (parents before their children when orders say so).
    category_order: Vec<usize>,
    category_index: HashMap<String, usize>,
    chain_index: HashMap<String, usize>,
}

impl Catalog {
    /// Prepares a validated landscape.
    pub fn new(data: Landscape) -> Catalog {
        let search_text = data.projects.iter().map(|p| search_text_of(&data, p)).collect();
        let name_keys = data.projects.iter().map(|p| fold(&p.name)).collect();
        let mut by_slug = HashMap::new();
        for (i, p) in data.projects.iter().enumerate() {
            by_slug.insert(p.id.clone(), i);
        }
        for (i, p) in data.projects.iter().enumerate() {
            by_slug.entry(slugify(&p.name)).or_insert(i);
            for alias in &p.aliases {
                by_slug.entry(slugify(alias)).or_insert(i);
            }
        }
        let mut category_order: Vec<usize> = (0..data.categories.len()).collect();
        category_order.sort_by_key(|&i| (data.categories[i].order, i));
        let category_index = data
            .categories
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        let chain_index = data
            .chains
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        Catalog {
            data,
            search_text,
            name_keys,
            by_slug,
            category_order,
            category_index,
            chain_index,
        }
    }

    /// The export itself.
    pub fn data(&self) -> &Landscape {
        &self.data
    }

    /// All projects, in export order.
    pub fn projects(&self) -> &[Project] {
        &self.data.projects
    }

    /// The project with this id or alias (any spelling that slugifies to one).
    pub fn resolve(&self, id_or_alias: &str) -> Option<&Project> {
        self.resolve_index(id_or_alias).map(|i| &self.data.projects[i])
    }

    /// Index of the project with this id or alias.
    pub fn resolve_index(&self, id_or_alias: &str) -> Option<usize> {
        self.by_slug
            .get(id_or_alias)
            .or_else(|| self.by_slug.get(&slugify(id_or_alias)))
            .copied()
    }

    /// A category by id.
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.category_index.get(id).map(|&i| &self.data.categories[i])
    }

    /// Categories in display order.
    pub fn categories(&self) -> impl Iterator<Item = &Category> {
        self.category_order.iter().map(|&i| &self.data.categories[i])
    }

    /// Top-level categories in display order.
    pub fn top_categories(&self) -> impl Iterator<Item = &Category> {
        self.categories().filter(|c| c.parent.is_none())
    }

    /// Sub-categories of `parent`, in display order.
    pub fn children<'a>(&'a self, parent: &'a str) -> impl Iterator<Item = &'a Category> + 'a {
        self.categories()
            .filter(move |c| c.parent.as_deref() == Some(parent))
    }

    /// A chain by id.
    pub fn chain(&self, id: &str) -> Option<&Chain> {
        self.chain_index.get(id).map(|&i| &self.data.chains[i])
    }

    /// Display name of a chain filter value (chain id or [`CHAIN_NOT_STATED`]).
    pub fn chain_label(&self, id: &str, lang: Lang) -> String {
        if id == CHAIN_NOT_STATED {
            return match lang {
                Lang::Es => "No indicada".into(),
                Lang::En => "Not stated".into(),
            };
        }
        self.chain(id)
            .map(|c| c.name.get(lang).to_string())
            .unwrap_or_else(|| id.to_string())
    }

    /// Display name of a category id.
    pub fn category_label(&self, id: &str, lang: Lang) -> String {
        self.category(id)
            .map(|c| c.name.get(lang).to_string())
            .unwrap_or_else(|| id.to_string())
    }

    /// Whether `id` is a chain filter value (a chain id or [`CHAIN_NOT_STATED`]).
    pub fn is_chain_value(&self, id: &str) -> bool {
        id == CHAIN_NOT_STATED || self.chain_index.contains_key(id)
    }

    /// Position of a chain filter value, for a stable order (not-stated last).
    pub fn chain_rank(&self, id: &str) -> usize {
        self.chain_index.get(id).copied().unwrap_or(usize::MAX)
    }

    /// Position of a category in display order.
    pub fn category_rank(&self, id: &str) -> usize {
        self.category_index
            .get(id)
            .and_then(|&i| self.category_order.iter().position(|&j| j == i))
            .unwrap_or(usize::MAX)
    }

    /// Category ids a selection stands for: a parent brings its sub-categories.
    fn expand_categories(&self, selected: &[String]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for id in selected {
            if !out.contains(id) {
                out.push(id.clone());
            }
            for child in self.children(id) {
                if !out.contains(&child.id) {
                    out.push(child.id.clone());
                }
            }
        }
        out
    }

    fn matches_categories(p: &Project, expanded: &[String]) -> bool {
        expanded.is_empty() || p.categories.iter().any(|c| expanded.contains(c))
    }

    fn matches_chains(p: &Project, chains: &[String]) -> bool {
        chains.is_empty()
            || chains.iter().any(|want| {
                if want == CHAIN_NOT_STATED {
                    p.chains.is_empty()
                } else {
                    p.chains.iter().any(|c| &c.id == want)
                }
            })
    }

    fn matches_text(&self, i: usize, words: &[String]) -> bool {
        words.iter().all(|w| self.search_text[i].contains(w.as_str()))
    }

    /// Indices of the projects that match `filters`, ordered by `sort`.
    pub fn filter(&self, filters: &Filters, sort: Sort) -> Vec<usize> {
        let expanded = self.expand_categories(&filters.categories);
        let words = search_words(&filters.q);
        let mut out: Vec<usize> = (0..self.data.projects.len())
            .filter(|&i| {
                let p = &self.data.projects[i];
                Self::matches_categories(p, &expanded)
                    && Self::matches_chains(p, &filters.chains)
                    && self.matches_text(i, &words)
            })
            .collect();
        self.sort(&mut out, sort);
        out
    }

    /// Orders project indices.
    pub fn sort(&self, indices: &mut [usize], sort: Sort) {
        let projects = &self.data.projects;
        let name = |i: usize| self.name_keys[i].as_str();
        match sort {
            Sort::Name => indices.sort_by(|&a, &b| name(a).cmp(name(b)).then(a.cmp(&b))),
            Sort::Category => indices.sort_by_cached_key(|&i| {
                let first = projects[i].categories.iter().map(|c| self.category_rank(c)).min();
                (first.unwrap_or(usize::MAX), name(i), i)
            }),
            Sort::Chains => indices.sort_by(|&a, &b| {
                projects[b]
                    .chains
                    .len()
                    .cmp(&projects[a].chains.len())
                    .then(name(a).cmp(name(b)))
                    .then(a.cmp(&b))
            }),
        }
    }

    /// Live facet counts: for each category (chain), how many projects match the other
    /// facet and the search text and that category (chain).
    pub fn facet_counts(&self, filters: &Filters) -> FacetCounts {
        let expanded = self.expand_categories(&filters.categories);
        let words = search_words(&filters.q);
        let text_ok: Vec<bool> = (0..self.data.projects.len())
            .map(|i| self.matches_text(i, &words))
            .collect();

        let categories = self
            .categories()
            .map(|cat| {
                let ids = self.expand_categories(std::slice::from_ref(&cat.id));
                let n = self
                    .data
                    .projects
                    .iter()
                    .enumerate()
                    .filter(|(i, p)| {
                        text_ok[*i]
                            && Self::matches_chains(p, &filters.chains)
                            && Self::matches_categories(p, &ids)
                    })
                    .count();
                (cat.id.clone(), n)
            })
            .collect();

        let mut chain_counts = vec![0usize; self.data.chains.len()];
        let mut not_stated = 0usize;
        for (i, p) in self.data.projects.iter().enumerate() {
            if !text_ok[i] || !Self::matches_categories(p, &expanded) {
                continue;
            }
            if p.chains.is_empty() {
                not_stated += 1;
            }
            for c in &p.chains {
                if let Some(&k) = self.chain_index.get(&c.id) {
                    chain_counts[k] += 1;
                }
            }
        }
        let mut chains: Vec<(String, usize)> = self
            .data
            .chains
            .iter()
            .zip(chain_counts)
            .map(|(c, n)| (c.id.clone(), n))
            .collect();
        chains.push((CHAIN_NOT_STATED.to_string(), not_stated));
        FacetCounts { categories, chains }
    }

    /// Number of projects per chain over the whole export (own chain included), for
    /// ordering the chain facet by importance.
    pub fn chain_totals(&self) -> Vec<(String, usize)> {
        self.facet_counts(&Filters::default()).chains
    }

    /// Whether a project's chain list includes a chain of its own.
    pub fn has_own_chain(p: &Project) -> bool {
        p.chains.iter().any(|c| c.id == OWN_CHAIN)
    }
}

/// Folded words of a search text.
pub fn search_words(q: &str) -> Vec<String> {
    fold(q).split_whitespace().map(str::to_owned).collect()
}

/// Everything a search can match for one project: its own texts in both languages, plus
/// the names of its categories and chains (so `tokenizacion` finds the data-tokenization
/// projects and `solana` the projects on Solana).
fn search_text_of(data: &Landscape, p: &Project) -> String {
    let mut parts: Vec<&str> = vec![&p.name, &p.id];
    for c in &p.categories {
        if let Some(cat) = data.categories.iter().find(|x| &x.id == c) {
            parts.extend(cat.name.all());
        }
    }
    for c in &p.chains {
        if let Some(chain) = data.chains.iter().find(|x| x.id == c.id) {
            parts.extend(chain.name.all());
        }
    }
    parts.extend(p.aliases.iter().map(String::as_str));
    parts.extend(p.summary.all());
    parts.extend(p.tokens.iter().map(|t| t.symbol.as_str()));
    for f in p
        .technologies
        .iter()
        .chain(&p.partners)
        .chain(&p.awards)
        .chain(&p.consensus)
    {
        parts.extend(f.value.all());
    }
    parts.extend(p.people.iter().map(|x| x.name.as_str()));
    for f in &p.funding {
        parts.extend(f.investors.iter().map(String::as_str));
        parts.extend(f.recipient.as_deref());
    }
    fold(&parts.join("\n"))
}

/// Two capital letters (or one) for a monogram logo: initials of the first two words,
/// else the first two letters.
pub fn monogram(name: &str) -> String {
    let words: Vec<&str> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut out: String = match words.as_slice() {
        [] => String::new(),
        [one] => one.chars().take(2).collect(),
        [a, b, ..] => a.chars().take(1).chain(b.chars().take(1)).collect(),
    };
    out = out.to_uppercase();
    out
}

/// A stable hue (0..360) for a project's monogram, from its id (FNV-1a hash).
pub fn hue(id: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in id.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h % 360
}
