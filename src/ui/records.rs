//! The export's records (links, contracts, people, funding, figures, sources...), which
//! the first view does without. The export is fetched once, when a view first needs a
//! record (the details, the comparison, the statistics' record charts, a download). Until
//! its records are in, those views show what the first view has and an accessible busy
//! state where the records go; a failed fetch shows the located error panel there, with
//! Retry, and the cards stay usable.
//!
//! Not prefetched: measured, fetching the export's text once the first view was idle
//! added long tasks after it (the text's copy into the wasm), and at 2,500 projects time
//! to interactive went from 526 to 1,246 ms (README, Size budget).

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::first_view;
use crate::domain::i18n::tr;
use crate::domain::{records_path, Catalog, Lang, DATA_PATH};
use crate::ui::erased::effect;
use crate::ui::error_panel::ErrorPanel;
use crate::ui::load::{load, LoadError, Records};
use crate::ui::state::{use_explorer, Explorer};

impl Explorer {
    /// Whether the records are in the catalog (tracked).
    pub fn has_records(&self) -> bool {
        self.records.with(|r| *r == Records::Ready)
    }

    /// Fetches and reads the export, unless it is here or on its way (after a failure,
    /// again). Its catalog replaces the first view's once it is known to list the same
    /// projects in the same order, so every index, hit and count stays valid.
    pub fn want_records(&self) {
        if !self
            .records
            .with_untracked(|r| matches!(r, Records::NotYet | Records::Failed(_)))
        {
            return;
        }
        self.fetch_records(self.lang.get_untracked());
    }

    /// After a change of language: when the catalog lacks that locale's texts (it came
    /// from another locale's files), fetches the records file that has them; the cards and
    /// views then show them in place of the English fallback.
    pub fn follow_locale(&self, lang: Lang) {
        let lacks = !self.catalog.with_value(|c| c.data().has_locale(lang));
        let idle = self
            .records
            .with_untracked(|r| matches!(r, Records::NotYet | Records::Ready));
        if lacks && idle && derived_files() && FETCHED_FOR.get() != Some(lang) {
            self.fetch_records(lang);
        }
    }

    fn fetch_records(&self, lang: Lang) {
        let state = *self;
        // The locale's own cut of the export when the build wrote one (see
        // `domain::paths::records_path`), else the export itself.
        FETCHED_FOR.set(Some(lang));
        let path = if derived_files() {
            records_path(lang)
        } else {
            DATA_PATH.to_string()
        };
        state.records.set(Records::Loading);
        mark_root("loading");
        let first = state.catalog.get_value();
        leptos::task::spawn_local(async move {
            let result = load(path).await.and_then(|full: Arc<Catalog>| {
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

/// Whether the page came with the build's derived files (the first-view and the locales'
/// records files), as `cargo xtask build` makes it; a plain `trunk build` has only the export.
fn derived_files() -> bool {
    crate::ui::load::first_view_href().is_some()
}

thread_local! {
    /// The locale whose records file was fetched last: never fetched twice in a row, so an
    /// export without that locale's texts cannot make `follow_locale` loop.
    static FETCHED_FOR: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// `<html data-records>`: `loading`, then `loaded` (what the tests watch; styles do not
/// depend on it).
fn mark_root(value: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-records", value);
    }
}

/// Marks the first view interactive: `<html data-first-view="interactive">` and the
/// performance mark `landscape:interactive` (what the tests and the benchmark watch).
pub fn after_first_view() {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-first-view", "interactive");
    }
    if let Some(perf) = window().performance() {
        let _ = perf.mark("landscape:interactive");
    }
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
    move || {
        match outcome.get() {
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
}
