//! The "Embed" dialog: the snippet a blog pastes for the current view, a live preview of
//! it, and copy. What the frame exchanges with its host page is in `ui::embed_host`.

use leptos::prelude::*;

use crate::domain::i18n::tr;
use crate::domain::{Lang, Theme};
use crate::ui::erased::{cond, handler};
use crate::ui::label::label;
use crate::ui::state::use_explorer;

/// The absolute URL of the app's base (where `embed.js` and the page live).
fn base_url() -> String {
    document().base_uri().ok().flatten().unwrap_or_default()
}

/// The preview document: the snippet as a blog would paste it, in a page with the
/// explorer's current language and theme (which the loader passes on to the embed).
fn preview_doc(snippet: &str, lang: Lang, theme: Option<Theme>) -> String {
    let theme = theme
        .map(|t| format!(" data-theme=\"{}\"", t.code()))
        .unwrap_or_default();
    format!(
        "<!doctype html><html lang=\"{}\"{theme}><head><meta charset=\"utf-8\"></head>\
         <body style=\"margin:0\">{snippet}</body></html>",
        lang.code()
    )
}

/// The "Embed" button and its dialog: ready-to-paste snippets, a live preview, copy.
#[component]
pub fn EmbedButton() -> impl IntoView {
    let state = use_explorer();
    let lang = state.lang;
    let t = move || tr(lang.get());
    let dialog_ref = NodeRef::<leptos::html::Dialog>::new();
    let open = RwSignal::new(false);
    let copied = RwSignal::new(None::<&'static str>);
    let snippet = move || {
        let base = base_url();
        state
            .query
            .with(|q| crate::domain::embed::snippet(q, &base, tr(lang.get()).title))
    };
    let site_config = move || crate::domain::embed::docusaurus_config(&base_url());
    let copy = move |which: &'static str, text: String| {
        leptos::task::spawn_local(async move {
            if crate::ui::copy::copy_text(&text).await {
                copied.set(Some(which));
            }
        });
    };
    view! {
        <button class="btn" aria-haspopup="dialog" on:click=handler(move |_| {
            open.set(true);
            copied.set(None);
            if let Some(d) = dialog_ref.get_untracked() {
                let _ = d.show_modal();
            }
        })>{label(lang, |s| s.embed)}</button>
        <dialog class="dialog embed-dialog" aria-labelledby="embed-title" node_ref=dialog_ref
            on:close=handler(move |_| open.set(false))>
            <div class="details">
                <header class="details__head">
                    <h2 id="embed-title" class="details__title">{label(lang, |s| s.embed_title)}</h2>
                    <button class="btn btn--icon details__close" on:click=handler(move |_| {
                        if let Some(d) = dialog_ref.get_untracked() { d.close(); }
                    })>
                        <span aria-hidden="true">"✕"</span>
                        <span class="visually-hidden">{label(lang, |s| s.close)}</span>
                    </button>
                </header>
                <p>{label(lang, |s| s.embed_help)}</p>
                <Show when=cond(move || open.get())>
                    <label class="embed__label" for="embed-script">{label(lang, |s| s.embed_script)}</label>
                    <textarea id="embed-script" class="embed__code" readonly rows="4" prop:value=move || snippet()></textarea>
                    <button class="btn" on:click=handler(move |_| copy("script", snippet()))>
                        {move || if copied.get() == Some("script") { t().link_copied_code } else { t().copy_code }}
                    </button>
                    <label class="embed__label" for="embed-site">{label(lang, |s| s.embed_site)}</label>
                    <p class="embed__hint">{label(lang, |s| s.embed_site_help)}</p>
                    <textarea id="embed-site" class="embed__code" readonly rows="1" prop:value=move || site_config()></textarea>
                    <button class="btn" on:click=handler(move |_| copy("site", site_config()))>
                        {move || if copied.get() == Some("site") { t().link_copied_code } else { t().copy_code }}
                    </button>
                    <p class="embed__label">{label(lang, |s| s.embed_preview)}</p>
                    <iframe class="embed__preview" title=label(lang, |s| s.embed_preview)
                        srcdoc=move || preview_doc(&snippet(), lang.get(), state.theme())></iframe>
                </Show>
            </div>
        </dialog>
    }
}
