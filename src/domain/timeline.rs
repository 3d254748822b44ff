//! The timeline of events over a filtered list of projects, and its counts per kind:
//! what the timeline view and the statistics' "since the article" summary show.

use super::catalog::Catalog;
use super::history::first_day;
use super::model::EventKind;

/// One entry of the timeline: the project's index in the catalog and the event's index
/// in its `events`.
pub type Entry = (usize, usize);

/// The events of the projects `indices` (a filtered list), newest first, of the kinds
/// `kinds` (event ids; none: every kind). Ties keep the projects' order in `indices`.
pub fn timeline(cat: &Catalog, indices: &[usize], kinds: &[String]) -> Vec<Entry> {
    let mut out: Vec<(Entry, (u16, u8, u8))> = Vec::new();
    for &i in indices {
        for (k, e) in cat.projects()[i].events.iter().enumerate() {
            if kinds.is_empty() || kinds.iter().any(|x| x == e.kind.id()) {
                out.push(((i, k), first_day(&e.date).unwrap_or((0, 0, 0))));
            }
        }
    }
    crate::domain::order::sort_by(&mut out, &|a, b| b.1.cmp(&a.1));
    out.into_iter().map(|(e, _)| e).collect()
}

/// How many events of each kind the projects `indices` had since `since` (the article's
/// publication; every event without it), in [`EventKind::ALL`] order, kinds with none left
/// out: the statistics' "since the article" summary.
pub fn kind_counts(cat: &Catalog, indices: &[usize], since: Option<&str>) -> Vec<(EventKind, usize)> {
    let since = since.and_then(first_day);
    EventKind::ALL
        .into_iter()
        .map(|k| {
            let n = indices
                .iter()
                .flat_map(|&i| &cat.projects()[i].events)
                .filter(|e| e.kind == k && since.is_none_or(|s| first_day(&e.date).is_some_and(|d| d >= s)))
                .count();
            (k, n)
        })
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// Whether an event happened before the article's publication (`published`).
pub fn before_article(date: &str, published: Option<&str>) -> bool {
    match (first_day(date), published.and_then(first_day)) {
        (Some(d), Some(p)) => d < p,
        _ => false,
    }
}
