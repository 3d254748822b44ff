//! Copying to the clipboard, and what to do when the page may not: inside an embed whose
//! iframe lacks `allow="clipboard-write"`, or on a page that is not a secure context, the
//! Clipboard API refuses. Then the text goes into a read-only field, selected, and the
//! reader is told to copy it with the keyboard.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// Writes `text` to the clipboard; `false` when the browser refuses or has no Clipboard
/// API here.
pub async fn copy_text(text: &str) -> bool {
    let navigator = window().navigator();
    // `navigator.clipboard` is undefined outside secure contexts: calling it would throw.
    let has_api = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_api {
        return false;
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Focuses a read-only field and selects all of its text, ready for Ctrl+C.
pub fn select_field(input: &web_sys::HtmlInputElement) {
    let _ = input.focus();
    input.select();
}

/// [`select_field`] once the field is shown: call it right after the signal that unhides
/// the field is set (the DOM follows within the frame). Nothing if the field is gone.
pub fn select_when_shown(field: NodeRef<leptos::html::Input>) {
    request_animation_frame(move || {
        if let Some(input) = field.try_get_untracked().flatten() {
            select_field(&input);
        }
    });
}
