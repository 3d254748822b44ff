//! One project as a card: monogram, name, category and chain badges, token, summary.
//! `<article data-project="{id}">` is a public hook (tests and blog CSS rely on it).

use leptos::prelude::*;

use crate::domain::catalog::{hue, monogram};
use crate::domain::model::is_article;
use crate::ui::i18n::tr;
use crate::ui::state::{use_explorer, Nav};

/// The card of the project at `index` in the catalog.
#[component]
pub fn ProjectCard(
    /// Index of the project in the catalog.
    index: usize,
) -> impl IntoView {
    let state = use_explorer();
    let lang = state.lang;
    let cat = state.catalog.get_value();
    // Borrow the project: only the fields the card shows are cloned.
    let p = &cat.projects()[index];
    let id = p.id.clone();
    let style = format!("--hue:{}", hue(&p.id));
    let mono = monogram(&p.name);
    let categories = p.categories.clone();
    let chains = p.chains.clone();
    let tokens: Vec<String> = p.tokens.iter().map(|t| t.symbol.clone()).collect();
    let summary = p.summary.clone();
    let cat2 = cat.clone();
    let open_id = id.clone();
    let compare_id = id.clone();
    let toggle_id = id.clone();
    let picked = Memo::new(move |_| state.query.with(|q| q.compare.contains(&compare_id)));
    let name_for_label = p.name.clone();
    view! {
        <article class="card" data-project=id.clone() style=style>
            <div class="card__head">
                <span class="monogram" aria-hidden="true">{mono}</span>
                <h3 class="card__title">
                    <button
                        class="card__open"
                        id=format!("open-{id}")
                        aria-haspopup="dialog"
                        on:click=move |_| {
                            let id = open_id.clone();
                            state.update(Nav::Push, |q| q.project = Some(id));
                        }
                    >{p.name.clone()}</button>
                </h3>
            </div>
            <p class="card__summary">{move || summary.get(lang.get()).to_string()}</p>
            <ul class="badges" aria-label=move || tr(lang.get()).categories>
                {categories.into_iter().map(|c| {
                    let cat = cat.clone();
                    let c2 = c.clone();
                    view! { <li class="badge badge--category" data-category=c>{move || cat.category_label(&c2, lang.get())}</li> }
                }).collect_view()}
            </ul>
            <ul class="badges" aria-label=move || tr(lang.get()).chains>
                {if chains.is_empty() {
                    view! { <li class="badge badge--muted">{move || tr(lang.get()).not_stated}</li> }.into_any()
                } else {
                    chains.into_iter().map(|c| {
                        let cat = cat2.clone();
                        let id = c.id.clone();
                        let from_article = is_article(&c.source);
                        view! {
                            <li class="badge badge--chain" class:badge--article=from_article data-chain=c.id.clone()>
                                {move || cat.chain_label(&id, lang.get())}
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            <div class="card__foot">
                {(!tokens.is_empty()).then(|| view! {
                    <p class="card__token"><span class="card__token-label">{move || tr(lang.get()).token}</span>" " {tokens.join(" · ")}</p>
                })}
                <button
                    class="card__compare"
                    aria-pressed=move || picked.get().to_string()
                    aria-label=move || format!("{} {}", tr(lang.get()).compare, name_for_label)
                    on:click=move |_| state.toggle_compare(&toggle_id)
                >
                    <span aria-hidden="true">{move || if picked.get() { "✓ " } else { "+ " }}</span>
                    {move || tr(lang.get()).compare}
                </button>
            </div>
        </article>
    }
}
