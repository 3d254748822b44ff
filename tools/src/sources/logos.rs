//! The logo files' rules: what `cargo xtask data check` holds every `logo.file` and
//! `logo.dark` to. A logo is a file from outside the project, so it is untrusted input:
//! the app only ever shows it as an `<img>` (where browsers run no script and load
//! nothing else), and this check rejects at build time, with the file, line and column,
//! anything that could act in another context (a script, an event attribute,
//! `foreignObject`, an entity declaration, a reference outside the file), anything over
//! [`MAX_LOGO_BYTES`], and anything that is not an SVG or a PNG of at most 256×256.

use std::path::Path;

use ai_landscape::domain::model::{Landscape, Logo, OWN_CHAIN};

use ai_landscape::domain::validate::is_safe_link;

use super::deny::denied;

/// The largest logo file accepted (16 KB).
pub const MAX_LOGO_BYTES: usize = 16 * 1024;
/// The largest PNG accepted, in pixels per side.
pub const MAX_PNG_SIDE: u32 = 256;

/// One rule broken by one file, located in it when the rule is about its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogoProblem {
    /// `logos/x.svg`, or `logos/x.svg:3:14`.
    pub at: String,
    pub message: String,
}

fn at(file: &str, text: &str, offset: usize) -> String {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
    format!("{file}:{line}:{column}")
}

/// Whether a reference stays inside the file (`#id`).
fn is_local(reference: &str) -> bool {
    reference.trim_start().starts_with('#')
}

/// The first `url(…)` of `css` that does not point inside the file, or an `@import`.
fn outside_reference_in_css(css: &str) -> Option<String> {
    let lower = css.to_ascii_lowercase();
    if lower.contains("@import") {
        return Some("`@import`".into());
    }
    let mut rest = lower.as_str();
    while let Some(i) = rest.find("url(") {
        let inner = rest[i + 4..].trim_start().trim_start_matches(['"', '\'']);
        if !is_local(inner) {
            let end = inner.find(')').unwrap_or(inner.len()).min(60);
            return Some(format!("`url({})`", &inner[..end]));
        }
        rest = &rest[i + 4..];
    }
    None
}

/// The rules an SVG's text breaks (empty when it is safe). `file` names it in locations.
pub fn check_svg(file: &str, text: &str) -> Vec<LogoProblem> {
    let mut out = Vec::new();
    let mut push = |offset: usize, message: String| {
        out.push(LogoProblem {
            at: at(file, text, offset),
            message,
        })
    };
    // A DTD can declare entities (billion laughs, external entities): none is allowed.
    for marker in ["<!DOCTYPE", "<!ENTITY"] {
        if let Some(i) = text.to_ascii_uppercase().find(marker) {
            push(
                i,
                format!("`{marker}`: an entity declaration or DTD is not allowed"),
            );
            return out;
        }
    }
    let doc = match roxmltree::Document::parse(text) {
        Ok(doc) => doc,
        Err(e) => {
            let pos = e.pos();
            out.push(LogoProblem {
                at: format!("{file}:{}:{}", pos.row, pos.col),
                message: format!("not well-formed XML: {e}"),
            });
            return out;
        }
    };
    let root = doc.root_element();
    if root.tag_name().name() != "svg" {
        push(
            root.range().start,
            format!("the root element is `{}`, not `svg`", root.tag_name().name()),
        );
    }
    for node in doc.descendants() {
        let start = node.range().start;
        if node.is_text() && node.parent().is_some_and(|p| p.tag_name().name() == "style") {
            if let Some(what) = outside_reference_in_css(node.text().unwrap_or("")) {
                push(
                    start,
                    format!("{what} in a style sheet: only `url(#…)` is allowed"),
                );
            }
            continue;
        }
        if !node.is_element() {
            continue;
        }
        let name = node.tag_name().name();
        match name.to_ascii_lowercase().as_str() {
            "script" => push(start, "`<script>` is not allowed".into()),
            "foreignobject" => push(start, "`<foreignObject>` is not allowed".into()),
            _ => {}
        }
        for a in node.attributes() {
            let (attr, value) = (a.name().to_ascii_lowercase(), a.value());
            let pos = a.range().start;
            if attr.starts_with("on") {
                push(pos, format!("event attribute `{}` is not allowed", a.name()));
            } else if attr == "href" && !is_local(value) {
                let what = if a.namespace().is_some() {
                    "xlink:href"
                } else {
                    "href"
                };
                push(
                    pos,
                    format!(
                        "`{what}=\"{}\"` points outside the file: only `#…` is allowed",
                        value.chars().take(60).collect::<String>()
                    ),
                );
            } else if attr == "attributename"
                && value.to_ascii_lowercase().ends_with("href")
                && matches!(name, "set" | "animate")
            {
                push(pos, format!("`<{name}>` may not animate a reference"));
            } else if let Some(what) = outside_reference_in_css(value) {
                push(
                    pos,
                    format!("{what} in `{}`: only `url(#…)` is allowed", a.name()),
                );
            }
        }
    }
    out
}

/// Whether `file` is a logo path the format allows: under `logos/`, segments of
/// `[a-z0-9._-]` that do not start with a dot (so no `..`), ending in `.svg` or `.png`.
/// Checked before anything is read, so no path leaves `data/logos/`.
pub fn is_logo_path(file: &str) -> bool {
    let Some(rest) = file.strip_prefix("logos/") else {
        return false;
    };
    (rest.ends_with(".svg") || rest.ends_with(".png"))
        && rest.split('/').all(|seg| {
            !seg.is_empty()
                && !seg.starts_with('.')
                && seg
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
        })
}

/// The PNG's width and height, from its header, when it is a PNG.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.len() < 24 || &bytes[..8] != SIGNATURE || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    Some((be(&bytes[16..20]), be(&bytes[20..24])))
}

/// The rules one logo file breaks. `file` is its path relative to `data/`.
pub fn check_file(file: &str, bytes: &[u8]) -> Vec<LogoProblem> {
    let problem = |message: String| LogoProblem {
        at: file.to_string(),
        message,
    };
    let mut out = Vec::new();
    if bytes.len() > MAX_LOGO_BYTES {
        out.push(problem(format!(
            "{} bytes: a logo is at most {MAX_LOGO_BYTES} bytes (minify it, or take the mark without the wordmark)",
            bytes.len()
        )));
    }
    if file.ends_with(".png") {
        match png_size(bytes) {
            None => out.push(problem("named .png but is not a PNG file".into())),
            Some((w, h)) if w > MAX_PNG_SIDE || h > MAX_PNG_SIDE => out.push(problem(format!(
                "a {w}×{h} PNG: at most {MAX_PNG_SIDE}×{MAX_PNG_SIDE}"
            ))),
            Some(_) => {}
        }
    } else if file.ends_with(".svg") {
        match std::str::from_utf8(bytes) {
            Err(_) => out.push(problem("named .svg but is not UTF-8 text".into())),
            Ok(text) if !text.trim_start().starts_with('<') => {
                out.push(problem("named .svg but is not an SVG file".into()))
            }
            Ok(text) => out.extend(check_svg(file, text)),
        }
    } else {
        out.push(problem("a logo is an .svg or a .png file".into()));
    }
    out
}

/// Every logo of the export, with where it is declared: `(place, logo)`.
pub fn logos(l: &Landscape) -> Vec<(String, &Logo)> {
    let projects = l
        .projects
        .iter()
        .filter_map(|p| Some((format!("project `{}`", p.id), p.logo.as_ref()?)));
    let chains = l
        .chains
        .iter()
        .filter_map(|c| Some((format!("chain `{}`", c.id), c.logo.as_ref()?)));
    projects.chain(chains).collect()
}

/// Checks every logo file of the export, read from `data_dir` (the export's folder):
/// `(place, message)` for each problem, the file located in the message.
pub fn check_logos(l: &Landscape, data_dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (place, logo) in logos(l) {
        for (field, source) in [
            ("logo.source", Some(&logo.source)),
            ("logo.dark_source", logo.dark_source.as_ref()),
        ] {
            let Some(source) = source else { continue };
            if !is_safe_link(source) {
                out.push((
                    place.clone(),
                    format!(
                        "{field}: a logo needs the http(s) URL of the official file it was taken from, not `{}`",
                        source.chars().take(60).collect::<String>()
                    ),
                ));
            } else if let Some((pattern, reason)) = denied(source) {
                out.push((
                    place.clone(),
                    format!("{field}: on the deny-list ({pattern}: {reason}); cite the official file"),
                ));
            }
        }
        for (field, file) in [("logo.file", Some(&logo.file)), ("logo.dark", logo.dark.as_ref())] {
            let Some(file) = file else { continue };
            if !is_logo_path(file) {
                out.push((
                    place.clone(),
                    format!(
                        "{field}: `{}` must be a path under `logos/` ending in .svg or .png",
                        file.chars().take(60).collect::<String>()
                    ),
                ));
                continue;
            }
            match std::fs::read(data_dir.join(file)) {
                Err(e) => out.push((place.clone(), format!("{field}: cannot read `{file}`: {e}"))),
                Ok(bytes) => out.extend(
                    check_file(file, &bytes)
                        .into_iter()
                        .map(|p| (place.clone(), format!("{field}: {}: {}", p.at, p.message))),
                ),
            }
        }
    }
    out
}

/// Logo coverage of the projects or the chains (`own-chain`, a pseudo chain, aside).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    pub with: usize,
    pub total: usize,
    /// The ids without a logo.
    pub without: Vec<String>,
}

impl Coverage {
    fn of<'a>(items: impl Iterator<Item = (&'a str, bool)>) -> Coverage {
        let mut c = Coverage::default();
        for (id, has) in items {
            c.total += 1;
            if has {
                c.with += 1;
            } else {
                c.without.push(id.to_string());
            }
        }
        c
    }
}

/// Logo coverage: the projects, then the chains.
pub fn coverage(l: &Landscape) -> [Coverage; 2] {
    [
        Coverage::of(l.projects.iter().map(|p| (p.id.as_str(), p.logo.is_some()))),
        Coverage::of(
            l.chains
                .iter()
                .filter(|c| c.id != OWN_CHAIN)
                .map(|c| (c.id.as_str(), c.logo.is_some())),
        ),
    ]
}
