//! Applying a [`Diff`] to the export (`--write`): kept projects keep every curated fact,
//! added and removed ones are marked for review; and the export written back as JSON.

use ai_landscape::domain::model::{Category, ChainRef, Landscape, Project, Text, Token};
use ai_landscape::domain::text::slugify;

use super::diff::{category_of, name_keys, post_categories, post_projects, Diff};
use super::facts::read_facts;
use super::post::Post;

/// Why a project added by an import needs review.
pub const REVIEW_ADDED: &str = "added from the article by `data import`: the summary is the \
article's bullet (Spanish in both languages); rewrite it in both languages, check the facts \
read from the bullet, add web sources (website, token, chains)";

/// Why a project the post no longer lists needs review.
pub const REVIEW_REMOVED: &str = "no longer in the article: delete the project, or keep it \
(its id may be linked from elsewhere) and say why";

/// Applies a diff to the export: new sections become categories, new projects are added
/// with the facts [`read_facts`] reads and `review` set, moved projects take their new
/// categories, renamed ones their new name (the old one becomes an alias, the id stays),
/// removed ones are kept with `review` set. Every other fact is kept as it is.
pub fn apply(l: &mut Landscape, post: &Post, d: &Diff) {
    if let Some(t) = &post.front.title {
        l.article.title = t.clone();
    }
    if let (Some(_), Some(a)) = (&l.article.author, post.front.authors.first()) {
        l.article.author = Some(a.clone());
    }
    for h in &d.sections_added {
        let section = post.sections.iter().find(|s| &s.heading == h);
        let parent = section
            .and_then(|s| s.parent.as_deref())
            .and_then(|ph| category_of(l, ph));
        let mut id = slugify(h);
        while l.categories.iter().any(|c| c.id == id) {
            id.push_str("-2");
        }
        let order = l.categories.iter().map(|c| c.order).max().unwrap_or(0) + 1;
        l.categories.push(Category {
            id,
            parent,
            order,
            name: Text::Plain(h.clone()),
            description: Text::Plain(h.clone()),
            article_heading: Some(Text::Plain(h.clone())),
        });
    }
    let keys = name_keys(l);
    let projects = post_projects(l, post, &keys);
    for (id, _, cats) in &d.moved {
        if let Some(p) = l.projects.iter_mut().find(|p| &p.id == id) {
            p.categories = cats.clone();
        }
    }
    for (id, old, new) in &d.renamed {
        let cats = projects.iter().find(|pp| &pp.name == new).map(post_categories);
        if let Some(p) = l.projects.iter_mut().find(|p| &p.id == id) {
            if !p.aliases.contains(old) {
                p.aliases.push(old.clone());
            }
            p.aliases.retain(|a| a != new);
            p.name = new.clone();
            if let Some(c) = cats.filter(|c| !c.is_empty()) {
                p.categories = c;
            }
            p.review = Some(format!(
                "renamed in the article from {old}: check the name, and `now` if it is a rebrand"
            ));
        }
    }
    for id in &d.removed {
        if let Some(p) = l.projects.iter_mut().find(|p| &p.id == id) {
            p.review = Some(REVIEW_REMOVED.into());
        }
    }
    for (name, _) in &d.added {
        let Some(pp) = projects.iter().find(|pp| &pp.name == name) else {
            continue;
        };
        let mut id = slugify(name);
        while l.projects.iter().any(|p| p.id == id) || id.is_empty() {
            id.push_str("-2");
        }
        let (mut chains, mut tokens, mut funding) = (Vec::new(), Vec::new(), Vec::new());
        for b in &pp.bullets {
            let (c, t, f) = read_facts(l, &b.text);
            for c in c {
                if !chains.iter().any(|x: &ChainRef| x.id == c.id) {
                    chains.push(c);
                }
            }
            for t in t {
                if !tokens.iter().any(|x: &Token| x.symbol == t.symbol) {
                    tokens.push(t);
                }
            }
            funding.extend(f);
        }
        let summary: String = pp.bullets[0]
            .text
            .chars()
            .take(ai_landscape::domain::validate::MAX_TEXT_CHARS)
            .collect();
        l.projects.push(Project {
            id,
            name: name.clone(),
            aliases: Vec::new(),
            categories: post_categories(pp),
            summary: Text::Plain(summary),
            chains,
            now: None,
            events: Vec::new(),
            last_seen: None,
            website: None,
            links: Vec::new(),
            logo: None,
            tokens,
            founded: None,
            consensus: None,
            technologies: Vec::new(),
            people: Vec::new(),
            funding,
            partners: Vec::new(),
            awards: Vec::new(),
            figures: Vec::new(),
            relations: Vec::new(),
            passage: None,
            review: Some(REVIEW_ADDED.into()),
            search: None,
            status: None,
        });
    }
}

/// The export as `data/landscape.json` holds it: two-space indented JSON and a newline.
pub fn to_json(l: &Landscape) -> String {
    let mut s = serde_json::to_string_pretty(l).expect("the model serialises");
    s.push('\n');
    s
}
