//! The panel that says a file could not be used, with its located lines and a Retry
//! button: the whole page when the first view cannot load (`ui::app`), or the place of
//! the records when the export cannot (`ui::records`).

use leptos::prelude::*;

use crate::domain::i18n::tr;
use crate::domain::Lang;
use crate::ui::erased::{handler, CollectErased};
use crate::ui::load::LoadError;

/// The language to use before the data (and so the canonical query) is known: the URL's,
/// else the embedding page's, else the browser's.
pub fn early_lang() -> Lang {
    let q = crate::ui::state::initial_query();
    q.lang
        .or_else(|| crate::ui::embed_host::use_host_look().and_then(|h| h.lang.get()))
        .unwrap_or_else(|| Lang::from_browser(&window().navigator().language().unwrap_or_default()))
}

/// The reason a file failed (its located lines), and a Retry button: the whole page when
/// the first view cannot load, or the place of the records when the export cannot.
#[component]
pub fn ErrorPanel(
    /// What went wrong.
    err: LoadError,
    /// Called by the Retry button (boxed: one `ErrorPanel` for both its uses).
    on_retry: Box<dyn Fn()>,
) -> impl IntoView {
    let t = tr(early_lang());
    let lines = match &err {
        LoadError::Fetch(msg) => vec![format!("{}: {msg}", t.error_fetch)],
        LoadError::Data(e) => e.lines(),
    };
    view! {
        <section class="error-panel" role="alert" data-error="load">
            <h2 class="error-panel__title">{t.error_title}</h2>
            <ul class="error-panel__list">
                {lines.into_iter().map(|l| view! { <li><code>{l}</code></li> }).collect_erased()}
            </ul>
            <button class="btn btn--primary" on:click=handler(move |_| on_retry())>{t.retry}</button>
        </section>
    }
}
