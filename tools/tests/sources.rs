//! The source and quote rules (`domain::sources`, `data/SOURCES.md`) on the shipped export
//! and on broken copies of it.

#[path = "../../tests/common/mod.rs"]
mod common;

use landscape_tools::sources::{
    check, check_export, collapse_whitespace, counts, denied, display_host, sourced, ArticleText, Severity,
    DENY_LIST,
};

const ARTICLE: &str = include_str!("../../data/article.es.md");
const EXPORT: &str = include_str!("../../data/landscape.json");

#[test]
fn quotes_every_article_fact_quotes_the_article() {
    let l = common::landscape();
    let article = collapse_whitespace(ARTICLE);
    let mut n = 0;
    for p in &l.projects {
        for s in sourced(p).into_iter().filter(|s| s.source == "article") {
            let q = s
                .quote
                .unwrap_or_else(|| panic!("{} {}: article fact without a quote", p.id, s.path));
            assert!(
                article.contains(&collapse_whitespace(q)),
                "{} {}: «{q}» is not in data/article.es.md",
                p.id,
                s.path
            );
            n += 1;
        }
    }
    assert!(n > 100, "{n} article facts");
}

#[test]
fn sources_shipped_export_is_clean_and_meets_the_targets() {
    // The logo files are read next to the export, so name it by its full path.
    let file = common::root().join("data/landscape.json");
    let report = check_export(file.to_str().unwrap(), EXPORT, ARTICLE);
    assert!(report.ok(), "{}", report.lines("data/landscape.json").join("\n"));
    assert!(
        report.findings.is_empty(),
        "no notes either: {:?}",
        report.findings
    );
    let c = report.counts.unwrap();
    assert_eq!(c.projects, 66);
    assert!(c.known_chain >= 56, "known chain for {} of 66", c.known_chain);
    assert_eq!(c.article_facts, c.article_facts_with_quote);
}

#[test]
fn sources_deny_list_matches_hosts_paths_and_subdomains() {
    for bad in [
        "https://grokipedia.com/page/Iagon",
        "https://www.mexc.com/learn/article/x",
        "https://huggingface.co/datasets/someone/tweets",
        "https://www.binance.com/en/square/post/123",
        "https://www.binance.com/square/post/123",
        "https://ar.fxempire.com/news/x",
        "https://tokyo.tokeninsight.com/ja/x",
        "https://raw.githubusercontent.com/GeiserX/passive-income/main/README.md",
        "https://github.com/api-evangelist/akash",
        "HTTPS://IQ.WIKI/wiki/x",
    ] {
        assert!(denied(bad).is_some(), "{bad} is denied");
    }
    for good in [
        "https://www.binance.com/en/research/projects/x",
        "https://www.fxempire.com/news/x",
        "https://tokeninsight.com/en/x",
        "https://raw.githubusercontent.com/opentensor/subtensor/main/README.md",
        "https://github.com/akash-network/node",
        "https://www.coingecko.com/en/coins/akash-network",
        "https://notgate.io.example.org/x",
    ] {
        assert!(denied(good).is_none(), "{good} is allowed");
    }
}

#[test]
fn sources_md_lists_the_deny_list_of_the_code() {
    let md = include_str!("../../data/SOURCES.md");
    let start = md.find("<!-- deny-list:start -->").expect("start marker");
    let end = md.find("<!-- deny-list:end -->").expect("end marker");
    let listed: Vec<(String, String)> = md[start..end]
        .lines()
        .filter_map(|l| l.strip_prefix("- `"))
        .map(|l| {
            let (pattern, reason) = l.split_once("`: ").expect("- `pattern`: reason");
            (pattern.to_string(), reason.trim().to_string())
        })
        .collect();
    let code: Vec<(String, String)> = DENY_LIST
        .iter()
        .map(|(p, r)| (p.to_string(), r.to_string()))
        .collect();
    assert_eq!(listed, code, "data/SOURCES.md and sources::DENY_LIST differ");
}

#[test]
fn sources_display_host_drops_www() {
    assert_eq!(
        display_host("https://akash.network/docs").as_deref(),
        Some("akash.network")
    );
    assert_eq!(
        display_host("https://www.coingecko.com/en").as_deref(),
        Some("coingecko.com")
    );
    assert_eq!(
        display_host("http://gensyn.ai/testnet").as_deref(),
        Some("gensyn.ai")
    );
    assert_eq!(display_host("article"), None);
}

#[test]
fn sources_broken_facts_are_located_errors() {
    let mut l = common::landscape();
    let akash = l.projects.iter_mut().find(|p| p.id == "akash-network").unwrap();
    akash.chains[0].quote = None; // article fact without quote
    akash.technologies[0].quote = Some("orquestación cuántica".into()); // not in the article
    akash.website.as_mut().unwrap().source = "https://grokipedia.com/page/Akash".into();
    akash.review = Some("new in the article".into());
    let findings = check(&l, &ArticleText::new(ARTICLE));
    let errors: Vec<String> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.to_string())
        .collect();
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(errors[0].starts_with("error: project `akash-network`: chains[0].quote is missing"));
    assert!(errors[1].contains("website.source: `https://grokipedia.com/page/Akash` is on the deny-list"));
    assert!(errors[2].contains("technologies[0].quote does not occur in the article"));
    let notes: Vec<_> = findings.iter().filter(|f| f.severity == Severity::Note).collect();
    assert_eq!(notes.len(), 1);
    assert_eq!(
        notes[0].to_string(),
        "note: project `akash-network`: needs review: new in the article"
    );
    let c = counts(&l);
    assert_eq!(c.needing_review, 1);
    assert_eq!(c.article_facts_with_quote + 1, c.article_facts);
}

#[test]
fn sources_check_export_reports_an_invalid_file_with_its_position() {
    let report = check_export("bad.json", "{\"format_version\": 1,", ARTICLE);
    assert!(!report.ok());
    let lines = report.lines("bad.json");
    assert!(lines[0].starts_with("error: bad.json line 1"), "{lines:?}");
}
