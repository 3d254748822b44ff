//! The default view: every matching project as a card, or a friendly empty state.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

use crate::domain::catalog::{render_count, RENDER_STEP};
use crate::ui::i18n::tr;
use crate::ui::project_card::ProjectCard;
use crate::ui::state::{use_explorer, Nav};

/// The grid of cards for the filtered, sorted `results` (catalog indices).
#[component]
pub fn CardGrid(
    /// Catalog indices to show, in order.
    results: Memo<Vec<usize>>,
) -> impl IntoView {
    let state = use_explorer();
    let lang = state.lang;
    // Progressive rendering above RENDER_ALL_MAX matches: a new result set starts again at
    // one step; the "show more" button (or scrolling near it) adds a step.
    let requested = RwSignal::new(RENDER_STEP);
    Effect::new(move |_| {
        results.track();
        requested.set(RENDER_STEP);
    });
    let shown = Memo::new(move |_| {
        results.with(|r| {
            let n = render_count(r.len(), requested.get());
            r[..n].to_vec()
        })
    });
    let remaining = move || results.with(Vec::len) - shown.with(Vec::len);
    let more_ref = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        let Some(button) = more_ref.get() else { return };
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let near = entries.iter().any(|e| {
                e.unchecked_into::<web_sys::IntersectionObserverEntry>()
                    .is_intersecting()
            });
            if near {
                requested.update(|r| *r += RENDER_STEP);
            }
        });
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin("600px");
        if let Ok(observer) =
            web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
        {
            observer.observe(&button);
            on_cleanup(move || observer.disconnect());
        }
        callback.forget();
    });
    view! {
        <Show when=move || results.with(|r| !r.is_empty()) fallback=|| view! { <EmptyState/> }>
            <h2 class="visually-hidden">{move || match lang.get() {
                crate::domain::Lang::Es => "Proyectos",
                crate::domain::Lang::En => "Projects",
            }}</h2>
            <div class="grid">
                <For each=move || shown.get() key=|i| *i let:index>
                    <ProjectCard index/>
                </For>
            </div>
            <Show when=move || { remaining() > 0 }>
                <button class="btn grid__more" node_ref=more_ref on:click=move |_| requested.update(|r| *r += RENDER_STEP)>
                    {move || match lang.get() {
                        crate::domain::Lang::Es => format!("Mostrar más ({} restantes)", remaining()),
                        crate::domain::Lang::En => format!("Show more ({} remaining)", remaining()),
                    }}
                </button>
            </Show>
        </Show>
    }
}

/// What to say when nothing matches: the active filters and a way back.
#[component]
pub fn EmptyState() -> impl IntoView {
    let state = use_explorer();
    let lang = state.lang;
    let active = move || {
        let cat = state.catalog.get_value();
        let l = lang.get();
        state.query.with(|q| {
            let mut v: Vec<String> = q.categories.iter().map(|c| cat.category_label(c, l)).collect();
            v.extend(q.chains.iter().map(|c| cat.chain_label(c, l)));
            if !q.q.trim().is_empty() {
                v.push(format!("“{}”", q.q.trim()));
            }
            v.join(", ")
        })
    };
    view! {
        <div class="empty" data-empty="">
            <h2 class="empty__title">{move || tr(lang.get()).empty_title}</h2>
            <p>{move || tr(lang.get()).empty_active} " " <strong>{active}</strong></p>
            <button class="btn btn--primary" on:click=move |_| state.update(Nav::Push, |q| {
                q.categories.clear();
                q.chains.clear();
                q.q.clear();
            })>{move || tr(lang.get()).empty_reset}</button>
        </div>
    }
}
