//! The rules of a project's history (`events`, `last_seen`, former chains' `until`, a
//! download's `status`), each problem located by project and field.

use std::collections::HashSet;

use super::collector::{check_source, check_text, clip, Collector};
use crate::domain::history::Date;
use crate::domain::model::{is_article, EventKind, Project};
use crate::domain::text::is_slug;

/// Reads a history date: a located problem when it is not a date or lies after `today`.
fn check_date(
    c: &mut Collector,
    place: &str,
    field: &str,
    date: &str,
    today: Option<(u16, u8, u8)>,
    full: bool,
) -> Option<Date> {
    match Date::parse(date) {
        Some(d) if full && d.day.is_none() => {
            c.push(
                place,
                format!(
                    "field `{field}`: `{}` is not a full date (YYYY-MM-DD)",
                    clip(date)
                ),
            );
            None
        }
        Some(d) if today.is_some_and(|t| d.first_day() > t) => {
            c.push(
                place,
                format!("field `{field}`: `{}` is in the future", clip(date)),
            );
            None
        }
        Some(d) => Some(d),
        None => {
            c.push(
                place,
                format!(
                    "field `{field}`: `{}` is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                    clip(date)
                ),
            );
            None
        }
    }
}

/// The rules of a project's history: real dates, none in the future, oldest first; a
/// merger, a leaving or an acquisition names its other side (a project of the export when
/// written as an id); every event has a text, a source and a quote; a rename has its
/// new name in `now`; a former chain's `until` is a date.
pub(super) fn check_history(
    c: &mut Collector,
    p: &Project,
    today: Option<(u16, u8, u8)>,
    today_as_of: Option<&str>,
    ids: &HashSet<&str>,
) {
    let place = format!("project `{}`", clip(&p.id));
    let mut previous: Option<((u16, u8, u8), &str)> = None;
    for (i, e) in p.events.iter().enumerate() {
        let field = format!("events[{i}]");
        if let Some(d) = check_date(c, &place, &format!("{field}.date"), &e.date, today, false) {
            if let Some((_, text)) = previous.filter(|(before, _)| d.first_day() < *before) {
                c.push(
                    &place,
                    format!(
                        "field `{field}.date`: `{}` comes before the previous event's `{text}` (events go oldest first)",
                        clip(&e.date)
                    ),
                );
            }
            previous = Some((d.first_day(), &e.date));
        }
        match e.other_side.as_deref().map(str::trim) {
            None | Some("") if e.kind.needs_other_side() => c.push(
                &place,
                format!(
                    "field `{field}.other_side` is missing: a `{}` event names the other side",
                    e.kind.id()
                ),
            ),
            Some(o) if is_slug(o) && !ids.contains(o) => c.push(
                &place,
                format!(
                    "field `{field}.other_side`: unknown project `{}` (a group is written by its name)",
                    clip(o)
                ),
            ),
            _ => {}
        }
        if !c.first_view {
            check_text(c, &place, &format!("{field}.text"), &e.text);
            if e.quote.as_deref().is_none_or(|q| q.trim().is_empty()) {
                c.push(&place, format!("missing field `{field}.quote`"));
            }
        }
        check_source(c, &place, &format!("{field}.source"), &e.source);
        if is_article(&e.source) {
            c.push(
                &place,
                format!("field `{field}.source`: an event after the article has a web source"),
            );
        }
        if e.kind == EventKind::Renamed && p.now.is_none() {
            c.push(
                &place,
                format!("field `{field}`: a rename needs the new name in `now`"),
            );
        }
    }
    if let Some(stated) = &p.status {
        let derived = crate::domain::history::status(p, today_as_of);
        if stated != derived.code() {
            c.push(
                &place,
                format!(
                    "field `status`: `{}` is not the status its history gives (`{}`)",
                    clip(stated),
                    derived.code()
                ),
            );
        }
    }
    if let Some(seen) = &p.last_seen {
        check_date(c, &place, "last_seen.date", &seen.date, today, !c.first_view);
        check_source(c, &place, "last_seen.source", &seen.source);
    }
    for (i, chain) in p.chains.iter().enumerate() {
        if let Some(until) = &chain.until {
            check_date(c, &place, &format!("chains[{i}].until"), until, today, false);
        }
    }
}
