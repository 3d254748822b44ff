//! What identifies a project at a glance on its card, tile and dialog: a monogram and a
//! hue derived from its name and id (stable across loads and languages), and the content
//! of a card.

use super::catalog::Catalog;
use super::history::{card_line, CardLine};
use super::i18n::{card_line_text, disclosure, former_text};
use super::logo::{chain_logo, LogoSrc};
use super::model::{is_article, Lang, Project};

/// Two capital letters (or one) for a monogram logo: initials of the first two words,
/// else the first two letters.
pub fn monogram(name: &str) -> String {
    let words: Vec<&str> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let out: String = match words.as_slice() {
        [] => String::new(),
        [one] => one.chars().take(2).collect(),
        [a, b, ..] => a.chars().take(1).chain(b.chars().take(1)).collect(),
    };
    crate::domain::text::uppercase(&out)
}

/// A stable hue (0..360) for a project's monogram, from its id (FNV-1a hash).
pub fn hue(id: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in id.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h % 360
}

/// A chain on a card: its id, label, whether the article names it, and its icon.
#[derive(Debug, Clone, PartialEq)]
pub struct ChainBadge {
    pub id: String,
    pub label: String,
    pub article: bool,
    pub logo: Option<LogoSrc>,
    /// For a chain the project has left: "until 2023" (it shows as former, after the
    /// current ones, and does not count under the chain's filter).
    pub former: Option<String>,
}

/// A project's card line (see [`card_line`]) as text, in `lang`: "Now Olas", "Merged
/// into ASI Alliance · 2024". A project id on the other side is shown by its name.
pub fn status_line(cat: &Catalog, p: &Project, lang: Lang) -> Option<String> {
    let line = card_line(p, cat.data().article.published.as_deref())?;
    Some(match line {
        CardLine::Now(name) => card_line_text(None, Some(name.get(lang)), lang),
        CardLine::Change { kind, other, year } => {
            let other = other.map(|o| cat.resolve(o).map_or(o, |x| x.name.as_str()));
            format!("{} · {year}", card_line_text(Some(kind), other, lang))
        }
    })
}

/// Everything a project card shows, in one language, as plain text: what the prerendered
/// first view and the app's card builder both render, so the two cannot drift apart.
#[derive(Debug, Clone, PartialEq)]
pub struct CardContent {
    pub id: String,
    pub hue: u32,
    pub monogram: String,
    /// The logo's images; the monogram stands in where there is none.
    pub logo: Option<LogoSrc>,
    pub name: String,
    pub summary: String,
    /// The locale the summary is in when it is not the card's own: English, the fallback of
    /// a locale the summary has no version in (the card marks it so).
    pub summary_fallback: Option<Lang>,
    /// (category id, label), in the project's order.
    pub categories: Vec<(String, String)>,
    /// The chains, in the project's order.
    pub chains: Vec<ChainBadge>,
    /// The token symbols joined by " · ", if the project has a token.
    pub tokens: Option<String>,
    /// The disclosure, when the article's publisher runs the project.
    pub disclosure: Option<String>,
    /// What became of the project, when it changed: the line and the status's value.
    pub status: Option<(String, &'static str)>,
}

impl CardContent {
    /// The card of the project at `index` of `cat`, in `lang`.
    pub fn new(cat: &Catalog, index: usize, lang: Lang) -> CardContent {
        let p = &cat.projects()[index];
        CardContent {
            id: p.id.clone(),
            hue: hue(&p.id),
            monogram: monogram(&p.name),
            logo: p.logo.as_ref().map(LogoSrc::of),
            name: p.name.clone(),
            summary: p.summary.get(lang).to_string(),
            summary_fallback: p.summary.resolve(lang).1.filter(|l| *l != lang),
            categories: p
                .categories
                .iter()
                .map(|c| (c.clone(), cat.category_label(c, lang)))
                .collect(),
            // The chains it is on now, then the ones it has left.
            chains: p
                .chains
                .iter()
                .filter(|c| c.is_current())
                .chain(p.chains.iter().filter(|c| !c.is_current()))
                .map(|c| ChainBadge {
                    id: c.id.clone(),
                    label: cat.chain_label(&c.id, lang),
                    article: is_article(&c.source),
                    logo: chain_logo(cat, &c.id),
                    former: c.until.as_ref().map(|u| former_text(u, lang)),
                })
                .collect(),
            tokens: (!p.tokens.is_empty()).then(|| {
                p.tokens
                    .iter()
                    .map(|t| t.symbol.as_str())
                    .collect::<Vec<_>>()
                    .join(" · ")
            }),
            disclosure: p
                .is_publishers()
                .then(|| disclosure(&cat.data().article.publisher, lang)),
            status: status_line(cat, p, lang).map(|l| (l, cat.status(index).code())),
        }
    }

    /// The card's `style` attribute: its monogram hue.
    pub fn style(&self) -> String {
        format!("--hue:{}", self.hue)
    }

    /// The id of the button that opens the project's dialog (focus returns to it).
    pub fn open_id(&self) -> String {
        format!("open-{}", self.id)
    }
}

/// The compare toggle's mark: a tick when the project is picked.
pub fn compare_mark(picked: bool) -> &'static str {
    if picked {
        "✓ "
    } else {
        "+ "
    }
}
