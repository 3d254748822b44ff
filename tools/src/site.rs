//! The static site generated at build time (`cargo xtask build`) from the export: one page
//! per project, category and chain, in English and in Spanish, each with its own title,
//! description, canonical link, language alternates, Open Graph / Twitter tags with a
//! 1200×630 picture, an oEmbed file and JSON-LD, and a body readable without JavaScript.
//! Plus `sitemap.xml` and `robots.txt`. Native only: the app merely reads its path
//! ([`ai_landscape::domain::ExplorerQuery::from_page_path`]).
//!
//! Paths (a public contract, relative to the public URL) are those of
//! [`ai_landscape::domain::query::page`]. Each page is a copy of the built `index.html` (same
//! assets, CSP, `<base>`), so in a browser it starts the app in the page's state.
//!
//! URLs: with a site URL (`--site-url https://example.org/landscape/`) every link is
//! absolute. Without one, what HTML allows relative stays relative (canonical, alternates,
//! links; they resolve against `<base>`), and what must be absolute is left out: `og:url`,
//! `og:image`, `twitter:image`, the oEmbed link and file, JSON-LD `url`s and the sitemap.

mod body;
mod draw;
mod head;
mod pages;
mod picture;
pub mod preview;
mod text;

pub use body::body;
pub use draw::{font_family, Logos};
pub use head::{head, json_ld, oembed, robots, sitemap};
pub use pages::{landscape_picture, pages, Kind, Page, Site};
pub use picture::landscape_picture_svg;
