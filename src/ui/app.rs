//! The root component: loads and validates the export, then shows the explorer, a
//! skeleton while loading, or an error panel with a Retry button. Never a blank page.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::i18n::tr;
use crate::domain::{parse_landscape, Catalog, DataError, Lang, DATA_PATH};
use crate::ui::erased::CollectErased;
use crate::ui::explorer::ExplorerPage;

/// Why the export could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// Network failure or HTTP error status.
    Fetch(String),
    /// The file is not a valid export.
    Data(DataError),
}

/// How long the export may take to arrive before the error panel offers a Retry.
const FETCH_TIMEOUT_MS: u32 = 20_000;

async fn load() -> Result<Arc<Catalog>, LoadError> {
    let text = fetch_text(DATA_PATH)
        .await
        .map_err(|e| LoadError::Fetch(format!("{DATA_PATH}: {e}")))?;
    // Parsing, indexing and the first render are separate tasks, so the page stays
    // responsive while a large export loads (and no single task blocks for long).
    next_task().await;
    let landscape = parse_landscape(DATA_PATH, &text).map_err(LoadError::Data)?;
    next_task().await;
    let catalog = Arc::new(Catalog::new(landscape).with_source(text));
    next_task().await;
    Ok(catalog)
}

/// The body of `url` as text, or why not (a network error, a timeout, an HTTP error
/// status), fetched with gloo-net.
async fn fetch_text(url: &str) -> Result<String, String> {
    let signal = web_sys::AbortSignal::timeout_with_u32(FETCH_TIMEOUT_MS);
    let resp = gloo_net::http::Request::get(url)
        .abort_signal(Some(&signal))
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !resp.ok() {
        return Err(format!("HTTP {} {}", resp.status(), resp.status_text()));
    }
    resp.text().await.map_err(|e| e.to_string())
}

/// Resolves in a later task (a zero-delay timer), letting the browser paint and handle
/// input in between.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The language to use before the data (and so the canonical query) is known: the URL's,
/// else the embedding page's, else the browser's.
fn early_lang() -> Lang {
    let q = crate::ui::state::initial_query();
    q.lang
        .or_else(|| crate::ui::embed_host::use_host_look().and_then(|h| h.lang.get()))
        .unwrap_or_else(|| Lang::from_browser(&window().navigator().language().unwrap_or_default()))
}

/// The app.
#[component]
pub fn App() -> impl IntoView {
    // The static loading placeholder of index.html is replaced by this component.
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    // When index.html carries the prerendered first view, it is the loading state: it stays
    // until the explorer (or the error panel) has rendered, then goes in the same frame.
    let prerendered = document()
        .query_selector("[data-prerender], [data-static]")
        .ok()
        .flatten()
        .is_some();
    // Inside an embed, ask the host page for its language and theme while the data loads.
    crate::ui::embed_host::HostLook::provide();
    let data = LocalResource::new(load);
    move || match data.get() {
        None if prerendered => view! { <LoadingNote/> }.into_any(),
        None => view! { <LoadingSkeleton/> }.into_any(),
        Some(Ok(catalog)) => {
            Effect::new(|_| drop_prerender(&document()));
            view! { <ExplorerPage catalog/> }.into_any()
        }
        Some(Err(err)) => {
            Effect::new(|_| drop_prerender(&document()));
            view! { <ErrorPanel err on_retry=move || data.refetch()/> }.into_any()
        }
    }
}

/// Removes the prerendered first view (see `domain::prerender`) or a static page's own
/// content (`landscape_tools::site`), if it is still there.
pub fn drop_prerender(doc: &web_sys::Document) {
    if let Ok(nodes) = doc.query_selector_all("[data-prerender], [data-static]") {
        for i in 0..nodes.length() {
            if let Some(el) = nodes.get(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                el.remove();
            }
        }
    }
}

/// While the export loads behind the prerendered first view: a note at the bottom of the
/// window (it covers nothing and moves nothing), shown only if loading takes more than a
/// moment (CSS delays it), since the view above looks ready but does not respond yet.
#[component]
fn LoadingNote() -> impl IntoView {
    view! {
        <p class="loading-note" role="status" data-loading="">{move || tr(early_lang()).loading}</p>
    }
}

/// Placeholder cards while the export loads.
#[component]
fn LoadingSkeleton() -> impl IntoView {
    view! {
        <main class="skeleton" aria-busy="true" data-loading="">
            <p class="skeleton__label" role="status">{move || tr(early_lang()).loading}</p>
            <div class="skeleton__grid">
                {(0..6).map(|_| view! { <div class="skeleton__card"></div> }).collect_erased()}
            </div>
        </main>
    }
}

/// The reason the export failed, and a Retry button.
#[component]
fn ErrorPanel(
    /// What went wrong.
    err: LoadError,
    /// Called by the Retry button.
    on_retry: impl Fn() + 'static,
) -> impl IntoView {
    let t = tr(early_lang());
    let lines = match &err {
        LoadError::Fetch(msg) => vec![format!("{}: {msg}", t.error_fetch)],
        LoadError::Data(e) => e.lines(),
    };
    view! {
        <main class="error-panel" role="alert" data-error="load">
            <h1 class="error-panel__title">{t.error_title}</h1>
            <ul class="error-panel__list">
                {lines.into_iter().map(|l| view! { <li><code>{l}</code></li> }).collect_erased()}
            </ul>
            <button class="btn btn--primary" on:click=move |_| on_retry()>{t.retry}</button>
        </main>
    }
}
