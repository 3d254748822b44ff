//! Insights numbers and exports on the shipped export and on awkward fixtures.

mod common;

use ai_landscape::domain::export::{file_stem, to_csv, to_json, CSV_COLUMNS};
use ai_landscape::domain::stats::{
    counts_by_category, counts_by_chain, facet_matrix, funding_figures, provenance,
};
use ai_landscape::domain::{parse_landscape, Catalog, ExplorerQuery, Filters, Lang, Sort, CHAIN_NOT_STATED};

fn all(cat: &Catalog) -> Vec<usize> {
    cat.filter(&Filters::default(), Sort::Name)
}

fn count(cat: &Catalog, categories: &[&str], chains: &[&str]) -> usize {
    let f = Filters {
        categories: categories.iter().map(|s| s.to_string()).collect(),
        chains: chains.iter().map(|s| s.to_string()).collect(),
        q: String::new(),
        ..Filters::default()
    };
    cat.filter(&f, Sort::Name).len()
}

#[test]
fn facet_matrix_cells_equal_the_filtered_counts() {
    let cat = common::catalog();
    let m = facet_matrix(&cat, &all(&cat));
    assert!(m.rows.contains(&"own-chain".to_string()));
    assert_eq!(m.rows.last().map(String::as_str), Some(CHAIN_NOT_STATED));
    assert!(m
        .columns
        .iter()
        .any(|c| c.id == "defi" && c.group.as_deref() == Some("apps")));
    assert!(!m.columns.iter().any(|c| c.id == "apps"));
    for (r, chain) in m.rows.iter().enumerate() {
        for (c, col) in m.columns.iter().enumerate() {
            assert_eq!(
                m.cells[r][c],
                count(&cat, &[&col.id], &[chain]),
                "{chain} × {}",
                col.id
            );
        }
    }
    assert_eq!(m.max, m.cells.iter().flatten().copied().max().unwrap());
}

#[test]
fn counts_follow_the_filtered_set() {
    let cat = common::catalog();
    let f = Filters {
        chains: vec!["solana".into()],
        ..Default::default()
    };
    let sol = cat.filter(&f, Sort::Name);
    let by_chain = counts_by_chain(&cat, &sol);
    assert_eq!(by_chain[0], ("solana".to_string(), sol.len()));
    let by_cat = counts_by_category(&cat, &all(&cat));
    assert_eq!(by_cat.iter().find(|(id, _)| id == "apps").unwrap().1, 20);
}

#[test]
fn provenance_separates_article_facts_from_added_ones() {
    let cat = common::catalog();
    let p = provenance(&cat, &all(&cat));
    let chains = p.iter().find(|x| x.kind == "chains").unwrap();
    // 21 since the review: "ERC20" (cuckoo-ai) is no chain, and gensyn's "L1" is a rollup.
    assert!(chains.article >= 21, "article chains: {}", chains.article);
    assert!(chains.added > 0);
    let websites = p.iter().find(|x| x.kind == "websites").unwrap();
    assert_eq!(websites.article, 0, "the article gives no websites");
}

#[test]
fn funding_figures_are_the_article_amounts_largest_first() {
    let cat = common::catalog();
    let f = funding_figures(&cat, &all(&cat), true);
    let amounts: Vec<u64> = f.iter().map(|x| x.amount_usd).collect();
    for a in [50_000_000, 25_000_000, 9_500_000, 3_500_000, 2_000_000, 1_800_000] {
        assert!(amounts.contains(&a), "{a}");
    }
    assert!(amounts.windows(2).all(|w| w[0] >= w[1]));
}

#[test]
fn csv_has_one_row_per_project_and_parses_back() {
    let cat = common::catalog();
    let sol = cat.filter(
        &Filters {
            chains: vec!["solana".into()],
            ..Default::default()
        },
        Sort::Name,
    );
    let text = to_csv(&cat, &sol, Lang::En);
    assert!(text.starts_with('\u{feff}'));
    let mut rd = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    assert_eq!(rd.headers().unwrap().iter().collect::<Vec<_>>(), CSV_COLUMNS);
    let ids: Vec<String> = rd.records().map(|r| r.unwrap()[0].to_string()).collect();
    let want: Vec<String> = sol.iter().map(|&i| cat.projects()[i].id.clone()).collect();
    assert_eq!(ids, want);
}

#[test]
fn csv_quotes_commas_quotes_and_newlines() {
    let json = common::small_json();
    let mut v = json.clone();
    v["projects"][1]["summary"] = serde_json::json!({"es": "línea 1\nlínea 2", "en": "a, \"b\""});
    let cat = Catalog::new(parse_landscape("fixture.json", &v.to_string()).unwrap());
    let text = to_csv(&cat, &[0, 1], Lang::Es);
    let mut rd = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<csv::StringRecord> = rd.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[1][1], "Quote, \"Co\"");
    assert_eq!(&rows[1][16], "a, \"b\"");
    assert_eq!(&rows[1][17], "línea 1\nlínea 2");
    assert_eq!(&rows[0][5], "Solana");
}

#[test]
fn json_export_is_a_valid_export_of_the_subset() {
    let cat = common::catalog();
    let sol = cat.filter(
        &Filters {
            chains: vec!["solana".into()],
            ..Default::default()
        },
        Sort::Name,
    );
    let source = std::fs::read_to_string(common::root().join("data/landscape.json")).unwrap();
    let text = to_json(&source, &cat, &sol).expect("the export's own text");
    let back = parse_landscape("export.json", &text).unwrap();
    let ids: Vec<&str> = back.projects.iter().map(|p| p.id.as_str()).collect();
    let want: Vec<&str> = sol.iter().map(|&i| cat.projects()[i].id.as_str()).collect();
    assert_eq!(ids, want, "the subset, in the order shown");
    assert_eq!(back.categories, cat.data().categories);
    assert_eq!(back.chains, cat.data().chains);
    // Each project exactly as written in the export, with its derived status added (which
    // the validator held to its history), and nothing or everything also works.
    for p in &back.projects {
        let i = cat.resolve_index(&p.id).unwrap();
        assert_eq!(p.status.as_deref(), Some(cat.status(i).code()));
        let mut same = p.clone();
        same.status = None;
        assert_eq!(&same, &cat.projects()[i]);
    }
    let none = to_json(&source, &cat, &[]).unwrap();
    assert!(
        parse_landscape("none.json", &none).is_err(),
        "an empty list is refused by the validator"
    );
    let all: Vec<usize> = (0..cat.projects().len()).collect();
    let mut every = parse_landscape("all.json", &to_json(&source, &cat, &all).unwrap()).unwrap();
    every.projects.iter_mut().for_each(|p| p.status = None);
    assert_eq!(every, *cat.data());
    // Not the catalog's text: no file rather than a wrong one.
    assert_eq!(to_json("{\"projects\": []}", &cat, &sol), None);
    assert_eq!(to_json("not json", &cat, &sol), None);
}

#[test]
fn file_stem_says_what_was_filtered() {
    assert_eq!(
        file_stem(&ExplorerQuery::parse("chain=solana")),
        "landscape-chain-solana"
    );
    assert_eq!(
        file_stem(&ExplorerQuery::parse("category=compute&chain=solana&q=GPU cloud")),
        "landscape-category-compute-chain-solana-q-gpu-cloud"
    );
    assert_eq!(
        file_stem(&ExplorerQuery::parse("view=compare&compare=akash-network,io-net")),
        "landscape-compare-akash-network-io-net"
    );
    assert_eq!(file_stem(&ExplorerQuery::default()), "landscape");
}
