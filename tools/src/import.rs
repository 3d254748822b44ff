//! Bringing a revised article into the export (`cargo xtask data import`): reading a
//! Docusaurus blog post, matching its projects to the export, reporting what changed and,
//! on request, applying it.
//!
//! Native only: the app never reads the article. The rules: a project of the post is the
//! export's when its name folds (case, accents, punctuation) to the name, an alias or the
//! id of one; an unmatched name close to a project the post no longer lists is a rename;
//! the post's sections map to categories by their `article_heading`. Applying keeps every
//! curated fact of the projects that stay, and marks what a person must look at with
//! `review` (see `data/SOURCES.md`).

mod apply;
mod diff;
mod facts;
pub mod passages;
mod post;

pub use apply::{apply, to_json, REVIEW_ADDED, REVIEW_REMOVED};
pub use diff::{
    diff, name_key, name_keys, post_projects, similarity, Diff, PostProject, Stated, RENAME_SIMILARITY,
};
pub use facts::read_facts;
pub use post::{date_from_file_name, parse_post, Bullet, FrontMatter, Post, Section};
