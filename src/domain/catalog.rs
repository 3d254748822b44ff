//! A validated landscape prepared for browsing: the lookups and load-time indices of
//! [`Catalog`] (in `index`), and the filtering, facet counting and sorting over them (in
//! `filtering`).

mod filtering;
mod index;

pub use filtering::{search_words, FacetCounts, Filters, TextHits};
pub use index::{Catalog, Sort, CHAIN_NOT_STATED};
