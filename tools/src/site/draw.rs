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

pub(super) const FONT: &str = "DejaVu Sans, Verdana, sans-serif";
pub(super) const BG: &str = "#12152b";
pub(super) const FG: &str = "#ffffff";
pub(super) const MUTED: &str = "#b4b9d6";
pub(super) const ACCENT: &str = "#8f98ff";
pub(super) const PANEL: &str = "#1d2142";

/// Advance width of `text` at `size` px (an upper estimate for DejaVu Sans).
pub(super) fn width(text: &str, size: f32, bold: bool) -> f32 {
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
pub(super) fn wrap(text: &str, max: f32, size: f32, bold: bool, lines: usize) -> Vec<String> {
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

pub(super) fn text(x: f32, y: f32, size: f32, bold: bool, fill: &str, content: &str) -> String {
    format!(
        r#"<text x="{x}" y="{y}" font-size="{size}" font-weight="{}" fill="{fill}">{}</text>"#,
        if bold { "bold" } else { "normal" },
        escape(content)
    )
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

/// The root of a picture of `w`×`h` px: background and the accent bar.
pub(super) fn open(lang: Lang, w: u32, h: u32) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{FONT}" lang="{}"><rect width="{w}" height="{h}" fill="{BG}"/><rect width="{w}" height="8" fill="{ACCENT}"/>"#,
        lang.code()
    )
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
        Some(uri) => format!(
            r#"<svg x="{x}" y="{y}" width="{size}" height="{size}"><image width="{size}" height="{size}" preserveAspectRatio="xMidYMid meet" href="{uri}"/></svg>"#
        ),
        None => format!(
            r#"<rect x="{x}" y="{y}" width="{size}" height="{size}" rx="{}" fill="hsl({}, 55%, 40%)"/><text x="{}" y="{}" font-size="{}" font-weight="bold" fill="{FG}" text-anchor="middle">{}</text>"#,
            size * 0.18,
            hue(id),
            x + size / 2.0,
            y + size * 0.66,
            size * 0.42,
            escape(&monogram(name))
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
    let line = match lang {
        Lang::Es => format!(
            "{} · cada dato con su fuente · {} proyectos",
            t.title,
            cat.projects().len()
        ),
        _ => format!(
            "{} · every fact with its source · {} projects",
            t.title,
            cat.projects().len()
        ),
    };
    let l = wrap(&line, max, 20.0, false, 1);
    text(60.0, y, 20.0, false, MUTED, &l[0])
}
