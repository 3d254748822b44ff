//! The static pages' `<head>` (title aside): description, canonical and language
//! alternates, Open Graph / Twitter tags, the oEmbed link and JSON-LD; and the site-wide
//! files that describe the pages: `sitemap.xml`, `robots.txt`, the oEmbed answers.

use super::pages::{prefix, Kind, Page, Site};
use super::preview;
use ai_landscape::domain::catalog::Catalog;
use ai_landscape::domain::i18n::tr;
use ai_landscape::domain::model::Lang;
use ai_landscape::domain::prerender::escape;
use ai_landscape::domain::query::page;

/// Open Graph's `language_TERRITORY` for a locale (the territory where most of its readers
/// are; `ar_AR` is how Facebook, which defined the tag, names Arabic).
fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Es => "es_ES",
        Lang::En => "en_US",
        Lang::Ko => "ko_KR",
        Lang::Ja => "ja_JP",
        Lang::Id => "id_ID",
        Lang::Zh => "zh_CN",
        Lang::Vi => "vi_VN",
        Lang::Hi => "hi_IN",
        Lang::Ru => "ru_RU",
        Lang::Ar => "ar_AR",
        Lang::Fa => "fa_IR",
        Lang::Fr => "fr_FR",
        Lang::Pt => "pt_BR",
        Lang::Th => "th_TH",
        Lang::Tr => "tr_TR",
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
    for lang in Lang::ALL {
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
    for other in Lang::ALL.into_iter().filter(|l| *l != page.lang) {
        h += &format!(
            r#"<meta property="og:locale:alternate" content="{}">"#,
            og_locale(other)
        );
    }
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

/// `sitemap.xml`: every page but the aliases, in every locale, each with its 15 alternates, with `lastmod` from the
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
        for l in Lang::ALL {
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
    let html = ai_landscape::domain::embed::snippet(&q, base, &page.title);
    Some(
        serde_json::json!({
            "version": "1.0",
            "type": "rich",
            "title": page.title,
            "provider_name": tr(page.lang).title,
            "provider_url": base,
            "html": html,
            "width": 960,
            "height": ai_landscape::domain::embed::FALLBACK_HEIGHT,
            "thumbnail_url": site.abs(&page.image),
            "thumbnail_width": preview::WIDTH,
            "thumbnail_height": preview::HEIGHT,
        })
        .to_string(),
    )
}
