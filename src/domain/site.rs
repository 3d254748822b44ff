//! The static site generated at build time (`cargo xtask build`) from the export: one page
//! per project, category and chain, in English and in Spanish, each with its own title,
//! description, canonical link, language alternates, Open Graph / Twitter tags with a
//! 1200×630 picture, an oEmbed file and JSON-LD, and a body readable without JavaScript.
//! Plus `sitemap.xml` and `robots.txt`. Native only: the app merely reads its path
//! ([`ExplorerQuery::from_page_path`]).
//!
//! Paths (a public contract, relative to the public URL) are those of
//! [`crate::domain::query::page`]. Each page is a copy of the built `index.html` (same
//! assets, CSP, `<base>`), so in a browser it starts the app in the page's state.
//!
//! URLs: with a site URL (`--site-url https://example.org/landscape/`) every link is
//! absolute. Without one, what HTML allows relative stays relative (canonical, alternates,
//! links; they resolve against `<base>`), and what must be absolute is left out: `og:url`,
//! `og:image`, `twitter:image`, the oEmbed link and file, JSON-LD `url`s and the sitemap.

pub mod preview;

use super::card::CardContent;
use super::catalog::{Catalog, Filters, Sort};
use super::compare::compare_rows;
use super::i18n::{attribute_name, tr};
use super::model::{is_article, Lang, OWN_CHAIN};
use super::prerender::escape;
use super::query::{page, ExplorerQuery};
use super::text::slugify;

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

    /// The same page's path in the other language.
    pub fn path_in(&self, lang: Lang) -> String {
        let bare = self.canonical.strip_prefix("es/").unwrap_or(&self.canonical);
        match lang {
            Lang::En => bare.to_string(),
            Lang::Es => format!("es/{bare}"),
        }
    }

    /// The oEmbed file's path (next to the page).
    pub fn oembed(&self) -> String {
        format!("{}oembed.json", self.path)
    }
}

/// The preview picture of the home page, also the map view's download (`landscape-en.png`,
/// `.svg`).
pub fn landscape_picture(lang: Lang, ext: &str) -> String {
    format!("landscape-{}.{ext}", lang.code())
}

fn prefix(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "",
        Lang::Es => "es/",
    }
}

/// "12 projects" / "12 proyectos".
fn projects_count(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::En, 1) => "1 project".into(),
        (Lang::En, n) => format!("{n} projects"),
        (Lang::Es, 1) => "1 proyecto".into(),
        (Lang::Es, n) => format!("{n} proyectos"),
    }
}

fn chain_heading(cat: &Catalog, id: &str, lang: Lang) -> String {
    match (lang, id) {
        (Lang::En, OWN_CHAIN) => "Projects with a chain of their own".into(),
        (Lang::Es, OWN_CHAIN) => "Proyectos con cadena propia".into(),
        (Lang::En, _) => format!("Projects on {}", cat.chain_label(id, lang)),
        (Lang::Es, _) => format!("Proyectos en {}", cat.chain_label(id, lang)),
    }
}

fn chain_description(cat: &Catalog, id: &str, n: usize, lang: Lang) -> String {
    let count = projects_count(n, lang);
    match (lang, id) {
        (Lang::En, OWN_CHAIN) => format!("{count} of the decentralized-AI landscape run a blockchain of their own."),
        (Lang::Es, OWN_CHAIN) => format!("{count} del panorama de la IA descentralizada tienen su propia blockchain."),
        (Lang::En, _) => format!(
            "{count} of the decentralized-AI landscape run on {}, each with the source that says so.",
            cat.chain_label(id, lang)
        ),
        (Lang::Es, _) => format!(
            "{count} del panorama de la IA descentralizada funcionan sobre {}, cada uno con la fuente que lo dice.",
            cat.chain_label(id, lang)
        ),
    }
}

fn home_description(cat: &Catalog, lang: Lang) -> String {
    let n = cat.projects().len();
    let title = &cat.data().article.title;
    match lang {
        Lang::En => format!(
            "{n} decentralized-AI projects from the article “{title}”: cloud, compute marketplaces, models, agents, data and AI apps, filterable by chain and category, every fact with its source."
        ),
        Lang::Es => format!(
            "{n} proyectos de IA descentralizada del artículo «{title}»: nube, mercados de cómputo, modelos, agentes, datos y aplicaciones, filtrables por cadena y categoría, cada dato con su fuente."
        ),
    }
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
        lang: (lang == Lang::Es).then_some(Lang::Es),
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

/// Every page, in both languages: the home, each project (and each old id of one), each
/// category and each chain. Alias pages come right after their project's page.
pub fn pages(cat: &Catalog) -> Vec<Page> {
    let mut out = Vec::new();
    for lang in [Lang::En, Lang::Es] {
        let p = prefix(lang);
        let all = listed(cat, Filters::default());
        out.push(Page {
            kind: Kind::Home,
            lang,
            path: p.into(),
            canonical: p.into(),
            title: tr(lang).title.into(),
            description: home_description(cat, lang),
            image: landscape_picture(lang, "png"),
            image_alt: match lang {
                Lang::En => format!(
                    "Map of the {} projects of the decentralized-AI landscape, by category",
                    all.len()
                ),
                Lang::Es => format!(
                    "Mapa de los {} proyectos del panorama de la IA descentralizada, por categoría",
                    all.len()
                ),
            },
            projects: all,
            query: ExplorerQuery {
                lang: (lang == Lang::Es).then_some(Lang::Es),
                ..Default::default()
            },
        });
        for (i, project) in cat.projects().iter().enumerate() {
            let path = format!("{p}{}/{}/", page::PROJECTS, project.id);
            let card = CardContent::new(cat, i, lang);
            let mut chips: Vec<String> = card.categories.iter().map(|(_, l)| l.clone()).collect();
            chips.extend(card.chains.iter().map(|(_, l, _)| l.clone()));
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
                    lang: (lang == Lang::Es).then_some(Lang::Es),
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

fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en_US",
        Lang::Es => "es_ES",
    }
}

/// The `<head>` tags of a page (after `<title>`, which [`Page::title`] gives).
pub fn head(page: &Page, site: &Site, cat: &Catalog) -> String {
    let e = escape;
    let mut h = String::new();
    h += &format!(r#"<meta name="description" content="{}">"#, e(&page.description));
    h += &format!(
        r#"<link rel="canonical" href="{}">"#,
        e(&site.href(&page.canonical))
    );
    for lang in [Lang::En, Lang::Es] {
        h += &format!(
            r#"<link rel="alternate" hreflang="{}" href="{}">"#,
            lang.code(),
            e(&site.href(&page.path_in(lang)))
        );
    }
    h += &format!(
        r#"<link rel="alternate" hreflang="x-default" href="{}">"#,
        e(&site.href(&page.path_in(Lang::En)))
    );
    h += r#"<meta property="og:type" content="website">"#;
    h += &format!(
        r#"<meta property="og:site_name" content="{}">"#,
        e(tr(page.lang).title)
    );
    h += &format!(r#"<meta property="og:title" content="{}">"#, e(&page.title));
    h += &format!(
        r#"<meta property="og:description" content="{}">"#,
        e(&page.description)
    );
    h += &format!(
        r#"<meta property="og:locale" content="{}">"#,
        og_locale(page.lang)
    );
    let other = if page.lang == Lang::Es { Lang::En } else { Lang::Es };
    h += &format!(
        r#"<meta property="og:locale:alternate" content="{}">"#,
        og_locale(other)
    );
    if let Some(url) = site.abs(&page.canonical) {
        h += &format!(r#"<meta property="og:url" content="{}">"#, e(&url));
    }
    if let Some(img) = site.abs(&page.image) {
        h += &format!(r#"<meta property="og:image" content="{}">"#, e(&img));
        h += r#"<meta property="og:image:type" content="image/png">"#;
        h += &format!(r#"<meta property="og:image:width" content="{}">"#, preview::WIDTH);
        h += &format!(
            r#"<meta property="og:image:height" content="{}">"#,
            preview::HEIGHT
        );
        h += &format!(
            r#"<meta property="og:image:alt" content="{}">"#,
            e(&page.image_alt)
        );
    }
    h += r#"<meta name="twitter:card" content="summary_large_image">"#;
    h += &format!(r#"<meta name="twitter:title" content="{}">"#, e(&page.title));
    h += &format!(
        r#"<meta name="twitter:description" content="{}">"#,
        e(&page.description)
    );
    if let Some(img) = site.abs(&page.image) {
        h += &format!(r#"<meta name="twitter:image" content="{}">"#, e(&img));
        h += &format!(
            r#"<meta name="twitter:image:alt" content="{}">"#,
            e(&page.image_alt)
        );
    }
    if let Some(oembed) = site.abs(&page.oembed()) {
        h += &format!(
            r#"<link rel="alternate" type="application/json+oembed" href="{}" title="{}">"#,
            e(&oembed),
            e(&page.title)
        );
    }
    h += r#"<script type="application/ld+json">"#;
    h += &json_ld(page, site, cat).replace("</", "<\\/");
    h += "</script>";
    h
}

fn ld_list(cat: &Catalog, page: &Page, site: &Site) -> serde_json::Value {
    let items: Vec<serde_json::Value> = page
        .projects
        .iter()
        .enumerate()
        .map(|(n, &i)| {
            let p = &cat.projects()[i];
            let mut item = serde_json::json!({ "@type": "ListItem", "position": n + 1, "name": p.name });
            if let Some(url) = site.abs(&format!("{}{}/{}/", prefix(page.lang), page::PROJECTS, p.id)) {
                item["url"] = url.into();
            }
            item
        })
        .collect();
    serde_json::json!({ "@type": "ItemList", "numberOfItems": items.len(), "itemListElement": items })
}

/// The page's JSON-LD (schema.org): a `WebPage` about the project, or a `CollectionPage`
/// whose main entity is the `ItemList` of its projects.
pub fn json_ld(page: &Page, site: &Site, cat: &Catalog) -> String {
    let mut v = serde_json::json!({
        "@context": "https://schema.org",
        "@type": if matches!(page.kind, Kind::Project(_)) { "WebPage" } else { "CollectionPage" },
        "name": page.title,
        "description": page.description,
        "inLanguage": page.lang.code(),
    });
    if let Some(url) = site.abs(&page.canonical) {
        v["url"] = url.into();
    }
    if let Some(img) = site.abs(&page.image) {
        v["image"] = img.into();
    }
    match &page.kind {
        Kind::Project(i) => {
            let p = &cat.projects()[*i];
            let mut about =
                serde_json::json!({ "@type": "Thing", "name": p.name, "description": page.description });
            if let Some(w) = &p.website {
                about["url"] = w.url.clone().into();
            }
            v["about"] = about;
        }
        _ => v["mainEntity"] = ld_list(cat, page, site),
    }
    v.to_string()
}

fn source_html(source: &str, quote: Option<&str>, lang: Lang) -> String {
    let t = tr(lang);
    if is_article(source) {
        match quote {
            Some(q) => format!(
                r#" <span class="static__source">({}: <q lang="es">{}</q>)</span>"#,
                escape(t.source_article),
                escape(q)
            ),
            None => format!(
                r#" <span class="static__source">({})</span>"#,
                escape(t.source_article)
            ),
        }
    } else if let Some(host) = crate::domain::validate::link_host(source) {
        format!(
            r#" <span class="static__source">(<a href="{}" rel="nofollow noopener">{}</a>)</span>"#,
            escape(source),
            escape(host)
        )
    } else {
        String::new()
    }
}

fn card_html(cat: &Catalog, i: usize, lang: Lang) -> String {
    let e = escape;
    let t = tr(lang);
    let c = CardContent::new(cat, i, lang);
    let mut h = format!(
        r#"<article class="card" data-project="{}" style="{}">"#,
        e(&c.id),
        e(&c.style())
    );
    h += &format!(
        r#"<div class="card__head"><span class="monogram" aria-hidden="true">{}</span><h3 class="card__title"><a class="card__open" href="{}{}/{}/">{}</a></h3></div>"#,
        e(&c.monogram),
        prefix(lang),
        page::PROJECTS,
        e(&c.id),
        e(&c.name)
    );
    h += &format!(r#"<p class="card__summary">{}</p>"#, e(&c.summary));
    h += &format!(r#"<ul class="badges" aria-label="{}">"#, e(t.categories));
    for (id, label) in &c.categories {
        h += &format!(
            r#"<li class="badge badge--category" data-category="{}"><a href="{}{}/{}/">{}</a></li>"#,
            e(id),
            prefix(lang),
            page::CATEGORIES,
            e(id),
            e(label)
        );
    }
    h += &format!(r#"</ul><ul class="badges" aria-label="{}">"#, e(t.chains));
    if c.chains.is_empty() {
        h += &format!(r#"<li class="badge badge--muted">{}</li>"#, e(t.not_stated));
    }
    for (id, label, _) in &c.chains {
        h += &format!(
            r#"<li class="badge badge--chain" data-chain="{}"><a href="{}{}/{}/">{}</a></li>"#,
            e(id),
            prefix(lang),
            page::CHAINS,
            e(id),
            e(label)
        );
    }
    h += "</ul>";
    if let Some(tokens) = &c.tokens {
        h += &format!(
            r#"<div class="card__foot"><p class="card__token"><span class="card__token-label">{}</span> {}</p></div>"#,
            e(t.token),
            e(tokens)
        );
    }
    h + "</article>"
}

/// The page's body: readable without JavaScript (links, not buttons), removed by the app
/// as soon as its own view is there (`data-static`).
pub fn body(page: &Page, cat: &Catalog) -> String {
    let e = escape;
    let t = tr(page.lang);
    let lang = page.lang;
    let mut h = format!(
        r#"<div class="app static" data-static="" lang="{}">"#,
        lang.code()
    );
    h += r#"<header class="site-header"><div class="site-header__text">"#;
    h += &format!(
        r#"<p class="site-header__title"><a href="{}">{}</a></p><p class="site-header__tagline">{}</p></div>"#,
        if prefix(lang).is_empty() {
            "./"
        } else {
            prefix(lang)
        },
        e(t.title),
        e(t.tagline)
    );
    h += &format!(
        r#"<nav class="site-header__tools" aria-label="{}">"#,
        e(t.language)
    );
    for (l, label) in [(Lang::Es, "Español"), (Lang::En, "English")] {
        let href = page.path_in(l);
        h += &format!(
            r#"<a class="tab tab--small" hreflang="{c}" lang="{c}" href="{}"{}>{label}</a>"#,
            if href.is_empty() {
                "./".to_string()
            } else {
                e(&href)
            },
            if l == lang { r#" aria-current="page""# } else { "" },
            c = l.code()
        );
    }
    h += "</nav></header><main class=\"content static__main\">";
    let open_label = match lang {
        Lang::En => "Open in the explorer",
        Lang::Es => "Abrir en el explorador",
    };
    let explore = format!(
        r#"<p class="static__explore"><a class="btn btn--primary" href="{}">{}</a></p>"#,
        e(&format!("./{}", page.query.to_search())),
        open_label
    );
    match &page.kind {
        Kind::Project(i) => {
            let p = &cat.projects()[*i];
            h += &format!(
                r#"<article class="details static__project" data-project-details="{}">"#,
                e(&p.id)
            );
            h += &format!(r#"<h1 class="details__title">{}</h1>"#, e(&p.name));
            h += &format!(r#"<p class="details__summary">{}</p>"#, e(p.summary.get(lang)));
            h += r#"<dl class="static__facts">"#;
            for row in compare_rows(cat, &[p]) {
                let items = &row.cells[0];
                if items.is_empty() || row.attribute == crate::domain::compare::Attribute::Summary {
                    continue;
                }
                h += &format!("<dt>{}</dt><dd><ul>", e(attribute_name(row.attribute, lang)));
                let facet = match row.attribute {
                    crate::domain::compare::Attribute::Categories => Some(page::CATEGORIES),
                    crate::domain::compare::Attribute::Chains => Some(page::CHAINS),
                    _ => None,
                };
                for item in items {
                    let text = e(item.text.get(lang));
                    let value = match (&item.href, facet) {
                        (Some(href), _) => format!(r#"<a href="{}" rel="noopener">{text}</a>"#, e(href)),
                        // Categories and chains link to their own pages.
                        (None, Some(kind)) => {
                            format!(r#"<a href="{}{kind}/{}/">{text}</a>"#, prefix(lang), e(&item.key))
                        }
                        (None, None) => text,
                    };
                    let src = item
                        .source
                        .as_deref()
                        .map(|s| source_html(s, item.quote.as_deref(), lang))
                        .unwrap_or_default();
                    h += &format!("<li>{value}{src}</li>");
                }
                h += "</ul></dd>";
            }
            h += "</dl></article>";
            h += &explore;
        }
        kind => {
            let (heading, intro) = match kind {
                Kind::Category(id) => {
                    let c = cat.category(id);
                    (
                        c.map(|c| c.name.get(lang).to_string()).unwrap_or_default(),
                        c.map(|c| c.description.get(lang).to_string()).unwrap_or_default(),
                    )
                }
                Kind::Chain(id) => (chain_heading(cat, id, lang), String::new()),
                _ => (t.title.to_string(), home_description(cat, lang)),
            };
            h += &format!(r#"<h1 class="static__title">{}</h1>"#, e(&heading));
            if !intro.is_empty() {
                h += &format!("<p>{}</p>", e(&intro));
            }
            h += &format!(
                r#"<p class="status">{}</p>{explore}<div class="grid">"#,
                e(&projects_count(page.projects.len(), lang))
            );
            for &i in &page.projects {
                h += &card_html(cat, i, lang);
            }
            h += "</div>";
        }
    }
    h += "</main>";
    let article = &cat.data().article;
    h += &format!(
        r#"<footer class="site-footer"><p>{} <cite lang="es">{}</cite> ({}) · {} {}</p></footer></div>"#,
        e(t.data_from),
        e(&article.title),
        e(&article.publisher),
        e(t.updated),
        e(&cat.data().updated)
    );
    h
}

/// `sitemap.xml`: every page but the aliases, in both languages, with `lastmod` from the
/// export's `updated`; `None` without a site URL (a sitemap needs absolute URLs).
pub fn sitemap(pages: &[Page], site: &Site, updated: &str) -> Option<String> {
    site.absolute.as_ref()?;
    let mut x = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
"#,
    );
    for p in pages.iter().filter(|p| !p.is_alias()) {
        x += &format!(
            "<url><loc>{}</loc><lastmod>{}</lastmod>",
            escape(&site.href(&p.path)),
            escape(updated)
        );
        for l in [Lang::En, Lang::Es] {
            x += &format!(
                r#"<xhtml:link rel="alternate" hreflang="{}" href="{}"/>"#,
                l.code(),
                escape(&site.href(&p.path_in(l)))
            );
        }
        x += "</url>\n";
    }
    x += "</urlset>\n";
    Some(x)
}

/// `robots.txt`: everything may be crawled; the sitemap, when there is one.
pub fn robots(site: &Site) -> String {
    let mut r = String::from("User-agent: *\nAllow: /\n");
    if let Some(url) = site.abs("sitemap.xml") {
        r += &format!("Sitemap: {url}\n");
    }
    r
}

/// The oEmbed answer for a page (`type: rich`, the blog embed snippet as `html`); `None`
/// without a site URL (its `html` needs the absolute address).
pub fn oembed(page: &Page, site: &Site) -> Option<String> {
    let base = site.absolute.as_ref()?;
    let mut q = page.query.clone();
    // A project's embed opens on that project's name, its details one click away.
    if let Kind::Project(_) = page.kind {
        q.q = page.title.split(" · ").next().unwrap_or_default().to_string();
        q.project = None;
    }
    let html = super::embed::snippet(&q, base, &page.title);
    Some(
        serde_json::json!({
            "version": "1.0",
            "type": "rich",
            "title": page.title,
            "provider_name": tr(page.lang).title,
            "provider_url": base,
            "html": html,
            "width": 960,
            "height": super::embed::FALLBACK_HEIGHT,
            "thumbnail_url": site.abs(&page.image),
            "thumbnail_width": preview::WIDTH,
            "thumbnail_height": preview::HEIGHT,
        })
        .to_string(),
    )
}
