//! App-wide state: the loaded catalog and the URL query, provided as context, and the one
//! place that writes the browser history.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::catalog::{SearchMemory, TextHits};
use crate::domain::{Catalog, ExplorerQuery, Lang, Theme};
use crate::ui::schedule::after_this_frame;

/// Whether a state change adds a history entry (Back returns to it) or replaces the
/// current one (typing in the search box, canonicalising a URL).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nav {
    /// A meaningful step: filter toggled, project opened, view switched.
    Push,
    /// A refinement of the current step.
    Replace,
    /// A keystroke in the search box: a refinement whose address-bar write waits until
    /// typing pauses ([`URL_AFTER_TYPING`]). `history.replaceState` costs Chromium 1–2 ms a
    /// call, more than filtering 2,500 projects; one write per pause is enough, and any
    /// other change, Back/Forward or "copy link" settles the pending write first.
    Typing,
}

/// How long the search box must be still before its text goes into the address bar.
pub const URL_AFTER_TYPING: std::time::Duration = std::time::Duration::from_millis(250);

/// The explorer's state: the catalog (fixed once loaded) and the query (the URL).
#[derive(Clone, Copy)]
pub struct Explorer {
    /// The loaded, validated landscape: the first-view file's until the export has
    /// arrived, then the export's (the same projects in the same order, so every index,
    /// hit and count stays valid; see `ui::records`).
    pub catalog: StoredValue<Arc<Catalog>>,
    /// Whether the export's records are in `catalog` yet.
    pub records: RwSignal<crate::ui::load::Records>,
    /// The current state, mirrored in the URL.
    pub query: RwSignal<ExplorerQuery>,
    /// The UI language (from the query, else the browser).
    pub lang: Memo<Lang>,
    /// Which projects match the search text: recomputed only when the text changes, and
    /// shared by the result list and the facet counts.
    pub hits: Memo<TextHits>,
    /// A short message for the user (announced politely), e.g. a refused 7th comparison.
    pub notice: RwSignal<Option<String>>,
    /// The embedding page's theme, followed when the URL sets none (see `ui::embed_host`).
    host_theme: Option<RwSignal<Option<Theme>>>,
    /// The timer of an address-bar write put off while typing ([`Nav::Typing`]).
    pending_url: StoredValue<Option<TimeoutHandle>>,
}

impl Explorer {
    /// Creates the state from the catalog and the page's current URL, rewriting the URL
    /// to its canonical form without adding a history entry.
    pub fn provide(catalog: Arc<Catalog>) -> Explorer {
        let asked = initial_query();
        let missing = asked.not_found(&catalog);
        let initial = asked.canonical(&catalog);
        write_url(&initial, Nav::Replace);
        let query = RwSignal::new(initial);
        let host = crate::ui::embed_host::use_host_look();
        let lang = Memo::new(move |_| {
            query
                .with(|q| q.lang)
                .or_else(|| host.and_then(|h| h.lang.get()))
                .unwrap_or_else(|| Lang::from_browser(&browser_language()))
        });
        // Said once: what the link asked for that the data does not have (the address is
        // rewritten without it).
        let notice = RwSignal::new((!missing.is_empty()).then(|| {
            let lang = lang.get_untracked();
            crate::domain::i18n::not_found_line(&missing, lang)
        }));
        let records = RwSignal::new(crate::ui::load::Records::of(&catalog));
        let catalog = StoredValue::new(catalog);
        // The last searches' hits: typing and deleting rarely scan the whole export.
        let searches = StoredValue::new(SearchMemory::default());
        let hits = Memo::new(move |_| {
            let cat = catalog.get_value();
            query.with(|q| {
                searches
                    .try_update_value(|s| s.hits(&cat, &q.q))
                    .unwrap_or_else(|| cat.text_hits(&q.q))
            })
        });
        let state = Explorer {
            catalog,
            records,
            query,
            lang,
            hits,
            notice,
            host_theme: host.map(|h| h.theme),
            pending_url: StoredValue::new(None),
        };
        provide_context(state);

        // Back / Forward: read the URL back into the state, without writing history.
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            // The entry is now the one Back or Forward chose: a write put off while typing
            // belonged to the one left.
            state.cancel_pending_url();
            let cat = state.catalog.get_value();
            let q = ExplorerQuery::parse(&current_search()).canonical(&cat);
            let canonical = q.to_search();
            if canonical != current_search() {
                // Now, not after the frame: the entry must still be the one Back chose.
                write_url_now(&url_of(&q), Nav::Replace);
            }
            state.query.set(q);
        });
        on_cleanup(move || handle.remove());
        // Leaving or reloading the page within the pause keeps the text typed, too.
        let leaving = window_event_listener(leptos::ev::pagehide, move |_| state.settle_url());
        on_cleanup(move || leaving.remove());
        state
    }

    /// Moves to a new state and records it in the URL. In embed mode every change replaces
    /// the entry, so the embedding page's Back button is not filled by the explorer.
    pub fn go(&self, next: ExplorerQuery, nav: Nav) {
        let nav = if next.embed && nav == Nav::Push {
            Nav::Replace
        } else {
            nav
        };
        if self.query.with_untracked(|q| q == &next) {
            return;
        }
        match nav {
            Nav::Typing => {
                self.cancel_pending_url();
                let query = self.query;
                let handle = set_timeout_with_handle(
                    move || query.with_untracked(|q| write_url(q, Nav::Replace)),
                    URL_AFTER_TYPING,
                )
                .ok();
                self.pending_url.set_value(handle);
            }
            _ => {
                // The entry being left keeps the text typed in it.
                self.settle_url();
                write_url(&next, nav);
            }
        }
        self.query.set(next);
    }

    /// Writes an address-bar update put off while typing, now.
    pub fn settle_url(&self) {
        if let Some(handle) = self.pending_url.try_update_value(Option::take).flatten() {
            handle.clear();
            self.query.with_untracked(|q| write_url(q, Nav::Replace));
        }
    }

    fn cancel_pending_url(&self) {
        if let Some(handle) = self.pending_url.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }

    /// The absolute URL of the current state (for "copy link"), whether or not the
    /// address bar shows it yet: the static page of that state when there is one (it
    /// unfurls with its own title and picture), else the query URL.
    pub fn current_url(&self) -> String {
        let origin = window().location().origin().unwrap_or_default();
        if let Some(page) = self.query.with_untracked(ExplorerQuery::page_path) {
            if let Some(base) = document().base_uri().ok().flatten() {
                return format!("{base}{page}");
            }
        }
        format!("{origin}{}", self.query.with_untracked(url_of))
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

    /// The theme to show: the one chosen in the URL, else the embedding page's, else
    /// `None` (the system's).
    pub fn theme(&self) -> Option<Theme> {
        self.query
            .with(|q| q.theme)
            .or_else(|| self.host_theme.and_then(|t| t.get()))
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

/// The state the page was opened in: its query, on top of the static page its path names
/// (`projects/io-net/` opens io.net's details; see `domain::query::page`).
pub fn initial_query() -> ExplorerQuery {
    let q = ExplorerQuery::parse(&current_search());
    let path = window().location().pathname().unwrap_or_default();
    let rel = base_path()
        .and_then(|b| path.strip_prefix(b.as_str()).map(str::to_string))
        .unwrap_or_default();
    match ExplorerQuery::from_page_path(&rel) {
        Some(page) => q.on_page(page),
        None => q,
    }
}

fn browser_language() -> String {
    window().navigator().language().unwrap_or_default()
}

/// Writes the query into the address bar (path and hash kept), once the frame that shows
/// the change has been painted: `history.pushState` costs Chromium 3–5 ms a call, which
/// would otherwise delay that frame. Writes keep their order. A replacement by the same URL
/// is skipped: `history.replaceState` is slow even when nothing changes.
pub fn write_url(q: &ExplorerQuery, nav: Nav) {
    let url = url_of(q);
    after_this_frame(move || write_url_now(&url, nav));
}

/// Writes `url` (path, query and hash) into the address bar now.
fn write_url_now(url: &str, nav: Nav) {
    let w = window();
    let loc = w.location();
    let here = format!(
        "{}{}{}",
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default(),
        loc.hash().unwrap_or_default()
    );
    if nav != Nav::Push && url == here {
        return;
    }
    if let Ok(history) = w.history() {
        let _ = match nav {
            Nav::Push => history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url)),
            Nav::Replace | Nav::Typing => {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
            }
        };
    }
}

/// The path, query and hash of the page for `q`.
fn url_of(q: &ExplorerQuery) -> String {
    let loc = window().location();
    let path = base_path().unwrap_or_else(|| loc.pathname().unwrap_or_else(|_| "/".into()));
    let hash = loc.hash().unwrap_or_default();
    format!("{path}{}{hash}", q.to_search())
}

/// The path of the app's base (`<base href>` written by Trunk from its public URL), so a
/// page reached through a host's 404 fallback at a wrong path is rewritten to the base.
fn base_path() -> Option<String> {
    let base = document().base_uri().ok().flatten()?;
    let url = web_sys::Url::new(&base).ok()?;
    Some(url.pathname())
}
