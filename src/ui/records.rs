//! The export's records (links, contracts, people, funding, figures, sources...), which
//! the first view does without. The export is fetched once: when a view first needs a
//! record (the details, the comparison, the statistics, a download), or before that, once
//! the first view is interactive and the browser idle (its text only: it is read when a
//! view needs it, so no long task follows the first view). Until the records are in, those
//! views show what the first view has and an accessible busy state where the records go;
//! a failed fetch shows the located error panel there, with Retry, and the cards stay
//! usable.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::first_view;
use crate::domain::i18n::tr;
use crate::domain::{Catalog, DATA_PATH};
use crate::ui::error_panel::ErrorPanel;
use crate::ui::erased::effect;
use crate::ui::load::{fetch, read, LoadError, Records};
use crate::ui::state::{use_explorer, Explorer};

impl Explorer {
    /// Whether the records are in the catalog (tracked).
    pub fn has_records(&self) -> bool {
        self.records.with(|r| *r == Records::Ready)
    }

    /// Brings the records in: reads the prefetched text, or waits for the fetch under
    /// way, or fetches (again, after a failure).
    pub fn want_records(&self) {
        let state = *self;
        match state.records.get_untracked() {
            Records::NotYet | Records::Failed(_) => state.fetch_records(true),
            Records::Fetching { wanted: false } => state.records.set(Records::Fetching { wanted: true }),
            Records::Fetched(text) => state.read_records(text.to_string()),
            Records::Fetching { wanted: true } | Records::Reading | Records::Ready => {}
        }
    }

    /// Fetches the export's text without reading it, unless it is here or on its way.
    pub fn prefetch_records(&self) {
        if self.records.with_untracked(|r| *r == Records::NotYet) {
            self.fetch_records(false);
        }
    }

    fn fetch_records(self, wanted: bool) {
        let state = self;
        state.records.set(Records::Fetching { wanted });
        mark_root("loading");
        leptos::task::spawn_local(async move {
            let result = fetch(DATA_PATH).await;
            let Some(Records::Fetching { wanted }) = state.records.try_get_untracked() else {
                return;
            };
            match (result, wanted) {
                (Ok(text), true) => state.read_records(text),
                (Ok(text), false) => {
                    state.records.set(Records::Fetched(text.into()));
                    mark_root("fetched");
                }
                (Err(e), true) => state.records.set(Records::Failed(e)),
                // A failed prefetch is tried again when a view needs the records.
                (Err(_), false) => state.records.set(Records::NotYet),
            }
        });
    }

    /// Reads the export's text into the catalog, once it is known to list the first
    /// view's projects in the same order (every index, hit and count stays valid).
    fn read_records(self, text: String) {
        let state = self;
        state.records.set(Records::Reading);
        let first = state.catalog.get_value();
        leptos::task::spawn_local(async move {
            let result = read(DATA_PATH, text).await.and_then(|full: Arc<Catalog>| {
                first_view::matches(first.data(), full.data())
                    .map(|()| full)
                    .map_err(LoadError::Data)
            });
            let next = match result {
                Ok(full) => {
                    if state.catalog.try_update_value(|c| *c = full).is_none() {
                        return;
                    }
                    mark_root("loaded");
                    Records::Ready
                }
                Err(e) => Records::Failed(e),
            };
            let _ = state.records.try_set(next);
        });
    }
}

/// `<html data-records>`: `loading`, `fetched`, then `loaded` (what the tests watch;
/// styles do not depend on it).
fn mark_root(value: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-records", value);
    }
}

/// Marks the first view interactive (`<html data-first-view="interactive">` and the
/// performance mark `landscape:interactive`) and, once the browser is idle, prefetches
/// the export's text so that the details open complete.
pub fn after_first_view(state: Explorer) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-first-view", "interactive");
    }
    if let Some(perf) = window().performance() {
        let _ = perf.mark("landscape:interactive");
    }
    crate::ui::load::when_idle(3_000, move || {
        if state.records.try_get_untracked().is_some() {
            state.prefetch_records();
        }
    });
}

/// Shows `children` once the records are in, asking for them when first shown; until
/// then a busy placeholder as tall as `min_height` (so what follows does not jump), and
/// after a failure the error panel with Retry.
#[component]
pub fn WithRecords(
    /// How much room the records will take, roughly (a CSS length).
    #[prop(into)]
    min_height: String,
    /// What needs the records.
    children: ChildrenFn,
) -> impl IntoView {
    let state = use_explorer();
    effect(move |_| state.want_records());
    let lang = state.lang;
    // Busy (`None`) through every step of the fetch, so the placeholder stays put.
    let outcome = Memo::new(move |_| match state.records.get() {
        Records::Ready => Some(Ok(())),
        Records::Failed(err) => Some(Err(err)),
        _ => None,
    });
    move || match outcome.get() {
        Some(Ok(())) => children().into_any(),
        Some(Err(err)) => view! {
            <div class="records records--failed">
                <ErrorPanel err on_retry=Box::new(move || state.want_records())/>
            </div>
        }
        .into_any(),
        None => view! {
            <div class="records records--loading" aria-busy="true" data-records-loading="" style=format!("min-height:{min_height}")>
                <p class="records__label" role="status">{move || tr(lang.get()).loading_records}</p>
            </div>
        }
        .into_any(),
    }
}
