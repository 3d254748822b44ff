//! The first-view file (`domain::first_view`): derived from the export, read by the same
//! model and validator, and enough for everything the first view reads (cards, filters,
//! counts, map, search) to come out exactly as from the export.

mod common;

use ai_landscape::domain::card::CardContent;
use ai_landscape::domain::catalog::search_words;
use ai_landscape::domain::{first_view, parse_landscape, prerender, Catalog, Filters, Lang, FIRST_VIEW_PATH};

fn first_view_text() -> String {
    serde_json::to_string(&first_view::derive(&common::landscape())).unwrap()
}

#[test]
fn round_trips_through_the_export_model_and_validator() {
    let text = first_view_text();
    let parsed =
        parse_landscape(FIRST_VIEW_PATH, &text).unwrap_or_else(|e| panic!("{}", e.lines().join("\n")));
    assert!(parsed.first_view);
    assert_eq!(parsed, first_view::derive(&common::landscape()));
    assert_eq!(serde_json::to_string(&parsed).unwrap(), text);
    assert_eq!(first_view::matches(&parsed, &common::landscape()), Ok(()));
}

#[test]
fn leaves_the_records_and_the_provenance_out() {
    let full = common::landscape();
    let first = first_view::derive(&full);
    for p in &first.projects {
        assert!(p.website.is_none() && p.links.is_empty() && p.founded.is_none() && p.consensus.is_none());
        assert!(p.technologies.is_empty() && p.people.is_empty() && p.funding.is_empty());
        assert!(p.partners.is_empty() && p.awards.is_empty() && p.figures.is_empty());
        assert!(p
            .tokens
            .iter()
            .all(|t| t.source.is_empty() && t.contracts.is_empty() && t.quote.is_none()));
        assert!(p
            .chains
            .iter()
            .all(|c| (c.source.is_empty() || c.source == "article") && c.quote.is_none()));
        assert!(p.logo.iter().all(|l| l.source.is_empty()));
        assert!(p
            .relations
            .iter()
            .all(|r| r.source.is_empty() && r.quote.is_none()));
    }
    assert!(first
        .chains
        .iter()
        .all(|c| c.explorer.is_none() && c.explorer_source.is_none()));
    // The derived file is a fraction of the export (figures: README, Size budget).
    let full_len = std::fs::read_to_string(common::root().join("data/landscape.json"))
        .unwrap()
        .len();
    let first_len = first_view_text().len();
    assert!(
        first_len * 3 < full_len,
        "first view {first_len} B, export {full_len} B"
    );
}

#[test]
fn carries_every_field_the_cards_facets_map_and_search_read() {
    let full = Catalog::new(common::landscape());
    let first = Catalog::new(first_view::derive(&common::landscape()));
    // Cards and the map's tiles: the same content, in both languages; the prerendered
    // first view (built from the same card contents) is byte for byte the same.
    for i in 0..full.projects().len() {
        for lang in [Lang::En, Lang::Es] {
            assert_eq!(
                CardContent::new(&first, i, lang),
                CardContent::new(&full, i, lang)
            );
        }
        let (a, b) = (&first.projects()[i], &full.projects()[i]);
        assert_eq!(
            (&a.id, &a.name, &a.aliases, &a.categories),
            (&b.id, &b.name, &b.aliases, &b.categories)
        );
        assert_eq!(a.now.as_ref().map(|n| &n.value), b.now.as_ref().map(|n| &n.value));
    }
    assert_eq!(prerender::fragment(&first), prerender::fragment(&full));
    // Facets and counts.
    assert_eq!(
        first.facet_counts(&Filters::default()),
        full.facet_counts(&Filters::default())
    );
    assert_eq!(first.chain_totals(), full.chain_totals());
    // Search: every word of every project's full search text finds the same projects,
    // people, technologies, partners and investors included.
    let mut queries: Vec<String> = vec!["gpu".into(), "solana".into(), "agent".into()];
    for p in full.projects() {
        queries.extend(
            ai_landscape::domain::catalog::record_search_words(p)
                .iter()
                .map(|w| w.to_string()),
        );
        queries.extend(p.tokens.iter().map(|t| t.symbol.clone()));
        queries.extend(p.aliases.iter().cloned());
    }
    assert!(queries.len() > 200, "{} queries", queries.len());
    for q in &queries {
        assert!(!search_words(q).is_empty() || q.trim().is_empty());
        assert_eq!(first.text_hits(q), full.text_hits(q), "search {q:?}");
    }
}

#[test]
fn only_the_first_view_file_may_leave_sources_out() {
    // A source left out of the export is a located problem, as serde's missing field was.
    let mut v = common::small_json();
    v["projects"][0]["chains"][0]
        .as_object_mut()
        .unwrap()
        .remove("source");
    let e = parse_landscape("data/landscape.json", &v.to_string()).unwrap_err();
    let lines = e.lines().join("\n");
    assert!(lines.contains("data/landscape.json"), "{lines}");
    assert!(
        lines.contains("project `io-net`") && lines.contains("missing field `chains[0].source`"),
        "{lines}"
    );
    // The same file marked as the first view is fine.
    v["first_view"] = serde_json::json!(true);
    parse_landscape(FIRST_VIEW_PATH, &v.to_string()).unwrap();
    // `search` is the first view's; the export may not carry it.
    let mut v = common::small_json();
    v["projects"][1]["search"] = serde_json::json!("Ada Lovelace");
    let e = parse_landscape("data/landscape.json", &v.to_string()).unwrap_err();
    assert!(
        e.lines()
            .join("\n")
            .contains("project `quote-co`: field `search` belongs to the first-view file"),
        "{:?}",
        e.lines()
    );
}

#[test]
fn a_broken_first_view_file_is_located() {
    let text = first_view_text().replacen("\"categories\":[\"", "\"categories\":[7,\"", 1);
    let e = parse_landscape(FIRST_VIEW_PATH, &text).unwrap_err();
    let line = e.lines().join("\n");
    assert!(
        line.contains(FIRST_VIEW_PATH)
            && line.contains("line 1")
            && line.contains("projects[0].categories[0]"),
        "{line}"
    );
}

#[test]
fn a_mismatched_export_is_named() {
    let mut full = common::landscape();
    let first = first_view::derive(&full);
    full.projects.swap(0, 1);
    let err = first_view::matches(&first, &full).unwrap_err().lines().join("\n");
    assert!(
        err.starts_with("data/landscape.json: projects: projects[0] is"),
        "{err}"
    );
    assert!(
        err.contains("first-view.json is from another export; reload the page"),
        "{err}"
    );
}
