//! The landscape export's data model: what `data/landscape.json` holds.
//!
//! These types are the format contract shared by the app, the validator, the tests and
//! the JSON Schema in `data/landscape.schema.json` (generated from them, see
//! `tests/schema.rs`). Field names are part of the public format: never rename one
//! without keeping the old name as a serde alias.

use serde::{Deserialize, Serialize};

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

mod facts;
mod history;
mod lang;

pub use facts::{
    is_article, Contract, Fact, Figure, Funding, Link, Logo, Person, Source, Token, Website, SOURCE_ARTICLE,
};
pub use history::{Event, EventKind, LastSeen};
pub use lang::{Lang, Text};

/// The whole export.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
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
    /// The date (YYYY-MM-DD) the projects' statuses hold as of: the day their histories
    /// (`events`, `last_seen`) were last researched. A project is active when it shows a
    /// sign of life in the 12 months before it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_as_of: Option<String>,
    /// `true` only in the first-view file `cargo xtask build` derives from the export
    /// (`data/first-view.json`, see [`crate::domain::first_view`]): the same projects in
    /// the same order, with their records and provenance left out and a `search` text in
    /// their place. Never set in `data/landscape.json`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub first_view: bool,
}

/// The source article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
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
    /// Where the original it is translated from can be read (the blog's English post).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_url: Option<String>,
    /// The page that states `url` and `original_url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url_source: Option<String>,
    /// The date (YYYY-MM-DD) it was published: "since the article" starts here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// The page that states `published`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_source: Option<String>,
    /// The blog's versions of the article in its locales, each with the file the export
    /// holds (`data/article/<code>.md`) and the page it was taken from, as `cargo xtask data
    /// import --versions` read them. The projects' `passage` texts come from these.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub versions: Vec<ArticleVersion>,
}

/// One locale's version of the article, as the blog publishes it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ArticleVersion {
    pub lang: Lang,
    /// The copy in this repository, relative to `data/` (`article/ja.md`).
    pub file: String,
    /// Where it was taken from: the file in the blog's repository at a commit.
    pub source: String,
    /// The projects it has a passage for.
    pub covers: usize,
}

/// A category of projects (a section of the article).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
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
    /// The heading of the article's section for this category, if it has one: in each
    /// version of the article that has the section, in that version's own words (`cargo
    /// xtask data import --versions` reads them); a plain string is the Spanish article's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article_heading: Option<Text>,
}

/// A blockchain.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Chain {
    /// Stable id used in URLs (`chain=solana`).
    pub id: String,
    /// Display name.
    pub name: Text,
    /// Its icon, when a citable one exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<Logo>,
    /// How its token addresses are written: `evm` or `solana` (what `data check` holds a
    /// contract on this chain to).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_format: Option<String>,
    /// The block explorer's page for a token, with `{address}` where the address goes:
    /// `https://etherscan.io/token/{address}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explorer: Option<String>,
    /// A page stating that `explorer` is this chain's explorer (the chain's own docs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explorer_source: Option<Source>,
}

/// A project of the landscape.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
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
    /// The project's own accounts and pages (docs, source code, X...), each sourced.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    /// What became of the project, oldest first: renames, mergers, token and chain moves,
    /// launches, shutdowns, each dated and sourced.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
    /// The latest dated, public sign of life found (when no event is as recent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<LastSeen>,
    /// The project's logo, when a citable one exists (else the app shows a monogram).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<Logo>,
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
    /// The article's own passage about the project, in each of the blog's versions that
    /// has one: the words after the project's bold name, as that version writes them
    /// (imported by `cargo xtask data import --versions`, never edited by hand). The details
    /// quote it in the reader's locale beside our summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passage: Option<Text>,
    /// Why a person must check this project before it ships (set by `cargo xtask data
    /// import` on projects it added or no longer finds in the article). `cargo xtask data
    /// check` lists these as notes; the shipped export has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<String>,
    /// Only in the JSON download: the project's status as of `status_as_of`, derived from
    /// its history (`active`, `renamed`, `merged`, `inactive` or `unknown`; see
    /// [`crate::domain::history::status`]). The validator holds it to the derivation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Only in the first-view file: the words of the records left out that search
    /// matches (technologies, partners, awards, consensus, people, investors), one per
    /// line, so that search finds them before the export has arrived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

impl Article {
    /// The address of the article's version in `lang` on the blog: the Spanish `url`, the
    /// English `original_url`, and for the other locales the English one under the locale's
    /// code (`https://cuckoo.network/ko/blog/…`), as Docusaurus serves a site's locales
    /// (the blog's `docusaurus.config.ts`, `url_source`, lists them).
    pub fn url_in(&self, lang: Lang) -> Option<String> {
        match lang {
            Lang::Es => self.url.clone(),
            Lang::En => self.original_url.clone(),
            l => {
                let en = self.original_url.as_deref()?;
                let scheme = en.find("://")? + 3;
                let path = en[scheme..].find('/').map_or(en.len(), |i| scheme + i);
                Some(format!("{}/{}{}", &en[..path], l.code(), &en[path..]))
            }
        }
    }
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
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Relation {
    /// The kind of tie: `publisher` (see [`RELATION_PUBLISHER`]). A string rather than an
    /// enum, which costs the wasm a visitor; the validator checks it.
    pub kind: String,
    /// A URL stating the tie.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: Source,
    /// The passage of the source that states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// A project's chain, with where that fact comes from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ChainRef {
    /// Chain id.
    pub id: String,
    /// `article` or a URL.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: Source,
    /// The shortest verbatim passage of the source that states the fact: required when
    /// `source` is `article` (it must occur in the article, whitespace aside), optional for
    /// web sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Context (the own chain's name, a migration).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// When the project left this chain (YYYY, YYYY-MM or YYYY-MM-DD): a former chain,
    /// shown as such and not counted under the chain's filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
}

impl ChainRef {
    /// Whether the project is still on this chain.
    pub fn is_current(&self) -> bool {
        self.until.is_none()
    }
}

/// The pseudo chain id for "own chain": projects running a chain of their own.
pub const OWN_CHAIN: &str = "own-chain";

impl Landscape {
    /// Whether the texts of `lang` are in this file: always for Spanish and English (every
    /// localized text has them), else when a summary has that locale (a locale's first-view
    /// and records files carry it; the other locales' files do not).
    pub fn has_locale(&self, lang: Lang) -> bool {
        matches!(lang, Lang::Es | Lang::En)
            || self
                .projects
                .iter()
                .any(|p| matches!(&p.summary, Text::Localized(m) if m.contains_key(&lang)))
    }
}
