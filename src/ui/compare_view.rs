//! The comparison: one column per picked project, one row per attribute (rows built by
//! `domain::compare`), shared values marked, "only differences", column moves and removal.
//! Every change is written to `compare=` in the URL.

use leptos::prelude::*;

use crate::domain::card::{hue, monogram};
use crate::domain::logo::LogoSrc;
use crate::ui::mark::mark;

use crate::domain::compare::attribute_name;
use crate::domain::compare::{compare_rows, identical_rows, unstated, Row};
use crate::domain::i18n::tr;
use crate::domain::records::unstated_label;
use crate::domain::View;
use crate::ui::erased::{cond, handler, memo, CollectErased};
use crate::ui::fact_items::item_list;
use crate::ui::label::label;
use crate::ui::records::WithRecords;
use crate::ui::state::{use_explorer, Nav};

/// The comparison table for `compare=`.
#[component]
pub fn CompareView() -> impl IntoView {
    let state = use_explorer();
    let query = state.query;
    let lang = state.lang;
    // "Only differences" is part of the state, so a shared link keeps it (`diff=1`).
    let only_diff = memo(move |_| query.with(|q| q.only_diff));
    let picked = memo(move |_| query.with(|q| q.compare.clone()));
    let rows = Memo::new(move |_| {
        // Again once the records are in: the catalog is then the export's.
        let _ = state.has_records();
        let cat = state.catalog.get_value();
        picked.with(|ids| {
            let projects: Vec<_> = ids.iter().filter_map(|id| cat.resolve(id)).collect();
            compare_rows(&cat, &projects)
        })
    });

    let move_col = move |from: usize, to: usize| {
        state.update(Nav::Push, |q| {
            if from < q.compare.len() && to < q.compare.len() {
                q.compare.swap(from, to);
            }
        });
    };

    view! {
        <div class="compare">
            <h2 id="compare-title" class="visually-hidden">{label(lang, |s| s.compare_table)}</h2>
            <Show
                when=cond(move || picked.with(|p| p.len() >= 2))
                fallback=move || view! {
                    <div class="empty" data-empty="compare">
                        <p>{label(lang, |s| s.compare_empty)}</p>
                        <button class="btn btn--primary" on:click=handler(move |_| state.update(Nav::Push, |q| q.view = View::Cards))>
                            {move || crate::domain::labels::view_name(View::Cards, lang.get())}
                        </button>
                    </div>
                }
            >
                <div class="compare__controls">
                    <label class="switch">
                        <input type="checkbox" prop:checked=move || only_diff.get()
                            on:change=handler(move |ev| {
                                let on = event_target_checked(&ev);
                                state.update(Nav::Push, |q| q.only_diff = on);
                            })/>
                        <span>{label(lang, |s| s.only_differences)}</span>
                    </label>
                    <span class="compare__legend"><span class="chip chip--shared">{label(lang, |s| s.shared)}</span> " " {label(lang, |s| s.shared_legend)}</span>
                    <span class="compare__legend"><span class="compare__agree-mark" aria-hidden="true"></span> {label(lang, |s| s.some_agree_legend)}</span>
                    <p class="compare__diff-note" role="status" data-diff-note="">
                        {move || only_diff.get().then(|| {
                            let s = tr(lang.get());
                            match rows.with(|r| identical_rows(r)) {
                                0 => s.no_identical_rows.to_string(),
                                n => format!("{n} {}", s.rows_hidden),
                            }
                        })}
                    </p>
                </div>
                // The table needs the records (tokens, founding, funding...): busy until
                // the export is in, the controls above already usable.
                <WithRecords min_height="24rem">
                <div class="compare__scroll">
                    <table class="compare__table">
                        <thead>
                            <tr>
                                <td class="compare__corner">{label(lang, |s| s.attribute)}</td>
                                {move || {
                                    let ids = picked.get();
                                    let n = ids.len();
                                    let cat = state.catalog.get_value();
                                    ids.into_iter().enumerate().filter_map(|(i, id)| {
                                        let p = cat.resolve(&id)?;
                                        let name = p.name.clone();
                                        let logo = p.logo.as_ref().map(LogoSrc::of);
                                        let mono = monogram(&p.name);
                                        let open = p.id.clone();
                                        let remove = p.id.clone();
                                        let l = lang.get();
                                        let s = tr(l);
                                        Some(view! {
                                            <th scope="col" data-compare-col=p.id.clone() style=format!("--hue:{}", hue(&p.id))>
                                                {mark(logo, mono, "monogram--small", 26)}
                                                <button class="compare__name" on:click=handler(move |_| {
                                                    let id = open.clone();
                                                    state.update(Nav::Push, |q| q.project = Some(id));
                                                })>{name.clone()}</button>
                                                <span class="compare__col-actions">
                                                    <button class="btn btn--icon btn--tiny" disabled=i == 0
                                                        aria-label=format!("{} {}", s.move_left, name)
                                                        on:click=handler(move |_| move_col(i, i.saturating_sub(1)))>"←"</button>
                                                    <button class="btn btn--icon btn--tiny" disabled=i + 1 == n
                                                        aria-label=format!("{} {}", s.move_right, name)
                                                        on:click=handler(move |_| move_col(i, i + 1))>"→"</button>
                                                    <button class="btn btn--icon btn--tiny"
                                                        aria-label=format!("{} {}", s.remove, name)
                                                        on:click=handler(move |_| state.toggle_compare(&remove))>"✕"</button>
                                                </span>
                                            </th>
                                        })
                                    }).collect_erased()
                                }}
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                let l = lang.get();
                                let hide_equal = only_diff.get();
                                let rows = rows.get();
                                let folded = unstated(&rows);
                                let cols = rows.first().map_or(1, |r| r.cells.len());
                                let line = (!folded.is_empty()).then(|| {
                                    let codes: Vec<&str> = folded.iter().map(|a| a.code()).collect();
                                    let names: Vec<&str> = folded.iter().map(|a| attribute_name(*a, l)).collect();
                                    view! {
                                        <tr class="compare__folded" data-folded=codes.join(" ")>
                                            <td colspan=cols + 1>{unstated_label(l)} {names.join(", ")}</td>
                                        </tr>
                                    }
                                });
                                let shown: Vec<AnyView> = rows.into_iter()
                                    .filter(|r| !folded.contains(&r.attribute))
                                    .map(|row| render_row(row, l, hide_equal, cols))
                                    .collect_erased();
                                // One list (the rows, then the folded line) rather than a
                                // pair: the same view type as the app's other erased lists.
                                let mut shown = shown;
                                shown.push(line.into_any());
                                shown
                            }}
                        </tbody>
                    </table>
                </div>
                </WithRecords>
            </Show>
        </div>
    }
}

/// One attribute's row. On a phone the attribute's name moves out of its sticky column
/// into a line of its own above the row (`.compare__label-row`, for the eye only; the row
/// header stays for screen readers), so each project's column gets the width.
fn render_row(row: Row, l: crate::domain::Lang, hide_equal: bool, cols: usize) -> impl IntoView {
    let s = tr(l);
    let hidden = hide_equal && row.all_equal;
    let name = attribute_name(row.attribute, l);
    view! {
        <tr class="compare__label-row" hidden=hidden aria-hidden="true">
            <td colspan=cols + 1><span>{name}{row.some_agree.then(|| view! { <span class="compare__agree-mark"></span> })}</span></td>
        </tr>
        <tr hidden=hidden data-attribute=row.attribute.code() class:compare__row--equal=row.all_equal
            class:compare__row--some=row.some_agree>
            <th scope="row">
                {name}
                {row.some_agree.then(|| view! {
                    <span class="compare__agree-mark" title=s.some_agree_legend></span>
                    <span class="visually-hidden">{format!(" ({})", s.some_agree)}</span>
                })}
            </th>
            {row.cells.into_iter().map(|cell| {
                if cell.is_empty() {
                    view! { <td class="compare__none">{s.not_stated}</td> }.into_any()
                } else {
                    view! { <td>{item_list(cell, l)}</td> }.into_any()
                }
            }).collect_erased()}
        </tr>
    }
}

/// The tray of picked projects, at the bottom of the other views.
#[component]
pub fn CompareTray() -> impl IntoView {
    let state = use_explorer();
    let query = state.query;
    let lang = state.lang;
    let t = move || tr(lang.get());
    let visible = move || query.with(|q| !q.compare.is_empty() && q.view != View::Compare);
    view! {
        <Show when=cond(visible)>
            {view! { <aside class="tray" aria-labelledby="tray-title">
                <h2 id="tray-title" class="tray__title">{label(lang, |s| s.picked)}</h2>
                <ul class="tray__list">
                    {move || {
                        let cat = state.catalog.get_value();
                        let l = lang.get();
                        query.with(|q| q.compare.clone()).into_iter().filter_map(|id| {
                            let p = cat.resolve(&id)?;
                            let name = p.name.clone();
                            let remove = p.id.clone();
                            Some(view! {
                                <li class="chip">
                                    {name.clone()}
                                    <button class="chip__remove" aria-label=format!("{} {}", tr(l).remove, name)
                                        on:click=handler(move |_| state.toggle_compare(&remove))>"✕"</button>
                                </li>
                            })
                        }).collect_erased()
                    }}
                </ul>
                <button class="btn btn--link" on:click=handler(move |_| {
                    state.notice.set(None);
                    state.update(Nav::Push, |q| q.compare.clear());
                })>{label(lang, |s| s.clear)}</button>
                <button class="btn btn--primary" data-compare-go=""
                    on:click=handler(move |_| state.update(Nav::Push, |q| { q.view = View::Compare; q.project = None; }))>
                    {move || format!("{} ({})", t().compare, query.with(|q| q.compare.len()))}
                </button>
            </aside> }.into_any()}
        </Show>
    }
}
