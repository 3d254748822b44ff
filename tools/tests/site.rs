//! The static site's page set (domain::site): a page per project, category and chain in
//! both languages, their heads, and the sitemap listing exactly those pages.

#[path = "../../tests/common/mod.rs"]
mod common;

use std::collections::BTreeSet;

use ai_landscape::domain::model::Lang;
use ai_landscape::domain::query::page;
use ai_landscape::domain::ExplorerQuery;
use landscape_tools::site::{self, Kind, Site};

fn hosted() -> Site {
    Site::at("https://example.org/landscape/").unwrap()
}

#[test]
fn site_every_project_category_and_chain_has_a_page_in_every_locale() {
    let cat = common::catalog();
    let pages = site::pages(&cat);
    let paths: BTreeSet<&str> = pages.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths.len(), pages.len(), "paths are unique");
    for lang in Lang::ALL {
        let prefix = page::prefix(lang);
        let prefix = prefix.as_str();
        assert!(paths.contains(prefix), "home {prefix:?}");
        for p in cat.projects() {
            assert!(
                paths.contains(format!("{prefix}projects/{}/", p.id).as_str()),
                "{prefix}{}",
                p.id
            );
        }
        for c in cat.categories() {
            assert!(
                paths.contains(format!("{prefix}categories/{}/", c.id).as_str()),
                "{prefix}{}",
                c.id
            );
        }
        for c in &cat.data().chains {
            assert!(
                paths.contains(format!("{prefix}chains/{}/", c.id).as_str()),
                "{prefix}{}",
                c.id
            );
        }
        assert!(paths.contains(format!("{prefix}chains/own-chain/").as_str()));
    }
    for page in &pages {
        // English at the root, every other locale under its code.
        let first = page.path.split('/').next().unwrap_or_default();
        assert_eq!(
            Lang::parse(first).filter(|l| *l != Lang::En),
            (page.lang != Lang::En).then_some(page.lang),
            "{}",
            page.path
        );
        // In a browser the page starts the app in the state of the query URL (the English
        // home is the bare URL itself).
        if page.path.is_empty() {
            continue;
        }
        let opened = ExplorerQuery::from_page_path(&page.path).map(|q| q.canonical(&cat));
        assert_eq!(opened.as_ref(), Some(&page.query), "{}", page.path);
        if !page.is_alias() {
            assert_eq!(
                page.query.page_path().unwrap_or_default(),
                page.path,
                "copy link gives the page"
            );
        }
    }
}

#[test]
fn site_old_ids_get_pages_whose_canonical_is_the_current_one() {
    let cat = common::catalog();
    let pages = site::pages(&cat);
    let alias = pages
        .iter()
        .find(|p| p.path == "projects/lpaal-ai/")
        .expect("the article's spelling of PAAL AI");
    assert_eq!(alias.canonical, "projects/paal-ai/");
    assert_eq!(alias.image, "projects/paal-ai/preview.png");
    let head = site::head(alias, &hosted(), &cat);
    assert!(
        head.contains(r#"<link rel="canonical" href="https://example.org/landscape/projects/paal-ai/">"#),
        "{head}"
    );
}

#[test]
fn site_heads_have_their_own_title_description_canonical_alternates_and_large_picture() {
    let cat = common::catalog();
    let pages = site::pages(&cat);
    let io = pages.iter().find(|p| p.path == "es/projects/io-net/").unwrap();
    let p = cat.resolve("io-net").unwrap();
    assert_eq!(io.title, "io.net · Panorama de la IA descentralizada");
    assert_eq!(io.description, p.summary.get(ai_landscape::domain::Lang::Es));
    let h = site::head(io, &hosted(), &cat);
    for tag in [
        r#"<link rel="canonical" href="https://example.org/landscape/es/projects/io-net/">"#,
        r#"<link rel="alternate" hreflang="en" href="https://example.org/landscape/projects/io-net/">"#,
        r#"<link rel="alternate" hreflang="es" href="https://example.org/landscape/es/projects/io-net/">"#,
        r#"<link rel="alternate" hreflang="x-default" href="https://example.org/landscape/projects/io-net/">"#,
        r#"<meta name="twitter:card" content="summary_large_image">"#,
        r#"<meta property="og:image" content="https://example.org/landscape/es/projects/io-net/preview.png">"#,
        r#"<meta property="og:image:width" content="1200">"#,
        r#"<meta property="og:image:height" content="630">"#,
        r#"<meta property="og:url" content="https://example.org/landscape/es/projects/io-net/">"#,
        r#"<link rel="alternate" type="application/json+oembed" href="https://example.org/landscape/es/projects/io-net/oembed.json""#,
    ] {
        assert!(h.contains(tag), "missing {tag} in\n{h}");
    }
    let compute = pages.iter().find(|p| p.path == "categories/compute/").unwrap();
    let n = compute.projects.len();
    assert!(n > 5);
    assert!(
        compute.description.ends_with(&format!("{n} projects.")),
        "{}",
        compute.description
    );
    let ch = pages.iter().find(|p| p.path == "chains/solana/").unwrap();
    assert!(
        ch.description
            .ends_with(&format!(": {} projects.", ch.projects.len())),
        "{}",
        ch.description
    );
    assert!(site::head(ch, &hosted(), &cat).contains(r#""@type":"ItemList""#));
    assert!(matches!(ch.kind, Kind::Chain(_)));
}

#[test]
fn site_without_a_site_url_stays_relative_and_leaves_out_what_must_be_absolute() {
    let cat = common::catalog();
    let pages = site::pages(&cat);
    let rel = Site::relative("/landscape/");
    let io = pages.iter().find(|p| p.path == "projects/io-net/").unwrap();
    let h = site::head(io, &rel, &cat);
    assert!(
        h.contains(r#"<link rel="canonical" href="projects/io-net/">"#),
        "{h}"
    );
    assert!(h.contains(r#"hreflang="es" href="es/projects/io-net/""#), "{h}");
    for absent in [
        "og:image",
        "og:url",
        "twitter:image",
        "json+oembed",
        "example.org",
    ] {
        assert!(!h.contains(absent), "{absent} in {h}");
    }
    assert_eq!(site::sitemap(&pages, &rel, "2026-12-01"), None);
    assert_eq!(site::oembed(io, &rel), None);
    assert_eq!(site::robots(&rel), "User-agent: *\nAllow: /\n");
}

#[test]
fn site_sitemap_lists_exactly_the_pages_in_both_languages() {
    let cat = common::catalog();
    let pages = site::pages(&cat);
    let map = site::sitemap(&pages, &hosted(), &cat.data().updated).unwrap();
    let locs: BTreeSet<String> = map
        .split("<loc>")
        .skip(1)
        .map(|s| s.split("</loc>").next().unwrap().to_string())
        .collect();
    let expected: BTreeSet<String> = pages
        .iter()
        .filter(|p| !p.is_alias())
        .map(|p| format!("https://example.org/landscape/{}", p.path))
        .collect();
    assert_eq!(locs, expected);
    assert_eq!(map.matches("<lastmod>").count(), expected.len());
    assert!(map.contains(&format!("<lastmod>{}</lastmod>", cat.data().updated)));
    assert!(site::robots(&hosted()).contains("Sitemap: https://example.org/landscape/sitemap.xml"));
}

#[test]
fn site_oembed_is_a_rich_embed_of_the_view() {
    let cat = common::catalog();
    let pages = site::pages(&cat);
    let page = pages.iter().find(|p| p.path == "chains/solana/").unwrap();
    let v: serde_json::Value = serde_json::from_str(&site::oembed(page, &hosted()).unwrap()).unwrap();
    assert_eq!(v["type"], "rich");
    assert_eq!(v["version"], "1.0");
    assert!(
        v["html"]
            .as_str()
            .unwrap()
            .contains(r#"src="https://example.org/landscape/?chain=solana&embed=1""#),
        "{v}"
    );
    assert!(v["width"].as_u64().unwrap() > 0 && v["height"].as_u64().unwrap() > 0);
    assert_eq!(
        v["thumbnail_url"],
        "https://example.org/landscape/chains/solana/preview.png"
    );
}

#[test]
fn site_page_paths_round_trip_and_reject_other_paths() {
    for path in [
        "projects/io-net/",
        "es/categories/compute/",
        "chains/own-chain/",
        "es/",
        "ja/projects/io-net/",
        "ar/chains/solana/",
        "zh/timeline/",
        "fa/",
    ] {
        let q = ExplorerQuery::from_page_path(path).unwrap();
        assert_eq!(q.page_path().as_deref(), Some(path));
    }
    for bad in [
        "",
        "404.html",
        "projects/",
        "projects/Io Net/",
        "chains/unknown/",
        "es/es/",
        "ja/ko/",
        "en/",
        "en/projects/io-net/",
        "JA/projects/io-net/",
        "xx/projects/io-net/",
        "things/x/",
    ] {
        assert_eq!(ExplorerQuery::from_page_path(bad), None, "{bad}");
    }
    // A query on a page path fills in, the query wins.
    let q = ExplorerQuery::parse("?chain=solana")
        .on_page(ExplorerQuery::from_page_path("categories/compute/").unwrap());
    assert_eq!(
        (q.categories.clone(), q.chains.clone()),
        (vec!["compute".into()], vec!["solana".into()])
    );
    assert_eq!(q.page_path(), None, "two filters: no single page");
    assert_eq!(ExplorerQuery::parse("?project=io-net&lang=en").page_path(), None);
    let hi = ExplorerQuery::from_page_path("hi/projects/io-net/index.html").unwrap();
    assert_eq!(hi.lang, Some(Lang::Hi));
    assert_eq!(hi.project.as_deref(), Some("io-net"));
    assert_eq!(
        ExplorerQuery::parse("?lang=ko&category=compute")
            .page_path()
            .as_deref(),
        Some("ko/categories/compute/")
    );
}

#[test]
fn site_static_bodies_are_readable_without_scripts() {
    let cat = common::catalog();
    let pages = site::pages(&cat);
    let io = pages.iter().find(|p| p.path == "projects/io-net/").unwrap();
    let body = site::body(io, &cat);
    let p = cat.resolve("io-net").unwrap();
    assert!(body.contains(&p.name) && body.contains(p.summary.get(ai_landscape::domain::Lang::En)));
    assert!(body.contains(r#"href="chains/solana/""#), "chains are links");
    assert!(
        !body.contains("<button") && !body.contains("inert"),
        "no dead controls"
    );
    let compute = pages.iter().find(|p| p.path == "categories/compute/").unwrap();
    let body = site::body(compute, &cat);
    assert_eq!(
        body.matches("<article class=\"card\"").count(),
        compute.projects.len()
    );
}

#[test]
fn site_pictures_and_pages_carry_the_logos() {
    use ai_landscape::domain::model::Lang;
    use landscape_tools::site::{landscape_picture_svg, preview, Logos};
    let cat = common::catalog();
    let logos = Logos::load(&cat, &common::root().join("data"));
    let pages = site::pages(&cat);
    let akash = pages
        .iter()
        .find(|p| p.path == "projects/akash-network/")
        .expect("akash page");
    // The preview draws the logo file itself, embedded, in place of the monogram.
    let svg = preview::svg(&cat, akash, &logos);
    let p = cat.resolve("akash-network").unwrap();
    let uri = logos.uri(p.logo.as_ref()).expect("akash has a logo");
    assert!(
        svg.contains(&format!(r#"href="{uri}""#)),
        "the preview embeds the logo"
    );
    assert!(!preview::svg(&cat, akash, &Logos::none()).contains("data:image"));
    // The static page shows it as an <img>.
    let body = site::body(akash, &cat);
    assert!(
        body.contains(r#"<img class="logo__img" src="data/logos/akash-network.svg" width="56" height="56""#),
        "{body}"
    );
    // The landscape picture: every project a tile (no "+N more"), at least 1920×1080.
    for lang in [Lang::En, Lang::Es] {
        let svg = landscape_picture_svg(&cat, lang, &logos);
        let size = |attr: &str| -> u32 {
            let at = svg.find(&format!(r#"{attr}=""#)).unwrap() + attr.len() + 2;
            svg[at..].split('"').next().unwrap().parse().unwrap()
        };
        assert!(size("width") >= 1920 && size("height") >= 1080);
        for p in cat.projects() {
            assert!(
                svg.contains(&format!(r#"<g data-project="{}">"#, p.id)),
                "{}",
                p.id
            );
        }
        assert!(!svg.contains("more") && !svg.contains("más"));
    }
}

#[test]
fn site_pages_in_every_locale_have_their_words_direction_and_fifteen_alternates() {
    let cat = common::catalog();
    let pages = site::pages(&cat);
    let canonical = pages.iter().filter(|p| !p.is_alias()).count();
    assert_eq!(canonical % 15, 0, "the same pages in each locale");
    let ko = pages.iter().find(|p| p.path == "ko/chains/solana/").unwrap();
    assert_eq!(ko.lang, Lang::Ko);
    assert!(ko.title.starts_with("Solana 기반 프로젝트 · "), "{}", ko.title);
    assert!(ko.description.contains("프로젝트"), "{}", ko.description);
    let h = site::head(ko, &hosted(), &cat);
    for lang in Lang::ALL {
        let href = format!(
            "https://example.org/landscape/{}chains/solana/",
            page::prefix(lang)
        );
        assert!(
            h.contains(&format!(
                r#"<link rel="alternate" hreflang="{}" href="{href}">"#,
                lang.code()
            )),
            "{lang:?} in {h}"
        );
    }
    assert!(h.contains(r#"hreflang="x-default" href="https://example.org/landscape/chains/solana/""#));
    assert!(
        h.contains(r#"<meta property="og:locale" content="ko_KR">"#),
        "{h}"
    );
    assert_eq!(h.matches("og:locale:alternate").count(), 14);
    // Russian counts in its plural forms; Arabic's page is in Arabic.
    let ru = pages.iter().find(|p| p.path == "ru/categories/compute/").unwrap();
    let n = ru.projects.len();
    assert!(ru.description.ends_with(&format!(
        "{}.",
        ai_landscape::domain::i18n::projects_count(n, Lang::Ru)
    )));
    let ar = pages.iter().find(|p| p.path == "ar/").unwrap();
    assert!(ar.title.contains("الذكاء"), "{}", ar.title);
    let body = site::body(ar, &cat);
    assert!(body.contains(r#"lang="ar""#));
    // Every locale links to the others by their own names.
    for lang in Lang::ALL {
        assert!(body.contains(&format!(">{}</a>", lang.native_name())), "{lang:?}");
    }
    // The sitemap names each page's 15 versions.
    let map = site::sitemap(&pages, &hosted(), "2026-12-01").unwrap();
    assert_eq!(map.matches("<loc>").count(), canonical);
    assert_eq!(map.matches("<xhtml:link").count(), canonical * 15);
}
