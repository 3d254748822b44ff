//! The embed snippet: the README's public copy matches what the Embed dialog writes, and
//! the snippet stays valid in MDX (no `style` string, string attributes only).

use ai_landscape::domain::embed::{docusaurus_config, snippet, DEFAULT_TITLE};
use ai_landscape::domain::ExplorerQuery;

const BASE: &str = "https://HOST/PATH/";

fn readme_block(section: &str, lang: &str) -> String {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let rest = readme
        .split(section)
        .nth(1)
        .unwrap_or_else(|| panic!("README has no {section}"));
    let fence = format!("```{lang}\n");
    let start = rest.find(&fence).expect("a fenced block") + fence.len();
    rest[start..][..rest[start..].find("\n```").unwrap()].to_string()
}

#[test]
fn embed_readme_snippet_is_what_the_dialog_writes() {
    let q = ExplorerQuery::parse("?category=compute&chain=solana");
    assert_eq!(
        readme_block("\n## Embedding in a blog\n", "html"),
        snippet(&q, BASE, DEFAULT_TITLE)
    );
}

#[test]
fn embed_readme_docusaurus_line_is_what_the_dialog_writes() {
    assert_eq!(readme_block("\n### Docusaurus\n", "js"), docusaurus_config(BASE));
}

#[test]
fn embed_snippet_is_mdx_safe_and_leaves_out_the_open_project() {
    let q = ExplorerQuery::parse("?chain=solana&project=io-net&lang=es&q=gpu%20cloud");
    let s = snippet(&q, BASE, "Panorama \"IA\" <descentralizada>");
    assert!(!s.contains("style="), "{s}");
    assert!(!s.contains("project="), "{s}");
    assert!(s.contains("?chain=solana&q=gpu+cloud&lang=es&embed=1\""), "{s}");
    assert!(
        s.contains("title=\"Panorama &quot;IA&quot; &lt;descentralizada&gt;\""),
        "{s}"
    );
    assert!(
        s.ends_with("<script src=\"https://HOST/PATH/embed.js\" async></script>"),
        "{s}"
    );
}
