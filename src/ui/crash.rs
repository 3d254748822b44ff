//! The last resort after a panic: a plain-DOM panel (the reactive system may be broken)
//! saying something went wrong, with a Reload button, instead of a frozen page.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Installs a panic hook that logs to the console and then shows the panel.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_panel();
    }));
}

/// Shows the crash panel (once).
pub fn show_crash_panel() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc
        .query_selector("[data-error=\"panic\"]")
        .ok()
        .flatten()
        .is_some()
    {
        return;
    }
    // The prerendered first view looks live but is inert: it must not hide the panel.
    crate::ui::app::drop_prerender(&doc);
    let Some(body) = doc.body() else { return };
    let Ok(panel) = doc.create_element("div") else {
        return;
    };
    panel.set_class_name("crash");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("data-error", "panic");
    let title = doc.create_element("h1").ok();
    let text = doc.create_element("p").ok();
    let button = doc.create_element("button").ok();
    if let (Some(title), Some(text), Some(button)) = (title, text, button) {
        title.set_text_content(Some("Something went wrong · Algo salió mal"));
        text.set_text_content(Some(
            "The explorer hit an unexpected error. Reload the page to start again. · El explorador encontró un error inesperado. Recarga la página.",
        ));
        button.set_text_content(Some("Reload · Recargar"));
        button.set_class_name("btn btn--primary");
        let reload = Closure::<dyn Fn()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        if let Some(b) = button.dyn_ref::<web_sys::HtmlElement>() {
            b.set_onclick(Some(reload.as_ref().unchecked_ref()));
        }
        reload.forget();
        let _ = panel.append_child(&title);
        let _ = panel.append_child(&text);
        let _ = panel.append_child(&button);
    }
    let _ = body.append_child(&panel);
}

/// Panics on purpose, so the end-to-end tests can check the crash panel. Reachable only
/// from JavaScript already running in the page (`window.wasmBindings`), never from a URL.
#[wasm_bindgen]
pub fn __landscape_test_panic() {
    panic!("panic requested by a test");
}
