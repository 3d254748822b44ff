//! The detail panel: everything the export knows about the open project (`project=`), in
//! a modal `<dialog>` named by the project, closed by Esc or its button, focus returned
//! to the card that opened it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::logo::{chain_logo, LogoSrc};
use crate::ui::mark::{chain_icon, mark};

use crate::domain::card::{hue, monogram};
use crate::domain::catalog::Catalog;
use crate::domain::compare::attribute_name;
use crate::domain::compare::{cell, Attribute};
use crate::domain::i18n::{disclosure, tr};
use crate::domain::model::{is_article, Project, Text};
use crate::domain::validate::is_safe_link;
use crate::domain::Lang;
use crate::ui::erased::{effect, handler, memo, CollectErased};
use crate::ui::fact_items::item_list;
use crate::ui::label::label;
use crate::ui::records::WithRecords;
use crate::ui::source_tag::SourceTag;
use crate::ui::state::{use_explorer, Nav};

/// The dialog; empty and closed while no project is open.
#[component]
pub fn ProjectDialog() -> impl IntoView {
    let state = use_explorer();
    let query = state.query;
    let dialog_ref = NodeRef::<leptos::html::Dialog>::new();
    let open_id = Memo::new(move |_| query.with(|q| q.project.clone()));

    // Keep the native dialog's open state in step with the URL; return focus on close.
    let mut prev: Option<Option<String>> = None;
    effect(move |_| {
        let current = open_id.get();
        if let Some(dialog) = dialog_ref.get() {
            if current.is_some() && !dialog.open() {
                let _ = dialog.show_modal();
                crate::ui::embed_host::place_dialog(&dialog);
                // Focus the close button by script, not by `autofocus`: Chromium blocks (and
                // logs) autofocus inside a cross-origin frame, which is what an embed is.
                if let Ok(Some(close)) = dialog.query_selector(".details__close") {
                    if let Ok(close) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(close) {
                        let _ = close.focus();
                    }
                }
            } else if current.is_none() && dialog.open() {
                dialog.close();
            }
        }
        if current.is_none() {
            if let Some(Some(prev_id)) = &prev {
                focus_opener(prev_id);
            }
        }
        prev = Some(current);
    });

    let close = move || {
        if query.with_untracked(|q| q.project.is_some()) {
            state.update(Nav::Push, |q| q.project = None);
        }
    };

    view! {
        <dialog
            class="dialog"
            role="dialog"
            aria-modal="true"
            aria-labelledby="dialog-title"
            node_ref=dialog_ref
            on:close=handler(move |_| close())
            on:click=handler(move |ev: web_sys::MouseEvent| {
                // A click on the backdrop (the dialog element itself) closes it.
                if let Some(d) = dialog_ref.get_untracked() {
                    let target: Option<web_sys::EventTarget> = ev.target();
                    let d: &web_sys::EventTarget = d.as_ref();
                    if target.as_ref() == Some(d) {
                        close();
                    }
                }
            })
        >
            {move || open_id.get().and_then(|id| {
                let cat = state.catalog.get_value();
                cat.resolve(&id).cloned().map(|p| view! {
                    <ProjectDetails project=p on_close=move || close()/>
                })
            })}
        </dialog>
    }
}

fn focus_opener(id: &str) {
    let doc = document();
    let selectors = [
        format!("#open-{id}"),
        format!("[data-project-tile=\"{id}\"] button"),
    ];
    for sel in selectors {
        if let Ok(Some(el)) = doc.query_selector(&sel) {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
                return;
            }
        }
    }
}

/// The locale of the summary offered "in the other language": the English original, or
/// for an English reader the Spanish.
fn other_lang(lang: Lang) -> Lang {
    if lang == Lang::En {
        Lang::Es
    } else {
        Lang::En
    }
}

/// The locale the "other summary" disclosure is labelled in.
fn summary_other_lang(lang: Lang) -> Lang {
    match lang {
        Lang::Es | Lang::En => other_lang(lang),
        _ => lang,
    }
}

fn summary_other_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Es | Lang::En => tr(other_lang(other_lang(lang))).summary_other,
        _ => tr(lang).summary_other,
    }
}

fn text_of(t: &Text, lang: Lang) -> String {
    t.get(lang).to_string()
}

/// One row of the dialog, as the comparison shows that attribute (`data-row="links"`);
/// none when the project states nothing for it.
fn fact_row(cat: &Catalog, p: &Project, attribute: Attribute, lang: Memo<Lang>) -> Option<impl IntoView> {
    // The items carry both languages: computed once, rendered again on a language change.
    let items = cell(cat, p, attribute);
    (!items.is_empty()).then(|| {
        view! {
            <div class="details__row" data-row=attribute.code()>
                <dt>{move || attribute_name(attribute, lang.get())}</dt>
                <dd>{move || item_list(items.clone(), lang.get()).into_any()}</dd>
            </div>
        }
    })
}

/// The dialog's content for one project.
#[component]
fn ProjectDetails(
    /// The project.
    project: Project,
    /// Closes the dialog.
    on_close: impl Fn() + 'static + Clone,
) -> impl IntoView {
    let state = use_explorer();
    let lang = state.lang;
    let cat = state.catalog.get_value();
    let t = move || tr(lang.get());
    let p = project;
    let style = format!("--hue:{}", hue(&p.id));

    let summary = p.summary.clone();
    let summary_other = p.summary.clone();
    // English, when the summary has no version in the reader's locale (marked as such).
    let summary_fallback = {
        let s = p.summary.clone();
        Memo::new(move |_| {
            let l = lang.get();
            s.resolve(l).1.filter(|shown| *shown != l)
        })
    };
    let categories = p.categories.clone();
    let aliases: Vec<String> = p.aliases.iter().filter(|a| **a != p.name).cloned().collect();
    let now = p.now.clone();
    let status_line = crate::domain::card::status_line(&cat, &p, lang.get_untracked()).map(|l| {
        (
            l,
            cat.resolve_index(&p.id)
                .map_or("unknown", |i| cat.status(i).code()),
        )
    });
    let publisher = cat.data().article.publisher.clone();
    let publisher_relation = p.is_publishers();
    // The project as the export has it, once its records are in (the dialog may open on
    // the first view's, which has no records and no sources).
    let full_id = p.id.clone();
    let full = Memo::new(move |_| {
        state
            .has_records()
            .then(|| state.catalog.with_value(|c| c.resolve(&full_id).cloned()))
            .flatten()
    });

    let row = |label: fn(&'static crate::domain::i18n::Strings) -> &'static str, body: AnyView| {
        view! {
            <div class="details__row">
                <dt>{move || label(tr(lang.get()))}</dt>
                <dd>{body}</dd>
            </div>
        }
    };

    let cat_for_cats = cat.clone();
    let categories_view = view! {
        <ul class="facts">
            {categories.into_iter().map(|c| {
                let cat = cat_for_cats.clone();
                let heading = cat.category(&c).and_then(|x| x.article_heading.clone());
                let c2 = c.clone();
                // The section in the reader's version of the article (its own heading and
                // page), else in the English one, marked as such.
                let article = cat.data().article.clone();
                let link = heading.map(|h| move || {
                    let (text, from) = h.resolve(lang.get());
                    let from = from.unwrap_or(Lang::Es);
                    let text = text.to_string();
                    let anchor = crate::domain::text::heading_anchor(&text);
                    let url = article.url_in(from).filter(|u| is_safe_link(u));
                    match url {
                        Some(url) => view! {
                            " " <a class="source" href=format!("{url}#{anchor}")
                                hreflang=from.code() target="_blank" rel="noopener">{label(lang, |s| s.article_section)} ": "
                                <span lang=from.code() dir="auto">{text}</span></a>
                        }.into_any(),
                        None => view! { " " <span class="source">{label(lang, |s| s.in_article)} ": «" <span lang=from.code() dir="auto">{text}</span> "»"</span> }.into_any(),
                    }
                });
                view! { <li><span class="badge badge--category">{move || cat.category_label(&c2, lang.get())}</span>{link}</li> }
            }).collect_erased()}
        </ul>
    }
    .into_any();

    let close_btn = on_close.clone();
    let compare_id = p.id.clone();
    let toggle_id = p.id.clone();
    let similar_id = p.id.clone();
    let name_for_label = p.name.clone();
    let picked = memo(move |_| state.query.with(|q| q.compare.contains(&compare_id)));
    view! {
        <article class="details" style=style data-project-details=p.id.clone()>
            <header class="details__head">
                {mark(p.logo.as_ref().map(LogoSrc::of), monogram(&p.name), "monogram--large", 56)}
                <div class="details__heading">
                    <h2 id="dialog-title" class="details__title">{p.name.clone()}</h2>
                    {(!aliases.is_empty()).then(|| view! {
                        <p class="details__aliases">{label(lang, |s| s.aliases)} ": " {aliases.join(", ")}</p>
                    })}
                </div>
                <button class="btn btn--icon details__close" on:click=handler(move |_| close_btn())>
                    <span aria-hidden="true">"✕"</span>
                    <span class="visually-hidden">{label(lang, |s| s.close)}</span>
                </button>
            </header>
            {now.map(|n| {
                let v = n.value.clone();
                view! {
                    <p class="details__now">{label(lang, |s| s.now)} ": " <strong>{move || text_of(&v, lang.get())}</strong>
                        " " {move || full.get().and_then(|f| f.now).map(|n| view! { <SourceTag source=n.source quote=n.quote/> })}</p>
                }
            })}
            {status_line.map(|(line, code)| view! {
                <p class="details__status" data-status=code>{line}</p>
            })}
            {publisher_relation.then(|| view! {
                <p class="details__disclosure">
                    {move || disclosure(&publisher, lang.get())}
                    " " {move || full.get().and_then(|f| publisher_of(&f)).map(|r| view! { <SourceTag source=r.source quote=r.quote/> })}
                </p>
            })}
            <p class="details__summary" lang=move || summary_fallback.get().map(Lang::code)
                data-fallback=move || summary_fallback.get().map(Lang::code)>
                {move || text_of(&summary, lang.get())}
                {move || summary_fallback.get().map(|_| view! {
                    <span class="fallback-hint" lang=lang.get().code()>{label(lang, |s| s.in_english)}</span>
                })}
            </p>
            <div class="details__actions">
                <button class="btn" aria-pressed=move || picked.get().to_string()
                    aria-label=move || format!("{} {}", t().compare, name_for_label)
                    on:click=handler(move |_| state.toggle_compare(&toggle_id))>
                    <span aria-hidden="true">{move || if picked.get() { "✓ " } else { "+ " }}</span>
                    {label(lang, |s| s.compare)}
                </button>
                <button class="btn" data-compare-similar="" on:click=handler(move |_| {
                    let cat = state.catalog.get_value();
                    if let Some(me) = cat.resolve(&similar_id) {
                        let mut ids = vec![me.id.clone()];
                        ids.extend(crate::domain::compare::similar(&cat, me, 3).into_iter().map(|p| p.id.clone()));
                        state.notice.set(None);
                        state.update(Nav::Push, |q| {
                            q.compare = ids;
                            q.view = crate::domain::View::Compare;
                            q.project = None;
                        });
                    }
                })>{label(lang, |s| s.compare_similar)}</button>
            </div>
            <details class="details__other">
                // For a Spanish or English reader, "In English" / "En español" in the language
                // it names (each of those locales' `summary_other` names the other); for every
                // other reader, "in English" in the reader's own language.
                <summary lang=move || summary_other_lang(lang.get()).code()>
                    {move || summary_other_label(lang.get())}
                </summary>
                // English for every reader but the English one, who gets the Spanish.
                <p lang=move || other_lang(lang.get()).code()>
                    {move || text_of(&summary_other, other_lang(lang.get()))}
                </p>
            </details>
            <dl class="details__list">
                {row(|s| s.categories, categories_view)}
            </dl>
            // The records, where they belong as soon as they arrive; meanwhile the room
            // they roughly take, busy, so nothing above moves.
            <WithRecords min_height="14rem">
                {move || full.get().map(|fp| {
                    let cat = state.catalog.get_value();
                    let history = crate::ui::timeline::project_history(&cat, &fp, lang);
                    let passage = crate::ui::passage::passage_view(&cat, &fp, lang);
                    view! { {passage} {records_list(&cat, fp, lang)} {history} }
                })}
            </WithRecords>
        </article>
    }
}

/// The project's relation to the article's publisher, if any.
fn publisher_of(p: &Project) -> Option<crate::domain::model::Relation> {
    p.relations
        .iter()
        .find(|r| r.kind == crate::domain::model::RELATION_PUBLISHER)
        .cloned()
}

/// The rows that need the export's records: the chains with their sources, then every
/// fact the comparison also shows.
fn records_list(cat: &Arc<Catalog>, p: Project, lang: Memo<Lang>) -> impl IntoView {
    let chains_view = if p.chains.is_empty() {
        view! { <span class="muted">{label(lang, |s| s.not_stated)}</span> }.into_any()
    } else {
        view! {
            <ul class="facts">
                {p.chains.clone().into_iter().map(|c| {
                    let cat = cat.clone();
                    let id = c.id.clone();
                    let note = c.note.clone();
                    let icon = chain_logo(&cat, &id);
                    let former = c.until.clone();
                    let is_former = former.is_some();
                    view! {
                        <li>
                            <span class="badge badge--chain" class:badge--article=is_article(&c.source) class:badge--former=is_former>{chain_icon(icon)}{move || cat.chain_label(&id, lang.get())}
                                {former.map(|u| view! { " " <span class="badge__former">{move || crate::domain::i18n::former_text(&u, lang.get())}</span> })}</span>
                            {note.map(|n| view! { " " <span class="note">{move || text_of(&n, lang.get())}</span> })}
                            " " <SourceTag source=c.source quote=c.quote/>
                        </li>
                    }
                }).collect_erased()}
            </ul>
        }
        .into_any()
    };
    view! {
        <dl class="details__list details__list--records">
            <div class="details__row">
                <dt>{label(lang, |s| s.chains)}</dt>
                <dd>{chains_view}</dd>
            </div>
            {Attribute::ALL[4..16].iter().map(|a| fact_row(cat, &p, *a, lang)).collect_erased()}
        </dl>
    }
}
