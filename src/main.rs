//! Entry point: mounts the app. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    ai_landscape::ui::crash::install_panic_hook();
    leptos::mount::mount_to_body(ai_landscape::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a WebAssembly app: build it with `trunk build` or run `cargo xtask serve`.");
}
