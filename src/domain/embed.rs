//! The embed snippet: one `<iframe>` plus the loader `<script>`, valid as it is in HTML
//! (WordPress, Ghost, a static page) and in MDX (Docusaurus): plain string attributes, no
//! `style` string, nothing that React's hydration or MDX's JSX could object to.
//!
//! The iframe works alone at a fixed height with its own scrollbar (for hosts that only
//! take an iframe, such as Notion); with the loader (`embed.js`) anywhere on the page,
//! or once for a whole site, it sizes itself to its content and follows the host's
//! language and light/dark theme. The README's "Embedding in a blog" section shows the
//! snippet for `category=compute&chain=solana`; a test keeps the two the same.

use super::prerender::escape as attr;
use super::query::ExplorerQuery;

/// The iframe's height when no loader sizes it (px).
pub const FALLBACK_HEIGHT: u32 = 720;

/// The title of the embed frame when none is given.
pub const DEFAULT_TITLE: &str = "Decentralized AI landscape";

/// The address the iframe loads for `q`: the view without the open project, in embed mode.
pub fn frame_src(q: &ExplorerQuery, base: &str) -> String {
    let mut embedded = q.clone();
    embedded.project = None;
    embedded.embed = true;
    format!("{base}{}", embedded.to_search())
}

/// The snippet for `q`, for the explorer served at `base` (absolute, ending in `/`).
///
/// A query string holds only `[A-Za-z0-9=,&%._*+-]` (it is form-encoded), so `&` is left
/// raw: `&category=` is no character reference in HTML, and JSX reads it as written.
pub fn snippet(q: &ExplorerQuery, base: &str, title: &str) -> String {
    let src = frame_src(q, base);
    let src = if src
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "=,&%._*+-:/?~".contains(c))
    {
        src
    } else {
        attr(&src)
    };
    format!(
        "<iframe src=\"{src}\" title=\"{}\" width=\"100%\" height=\"{FALLBACK_HEIGHT}\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>\n\
         <script src=\"{}embed.js\" async></script>",
        attr(title),
        attr(base)
    )
}

/// The lines a Docusaurus site adds to `docusaurus.config.js` to load the loader once for
/// every page (then posts need only the iframe, though the script line does no harm).
pub fn docusaurus_config(base: &str) -> String {
    format!(
        "scripts: [{{ src: '{}embed.js', async: true }}],",
        base.replace('\\', "\\\\").replace('\'', "\\'")
    )
}
