//! The explorer page: header, toolbar, facet panel, the current view and the detail
//! dialog. It derives everything from the query; only event handlers change the query.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::i18n::{count_line, tr};
use crate::domain::labels::{sort_name, view_name};
use crate::domain::{Catalog, Lang, Sort, Theme, View};
use crate::ui::card_grid::CardGrid;
use crate::ui::chrome::{Footer, LangSwitch, ThemeToggle};
use crate::ui::compare_view::{CompareTray, CompareView};
use crate::ui::embed::EmbedButton;
use crate::ui::erased::{cond, effect, handler, memo, CollectErased};
use crate::ui::facet_panel::FacetPanel;
use crate::ui::label::label;
use crate::ui::landscape_map::LandscapeMap;
use crate::ui::project_dialog::ProjectDialog;
use crate::ui::schedule::Later;
use crate::ui::state::{Explorer, Nav};
use wasm_bindgen::JsCast;

/// The views offered in the view switcher.
const VIEWS: [View; 5] = View::ALL;

/// The whole explorer for a loaded catalog.
#[component]
pub fn ExplorerPage(
    /// The loaded landscape.
    catalog: Arc<Catalog>,
) -> impl IntoView {
    let total = catalog.projects().len();
    let state = Explorer::provide(catalog);
    let query = state.query;
    let lang = state.lang;

    // The outside world: accent colour and background for embeds. Only when they change:
    // a keystroke (a new query) runs this effect, and an accent set again on `<html>`
    // would restyle the whole embed.
    let mut prev: Option<(Option<String>, bool)> = None;
    effect(move |_| {
        let now = query.with(|q| (q.accent.clone(), q.bg_transparent));
        if prev.as_ref() == Some(&now) {
            return;
        }
        let (accent, transparent) = prev.insert(now);
        if let Some(root) = document().document_element() {
            let style = root.unchecked_ref::<web_sys::HtmlElement>().style();
            match accent {
                Some(a) => {
                    let _ = style.set_property("--accent", a);
                    let _ = style.set_property("--accent-contrast", crate::domain::query::accent_contrast(a));
                }
                None => {
                    let _ = style.remove_property("--accent");
                    let _ = style.remove_property("--accent-contrast");
                }
            }
            if *transparent {
                let _ = root.set_attribute("data-bg", "transparent");
            } else {
                let _ = root.remove_attribute("data-bg");
            }
        }
    });
    // Auto-height for embeds, once the page is in the DOM; once the first view has been
    // painted, it is interactive, and the records may follow (`ui::records`).
    let mut done = false;
    effect(move |_| {
        if !done {
            done = true;
            if query.with_untracked(|q| q.embed) {
                crate::ui::embed_host::install_auto_height();
            }
            crate::ui::schedule::after_next_paint(move || crate::ui::records::after_first_view());
        }
    });

    // The outside world: <html lang>, theme attribute, document title. Only when the
    // language or theme changes: Chromium restyles the whole page when `<html lang>` is
    // set, even to the value it has, and a keystroke (a new query) runs this effect.
    // A locale whose texts the catalog lacks has them fetched (see `follow_locale`).
    effect(move |_| {
        let l = lang.get();
        state.records.track();
        state.follow_locale(l);
    });
    let mut prev: Option<(Lang, Option<Theme>)> = None;
    effect(move |_| {
        let now = (lang.get(), state.theme());
        if prev == Some(now) {
            return;
        }
        prev = Some(now);
        let l = now.0;
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", l.code());
            let _ = root.set_attribute("dir", l.dir());
            match now.1 {
                Some(t) => {
                    let _ = root.set_attribute("data-theme", t.code());
                }
                None => {
                    let _ = root.remove_attribute("data-theme");
                }
            }
        }
        document().set_title(tr(l).title);
    });

    let results = memo(move |_| {
        let cat = state.catalog.get_value();
        state
            .hits
            .with(|hits| query.with(|q| cat.filter_with(hits, &q.filters(), q.sort)))
    });
    let embed = memo(move |_| query.with(|q| q.embed));
    let view = Memo::new(move |_| query.with(|q| q.view));

    // `/` focuses the search box (unless typing in a field already).
    let search_ref = NodeRef::<leptos::html::Input>::new();
    let key_handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let typing = document()
            .active_element()
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if !typing {
            if let Some(input) = search_ref.get_untracked() {
                ev.prevent_default();
                let _ = input.focus();
            }
        }
    });
    on_cleanup(move || key_handle.remove());

    let filters_open = RwSignal::new(false);
    let copied = RwSignal::new(None::<bool>);

    let copy_ref = NodeRef::<leptos::html::Input>::new();
    let copy_link = move |_| {
        let url = state.current_url();
        leptos::task::spawn_local(async move {
            let ok = crate::ui::copy::copy_text(&url).await;
            // Refused (an embed without clipboard-write, an old browser): the link goes into
            // a field beside the button, selected, and the reader is told to copy it.
            if let (false, Some(input)) = (ok, copy_ref.try_get_untracked().flatten()) {
                input.set_value(&url);
            }
            copied.set(Some(ok));
            if !ok {
                crate::ui::copy::select_when_shown(copy_ref);
            }
            if ok {
                set_timeout(move || copied.set(None), std::time::Duration::from_millis(2500));
            }
        });
    };

    let t = move || tr(lang.get());
    // The article, in the reader's language: the Spanish post, or the English original.
    let article_link = state.catalog.with_value(|c| {
        let a = &c.data().article;
        let safe = |u: &Option<String>| u.clone().filter(|u| crate::domain::validate::is_safe_link(u));
        match (safe(&a.url), safe(&a.original_url)) {
            (Some(es), Some(en)) => Some((es, en)),
            (Some(u), None) | (None, Some(u)) => Some((u.clone(), u)),
            (None, None) => None,
        }
    });

    view! {
        <div class="app" class:app--embed=move || embed.get()
            class:app--tray=move || query.with(|q| !q.compare.is_empty() && q.view != View::Compare)>
            <a class="skip-link" href="#content" on:click=handler(move |ev: web_sys::MouseEvent| {
                    ev.prevent_default();
                    focus_first_result();
                })>{label(lang, |s| s.skip_to_results)}</a>
            <Show when=cond(move || !embed.get())>
                {view! { <header class="site-header">
                    <div class="site-header__text">
                        <h1 class="site-header__title">{label(lang, |s| s.title)}</h1>
                        <p class="site-header__tagline">{label(lang, |s| s.tagline)}
                            {article_link.clone().map(|(es, en)| view! {
                                " "
                                <a class="site-header__article" target="_blank" rel="noopener"
                                    href=move || if lang.get() == Lang::Es { es.clone() } else { en.clone() }
                                    hreflang=move || lang.get().code()>
                                    {label(lang, |s| s.read_article)} <span aria-hidden="true">" ↗"</span>
                                </a>
                            })}
                        </p>
                    </div>
                    <div class="site-header__tools">
                        <LangSwitch/>
                        <ThemeToggle/>
                    </div>
                </header> }.into_any()}
            </Show>
            <div class="toolbar" role="search">
                <label class="visually-hidden" for="search" hidden=move || view.get() == View::Compare>{label(lang, |s| s.search_label)}</label>
                <input
                    hidden=move || view.get() == View::Compare
                    id="search"
                    class="toolbar__search"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    node_ref=search_ref
                    placeholder=label(lang, |s| s.search_placeholder)
                    aria-keyshortcuts="/"
                    prop:value=move || query.with(|q| q.q.clone())
                    on:keydown=handler(move |ev: web_sys::KeyboardEvent| {
                        // ↓ or Enter: on to the results (the search applies as you type).
                        let on = (ev.key() == "ArrowDown" || ev.key() == "Enter") && !ev.shift_key() && !ev.alt_key();
                        if on && focus_first_result() {
                            ev.prevent_default();
                        }
                    })
                    on:input=handler(move |ev| {
                        let text = event_target_value(&ev);
                        state.update(Nav::Typing, |q| q.q = text.chars().take(crate::domain::query::MAX_Q_CHARS).collect());
                    })
                />
                <button
                    class="btn toolbar__filters-toggle"
                    hidden=move || view.get() == View::Compare
                    aria-expanded=move || filters_open.get().to_string()
                    aria-controls="facets"
                    on:click=handler(move |_| filters_open.update(|o| *o = !*o))
                >
                    {label(lang, |s| s.show_filters)}
                    {move || {
                        let n = query.with(|q| q.categories.len() + q.chains.len());
                        (n > 0).then(|| view! { <span class="badge badge--count">{n}</span> }.into_any())
                    }}
                </button>
                <label class="toolbar__sort" hidden=move || view.get() != View::Cards>
                    <span>{label(lang, |s| s.sort_label)}</span>
                    <select on:change=handler(move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(s) = Sort::parse(&v) {
                            state.update(Nav::Push, |q| q.sort = s);
                        }
                    })>
                        {Sort::ALL.into_iter().map(|s| view! {
                            <option value=s.code() selected=move || query.with(|q| q.sort == s)>
                                {move || sort_name(s, lang.get())}
                            </option>
                        }).collect_erased()}
                    </select>
                </label>
                <nav class="toolbar__views" aria-label=label(lang, |s| s.view_label)>
                    {VIEWS.into_iter().map(|v| view! {
                        <button
                            class="tab"
                            aria-pressed=move || (view.get() == v).to_string()
                            on:click=handler(move |_| state.update(Nav::Push, |q| q.view = v))
                        >{move || view_name(v, lang.get())}</button>
                    }).collect_erased()}
                </nav>
                <button class="btn toolbar__copy" on:click=handler(copy_link)>
                    {move || match copied.get() {
                        Some(true) => t().link_copied,
                        _ => t().copy_link,
                    }}
                </button>
                <span class="copy-fallback" hidden=move || copied.get() != Some(false) role="status">
                    <input class="copy-fallback__field" node_ref=copy_ref readonly="" aria-label=label(lang, |s| s.copy_link)
                        on:blur=handler(move |_| copied.set(None))/>
                    <span class="copy-fallback__hint">{label(lang, |s| s.copy_selected)}</span>
                </span>
                <Show when=cond(move || embed.get()) fallback=|| view! { <EmbedButton/> }>
                    <LangSwitch/>
                    <a class="btn toolbar__full" target="_blank" rel="noopener"
                        href=move || {
                            let base = document().base_uri().ok().flatten().unwrap_or_default();
                            format!("{base}{}", query.with(|q| q.without_embed().to_search()))
                        }>
                        {label(lang, |s| s.open_full)} <span aria-hidden="true">" ↗"</span>
                    </a>
                </Show>
            </div>
            <div class="layout" class:layout--single=move || view.get() == View::Compare>
                <Show when=cond(move || view.get() != View::Compare)>
                    {view! { <aside id="facets" class="facets" class:facets--open=move || filters_open.get()
                        aria-label=label(lang, |s| s.filters)>
                        <Later><FacetPanel/></Later>
                    </aside> }.into_any()}
                </Show>
                <main class="content" id="content">
                    <Show when=cond(move || embed.get())>
                        {view! { <h1 class="visually-hidden">{label(lang, |s| s.title)}</h1> }.into_any()}
                    </Show>
                    <div class="content__bar">
                        <p class="status" aria-live="polite" role="status">
                            {move || if view.get() == View::Compare {
                                String::new()
                            } else {
                                count_line(results.with(Vec::len), total, lang.get())
                            }}
                        </p>
                        <Show when=cond(move || matches!(view.get(), View::Cards | View::Compare))>
                            <crate::ui::download::Download results/>
                        </Show>
                    </div>
                    <p class="notice" role="status" aria-live="polite">
                        {move || state.notice.get().map(|n| view! {
                            <span class="notice__text">{n}</span>
                            <button class="btn btn--link" on:click=handler(move |_| state.notice.set(None))>{label(lang, |s| s.close)}</button>
                        }.into_any())}
                    </p>
                    <Show when=cond(move || view.get() == View::Cards)>
                        {view! { <details class="legend" data-legend="">
                            <summary>{label(lang, |s| s.legend_title)}</summary>
                            <ul class="legend__list">
                                <li><span class="badge badge--chain badge--article">"Solana"</span>{label(lang, |s| s.legend_chain_article)}</li>
                                <li><span class="badge badge--chain">"Solana"</span>{label(lang, |s| s.legend_chain_added)}</li>
                                <li><span class="source source--article">{label(lang, |s| s.source_article)}</span>{label(lang, |s| s.legend_article_pill)}</li>
                                <li><span class="source source--added">"example.org"</span>{label(lang, |s| s.legend_source)}</li>
                            </ul>
                        </details> }.into_any()}
                    </Show>
                    {move || match view.get() {
                        View::Map => view! { <LandscapeMap results/> }.into_any(),
                        View::Compare => view! { <CompareView/> }.into_any(),
                        View::Stats => view! { <crate::ui::stats_view::StatsView results/> }.into_any(),
                        View::Timeline => view! { <crate::ui::timeline::TimelineView results/> }.into_any(),
                        _ => view! { <CardGrid results/> }.into_any(),
                    }}
                </main>
            </div>
            <Show when=cond(move || !embed.get())>
                <Later><Footer/></Later>
            </Show>
            <Later>
                <CompareTray/>
                <ProjectDialog/>
            </Later>
        </div>
    }
}

/// Moves the keyboard focus to the first result of the current view (a card, a map tile,
/// a heatmap cell, the comparison's first column); false when there is none.
fn focus_first_result() -> bool {
    const FIRST: &str =
        "#content article[data-project] .card__open, #content .tile:not([hidden]) .tile__button, \
        #content .heat__cell, #content .compare__name, #content .empty button";
    let Ok(Some(el)) = document().query_selector(FIRST) else {
        return false;
    };
    match el.dyn_into::<web_sys::HtmlElement>() {
        Ok(el) => el.focus().is_ok(),
        Err(_) => false,
    }
}
