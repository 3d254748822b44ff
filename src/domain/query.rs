//! The URL is the state: `ExplorerQuery` reads a query string leniently (unknown keys and
//! values are dropped, never an error) and writes it canonically (known values only,
//! defaults left out, a fixed parameter order), so shared links stay short and stable.
//!
//! Parameter names and values here are a public contract: blog posts and shared links
//! depend on them.

use super::catalog::{Catalog, Filters, Sort};
use super::model::Lang;

/// Parameter names, in the order they are written.
pub mod param {
    /// `cards` | `map` | `compare` | `stats`.
    pub const VIEW: &str = "view";
    /// Comma-separated category ids.
    pub const CATEGORY: &str = "category";
    /// Comma-separated chain ids (plus `own-chain`, `unknown`).
    pub const CHAIN: &str = "chain";
    /// Search text.
    pub const Q: &str = "q";
    /// `name` | `category` | `chains`.
    pub const SORT: &str = "sort";
    /// Id of the project whose detail panel is open.
    pub const PROJECT: &str = "project";
    /// Comma-separated project ids to compare.
    pub const COMPARE: &str = "compare";
    /// `es` | `en`.
    pub const LANG: &str = "lang";
    /// `light` | `dark`.
    pub const THEME: &str = "theme";
    /// `1` for the embedded variant.
    pub const EMBED: &str = "embed";
    /// Accent colour for embeds: `#rgb` or `#rrggbb` (the `#` may be left out or `%23`).
    pub const ACCENT: &str = "accent";
    /// `transparent` lets an embed show the blog's own background.
    pub const BG: &str = "bg";
}

/// The static pages' paths (a public contract, relative to the public URL):
/// `projects/<id>/`, `categories/<id>/`, `chains/<id>/`, the same under `es/` in Spanish,
/// and `es/` for the Spanish home page. Each stands for one state of the explorer.
pub mod page {
    /// A project's page: its details open.
    pub const PROJECTS: &str = "projects";
    /// A category's page: filtered by that category.
    pub const CATEGORIES: &str = "categories";
    /// A chain's page: filtered by that chain (`own-chain` included).
    pub const CHAINS: &str = "chains";
    /// The prefix of the Spanish pages.
    pub const SPANISH: &str = "es";
}

/// Text colour that stays readable on an accent background (`#rrggbb`): black or white,
/// by the colour's relative luminance.
pub fn accent_contrast(hex: &str) -> &'static str {
    let h = hex.trim_start_matches('#');
    let channel = |i: usize| {
        let v = u8::from_str_radix(h.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0) as f32 / 255.0;
        if v <= 0.039_28 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
    if l > 0.179 {
        "#000000"
    } else {
        "#ffffff"
    }
}

/// Reads an accent colour: 3 or 6 hex digits, with or without `#`; returned as `#rrggbb`
/// lowercase. Anything else is `None` (and so dropped from the URL).
pub fn parse_accent(s: &str) -> Option<String> {
    let hex = s.trim().trim_start_matches('#');
    if !(hex.len() == 3 || hex.len() == 6) || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let hex = hex.to_ascii_lowercase();
    Some(if hex.len() == 3 {
        let mut out = String::from("#");
        for c in hex.chars() {
            out.push(c);
            out.push(c);
        }
        out
    } else {
        format!("#{hex}")
    })
}

/// The longest search text kept from a URL, in characters.
pub const MAX_Q_CHARS: usize = 200;
/// The most values read from one list parameter (guards against huge URLs).
pub const MAX_LIST_VALUES: usize = 64;
/// The most projects in a comparison.
pub const MAX_COMPARE: usize = 6;

/// Which view is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// The card grid (default).
    #[default]
    Cards,
    /// The landscape map.
    Map,
    /// The comparison table.
    Compare,
    /// Charts.
    Stats,
}

impl View {
    /// Every view, in the order the UI offers them.
    pub const ALL: [View; 4] = [View::Cards, View::Map, View::Compare, View::Stats];

    /// The URL value.
    pub fn code(self) -> &'static str {
        match self {
            View::Cards => "cards",
            View::Map => "map",
            View::Compare => "compare",
            View::Stats => "stats",
        }
    }

    /// Parses a URL value; unknown values are `None`.
    pub fn parse(s: &str) -> Option<View> {
        let s = s.trim().to_ascii_lowercase();
        View::ALL.into_iter().find(|v| v.code() == s)
    }
}

/// Colour theme; `None` in the query means "follow the system".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl Theme {
    /// The URL value.
    pub fn code(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Parses a URL value; unknown values are `None`.
    pub fn parse(s: &str) -> Option<Theme> {
        match s.trim().to_ascii_lowercase().as_str() {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

/// Everything a URL can say about the explorer's state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExplorerQuery {
    /// The view.
    pub view: View,
    /// Selected category ids.
    pub categories: Vec<String>,
    /// Selected chain values.
    pub chains: Vec<String>,
    /// Search text.
    pub q: String,
    /// Result order.
    pub sort: Sort,
    /// Open detail panel.
    pub project: Option<String>,
    /// Projects picked for comparison, in column order.
    pub compare: Vec<String>,
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
        out.categories.sort_by_key(|c| catalog.category_rank(c));
        out.chains.retain(|c| catalog.is_chain_value(c));
        out.chains.sort_by_key(|c| catalog.chain_rank(c));
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
        out.q = self.q.trim().to_string();
        out
    }

    /// The filters this state applies.
    pub fn filters(&self) -> Filters {
        Filters {
            categories: self.categories.clone(),
            chains: self.chains.clone(),
            q: self.q.clone(),
        }
    }

    /// Whether any filter or search is active.
    pub fn is_filtered(&self) -> bool {
        !self.categories.is_empty() || !self.chains.is_empty() || !self.q.trim().is_empty()
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
    /// (`es/projects/io-net/`, `chains/solana/index.html`, `es/`), or `None` when the path
    /// is no such page. Ids are not checked against the data yet (see `canonical`).
    pub fn from_page_path(path: &str) -> Option<ExplorerQuery> {
        let path = path.trim_start_matches('/');
        let path = path.strip_suffix("index.html").unwrap_or(path);
        let mut parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let mut q = ExplorerQuery::default();
        if parts.first() == Some(&page::SPANISH) {
            q.lang = Some(Lang::Es);
            parts.remove(0);
        }
        match parts.as_slice() {
            [] if q.lang.is_some() => {}
            [kind, id] if super::text::is_slug(id) => {
                let id = (*id).to_string();
                match *kind {
                    page::PROJECTS => q.project = Some(id),
                    page::CATEGORIES => q.categories = vec![id],
                    page::CHAINS if id != crate::domain::CHAIN_NOT_STATED => q.chains = vec![id],
                    _ => return None,
                }
            }
            _ => return None,
        }
        Some(q)
    }

    /// The path of the static page that shows exactly this state (relative to the public
    /// URL), if there is one: one project open, or one category or one chain filter, and
    /// nothing else; in the browser's language (no `lang`) or in Spanish (`es/`, also the
    /// Spanish home page).
    pub fn page_path(&self) -> Option<String> {
        let prefix = match self.lang {
            None => "",
            Some(Lang::Es) => "es/",
            Some(Lang::En) => return None,
        };
        let path = if let Some(p) = &self.project {
            format!("{}/{p}/", page::PROJECTS)
        } else if let [c] = self.categories.as_slice() {
            format!("{}/{c}/", page::CATEGORIES)
        } else if let [c] = self.chains.as_slice() {
            format!("{}/{c}/", page::CHAINS)
        } else if self.lang == Some(Lang::Es) {
            // The Spanish home page (the English one is the bare URL itself).
            String::new()
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
