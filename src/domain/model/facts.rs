//! The sourced facts a project carries: website, tokens, dated facts, people, funding
//! and figures. Each has a `source` (see [`Source`]) and, for article facts, a `quote`.

use serde::{Deserialize, Serialize};

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

use super::lang::Text;

/// Where a fact comes from: the string `article`, or the URL of a public source.
///
/// Required in the export (the JSON Schema says so, and `validate` names a missing one);
/// only the first-view file the build derives ([`crate::domain::first_view`]) leaves it
/// out, keeping just `article` on a project's chains, the one mark its card shows.
pub type Source = String;

/// The source value for facts taken from the article itself.
pub const SOURCE_ARTICLE: &str = "article";

/// Whether a source is the article (as opposed to research added beyond it).
pub fn is_article(source: &str) -> bool {
    source == SOURCE_ARTICLE
}

/// A website with its source.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Website {
    /// `https:` or `http:` URL.
    pub url: String,
    /// `article` or a URL.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: Source,
    /// The shortest verbatim passage of the source that states the fact: required when
    /// `source` is `article` (it must occur in the article, whitespace aside), optional for
    /// web sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// A logo: a file kept in the repository under `data/logos/`, with the official file it
/// was taken from. The app shows it as an `<img>` (never inlined), and `cargo xtask data
/// check` holds every file to the safety rules (no script, no outside reference, at most
/// 16 KB).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Logo {
    /// The file, relative to `data/`: `logos/akash-network.svg` (SVG, or a PNG of at most
    /// 256×256 where no SVG exists).
    pub file: String,
    /// The URL of the official file it was taken from (the project's repository, brand
    /// kit or docs, or a token-icon package's entry identified by contract address).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: Source,
    /// A second file for the dark theme, for a mark that vanishes on a dark background.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dark: Option<String>,
    /// Where `dark` was taken from, when not from `source`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dark_source: Option<Source>,
}

/// A token with its source.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Token {
    /// Ticker, without `$`.
    pub symbol: String,
    /// `article` or a URL.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: Source,
    /// The shortest verbatim passage of the source that states the fact: required when
    /// `source` is `article` (it must occur in the article, whitespace aside), optional for
    /// web sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Context (points rather than a token, a merger).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Where the token is deployed as a contract (EVM chains, Solana), one entry per chain.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contracts: Vec<Contract>,
}

/// A token's contract on one chain.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Contract {
    /// Chain id (in `chains`, with an `explorer` and an `address_format`).
    pub chain: String,
    /// The address as the source writes it: `0x` and 40 hex digits on an EVM chain (with
    /// its EIP-55 checksum when in mixed case), base58 of 32 to 44 characters on Solana.
    pub address: String,
    /// A URL stating the address (the project's docs, a curated token list, an explorer).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: Source,
    /// The passage of the source that states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// One of the project's own accounts or pages (docs, source code, X...).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// `docs`, `repository`, `x`, `telegram`, `discord`, `whitepaper` or `blog` (see
    /// [`crate::domain::records::LINK_KINDS`]). A string rather than an enum, which costs
    /// the wasm a visitor; `data check` checks it.
    pub kind: String,
    /// `https:` URL.
    pub url: String,
    /// A URL stating that this is the project's own (its site, README or token-list entry).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: Source,
    /// The passage of the source that states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// A sourced value (a technology, a partner, a year...).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// The value.
    pub value: Text,
    /// `article` or a URL.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: Source,
    /// The shortest verbatim passage of the source that states the fact: required when
    /// `source` is `article` (it must occur in the article, whitespace aside), optional for
    /// web sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// A person named in connection with a project.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Full name.
    pub name: String,
    /// Role in the project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Text>,
    /// `article` or a URL.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: Source,
    /// The shortest verbatim passage of the source that states the fact: required when
    /// `source` is `article` (it must occur in the article, whitespace aside), optional for
    /// web sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// A funding round.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
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
    /// When it was announced: `YYYY` or `YYYY-MM`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The investors who led it, when stated (also listed in `investors`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lead_investors: Vec<String>,
    /// Investors named.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub investors: Vec<String>,
    /// `article` or a URL.
    #[serde(default, skip_serializing_if = "String::is_empty")]
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
    /// One line for tables and spreadsheets: `$9.5M (Mind AI), 2024-03 · Polychain, Tribe Capital`
    /// (`?` when the amount is not stated).
    pub fn summary(&self) -> String {
        let mut s = self
            .amount_usd
            .map(crate::domain::text::format_usd)
            .unwrap_or_else(|| "?".into());
        if let Some(r) = &self.recipient {
            s.push_str(&format!(" ({r})"));
        }
        if let Some(d) = &self.date {
            s.push_str(&format!(", {d}"));
        }
        if !self.investors.is_empty() {
            s.push_str(&format!(" · {}", self.investors.join(", ")));
        }
        s
    }
}

/// A labelled figure.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// What is counted.
    pub label: Text,
    /// The figure, as written.
    pub value: Text,
    /// `article` or a URL.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: Source,
    /// The shortest verbatim passage of the source that states the fact: required when
    /// `source` is `article` (it must occur in the article, whitespace aside), optional for
    /// web sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}
