//! The Leptos views. Thin: they read the query and the catalog from context, call domain
//! functions inside memos, and render; event handlers only change the query.

pub mod app;
pub mod card_grid;
pub mod chrome;
pub mod compare_view;
pub mod copy;
pub mod crash;
pub mod download;
pub mod embed;
pub mod embed_host;
pub mod erased;
pub mod error_panel;
pub mod explorer;
pub mod facet_panel;
pub mod fact_items;
pub mod label;
pub mod landscape_map;
pub mod load;
pub mod mark;
pub mod passage;
pub mod project_card;
pub mod project_dialog;
pub mod records;
pub mod schedule;
pub mod source_tag;
pub mod state;
pub mod stats_view;
pub mod timeline;

pub use app::App;
