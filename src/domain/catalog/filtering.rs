//! Filtering, facet counts and sorting over a [`Catalog`]'s precomputed indices: what
//! every keystroke and filter click runs, so nothing here compares strings except the
//! search itself.

use super::index::{Catalog, Sort, CHAIN_NOT_STATED};
use super::search::TextHits;
use crate::domain::history::Status;

/// What narrows the list: category and chain ids (OR within, AND across) and search text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Category ids; a parent includes its sub-categories.
    pub categories: Vec<String>,
    /// Chain ids, `own-chain`, or [`CHAIN_NOT_STATED`].
    pub chains: Vec<String>,
    /// Status values (`active`, `merged`...); OR within, AND with the other facets.
    pub statuses: Vec<String>,
    /// Search text (every word must match).
    pub q: String,
}

/// How many projects each facet value would show, given the other facets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    /// (category id, count), in category order.
    pub categories: Vec<(String, usize)>,
    /// (chain id, count), in chain-list order, ending with [`CHAIN_NOT_STATED`].
    pub chains: Vec<(String, usize)>,
    /// (status value, count), in [`Status::ALL`] order.
    pub statuses: Vec<(String, usize)>,
}

/// Filters resolved to catalog indices once, so checking a project is a few lookups.
struct Selection {
    /// Selected category flags, `None` when no category is selected.
    categories: Option<Vec<bool>>,
    /// Selected chain flags and "not stated", `None` when no chain is selected.
    chains: Option<(Vec<bool>, bool)>,
    /// Selected status flags (indexed like [`Status::ALL`]), `None` when none is.
    statuses: Option<[bool; 5]>,
}

impl Catalog {
    /// Project `i`'s status.
    pub fn status(&self, i: usize) -> Status {
        self.statuses.get(i).copied().unwrap_or_default()
    }

    /// Every project's status, in export order.
    pub fn statuses(&self) -> &[Status] {
        &self.statuses
    }

    /// Resolves the facet part of `filters` to flags over catalog indices. An id the
    /// catalog does not know selects nothing (so a filter of only unknown ids matches no
    /// project, as a filter for something absent should).
    fn select(&self, filters: &Filters) -> Selection {
        let categories = (!filters.categories.is_empty()).then(|| {
            let mut flags = vec![false; self.data.categories.len()];
            for id in &filters.categories {
                if let Some(&i) = self.category_index.get(id) {
                    flags[i] = true;
                }
            }
            flags
        });
        let chains = (!filters.chains.is_empty()).then(|| {
            let mut flags = vec![false; self.data.chains.len()];
            let mut not_stated = false;
            for id in &filters.chains {
                if id == CHAIN_NOT_STATED {
                    not_stated = true;
                } else if let Some(&i) = self.chain_index.get(id) {
                    flags[i] = true;
                }
            }
            (flags, not_stated)
        });
        let statuses = (!filters.statuses.is_empty()).then(|| {
            let mut flags = [false; 5];
            for (k, s) in Status::ALL.iter().enumerate() {
                flags[k] = filters.statuses.iter().any(|v| v == s.code());
            }
            flags
        });
        Selection {
            categories,
            chains,
            statuses,
        }
    }

    /// Whether project `i` has a selected status.
    fn in_statuses(&self, sel: &Selection, i: usize) -> bool {
        sel.statuses
            .as_ref()
            .is_none_or(|flags| flags[self.statuses[i].index()])
    }

    /// Whether project `i` is in a selected category (or under a selected parent).
    fn in_categories(&self, sel: &Selection, i: usize) -> bool {
        sel.categories
            .as_ref()
            .is_none_or(|flags| self.project_categories[i].iter().any(|&c| flags[c as usize]))
    }

    /// Whether project `i` is on a selected chain (or states none, when "not stated" is).
    fn on_chains(&self, sel: &Selection, i: usize) -> bool {
        sel.chains.as_ref().is_none_or(|(flags, not_stated)| {
            let chains = &self.project_chains[i];
            (*not_stated && self.chainless[i]) || chains.iter().any(|&c| flags[c as usize])
        })
    }

    /// Indices of the projects that match `filters`, ordered by `sort`.
    pub fn filter(&self, filters: &Filters, sort: Sort) -> Vec<usize> {
        self.filter_with(&self.text_hits(&filters.q), filters, sort)
    }

    /// [`Catalog::filter`] with the search already run (`filters.q` is not read again).
    pub fn filter_with(&self, hits: &TextHits, filters: &Filters, sort: Sort) -> Vec<usize> {
        let sel = self.select(filters);
        self.orders[Self::order_of(sort)]
            .iter()
            .map(|&i| i as usize)
            .filter(|&i| {
                hits.get(i)
                    && self.in_categories(&sel, i)
                    && self.on_chains(&sel, i)
                    && self.in_statuses(&sel, i)
            })
            .collect()
    }

    /// Orders project indices: by name (folded), by first category then name, or by
    /// number of chains (most first) then name; ties by export order.
    pub fn sort(&self, indices: &mut [usize], sort: Sort) {
        let pos = &self.positions[Self::order_of(sort)];
        crate::domain::order::sort_by(indices, &|&a, &b| pos[a].cmp(&pos[b]));
    }

    fn order_of(sort: Sort) -> usize {
        Sort::ALL.iter().position(|&s| s == sort).unwrap_or(0)
    }

    /// Live facet counts: for each category (chain), how many projects match the other
    /// facet and the search text and that category (chain).
    pub fn facet_counts(&self, filters: &Filters) -> FacetCounts {
        self.facet_counts_with(&self.text_hits(&filters.q), filters)
    }

    /// [`Catalog::facet_counts`] with the search already run. One pass over the projects.
    pub fn facet_counts_with(&self, hits: &TextHits, filters: &Filters) -> FacetCounts {
        let sel = self.select(filters);
        let mut category_counts = vec![0usize; self.data.categories.len()];
        let mut chain_counts = vec![0usize; self.data.chains.len()];
        let mut not_stated = 0usize;
        let mut status_counts = [0usize; 5];
        for i in 0..self.data.projects.len() {
            if !hits.get(i) {
                continue;
            }
            let (cat, chain, status) = (
                self.in_categories(&sel, i),
                self.on_chains(&sel, i),
                self.in_statuses(&sel, i),
            );
            if cat && chain {
                status_counts[self.statuses[i].index()] += 1;
            }
            if !status {
                continue;
            }
            if chain {
                for &c in &self.project_categories[i] {
                    category_counts[c as usize] += 1;
                }
            }
            if cat {
                if self.chainless[i] {
                    not_stated += 1;
                }
                for &c in &self.project_chains[i] {
                    chain_counts[c as usize] += 1;
                }
            }
        }
        let categories = self
            .category_order
            .iter()
            .map(|&i| (self.data.categories[i].id.clone(), category_counts[i]))
            .collect();
        let mut chains: Vec<(String, usize)> = self
            .data
            .chains
            .iter()
            .zip(chain_counts)
            .map(|(c, n)| (c.id.clone(), n))
            .collect();
        chains.push((CHAIN_NOT_STATED.to_string(), not_stated));
        let statuses = Status::ALL
            .iter()
            .zip(status_counts)
            .map(|(s, n)| (s.code().to_string(), n))
            .collect();
        FacetCounts {
            categories,
            chains,
            statuses,
        }
    }

    /// Number of projects per chain over the whole export (own chain included), for
    /// ordering the chain facet by importance.
    pub fn chain_totals(&self) -> Vec<(String, usize)> {
        self.facet_counts(&Filters::default()).chains
    }
}
