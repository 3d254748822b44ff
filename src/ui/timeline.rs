//! What became of the projects: a project's events in its details ("Since the article"),
//! and the timeline view (`view=timeline`), every event of the shown projects, newest
//! first, filterable by kind (`event=`) like the rest of the explorer.
//!
//! Events are read from the export's records (their texts and sources); the first view
//! knows only their dates and kinds, enough for the statuses, and these lists wait for
//! the records with the same busy state as the details.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::i18n::{event_kind_name, tr};
use crate::domain::model::{Event, EventKind, Project};
use crate::domain::timeline::{before_article, kind_counts, timeline};
use crate::domain::{Catalog, ExplorerQuery, Lang};
use crate::ui::erased::{handler, CollectErased};
use crate::ui::label::label;
use crate::ui::records::WithRecords;
use crate::ui::source_tag::SourceTag;
use crate::ui::state::{use_explorer, Nav};

/// The other side of an event, by name when it is a project of the export.
fn other_name(cat: &Catalog, e: &Event) -> Option<String> {
    e.other_side
        .as_deref()
        .map(|o| cat.resolve(o).map_or_else(|| o.to_string(), |p| p.name.clone()))
}

/// One event: date, kind, (project), text, other side and source. `project` names the
/// project and links its details (the timeline view); the details leave it out.
fn event_item(cat: &Catalog, e: &Event, project: Option<&Project>, lang: Memo<Lang>) -> AnyView {
    let state = use_explorer();
    let published = cat.data().article.published.clone();
    let before = before_article(&e.date, published.as_deref());
    let text = e.text.clone();
    let kind = e.kind;
    let other = other_name(cat, e);
    let link = project.map(|p| {
        let id = p.id.clone();
        let href = state.query.with_untracked(|q| {
            ExplorerQuery {
                project: Some(id.clone()),
                ..q.clone()
            }
            .to_search()
        });
        view! {
            <a class="timeline__project" href=href data-project-link=id.clone()
                on:click=handler(move |ev: leptos::ev::MouseEvent| {
                    if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                        return;
                    }
                    ev.prevent_default();
                    let id = id.clone();
                    state.update(Nav::Push, move |q| q.project = Some(id));
                })>{p.name.clone()}</a>
        }
    });
    view! {
        <li class="timeline__item" class:timeline__item--before=before data-event-kind=kind.id()>
            <time class="timeline__date" datetime=e.date.clone()>{e.date.clone()}</time>
            <span class="timeline__kind">{move || event_kind_name(kind, lang.get())}</span>
            {link}
            <p class="timeline__text">
                {move || text.get(lang.get()).to_string()}
                {other.map(|o| view! { " " <span class="timeline__other">"(" {o} ")"</span> })}
                " " <SourceTag source=e.source.clone() quote=e.quote.clone()/>
            </p>
        </li>
    }
    .into_any()
}

/// The article's publication, as a marker between the events before and after it.
fn article_marker(date: String, lang: Memo<Lang>) -> AnyView {
    let shown = date.clone();
    view! {
        <li class="timeline__item timeline__item--article" data-article-marker="">
            <time class="timeline__date" datetime=date>{shown}</time>
            <span class="timeline__kind">{label(lang, |s| s.article_published)}</span>
        </li>
    }
    .into_any()
}

/// A project's history in its details: its events, oldest first, with the article's
/// publication among them, and its latest sign of life.
pub fn project_history(cat: &Arc<Catalog>, p: &Project, lang: Memo<Lang>) -> AnyView {
    if p.events.is_empty() && p.last_seen.is_none() {
        return ().into_any();
    }
    let published = cat.data().article.published.clone();
    let mut items: Vec<AnyView> = Vec::new();
    let mut marked = published.is_none();
    for e in &p.events {
        if !marked && !before_article(&e.date, published.as_deref()) {
            marked = true;
            items.push(article_marker(published.clone().unwrap_or_default(), lang));
        }
        items.push(event_item(cat, e, None, lang));
    }
    if !marked && !p.events.is_empty() {
        items.push(article_marker(published.clone().unwrap_or_default(), lang));
    }
    let seen = p.last_seen.clone().map(|s| {
        view! {
            <p class="timeline__seen" data-last-seen=s.date.clone()>
                {label(lang, |s| s.last_seen)} ": " <time datetime=s.date.clone()>{s.date.clone()}</time>
                {s.what.map(|w| view! { " (" {w} ")" })}
                " " <SourceTag source=s.source quote=s.quote/>
            </p>
        }
    });
    view! {
        <section class="details__history" data-history="">
            <h3 class="details__subtitle">{label(lang, |s| s.since_article)}</h3>
            {(!items.is_empty()).then(|| view! { <ol class="timeline timeline--project">{items}</ol> })}
            {seen}
        </section>
    }
    .into_any()
}

/// The timeline view: the kinds of event with their counts (toggles, in the URL as
/// `event=`), then every event of the shown projects, newest first.
#[component]
pub fn TimelineView(
    /// The filtered, sorted project indices.
    results: Memo<Vec<usize>>,
) -> impl IntoView {
    let state = use_explorer();
    let lang = state.lang;
    let query = state.query;
    let counts = Memo::new(move |_| {
        let cat = state.catalog.get_value();
        results.with(|r| kind_counts(&cat, r, None))
    });
    let kinds = move || {
        counts
            .get()
            .into_iter()
            .map(|(k, n)| {
                let pressed = move || query.with(|q| q.events.iter().any(|x| x == k.id()));
                view! {
                    <button class="kind-chip" data-event-filter=k.id() aria-pressed=move || pressed().to_string()
                        on:click=handler(move |_| state.update(Nav::Push, move |q| {
                            ExplorerQuery::toggle(&mut q.events, k.id());
                            q.events = EventKind::ALL.iter().map(|k| k.id().to_string()).filter(|k| q.events.contains(k)).collect();
                        }))>
                        {move || event_kind_name(k, lang.get())} " " <span class="kind-chip__count">{n}</span>
                    </button>
                }
            })
            .collect_erased()
    };
    view! {
        <section class="timeline-view" data-timeline="" aria-labelledby="timeline-title">
            <h2 id="timeline-title" class="timeline-view__title">{label(lang, |s| s.timeline_title)}</h2>
            // The kinds and their counts, like the events, from the export's records.
            <WithRecords min_height="24rem">
                <div class="timeline-view__kinds" role="group" aria-label=label(lang, |s| s.event_kinds)>{kinds}</div>
                {move || {
                    let cat = state.catalog.get_value();
                    let entries = results.with(|r| query.with(|q| timeline(&cat, r, &q.events)));
                    if entries.is_empty() {
                        return view! { <p class="empty" data-timeline-empty="">{move || tr(lang.get()).timeline_empty}</p> }.into_any();
                    }
                    let items = entries
                        .into_iter()
                        .map(|(i, k)| {
                            let p = &cat.projects()[i];
                            event_item(&cat, &p.events[k], Some(p), lang)
                        })
                        .collect::<Vec<_>>();
                    view! { <ol class="timeline">{items}</ol> }.into_any()
                }}
            </WithRecords>
        </section>
    }
}
