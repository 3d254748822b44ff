//! Category, chain and status facets: native checkboxes with live counts, and "clear
//! all".

use leptos::prelude::*;

use crate::domain::logo::chain_logo;
use crate::ui::mark::chain_icon;

use crate::domain::history::Status;
use crate::domain::i18n::status_name;
use crate::domain::{ExplorerQuery, CHAIN_NOT_STATED};
use crate::ui::erased::{handler, memo, CollectErased};
use crate::ui::label::label;
use crate::ui::state::{use_explorer, Nav};

/// Which facet a checkbox belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Facet {
    Category,
    Chain,
    Status,
}

impl Facet {
    /// `data-facet`, and the middle of the checkbox's id.
    fn code(self) -> &'static str {
        match self {
            Facet::Category => "category",
            Facet::Chain => "chain",
            Facet::Status => "status",
        }
    }
}

/// The facet panel.
#[component]
pub fn FacetPanel() -> impl IntoView {
    let state = use_explorer();
    let query = state.query;
    let lang = state.lang;
    let counts = Memo::new(move |_| {
        let cat = state.catalog.get_value();
        state
            .hits
            .with(|hits| query.with(|q| cat.facet_counts_with(hits, &q.filters())))
    });
    let catalog = state.catalog.get_value();

    // Chains ordered by how many projects use them overall, "not stated" last.
    let mut chain_ids: Vec<(String, usize)> = catalog.chain_totals();
    crate::domain::order::sort_by(&mut chain_ids, &|a, b| {
        (a.0 == CHAIN_NOT_STATED)
            .cmp(&(b.0 == CHAIN_NOT_STATED))
            .then(b.1.cmp(&a.1))
    });
    let category_rows: Vec<(String, bool)> = catalog
        .top_categories()
        .flat_map(|c| {
            std::iter::once((c.id.clone(), false)).chain(
                catalog
                    .children(&c.id)
                    .map(|ch| (ch.id.clone(), true))
                    .collect::<Vec<_>>(),
            )
        })
        .collect();

    view! {
        <div class="facets__inner">
            <div class="facets__head">
                <h2 class="facets__title">{label(lang, |s| s.filters)}</h2>
                <button
                    class="btn btn--link"
                    disabled=move || !query.with(ExplorerQuery::is_filtered)
                    on:click=handler(move |_| state.update(Nav::Push, |q| {
                        q.categories.clear();
                        q.chains.clear();
                        q.statuses.clear();
                        q.q.clear();
                    }))
                >{label(lang, |s| s.clear_all)}</button>
            </div>
            <fieldset class="facet">
                <legend class="facet__legend">{label(lang, |s| s.categories)}</legend>
                {category_rows.into_iter().map(|(id, nested)| view! {
                    <FacetOption facet=Facet::Category id nested counts/>
                }).collect_erased()}
            </fieldset>
            <fieldset class="facet">
                <legend class="facet__legend">{label(lang, |s| s.chains)}</legend>
                {chain_ids.into_iter().map(|(id, _)| view! {
                    <FacetOption facet=Facet::Chain id nested=false counts/>
                }).collect_erased()}
            </fieldset>
            <fieldset class="facet" data-facet-group="status">
                <legend class="facet__legend">{label(lang, |s| s.status)}</legend>
                {Status::ALL.into_iter().map(|s| view! {
                    <FacetOption facet=Facet::Status id=s.code().to_string() nested=false counts/>
                }).collect_erased()}
            </fieldset>
        </div>
    }
}

/// One checkbox with its label and live count.
#[component]
fn FacetOption(
    /// Category or chain.
    facet: Facet,
    /// The value's id.
    id: String,
    /// Shown indented under its parent.
    nested: bool,
    /// Live counts.
    counts: Memo<crate::domain::FacetCounts>,
) -> impl IntoView {
    let state = use_explorer();
    let query = state.query;
    let lang = state.lang;
    let id_checked = id.clone();
    let checked = memo(move |_| {
        query.with(|q| match facet {
            Facet::Category => q.categories.contains(&id_checked),
            Facet::Chain => q.chains.contains(&id_checked),
            Facet::Status => q.statuses.contains(&id_checked),
        })
    });
    let id_count = id.clone();
    let count = memo(move |_| {
        counts.with(|c| {
            let list = match facet {
                Facet::Category => &c.categories,
                Facet::Chain => &c.chains,
                Facet::Status => &c.statuses,
            };
            list.iter()
                .find(|(k, _)| *k == id_count)
                .map(|(_, n)| *n)
                .unwrap_or(0)
        })
    });
    let id_label = id.clone();
    let label = move || {
        let cat = state.catalog.get_value();
        match facet {
            Facet::Category => cat.category_label(&id_label, lang.get()),
            Facet::Chain => cat.chain_label(&id_label, lang.get()),
            Facet::Status => {
                Status::parse(&id_label).map_or(String::new(), |s| status_name(s, lang.get()).to_string())
            }
        }
    };
    let icon = match facet {
        Facet::Chain => state.catalog.with_value(|c| chain_logo(c, &id)),
        _ => None,
    };
    let id_toggle = id.clone();
    let input_id = format!(
        "f-{}-{}",
        if facet == Facet::Category {
            "cat"
        } else {
            facet.code()
        },
        id
    );
    view! {
        <div class="facet__option" class:facet__option--nested=nested class:facet__option--zero=move || count.get() == 0>
            <input
                type="checkbox"
                id=input_id.clone()
                value=id.clone()
                data-facet=facet.code()
                prop:checked=move || checked.get()
                on:change=handler(move |_| {
                    let id = id_toggle.clone();
                    let cat = state.catalog.get_value();
                    state.update(Nav::Push, move |q| match facet {
                        Facet::Category => {
                            ExplorerQuery::toggle(&mut q.categories, &id);
                            crate::domain::order::sort_by(&mut q.categories, &|a, b| cat.category_rank(a).cmp(&cat.category_rank(b)));
                        }
                        Facet::Chain => {
                            ExplorerQuery::toggle(&mut q.chains, &id);
                            crate::domain::order::sort_by(&mut q.chains, &|a, b| cat.chain_rank(a).cmp(&cat.chain_rank(b)));
                        }
                        Facet::Status => {
                            ExplorerQuery::toggle(&mut q.statuses, &id);
                            q.statuses = Status::ALL
                                .iter()
                                .map(|s| s.code().to_string())
                                .filter(|s| q.statuses.contains(s))
                                .collect();
                        }
                    });
                })
            />
            <label for=input_id>
                <span class="facet__name">{chain_icon(icon)}{move || label()}</span>
                <span class="facet__count">{count}</span>
            </label>
        </div>
    }
}
