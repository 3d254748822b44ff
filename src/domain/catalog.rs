//! A validated landscape prepared for browsing: the lookups and load-time indices of
//! [`Catalog`] (in `index`), the search text's matches (in `search`), and the filtering,
//! facet counting and sorting over them (in `filtering`).

mod filtering;
mod index;
mod search;

pub use filtering::{FacetCounts, Filters};
pub use index::{record_search_words, Catalog, Sort, CHAIN_NOT_STATED};
pub use search::{search_words, SearchMemory, TextHits};
