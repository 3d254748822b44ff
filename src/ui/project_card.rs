//! One project as a card: monogram, name, category and chain badges, token, summary.
//! `<article data-project="{id}">` is a public hook (tests and blog CSS rely on it).
//!
//! A card is built for one language: its text is plain strings, not reactive closures,
//! and the grid rebuilds the cards when the language changes. The only reactive part is
//! the compare toggle, which follows the grid's `picked` memo (it changes only when the
//! comparison changes, not on every filter or keystroke). This keeps a card at a handful
//! of DOM nodes and no subscriptions, which is what makes filtering thousands cheap.

use leptos::prelude::*;

use crate::domain::card::{hue, monogram};
use crate::domain::i18n::tr;
use crate::domain::model::is_article;
use crate::domain::Lang;
use crate::ui::state::{use_explorer, Nav};

/// The card of the project at `index` in the catalog, in `lang`.
#[component]
pub fn ProjectCard(
    /// Index of the project in the catalog.
    index: usize,
    /// The language the card's text is in.
    lang: Lang,
    /// Ids of the projects picked for comparison.
    picked: Memo<Vec<String>>,
) -> impl IntoView {
    let state = use_explorer();
    let cat = state.catalog.get_value();
    let t = tr(lang);
    let p = &cat.projects()[index];
    let id = p.id.clone();
    let category_badges = p
        .categories
        .iter()
        .map(|c| view! { <li class="badge badge--category" data-category=c.clone()>{cat.category_label(c, lang)}</li> })
        .collect_view();
    let chain_badges = if p.chains.is_empty() {
        view! { <li class="badge badge--muted">{t.not_stated}</li> }.into_any()
    } else {
        p.chains
            .iter()
            .map(|c| {
                view! {
                    <li class="badge badge--chain" class:badge--article=is_article(&c.source) data-chain=c.id.clone()>
                        {cat.chain_label(&c.id, lang)}
                    </li>
                }
            })
            .collect_view()
            .into_any()
    };
    let token = (!p.tokens.is_empty()).then(|| {
        let symbols: Vec<&str> = p.tokens.iter().map(|t| t.symbol.as_str()).collect();
        view! { <p class="card__token"><span class="card__token-label">{t.token}</span>" " {symbols.join(" · ")}</p> }
    });
    let is_picked = {
        let id = id.clone();
        Memo::new(move |_| picked.with(|ids| ids.contains(&id)))
    };
    let open_id = id.clone();
    let toggle_id = id.clone();
    view! {
        <article class="card" data-project=id.clone() style=format!("--hue:{}", hue(&p.id))>
            <div class="card__head">
                <span class="monogram" aria-hidden="true">{monogram(&p.name)}</span>
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
            <p class="card__summary">{p.summary.get(lang).to_string()}</p>
            <ul class="badges" aria-label=t.categories>{category_badges}</ul>
            <ul class="badges" aria-label=t.chains>{chain_badges}</ul>
            <div class="card__foot">
                {token}
                <button
                    class="card__compare"
                    aria-pressed=move || is_picked.get().to_string()
                    aria-label=format!("{} {}", t.compare, p.name)
                    on:click=move |_| state.toggle_compare(&toggle_id)
                >
                    <span aria-hidden="true">{move || if is_picked.get() { "✓ " } else { "+ " }}</span>
                    {t.compare}
                </button>
            </div>
        </article>
    }
}
