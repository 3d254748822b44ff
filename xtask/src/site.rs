//! The static site step of `cargo xtask build`: after Trunk, writes one page per project,
//! category and chain in both languages (see `landscape_tools::site`), their
//! 1200×630 preview pictures (SVG rasterised with resvg, DejaVu Sans from `xtask/fonts/`
//! and Debian's Noto fonts for the other scripts; a glyph no font has fails the build),
//! the map view's landscape downloads, oEmbed files, `sitemap.xml` and `robots.txt`, and
//! gives `index.html` the home page's head.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use ai_landscape::domain::model::Lang;
use ai_landscape::domain::{parse_landscape, Catalog, DATA_PATH};
use landscape_tools::site::{self, preview, Logos, Page, Site};

use crate::Result;

/// The fonts the pictures are drawn with: DejaVu Sans (shipped, for Latin, Cyrillic and
/// Vietnamese), loaded first so that it is also the fallback for Latin inside other scripts.
const FONTS: [&[u8]; 2] = [
    include_bytes!("../fonts/DejaVuSans.ttf"),
    include_bytes!("../fonts/DejaVuSans-Bold.ttf"),
];

/// Debian's Noto files for the locales' other scripts (`setup` installs their packages):
/// Han, kana and Hangul; Arabic script (ar, fa); Devanagari (hi); Thai.
pub const NOTO_FILES: [(&str, &str); 8] = [
    (
        "fonts-noto-cjk",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    ),
    (
        "fonts-noto-cjk",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    ),
    (
        "fonts-noto-core",
        "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
    ),
    (
        "fonts-noto-core",
        "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf",
    ),
    (
        "fonts-noto-core",
        "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf",
    ),
    (
        "fonts-noto-core",
        "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Bold.ttf",
    ),
    (
        "fonts-noto-core",
        "/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf",
    ),
    (
        "fonts-noto-core",
        "/usr/share/fonts/truetype/noto/NotoSansThai-Bold.ttf",
    ),
];

/// The font database of the pictures: DejaVu, then the Noto files (an error names a
/// missing file and its Debian package).
pub fn fonts() -> Result<Arc<resvg::usvg::fontdb::Database>> {
    let mut db = resvg::usvg::fontdb::Database::new();
    for f in FONTS {
        db.load_font_data(f.to_vec());
    }
    for (package, file) in NOTO_FILES {
        let bytes = std::fs::read(file)
            .map_err(|e| format!("{file}: {e} (Debian's {package}; `cargo xtask setup` installs it)"))?;
        db.load_font_data(bytes);
    }
    Ok(Arc::new(db))
}

fn write(path: &Path, bytes: impl AsRef<[u8]>) -> Result {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// Removes every tag of `html`'s head that starts with one of `starts` (up to its `>`).
fn drop_tags(mut html: String, starts: &[&str]) -> String {
    for start in starts {
        while let Some(i) = html.find(start) {
            let Some(len) = html[i..].find('>') else { break };
            let mut end = i + len + 1;
            if html[end..].starts_with('\n') {
                end += 1;
            }
            // Also the indentation before the tag.
            let line = html[..i].rfind('\n').map(|n| n + 1).unwrap_or(i);
            let begin = if html[line..i].trim().is_empty() { line } else { i };
            html.replace_range(begin..end, "");
        }
    }
    html
}

/// The built page without the head tags every static page writes its own of.
fn without_page_tags(html: &str) -> String {
    drop_tags(
        html.to_string(),
        &[
            r#"<meta name="description""#,
            r#"<meta property="og:"#,
            r#"<meta name="twitter:"#,
        ],
    )
}

/// `html` (see [`without_page_tags`]) with the page's language, title and head tags.
fn with_head(html: &str, page: &Page, site: &Site, cat: &Catalog) -> Result<String> {
    let (t0, t1) = match (html.find("<title>"), html.find("</title>")) {
        (Some(a), Some(b)) if a < b => (a, b + "</title>".len()),
        _ => return Err("dist/index.html: no <title>".into()),
    };
    let title = format!(
        "<title>{}</title>",
        ai_landscape::domain::prerender::escape(&page.title)
    );
    let mut html = format!("{}{title}{}", &html[..t0], &html[t1..]);
    let head_end = html.find("</head>").ok_or("dist/index.html: no </head>")?;
    html.insert_str(head_end, &format!("{}\n", site::head(page, site, cat)));
    let lang_attr = r#"<html lang="en""#;
    if !html.contains(lang_attr) {
        return Err(format!("dist/index.html: no `{lang_attr}`"));
    }
    let html = html.replacen(
        lang_attr,
        &format!(r#"<html lang="{}" dir="{}""#, page.lang.code(), page.lang.dir()),
        1,
    );
    // The page preloads its own locale's first-view file (`data/first-view.ja.json`).
    let preload = format!(
        r#"href="{}" data-first-view"#,
        ai_landscape::domain::paths::FIRST_VIEW_PATH
    );
    let own = ai_landscape::domain::first_view_path(page.lang);
    Ok(html.replacen(&preload, &format!(r#"href="{own}" data-first-view"#), 1))
}

/// The characters of `group`'s text that no loaded font has (drawn as empty boxes).
fn missing_glyphs(group: &resvg::usvg::Group, out: &mut Vec<String>) {
    for node in group.children() {
        match node {
            resvg::usvg::Node::Group(g) => missing_glyphs(g, out),
            resvg::usvg::Node::Text(t) => {
                for span in t.layouted() {
                    out.extend(
                        span.positioned_glyphs
                            .iter()
                            .filter(|g| g.id.0 == 0 && !g.text.trim().is_empty())
                            .map(|g| g.text.clone()),
                    );
                }
            }
            _ => {}
        }
    }
}

/// Rasterises an SVG of ours to PNG; an error when a character has no glyph in any font.
pub fn png(svg: &str, fonts: &Arc<resvg::usvg::fontdb::Database>) -> Result<Vec<u8>> {
    let opt = resvg::usvg::Options {
        fontdb: fonts.clone(),
        font_family: "DejaVu Sans".into(),
        ..Default::default()
    };
    let tree = resvg::usvg::Tree::from_str(svg, &opt).map_err(|e| format!("preview SVG: {e}"))?;
    let mut missing = Vec::new();
    missing_glyphs(tree.root(), &mut missing);
    if !missing.is_empty() {
        missing.dedup();
        return Err(format!("no font draws {:?}", missing.join("")));
    }
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("pixmap")?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| format!("PNG: {e}"))
}

/// Writes the static site into `dist` (already built by Trunk; `fragment` is the
/// prerendered first view that index.html carries).
pub fn generate(dist: &Path, site: &Site, fragment: &Path) -> Result {
    let started = Instant::now();
    let json = std::fs::read_to_string(DATA_PATH).map_err(|e| format!("{DATA_PATH}: {e}"))?;
    let cat = match parse_landscape(DATA_PATH, &json) {
        Ok(l) => Catalog::new(l),
        Err(_) => {
            eprintln!("xtask: warning: no static pages, the export is invalid (see above)");
            return Ok(());
        }
    };
    let index_file = dist.join("index.html");
    let index = std::fs::read_to_string(&index_file).map_err(|e| format!("{}: {e}", index_file.display()))?;
    let fragment = std::fs::read_to_string(fragment).unwrap_or_default();
    // The static pages carry their own content instead of the home's prerendered view; it
    // hides the loading label (`data-prerendered`) while the app loads.
    let index = without_page_tags(&index);
    let template = if fragment.is_empty() {
        index.clone()
    } else {
        index.replace(&fragment, "")
    };
    let pages = site::pages(&cat);
    let data_dir = Path::new(DATA_PATH).parent().unwrap_or(Path::new("."));
    let logos = Logos::load(&cat, data_dir);

    let fonts = fonts()?;

    let mut written = 0usize;
    for page in &pages {
        let html = with_head(
            if page.path.is_empty() { &index } else { &template },
            page,
            site,
            &cat,
        )?;
        let html = if page.path.is_empty() {
            html
        } else {
            let html = html.replacen("<html ", "<html data-prerendered=\"\" ", 1);
            let body = html.find("<body>").ok_or("dist/index.html: no <body>")? + "<body>".len();
            format!("{}\n{}{}", &html[..body], site::body(page, &cat), &html[body..])
        };
        write(&dist.join(&page.path).join("index.html"), html)?;
        if let Some(oembed) = site::oembed(page, site) {
            write(&dist.join(page.oembed()), oembed)?;
        }
        written += 1;
    }
    // Pictures: one per canonical page (aliases share it), drawn on every core.
    let mut jobs: Vec<(PathBuf, String)> = pages
        .iter()
        .filter(|p| !p.is_alias())
        .map(|p| (dist.join(&p.image), preview::svg(&cat, p, &logos)))
        .collect();
    // The landscape picture for slides, as SVG (logos embedded) and PNG.
    for lang in [Lang::En, Lang::Es] {
        let svg = site::landscape_picture_svg(&cat, lang, &logos);
        write(&dist.join(site::landscape_picture(lang, "svg")), &svg)?;
        jobs.push((dist.join(site::landscape_picture(lang, "png")), svg));
    }
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
    let chunk = jobs.len().div_ceil(threads).max(1);
    let results: Vec<Result> = std::thread::scope(|s| {
        let handles: Vec<_> = jobs
            .chunks(chunk)
            .map(|part| {
                let fonts = fonts.clone();
                s.spawn(move || -> Result {
                    for (path, svg) in part {
                        let bytes = png(svg, &fonts).map_err(|e| format!("{}: {e}", path.display()))?;
                        write(path, bytes)?;
                    }
                    Ok(())
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err("a picture thread panicked".into()))
            })
            .collect()
    });
    results.into_iter().collect::<Result<Vec<()>>>()?;
    if let Some(map) = site::sitemap(&pages, site, &cat.data().updated) {
        write(&dist.join("sitemap.xml"), map)?;
    }
    write(&dist.join("robots.txt"), site::robots(site))?;
    eprintln!(
        "xtask: static site: {written} pages, {} pictures{} in {:.1} s",
        jobs.len() + 2,
        if site.absolute.is_some() {
            ", sitemap, oEmbed"
        } else {
            " (no site URL: no sitemap, og:image or oEmbed)"
        },
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svg(lang: Lang, text: &str) -> String {
        format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="600" height="80" font-family="{}">{}</svg>"#,
            site::font_family(lang),
            landscape_tools::site::preview::text_element(10.0, 50.0, 30.0, false, "#000", text)
        )
    }

    #[test]
    fn pictures_draw_every_script_of_the_locales() {
        let fonts = fonts().expect("the Noto fonts (cargo xtask setup)");
        let mut failed = Vec::new();
        for (lang, line) in [
            (Lang::Ko, "탈중앙화 AI 지형도 · io.net"),
            (Lang::Ja, "分散型AIの全体像・Render"),
            (Lang::Zh, "去中心化 AI 全景 · Akash"),
            (
                Lang::Hi,
                "66 प्रोजेक्ट · हर श्रेणी का (AI) $10 · “Descentralizando la IA” से",
            ),
            (Lang::Ar, "مشاريع على Solana، ولكلٍّ منها المصدر"),
            (Lang::Fa, "پروژه‌های مبتنی بر Ethereum"),
            (Lang::Th, "โครงการบน Solana แต่ละโครงการ"),
            (Lang::Ru, "Проекты на Solana"),
            (Lang::Vi, "Các dự án AI phi tập trung"),
        ] {
            if let Err(e) = png(&svg(lang, line), &fonts) {
                failed.push(format!("{lang:?}: {e}"));
            }
        }
        assert!(failed.is_empty(), "{failed:#?}");
    }

    #[test]
    fn a_character_no_font_has_fails_the_picture() {
        let mut db = resvg::usvg::fontdb::Database::new();
        for f in FONTS {
            db.load_font_data(f.to_vec());
        }
        let err = png(&svg(Lang::En, "io.net 탈중앙화"), &Arc::new(db)).unwrap_err();
        assert!(err.contains("no font draws") && err.contains('탈'), "{err}");
    }
}
