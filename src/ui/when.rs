//! `<When>`: Leptos's `<Show>` with its children erased, so the app has one copy of it.

use leptos::prelude::*;

/// Its children while `when` holds, else `fallback` (nothing by default); they are built
/// again each time `when` turns true, as with `<Show>`. `<Show>` is generic over its
/// children's view type, so each of its uses was a copy of its code in the wasm; here the
/// children are an erased view and the component exists once.
#[component]
pub fn When(
    /// Whether to show the children.
    #[prop(into)]
    when: Signal<bool>,
    children: ChildrenFn,
    /// What to show while `when` does not hold.
    #[prop(optional, into)]
    fallback: ViewFn,
) -> impl IntoView {
    let shown = Memo::new(move |_| when.get());
    move || if shown.get() { children() } else { fallback.run() }
}
