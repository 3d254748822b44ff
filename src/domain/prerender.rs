//! The first view as static HTML, written into `index.html` at build time (`cargo xtask
//! build`), so the header and the first cards paint as soon as the HTML arrives instead of
//! after the wasm has loaded.
//!
//! The markup mirrors, element for element, what the app renders in its first frame for a
//! URL without a query (cards view, no filter, sorted by name): the same classes, so the
//! same layout, and the app can replace it in one frame with no layout shift. An
//! end-to-end test compares the two. It differs on purpose in three ways: it is `inert`
//! (nothing in it can be clicked, focused or read by a screen reader, since it only stands
//! in until the app is there), it has no `id`s (the app's ids stay unique), and its grid says
//! `aria-busy="true"`.
//!
//! Every text comes from the export or the interface strings and is escaped here.

use super::card::{compare_mark, CardContent};
use super::catalog::{Catalog, Filters, Sort};
use super::i18n::{count_line, tr};
use super::labels::{sort_name, view_name};
use super::logo::{chain_icon_html, mark_html, CARD_LOGO_PX, EAGER_LOGOS};
use super::model::Lang;
use super::progressive::FIRST_PAINT;
use super::query::View;

/// The views offered in the toolbar, in order (as the app shows them).
const VIEWS: [View; 5] = View::ALL;

/// The script that keeps the prerendered view only where it is right: a URL without a
/// query, in the visitor's language (the app's own rule: Spanish for `es*`, else English).
/// When it keeps one, it marks `<html data-prerendered>`, which hides the loading label
/// (the prerendered view is the loading state then). If the app has not replaced it
/// after 20 s (the wasm failed to load), it removes it again: an inert copy that looks
/// ready must not stay, and the loading label comes back. It runs inline, before
/// the first paint; the page's CSP allows it by its hash.
pub const GUARD_SCRIPT: &str = "(function(){var d=document,l=/^es/i.test(navigator.language||'')?'es':'en',\
kept=false;['en','es'].forEach(function(k){var e=d.getElementById('prerender-'+k);if(!e)return;\
if(k!==l||location.search.length>1)e.remove();else kept=true;});\
if(kept){d.documentElement.setAttribute('data-prerendered','');\
setTimeout(function(){var e=d.getElementById('prerender-'+l);if(e){e.remove();\
d.documentElement.removeAttribute('data-prerendered');}},20000);}})();";

pub use super::text::escape;

/// The default first view in both languages, followed by the guard script: the fragment
/// that goes at the start of `<body>`.
pub fn fragment(cat: &Catalog) -> String {
    let mut html = String::new();
    for lang in [Lang::En, Lang::Es] {
        html.push_str(&first_view(cat, lang));
    }
    html.push_str("<script>");
    html.push_str(GUARD_SCRIPT);
    html.push_str("</script>");
    html
}

/// The first view of a URL without a query, in `lang`.
pub fn first_view(cat: &Catalog, lang: Lang) -> String {
    let t = tr(lang);
    let e = escape;
    let results = cat.filter(&Filters::default(), Sort::Name);
    let total = cat.projects().len();
    let mut h = String::new();
    h += &format!(
        r#"<div class="app" id="prerender-{code}" data-prerender="" lang="{code}" inert="">"#,
        code = lang.code()
    );
    // Header: title, tagline, language switch, theme toggle.
    h += r#"<header class="site-header"><div class="site-header__text">"#;
    h += &format!(r#"<h1 class="site-header__title">{}</h1>"#, e(t.title));
    let article = &cat.data().article;
    let link = match lang {
        Lang::Es => article.url.as_ref().or(article.original_url.as_ref()),
        _ => article.original_url.as_ref().or(article.url.as_ref()),
    }
    .filter(|u| crate::domain::validate::is_safe_link(u));
    let link = link.map_or(String::new(), |u| {
        format!(
            r#" <a class="site-header__article" target="_blank" rel="noopener" href="{}" hreflang="{}">{}<span aria-hidden="true"> ↗</span></a>"#,
            e(u),
            lang.code(),
            e(t.read_article)
        )
    });
    h += &format!(
        r#"<p class="site-header__tagline">{}{link}</p></div>"#,
        e(t.tagline)
    );
    h += r#"<div class="site-header__tools">"#;
    h += &format!(
        r#"<div class="lang-switch"><select class="lang-switch__select" aria-label="{}">"#,
        e(t.language)
    );
    for l in Lang::ALL {
        h += &format!(
            r#"<option value="{code}" lang="{code}"{selected}>{name}</option>"#,
            code = l.code(),
            selected = if l == lang { " selected" } else { "" },
            name = l.native_name()
        );
    }
    h += "</select>";
    h += "</div>";
    h += &format!(
        r#"<button class="btn btn--icon" aria-pressed="false"><span aria-hidden="true">☀</span><span class="visually-hidden">{}</span></button>"#,
        e(t.theme_dark)
    );
    h += "</div></header>";
    // Toolbar: search, filters toggle, sort, views, copy link, embed.
    h += r#"<div class="toolbar" role="search">"#;
    h += &format!(r#"<label class="visually-hidden">{}</label>"#, e(t.search_label));
    h += &format!(
        r#"<input class="toolbar__search" type="search" autocomplete="off" spellcheck="false" placeholder="{}" aria-keyshortcuts="/">"#,
        e(t.search_placeholder)
    );
    h += &format!(
        r#"<button class="btn toolbar__filters-toggle" aria-expanded="false">{}</button>"#,
        e(t.show_filters)
    );
    h += &format!(
        r#"<label class="toolbar__sort"><span>{}</span><select>"#,
        e(t.sort_label)
    );
    for s in Sort::ALL {
        h += &format!(
            r#"<option value="{}"{}>{}</option>"#,
            s.code(),
            if s == Sort::Name { " selected" } else { "" },
            e(sort_name(s, lang))
        );
    }
    h += "</select></label>";
    h += &format!(r#"<nav class="toolbar__views" aria-label="{}">"#, e(t.view_label));
    for v in VIEWS {
        h += &format!(
            r#"<button class="tab" aria-pressed="{}">{}</button>"#,
            v == View::Cards,
            e(view_name(v, lang))
        );
    }
    h += "</nav>";
    h += &format!(r#"<button class="btn toolbar__copy">{}</button>"#, e(t.copy_link));
    h += &format!(
        r#"<button class="btn" aria-haspopup="dialog">{}</button>"#,
        e(t.embed)
    );
    h += "</div>";
    // Layout: the facet column (filled by the app a frame after its first render, as
    // here), the status bar and the first cards.
    h += r#"<div class="layout">"#;
    h += &format!(r#"<aside class="facets" aria-label="{}"></aside>"#, e(t.filters));
    h += r#"<main class="content"><div class="content__bar">"#;
    h += &format!(
        r#"<p class="status" role="status">{}</p>"#,
        e(&count_line(results.len(), total, lang))
    );
    h += &format!(
        r#"<div class="download" role="group" aria-label="{d}"><span class="download__label" aria-hidden="true">{d}</span><button class="btn btn--small" data-download="csv">CSV</button><button class="btn btn--small" data-download="json">JSON</button></div>"#,
        d = e(t.download)
    );
    h += r#"</div><p class="notice" role="status"></p>"#;
    h += &legend(lang);
    if !results.is_empty() {
        h += &format!(r#"<h2 class="visually-hidden">{}</h2>"#, t.projects_heading);
        h += r#"<div class="grid" aria-busy="true">"#;
        for (k, &i) in results.iter().take(FIRST_PAINT).enumerate() {
            h += &card(cat, i, lang, k < EAGER_LOGOS);
        }
        h += "</div>";
    }
    h += "</main></div></div>";
    h
}

/// One card, as the app's card builder (`ui::project_card`) renders it, not picked for
/// comparison.
fn card(cat: &Catalog, index: usize, lang: Lang, eager: bool) -> String {
    let t = tr(lang);
    let e = escape;
    let c = CardContent::new(cat, index, lang);
    let mut h = format!(
        r#"<article class="card" data-project="{}" style="{}">"#,
        e(&c.id),
        e(&c.style())
    );
    h += &format!(
        r#"<div class="card__head">{}<h3 class="card__title"><button class="card__open" aria-haspopup="dialog">{}</button></h3></div>"#,
        mark_html(c.logo.as_ref(), &c.monogram, "", CARD_LOGO_PX, eager),
        e(&c.name)
    );
    if let Some((line, status)) = &c.status {
        h += &format!(
            r#"<p class="card__status" data-status="{status}">{}</p>"#,
            e(line)
        );
    }
    if let Some(d) = &c.disclosure {
        h += &format!(
            r#"<p class="card__disclosure" data-disclosure="publisher">{}</p>"#,
            e(d)
        );
    }
    h += &format!(r#"<p class="card__summary">{}</p>"#, e(&c.summary));
    h += &format!(r#"<ul class="badges" aria-label="{}">"#, e(t.categories));
    for (id, label) in &c.categories {
        h += &format!(
            r#"<li class="badge badge--category" data-category="{}">{}</li>"#,
            e(id),
            e(label)
        );
    }
    h += "</ul>";
    h += &format!(r#"<ul class="badges" aria-label="{}">"#, e(t.chains));
    if c.chains.is_empty() {
        h += &format!(r#"<li class="badge badge--muted">{}</li>"#, e(t.not_stated));
    }
    for b in &c.chains {
        let (what, why) = if b.article {
            (t.source_article, t.legend_chain_article)
        } else {
            (t.source_added, t.legend_chain_added)
        };
        let (class, why, former) = match &b.former {
            Some(f) => (
                " badge--former",
                t.former_chain,
                format!(r#" <span class="badge__former">{}</span>"#, e(f)),
            ),
            None => ("", why, String::new()),
        };
        h += &format!(
            r#"<li class="badge badge--chain{}{class}" data-chain="{}" title="{}">{}{}{former}<span class="visually-hidden"> ({})</span></li>"#,
            if b.article { " badge--article" } else { "" },
            e(&b.id),
            e(why),
            chain_icon_html(b.logo.as_ref(), eager),
            e(&b.label),
            e(what)
        );
    }
    h += "</ul>";
    h += r#"<div class="card__foot">"#;
    if let Some(tokens) = &c.tokens {
        h += &format!(
            r#"<p class="card__token"><span class="card__token-label">{}</span> {}</p>"#,
            e(t.token),
            e(tokens)
        );
    }
    h += &format!(
        r#"<button class="card__compare" aria-pressed="false" aria-label="{} {}"><span aria-hidden="true">{}</span>{}</button>"#,
        e(t.compare),
        e(&c.name),
        compare_mark(false),
        e(t.compare)
    );
    h += "</div></article>";
    h
}

/// The key to the cards (closed), as the explorer shows it above the grid: solid and dashed
/// chain badges, the "article" tag and a source tag.
pub fn legend(lang: Lang) -> String {
    let t = tr(lang);
    let e = escape;
    format!(
        r#"<details class="legend" data-legend=""><summary>{}</summary><ul class="legend__list"><li><span class="badge badge--chain badge--article">Solana</span>{}</li><li><span class="badge badge--chain">Solana</span>{}</li><li><span class="source source--article">{}</span>{}</li><li><span class="source source--added">example.org</span>{}</li></ul></details>"#,
        e(t.legend_title),
        e(t.legend_chain_article),
        e(t.legend_chain_added),
        e(t.source_article),
        e(t.legend_article_pill),
        e(t.legend_source)
    )
}
