//! The preview pictures of the static pages (1200×630, what link previews show), as SVG:
//! the landscape as a whole (the home page; also the map view's download), a project's
//! card, and a category's or chain's projects. The xtask rasterises them to PNG with resvg
//! and the fonts shipped in `xtask/fonts/` (DejaVu Sans), so they look the same on any
//! machine; the SVG names the same family first.
//!
//! Text is laid out here, so line breaks use an estimate of DejaVu Sans' advance widths
//! (generous, so lines never overflow).

use super::pages::{chain_heading, projects_count, Kind, Page};
use ai_landscape::domain::card::{hue, monogram, CardContent};
use ai_landscape::domain::catalog::Catalog;
use ai_landscape::domain::i18n::tr;
use ai_landscape::domain::model::Lang;
use ai_landscape::domain::prerender::escape;

/// Width of a preview picture (px).
pub const WIDTH: u32 = 1200;
/// Height of a preview picture (px).
pub const HEIGHT: u32 = 630;

const FONT: &str = "DejaVu Sans, Verdana, sans-serif";
const BG: &str = "#12152b";
const FG: &str = "#ffffff";
const MUTED: &str = "#b4b9d6";
const ACCENT: &str = "#8f98ff";
const PANEL: &str = "#1d2142";

/// Advance width of `text` at `size` px (an upper estimate for DejaVu Sans).
fn width(text: &str, size: f32, bold: bool) -> f32 {
    let per = |c: char| -> f32 {
        match c {
            'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | 'í' | 'ì' => 0.32,
            'f' | 't' | 'r' | ' ' | '(' | ')' | '-' => 0.42,
            'm' | 'w' | 'M' | 'W' => 0.92,
            c if c.is_uppercase() => 0.72,
            c if c.is_ascii_digit() => 0.64,
            _ => 0.62,
        }
    };
    let w: f32 = text.chars().map(per).sum::<f32>() * size;
    if bold {
        w * 1.1
    } else {
        w
    }
}

/// Breaks `text` into at most `lines` lines of at most `max` px; the last one ends in `…`
/// when the text is longer.
fn wrap(text: &str, max: f32, size: f32, bold: bool, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut i = 0;
    while i < words.len() {
        let candidate = if line.is_empty() {
            words[i].to_string()
        } else {
            format!("{line} {}", words[i])
        };
        if width(&candidate, size, bold) <= max || line.is_empty() {
            line = candidate;
            i += 1;
        } else {
            out.push(std::mem::take(&mut line));
            if out.len() == lines {
                break;
            }
        }
    }
    if !line.is_empty() && out.len() < lines {
        out.push(line);
    }
    if i < words.len() || out.last().is_some_and(|l| width(l, size, bold) > max) {
        if let Some(last) = out.last_mut() {
            while !last.is_empty() && width(&format!("{last}…"), size, bold) > max {
                last.pop();
            }
            *last = format!("{}…", last.trim_end_matches([' ', ',', '.', ':', ';', '·']));
        }
    }
    out
}

fn text(x: f32, y: f32, size: f32, bold: bool, fill: &str, content: &str) -> String {
    format!(
        r#"<text x="{x}" y="{y}" font-size="{size}" font-weight="{}" fill="{fill}">{}</text>"#,
        if bold { "bold" } else { "normal" },
        escape(content)
    )
}

fn lines(x: f32, y: f32, size: f32, bold: bool, fill: &str, ls: &[String], leading: f32) -> String {
    ls.iter()
        .enumerate()
        .map(|(n, l)| text(x, y + n as f32 * leading, size, bold, fill, l))
        .collect()
}

fn open(lang: Lang) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="{FONT}" lang="{}"><rect width="{WIDTH}" height="{HEIGHT}" fill="{BG}"/><rect width="{WIDTH}" height="8" fill="{ACCENT}"/>"#,
        lang.code()
    )
}

fn footer(cat: &Catalog, lang: Lang) -> String {
    let t = tr(lang);
    let line = match lang {
        Lang::En => format!(
            "{} · every fact with its source · {} projects",
            t.title,
            cat.projects().len()
        ),
        Lang::Es => format!(
            "{} · cada dato con su fuente · {} proyectos",
            t.title,
            cat.projects().len()
        ),
    };
    let l = wrap(&line, 1080.0, 20.0, false, 1);
    text(60.0, 598.0, 20.0, false, MUTED, &l[0])
}

fn monogram_box(x: f32, y: f32, size: f32, id: &str, name: &str) -> String {
    format!(
        r#"<rect x="{x}" y="{y}" width="{size}" height="{size}" rx="{}" fill="hsl({}, 55%, 40%)"/><text x="{}" y="{}" font-size="{}" font-weight="bold" fill="{FG}" text-anchor="middle">{}</text>"#,
        size * 0.18,
        hue(id),
        x + size / 2.0,
        y + size * 0.66,
        size * 0.42,
        escape(&monogram(name))
    )
}

/// The landscape as a whole: one column per top category with its projects' names.
pub fn landscape(cat: &Catalog, lang: Lang) -> String {
    let t = tr(lang);
    let mut s = open(lang);
    s += &text(60.0, 78.0, 44.0, true, FG, t.title);
    let tops: Vec<_> = cat.top_categories().collect();
    let sub = match lang {
        Lang::En => format!(
            "{} · {} categories · by chain, category and source",
            projects_count(cat.projects().len(), lang),
            tops.len()
        ),
        Lang::Es => format!(
            "{} · {} categorías · por cadena, categoría y fuente",
            projects_count(cat.projects().len(), lang),
            tops.len()
        ),
    };
    s += &text(60.0, 118.0, 22.0, false, MUTED, &sub);
    let n = tops.len().max(1) as f32;
    let gap = 12.0;
    let col = (1080.0 - gap * (n - 1.0)) / n;
    for (k, c) in tops.iter().enumerate() {
        let x = 60.0 + k as f32 * (col + gap);
        let members: Vec<usize> = cat.filter(
            &ai_landscape::domain::catalog::Filters {
                categories: vec![c.id.clone()],
                ..Default::default()
            },
            ai_landscape::domain::catalog::Sort::Name,
        );
        s += &format!(r#"<rect x="{x}" y="146" width="{col}" height="418" rx="10" fill="{PANEL}"/>"#);
        let head = wrap(c.name.get(lang), col - 20.0, 15.0, true, 3);
        s += &lines(x + 10.0, 170.0, 15.0, true, ACCENT, &head, 18.0);
        let top = 170.0 + head.len() as f32 * 18.0 + 8.0;
        let rows = ((556.0 - top) / 21.0).floor() as usize;
        let shown = if members.len() > rows {
            rows.saturating_sub(1)
        } else {
            members.len()
        };
        for (r, &i) in members.iter().take(shown).enumerate() {
            let name = wrap(&cat.projects()[i].name, col - 20.0, 14.0, false, 1);
            s += &text(x + 10.0, top + 14.0 + r as f32 * 21.0, 14.0, false, FG, &name[0]);
        }
        if members.is_empty() {
            s += &text(x + 10.0, top + 14.0, 14.0, false, MUTED, "—");
        }
        if shown < members.len() {
            let more = match lang {
                Lang::En => format!("+{} more", members.len() - shown),
                Lang::Es => format!("+{} más", members.len() - shown),
            };
            s += &text(
                x + 10.0,
                top + 14.0 + shown as f32 * 21.0,
                14.0,
                false,
                MUTED,
                &more,
            );
        }
    }
    s += &footer(cat, lang);
    s + "</svg>"
}

/// A project's card: monogram, name, categories, summary, chains and token.
fn project(cat: &Catalog, index: usize, lang: Lang) -> String {
    let t = tr(lang);
    let c = CardContent::new(cat, index, lang);
    let mut s = open(lang);
    s += &monogram_box(60.0, 56.0, 120.0, &c.id, &c.name);
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
    let chains: Vec<&str> = c.chains.iter().map(|(_, l, _)| l.as_str()).collect();
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
    s += &footer(cat, lang);
    s + "</svg>"
}

/// A category's or chain's projects, as a grid of monograms and names.
fn list(cat: &Catalog, heading: &str, page: &Page) -> String {
    let lang = page.lang;
    let mut s = open(lang);
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
        s += &monogram_box(x, y, 38.0, &p.id, &p.name);
        let name = wrap(&p.name, col_w - 70.0, 24.0, false, 1);
        s += &text(x + 52.0, y + 28.0, 24.0, false, FG, &name[0]);
    }
    if shown < page.projects.len() {
        let k = shown;
        let (r, c) = (k / cols, k % cols);
        let more = match lang {
            Lang::En => format!("+{} more", page.projects.len() - shown),
            Lang::Es => format!("+{} más", page.projects.len() - shown),
        };
        s += &text(
            60.0 + c as f32 * col_w,
            top + r as f32 * row_h + 28.0,
            24.0,
            false,
            MUTED,
            &more,
        );
    }
    s += &footer(cat, lang);
    s + "</svg>"
}

/// The preview picture of `page`, as SVG.
pub fn svg(cat: &Catalog, page: &Page) -> String {
    match &page.kind {
        Kind::Home => landscape(cat, page.lang),
        Kind::Project(i) => project(cat, *i, page.lang),
        Kind::Category(id) => {
            let name = cat
                .category(id)
                .map(|c| c.name.get(page.lang).to_string())
                .unwrap_or_default();
            list(cat, &name, page)
        }
        Kind::Chain(id) => list(cat, &chain_heading(cat, id, page.lang), page),
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
