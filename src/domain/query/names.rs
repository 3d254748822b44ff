//! The names of the URL: its parameters, in the order they are written, and the paths of
//! the static pages. Both are public contracts.

/// Parameter names, in the order they are written.
pub mod param {
    /// `cards` | `map` | `compare` | `stats` | `timeline`.
    pub const VIEW: &str = "view";
    /// Comma-separated category ids.
    pub const CATEGORY: &str = "category";
    /// Comma-separated chain ids (plus `own-chain`, `unknown`).
    pub const CHAIN: &str = "chain";
    /// Comma-separated statuses: `active`, `renamed`, `merged`, `inactive`, `unknown`.
    pub const STATUS: &str = "status";
    /// Comma-separated event kinds the timeline shows (`merged`, `token-migrated`...).
    pub const EVENT: &str = "event";
    /// Search text.
    pub const Q: &str = "q";
    /// `name` | `category` | `chains`.
    pub const SORT: &str = "sort";
    /// Id of the project whose detail panel is open.
    pub const PROJECT: &str = "project";
    /// Comma-separated project ids to compare.
    pub const COMPARE: &str = "compare";
    /// `1`: the comparison shows only the rows where the projects differ.
    pub const DIFF: &str = "diff";
    /// `es` | `en`.
    pub const LANG: &str = "lang";
    /// `light` | `dark`.
    pub const THEME: &str = "theme";
    /// `1` for the embedded variant.
    pub const EMBED: &str = "embed";
    /// Accent colour for embeds: `#rgb` or `#rrggbb` (the `#` may be left out or `%23`).
    pub const ACCENT: &str = "accent";
    /// `transparent` lets an embed show the blog's own background.
    pub const BG: &str = "bg";
}

/// The static pages' paths (a public contract, relative to the public URL):
/// `projects/<id>/`, `categories/<id>/`, `chains/<id>/`, `timeline/` in English, the same
/// under each other locale's code (`es/`, `ja/`, `ar/`, ...; see [`page::prefix`]), and
/// `<code>/` for that locale's home page. Each stands for one state of the explorer.
pub mod page {
    /// A project's page: its details open.
    pub const PROJECTS: &str = "projects";
    /// A category's page: filtered by that category.
    pub const CATEGORIES: &str = "categories";
    /// A chain's page: filtered by that chain (`own-chain` included).
    pub const CHAINS: &str = "chains";
    /// The timeline view's page: every event, newest first (`timeline/`, `es/timeline/`).
    pub const TIMELINE: &str = "timeline";
    /// The prefix of a locale's pages: its code (`es/`, `ja/`, `ar/`); English, the
    /// fallback, has none (its pages are at the root).
    pub fn prefix(lang: crate::domain::model::Lang) -> String {
        match lang {
            crate::domain::model::Lang::En => String::new(),
            l => format!("{}/", l.code()),
        }
    }
}
