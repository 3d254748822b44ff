//! The rules the format promises, checked on a parsed export: unique ids, known
//! references, safe links and sources, sane sizes. Every problem is located (the project
//! and the field) and at most [`MAX_PROBLEMS`] are listed.

use std::collections::{HashMap, HashSet};

use super::collector::{check_source, check_text, clip, Collector};
pub use super::collector::{MAX_PROBLEMS, MAX_TEXT_CHARS};
use super::history::check_history;
use super::links::is_safe_link;
use crate::domain::data_error::DataError;
use crate::domain::history::Date;
use crate::domain::model::{Landscape, Project};
use crate::domain::text::{is_slug, slugify};

/// The largest export accepted, in bytes. Far above a real landscape (25,000 projects
/// take about 15 MB); a bigger file is a mistake or an attack.
pub const MAX_BYTES: usize = 64 * 1024 * 1024;
/// The most projects accepted.
pub const MAX_PROJECTS: usize = 100_000;
/// The longest name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 120;

/// Checks the rules of the format on a parsed export.
pub fn validate(file: &str, l: &Landscape) -> Result<(), DataError> {
    let mut c = Collector {
        problems: Vec::new(),
        more: 0,
        first_view: l.first_view,
    };

    if l.format_version != 1 {
        c.push(
            "format_version",
            format!("version {} is not supported (expected 1)", l.format_version),
        );
    }

    let mut category_ids: HashMap<&str, Option<&str>> = HashMap::new();
    for cat in &l.categories {
        let place = format!("category `{}`", cat.id);
        if !is_slug(&cat.id) {
            c.push(
                &place,
                "field `id` must be a lowercase slug ([a-z0-9] and single `-`)",
            );
        }
        if category_ids.insert(&cat.id, cat.parent.as_deref()).is_some() {
            c.push(&place, "duplicate category id");
        }
        check_text(&mut c, &place, "name", &cat.name);
        check_text(&mut c, &place, "description", &cat.description);
    }
    for cat in &l.categories {
        if let Some(parent) = &cat.parent {
            match category_ids.get(parent.as_str()) {
                None => c.push(
                    format!("category `{}`", cat.id),
                    format!("field `parent`: unknown category `{}`", clip(parent)),
                ),
                Some(Some(_)) => c.push(
                    format!("category `{}`", cat.id),
                    format!("field `parent`: `{parent}` is itself a sub-category"),
                ),
                Some(None) if parent == &cat.id => c.push(
                    format!("category `{}`", cat.id),
                    "field `parent`: a category cannot be its own parent",
                ),
                Some(None) => {}
            }
        }
    }

    let mut chain_ids = HashSet::new();
    for chain in &l.chains {
        let place = format!("chain `{}`", chain.id);
        if !is_slug(&chain.id) {
            c.push(
                &place,
                "field `id` must be a lowercase slug ([a-z0-9] and single `-`)",
            );
        }
        if !chain_ids.insert(chain.id.as_str()) {
            c.push(&place, "duplicate chain id");
        }
        check_text(&mut c, &place, "name", &chain.name);
        if chain.logo.as_ref().is_some_and(|l| l.source.is_empty()) && !c.first_view {
            c.push(&place, "missing field `logo.source`");
        }
    }

    if l.projects.is_empty() {
        c.push(
            "projects",
            "the list is empty: an export needs at least one project",
        );
    }
    if l.projects.len() > MAX_PROJECTS {
        c.push(
            "projects",
            format!(
                "{} projects is more than the {MAX_PROJECTS} allowed",
                l.projects.len()
            ),
        );
    }

    // Every id and alias slug must lead to one project only.
    let mut names: HashMap<String, String> = HashMap::new();
    for p in &l.projects {
        if !names.contains_key(&p.id) {
            names.insert(p.id.clone(), p.id.clone());
        } else {
            c.push(format!("project `{}`", clip(&p.id)), "duplicate project id");
        }
    }
    // Dates: the article's, the statuses', and no event after the day its research was
    // done (or, without one, the day the export was updated).
    for (field, date) in [
        ("article.published", &l.article.published),
        ("status_as_of", &l.status_as_of),
    ] {
        if let Some(d) = date {
            if Date::parse(d).is_none_or(|d| d.day.is_none()) {
                c.push(field, format!("`{}` is not a date (YYYY-MM-DD)", clip(d)));
            }
        }
    }
    let today = l
        .status_as_of
        .as_deref()
        .or(Some(l.updated.as_str()))
        .and_then(Date::parse)
        .map(Date::last_day);
    let ids: HashSet<&str> = l.projects.iter().map(|p| p.id.as_str()).collect();
    for (i, p) in l.projects.iter().enumerate() {
        check_project(&mut c, i, p, &category_ids, &chain_ids, &mut names);
        check_history(&mut c, p, today, l.status_as_of.as_deref(), &ids);
    }

    if c.problems.is_empty() {
        Ok(())
    } else {
        Err(DataError::Invalid {
            file: file.into(),
            problems: c.problems,
            more: c.more,
        })
    }
}

fn check_project(
    c: &mut Collector,
    index: usize,
    p: &Project,
    categories: &HashMap<&str, Option<&str>>,
    chains: &HashSet<&str>,
    names: &mut HashMap<String, String>,
) {
    let place = if p.id.is_empty() {
        format!("project #{}", index + 1)
    } else {
        format!("project `{}`", clip(&p.id))
    };
    if !is_slug(&p.id) {
        c.push(
            &place,
            "field `id` must be a lowercase slug ([a-z0-9] and single `-`)",
        );
    }
    if p.search.is_some() && !c.first_view {
        c.push(
            &place,
            "field `search` belongs to the first-view file the build derives, not to the export",
        );
    }
    let name_chars = p.name.chars().count();
    if p.name.trim().is_empty() {
        c.push(&place, "field `name` is empty");
    } else if name_chars > MAX_NAME_CHARS {
        c.push(
            &place,
            format!("field `name` is longer than {MAX_NAME_CHARS} characters"),
        );
    }
    for (i, alias) in p.aliases.iter().enumerate() {
        let slug = slugify(alias);
        if slug.is_empty() {
            c.push(&place, format!("field `aliases[{i}]` has no letters or digits"));
            continue;
        }
        if slug == p.id {
            continue; // a spelling variant of the name itself
        }
        match names.get(&slug) {
            Some(owner) if owner != &p.id => c.push(
                &place,
                format!(
                    "field `aliases[{i}]`: `{}` is already used by project `{owner}`",
                    clip(alias)
                ),
            ),
            Some(_) => c.push(
                &place,
                format!("field `aliases[{i}]`: duplicate alias `{}`", clip(alias)),
            ),
            None => {
                names.insert(slug, p.id.clone());
            }
        }
    }
    if p.categories.is_empty() {
        c.push(
            &place,
            "field `categories` is empty: a project needs at least one category",
        );
    }
    let mut seen = HashSet::new();
    for (i, cat) in p.categories.iter().enumerate() {
        if !categories.contains_key(cat.as_str()) {
            c.push(
                &place,
                format!("field `categories[{i}]`: unknown category `{}`", clip(cat)),
            );
        } else if !seen.insert(cat) {
            c.push(
                &place,
                format!("field `categories[{i}]`: category `{cat}` listed twice"),
            );
        }
    }
    check_text(c, &place, "summary", &p.summary);
    let mut seen = HashSet::new();
    for (i, chain) in p.chains.iter().enumerate() {
        if !chains.contains(chain.id.as_str()) {
            c.push(
                &place,
                format!("field `chains[{i}].id`: unknown chain `{}`", clip(&chain.id)),
            );
        } else if !seen.insert(&chain.id) {
            c.push(
                &place,
                format!("field `chains[{i}].id`: chain `{}` listed twice", chain.id),
            );
        }
        check_source(c, &place, &format!("chains[{i}].source"), &chain.source);
        if let Some(note) = &chain.note {
            check_text(c, &place, &format!("chains[{i}].note"), note);
        }
    }
    if let Some(w) = &p.website {
        if !is_safe_link(&w.url) {
            c.push(
                &place,
                format!("field `website.url`: `{}` is not an http(s) link", clip(&w.url)),
            );
        }
        check_source(c, &place, "website.source", &w.source);
    }
    for (i, t) in p.tokens.iter().enumerate() {
        if t.symbol.trim().is_empty() || t.symbol.chars().count() > 32 {
            c.push(
                &place,
                format!("field `tokens[{i}].symbol` must have 1 to 32 characters"),
            );
        }
        check_source(c, &place, &format!("tokens[{i}].source"), &t.source);
    }
    let facts = [
        ("founded", p.founded.as_slice()),
        ("consensus", p.consensus.as_slice()),
    ];
    let lists = [
        ("technologies", &p.technologies),
        ("partners", &p.partners),
        ("awards", &p.awards),
    ];
    for (field, facts) in facts
        .into_iter()
        .chain(lists.iter().map(|(f, v)| (*f, v.as_slice())))
    {
        for (i, fact) in facts.iter().enumerate() {
            check_text(c, &place, &format!("{field}[{i}]"), &fact.value);
            check_source(c, &place, &format!("{field}[{i}].source"), &fact.source);
        }
    }
    for (i, person) in p.people.iter().enumerate() {
        if person.name.trim().is_empty() {
            c.push(&place, format!("field `people[{i}].name` is empty"));
        }
        check_source(c, &place, &format!("people[{i}].source"), &person.source);
    }
    for (i, f) in p.funding.iter().enumerate() {
        check_source(c, &place, &format!("funding[{i}].source"), &f.source);
    }
    for (i, f) in p.figures.iter().enumerate() {
        check_text(c, &place, &format!("figures[{i}].label"), &f.label);
        check_text(c, &place, &format!("figures[{i}].value"), &f.value);
        check_source(c, &place, &format!("figures[{i}].source"), &f.source);
    }
    if let Some(logo) = &p.logo {
        // The logo's source itself is held to the logo rules natively (`data check`).
        if logo.source.is_empty() && !c.first_view {
            c.push(&place, "missing field `logo.source`");
        }
    }
    if let Some(now) = &p.now {
        check_text(c, &place, "now", &now.value);
        check_source(c, &place, "now.source", &now.source);
    }
    for (i, r) in p.relations.iter().enumerate() {
        if r.kind != crate::domain::model::RELATION_PUBLISHER {
            c.push(
                &place,
                format!(
                    "field `relations[{i}].kind`: unknown kind `{}` (known: `publisher`)",
                    clip(&r.kind)
                ),
            );
        }
        check_source(c, &place, &format!("relations[{i}].source"), &r.source);
    }
    // Quotes, the source rules and the logo files are checked natively
    // (`landscape_tools::sources`, `data check`).
}
