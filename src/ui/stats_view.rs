//! Insights (`view=stats`): the chain × category heatmap, bar charts you can click, the
//! share of facts from the article, and the article's funding figures. The numbers come
//! from `domain::stats`; this file only draws them (SVG, no charting library).

use leptos::prelude::*;

use crate::domain::i18n::{event_kind_name, tr};
use crate::domain::model::EventKind;
use crate::domain::stats::{counts_by_category, counts_by_chain, facet_matrix, funding_figures, provenance};
use crate::domain::text::format_usd;
use crate::domain::timeline::kind_counts;
use crate::domain::{Lang, View};
use crate::ui::erased::{handler, CollectErased};
use crate::ui::label::label;
use crate::ui::records::WithRecords;
use crate::ui::state::{use_explorer, Nav};

/// Width of the SVG coordinate system; the charts scale to their box.
const W: i32 = 420;
const LABEL_W: i32 = 150;
const ROW_H: i32 = 26;
/// Baseline of a bar's text, from the bar's top.
const BASELINE: i32 = 18;

/// The insights view for the filtered `results` (catalog indices).
#[component]
pub fn StatsView(
    /// Catalog indices that match the filters.
    results: Memo<Vec<usize>>,
) -> impl IntoView {
    let state = use_explorer();
    let lang = state.lang;
    view! {
        <div class="stats">
            <section class="stats__block" aria-labelledby="since-title" data-since-article="">
                <h2 id="since-title" class="stats__title">{label(lang, |s| s.since_article)}</h2>
                // Every kind of event is in the export (the first view has only the changes).
                <WithRecords min_height="8rem">{move || {
                    let cat = state.catalog.get_value();
                    let l = lang.get();
                    let published = cat.data().article.published.clone();
                    let bars: Vec<Bar> = results.with(|r| kind_counts(&cat, r, published.as_deref()))
                        .into_iter()
                        .map(|(k, n)| Bar { label: event_kind_name(k, l).to_string(), value: n, action: Action::Event(k) })
                        .collect();
                    bar_chart(bars, l).into_any()
                }}</WithRecords>
            </section>
            <section class="stats__block" aria-labelledby="heat-title">
                <h2 id="heat-title" class="stats__title">{label(lang, |s| s.heatmap_title)}</h2>
                <p class="stats__note">{label(lang, |s| s.heatmap_note)}</p>
                <Heatmap results/>
            </section>
            <div class="stats__pair">
                <section class="stats__block" aria-labelledby="bycat-title">
                    <h2 id="bycat-title" class="stats__title">{label(lang, |s| s.per_category)}</h2>
                    {move || {
                        let cat = state.catalog.get_value();
                        let l = lang.get();
                        let bars: Vec<Bar> = results.with(|r| counts_by_category(&cat, r))
                            .into_iter()
                            .map(|(id, n)| {
                                let nested = cat.category(&id).is_some_and(|c| c.parent.is_some());
                                let label = cat.category_label(&id, l);
                                Bar { label: if nested { format!("· {label}") } else { label }, value: n, action: Action::Category(id) }
                            })
                            .collect();
                        bar_chart(bars, l).into_any()
                    }}
                </section>
                <section class="stats__block" aria-labelledby="bychain-title">
                    <h2 id="bychain-title" class="stats__title">{label(lang, |s| s.per_chain)}</h2>
                    {move || {
                        let cat = state.catalog.get_value();
                        let l = lang.get();
                        let bars: Vec<Bar> = results.with(|r| counts_by_chain(&cat, r))
                            .into_iter()
                            .filter(|(_, n)| *n > 0)
                            .map(|(id, n)| Bar { label: cat.chain_label(&id, l), value: n, action: Action::Chain(id) })
                            .collect();
                        bar_chart(bars, l).into_any()
                    }}
                </section>
            </div>
            <div class="stats__pair">
                <section class="stats__block" aria-labelledby="prov-title">
                    <h2 id="prov-title" class="stats__title">{label(lang, |s| s.provenance_title)}</h2>
                    <p class="stats__note">{label(lang, |s| s.provenance_note)}</p>
                    <WithRecords min_height="12rem">{move || {
                        let cat = state.catalog.get_value();
                        provenance_chart(results.with(|r| provenance(&cat, r)), lang.get()).into_any()
                    }}</WithRecords>
                </section>
                <section class="stats__block" aria-labelledby="fund-title">
                    <h2 id="fund-title" class="stats__title">{label(lang, |s| s.funding_title)}</h2>
                    <p class="stats__note">{label(lang, |s| s.funding_note)}</p>
                    <WithRecords min_height="12rem">{move || {
                        let cat = state.catalog.get_value();
                        let l = lang.get();
                        let bars: Vec<Bar> = results.with(|r| funding_figures(&cat, r, true))
                            .into_iter()
                            .map(|f| {
                                let name = cat.resolve(&f.project).map(|p| p.name.clone()).unwrap_or(f.project.clone());
                                let label = match &f.recipient {
                                    Some(r) => format!("{name} ({r})"),
                                    None => name,
                                };
                                Bar { label, value: f.amount_usd as usize, action: Action::Project(f.project) }
                            })
                            .collect();
                        if bars.is_empty() {
                            view! { <p class="muted">{tr(l).funding_none}</p> }.into_any()
                        } else {
                            bar_chart(bars, l).into_any()
                        }
                    }}</WithRecords>
                </section>
            </div>
        </div>
    }
}

/// What clicking a bar does.
#[derive(Clone)]
enum Action {
    Category(String),
    Chain(String),
    Project(String),
    /// The timeline of one kind of event.
    Event(EventKind),
}

struct Bar {
    label: String,
    value: usize,
    action: Action,
}

fn run(action: &Action) {
    let state = use_explorer();
    match action.clone() {
        Action::Category(id) => state.update(Nav::Push, |q| q.categories = vec![id]),
        Action::Chain(id) => state.update(Nav::Push, |q| q.chains = vec![id]),
        Action::Project(id) => state.update(Nav::Push, |q| q.project = Some(id)),
        Action::Event(k) => state.update(Nav::Push, |q| {
            q.view = View::Timeline;
            q.events = vec![k.id().to_string()];
        }),
    }
}

fn projects_word(n: usize, lang: Lang) -> String {
    crate::domain::i18n::projects_count(n, lang)
}

/// A horizontal bar chart; each bar is a keyboard-reachable button.
fn bar_chart(bars: Vec<Bar>, lang: Lang) -> impl IntoView {
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1) as i32;
    let height = (bars.len() as i32 * ROW_H).max(ROW_H);
    let is_money = matches!(bars.first().map(|b| &b.action), Some(Action::Project(_)));
    view! {
        <svg class="chart" viewBox=format!("0 0 {W} {height}") role="group">
            {bars.into_iter().enumerate().map(|(i, bar)| {
                let y = i as i32 * ROW_H;
                let w = (W - LABEL_W - 60) * bar.value as i32 / max;
                let shown = if is_money { format_usd(bar.value as u64) } else { bar.value.to_string() };
                let name = if is_money { format!("{}: {shown}", bar.label) } else { format!("{}: {}", bar.label, projects_word(bar.value, lang)) };
                let action = bar.action.clone();
                let action_key = bar.action.clone();
                view! {
                    <g class="chart__bar" role="button" tabindex="0" aria-label=name
                        on:click=handler(move |_| run(&action))
                        on:keydown=handler(move |ev: web_sys::KeyboardEvent| {
                            if ev.key() == "Enter" || ev.key() == " " {
                                ev.prevent_default();
                                run(&action_key);
                            }
                        })>
                        <rect class="chart__hit" x="0" y=y width=W height=ROW_H></rect>
                        <text class="chart__label" x=LABEL_W - 8 y=y + BASELINE text-anchor="end"><title>{bar.label.clone()}</title>{truncate(&bar.label, 17)}</text>
                        <rect class="chart__fill" x=LABEL_W y=y + 4 width=w.max(1) height=ROW_H - 8 rx="3"></rect>
                        <text class="chart__value" x=LABEL_W + w + 6 y=y + BASELINE>{shown}</text>
                    </g>
                }
            }).collect_erased()}
        </svg>
    }
}

/// `v` hundredths as a decimal ("0.15", "1"); the charts use whole numbers only, which
/// keeps float formatting (and its tables) out of the wasm.
fn hundredths(v: u32) -> String {
    if v >= 100 {
        "1".into()
    } else {
        format!("0.{v:02}")
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() > n {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    } else {
        s.to_string()
    }
}

/// Stacked bars: article facts vs added facts, per kind.
fn provenance_chart(rows: Vec<crate::domain::stats::Provenance>, lang: Lang) -> impl IntoView {
    let t = tr(lang);
    let max = rows.iter().map(|r| r.article + r.added).max().unwrap_or(0).max(1) as i32;
    let height = rows.len() as i32 * ROW_H + 28;
    let label = move |kind: &str| match kind {
        "chains" => t.chains,
        "tokens" => t.token,
        "websites" => t.website,
        "founded" => t.founded,
        _ => t.other_facts,
    };
    let summary = rows
        .iter()
        .map(|r| {
            format!(
                "{}: {} {}, {} {}",
                label(r.kind),
                r.article,
                t.source_article,
                r.added,
                t.source_added
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    view! {
        <svg class="chart" viewBox=format!("0 0 {W} {height}") role="img" aria-label=summary>
            {rows.iter().enumerate().map(|(i, r)| {
                let y = i as i32 * ROW_H;
                let wa = r.article as i32 * (W - LABEL_W - 60) / max;
                let wb = (r.article + r.added) as i32 * (W - LABEL_W - 60) / max - wa;
                view! {
                    <g>
                        <text class="chart__label" x=LABEL_W - 8 y=y + BASELINE text-anchor="end">{label(r.kind)}</text>
                        <rect class="chart__fill" x=LABEL_W y=y + 4 width=wa height=ROW_H - 8></rect>
                        <rect class="chart__fill chart__fill--added" x=LABEL_W + wa y=y + 4 width=wb height=ROW_H - 8></rect>
                        <text class="chart__value" x=LABEL_W + wa + wb + 6 y=y + BASELINE>{format!("{} / {}", r.article, r.added)}</text>
                    </g>
                }
            }).collect_erased()}
            <g transform=format!("translate({LABEL_W} {})", height - 18)>
                <rect class="chart__fill" x="0" y="0" width="12" height="12"></rect>
                <text class="chart__legend" x="18" y="10">{t.source_article}</text>
                <rect class="chart__fill chart__fill--added" x="110" y="0" width="12" height="12"></rect>
                <text class="chart__legend" x="128" y="10">{t.source_added}</text>
            </g>
        </svg>
    }
}

/// Geometry of the heatmap, in SVG units.
const HEAT_LABEL_W: i32 = 160;
const HEAT_COL_W: i32 = 54;
const HEAT_ROW_H: i32 = 30;
const HEAT_HEAD_H: i32 = 120;
/// Baseline of a heatmap row's text, from the row's top.
const HEAT_BASELINE: i32 = 20;

/// The chain × category heatmap (SVG): cells are keyboard-reachable buttons named
/// "Solana × Compute resource marketplaces: 3 projects", colour by count.
#[component]
fn Heatmap(
    /// Catalog indices that match the filters.
    results: Memo<Vec<usize>>,
) -> impl IntoView {
    let state = use_explorer();
    let lang = state.lang;
    view! { {move || {
        let cat = state.catalog.get_value();
        let l = lang.get();
        let m = results.with(|r| facet_matrix(&cat, r));
        let width = HEAT_LABEL_W + HEAT_COL_W * m.columns.len() as i32 + 48;
        let height = HEAT_HEAD_H + HEAT_ROW_H * m.rows.len() as i32 + 4;
        let max = m.max.max(1) as u32;
        // A parent category's name spans its sub-category columns.
        let mut groups: Vec<(String, usize, usize)> = Vec::new();
        for (c, col) in m.columns.iter().enumerate() {
            if let Some(g) = &col.group {
                match groups.last_mut() {
                    Some((id, _, end)) if id == g => *end = c,
                    _ => groups.push((g.clone(), c, c)),
                }
            }
        }
        let headers = m
            .columns
            .iter()
            .enumerate()
            .map(|(c, col)| {
                let x = HEAT_LABEL_W + HEAT_COL_W * c as i32 + HEAT_COL_W / 2;
                let y = HEAT_HEAD_H - 8;
                view! {
                    <text class="heat__col" x=x y=y transform=format!("rotate(-40 {x} {y})")>
                        <title>{cat.category_label(&col.id, l)}</title>
                        {truncate(&cat.category_label(&col.id, l), 22)}
                    </text>
                }
            })
            .collect_erased();
        let group_lines = groups.into_iter().map(|(g, start, end)| {
            let x1 = HEAT_LABEL_W + HEAT_COL_W * start as i32 + 2;
            let x2 = HEAT_LABEL_W + HEAT_COL_W * (end as i32 + 1) - 2;
            view! {
                <line class="heat__group-line" x1=x1 x2=x2 y1="14" y2="14"></line>
                <text class="heat__group" x=(x1 + x2) / 2 y="10" text-anchor="middle">{cat.category_label(&g, l)}</text>
            }
        }).collect_erased();
        let rows = m.rows.iter().enumerate().map(|(r, chain)| {
            let chain_name = cat.chain_label(chain, l);
            let y = HEAT_HEAD_H + HEAT_ROW_H * r as i32;
            let cells = m.columns.iter().enumerate().map(|(c, col)| {
                let n = m.cells[r][c];
                let x = HEAT_LABEL_W + HEAT_COL_W * c as i32;
                if n == 0 {
                    return view! { <rect class="heat__zero" x=x + 2 y=y + 2 width=HEAT_COL_W - 4 height=HEAT_ROW_H - 4 rx="5"></rect> }.into_any();
                }
                let name = format!("{} × {}: {}", chain_name, cat.category_label(&col.id, l), projects_word(n, l));
                // Opacity in hundredths: 0.15 for one project, 1 for the most.
                let v = 15 + 85 * n as u32 / max;
                let strong = v > 60;
                let (go_chain, go_cat) = (chain.clone(), col.id.clone());
                let go = move || {
                    let (chain, category) = (go_chain.clone(), go_cat.clone());
                    state.update(Nav::Push, |q| {
                        q.chains = vec![chain];
                        q.categories = vec![category];
                        q.view = View::Cards;
                    });
                };
                let go_key = go.clone();
                view! {
                    <g class="heat__cell" class:heat__cell--strong=strong role="button" tabindex="0" aria-label=name
                        data-chain=chain.clone() data-category=col.id.clone()
                        on:click=handler(move |_| go())
                        on:keydown=handler(move |ev: web_sys::KeyboardEvent| {
                            if ev.key() == "Enter" || ev.key() == " " {
                                ev.prevent_default();
                                go_key();
                            }
                        })>
                        <rect class="heat__fill" x=x + 2 y=y + 2 width=HEAT_COL_W - 4 height=HEAT_ROW_H - 4 rx="5" fill-opacity=hundredths(v)></rect>
                        <text class="heat__n" x=x + HEAT_COL_W / 2 y=y + HEAT_BASELINE text-anchor="middle">{n}</text>
                    </g>
                }.into_any()
            }).collect_erased();
            view! {
                <text class="heat__row" x=HEAT_LABEL_W - 8 y=y + HEAT_BASELINE text-anchor="end"><title>{chain_name.clone()}</title>{truncate(&chain_name, 18)}</text>
                {cells}
            }
        }).collect_erased();
        view! {
            <div class="heat__scroll">
                <svg class="heat" viewBox=format!("0 0 {width} {height}") role="group"
                    style=format!("min-width:{}px", width * 4 / 5)>
                    {group_lines}
                    {headers}
                    {rows}
                </svg>
            </div>
        }
        .into_any()
    }} }
}
