//! The default view: every matching project as a card, or a friendly empty state.

use leptos::prelude::*;

use crate::ui::i18n::tr;
use crate::ui::project_card::ProjectCard;
use crate::ui::state::{use_explorer, Nav};

/// The grid of cards for the filtered, sorted `results` (catalog indices).
#[component]
pub fn CardGrid(
    /// Catalog indices to show, in order.
    results: Memo<Vec<usize>>,
) -> impl IntoView {
    view! {
        <Show when=move || results.with(|r| !r.is_empty()) fallback=|| view! { <EmptyState/> }>
            <div class="grid">
                <For each=move || results.get() key=|i| *i let:index>
                    <ProjectCard index/>
                </For>
            </div>
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
