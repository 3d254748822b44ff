//! Where a fact comes from, as the dialog and the comparison show it.

use leptos::prelude::*;

use crate::domain::model::is_article;
use crate::domain::validate::link_host;
use crate::ui::label::label;
use crate::ui::state::use_explorer;

/// Where a fact comes from: "article", or a link to the source named by its host
/// (`akash.network`). A quote, when the fact has one, is in `data-quote`: the stylesheet
/// shows it as a tooltip on hover and on keyboard focus (generated content, which
/// assistive technology reads with the tag). An attribute rather than child elements, to
/// keep this, the most used view of the app, small in the wasm.
#[component]
pub fn SourceTag(
    /// `article` or a URL.
    source: String,
    /// The passage of the source that states the fact, if given.
    quote: Option<String>,
) -> impl IntoView {
    let lang = use_explorer().lang;
    if is_article(&source) {
        view! {
            <span class="source source--article" tabindex=quote.as_ref().map(|_| "0") data-quote=quote>
                {label(lang, |s| s.source_article)}
            </span>
        }
        .into_any()
    } else if let Some(host) = link_host(&source).map(str::to_owned) {
        view! {
            <a class="source source--added" href=source.clone() target="_blank" rel="noopener noreferrer" data-quote=quote>
                <span class="visually-hidden">{label(lang, |s| s.source_label)} ": "</span>
                <span class="source__host">{host}</span>
            </a>
        }
        .into_any()
    } else {
        view! { <span class="source">{source}</span> }.into_any()
    }
}
