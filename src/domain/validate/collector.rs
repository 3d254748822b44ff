//! What the validator's rules share: the problem collector (at most [`MAX_PROBLEMS`]
//! listed) and the checks of a source and a text.

use super::links::is_safe_link;
use crate::domain::data_error::Problem;
use crate::domain::model::{is_article, Text};

/// The longest text accepted (summaries, notes), in characters.
pub const MAX_TEXT_CHARS: usize = 2_000;
/// At most this many problems are reported; the rest are counted.
pub const MAX_PROBLEMS: usize = 25;

pub(super) struct Collector {
    pub(super) problems: Vec<Problem>,
    pub(super) more: usize,
    /// Checking the first-view file, where sources are left out.
    pub(super) first_view: bool,
}

impl Collector {
    pub(super) fn push(&mut self, place: impl Into<String>, message: impl Into<String>) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(Problem {
                place: place.into(),
                message: message.into(),
            });
        } else {
            self.more += 1;
        }
    }
}

pub(super) fn check_source(c: &mut Collector, place: &str, field: &str, source: &str) {
    if source.is_empty() {
        // serde reads a missing source as empty: only the first-view file may leave it out.
        if !c.first_view {
            c.push(place, format!("missing field `{field}`"));
        }
    } else if !is_article(source) && !is_safe_link(source) {
        c.push(
            place,
            format!(
                "field `{field}`: source must be `article` or an http(s) URL, not `{}`",
                clip(source)
            ),
        );
    }
}

pub(super) fn check_text(c: &mut Collector, place: &str, field: &str, text: &Text) {
    for t in text.all() {
        if t.trim().is_empty() {
            c.push(place, format!("field `{field}` is empty"));
            return;
        }
        if t.chars().count() > MAX_TEXT_CHARS {
            c.push(
                place,
                format!("field `{field}` is longer than {MAX_TEXT_CHARS} characters"),
            );
            return;
        }
    }
}

pub(super) fn clip(s: &str) -> String {
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s.to_string()
    }
}
