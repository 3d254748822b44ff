//! The root component: loads and validates the first view's file (see `ui::load`), then
//! shows the explorer, a skeleton while loading, or an error panel with a Retry button.
//! Never a blank page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::i18n::tr;
use crate::ui::erased::{effect, CollectErased};
use crate::ui::error_panel::{early_lang, ErrorPanel};
use crate::ui::explorer::ExplorerPage;
use crate::ui::load::{load, start_path};

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
    // The first-view file when the build made one (the export follows when a view needs
    // a record), else the export.
    // In the reader's locale (the URL's, the host page's or the browser's): its own file.
    let data = LocalResource::new(|| load(start_path(early_lang())));
    move || match data.get() {
        None if prerendered => view! { <LoadingNote/> }.into_any(),
        None => view! { <LoadingSkeleton/> }.into_any(),
        Some(Ok(catalog)) => {
            effect(|_| drop_prerender(&document()));
            view! { <ExplorerPage catalog/> }.into_any()
        }
        Some(Err(err)) => {
            effect(|_| drop_prerender(&document()));
            view! { <main class="error-main"><ErrorPanel err on_retry=Box::new(move || data.refetch())/></main> }.into_any()
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
