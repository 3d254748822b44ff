//! The interface's own words in the blog's 15 locales. The words are in `locales/<code>.json`;
//! leptos_i18n's build tool turns them into the `generated::i18n` module (build.rs), which applies
//! each locale's CLDR plural rules and number format. Data texts come from the export.

use crate::domain::history::Status;
use crate::domain::model::{EventKind, Lang};

/// The static pages' sentences (used by the site generator only, so not in the wasm).
#[cfg(not(target_arch = "wasm32"))]
pub mod site;
mod strings;

use strings::{locale, td_string};
pub use strings::{tr, Strings};

/// Name of a status (the facet's values, the comparison's row).
pub fn status_name(status: Status, lang: Lang) -> &'static str {
    let l = locale(lang);
    match status {
        Status::Active => td_string!(l, status_active),
        Status::Renamed => td_string!(l, status_renamed),
        Status::Merged => td_string!(l, status_merged),
        Status::Inactive => td_string!(l, status_inactive),
        Status::Unknown => td_string!(l, status_unknown),
    }
}

/// Name of an event kind (the timeline's labels, the statistics' summary).
pub fn event_kind_name(kind: EventKind, lang: Lang) -> &'static str {
    let l = locale(lang);
    match kind {
        EventKind::Renamed => td_string!(l, kind_renamed),
        EventKind::Merged => td_string!(l, kind_merged),
        EventKind::Left => td_string!(l, kind_left),
        EventKind::TokenMigrated => td_string!(l, kind_token_migrated),
        EventKind::ChainMoved => td_string!(l, kind_chain_moved),
        EventKind::Mainnet => td_string!(l, kind_mainnet),
        EventKind::TokenLaunch => td_string!(l, kind_token_launch),
        EventKind::Acquired => td_string!(l, kind_acquired),
        EventKind::ShutDown => td_string!(l, kind_shut_down),
        EventKind::Other => td_string!(l, kind_other),
    }
}

/// A former chain's mark: "until 2023".
pub fn former_text(until: &str, lang: Lang) -> String {
    let year = until.get(..4).unwrap_or(until);
    td_string!(locale(lang), former, year)
}

/// A card's status line, without its year: "Now Olas", "Merged into ASI Alliance".
/// `name` is the current name or the other side's display name.
pub fn card_line_text(kind: Option<EventKind>, name: Option<&str>, lang: Lang) -> String {
    let l = locale(lang);
    let name = name.unwrap_or("");
    match (kind, name.is_empty()) {
        (None, _) => td_string!(l, line_now, name),
        (Some(EventKind::Merged), false) => td_string!(l, line_merged, name),
        (Some(EventKind::Left), false) => td_string!(l, line_left, name),
        (Some(EventKind::Acquired), false) => td_string!(l, line_acquired, name),
        (Some(EventKind::TokenMigrated), _) => td_string!(l, line_token_migrated).into(),
        (Some(EventKind::ChainMoved), _) => td_string!(l, line_chain_moved).into(),
        (Some(k), _) => event_kind_name(k, lang).into(),
    }
}

/// "12 of 66 projects", in the locale's plural form for the total and its digits.
pub fn count_line(shown: usize, total: usize, lang: Lang) -> String {
    td_string!(locale(lang), count_line, shown, count = total)
}

/// "Show more (40 remaining)".
pub fn show_more(remaining: usize, lang: Lang) -> String {
    td_string!(locale(lang), show_more, count = remaining)
}

/// "12 projects", in the locale's plural form.
pub fn projects_count(n: usize, lang: Lang) -> String {
    td_string!(locale(lang), stats_projects, count = n)
}

/// The disclosure on the card and in the details of a project the article's publisher
/// runs (a `publisher` relation in the export).
pub fn disclosure(publisher: &str, lang: Lang) -> String {
    td_string!(locale(lang), disclosure, publisher)
}

/// The notice for values a link asked for that the data does not have:
/// "Not found from the link: project “nope”, chain “zzz”".
pub fn not_found_line(missing: &[(&str, String)], lang: Lang) -> String {
    let l = locale(lang);
    let what = |param: &str| match param {
        "project" | "compare" => td_string!(l, missing_project),
        "category" => td_string!(l, missing_category),
        "chain" => td_string!(l, missing_chain),
        _ => td_string!(l, missing_value),
    };
    let items: Vec<String> = missing
        .iter()
        .map(|(p, v)| format!("{} “{}”", what(p), v))
        .collect();
    format!("{}: {}", tr(lang).not_found, items.join(", "))
}
