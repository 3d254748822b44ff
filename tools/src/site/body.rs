//! The static pages' body: readable without JavaScript (links, not buttons; each fact with
//! its source by host, and the article's own words for article facts), removed by the app
//! as soon as its own view is there (`data-static`).

use super::pages::{chain_heading, home_description, prefix, projects_count, Kind, Page};
use ai_landscape::domain::card::CardContent;
use ai_landscape::domain::catalog::Catalog;
use ai_landscape::domain::compare::attribute_name;
use ai_landscape::domain::compare::compare_rows;
use ai_landscape::domain::i18n::{event_kind_name, tr};
use ai_landscape::domain::logo::{chain_icon_html, img_html, mark_html, LogoSrc, CARD_LOGO_PX, EAGER_LOGOS};
use ai_landscape::domain::model::{is_article, Lang};
use ai_landscape::domain::prerender::escape;
use ai_landscape::domain::query::page;
use ai_landscape::domain::timeline::timeline;

fn source_html(source: &str, quote: Option<&str>, lang: Lang) -> String {
    let t = tr(lang);
    if is_article(source) {
        match quote {
            Some(q) => format!(
                r#" <span class="static__source">({}: <q lang="es" dir="ltr">{}</q>)</span>"#,
                escape(t.source_article),
                escape(q)
            ),
            None => format!(
                r#" <span class="static__source">({})</span>"#,
                escape(t.source_article)
            ),
        }
    } else if let Some(host) = ai_landscape::domain::validate::link_host(source) {
        format!(
            r#" <span class="static__source">(<a href="{}" rel="nofollow noopener">{}</a>)</span>"#,
            escape(source),
            escape(host)
        )
    } else {
        String::new()
    }
}

/// A category or chain badge (`data-category` / `data-chain`, as on the app's cards) that
/// links to that category's or chain's page.
fn badge_link(facet: &str, dir: &str, id: &str, label: &str, icon: Option<&LogoSrc>, lang: Lang) -> String {
    format!(
        r#"<li class="badge badge--{facet}" data-{facet}="{id}"><a href="{}{dir}/{id}/">{}{}</a></li>"#,
        prefix(lang),
        chain_icon_html(icon, false),
        escape(label),
        id = escape(id)
    )
}

/// Events as a list: date, kind, (project, linked to its page), text, other side and
/// source: a project's history (`project` false) or the timeline page's (true).
fn events_html(cat: &Catalog, entries: &[(usize, usize)], lang: Lang, with_project: bool) -> String {
    let e = escape;
    let mut h = String::from(r#"<ol class="timeline">"#);
    for &(i, k) in entries {
        let p = &cat.projects()[i];
        let ev = &p.events[k];
        let project = if with_project {
            format!(
                r#" <a class="timeline__project" href="{}{}/{}/">{}</a>"#,
                prefix(lang),
                page::PROJECTS,
                e(&p.id),
                e(&p.name)
            )
        } else {
            String::new()
        };
        let other = ev
            .other_side
            .as_deref()
            .map(|o| cat.resolve(o).map_or(o, |x| x.name.as_str()))
            .map(|o| format!(r#" <span class="timeline__other">({})</span>"#, e(o)))
            .unwrap_or_default();
        h += &format!(
            r#"<li class="timeline__item" data-event-kind="{}"><time class="timeline__date" datetime="{d}">{d}</time> <span class="timeline__kind">{}</span>{project}<p class="timeline__text">{}{other}{}</p></li>"#,
            ev.kind.id(),
            e(event_kind_name(ev.kind, lang)),
            e(ev.text.get(lang)),
            source_html(&ev.source, ev.quote.as_deref(), lang),
            d = e(&ev.date)
        );
    }
    h + "</ol>"
}

fn card_html(cat: &Catalog, i: usize, lang: Lang, eager: bool) -> String {
    let e = escape;
    let t = tr(lang);
    let c = CardContent::new(cat, i, lang);
    let mut h = format!(
        r#"<article class="card" data-project="{}" style="{}">"#,
        e(&c.id),
        e(&c.style())
    );
    h += &format!(
        r#"<div class="card__head">{}<h3 class="card__title"><a class="card__open" href="{}{}/{}/">{}</a></h3></div>"#,
        mark_html(c.logo.as_ref(), &c.monogram, "", CARD_LOGO_PX, eager),
        prefix(lang),
        page::PROJECTS,
        e(&c.id),
        e(&c.name)
    );
    if let Some((line, status)) = &c.status {
        h += &format!(
            r#"<p class="card__status" data-status="{status}">{}</p>"#,
            e(line)
        );
    }
    h += &format!(r#"<p class="card__summary">{}</p>"#, e(&c.summary));
    h += &format!(r#"<ul class="badges" aria-label="{}">"#, e(t.categories));
    for (id, label) in &c.categories {
        h += &badge_link("category", page::CATEGORIES, id, label, None, lang);
    }
    h += &format!(r#"</ul><ul class="badges" aria-label="{}">"#, e(t.chains));
    if c.chains.is_empty() {
        h += &format!(r#"<li class="badge badge--muted">{}</li>"#, e(t.not_stated));
    }
    for b in &c.chains {
        h += &badge_link("chain", page::CHAINS, &b.id, &b.label, b.logo.as_ref(), lang);
    }
    h += "</ul>";
    if let Some(tokens) = &c.tokens {
        h += &format!(
            r#"<div class="card__foot"><p class="card__token"><span class="card__token-label">{}</span> {}</p></div>"#,
            e(t.token),
            e(tokens)
        );
    }
    h + "</article>"
}

/// The page's body: readable without JavaScript (links, not buttons), removed by the app
/// as soon as its own view is there (`data-static`).
pub fn body(page: &Page, cat: &Catalog) -> String {
    let e = escape;
    let t = tr(page.lang);
    let lang = page.lang;
    let mut h = format!(
        r#"<div class="app static" data-static="" lang="{}">"#,
        lang.code()
    );
    h += r#"<header class="site-header"><div class="site-header__text">"#;
    h += &format!(
        r#"<p class="site-header__title"><a href="{}">{}</a></p><p class="site-header__tagline">{}</p></div>"#,
        if prefix(lang).is_empty() {
            "./".to_string()
        } else {
            prefix(lang)
        },
        e(t.title),
        e(t.tagline)
    );
    h += &format!(
        r#"<nav class="site-header__tools" aria-label="{}">"#,
        e(t.language)
    );
    for l in Lang::ALL {
        let label = l.native_name();
        let href = page.path_in(l);
        h += &format!(
            r#"<a class="tab tab--small" hreflang="{c}" lang="{c}" href="{}"{}>{label}</a>"#,
            if href.is_empty() {
                "./".to_string()
            } else {
                e(&href)
            },
            if l == lang { r#" aria-current="page""# } else { "" },
            c = l.code()
        );
    }
    h += "</nav></header><main class=\"content static__main\">";
    let open_label = e(&ai_landscape::domain::i18n::site::open(lang));
    let explore = format!(
        r#"<p class="static__explore"><a class="btn btn--primary" href="{}">{}</a></p>"#,
        e(&format!("./{}", page.query.to_search())),
        open_label
    );
    match &page.kind {
        Kind::Project(i) => {
            let p = &cat.projects()[*i];
            h += &format!(
                r#"<article class="details static__project" data-project-details="{}" style="--hue:{}">"#,
                e(&p.id),
                ai_landscape::domain::card::hue(&p.id)
            );
            let mark = mark_html(
                p.logo.as_ref().map(LogoSrc::of).as_ref(),
                &ai_landscape::domain::card::monogram(&p.name),
                "monogram--large",
                56,
                true,
            );
            h += &format!(
                r#"<header class="details__head">{mark}<h1 class="details__title">{}</h1></header>"#,
                e(&p.name)
            );
            h += &format!(r#"<p class="details__summary">{}</p>"#, e(p.summary.get(lang)));
            h += r#"<dl class="static__facts">"#;
            for row in compare_rows(cat, &[p]) {
                let items = &row.cells[0];
                if items.is_empty() || row.attribute == ai_landscape::domain::compare::Attribute::Summary {
                    continue;
                }
                h += &format!("<dt>{}</dt><dd><ul>", e(attribute_name(row.attribute, lang)));
                let facet = match row.attribute {
                    ai_landscape::domain::compare::Attribute::Categories => Some(page::CATEGORIES),
                    ai_landscape::domain::compare::Attribute::Chains => Some(page::CHAINS),
                    _ => None,
                };
                for item in items {
                    let text = e(item.text.get(lang));
                    let value = match (&item.href, facet) {
                        (Some(href), _) => {
                            format!(r#"<a href="{}" rel="noopener noreferrer">{text}</a>"#, e(href))
                        }
                        // Categories and chains link to their own pages.
                        (None, Some(kind)) => {
                            let id = item.key.trim_end_matches("@former");
                            format!(r#"<a href="{}{kind}/{}/">{text}</a>"#, prefix(lang), e(id))
                        }
                        (None, None) => text,
                    };
                    let src = item
                        .source
                        .as_deref()
                        .map(|s| source_html(s, item.quote.as_deref(), lang))
                        .unwrap_or_default();
                    // A contract's whole address, selected by one click (`user-select: all`)
                    // so that it can be copied without scripts; the app adds a copy button.
                    let copy = item
                        .copy
                        .as_deref()
                        .map(|a| format!(r#" <code class="address" data-copy="{0}">{0}</code>"#, e(a)))
                        .unwrap_or_default();
                    let note = item
                        .note
                        .as_ref()
                        .map(|n| format!(r#" <span class="note">{}</span>"#, e(n.get(lang))))
                        .unwrap_or_default();
                    h += &format!("<li>{value}{note}{copy}{src}</li>");
                }
                h += "</ul></dd>";
            }
            h += "</dl>";
            if !p.events.is_empty() {
                let entries: Vec<(usize, usize)> = (0..p.events.len()).map(|k| (*i, k)).collect();
                h += &format!(
                    r#"<section class="details__history" data-history=""><h2 class="details__subtitle">{}</h2>{}</section>"#,
                    e(t.since_article),
                    events_html(cat, &entries, lang, false)
                );
            }
            h += "</article>";
            h += &explore;
        }
        Kind::Timeline => {
            let entries = timeline(cat, &page.projects, &[]);
            h += &format!(r#"<h1 class="static__title">{}</h1>"#, e(t.timeline_title));
            h += &format!("<p>{}</p>", e(&page.description));
            h += &explore;
            h += &format!(
                r#"<section class="timeline-view" data-timeline="">{}</section>"#,
                events_html(cat, &entries, lang, true)
            );
        }
        kind => {
            let (heading, intro) = match kind {
                Kind::Category(id) => {
                    let c = cat.category(id);
                    (
                        c.map(|c| c.name.get(lang).to_string()).unwrap_or_default(),
                        c.map(|c| c.description.get(lang).to_string()).unwrap_or_default(),
                    )
                }
                Kind::Chain(id) => (chain_heading(cat, id, lang), String::new()),
                _ => (t.title.to_string(), home_description(cat, lang)),
            };
            let icon = match kind {
                Kind::Chain(id) => ai_landscape::domain::logo::chain_logo(cat, id)
                    .map(|l| {
                        format!(
                            r#"<span class="logo logo--heading" aria-hidden="true">{}</span>"#,
                            img_html(&l, 40, true)
                        )
                    })
                    .unwrap_or_default(),
                _ => String::new(),
            };
            h += &format!(r#"<h1 class="static__title">{icon}{}</h1>"#, e(&heading));
            if !intro.is_empty() {
                h += &format!("<p>{}</p>", e(&intro));
            }
            h += &format!(
                r#"<p class="status">{}</p>{explore}<div class="grid">"#,
                e(&projects_count(page.projects.len(), lang))
            );
            for (k, &i) in page.projects.iter().enumerate() {
                h += &card_html(cat, i, lang, k < EAGER_LOGOS);
            }
            h += "</div>";
        }
    }
    h += "</main>";
    let article = &cat.data().article;
    h += &format!(
        r#"<footer class="site-footer"><p>{} <cite lang="es" dir="ltr">{}</cite> ({}) · {} {}</p></footer></div>"#,
        e(t.data_from),
        e(&article.title),
        e(&article.publisher),
        e(t.updated),
        e(&cat.data().updated)
    );
    h
}
