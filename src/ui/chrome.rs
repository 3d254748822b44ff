//! The page's chrome around the explorer: the language switch, the theme toggle and the
//! footer.

use leptos::prelude::*;

use crate::domain::{Lang, Theme};
use crate::ui::erased::{handler, CollectErased};
use crate::ui::label::label;
use crate::ui::state::Nav;

/// The language menu: the 15 locales of the blog, each by its own name.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let state = crate::ui::state::use_explorer();
    let lang = state.lang;
    view! {
        <div class="lang-switch">
            <select class="lang-switch__select" aria-label=label(lang, |s| s.language)
                on:change=handler(move |ev| {
                    if let Some(l) = Lang::parse(&event_target_value(&ev)) {
                        state.update(Nav::Push, |q| q.lang = Some(l));
                    }
                })>
                {Lang::ALL.into_iter().map(|l| view! {
                    <option value=l.code() lang=l.code() selected=move || lang.get() == l>
                        {l.native_name()}
                    </option>
                }).collect_erased()}
            </select>
        </div>
    }
}

/// Light / dark toggle; follows the system until used.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let state = crate::ui::state::use_explorer();
    let system_dark = window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let dark = move || state.theme().map(|t| t == Theme::Dark).unwrap_or(system_dark);
    view! {
        <button
            class="btn btn--icon"
            aria-pressed=move || dark().to_string()
            on:click=handler(move |_| {
                let next = if dark() { Theme::Light } else { Theme::Dark };
                state.update(Nav::Push, |q| q.theme = Some(next));
            })
        >
            <span aria-hidden="true">{move || if dark() { "☾" } else { "☀" }}</span>
            <span class="visually-hidden">{label(state.lang, |s| s.theme_dark)}</span>
        </button>
    }
}

/// Where the data comes from.
#[component]
pub fn Footer() -> impl IntoView {
    let state = crate::ui::state::use_explorer();
    let cat = state.catalog.get_value();
    let article = cat.data().article.clone();
    let updated = cat.data().updated.clone();
    let lang = state.lang;
    view! {
        <footer class="site-footer">
            <p>
                {label(lang, |s| s.data_from)} " "
                {match article.url.clone() {
                    Some(url) if crate::domain::validate::is_safe_link(&url) => view! {
                        <a href=url rel="noopener" target="_blank" lang="es">{article.title.clone()}</a>
                    }.into_any(),
                    _ => view! { <cite lang="es">{article.title.clone()}</cite> }.into_any(),
                }}
                " (" {article.publisher.clone()} ") · " {label(lang, |s| s.updated)} " " {updated}
            </p>
        </footer>
    }
}
