//! The URL is the state: `ExplorerQuery` reads a query string leniently (unknown keys and
//! values are dropped, never an error) and writes it canonically (known values only,
//! defaults left out, a fixed parameter order), so shared links stay short and stable.
//!
//! Parameter names and values here are a public contract: blog posts and shared links
//! depend on them.

use super::catalog::{Catalog, Filters, Sort};
use super::history::Status;
use super::model::{EventKind, Lang};

mod names;
mod values;

pub use names::{page, param};
pub use values::{accent_contrast, parse_accent, Theme, View};

/// The longest search text kept from a URL, in characters.
pub const MAX_Q_CHARS: usize = 200;
/// The most values read from one list parameter (guards against huge URLs).
pub const MAX_LIST_VALUES: usize = 64;
/// The most projects in a comparison.
pub const MAX_COMPARE: usize = 6;

/// Everything a URL can say about the explorer's state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExplorerQuery {
    /// The view.
    pub view: View,
    /// Selected category ids.
    pub categories: Vec<String>,
    /// Selected chain values.
    pub chains: Vec<String>,
    /// Selected status values.
    pub statuses: Vec<String>,
    /// Event kinds the timeline shows (none: every kind).
    pub events: Vec<String>,
    /// Search text.
    pub q: String,
    /// Result order.
    pub sort: Sort,
    /// Open detail panel.
    pub project: Option<String>,
    /// Projects picked for comparison, in column order.
    pub compare: Vec<String>,
    /// The comparison shows only the rows where the projects differ.
    pub only_diff: bool,
    /// UI language, when chosen explicitly.
    pub lang: Option<Lang>,
    /// Theme, when chosen explicitly.
    pub theme: Option<Theme>,
    /// Embedded variant.
    pub embed: bool,
    /// Accent colour (`#rrggbb`), for embeds matching a blog's palette.
    pub accent: Option<String>,
    /// Transparent background, for embeds.
    pub bg_transparent: bool,
}

fn push_list(list: &mut Vec<String>, value: &str) {
    for part in value.split(',') {
        let part = part.trim();
        if part.is_empty() || part.len() > 64 || list.len() >= MAX_LIST_VALUES {
            continue;
        }
        let part = part.to_ascii_lowercase();
        if !list.contains(&part) {
            list.push(part);
        }
    }
}

fn clip_chars(s: &str, max: usize) -> String {
    s.chars().filter(|c| !c.is_control()).take(max).collect()
}

impl ExplorerQuery {
    /// Reads a query string (with or without the leading `?`). Never fails: anything not
    /// understood is dropped. Values are not checked against the data yet; see
    /// [`ExplorerQuery::canonical`].
    pub fn parse(query: &str) -> ExplorerQuery {
        let query = query.strip_prefix('?').unwrap_or(query);
        // Bound the work on absurd URLs.
        let query = if query.len() > 16 * 1024 {
            let mut end = 16 * 1024;
            while !query.is_char_boundary(end) {
                end -= 1;
            }
            &query[..end]
        } else {
            query
        };
        Self::from_pairs(form_urlencoded::parse(query.as_bytes()))
    }

    /// Reads decoded key/value pairs. Repeated list keys add up; for single values the
    /// first valid one wins.
    pub fn from_pairs<K: AsRef<str>, V: AsRef<str>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> ExplorerQuery {
        let mut q = ExplorerQuery::default();
        let (mut view, mut sort, mut text, mut project) = (None, None, None, None);
        for (k, v) in pairs {
            let v = v.as_ref();
            match k.as_ref().trim().to_ascii_lowercase().as_str() {
                param::VIEW => view = view.or_else(|| View::parse(v)),
                param::CATEGORY => push_list(&mut q.categories, v),
                param::CHAIN => push_list(&mut q.chains, v),
                param::STATUS => push_list(&mut q.statuses, v),
                param::EVENT => push_list(&mut q.events, v),
                param::Q if text.is_none() => {
                    let t = clip_chars(v, MAX_Q_CHARS);
                    if !t.trim().is_empty() {
                        text = Some(t);
                    }
                }
                param::SORT => sort = sort.or_else(|| Sort::parse(v)),
                param::PROJECT if project.is_none() && !v.trim().is_empty() && v.len() <= 128 => {
                    project = Some(v.trim().to_string());
                }
                param::COMPARE => push_list(&mut q.compare, v),
                param::DIFF => q.only_diff = q.only_diff || matches!(v.trim(), "1" | "true"),
                param::LANG => q.lang = q.lang.or_else(|| Lang::parse(v)),
                param::THEME => q.theme = q.theme.or_else(|| Theme::parse(v)),
                param::EMBED => q.embed = q.embed || matches!(v.trim(), "1" | "true"),
                param::ACCENT => q.accent = q.accent.take().or_else(|| parse_accent(v)),
                param::BG => {
                    q.bg_transparent = q.bg_transparent || v.trim().eq_ignore_ascii_case("transparent")
                }
                _ => {}
            }
        }
        q.view = view.unwrap_or_default();
        q.sort = sort.unwrap_or_default();
        q.q = text.unwrap_or_default();
        q.project = project;
        q
    }

    /// The same state with only values the catalog knows: aliases resolved to ids,
    /// unknown ids dropped, facet values in data order, at most [`MAX_COMPARE`] projects.
    pub fn canonical(&self, catalog: &Catalog) -> ExplorerQuery {
        let mut out = self.clone();
        out.categories.retain(|c| catalog.category(c).is_some());
        crate::domain::order::sort_by(&mut out.categories, &|a, b| {
            catalog.category_rank(a).cmp(&catalog.category_rank(b))
        });
        out.chains.retain(|c| catalog.is_chain_value(c));
        crate::domain::order::sort_by(&mut out.chains, &|a, b| {
            catalog.chain_rank(a).cmp(&catalog.chain_rank(b))
        });
        out.statuses = Status::ALL
            .iter()
            .map(|s| s.code().to_string())
            .filter(|s| self.statuses.contains(s))
            .collect();
        out.events = EventKind::ALL
            .iter()
            .map(|k| k.id().to_string())
            .filter(|k| self.events.contains(k))
            .collect();
        out.project = self
            .project
            .as_deref()
            .and_then(|p| catalog.resolve(p))
            .map(|p| p.id.clone());
        let mut compare: Vec<String> = Vec::new();
        for id in &self.compare {
            if let Some(p) = catalog.resolve(id) {
                if !compare.contains(&p.id) && compare.len() < MAX_COMPARE {
                    compare.push(p.id.clone());
                }
            }
        }
        out.compare = compare;
        // "Only differences" means something only in a comparison of two or more.
        out.only_diff = self.only_diff && out.compare.len() >= 2;
        out.q = self.q.trim().to_string();
        out
    }

    /// The values of this (parsed, not yet canonical) state that the catalog does not
    /// know, which [`ExplorerQuery::canonical`] drops: `(parameter, value)` pairs in URL
    /// order, for telling the reader what a link asked for and did not find.
    pub fn not_found(&self, catalog: &Catalog) -> Vec<(&'static str, String)> {
        let mut out: Vec<(&'static str, String)> = Vec::new();
        out.extend(
            self.categories
                .iter()
                .filter(|c| catalog.category(c).is_none())
                .map(|c| (param::CATEGORY, c.clone())),
        );
        out.extend(
            self.chains
                .iter()
                .filter(|c| !catalog.is_chain_value(c))
                .map(|c| (param::CHAIN, c.clone())),
        );
        out.extend(
            self.statuses
                .iter()
                .filter(|s| Status::parse(s).is_none())
                .map(|s| (param::STATUS, s.clone())),
        );
        out.extend(
            self.events
                .iter()
                .filter(|k| EventKind::parse(k).is_none())
                .map(|k| (param::EVENT, k.clone())),
        );
        if let Some(p) = self.project.as_ref().filter(|p| catalog.resolve(p).is_none()) {
            out.push((param::PROJECT, p.clone()));
        }
        out.extend(
            self.compare
                .iter()
                .filter(|c| catalog.resolve(c).is_none())
                .map(|c| (param::COMPARE, c.clone())),
        );
        out
    }

    /// The filters this state applies.
    pub fn filters(&self) -> Filters {
        Filters {
            categories: self.categories.clone(),
            chains: self.chains.clone(),
            statuses: self.statuses.clone(),
            q: self.q.clone(),
        }
    }

    /// Whether any filter or search is active.
    pub fn is_filtered(&self) -> bool {
        !self.categories.is_empty()
            || !self.chains.is_empty()
            || !self.statuses.is_empty()
            || !self.q.trim().is_empty()
    }

    /// The canonical query string, without `?`; empty for the default state.
    pub fn to_query_string(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let enc = |s: &str| form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
        let list = |v: &[String]| v.iter().map(|s| enc(s)).collect::<Vec<_>>().join(",");
        if self.view != View::Cards {
            parts.push(format!("{}={}", param::VIEW, self.view.code()));
        }
        if !self.categories.is_empty() {
            parts.push(format!("{}={}", param::CATEGORY, list(&self.categories)));
        }
        if !self.chains.is_empty() {
            parts.push(format!("{}={}", param::CHAIN, list(&self.chains)));
        }
        if !self.statuses.is_empty() {
            parts.push(format!("{}={}", param::STATUS, list(&self.statuses)));
        }
        if !self.events.is_empty() {
            parts.push(format!("{}={}", param::EVENT, list(&self.events)));
        }
        if !self.q.trim().is_empty() {
            parts.push(format!("{}={}", param::Q, enc(&self.q)));
        }
        if self.sort != Sort::Name {
            parts.push(format!("{}={}", param::SORT, self.sort.code()));
        }
        if let Some(p) = &self.project {
            parts.push(format!("{}={}", param::PROJECT, enc(p)));
        }
        if !self.compare.is_empty() {
            parts.push(format!("{}={}", param::COMPARE, list(&self.compare)));
        }
        if self.only_diff {
            parts.push(format!("{}=1", param::DIFF));
        }
        if let Some(l) = self.lang {
            parts.push(format!("{}={}", param::LANG, l.code()));
        }
        if let Some(t) = self.theme {
            parts.push(format!("{}={}", param::THEME, t.code()));
        }
        if self.embed {
            parts.push(format!("{}=1", param::EMBED));
        }
        if let Some(a) = &self.accent {
            parts.push(format!("{}={}", param::ACCENT, a.trim_start_matches('#')));
        }
        if self.bg_transparent {
            parts.push(format!("{}=transparent", param::BG));
        }
        parts.join("&")
    }

    /// The same state for the full explorer (what "Open full explorer" links to).
    pub fn without_embed(&self) -> ExplorerQuery {
        ExplorerQuery {
            embed: false,
            accent: None,
            bg_transparent: false,
            ..self.clone()
        }
    }

    /// `?query` or the empty string, ready to append to a path.
    pub fn to_search(&self) -> String {
        let s = self.to_query_string();
        if s.is_empty() {
            s
        } else {
            format!("?{s}")
        }
    }

    /// The state a static page stands for, from its path relative to the public URL
    /// (`ja/projects/io-net/`, `chains/solana/index.html`, `es/`), or `None`: no such page.
    /// Ids are not checked against the data yet (see `canonical`).
    pub fn from_page_path(path: &str) -> Option<ExplorerQuery> {
        let path = path.trim_start_matches('/').trim_end_matches("index.html");
        let mut parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let mut q = ExplorerQuery::default();
        // A locale's prefix (`es/`, `ja/`); English has none, so `en/` is no page.
        let prefix = Lang::ALL
            .into_iter()
            .find(|l| *l != Lang::En && parts.first() == Some(&l.code()));
        if let Some(lang) = prefix {
            q.lang = Some(lang);
            parts.remove(0);
        }
        match parts.as_slice() {
            [] if q.lang.is_some() => {}
            [timeline] if *timeline == page::TIMELINE => q.view = View::Timeline,
            [kind, id] if super::text::is_slug(id) => {
                let id = (*id).to_string();
                match *kind {
                    page::PROJECTS => q.project = Some(id),
                    page::CATEGORIES => q.categories = vec![id],
                    page::CHAINS if id != super::catalog::CHAIN_NOT_STATED => q.chains = vec![id],
                    _ => return None,
                }
            }
            _ => return None,
        }
        Some(q)
    }

    /// The path of the static page that shows exactly this state (relative to the public
    /// URL), if there is one: one project open, or one category or one chain filter, and
    /// nothing else; in the browser's language (no `lang`, the English pages at the root)
    /// or in a locale other than English (`ja/…`, also that locale's home page `ja/`).
    pub fn page_path(&self) -> Option<String> {
        // `?lang=en` asks for English whatever the browser says; the root pages do not.
        let prefix = self.lang.map(page::prefix).unwrap_or_default();
        if self.lang == Some(Lang::En) {
            return None;
        }
        let path = if self.view == View::Timeline {
            format!("{}/", page::TIMELINE)
        } else if let Some(p) = &self.project {
            format!("{}/{p}/", page::PROJECTS)
        } else if let [c] = self.categories.as_slice() {
            format!("{}/{c}/", page::CATEGORIES)
        } else if let [c] = self.chains.as_slice() {
            format!("{}/{c}/", page::CHAINS)
        } else if self.lang.is_some() {
            String::new() // a locale's home (the English one is the bare URL itself)
        } else {
            return None;
        };
        let full = format!("{prefix}{path}");
        (ExplorerQuery::from_page_path(&full).as_ref() == Some(self)).then_some(full)
    }

    /// The state of a page whose address is a static page's path plus a query: the query
    /// wins, the page fills what it leaves open.
    pub fn on_page(mut self, page: ExplorerQuery) -> ExplorerQuery {
        if self.project.is_none() {
            self.project = page.project;
        }
        if self.categories.is_empty() {
            self.categories = page.categories;
        }
        if self.chains.is_empty() {
            self.chains = page.chains;
        }
        if self.view == View::Cards {
            self.view = page.view;
        }
        self.lang = self.lang.or(page.lang);
        self
    }

    /// Adds or removes a value of a list (a filter toggle).
    pub fn toggle(list: &mut Vec<String>, id: &str) {
        if let Some(pos) = list.iter().position(|x| x == id) {
            list.remove(pos);
        } else {
            list.push(id.to_string());
        }
    }
}
