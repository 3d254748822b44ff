//! Native tooling over the explorer's domain, for the build and for contributors; none of
//! it is compiled to wasm.
//!
//! - [`site`]: the static pages per project, category and chain, their heads (Open Graph,
//!   JSON-LD, oEmbed), the sitemap, and the SVG previews the xtask rasterises;
//! - [`sources`]: the source and quote rules and the deny-list that `data check` enforces;
//! - [`import`]: reading a revised article and reporting or applying what it changes.

pub mod import;
pub mod site;
pub mod sources;
