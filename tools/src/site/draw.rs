//! What the pictures are drawn with: the palette, text measured and wrapped for DejaVu
//! Sans, and logos embedded as `data:` images so that each SVG stands alone (a slide, an
//! offline copy) and resvg draws it without reading any other file.

use std::collections::HashMap;
use std::path::Path;

use ai_landscape::domain::card::{hue, monogram};
use ai_landscape::domain::catalog::Catalog;
use ai_landscape::domain::i18n::tr;
use ai_landscape::domain::model::{Lang, Logo};
use ai_landscape::domain::prerender::escape;
use base64::Engine;

use super::text::{is_rtl_line, rtl_runs, script_runs};
pub(super) use super::text::{width, wrap};

/// The font families a picture in `lang` names, first its script's Noto face (from Debian's
/// fonts-noto-core and fonts-noto-cjk, which the xtask loads), then DejaVu Sans (shipped
/// in `xtask/fonts/`), which draws Latin, Cyrillic and Vietnamese.
pub fn font_family(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "Noto Sans CJK JP, DejaVu Sans, sans-serif",
        Lang::Ko => "Noto Sans CJK KR, DejaVu Sans, sans-serif",
        Lang::Zh => "Noto Sans CJK SC, DejaVu Sans, sans-serif",
        Lang::Ar | Lang::Fa => "Noto Sans Arabic, DejaVu Sans, sans-serif",
        Lang::Hi => "Noto Sans Devanagari, DejaVu Sans, sans-serif",
        Lang::Th => "Noto Sans Thai, DejaVu Sans, sans-serif",
        _ => "DejaVu Sans, Verdana, sans-serif",
    }
}
pub(super) const BG: &str = "#12152b";
pub(super) const FG: &str = "#ffffff";
pub(super) const MUTED: &str = "#b4b9d6";
pub(super) const ACCENT: &str = "#8f98ff";
pub(super) const PANEL: &str = "#1d2142";

/// A `<text>` element. Text that mixes a locale's own script with Latin names is drawn
/// in runs (`<tspan>`), the Latin ones in DejaVu Sans: resvg's per-glyph font fallback
/// gives up when the two fonts shape a string into different numbers of glyphs (Devanagari
/// conjuncts, Arabic ligatures). resvg orders the runs of right-to-left text itself (the
/// bidi algorithm runs over the whole `<text>`).
pub fn text(x: f32, y: f32, size: f32, bold: bool, fill: &str, content: &str) -> String {
    let devanagari = content.chars().any(|c| matches!(c as u32, 0x0900..=0x097F));
    let mut runs = script_runs(content, devanagari);
    if is_rtl_line(content) {
        runs = rtl_runs(runs);
    }
    let body = if runs.len() > 1 && runs.iter().any(|r| !r.1) {
        let mut at = x;
        runs.iter()
            .map(|(t, latin)| {
                // resvg shapes a text chunk with each of its fonts and merges the glyphs,
                // which mixes up Devanagari's conjuncts: there each run starts a chunk of
                // its own, at its estimated place.
                let place = if devanagari {
                    format!(r#" x="{at}""#)
                } else {
                    String::new()
                };
                at += width(t, size, bold);
                format!(
                    "<tspan{place}{}>{}</tspan>",
                    if *latin {
                        r#" font-family="DejaVu Sans""#
                    } else {
                        ""
                    },
                    escape(t)
                )
            })
            .collect()
    } else {
        runs.iter().map(|(t, _)| escape(t)).collect::<String>()
    };
    format!(
        r#"<text x="{x}" y="{y}"{} font-size="{size}" font-weight="{}" fill="{fill}" xml:space="preserve">{body}</text>"#,
        // Its start mirrors to its right edge.
        if mirrored() {
            format!(r#"{} text-anchor="end""#, upright(x))
        } else {
            String::new()
        },
        if bold { "bold" } else { "normal" },
    )
}

/// A line of `content` centred on `x`.
pub(super) fn centered(x: f32, y: f32, size: f32, fill: &str, content: &str) -> String {
    format!(
        r#"<text x="{x}" y="{y}"{} font-size="{size}" fill="{fill}" text-anchor="middle">{}</text>"#,
        upright(x),
        escape(content)
    )
}

thread_local! {
    /// Whether the picture being drawn is mirrored (right to left; see [`in_direction`]).
    static MIRRORED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Draws a picture in `lang`'s direction: for Arabic and Persian, [`open`] mirrors the
/// whole layout (a transform on everything after the background), and the text and logos
/// drawn with this module's functions are turned back upright in place, each text then
/// anchored at its right edge, where a left-to-right picture starts it.
pub(super) fn in_direction<R>(lang: Lang, draw: impl FnOnce() -> R) -> R {
    let before = MIRRORED.with(|m| m.replace(lang.is_rtl()));
    let out = draw();
    MIRRORED.with(|m| m.set(before));
    out
}

fn mirrored() -> bool {
    MIRRORED.with(std::cell::Cell::get)
}

/// In a mirrored picture, the transform that turns an element at `x` back upright.
fn upright(x: f32) -> String {
    if mirrored() {
        format!(r#" transform="matrix(-1 0 0 1 {} 0)""#, 2.0 * x)
    } else {
        String::new()
    }
}

pub(super) fn lines(
    x: f32,
    y: f32,
    size: f32,
    bold: bool,
    fill: &str,
    ls: &[String],
    leading: f32,
) -> String {
    ls.iter()
        .enumerate()
        .map(|(n, l)| text(x, y + n as f32 * leading, size, bold, fill, l))
        .collect()
}

/// The root of a picture of `w`×`h` px: background and the accent bar, and in a mirrored
/// picture (see [`in_direction`]) the group that mirrors the rest; [`close`] ends both.
pub(super) fn open(lang: Lang, w: u32, h: u32) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{}" lang="{}" direction="{}"><rect width="{w}" height="{h}" fill="{BG}"/><rect width="{w}" height="8" fill="{ACCENT}"/>{}"#,
        font_family(lang),
        lang.code(),
        lang.dir(),
        if mirrored() {
            format!(r#"<g transform="matrix(-1 0 0 1 {w} 0)">"#)
        } else {
            String::new()
        }
    )
}

/// The end of a picture begun with [`open`].
pub(super) fn close() -> &'static str {
    if mirrored() {
        "</g></svg>"
    } else {
        "</svg>"
    }
}

/// The logo files of an export, read once, as `data:` URIs by file name.
#[derive(Debug, Default, Clone)]
pub struct Logos(HashMap<String, String>);

impl Logos {
    /// No logos: the pictures show monograms.
    pub fn none() -> Logos {
        Logos::default()
    }

    /// Every logo file the export names, read from `data_dir`. A file that cannot be read
    /// is left out (its project keeps its monogram; `data check` reports it).
    pub fn load(cat: &Catalog, data_dir: &Path) -> Logos {
        let all = cat
            .projects()
            .iter()
            .filter_map(|p| p.logo.as_ref())
            .chain(cat.data().chains.iter().filter_map(|c| c.logo.as_ref()));
        let mut map = HashMap::new();
        for logo in all {
            for file in std::iter::once(&logo.file).chain(&logo.dark) {
                let Ok(bytes) = std::fs::read(data_dir.join(file)) else {
                    continue;
                };
                let mime = if file.ends_with(".png") {
                    "image/png"
                } else {
                    "image/svg+xml"
                };
                let b64 = base64::engine::general_purpose::STANDARD.encode(bytes);
                map.insert(file.clone(), format!("data:{mime};base64,{b64}"));
            }
        }
        Logos(map)
    }

    /// The image to draw `logo` with on the pictures' dark background: its dark-theme file
    /// when it has one.
    pub fn uri(&self, logo: Option<&Logo>) -> Option<&str> {
        let logo = logo?;
        let file = logo.dark.as_ref().unwrap_or(&logo.file);
        self.0.get(file).map(String::as_str)
    }
}

/// A mark `size` px wide at (`x`, `y`): the logo, else a monogram on the project's hue.
pub(super) fn mark(x: f32, y: f32, size: f32, uri: Option<&str>, id: &str, name: &str) -> String {
    match uri {
        // In a viewport of its own, which clips what a file draws outside its viewBox.
        Some(uri) => {
            let image = format!(
                r#"<svg x="{x}" y="{y}" width="{size}" height="{size}"><image width="{size}" height="{size}" preserveAspectRatio="xMidYMid meet" href="{uri}"/></svg>"#
            );
            if mirrored() {
                // A logo is not mirrored: turned back in place, about its centre.
                format!(
                    r#"<g transform="matrix(-1 0 0 1 {} 0)">{image}</g>"#,
                    2.0 * x + size
                )
            } else {
                image
            }
        }
        None => format!(
            r#"<rect x="{x}" y="{y}" width="{size}" height="{size}" rx="{}" fill="hsl({}, 55%, 40%)"/><text x="{cx}" y="{}"{} font-size="{}" font-weight="bold" fill="{FG}" text-anchor="middle">{}</text>"#,
            size * 0.18,
            hue(id),
            y + size * 0.66,
            upright(x + size / 2.0),
            size * 0.42,
            escape(&monogram(name)),
            cx = x + size / 2.0,
        ),
    }
}

/// Width of a preview picture (px).
pub const WIDTH: u32 = 1200;
/// Height of a preview picture (px).
pub const HEIGHT: u32 = 630;

/// The line at the bottom of every picture, at `y`, at most `max` px wide.
pub(super) fn footer(cat: &Catalog, lang: Lang, y: f32, max: f32) -> String {
    let t = tr(lang);
    let line = format!(
        "{} · {} · {}",
        t.title,
        ai_landscape::domain::i18n::site::every_fact(lang),
        ai_landscape::domain::i18n::projects_count(cat.projects().len(), lang)
    );
    let l = wrap(&line, max, 20.0, false, 1);
    text(60.0, y, 20.0, false, MUTED, &l[0])
}
