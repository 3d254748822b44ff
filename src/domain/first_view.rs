//! The first-view file: what the explorer's first view reads, derived from the export by
//! `cargo xtask build` and never edited by hand.
//!
//! It is the export's own format ([`Landscape`], read by the same serde model and the same
//! validator), with `first_view: true`, the same categories and the same projects in the
//! same order, and only what the cards, filters, counts, map and search read:
//! - kept: ids, names, aliases, categories, summaries, chain ids (with `source: article`
//!   where the article names the chain, the one mark a card shows), logos' files, token
//!   symbols, the current name (`now`), the kind of each relation (the card's
//!   disclosure), and of the history what statuses and card lines read: the change
//!   events' dates, kinds and other sides, and the latest sign of life's date;
//! - left out: the records (website, links, contracts, founding, consensus, technologies,
//!   people, funding, partners, awards, figures) and every source, quote and note;
//! - added: each project's `search`, the records' words that search matches
//!   ([`record_search_words`]), so search finds a person or a technology before the
//!   export has arrived.
//!
//! The app starts from it and fetches the export itself when a view needs a record.

use super::catalog::record_search_words;
use super::data_error::{DataError, Problem};
use super::history::first_day;
use super::model::Lang;
use super::model::{
    is_article, Article, Chain, ChainRef, Event, Fact, Landscape, LastSeen, Logo, Project, Relation, Token,
    SOURCE_ARTICLE,
};
use super::paths::{DATA_PATH, FIRST_VIEW_PATH};

/// The first-view file's content for an export.
pub fn derive(l: &Landscape) -> Landscape {
    Landscape {
        format_version: l.format_version,
        updated: l.updated.clone(),
        article: Article {
            url_source: None,
            published_source: None,
            // The versions' provenance goes with the passages, in the records.
            versions: Vec::new(),
            ..l.article.clone()
        },
        categories: l.categories.clone(),
        chains: l.chains.iter().map(chain).collect(),
        projects: l.projects.iter().map(project).collect(),
        status_as_of: l.status_as_of.clone(),
        first_view: true,
    }
}

fn logo(l: &Logo) -> Logo {
    Logo {
        file: l.file.clone(),
        dark: l.dark.clone(),
        ..Logo::default()
    }
}

fn chain(c: &Chain) -> Chain {
    Chain {
        id: c.id.clone(),
        name: c.name.clone(),
        logo: c.logo.as_ref().map(logo),
        ..Chain::default()
    }
}

fn project(p: &Project) -> Project {
    let words = record_search_words(p);
    Project {
        id: p.id.clone(),
        name: p.name.clone(),
        aliases: p.aliases.clone(),
        categories: p.categories.clone(),
        summary: p.summary.clone(),
        chains: p
            .chains
            .iter()
            .map(|c| ChainRef {
                id: c.id.clone(),
                until: c.until.clone(),
                source: if is_article(&c.source) {
                    SOURCE_ARTICLE.into()
                } else {
                    String::new()
                },
                ..ChainRef::default()
            })
            .collect(),
        now: p.now.as_ref().map(|n| Fact {
            value: n.value.clone(),
            ..Fact::default()
        }),
        logo: p.logo.as_ref().map(logo),
        // What a status and a card's line are read from, and nothing more: the changes
        // (renames, mergers, leavings, moves, shutdowns) with their date, kind and other
        // side, and the latest sign of life as one date. The other events, the texts and
        // the sources wait for the export, with the views that show them.
        events: p
            .events
            .iter()
            .filter(|e| e.kind.is_change())
            .map(|e| Event {
                date: e.date.clone(),
                kind: e.kind,
                other_side: e.other_side.clone(),
                ..Event::default()
            })
            .collect(),
        last_seen: latest_sign(p).map(|date| LastSeen {
            date: date.to_string(),
            ..LastSeen::default()
        }),
        tokens: p
            .tokens
            .iter()
            .map(|t| Token {
                symbol: t.symbol.clone(),
                ..Token::default()
            })
            .collect(),
        relations: p
            .relations
            .iter()
            .map(|r| Relation {
                kind: r.kind.clone(),
                ..Relation::default()
            })
            .collect(),
        search: (!words.is_empty()).then(|| words.join("\n")),
        ..Project::default()
    }
}

/// The project's latest sign of life: the event or `last_seen` whose date begins last
/// (what [`crate::domain::history::status`] holds against its 12 months).
fn latest_sign(p: &Project) -> Option<&str> {
    p.events
        .iter()
        .map(|e| e.date.as_str())
        .chain(p.last_seen.as_ref().map(|l| l.date.as_str()))
        .filter_map(|d| first_day(d).map(|k| (k, d)))
        .max_by_key(|(k, _)| *k)
        .map(|(_, d)| d)
}

/// The first-view file for readers of `lang` (see [`super::paths::first_view_path`]):
/// [`derive`]'s content with every text cut to the versions that reader can see, their own
/// locale and the English fallback (and Spanish, which a text of the format always has).
/// The cut comes first, so that the search words the file carries for the records are in
/// those locales too.
pub fn derive_for(l: &Landscape, lang: Lang) -> Result<Landscape, String> {
    Ok(derive(&records_for(l, lang)?))
}

/// The export cut to the locales a reader of `lang` reads (see
/// [`super::paths::records_path`]): the same records, every text with `lang`'s version, the
/// English fallback and the Spanish only.
pub fn records_for(l: &Landscape, lang: Lang) -> Result<Landscape, String> {
    let mut value = serde_json::to_value(l).map_err(|e| e.to_string())?;
    super::locales::keep_locale(&mut value, lang);
    serde_json::from_value(value).map_err(|e| e.to_string())
}

/// Whether `full` is the export `first` was derived from, as far as the first view can
/// tell: the same projects, by id, in the same order (the app keeps its cards, filters
/// and search, and takes the records from `full`). A stale copy of either file (a cache)
/// fails here, with the first difference named.
pub fn matches(first: &Landscape, full: &Landscape) -> Result<(), DataError> {
    let differ = |message: String| DataError::Invalid {
        file: DATA_PATH.into(),
        problems: vec![Problem {
            place: "projects".into(),
            message: format!(
                "{message}: the page's {FIRST_VIEW_PATH} is from another export; reload the page"
            ),
        }],
        more: 0,
    };
    if first.projects.len() != full.projects.len() {
        return Err(differ(format!(
            "{} projects here, {} in the first-view file",
            full.projects.len(),
            first.projects.len()
        )));
    }
    for (i, (a, b)) in first.projects.iter().zip(&full.projects).enumerate() {
        if a.id != b.id {
            return Err(differ(format!(
                "projects[{i}] is `{}` here, `{}` in the first-view file",
                b.id, a.id
            )));
        }
    }
    Ok(())
}
