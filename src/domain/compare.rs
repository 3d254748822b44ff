//! Comparison rows: one row per attribute, one cell per project, with what the projects
//! share marked. The comparison view only renders these rows; the dialog and the static
//! pages show a project's cells too.

use super::catalog::Catalog;
use super::model::Project;

mod cells;

pub use cells::{cell, Attribute, Item};

/// One row of the comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The attribute.
    pub attribute: Attribute,
    /// One cell per project, in column order; an empty cell means "not stated".
    pub cells: Vec<Vec<Item>>,
    /// Whether all projects have the same value (rows hidden by "only differences").
    pub all_equal: bool,
    /// Whether some projects, but not all, agree: a value stated by two or more of them
    /// and not by every one (marked in the table, kept by "only differences").
    pub some_agree: bool,
}

/// How many rows "only differences" hides: the rows identical for every project, less
/// those no project states (already folded into one line, see [`unstated`]).
pub fn identical_rows(rows: &[Row]) -> usize {
    let folded = unstated(rows);
    rows.iter()
        .filter(|r| r.all_equal && !folded.contains(&r.attribute))
        .count()
}

/// The comparison rows for `projects` (in column order): every attribute, so the table
/// has the same shape for any selection; an empty cell stands for "not stated" (a row no
/// project has data for counts as all equal, so "only differences" hides it).
pub fn compare_rows(catalog: &Catalog, projects: &[&Project]) -> Vec<Row> {
    let mut rows = Vec::new();
    for attribute in Attribute::ALL {
        let mut cells: Vec<Vec<Item>> = projects.iter().map(|p| cell(catalog, p, attribute)).collect();
        let keys: Vec<Vec<&str>> = cells
            .iter()
            .map(|c| {
                let mut k: Vec<&str> = c.iter().map(|i| i.key.as_str()).collect();
                crate::domain::order::sort_by(&mut k, &|a, b| a.cmp(b));
                k.dedup();
                k
            })
            .collect();
        let all_equal = keys.windows(2).all(|w| w[0] == w[1]);
        let some_agree = !all_equal
            && keys
                .iter()
                .flatten()
                .any(|k| keys.iter().filter(|ks| ks.contains(k)).count() >= 2);
        let shared: Vec<String> = if projects.len() >= 2 {
            keys[0]
                .iter()
                .filter(|k| keys.iter().all(|ks| ks.contains(k)))
                .map(|k| k.to_string())
                .collect()
        } else {
            Vec::new()
        };
        if attribute != Attribute::Summary {
            for c in &mut cells {
                for i in c.iter_mut() {
                    i.shared = shared.contains(&i.key);
                }
            }
        }
        rows.push(Row {
            attribute,
            cells,
            all_equal: all_equal && projects.len() >= 2,
            some_agree: some_agree && projects.len() >= 2,
        });
    }
    rows
}

/// The attributes that none of the compared projects states (every cell empty): the view
/// folds their rows into one line, "Not stated for any of them: …". The summary is never
/// folded.
pub fn unstated(rows: &[Row]) -> Vec<Attribute> {
    rows.iter()
        .filter(|r| r.attribute != Attribute::Summary && r.cells.iter().all(Vec::is_empty))
        .map(|r| r.attribute)
        .collect()
}

/// Projects most like `project`: sharing its categories and chains (at least one
/// category), best first, up to `n`.
pub fn similar<'a>(catalog: &'a Catalog, project: &Project, n: usize) -> Vec<&'a Project> {
    let mut scored: Vec<(usize, &Project)> = catalog
        .projects()
        .iter()
        .filter(|p| p.id != project.id)
        .filter_map(|p| {
            let cats = p
                .categories
                .iter()
                .filter(|c| project.categories.contains(c))
                .count();
            let chains = p
                .chains
                .iter()
                .filter(|c| project.chains.iter().any(|x| x.id == c.id))
                .count();
            (cats > 0).then_some((cats * 2 + chains * 3, p))
        })
        .collect();
    crate::domain::order::sort_by(&mut scored, &|a, b| {
        b.0.cmp(&a.0)
            .then_with(|| super::text::lowercase(&a.1.name).cmp(&super::text::lowercase(&b.1.name)))
    });
    scored.into_iter().take(n).map(|(_, p)| p).collect()
}

/// Name of a comparison row.
pub fn attribute_name(a: Attribute, lang: crate::domain::model::Lang) -> &'static str {
    use Attribute as A;
    let t = crate::domain::i18n::tr(lang);
    match a {
        A::Categories => t.categories,
        A::Chains => t.chains,
        A::Status => t.status,
        A::LatestEvent => t.latest_event,
        A::Token => t.token,
        A::Consensus => t.consensus,
        A::Technologies => t.technologies,
        A::Funding => t.funding,
        A::People => t.people,
        A::Founded => t.founded,
        A::Partners => t.partners,
        A::Awards => t.awards,
        A::Figures => t.figures,
        A::Website => t.website,
        A::Contracts => t.contracts,
        A::Links => t.links,
        A::Summary => t.summary,
    }
}
