//! The landscape export's data model: what `data/landscape.json` holds.
//!
//! These types are the format contract shared by the app, the validator, the tests and
//! the JSON Schema in `data/landscape.schema.json` (generated from them, see
//! `tests/schema.rs`). Field names are part of the public format: never rename one
//! without keeping the old name as a serde alias.

use serde::{Deserialize, Serialize};

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

/// The language of a text: the article is Spanish, the UI is bilingual.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Spanish, the article's language.
    Es,
    /// English.
    #[default]
    En,
}

impl Lang {
    /// The BCP 47 tag, as used in `lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Es => "es",
            Lang::En => "en",
        }
    }

    /// Parses `es` / `en` (any case); anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "es" => Some(Lang::Es),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Maps a browser language (`navigator.language`) to a UI language: `es*` is Spanish,
    /// everything else English.
    pub fn from_browser(tag: &str) -> Lang {
        if tag.trim().to_ascii_lowercase().starts_with("es") {
            Lang::Es
        } else {
            Lang::En
        }
    }
}

/// A text that is either the same in every language (names, tickers, figures) or given
/// in Spanish and English.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(untagged)]
pub enum Text {
    /// The same text in every language.
    Plain(String),
    /// One text per language.
    Localized {
        /// Spanish.
        es: String,
        /// English.
        en: String,
    },
}

// Read by a small visitor rather than derived with `#[serde(untagged)]`, which buffers every
// value and tries each variant in turn: exports hold thousands of texts, this is the hot
// path of loading one, and the error can say what a text may be. (`untagged` stays above
// for serialising and for the JSON Schema.)
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        struct TextVisitor;

        /// The object form, with its own field checks and messages.
        #[derive(Deserialize)]
        struct Localized {
            es: String,
            en: String,
        }

        impl<'de> serde::de::Visitor<'de> for TextVisitor {
            type Value = Text;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(r#"a text: a string, or an object with "es" and "en" strings"#)
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::Plain(v.to_owned()))
            }

            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text::Plain(v))
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Text, A::Error> {
                let l = Localized::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(Text::Localized { es: l.es, en: l.en })
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Text::Plain(s) => s,
            Text::Localized { es, en } => match lang {
                Lang::Es => es,
                Lang::En => en,
            },
        }
    }

    /// Every language's version (one for plain text), for search and validation.
    pub fn all(&self) -> Vec<&str> {
        match self {
            Text::Plain(s) => vec![s.as_str()],
            Text::Localized { es, en } => vec![es.as_str(), en.as_str()],
        }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Plain(s.to_owned())
    }
}

/// Where a fact comes from: the string `article`, or the URL of a public source.
pub type Source = String;

/// The source value for facts taken from the article itself.
pub const SOURCE_ARTICLE: &str = "article";

/// Whether a source is the article (as opposed to research added beyond it).
pub fn is_article(source: &str) -> bool {
    source == SOURCE_ARTICLE
}

/// The whole export.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Landscape {
    /// Version of this format; currently 1.
    pub format_version: u32,
    /// Date (YYYY-MM-DD) this export was last updated.
    pub updated: String,
    /// The article the landscape is drawn from.
    pub article: Article,
    /// Categories and sub-categories (a sub-category names its `parent`).
    pub categories: Vec<Category>,
    /// Chains projects run on, plus `own-chain` for projects with a chain of their own.
    pub chains: Vec<Chain>,
    /// The projects.
    pub projects: Vec<Project>,
}

/// The source article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// Title, in the article's language.
    pub title: String,
    /// The article's language (`es`).
    pub language: String,
    /// Who published it.
    pub publisher: String,
    /// The author's name or handle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Where it can be read, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A category of projects (a section of the article).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// Stable id used in URLs (`category=compute`).
    pub id: String,
    /// For a sub-category, the id of its parent category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// Display order (ascending).
    pub order: u32,
    /// Display name.
    pub name: Text,
    /// One-line description.
    pub description: Text,
    /// The heading of the article's section for this category, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article_heading: Option<String>,
}

/// A blockchain.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Chain {
    /// Stable id used in URLs (`chain=solana`).
    pub id: String,
    /// Display name.
    pub name: Text,
}

/// A project of the landscape.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Stable id: the lowercase ASCII slug of the name. Used in URLs and `data-project`.
    pub id: String,
    /// Display name, as the article spells it.
    pub name: String,
    /// Other spellings (the article's, former names). Their slugs work as ids in URLs.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Category ids.
    pub categories: Vec<String>,
    /// One-sentence summary.
    pub summary: Text,
    /// Chains, each with its source. Empty when nothing reliable is known.
    #[serde(default)]
    pub chains: Vec<ChainRef>,
    /// The project's current name, when it has been renamed since the article (the
    /// article's `name` stays): "now Olas".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub now: Option<Fact>,
    /// Official website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<Website>,
    /// Tokens (or points) the project issues.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tokens: Vec<Token>,
    /// Year founded or launched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub founded: Option<Fact>,
    /// Consensus mechanism.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consensus: Option<Fact>,
    /// Technologies used or built.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub technologies: Vec<Fact>,
    /// People named.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
    /// Funding rounds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub funding: Vec<Funding>,
    /// Partners, clients, backers and programmes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<Fact>,
    /// Awards.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub awards: Vec<Fact>,
    /// Other figures (users, addresses, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    /// Ties between the project and the article (its publisher runs it...), each sourced.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<Relation>,
    /// Why a person must check this project before it ships (set by `cargo xtask data
    /// import` on projects it added or no longer finds in the article). `cargo xtask data
    /// check` lists these as notes; the shipped export has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<String>,
}

impl Project {
    /// Whether the article's publisher runs this project (the explorer discloses it).
    pub fn is_publishers(&self) -> bool {
        self.relations.iter().any(|r| r.kind == RELATION_PUBLISHER)
    }
}

/// The relation kind "the article's publisher (`article.publisher`) runs the project": an
/// interest the explorer discloses on its card and in its details. The only kind so far.
pub const RELATION_PUBLISHER: &str = "publisher";

/// A sourced tie between a project and the article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Relation {
    /// The kind of tie: `publisher` (see [`RELATION_PUBLISHER`]). A string rather than an
    /// enum, which costs the wasm a visitor; the validator checks it.
    pub kind: String,
    /// A URL stating the tie.
    pub source: Source,
    /// The passage of the source that states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// A project's chain, with where that fact comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ChainRef {
    /// Chain id.
    pub id: String,
    /// `article` or a URL.
    pub source: Source,
    /// The shortest verbatim passage of the source that states the fact: required when
    /// `source` is `article` (it must occur in the article, whitespace aside), optional for
    /// web sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Context (the own chain's name, a migration).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// A website with its source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Website {
    /// `https:` or `http:` URL.
    pub url: String,
    /// `article` or a URL.
    pub source: Source,
    /// The shortest verbatim passage of the source that states the fact: required when
    /// `source` is `article` (it must occur in the article, whitespace aside), optional for
    /// web sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// A token with its source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Token {
    /// Ticker, without `$`.
    pub symbol: String,
    /// `article` or a URL.
    pub source: Source,
    /// The shortest verbatim passage of the source that states the fact: required when
    /// `source` is `article` (it must occur in the article, whitespace aside), optional for
    /// web sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Context (points rather than a token, a merger).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// A sourced value (a technology, a partner, a year...).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// The value.
    pub value: Text,
    /// `article` or a URL.
    pub source: Source,
    /// The shortest verbatim passage of the source that states the fact: required when
    /// `source` is `article` (it must occur in the article, whitespace aside), optional for
    /// web sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// A person named in connection with a project.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Full name.
    pub name: String,
    /// Role in the project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Text>,
    /// `article` or a URL.
    pub source: Source,
    /// The shortest verbatim passage of the source that states the fact: required when
    /// `source` is `article` (it must occur in the article, whitespace aside), optional for
    /// web sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// A funding round.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Funding {
    /// Amount in US dollars, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_usd: Option<u64>,
    /// Who received it, when not the project itself (a partner or parent company).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
    /// Kind of round.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round: Option<Text>,
    /// Investors named.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub investors: Vec<String>,
    /// `article` or a URL.
    pub source: Source,
    /// The shortest verbatim passage of the source that states the fact: required when
    /// `source` is `article` (it must occur in the article, whitespace aside), optional for
    /// web sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

impl Funding {
    /// One line for tables and spreadsheets: `$9.5M (Mind AI) · Polychain, Tribe Capital`
    /// (`?` when the amount is not stated).
    pub fn summary(&self) -> String {
        let mut s = self
            .amount_usd
            .map(super::text::format_usd)
            .unwrap_or_else(|| "?".into());
        if let Some(r) = &self.recipient {
            s.push_str(&format!(" ({r})"));
        }
        if !self.investors.is_empty() {
            s.push_str(&format!(" · {}", self.investors.join(", ")));
        }
        s
    }
}

/// A labelled figure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// What is counted.
    pub label: Text,
    /// The figure, as written.
    pub value: Text,
    /// `article` or a URL.
    pub source: Source,
    /// The shortest verbatim passage of the source that states the fact: required when
    /// `source` is `article` (it must occur in the article, whitespace aside), optional for
    /// web sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// The pseudo chain id for "own chain": projects running a chain of their own.
pub const OWN_CHAIN: &str = "own-chain";
