//! "Download" of the current view as CSV or JSON, generated in the browser.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::export::{file_stem, to_csv, to_json};
use crate::domain::View;
use crate::ui::label::label;
use crate::ui::state::use_explorer;

/// Saves `contents` as a file named `name` through a temporary object URL.
fn save(name: &str, mime: &str, contents: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// CSV and JSON buttons for the projects the current view shows.
#[component]
pub fn Download(
    /// Catalog indices the cards view shows, in order.
    results: Memo<Vec<usize>>,
) -> impl IntoView {
    let state = use_explorer();
    let lang = state.lang;
    let indices = move || {
        let cat = state.catalog.get_value();
        state.query.with_untracked(|q| {
            if q.view == View::Compare {
                q.compare
                    .iter()
                    .filter_map(|id| cat.resolve_index(id))
                    .collect::<Vec<_>>()
            } else {
                results.get_untracked()
            }
        })
    };
    let stem = move || state.query.with_untracked(file_stem);
    let csv = move |_| {
        let cat = state.catalog.get_value();
        let text = to_csv(&cat, &indices(), lang.get_untracked());
        let _ = save(&format!("{}.csv", stem()), "text/csv;charset=utf-8", &text);
    };
    let json = move |_| {
        let cat = state.catalog.get_value();
        let text = to_json(cat.source().unwrap_or_default(), &cat, &indices()).unwrap_or_default();
        let _ = save(&format!("{}.json", stem()), "application/json", &text);
    };
    view! {
        <div class="download" role="group" aria-label=label(lang, |s| s.download)>
            <span class="download__label" aria-hidden="true">{label(lang, |s| s.download)}</span>
            <button class="btn btn--small" data-download="csv" on:click=csv>"CSV"</button>
            <button class="btn btn--small" data-download="json" on:click=json>"JSON"</button>
        </div>
    }
}
