//! The article's own passage about a project, in the details: quoted in the reader's
//! locale where the blog's version in that locale has one, else in English, marked as such,
//! with a link to the version it is taken from.

use leptos::prelude::*;

use crate::domain::catalog::Catalog;
use crate::domain::i18n::tr;
use crate::domain::validate::is_safe_link;
use crate::domain::{Lang, Project};
use crate::ui::label::label;

/// The passage of `p`, if the export has one.
pub fn passage_view(cat: &Catalog, p: &Project, lang: Memo<Lang>) -> Option<impl IntoView> {
    let text = p.passage.clone()?;
    let versions = cat.data().article.versions.clone();
    let shown = {
        let text = text.clone();
        Memo::new(move |_| {
            let l = lang.get();
            let (s, in_lang) = text.resolve(l);
            (s.to_string(), in_lang.unwrap_or(l))
        })
    };
    let source = move || {
        let l = shown.with(|s| s.1);
        versions
            .iter()
            .find(|v| v.lang == l)
            .map(|v| v.source.clone())
            .filter(|u| is_safe_link(u))
    };
    Some(view! {
        <figure class="details__passage" data-passage="">
            <figcaption class="details__passage-label">{label(lang, |s| s.article_passage)}</figcaption>
            <blockquote dir="auto" lang=move || shown.with(|s| s.1.code())
                data-fallback=move || (shown.with(|s| s.1) != lang.get()).then(|| shown.with(|s| s.1.code()))>
                {move || shown.with(|s| s.0.clone())}
                {move || (shown.with(|s| s.1) != lang.get()).then(|| view! {
                    " " <span class="fallback-hint" lang=lang.get().code()>{tr(lang.get()).in_english}</span>
                })}
            </blockquote>
            {move || source().map(|href| view! {
                <a class="details__passage-source" href=href target="_blank" rel="noopener" hreflang=shown.with(|s| s.1.code())>
                    {shown.with(|s| s.1.native_name())} " ↗"
                </a>
            })}
        </figure>
    })
}
