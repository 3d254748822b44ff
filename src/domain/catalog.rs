//! A validated landscape prepared for browsing: lookups by id and alias, folded search
//! text computed once at load, and the filtering, facet counting and sorting the views show.

use std::collections::HashMap;

use super::model::{Category, Chain, Landscape, Lang, Project, OWN_CHAIN};
use super::text::{fold, slugify};

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
    /// Per project: indices of its categories and of their parents (deduplicated), so a
    /// category filter or count never compares strings.
    project_categories: Vec<Vec<u32>>,
    /// Per project: indices of its chains.
    project_chains: Vec<Vec<u32>>,
    /// Project indices in each [`Sort`] order (indexed like [`Sort::ALL`]): filtering walks
    /// the order, so results come out sorted with no sort per keystroke.
    orders: Vec<Vec<u32>>,
    /// Inverse of `orders`: each project's rank in each order.
    positions: Vec<Vec<u32>>,
}

/// Which projects match the search text, computed once per text and shared by the result
/// list and the facet counts. `None` when the text has no words (everything matches).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextHits(Option<Vec<bool>>);

impl TextHits {
    fn get(&self, i: usize) -> bool {
        self.0.as_ref().is_none_or(|h| h[i])
    }
}

/// Filters resolved to catalog indices once, so checking a project is a few lookups.
struct Selection {
    /// Selected category flags, `None` when no category is selected.
    categories: Option<Vec<bool>>,
    /// Selected chain flags and "not stated", `None` when no chain is selected.
    chains: Option<(Vec<bool>, bool)>,
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
        let category_index: HashMap<String, usize> = data
            .categories
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        let chain_index: HashMap<String, usize> = data
            .chains
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        let project_categories = data
            .projects
            .iter()
            .map(|p| {
                let mut v: Vec<u32> = Vec::new();
                for c in &p.categories {
                    let Some(&i) = category_index.get(c) else { continue };
                    let parent = data.categories[i]
                        .parent
                        .as_ref()
                        .and_then(|p| category_index.get(p));
                    for k in std::iter::once(i).chain(parent.copied()) {
                        if !v.contains(&(k as u32)) {
                            v.push(k as u32);
                        }
                    }
                }
                v
            })
            .collect();
        let project_chains = data
            .projects
            .iter()
            .map(|p| {
                p.chains
                    .iter()
                    .filter_map(|c| chain_index.get(&c.id).map(|&k| k as u32))
                    .collect()
            })
            .collect();
        let mut catalog = Catalog {
            data,
            search_text,
            name_keys,
            by_slug,
            category_order,
            category_index,
            chain_index,
            project_categories,
            project_chains,
            orders: Vec::new(),
            positions: Vec::new(),
        };
        // Name order once (the only string comparisons), then the other orders by integer
        // keys with a stable sort, so ties stay in name order.
        let n = catalog.data.projects.len();
        let mut by_name: Vec<u32> = (0..n as u32).collect();
        by_name.sort_unstable_by(|&a, &b| {
            let (a, b) = (a as usize, b as usize);
            catalog.name_keys[a].cmp(&catalog.name_keys[b]).then(a.cmp(&b))
        });
        let first_category: Vec<usize> = catalog
            .data
            .projects
            .iter()
            .map(|p| {
                p.categories
                    .iter()
                    .map(|c| catalog.category_rank(c))
                    .min()
                    .unwrap_or(usize::MAX)
            })
            .collect();
        let mut by_category = by_name.clone();
        by_category.sort_by_key(|&i| first_category[i as usize]);
        let mut by_chains = by_name.clone();
        by_chains.sort_by_key(|&i| std::cmp::Reverse(catalog.data.projects[i as usize].chains.len()));
        catalog.orders = Sort::ALL
            .into_iter()
            .map(|sort| match sort {
                Sort::Name => by_name.clone(),
                Sort::Category => by_category.clone(),
                Sort::Chains => by_chains.clone(),
            })
            .collect();
        catalog.positions = catalog
            .orders
            .iter()
            .map(|order| {
                let mut pos = vec![0u32; n];
                for (rank, &i) in order.iter().enumerate() {
                    pos[i as usize] = rank as u32;
                }
                pos
            })
            .collect();
        catalog
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

    /// Resolves the facet part of `filters` to flags over catalog indices. An id the
    /// catalog does not know selects nothing (so a filter of only unknown ids matches no
    /// project, as a filter for something absent should).
    fn select(&self, filters: &Filters) -> Selection {
        let categories = (!filters.categories.is_empty()).then(|| {
            let mut flags = vec![false; self.data.categories.len()];
            for id in &filters.categories {
                if let Some(&i) = self.category_index.get(id) {
                    flags[i] = true;
                }
            }
            flags
        });
        let chains = (!filters.chains.is_empty()).then(|| {
            let mut flags = vec![false; self.data.chains.len()];
            let mut not_stated = false;
            for id in &filters.chains {
                if id == CHAIN_NOT_STATED {
                    not_stated = true;
                } else if let Some(&i) = self.chain_index.get(id) {
                    flags[i] = true;
                }
            }
            (flags, not_stated)
        });
        Selection { categories, chains }
    }

    /// Whether project `i` is in a selected category (or under a selected parent).
    fn in_categories(&self, sel: &Selection, i: usize) -> bool {
        sel.categories
            .as_ref()
            .is_none_or(|flags| self.project_categories[i].iter().any(|&c| flags[c as usize]))
    }

    /// Whether project `i` is on a selected chain (or states none, when "not stated" is).
    fn on_chains(&self, sel: &Selection, i: usize) -> bool {
        sel.chains.as_ref().is_none_or(|(flags, not_stated)| {
            let chains = &self.project_chains[i];
            (*not_stated && self.data.projects[i].chains.is_empty())
                || chains.iter().any(|&c| flags[c as usize])
        })
    }

    /// Which projects contain every folded word of `q`.
    pub fn text_hits(&self, q: &str) -> TextHits {
        let words = search_words(q);
        if words.is_empty() {
            return TextHits(None);
        }
        TextHits(Some(
            self.search_text
                .iter()
                .map(|text| words.iter().all(|w| text.contains(w.as_str())))
                .collect(),
        ))
    }

    /// Indices of the projects that match `filters`, ordered by `sort`.
    pub fn filter(&self, filters: &Filters, sort: Sort) -> Vec<usize> {
        self.filter_with(&self.text_hits(&filters.q), filters, sort)
    }

    /// [`Catalog::filter`] with the search already run (`filters.q` is not read again).
    pub fn filter_with(&self, hits: &TextHits, filters: &Filters, sort: Sort) -> Vec<usize> {
        let sel = self.select(filters);
        self.orders[Self::order_of(sort)]
            .iter()
            .map(|&i| i as usize)
            .filter(|&i| hits.get(i) && self.in_categories(&sel, i) && self.on_chains(&sel, i))
            .collect()
    }

    /// Orders project indices: by name (folded), by first category then name, or by
    /// number of chains (most first) then name; ties by export order.
    pub fn sort(&self, indices: &mut [usize], sort: Sort) {
        let pos = &self.positions[Self::order_of(sort)];
        indices.sort_unstable_by_key(|&i| pos[i]);
    }

    fn order_of(sort: Sort) -> usize {
        Sort::ALL.iter().position(|&s| s == sort).unwrap_or(0)
    }

    /// Live facet counts: for each category (chain), how many projects match the other
    /// facet and the search text and that category (chain).
    pub fn facet_counts(&self, filters: &Filters) -> FacetCounts {
        self.facet_counts_with(&self.text_hits(&filters.q), filters)
    }

    /// [`Catalog::facet_counts`] with the search already run. One pass over the projects.
    pub fn facet_counts_with(&self, hits: &TextHits, filters: &Filters) -> FacetCounts {
        let sel = self.select(filters);
        let mut category_counts = vec![0usize; self.data.categories.len()];
        let mut chain_counts = vec![0usize; self.data.chains.len()];
        let mut not_stated = 0usize;
        for i in 0..self.data.projects.len() {
            if !hits.get(i) {
                continue;
            }
            if self.on_chains(&sel, i) {
                for &c in &self.project_categories[i] {
                    category_counts[c as usize] += 1;
                }
            }
            if self.in_categories(&sel, i) {
                if self.data.projects[i].chains.is_empty() {
                    not_stated += 1;
                }
                for &c in &self.project_chains[i] {
                    chain_counts[c as usize] += 1;
                }
            }
        }
        let categories = self
            .category_order
            .iter()
            .map(|&i| (self.data.categories[i].id.clone(), category_counts[i]))
            .collect();
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
