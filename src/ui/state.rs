//! App-wide state: the loaded catalog and the URL query, provided as context, and the one
//! place that writes the browser history.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::catalog::TextHits;
use crate::domain::{Catalog, ExplorerQuery, Lang, Theme};

/// Whether a state change adds a history entry (Back returns to it) or replaces the
/// current one (typing in the search box, canonicalising a URL).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nav {
    /// A meaningful step: filter toggled, project opened, view switched.
    Push,
    /// A refinement of the current step.
    Replace,
}

/// The explorer's state: the catalog (fixed once loaded) and the query (the URL).
#[derive(Clone, Copy)]
pub struct Explorer {
    /// The loaded, validated landscape.
    pub catalog: StoredValue<Arc<Catalog>>,
    /// The current state, mirrored in the URL.
    pub query: RwSignal<ExplorerQuery>,
    /// The UI language (from the query, else the browser).
    pub lang: Memo<Lang>,
    /// Which projects match the search text: recomputed only when the text changes, and
    /// shared by the result list and the facet counts.
    pub hits: Memo<TextHits>,
    /// A short message for the user (announced politely), e.g. a refused 7th comparison.
    pub notice: RwSignal<Option<String>>,
}

impl Explorer {
    /// Creates the state from the catalog and the page's current URL, rewriting the URL
    /// to its canonical form without adding a history entry.
    pub fn provide(catalog: Arc<Catalog>) -> Explorer {
        let initial = ExplorerQuery::parse(&current_search()).canonical(&catalog);
        write_url(&initial, Nav::Replace);
        let query = RwSignal::new(initial);
        let lang = Memo::new(move |_| {
            query
                .with(|q| q.lang)
                .unwrap_or_else(|| Lang::from_browser(&browser_language()))
        });
        let notice = RwSignal::new(None);
        let catalog = StoredValue::new(catalog);
        let hits = Memo::new(move |_| {
            let cat = catalog.get_value();
            query.with(|q| cat.text_hits(&q.q))
        });
        let state = Explorer {
            catalog,
            query,
            lang,
            hits,
            notice,
        };
        provide_context(state);

        // Back / Forward: read the URL back into the state, without writing history.
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            let cat = state.catalog.get_value();
            let q = ExplorerQuery::parse(&current_search()).canonical(&cat);
            let canonical = q.to_search();
            if canonical != current_search() {
                write_url(&q, Nav::Replace);
            }
            state.query.set(q);
        });
        on_cleanup(move || handle.remove());
        state
    }

    /// Moves to a new state and records it in the URL. In embed mode every change replaces
    /// the entry, so the embedding page's Back button is not filled by the explorer.
    pub fn go(&self, next: ExplorerQuery, nav: Nav) {
        let nav = if next.embed { Nav::Replace } else { nav };
        if self.query.with_untracked(|q| q == &next) {
            return;
        }
        write_url(&next, nav);
        self.query.set(next);
    }

    /// Applies `change` to a copy of the current query and goes there.
    pub fn update(&self, nav: Nav, change: impl FnOnce(&mut ExplorerQuery)) {
        let mut next = self.query.get_untracked();
        change(&mut next);
        self.go(next, nav);
    }

    /// Adds a project to the comparison, or removes it; a 7th is refused with a notice.
    pub fn toggle_compare(&self, id: &str) {
        let picked = self.query.with_untracked(|q| q.compare.iter().any(|x| x == id));
        let full = self
            .query
            .with_untracked(|q| q.compare.len() >= crate::domain::query::MAX_COMPARE);
        if !picked && full {
            let msg = crate::domain::i18n::tr(self.lang.get_untracked())
                .compare_limit
                .to_string();
            self.notice.set(Some(msg));
            return;
        }
        self.notice.set(None);
        self.update(Nav::Push, |q| ExplorerQuery::toggle(&mut q.compare, id));
    }

    /// The theme chosen in the URL, if any.
    pub fn theme(&self) -> Option<Theme> {
        self.query.with(|q| q.theme)
    }
}

/// The explorer state from context.
pub fn use_explorer() -> Explorer {
    expect_context::<Explorer>()
}

/// `location.search` of the page.
pub fn current_search() -> String {
    window().location().search().unwrap_or_default()
}

fn browser_language() -> String {
    window().navigator().language().unwrap_or_default()
}

/// Writes the query into the address bar (path and hash kept).
pub fn write_url(q: &ExplorerQuery, nav: Nav) {
    let w = window();
    let loc = w.location();
    let path = base_path().unwrap_or_else(|| loc.pathname().unwrap_or_else(|_| "/".into()));
    let hash = loc.hash().unwrap_or_default();
    let url = format!("{path}{}{hash}", q.to_search());
    if let Ok(history) = w.history() {
        let _ = match nav {
            Nav::Push => history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
            Nav::Replace => history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
        };
    }
}

/// The path of the app's base (`<base href>` written by Trunk from its public URL), so a
/// page reached through a host's 404 fallback at a wrong path is rewritten to the base.
fn base_path() -> Option<String> {
    let base = document().base_uri().ok().flatten()?;
    let url = web_sys::Url::new(&base).ok()?;
    Some(url.pathname())
}

/// The absolute URL of the current state (for "copy link").
pub fn current_url() -> String {
    window().location().href().unwrap_or_default()
}
