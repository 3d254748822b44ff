//! What became of a project after (and, where it explains the present, before) the
//! article: dated, sourced events and the latest sign of life found.

use serde::{Deserialize, Serialize};

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

use super::facts::Source;
use super::lang::Text;

/// What kind of change an [`Event`] records. Its JSON value is the kebab-case name
/// (`token-migrated`), which is also the value of the timeline's `event=` filter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// The project took another name (its `now` holds it).
    Renamed,
    /// The project merged into another project or a group (`other_side`).
    Merged,
    /// The project left a group it had merged into (`other_side`).
    Left,
    /// Its token moved to another contract or chain.
    TokenMigrated,
    /// The project itself moved to another chain.
    ChainMoved,
    /// Its mainnet launched.
    Mainnet,
    /// Its token launched.
    TokenLaunch,
    /// Another company bought it (`other_side`).
    Acquired,
    /// It stopped.
    ShutDown,
    /// Anything else worth a reader's knowing.
    #[default]
    Other,
}

impl EventKind {
    /// Every kind, in the order the explorer lists them.
    pub const ALL: [EventKind; 10] = [
        EventKind::Renamed,
        EventKind::Merged,
        EventKind::Left,
        EventKind::Acquired,
        EventKind::ShutDown,
        EventKind::TokenMigrated,
        EventKind::ChainMoved,
        EventKind::Mainnet,
        EventKind::TokenLaunch,
        EventKind::Other,
    ];

    /// The id used in the export and in URLs.
    pub fn id(self) -> &'static str {
        match self {
            EventKind::Renamed => "renamed",
            EventKind::Merged => "merged",
            EventKind::Left => "left",
            EventKind::TokenMigrated => "token-migrated",
            EventKind::ChainMoved => "chain-moved",
            EventKind::Mainnet => "mainnet",
            EventKind::TokenLaunch => "token-launch",
            EventKind::Acquired => "acquired",
            EventKind::ShutDown => "shut-down",
            EventKind::Other => "other",
        }
    }

    /// Parses an id (exact, lowercase); anything else is `None`.
    pub fn parse(s: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.id() == s)
    }

    /// Whether an event of this kind names the other side (a project id or a group).
    pub fn needs_other_side(self) -> bool {
        matches!(self, EventKind::Merged | EventKind::Left | EventKind::Acquired)
    }

    /// Whether the kind changes what a project is (its name, owner, membership, token or
    /// chain, or its life): such an event since the article gives the card its line.
    pub fn is_change(self) -> bool {
        !matches!(
            self,
            EventKind::Mainnet | EventKind::TokenLaunch | EventKind::Other
        )
    }
}

/// A dated event in a project's history.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as the source states it.
    pub date: String,
    /// What kind of change.
    pub kind: EventKind,
    /// One sentence saying what happened.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub text: Text,
    /// For a merger, a leaving or an acquisition: the other side, as a project id of the
    /// export (`fetch-ai`) or the name of a group (`ASI Alliance`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_side: Option<String>,
    /// The URL of a public page that states the event and its date.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: Source,
    /// The passage of the source that states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// The latest dated, public sign of life found for a project: an official post, a
/// release, a commit on its official repository.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LastSeen {
    /// `YYYY-MM-DD`, the page's own date.
    pub date: String,
    /// What it is (`release v1.4`, `blog post`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub what: Option<String>,
    /// Its URL.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: Source,
    /// A passage of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}
