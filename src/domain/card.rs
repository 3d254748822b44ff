//! What identifies a project at a glance on its card, tile and dialog: a monogram and a
//! hue derived from its name and id (stable across loads and languages), and the content
//! of a card.

use super::catalog::Catalog;
use super::i18n::disclosure;
use super::logo::{chain_logo, LogoSrc};
use super::model::{is_article, Lang};

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
    /// (category id, label), in the project's order.
    pub categories: Vec<(String, String)>,
    /// The chains, in the project's order.
    pub chains: Vec<ChainBadge>,
    /// The token symbols joined by " · ", if the project has a token.
    pub tokens: Option<String>,
    /// The disclosure, when the article's publisher runs the project.
    pub disclosure: Option<String>,
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
            categories: p
                .categories
                .iter()
                .map(|c| (c.clone(), cat.category_label(c, lang)))
                .collect(),
            chains: p
                .chains
                .iter()
                .map(|c| ChainBadge {
                    id: c.id.clone(),
                    label: cat.chain_label(&c.id, lang),
                    article: is_article(&c.source),
                    logo: chain_logo(cat, &c.id),
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
