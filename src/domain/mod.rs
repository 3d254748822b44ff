//! The domain: data model, validation, filtering, facets, search and URL state.
//!
//! Plain Rust with no Leptos and no web-sys below this module, so `cargo test` checks it
//! natively in seconds. The views in [`crate::ui`] only call into it.

pub mod card;
pub mod catalog;
pub mod compare;
pub mod data_error;
pub mod embed;
pub mod export;
pub mod first_view;
pub mod history;
pub mod i18n;
pub mod json_path;
pub mod labels;
pub mod locales;
pub mod logo;
pub mod model;
pub mod order;
pub mod paths;
pub mod prerender;
pub mod progressive;
pub mod query;
pub mod reconcile;
pub mod records;
pub mod stats;
pub mod text;
pub mod timeline;
pub mod validate;

pub use catalog::{Catalog, FacetCounts, Filters, Sort, CHAIN_NOT_STATED};
pub use model::{Landscape, Lang, Project, Text};
pub use query::{ExplorerQuery, Theme, View};
pub use validate::{parse_landscape, DataError};

pub use paths::{first_view_path, records_path, DATA_PATH, FIRST_VIEW_PATH};
