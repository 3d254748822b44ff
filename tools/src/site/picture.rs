//! The landscape picture for slides and posts (`landscape-{lang}.svg`/`.png`, the map
//! view's downloads): every project of every category as a logo tile, with no "+N more".
//! Categories are panels packed in rows (a sub-category is a panel of its own, titled with
//! its parent), each panel as wide as its tiles need and the panels of a row stretched to
//! the full width. At least [`MIN_WIDTH`]×[`MIN_HEIGHT`]; taller when the landscape is.
//! The home page's 1200×630 preview is the same picture, scaled to fit.

use super::draw::{
    centered, close, footer, lines, mark, open, text, wrap, Logos, ACCENT, BG, FG, MUTED, PANEL,
};
use super::draw::{HEIGHT as PREVIEW_H, WIDTH as PREVIEW_W};
use ai_landscape::domain::catalog::Catalog;
use ai_landscape::domain::i18n::tr;
use ai_landscape::domain::model::Lang;

/// The picture's width (px).
pub const MIN_WIDTH: u32 = 1920;
/// The picture's least height (px).
pub const MIN_HEIGHT: u32 = 1080;

const MARGIN: f32 = 60.0;
const TOP: f32 = 150.0;
const GAP: f32 = 16.0;
const PAD: f32 = 14.0;
const TILE_W: f32 = 112.0;
const TILE_H: f32 = 118.0;
const LOGO: f32 = 56.0;
const TITLE: f32 = 17.0;
const TITLE_LEAD: f32 = 21.0;

/// One panel: a title and the catalog indices of its tiles, in name order.
struct Panel {
    title: String,
    members: Vec<usize>,
}

fn panels(cat: &Catalog, lang: Lang) -> Vec<Panel> {
    let mut out = Vec::new();
    for top in cat.top_categories() {
        let name = top.name.get(lang);
        let own = cat.members(&top.id);
        let children: Vec<_> = cat.children(&top.id).collect();
        if !own.is_empty() || children.is_empty() {
            out.push(Panel {
                title: name.to_string(),
                members: own,
            });
        }
        for child in children {
            out.push(Panel {
                title: format!("{name} · {}", child.name.get(lang)),
                members: cat.members(&child.id),
            });
        }
    }
    out
}

/// Where a panel goes: position, size, columns and its title's lines.
struct Placed {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
    cols: usize,
    title: Vec<String>,
}

/// Packs the panels in rows of `width` px from `top`; returns them placed, and the bottom.
fn layout(panels: &[Panel], width: f32, top: f32) -> (Vec<Placed>, f32) {
    let max_cols = (((width - 2.0 * PAD) / TILE_W).floor() as usize).max(1);
    let mut placed: Vec<Placed> = Vec::new();
    let mut row_start = 0;
    let (mut x, mut y, mut row_h) = (0.0f32, top, 0.0f32);
    let finish_row = |placed: &mut Vec<Placed>, from: usize, used: f32| {
        // Stretch the row's panels to the full width, sharing what is left.
        let n = (placed.len() - from) as f32;
        if n == 0.0 {
            return;
        }
        let extra = (width - used) / n;
        for (k, p) in placed[from..].iter_mut().enumerate() {
            p.x += extra * k as f32;
            p.w += extra;
        }
    };
    for panel in panels {
        let cols = panel.members.len().clamp(2, max_cols);
        let w = 2.0 * PAD + cols as f32 * TILE_W;
        if x > 0.0 && x + w > width {
            finish_row(&mut placed, row_start, x - GAP);
            for p in &mut placed[row_start..] {
                p.h = row_h;
            }
            y += row_h + GAP;
            (x, row_h, row_start) = (0.0, 0.0, placed.len());
        }
        let title = wrap(&panel.title, w - 2.0 * PAD, TITLE, true, 2);
        let rows = panel.members.len().div_ceil(cols).max(1) as f32;
        let h = PAD + title.len() as f32 * TITLE_LEAD + 8.0 + rows * TILE_H + PAD;
        placed.push(Placed {
            x,
            y,
            w,
            h,
            cols,
            title,
        });
        row_h = row_h.max(h);
        x += w + GAP;
    }
    finish_row(&mut placed, row_start, x - GAP);
    for p in &mut placed[row_start..] {
        p.h = row_h;
    }
    (placed, y + row_h)
}

/// The picture's content (no root element) and its size.
fn content(cat: &Catalog, lang: Lang, logos: &Logos) -> (String, u32, u32) {
    let t = tr(lang);
    let panels = panels(cat, lang);
    let width = MIN_WIDTH as f32 - 2.0 * MARGIN;
    let (placed, bottom) = layout(&panels, width, TOP);
    let height = ((bottom + 70.0).ceil() as u32).max(MIN_HEIGHT);
    let mut s = String::new();
    s += &text(MARGIN, 84.0, 48.0, true, FG, t.title);
    let sub =
        ai_landscape::domain::i18n::site::picture_sub(&cat.data().article.title, cat.projects().len(), lang);
    s += &text(MARGIN, 124.0, 24.0, false, MUTED, &sub);
    for (panel, p) in panels.iter().zip(&placed) {
        let (x, y) = (MARGIN + p.x, p.y);
        s += &format!(
            r#"<rect x="{x}" y="{y}" width="{}" height="{}" rx="12" fill="{PANEL}"/>"#,
            p.w, p.h
        );
        s += &lines(
            x + PAD,
            y + PAD + TITLE,
            TITLE,
            true,
            ACCENT,
            &p.title,
            TITLE_LEAD,
        );
        let top = y + PAD + p.title.len() as f32 * TITLE_LEAD + 8.0;
        if panel.members.is_empty() {
            s += &text(x + PAD, top + 30.0, 16.0, false, MUTED, "—");
        }
        for (k, &i) in panel.members.iter().enumerate() {
            let (r, c) = (k / p.cols, k % p.cols);
            let (tx, ty) = (x + PAD + c as f32 * TILE_W, top + r as f32 * TILE_H);
            let proj = &cat.projects()[i];
            s += &format!(
                r#"<g data-project="{}">"#,
                ai_landscape::domain::prerender::escape(&proj.id)
            );
            s += &mark(
                tx + (TILE_W - LOGO) / 2.0,
                ty + 8.0,
                LOGO,
                logos.uri(proj.logo.as_ref()),
                &proj.id,
                &proj.name,
            );
            let name = wrap(&proj.name, TILE_W - 8.0, 13.0, false, 2);
            for (n, line) in name.iter().enumerate() {
                s += &centered(
                    tx + TILE_W / 2.0,
                    ty + 8.0 + LOGO + 20.0 + n as f32 * 15.0,
                    13.0,
                    FG,
                    line,
                );
            }
            s += "</g>";
        }
    }
    s += &footer(cat, lang, height as f32 - 32.0, width);
    (s, MIN_WIDTH, height)
}

/// The landscape picture, as SVG.
pub fn landscape_picture_svg(cat: &Catalog, lang: Lang, logos: &Logos) -> String {
    let (body, w, h) = content(cat, lang, logos);
    format!("{}{body}{}", open(lang, w, h), close())
}

/// The home page's 1200×630 preview: the landscape picture scaled to fit, centred.
pub fn home_preview(cat: &Catalog, lang: Lang, logos: &Logos) -> String {
    let (body, w, h) = content(cat, lang, logos);
    let scale = (PREVIEW_W as f32 / w as f32).min(PREVIEW_H as f32 / h as f32);
    let (sw, sh) = (w as f32 * scale, h as f32 * scale);
    format!(
        r#"{}<rect width="{PREVIEW_W}" height="{PREVIEW_H}" fill="{BG}"/><svg x="{}" y="{}" width="{sw}" height="{sh}" viewBox="0 0 {w} {h}">{body}</svg>{}"#,
        open(lang, PREVIEW_W, PREVIEW_H),
        (PREVIEW_W as f32 - sw) / 2.0,
        (PREVIEW_H as f32 - sh) / 2.0,
        close(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_fill_the_width_and_never_overlap() {
        let panels: Vec<Panel> = [14, 13, 7, 10, 4, 0, 8, 8, 2, 1, 1]
            .iter()
            .map(|&n| Panel {
                title: "A category with a long name".into(),
                members: (0..n).collect(),
            })
            .collect();
        let (placed, bottom) = layout(&panels, 1800.0, 150.0);
        for (a, p) in placed.iter().enumerate() {
            assert!(p.x >= 0.0 && p.x + p.w <= 1800.0 + 0.01, "panel {a} overflows");
            let tiles = panels[a].members.len().div_ceil(p.cols) as f32 * TILE_H;
            assert!(p.h >= tiles, "panel {a} is shorter than its tiles");
            for q in &placed[a + 1..] {
                let apart = q.x >= p.x + p.w || q.y >= p.y + p.h || p.y >= q.y + q.h;
                assert!(apart, "panels overlap");
            }
        }
        assert!(bottom > 150.0);
    }
}
