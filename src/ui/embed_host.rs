//! The page that embeds the explorer, seen from inside the frame: the messages exchanged
//! with the loader in the parent (`embed.js`): the content height out, the host page's
//! language and light/dark theme in. The app state reads the host's look from here; the
//! "Embed" dialog (`ui::embed`) is separate, so neither module needs the other.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::domain::{Lang, Theme};

/// The message type the loader (`embed.js`) listens for.
pub const RESIZE_MESSAGE: &str = "landscape:resize";
/// Sent to the parent as the app starts, asking the loader for the host's look.
pub const HELLO_MESSAGE: &str = "landscape:hello";
/// The loader's answer: `{type, theme: "light"|"dark"|null, lang: "es"|"en"|null}`.
pub const HOST_MESSAGE: &str = "landscape:host";
/// The loader's report of the frame's visible part: `{type, top, height}` in CSS px of the
/// frame, sent when the host page scrolls or resizes and when the frame is sized.
pub const VIEW_MESSAGE: &str = "landscape:view";

thread_local! {
    /// The part of the frame the reader sees (`top`, `height`), as the loader last said.
    static VISIBLE: std::cell::Cell<Option<(i32, i32)>> = const { std::cell::Cell::new(None) };
}

/// Puts an open modal dialog in the part of the frame the reader sees: an embed grows to
/// its content (thousands of px), so a dialog placed by the frame's own viewport could open
/// far above or below the reader. Does nothing outside an embed or before the loader spoke.
pub fn place_dialog(dialog: &web_sys::HtmlElement) {
    let Some((top, height)) = VISIBLE.with(std::cell::Cell::get) else {
        return;
    };
    let style = dialog.style();
    let margin = 12;
    let _ = style.set_property("margin", "0 auto");
    let _ = style.set_property("top", &format!("{}px", top + margin));
    let _ = style.set_property("bottom", "auto");
    let _ = style.set_property("max-height", &format!("{}px", (height - 2 * margin).max(240)));
    let _ = style.set_property("overflow", "auto");
}

/// Reads one `landscape:view` message: the visible part's top and height.
fn read_view_message(data: &JsValue) -> Option<(i32, i32)> {
    let field = |k: &str| js_sys::Reflect::get(data, &JsValue::from_str(k)).ok();
    if field("type")?.as_string().as_deref() != Some(VIEW_MESSAGE) {
        return None;
    }
    let num = |k: &str| {
        field(k)
            .and_then(|v| v.as_f64())
            .filter(|v| v.is_finite() && *v >= 0.0 && *v < 1e7)
    };
    Some((num("top")? as i32, num("height")? as i32))
}

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
        .and_then(|s| Lang::from_tag(&s));
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
        let data = ev.data();
        if data.is_object() {
            if let Some(view) = read_view_message(&data) {
                VISIBLE.with(|v| v.set(Some(view)));
                if let Ok(Some(open)) = document().query_selector("dialog[open]") {
                    if let Ok(open) = open.dyn_into::<web_sys::HtmlElement>() {
                        place_dialog(&open);
                    }
                }
                return;
            }
        }
        if let Some((theme, lang)) = read_host_message(&data) {
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
        .map(|d| d.offset_top() + d.offset_height() + 32)
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
