//! What became of each project since the article: its status, derived from its dated
//! events and its latest sign of life, and the one line its card says about it.
//!
//! The status is never stored: the export holds the evidence (`events`, `last_seen`,
//! `status_as_of`), and this module reads it the same way for the export and for the
//! first-view file, which keeps just the events that decide a status or a card's line.

use super::model::{EventKind, Landscape, Project, Text};

/// What a project is now, as of the export's `status_as_of`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// A dated, public sign of life in the 12 months before `status_as_of`.
    Active,
    /// Renamed since the article (or known under a new name now).
    Renamed,
    /// Merged into another project or group (and not left it again), or acquired.
    Merged,
    /// Shut down.
    Inactive,
    /// None of the above can be told from the sources found.
    #[default]
    Unknown,
}

impl Status {
    /// Every status, in the order the facet lists them.
    pub const ALL: [Status; 5] = [
        Status::Active,
        Status::Renamed,
        Status::Merged,
        Status::Inactive,
        Status::Unknown,
    ];

    /// Its place in [`Status::ALL`] (the declaration order), for per-status arrays.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The URL value (`status=merged`): a public contract like `chain=`.
    pub fn code(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Renamed => "renamed",
            Status::Merged => "merged",
            Status::Inactive => "inactive",
            Status::Unknown => "unknown",
        }
    }

    /// Parses a URL value (any case); unknown values are `None`.
    pub fn parse(s: &str) -> Option<Status> {
        let s = s.trim().to_ascii_lowercase();
        Status::ALL.into_iter().find(|v| v.code() == s)
    }
}

/// A date as the sources give it: a year, a month or a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year.
    pub year: u16,
    /// Month 1-12, when stated.
    pub month: Option<u8>,
    /// Day of the month, when stated.
    pub day: Option<u8>,
}

impl Date {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real calendar day); anything else is
    /// `None`.
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let num = |p: &str, len: usize| {
            (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse::<u16>().ok())
                .flatten()
        };
        let year = num(parts.next()?, 4)?;
        let month = match parts.next() {
            None => None,
            Some(m) => Some(num(m, 2).filter(|m| (1..=12).contains(m))? as u8),
        };
        let day = match parts.next() {
            None => None,
            Some(d) => {
                let d = num(d, 2)? as u8;
                let m = month?;
                let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                let max = match m {
                    2 if leap => 29,
                    2 => 28,
                    4 | 6 | 9 | 11 => 30,
                    _ => 31,
                };
                if d == 0 || d > max {
                    return None;
                }
                Some(d)
            }
        };
        if parts.next().is_some() || year < 1900 {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// The first day the date can mean, as `(year, month, day)`: what ordering and the
    /// 12-month window compare (a bare `2025` counts from 1 January, never later than the
    /// source says).
    pub fn first_day(self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day the date can mean: whether a date can lie in the future.
    pub fn last_day(self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(12), self.day.unwrap_or(31))
    }

    /// The same calendar day `months` months earlier (clamped to the 28th).
    fn months_before(day: (u16, u8, u8), months: u16) -> (u16, u8, u8) {
        let (y, m, d) = day;
        let total = y as i32 * 12 + (m as i32 - 1) - months as i32;
        ((total / 12) as u16, (total % 12 + 1) as u8, d.min(28))
    }
}

/// How far back a sign of life makes a project active.
pub const ACTIVE_MONTHS: u16 = 12;

/// The first day a date string can mean, when it is a date.
pub fn first_day(s: &str) -> Option<(u16, u8, u8)> {
    Date::parse(s).map(Date::first_day)
}

/// The group or project a project is merged into now (after its last `left`), if any.
pub fn merged_into(p: &Project) -> Option<(&str, &str)> {
    let mut into: Option<(&str, &str)> = None;
    for e in &p.events {
        match e.kind {
            EventKind::Merged | EventKind::Acquired => {
                into = e.other_side.as_deref().map(|o| (o, e.date.as_str()));
            }
            EventKind::Left => into = None,
            _ => {}
        }
    }
    into
}

/// The project's status as of `as_of` (`YYYY-MM-DD`; `None` makes no project active).
/// In order: shut down is inactive; merged (or acquired) and not left again is merged;
/// renamed (an event, or a current name in `now`) is renamed; a sign of life (an event
/// or `last_seen`) in the [`ACTIVE_MONTHS`] before `as_of` is active; else not known.
pub fn status(p: &Project, as_of: Option<&str>) -> Status {
    if p.events.iter().any(|e| e.kind == EventKind::ShutDown) {
        return Status::Inactive;
    }
    if merged_into(p).is_some() {
        return Status::Merged;
    }
    if p.now.is_some() || p.events.iter().any(|e| e.kind == EventKind::Renamed) {
        return Status::Renamed;
    }
    let Some(as_of) = as_of.and_then(first_day) else {
        return Status::Unknown;
    };
    let from = Date::months_before(as_of, ACTIVE_MONTHS);
    let signs = p
        .events
        .iter()
        .map(|e| e.date.as_str())
        .chain(p.last_seen.as_ref().map(|l| l.date.as_str()));
    if signs.filter_map(first_day).any(|d| d >= from && d <= as_of) {
        Status::Active
    } else {
        Status::Unknown
    }
}

/// Every project's status in the export (or first-view file), in project order.
pub fn statuses(l: &Landscape) -> Vec<Status> {
    l.projects
        .iter()
        .map(|p| status(p, l.status_as_of.as_deref()))
        .collect()
}

/// What a card says about a project's change, when it changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardLine<'a> {
    /// Known under another name now: "Now Olas".
    Now(&'a Text),
    /// A change: "Merged into ASI Alliance · 2024". `other` is a project id or a group
    /// name, `year` the event's year.
    Change {
        /// The kind of change.
        kind: EventKind,
        /// The other side, for a merger, a leaving or an acquisition.
        other: Option<&'a str>,
        /// The year it happened.
        year: &'a str,
    },
}

/// The line a project's card shows, or `None` where nothing changed (or nothing is
/// known), so the grid stays quiet: a standing merger first, then a shutdown, then the
/// latest change since the article (`published`), then the current name.
pub fn card_line<'a>(p: &'a Project, published: Option<&str>) -> Option<CardLine<'a>> {
    let year = |d: &'a str| d.get(..4).unwrap_or(d);
    if let Some((other, date)) = merged_into(p) {
        let kind = p
            .events
            .iter()
            .rev()
            .find(|e| matches!(e.kind, EventKind::Merged | EventKind::Acquired))
            .map_or(EventKind::Merged, |e| e.kind);
        return Some(CardLine::Change {
            kind,
            other: Some(other),
            year: year(date),
        });
    }
    if let Some(e) = p.events.iter().rev().find(|e| e.kind == EventKind::ShutDown) {
        return Some(CardLine::Change {
            kind: e.kind,
            other: None,
            year: year(&e.date),
        });
    }
    let since = published.and_then(first_day);
    let latest = p.events.iter().rev().find(|e| {
        e.kind.is_change()
            && e.kind != EventKind::Renamed
            && since.is_none_or(|s| first_day(&e.date).is_some_and(|d| d >= s))
    });
    if let Some(e) = latest {
        return Some(CardLine::Change {
            kind: e.kind,
            other: e.other_side.as_deref(),
            year: year(&e.date),
        });
    }
    p.now.as_ref().map(|n| CardLine::Now(&n.value))
}
