//! Embedding: the auto-height messages an embedded page sends its parent, and the
//! "Embed" dialog that writes the snippet for the current view.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::domain::i18n::tr;
use crate::domain::ExplorerQuery;
use crate::ui::state::use_explorer;

/// The message type the loader (`embed.js`) listens for.
pub const RESIZE_MESSAGE: &str = "landscape:resize";

/// Whether the page runs inside a frame.
pub fn in_frame() -> bool {
    let w = window();
    match w.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &w),
        _ => false,
    }
}

/// The height the embedding iframe needs: the app, or the open dialog if taller.
fn content_height() -> i32 {
    let doc = document();
    let app = doc
        .query_selector(".app")
        .ok()
        .flatten()
        .map(|e| e.scroll_height())
        .unwrap_or(0);
    let dialog = doc
        .query_selector("dialog[open]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|d| d.offset_height() + 32)
        .unwrap_or(0);
    app.max(dialog)
}

fn post_height(last: &std::cell::Cell<i32>) {
    let h = content_height();
    if h == last.get() || h <= 0 {
        return;
    }
    last.set(h);
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &RESIZE_MESSAGE.into());
    let _ = js_sys::Reflect::set(&msg, &"height".into(), &JsValue::from(h));
    if let Ok(Some(parent)) = window().parent() {
        // Only a height is sent, nothing private, so any embedding origin may read it.
        let _ = parent.post_message(&msg, "*");
    }
}

/// Reports the content height to the parent page whenever it changes (filters, search,
/// a dialog opening), so the loader sizes the iframe without an inner scrollbar.
pub fn install_auto_height() {
    if !in_frame() {
        return;
    }
    let last = std::rc::Rc::new(std::cell::Cell::new(0));
    let l2 = last.clone();
    let callback =
        Closure::<dyn FnMut(js_sys::Array, web_sys::ResizeObserver)>::new(move |_, _| post_height(&l2));
    let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    let doc = document();
    for sel in [".app", "dialog"] {
        if let Ok(Some(el)) = doc.query_selector(sel) {
            observer.observe(&el);
        }
    }
    // The observer lives as long as the page.
    callback.forget();
    std::mem::forget(observer);
    post_height(&last);
}

/// The absolute URL of the app's base (where `embed.js` and the page live).
fn base_url() -> String {
    document().base_uri().ok().flatten().unwrap_or_default()
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The snippets for a view: the loader script and a plain iframe.
pub fn snippets(q: &ExplorerQuery, base: &str, title: &str) -> (String, String, String) {
    let mut view = q.without_embed();
    view.project = None;
    let (lang, theme) = (view.lang.take(), view.theme.take());
    let view_str = view.to_query_string();
    let mut script = format!("<script src=\"{}embed.js\"", escape_attr(base));
    if !view_str.is_empty() {
        script.push_str(&format!(" data-view=\"{}\"", escape_attr(&view_str)));
    }
    if let Some(l) = lang {
        script.push_str(&format!(" data-lang=\"{}\"", l.code()));
    }
    if let Some(t) = theme {
        script.push_str(&format!(" data-theme=\"{}\"", t.code()));
    }
    script.push_str(" async></script>");
    let mut embedded = q.clone();
    embedded.project = None;
    embedded.embed = true;
    let src = format!("{base}{}", embedded.to_search());
    let iframe = format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"760\" style=\"border:0\" loading=\"lazy\"></iframe>",
        escape_attr(&src),
        escape_attr(title)
    );
    (script, iframe, src)
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
    let snips = move || {
        let base = base_url();
        state.query.with(|q| snippets(q, &base, tr(lang.get()).title))
    };
    let copy = move |which: &'static str, text: String| {
        let promise = window().navigator().clipboard().write_text(&text);
        leptos::task::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                copied.set(Some(which));
            }
        });
    };
    view! {
        <button class="btn" aria-haspopup="dialog" on:click=move |_| {
            open.set(true);
            copied.set(None);
            if let Some(d) = dialog_ref.get_untracked() {
                let _ = d.show_modal();
            }
        }>{move || t().embed}</button>
        <dialog class="dialog embed-dialog" aria-labelledby="embed-title" node_ref=dialog_ref
            on:close=move |_| open.set(false)>
            <div class="details">
                <header class="details__head">
                    <h2 id="embed-title" class="details__title">{move || t().embed_title}</h2>
                    <button class="btn btn--icon details__close" on:click=move |_| {
                        if let Some(d) = dialog_ref.get_untracked() { d.close(); }
                    }>
                        <span aria-hidden="true">"✕"</span>
                        <span class="visually-hidden">{move || t().close}</span>
                    </button>
                </header>
                <p>{move || t().embed_help}</p>
                <Show when=move || open.get()>
                    <label class="embed__label" for="embed-script">{move || t().embed_script}</label>
                    <textarea id="embed-script" class="embed__code" readonly rows="3" prop:value=move || snips().0></textarea>
                    <button class="btn" on:click=move |_| copy("script", snips().0)>
                        {move || if copied.get() == Some("script") { t().link_copied_code } else { t().copy_code }}
                    </button>
                    <label class="embed__label" for="embed-iframe">{move || t().embed_iframe}</label>
                    <textarea id="embed-iframe" class="embed__code" readonly rows="3" prop:value=move || snips().1></textarea>
                    <button class="btn" on:click=move |_| copy("iframe", snips().1)>
                        {move || if copied.get() == Some("iframe") { t().link_copied_code } else { t().copy_code }}
                    </button>
                    <p class="embed__label">{move || t().embed_preview}</p>
                    <iframe class="embed__preview" src=move || snips().2 title=move || t().embed_preview></iframe>
                </Show>
            </div>
        </dialog>
    }
}
