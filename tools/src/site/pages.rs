//! The site's pages: where each lives, what state of the explorer it stands for, its title,
//! description and picture; and the texts shared by their heads, bodies and previews.

use ai_landscape::domain::card::CardContent;
use ai_landscape::domain::catalog::{Catalog, Filters, Sort};
use ai_landscape::domain::i18n::{self, tr};
use ai_landscape::domain::model::{Lang, OWN_CHAIN};
use ai_landscape::domain::query::{page, ExplorerQuery};
use ai_landscape::domain::text::slugify;

/// Where the site is served.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    /// The public URL's path (`/landscape/`), as Trunk's `--public-url`.
    pub public_path: String,
    /// The absolute site URL (`https://example.org/landscape/`), when known.
    pub absolute: Option<String>,
}

impl Site {
    /// A site at `public_path` (`/` or `/sub/path/`) with no known absolute URL.
    pub fn relative(public_path: &str) -> Site {
        let mut p = public_path.trim().to_string();
        if !p.starts_with('/') {
            p.insert(0, '/');
        }
        if !p.ends_with('/') {
            p.push('/');
        }
        Site {
            public_path: p,
            absolute: None,
        }
    }

    /// A site at an absolute `http(s)` URL; its path becomes the public path.
    pub fn at(url: &str) -> Result<Site, String> {
        let url = url.trim();
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
            .ok_or_else(|| format!("--site-url {url}: must start with https:// or http://"))?;
        if url.contains(['?', '#', '"', '<', '>', ' ']) {
            return Err(format!("--site-url {url}: no query, fragment, quotes or spaces"));
        }
        let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
        if host.is_empty() {
            return Err(format!("--site-url {url}: no host"));
        }
        let mut site = Site::relative(&format!("/{path}"));
        let scheme = &url[..url.len() - rest.len()];
        site.absolute = Some(format!("{scheme}{host}{}", site.public_path));
        Ok(site)
    }

    /// The absolute URL of `rel`, when the site URL is known.
    pub fn abs(&self, rel: &str) -> Option<String> {
        self.absolute.as_ref().map(|a| format!("{a}{rel}"))
    }

    /// A link to `rel`: absolute when known, else relative to `<base>` (`./` for the home).
    pub fn href(&self, rel: &str) -> String {
        self.abs(rel)
            .unwrap_or_else(|| if rel.is_empty() { "./".into() } else { rel.into() })
    }
}

/// What a page shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The whole landscape.
    Home,
    /// A project's details (index into the catalog).
    Project(usize),
    /// A category's projects.
    Category(String),
    /// A chain's projects (`own-chain` included).
    Chain(String),
    /// Every event of every project, newest first (`timeline/`).
    Timeline,
}

/// One page of the static site, in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// What it shows.
    pub kind: Kind,
    /// Its language.
    pub lang: Lang,
    /// Its path relative to the public URL: `es/projects/io-net/`; `` for the home.
    pub path: String,
    /// The path of the page it is a copy of, for an old id (alias); else its own.
    pub canonical: String,
    /// `<title>`.
    pub title: String,
    /// Meta description.
    pub description: String,
    /// Its preview picture, relative to the public URL (aliases share the canonical one).
    pub image: String,
    /// The picture's alt text.
    pub image_alt: String,
    /// The projects listed (category and chain pages, the home), in display order.
    pub projects: Vec<usize>,
    /// The explorer state it stands for.
    pub query: ExplorerQuery,
}

impl Page {
    /// Whether this page is an alias of another (an old id).
    pub fn is_alias(&self) -> bool {
        self.path != self.canonical
    }

    /// The same page's path in `lang`.
    pub fn path_in(&self, lang: Lang) -> String {
        let bare = self
            .canonical
            .strip_prefix(prefix(self.lang).as_str())
            .unwrap_or(&self.canonical);
        format!("{}{bare}", prefix(lang))
    }

    /// The oEmbed file's path (next to the page).
    pub fn oembed(&self) -> String {
        format!("{}oembed.json", self.path)
    }
}

/// The landscape picture, the map view's download (`landscape-en.png`, `.svg`): every
/// project as a logo tile, at least 1920×1080 (`landscape_tools::site::landscape_picture_svg`).
pub fn landscape_picture(lang: Lang, ext: &str) -> String {
    format!("landscape-{}.{ext}", lang.code())
}

/// The prefix of `lang`'s pages (`ja/`; none for English, at the root).
pub(super) fn prefix(lang: Lang) -> String {
    page::prefix(lang)
}

/// The `lang` of the explorer state a page of `lang` stands for: none for English (the
/// root pages follow the browser), else that locale.
fn query_lang(lang: Lang) -> Option<Lang> {
    (lang != Lang::En).then_some(lang)
}

/// "12 projects", in the locale's plural form.
pub(super) fn projects_count(n: usize, lang: Lang) -> String {
    i18n::projects_count(n, lang)
}

pub(super) fn chain_heading(cat: &Catalog, id: &str, lang: Lang) -> String {
    match id {
        OWN_CHAIN => i18n::site::own_chain_heading(lang),
        _ => i18n::site::chain_heading(&cat.chain_label(id, lang), lang),
    }
}

fn chain_description(cat: &Catalog, id: &str, n: usize, lang: Lang) -> String {
    match id {
        OWN_CHAIN => i18n::site::own_chain_description(n, lang),
        _ => i18n::site::chain_description(&cat.chain_label(id, lang), n, lang),
    }
}

pub(super) fn home_description(cat: &Catalog, lang: Lang) -> String {
    i18n::site::home_description(&cat.data().article.title, cat.projects().len(), lang)
}

fn titled(name: &str, lang: Lang) -> String {
    format!("{name} · {}", tr(lang).title)
}

fn listed(cat: &Catalog, filters: Filters) -> Vec<usize> {
    cat.filter(&filters, Sort::Name)
}

/// A category's or chain's page: its projects, and a description given their number.
fn list_page(
    cat: &Catalog,
    kind: Kind,
    lang: Lang,
    heading: &str,
    description: impl Fn(usize) -> String,
) -> Page {
    let mut query = ExplorerQuery {
        lang: query_lang(lang),
        ..Default::default()
    };
    let (dir, id) = match &kind {
        Kind::Category(id) => {
            query.categories = vec![id.clone()];
            (page::CATEGORIES, id)
        }
        Kind::Chain(id) => {
            query.chains = vec![id.clone()];
            (page::CHAINS, id)
        }
        _ => unreachable!("list pages are for categories and chains"),
    };
    let shown = listed(cat, query.filters());
    let path = format!("{}{dir}/{id}/", prefix(lang));
    Page {
        kind,
        lang,
        canonical: path.clone(),
        image: format!("{path}preview.png"),
        image_alt: format!("{heading}: {}", projects_count(shown.len(), lang)),
        path,
        title: titled(heading, lang),
        description: description(shown.len()),
        projects: shown,
        query,
    }
}

/// Every page, in each of the 15 locales (English first): the home, each project (and each
/// old id of one), the timeline, each category and each chain. Alias pages come right after
/// their project's page.
pub fn pages(cat: &Catalog) -> Vec<Page> {
    let mut out = Vec::new();
    let mut langs = Lang::ALL.to_vec();
    langs.sort_by_key(|l| *l != Lang::En);
    for lang in langs {
        let p = prefix(lang);
        let all = listed(cat, Filters::default());
        out.push(Page {
            kind: Kind::Home,
            lang,
            path: p.clone(),
            canonical: p.clone(),
            title: tr(lang).title.into(),
            description: home_description(cat, lang),
            image: format!("{p}preview.png"),
            image_alt: i18n::site::home_image_alt(all.len(), lang),
            projects: all,
            query: ExplorerQuery {
                lang: query_lang(lang),
                ..Default::default()
            },
        });
        for (i, project) in cat.projects().iter().enumerate() {
            let path = format!("{p}{}/{}/", page::PROJECTS, project.id);
            let card = CardContent::new(cat, i, lang);
            let mut chips: Vec<String> = card.categories.iter().map(|(_, l)| l.clone()).collect();
            chips.extend(card.chains.iter().map(|c| c.label.clone()));
            let page = Page {
                kind: Kind::Project(i),
                lang,
                canonical: path.clone(),
                image: format!("{path}preview.png"),
                image_alt: format!("{}: {} ({})", project.name, card.summary, chips.join(", ")),
                path,
                title: titled(&project.name, lang),
                description: card.summary.clone(),
                projects: vec![i],
                query: ExplorerQuery {
                    project: Some(project.id.clone()),
                    lang: query_lang(lang),
                    ..Default::default()
                },
            };
            let mut aliases: Vec<String> = project
                .aliases
                .iter()
                .map(|a| slugify(a))
                .filter(|s| !s.is_empty() && *s != project.id)
                .collect();
            aliases.sort();
            aliases.dedup();
            let alias_pages: Vec<Page> = aliases
                .into_iter()
                .filter(|s| cat.resolve(s).is_some_and(|r| r.id == project.id))
                .map(|s| Page {
                    path: format!("{p}{}/{s}/", page::PROJECTS),
                    ..page.clone()
                })
                .collect();
            out.push(page);
            out.extend(alias_pages);
        }
        let since = cat.data().article.published.clone().unwrap_or_default();
        let path = format!("{p}{}/", page::TIMELINE);
        out.push(Page {
            kind: Kind::Timeline,
            lang,
            canonical: path.clone(),
            image: format!("{path}preview.png"),
            image_alt: tr(lang).timeline_title.into(),
            path,
            title: titled(tr(lang).timeline_title, lang),
            description: i18n::site::timeline_description(&since, lang),
            projects: listed(cat, Filters::default()),
            query: ExplorerQuery {
                view: ai_landscape::domain::query::View::Timeline,
                lang: query_lang(lang),
                ..Default::default()
            },
        });
        for c in cat.categories() {
            let name = c.name.get(lang).to_string();
            out.push(list_page(cat, Kind::Category(c.id.clone()), lang, &name, |n| {
                format!("{} {}.", c.description.get(lang), projects_count(n, lang))
            }));
        }
        for ch in &cat.data().chains {
            let heading = chain_heading(cat, &ch.id, lang);
            out.push(list_page(cat, Kind::Chain(ch.id.clone()), lang, &heading, |n| {
                chain_description(cat, &ch.id, n, lang)
            }));
        }
    }
    out
}
