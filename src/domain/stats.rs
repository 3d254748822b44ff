//! Numbers for the insights view: the chain × category matrix, counts per facet value,
//! how much of the data comes from the article, and the article's funding figures.

use super::catalog::{Catalog, CHAIN_NOT_STATED};
use super::model::{is_article, Project};

/// One column of the matrix: a top-level category, or a sub-category under its parent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    /// Category id.
    pub id: String,
    /// The parent's id for a sub-category (`apps` for `defi`).
    pub group: Option<String>,
}

/// Projects per chain (rows) and category (columns), over a set of projects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetMatrix {
    /// Chain values (chain ids, `own-chain`, [`CHAIN_NOT_STATED`]), most projects first,
    /// "not stated" last; only rows with at least one project.
    pub rows: Vec<String>,
    /// Categories in display order; a parent with sub-categories is replaced by them.
    pub columns: Vec<Column>,
    /// `cells[row][column]` = number of projects.
    pub cells: Vec<Vec<usize>>,
    /// The largest cell, for colour scaling.
    pub max: usize,
}

/// The chains a project is on now (a chain it has left is not counted, as in the
/// chain filter), or "not stated".
fn chain_values(p: &Project) -> Vec<&str> {
    let now: Vec<&str> = p
        .chains
        .iter()
        .filter(|c| c.is_current())
        .map(|c| c.id.as_str())
        .collect();
    if now.is_empty() {
        vec![CHAIN_NOT_STATED]
    } else {
        now
    }
}

/// The chain × category matrix of the projects at `indices`: a project counts once in
/// every (chain, category) pair among the chains and categories it lists.
pub fn facet_matrix(catalog: &Catalog, indices: &[usize]) -> FacetMatrix {
    let mut columns = Vec::new();
    for top in catalog.top_categories() {
        let children: Vec<_> = catalog.children(&top.id).collect();
        if children.is_empty() {
            columns.push(Column {
                id: top.id.clone(),
                group: None,
            });
        } else {
            columns.extend(children.into_iter().map(|c| Column {
                id: c.id.clone(),
                group: Some(top.id.clone()),
            }));
        }
    }
    let totals = counts_by_chain(catalog, indices);
    let rows: Vec<String> = totals
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(id, _)| id.clone())
        .collect();
    let mut cells = vec![vec![0usize; columns.len()]; rows.len()];
    for &i in indices {
        let p = &catalog.projects()[i];
        for chain in chain_values(p) {
            let Some(r) = rows.iter().position(|x| x == chain) else {
                continue;
            };
            for (c, col) in columns.iter().enumerate() {
                if p.categories.iter().any(|k| k == &col.id) {
                    cells[r][c] += 1;
                }
            }
        }
    }
    let max = cells.iter().flatten().copied().max().unwrap_or(0);
    FacetMatrix {
        rows,
        columns,
        cells,
        max,
    }
}

/// Projects per chain value among `indices`, most first ("not stated" last, ties in
/// export order).
pub fn counts_by_chain(catalog: &Catalog, indices: &[usize]) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = catalog
        .data()
        .chains
        .iter()
        .map(|c| (c.id.clone(), 0))
        .chain(std::iter::once((CHAIN_NOT_STATED.to_string(), 0)))
        .collect();
    for &i in indices {
        for chain in chain_values(&catalog.projects()[i]) {
            if let Some(e) = counts.iter_mut().find(|(id, _)| id == chain) {
                e.1 += 1;
            }
        }
    }
    let rank = |id: &str| if id == CHAIN_NOT_STATED { 1 } else { 0 };
    crate::domain::order::sort_by(&mut counts, &|a, b| {
        rank(&a.0).cmp(&rank(&b.0)).then(b.1.cmp(&a.1))
    });
    counts
}

/// Projects per category among `indices`, in display order; a parent counts the projects
/// of its sub-categories.
pub fn counts_by_category(catalog: &Catalog, indices: &[usize]) -> Vec<(String, usize)> {
    catalog
        .categories()
        .map(|cat| {
            let ids: Vec<&str> = std::iter::once(cat.id.as_str())
                .chain(catalog.children(&cat.id).map(|c| c.id.as_str()))
                .collect();
            let n = indices
                .iter()
                .filter(|&&i| {
                    catalog.projects()[i]
                        .categories
                        .iter()
                        .any(|c| ids.contains(&c.as_str()))
                })
                .count();
            (cat.id.clone(), n)
        })
        .collect()
}

/// Facts from the article and facts added from other sources, for one kind of fact.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Provenance {
    /// Kind of fact: `chains`, `tokens`, `websites`, `founded`, `other`.
    pub kind: &'static str,
    /// Facts whose source is the article.
    pub article: usize,
    /// Facts added from research.
    pub added: usize,
}

/// How many facts of each kind come from the article, and how many were added.
pub fn provenance(catalog: &Catalog, indices: &[usize]) -> Vec<Provenance> {
    let mut out = ["chains", "tokens", "websites", "founded", "other"]
        .map(|kind| Provenance {
            kind,
            ..Default::default()
        })
        .to_vec();
    let mut add = |k: usize, source: &str| {
        if is_article(source) {
            out[k].article += 1;
        } else {
            out[k].added += 1;
        }
    };
    for &i in indices {
        let p = &catalog.projects()[i];
        p.chains.iter().for_each(|c| add(0, &c.source));
        p.tokens.iter().for_each(|t| add(1, &t.source));
        p.website.iter().for_each(|w| add(2, &w.source));
        p.founded.iter().for_each(|f| add(3, &f.source));
        let other = p
            .consensus
            .iter()
            .chain(&p.technologies)
            .chain(&p.partners)
            .chain(&p.awards)
            .map(|f| f.source.as_str())
            .chain(p.people.iter().map(|x| x.source.as_str()))
            .chain(p.funding.iter().map(|x| x.source.as_str()))
            .chain(p.figures.iter().map(|x| x.source.as_str()));
        other.for_each(|s| add(4, s));
    }
    out
}

/// A funding amount the article states.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FundingFigure {
    /// The project's id.
    pub project: String,
    /// Who received it when not the project itself.
    pub recipient: Option<String>,
    /// Amount in US dollars.
    pub amount_usd: u64,
    /// The source (`article`).
    pub source: String,
}

/// Funding rounds with an amount, among `indices`, largest first. With `article_only`,
/// only the amounts the article states.
pub fn funding_figures(catalog: &Catalog, indices: &[usize], article_only: bool) -> Vec<FundingFigure> {
    let mut out: Vec<FundingFigure> = indices
        .iter()
        .flat_map(|&i| {
            let p = &catalog.projects()[i];
            p.funding.iter().filter_map(move |f| {
                let amount = f.amount_usd?;
                (!article_only || is_article(&f.source)).then(|| FundingFigure {
                    project: p.id.clone(),
                    recipient: f.recipient.clone(),
                    amount_usd: amount,
                    source: f.source.clone(),
                })
            })
        })
        .collect();
    crate::domain::order::sort_by(&mut out, &|a, b| {
        b.amount_usd.cmp(&a.amount_usd).then(a.project.cmp(&b.project))
    });
    out
}
