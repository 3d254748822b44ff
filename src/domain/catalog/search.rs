//! The search text matched against the projects, and the memory of the last searches that
//! keeps a keystroke from scanning the whole export: a key typed narrows the search before
//! it (only that search's hits are looked at again), and a key deleted usually goes back to
//! a search made a moment ago (its hits are reused).

use super::index::Catalog;
use crate::domain::text::fold;

/// Which projects match the search text, computed once per text and shared by the result
/// list and the facet counts. No hits when the text has no words (everything matches).
///
/// Two are equal when they match the same projects, whatever words found them: "gp" and
/// "gpu" that find the same projects change nothing downstream.
#[derive(Clone, Debug, Default)]
pub struct TextHits {
    /// The folded words searched for.
    words: Vec<String>,
    /// Per project, whether it holds every word; `None` when there are no words.
    hits: Option<Vec<bool>>,
}

impl PartialEq for TextHits {
    fn eq(&self, other: &TextHits) -> bool {
        self.hits == other.hits
    }
}

impl Eq for TextHits {}

impl TextHits {
    /// Whether project `i` matches.
    pub(super) fn get(&self, i: usize) -> bool {
        self.hits.as_ref().is_none_or(|h| h[i])
    }
}

impl Catalog {
    /// Which projects contain every folded word of `q`.
    pub fn text_hits(&self, q: &str) -> TextHits {
        self.hits_within(search_words(q), None)
    }

    /// The projects holding every one of `words`, looking only at those of `base` (a search
    /// that every project holding `words` also matches), or at all of them.
    fn hits_within(&self, words: Vec<String>, base: Option<&TextHits>) -> TextHits {
        if words.is_empty() {
            return TextHits { words, hits: None };
        }
        let hits = self
            .search_text
            .iter()
            .enumerate()
            .map(|(i, text)| base.is_none_or(|b| b.get(i)) && words.iter().all(|w| text.contains(w.as_str())))
            .collect();
        TextHits {
            words,
            hits: Some(hits),
        }
    }
}

/// Folded words of a search text.
pub fn search_words(q: &str) -> Vec<String> {
    fold(q).split_whitespace().map(str::to_owned).collect()
}

/// Whether a project holding every word of `narrower` is sure to match `wider`: each word
/// of `wider` is part of a word of `narrower` ("gpu" narrows "gp"; "compute g" narrows
/// "compute").
fn narrows(narrower: &[String], wider: &[String]) -> bool {
    wider
        .iter()
        .all(|w| narrower.iter().any(|n| n.contains(w.as_str())))
}

/// The hits of the last few searches, most recent last.
#[derive(Default)]
pub struct SearchMemory {
    recent: Vec<TextHits>,
}

impl SearchMemory {
    /// How many searches are remembered: more than a word is long, so deleting a word
    /// back to the start reuses every search typed on the way.
    pub const KEEP: usize = 24;

    /// The hits of `q`: a remembered search of the same words, else a scan of the hits of
    /// the latest remembered search that `q` narrows (of the whole export when none).
    /// Always what [`Catalog::text_hits`] gives.
    pub fn hits(&mut self, cat: &Catalog, q: &str) -> TextHits {
        let words = search_words(q);
        let hits = match self.recent.iter().position(|h| h.words == words) {
            Some(at) => self.recent.remove(at),
            None => {
                let base = self.recent.iter().rev().find(|h| narrows(&words, &h.words));
                cat.hits_within(words, base)
            }
        };
        if self.recent.len() == Self::KEEP {
            self.recent.remove(0);
        }
        self.recent.push(hits.clone());
        hits
    }
}
