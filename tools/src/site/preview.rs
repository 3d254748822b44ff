//! The preview pictures of the static pages (1200×630, what link previews show), as SVG:
//! the landscape picture scaled down (the home page; see `picture`), a project's card with
//! its logo, and a category's or chain's projects as logos and names. The xtask rasterises them to PNG with resvg
//! and the fonts shipped in `xtask/fonts/` (DejaVu Sans), so they look the same on any
//! machine; the SVG names the same family first.
//!
//! Text is laid out here, so line breaks use an estimate of DejaVu Sans' advance widths
//! (generous, so lines never overflow).

use super::draw::{
    close, footer, in_direction, lines, mark, open, text, width, wrap, Logos, ACCENT, FG, MUTED,
};
use super::pages::{chain_heading, projects_count, Kind, Page};
use super::picture;
use ai_landscape::domain::card::CardContent;
use ai_landscape::domain::catalog::Catalog;
use ai_landscape::domain::i18n::tr;
use ai_landscape::domain::model::Lang;

pub use super::draw::{text as text_element, HEIGHT, WIDTH};

/// A project's card: logo (or monogram), name, categories, summary, chains and token.
fn project(cat: &Catalog, index: usize, lang: Lang, logos: &Logos) -> String {
    let t = tr(lang);
    let c = CardContent::new(cat, index, lang);
    let p = &cat.projects()[index];
    let mut s = open(lang, WIDTH, HEIGHT);
    s += &mark(60.0, 56.0, 120.0, logos.uri(p.logo.as_ref()), &c.id, &c.name);
    let mut size = 60.0;
    while size > 36.0 && width(&c.name, size, true) > 930.0 {
        size -= 4.0;
    }
    let name = wrap(&c.name, 930.0, size, true, 1);
    s += &text(210.0, 118.0, size, true, FG, &name[0]);
    let cats: Vec<&str> = c.categories.iter().map(|(_, l)| l.as_str()).collect();
    let cats = wrap(&cats.join(" · "), 930.0, 24.0, false, 1);
    s += &text(210.0, 162.0, 24.0, false, ACCENT, &cats[0]);
    let summary = wrap(&c.summary, 1080.0, 34.0, false, 4);
    s += &lines(60.0, 262.0, 34.0, false, FG, &summary, 46.0);
    let chains: Vec<&str> = c.chains.iter().map(|c| c.label.as_str()).collect();
    let chains = if chains.is_empty() {
        t.not_stated.to_string()
    } else {
        chains.join(" · ")
    };
    let y = 262.0 + summary.len() as f32 * 46.0 + 40.0;
    let label = format!("{}:", t.chains);
    s += &text(60.0, y, 26.0, true, MUTED, &label);
    let lx = 60.0 + width(&label, 26.0, true) + 14.0;
    let chains = wrap(&chains, 1140.0 - lx, 26.0, false, 2);
    s += &lines(lx, y, 26.0, false, FG, &chains, 36.0);
    if let Some(tokens) = &c.tokens {
        let y = y + chains.len() as f32 * 36.0 + 8.0;
        let label = format!("{}:", t.token);
        s += &text(60.0, y, 26.0, true, MUTED, &label);
        s += &text(
            60.0 + width(&label, 26.0, true) + 14.0,
            y,
            26.0,
            false,
            FG,
            tokens,
        );
    }
    s += &footer(cat, lang, 598.0, 1080.0);
    s + close()
}

/// A category's or chain's projects, as a grid of logos (or monograms) and names.
fn list(cat: &Catalog, heading: &str, page: &Page, logos: &Logos) -> String {
    let lang = page.lang;
    let mut s = open(lang, WIDTH, HEIGHT);
    let head = wrap(heading, 1080.0, 46.0, true, 2);
    s += &lines(60.0, 84.0, 46.0, true, FG, &head, 54.0);
    let y0 = 84.0 + head.len() as f32 * 54.0;
    s += &text(
        60.0,
        y0 - 10.0,
        24.0,
        false,
        ACCENT,
        &projects_count(page.projects.len(), lang),
    );
    let (cols, row_h) = (3usize, 50.0);
    let top = y0 + 24.0;
    let rows = ((560.0 - top) / row_h).floor() as usize;
    let capacity = rows * cols;
    let shown = if page.projects.len() > capacity {
        capacity.saturating_sub(1)
    } else {
        page.projects.len()
    };
    let col_w = 1080.0 / cols as f32;
    for (k, &i) in page.projects.iter().take(shown).enumerate() {
        let (r, c) = (k / cols, k % cols);
        let (x, y) = (60.0 + c as f32 * col_w, top + r as f32 * row_h);
        let p = &cat.projects()[i];
        s += &mark(x, y, 38.0, logos.uri(p.logo.as_ref()), &p.id, &p.name);
        let name = wrap(&p.name, col_w - 70.0, 24.0, false, 1);
        s += &text(x + 52.0, y + 28.0, 24.0, false, FG, &name[0]);
    }
    if shown < page.projects.len() {
        let k = shown;
        let (r, c) = (k / cols, k % cols);
        let more = ai_landscape::domain::i18n::site::more(page.projects.len() - shown, lang);
        s += &text(
            60.0 + c as f32 * col_w,
            top + r as f32 * row_h + 28.0,
            24.0,
            false,
            MUTED,
            &more,
        );
    }
    s += &footer(cat, lang, 598.0, 1080.0);
    s + close()
}

/// The preview picture of `page`, as SVG, with the logos of `logos`.
pub fn svg(cat: &Catalog, page: &Page, logos: &Logos) -> String {
    in_direction(page.lang, || page_svg(cat, page, logos))
}

fn page_svg(cat: &Catalog, page: &Page, logos: &Logos) -> String {
    match &page.kind {
        Kind::Home => picture::home_preview(cat, page.lang, logos),
        Kind::Project(i) => project(cat, *i, page.lang, logos),
        Kind::Category(id) => {
            let name = cat
                .category(id)
                .map(|c| c.name.get(page.lang).to_string())
                .unwrap_or_default();
            list(cat, &name, page, logos)
        }
        Kind::Chain(id) => list(cat, &chain_heading(cat, id, page.lang), page, logos),
        Kind::Timeline => list(
            cat,
            ai_landscape::domain::i18n::tr(page.lang).timeline_title,
            page,
            logos,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_and_ellipsises() {
        let l = wrap("one two three four five six seven eight", 200.0, 20.0, false, 2);
        assert_eq!(l.len(), 2);
        assert!(l[1].ends_with('…'), "{l:?}");
        assert!(l.iter().all(|x| width(x, 20.0, false) <= 200.0), "{l:?}");
        assert_eq!(wrap("short", 200.0, 20.0, false, 2), vec!["short"]);
    }
}
