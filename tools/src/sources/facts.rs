//! Every sourced value of a project, and the article's text that quotes are looked up in.

use ai_landscape::domain::model::Project;

/// A sourced value of a project: where it is (`tokens[0]`), its source and its quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sourced<'a> {
    pub path: String,
    pub source: &'a str,
    pub quote: Option<&'a str>,
}

/// Every sourced value of `p`, in field order.
pub fn sourced(p: &Project) -> Vec<Sourced<'_>> {
    fn add<'a>(out: &mut Vec<Sourced<'a>>, path: String, source: &'a str, quote: &'a Option<String>) {
        out.push(Sourced {
            path,
            source,
            quote: quote.as_deref(),
        });
    }
    let mut out = Vec::new();
    for (i, c) in p.chains.iter().enumerate() {
        add(&mut out, format!("chains[{i}]"), &c.source, &c.quote);
    }
    if let Some(n) = &p.now {
        add(&mut out, "now".into(), &n.source, &n.quote);
    }
    if let Some(w) = &p.website {
        add(&mut out, "website".into(), &w.source, &w.quote);
    }
    for (i, l) in p.links.iter().enumerate() {
        add(&mut out, format!("links[{i}]"), &l.source, &l.quote);
    }
    for (i, t) in p.tokens.iter().enumerate() {
        add(&mut out, format!("tokens[{i}]"), &t.source, &t.quote);
        for (j, c) in t.contracts.iter().enumerate() {
            add(
                &mut out,
                format!("tokens[{i}].contracts[{j}]"),
                &c.source,
                &c.quote,
            );
        }
    }
    for (field, fact) in [("founded", &p.founded), ("consensus", &p.consensus)] {
        if let Some(f) = fact {
            add(&mut out, field.into(), &f.source, &f.quote);
        }
    }
    for (field, list) in [
        ("technologies", &p.technologies),
        ("partners", &p.partners),
        ("awards", &p.awards),
    ] {
        for (i, f) in list.iter().enumerate() {
            add(&mut out, format!("{field}[{i}]"), &f.source, &f.quote);
        }
    }
    for (i, x) in p.people.iter().enumerate() {
        add(&mut out, format!("people[{i}]"), &x.source, &x.quote);
    }
    for (i, x) in p.funding.iter().enumerate() {
        add(&mut out, format!("funding[{i}]"), &x.source, &x.quote);
    }
    for (i, x) in p.figures.iter().enumerate() {
        add(&mut out, format!("figures[{i}]"), &x.source, &x.quote);
    }
    for (i, x) in p.relations.iter().enumerate() {
        add(&mut out, format!("relations[{i}]"), &x.source, &x.quote);
    }
    for (i, x) in p.events.iter().enumerate() {
        add(&mut out, format!("events[{i}]"), &x.source, &x.quote);
    }
    if let Some(x) = &p.last_seen {
        add(&mut out, "last_seen".into(), &x.source, &x.quote);
    }
    out
}

/// Collapses every run of whitespace to one space and trims: quotes are compared this way,
/// so line breaks and indentation of the article do not matter.
pub fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The article's text, ready for quote look-ups.
pub struct ArticleText {
    collapsed: String,
}

impl ArticleText {
    pub fn new(markdown: &str) -> ArticleText {
        ArticleText {
            collapsed: collapse_whitespace(markdown),
        }
    }

    /// Whether `quote` occurs in the article, whitespace aside.
    pub fn contains(&self, quote: &str) -> bool {
        let q = collapse_whitespace(quote);
        !q.is_empty() && self.collapsed.contains(&q)
    }
}
