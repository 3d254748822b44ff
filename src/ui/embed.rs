//! Embedding: the messages an embedded page exchanges with the loader in its parent
//! (`embed.js`): its content height out, the host page's language and light/dark theme
//! in; and the "Embed" dialog that writes the snippet for the current view.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::domain::i18n::tr;
use crate::domain::{Lang, Theme};
use crate::ui::state::use_explorer;

/// The message type the loader (`embed.js`) listens for.
pub const RESIZE_MESSAGE: &str = "landscape:resize";
/// Sent to the parent as the app starts, asking the loader for the host's look.
pub const HELLO_MESSAGE: &str = "landscape:hello";
/// The loader's answer: `{type, theme: "light"|"dark"|null, lang: "es"|"en"|null}`.
pub const HOST_MESSAGE: &str = "landscape:host";

/// What the embedding page says of itself: its `<html lang>` and its light/dark theme.
/// They apply only where the embed's URL leaves the choice open (no `lang=`, no
/// `theme=`), and they never touch the URL or the history.
#[derive(Clone, Copy)]
pub struct HostLook {
    /// The host page's theme, when it states one.
    pub theme: RwSignal<Option<Theme>>,
    /// The host page's language, when it states one.
    pub lang: RwSignal<Option<Lang>>,
}

impl HostLook {
    /// Provides the context and, inside a frame, starts listening to the parent and greets
    /// it. Outside a frame both stay `None`.
    pub fn provide() -> HostLook {
        let look = HostLook {
            theme: RwSignal::new(None),
            lang: RwSignal::new(None),
        };
        provide_context(look);
        if in_frame() {
            listen_to_host(look);
        }
        look
    }
}

/// The host look from context (`None`s when not provided).
pub fn use_host_look() -> Option<HostLook> {
    use_context::<HostLook>()
}

/// Reads one `landscape:host` message: `Some((theme, lang))` when it is one, values
/// checked (anything unexpected is `None`).
fn read_host_message(data: &JsValue) -> Option<(Option<Theme>, Option<Lang>)> {
    if !data.is_object() {
        return None;
    }
    let field = |k: &str| js_sys::Reflect::get(data, &JsValue::from_str(k)).ok();
    if field("type")?.as_string().as_deref() != Some(HOST_MESSAGE) {
        return None;
    }
    let theme = field("theme")
        .and_then(|v| v.as_string())
        .and_then(|s| Theme::parse(&s));
    let lang = field("lang")
        .and_then(|v| v.as_string())
        .and_then(|s| Lang::parse(&s));
    Some((theme, lang))
}

fn listen_to_host(look: HostLook) {
    let w = window();
    let Ok(Some(parent)) = w.parent() else {
        return;
    };
    let from = parent.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        // Only the embedding page itself speaks for the host, whatever its origin.
        let Some(source) = ev.source() else {
            return;
        };
        if !js_sys::Object::is(&source, &from) {
            return;
        }
        if let Some((theme, lang)) = read_host_message(&ev.data()) {
            if look.theme.get_untracked() != theme {
                look.theme.set(theme);
            }
            if look.lang.get_untracked() != lang {
                look.lang.set(lang);
            }
        }
    });
    let _ = w.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    on_message.forget();
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &HELLO_MESSAGE.into());
    let _ = parent.post_message(&msg, "*");
}

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
                    <textarea id="embed-script" class="embed__code" readonly rows="4" prop:value=snippet></textarea>
                    <button class="btn" on:click=move |_| copy("script", snippet())>
                        {move || if copied.get() == Some("script") { t().link_copied_code } else { t().copy_code }}
                    </button>
                    <label class="embed__label" for="embed-site">{move || t().embed_site}</label>
                    <p class="embed__hint">{move || t().embed_site_help}</p>
                    <textarea id="embed-site" class="embed__code" readonly rows="1" prop:value=site_config></textarea>
                    <button class="btn" on:click=move |_| copy("site", site_config())>
                        {move || if copied.get() == Some("site") { t().link_copied_code } else { t().copy_code }}
                    </button>
                    <p class="embed__label">{move || t().embed_preview}</p>
                    <iframe class="embed__preview" title=move || t().embed_preview
                        srcdoc=move || preview_doc(&snippet(), lang.get(), state.theme())></iframe>
                </Show>
            </div>
        </dialog>
    }
}
