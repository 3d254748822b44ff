//! "Download" of the current view as CSV or JSON, generated in the browser.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::export::{file_stem, to_csv, to_json};
use crate::domain::i18n::tr;
use crate::domain::View;
use crate::ui::erased::{effect, handler};
use crate::ui::label::label;
use crate::ui::load::LoadError;
use crate::ui::load::Records;
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
    let save_as = move |csv: bool| {
        let cat = state.catalog.get_value();
        if csv {
            let text = to_csv(&cat, &indices(), lang.get_untracked());
            let _ = save(&format!("{}.csv", stem()), "text/csv;charset=utf-8", &text);
        } else {
            let text = to_json(cat.source().unwrap_or_default(), &cat, &indices()).unwrap_or_default();
            let _ = save(&format!("{}.json", stem()), "application/json", &text);
        }
    };
    // A download needs the records: asked before they are in, it waits for them (the
    // button says it is busy) and then saves; a failed fetch is said in the notice.
    let pending = RwSignal::new(None::<bool>);
    effect(move |_| {
        let Some(csv) = pending.get() else { return };
        match state.records.get() {
            Records::Ready => {
                pending.set(None);
                save_as(csv);
            }
            Records::Failed(e) => {
                pending.set(None);
                let line = match e {
                    LoadError::Fetch(m) => format!("{}: {m}", tr(lang.get_untracked()).error_fetch),
                    LoadError::Data(d) => d.lines().join(" · "),
                };
                state.notice.set(Some(line));
            }
            _ => {}
        }
    });
    let ask = move |csv: bool| {
        if state.records.with_untracked(|r| *r == Records::Ready) {
            save_as(csv);
        } else {
            pending.set(Some(csv));
            state.want_records();
        }
    };
    let csv = move |_| ask(true);
    let json = move |_| ask(false);
    let busy = move |csv: bool| (pending.get() == Some(csv)).then_some("true");
    view! {
        <div class="download" role="group" aria-label=label(lang, |s| s.download)>
            <span class="download__label" aria-hidden="true">{label(lang, |s| s.download)}</span>
            <button class="btn btn--small" data-download="csv" aria-busy=move || busy(true) on:click=handler(csv)>"CSV"</button>
            <button class="btn btn--small" data-download="json" aria-busy=move || busy(false) on:click=handler(json)>"JSON"</button>
        </div>
    }
}
