//! The catalog itself: the validated landscape with its lookups by id and alias, labels,
//! and the indices computed once at load (folded search text, category and chain indices,
//! sort orders).

use std::collections::HashMap;

use crate::domain::history::Status;
use crate::domain::model::{Category, Chain, Landscape, Lang, Project, OWN_CHAIN};
use crate::domain::text::{fold, slugify};

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

/// The landscape with its lookups.
#[derive(Clone, Debug)]
pub struct Catalog {
    pub(super) data: Landscape,
    /// Folded text of each project (names, aliases, summaries, tokens, technologies, people...).
    pub(super) search_text: Vec<String>,
    /// Folded name of each project, the key of every sort (computed once at load).
    pub(super) name_keys: Vec<String>,
    /// id or alias slug → project index.
    pub(super) by_slug: HashMap<String, usize>,
    /// Categories sorted by `order` (parents before their children when orders say so).
    pub(super) category_order: Vec<usize>,
    pub(super) category_index: HashMap<String, usize>,
    pub(super) chain_index: HashMap<String, usize>,
    /// Per project: indices of its categories and of their parents (deduplicated), so a
    /// category filter or count never compares strings.
    pub(super) project_categories: Vec<Vec<u32>>,
    /// Per project: indices of its chains.
    pub(super) project_chains: Vec<Vec<u32>>,
    /// Per project: its status (see [`crate::domain::history::status`]).
    pub(super) statuses: Vec<Status>,
    /// Per project: whether it states no chain (read on every count, so kept beside the
    /// other per-project indices rather than in the far larger project records).
    pub(super) chainless: Vec<bool>,
    /// Project indices in each [`Sort`] order (indexed like [`Sort::ALL`]): filtering walks
    /// the order, so results come out sorted with no sort per keystroke.
    pub(super) orders: Vec<Vec<u32>>,
    /// Inverse of `orders`: each project's rank in each order.
    pub(super) positions: Vec<Vec<u32>>,
    /// The export's text as loaded, when kept (the JSON download cuts it down).
    pub(super) source: Option<std::sync::Arc<str>>,
}

impl Catalog {
    /// Prepares a validated landscape.
    pub fn new(data: Landscape) -> Catalog {
        // A merger's other side is searchable by its name: looked up by id, not by a scan
        // of every project for each merger (quadratic at 25,000 projects).
        let names: HashMap<&str, &str> = data
            .projects
            .iter()
            .map(|p| (p.id.as_str(), p.name.as_str()))
            .collect();
        let search_text = data
            .projects
            .iter()
            .map(|p| search_text_of(&data, &names, p))
            .collect();
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
        crate::domain::order::sort_by(&mut category_order, &|&a, &b| {
            (data.categories[a].order, a).cmp(&(data.categories[b].order, b))
        });
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
                    .filter(|c| c.is_current())
                    .filter_map(|c| chain_index.get(&c.id).map(|&k| k as u32))
                    .collect()
            })
            .collect();
        // A project whose chains are all former ones is on no chain now.
        let chainless = data
            .projects
            .iter()
            .map(|p| !p.chains.iter().any(|c| c.is_current()))
            .collect();
        let statuses = crate::domain::history::statuses(&data);
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
            chainless,
            statuses,
            orders: Vec::new(),
            positions: Vec::new(),
            source: None,
        };
        // Name order once (the only string comparisons), then the other orders by integer
        // keys with a stable sort, so ties stay in name order.
        let n = catalog.data.projects.len();
        let mut by_name: Vec<u32> = (0..n as u32).collect();
        crate::domain::order::sort_by(&mut by_name, &|&a, &b| {
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
        crate::domain::order::sort_by(&mut by_category, &|&a, &b| {
            first_category[a as usize].cmp(&first_category[b as usize])
        });
        let mut by_chains = by_name.clone();
        let chains = |i: u32| catalog.project_chains[i as usize].len();
        crate::domain::order::sort_by(&mut by_chains, &|&a, &b| chains(b).cmp(&chains(a)));
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

    /// The catalog keeping the text it was read from (see [`Catalog::source`]).
    pub fn with_source(mut self, text: impl Into<std::sync::Arc<str>>) -> Catalog {
        self.source = Some(text.into());
        self
    }

    /// The export's text as it was loaded, when kept: what the JSON download is cut from.
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
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

    /// Indices of the projects listed directly in category `id`, in name order (the map's
    /// blocks and the landscape picture's panels).
    pub fn members(&self, id: &str) -> Vec<usize> {
        let mut v: Vec<usize> = self
            .projects()
            .iter()
            .enumerate()
            .filter(|(_, p)| p.categories.iter().any(|c| c == id))
            .map(|(i, _)| i)
            .collect();
        self.sort(&mut v, Sort::Name);
        v
    }

    /// A chain by id.
    pub fn chain(&self, id: &str) -> Option<&Chain> {
        self.chain_index.get(id).map(|&i| &self.data.chains[i])
    }

    /// Display name of a chain filter value (chain id or [`CHAIN_NOT_STATED`]).
    pub fn chain_label(&self, id: &str, lang: Lang) -> String {
        if id == CHAIN_NOT_STATED {
            return crate::domain::i18n::tr(lang).chain_not_stated.into();
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

    /// Whether a project's chain list includes a chain of its own.
    pub fn has_own_chain(p: &Project) -> bool {
        p.chains.iter().any(|c| c.id == OWN_CHAIN)
    }
}

/// Everything a search can match for one project: its own texts in both languages, plus
/// the names of its categories and chains (so `tokenizacion` finds the data-tokenization
/// projects and `solana` the projects on Solana).
fn search_text_of(data: &Landscape, names: &HashMap<&str, &str>, p: &Project) -> String {
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
    // The other side of a merger, a leaving or an acquisition ("ASI" finds the projects
    // that merged into the ASI Alliance), by name when it is a project of the export.
    for e in p.events.iter().filter(|e| e.kind.needs_other_side()) {
        if let Some(other) = e.other_side.as_deref() {
            parts.push(names.get(other).copied().unwrap_or(other));
        }
    }
    if let Some(now) = &p.now {
        parts.extend(now.value.all());
    }
    parts.extend(p.summary.all());
    parts.extend(p.tokens.iter().map(|t| t.symbol.as_str()));
    // The records' words, or (in the first-view file, which has no records) the same
    // words as the build wrote them: the folded text comes out identical either way.
    match &p.search {
        Some(words) => parts.push(words),
        None => parts.extend(record_search_words(p)),
    }
    fold(&parts.join("\n"))
}

/// The words of a project's records that search matches: technologies, partners, awards,
/// consensus, people and investors (what the first-view file carries as `search`).
pub fn record_search_words(p: &Project) -> Vec<&str> {
    let mut parts: Vec<&str> = Vec::new();
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
    parts
}
