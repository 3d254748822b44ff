//! Filtering, facet counts, search and sorting on the shipped export.

mod common;

use ai_landscape::domain::catalog::{hue, monogram};
use ai_landscape::domain::{Catalog, Filters, Sort, CHAIN_NOT_STATED};

fn ids(cat: &Catalog, f: &Filters, sort: Sort) -> Vec<String> {
    cat.filter(f, sort)
        .into_iter()
        .map(|i| cat.projects()[i].id.clone())
        .collect()
}

fn filters(categories: &[&str], chains: &[&str], q: &str) -> Filters {
    Filters {
        categories: categories.iter().map(|s| s.to_string()).collect(),
        chains: chains.iter().map(|s| s.to_string()).collect(),
        q: q.to_string(),
    }
}

#[test]
fn filter_is_or_within_a_facet_and_and_across() {
    let cat = common::catalog();
    let sol = ids(&cat, &filters(&[], &["solana"], ""), Sort::Name);
    let arb = ids(&cat, &filters(&[], &["arbitrum"], ""), Sort::Name);
    let either = ids(&cat, &filters(&[], &["solana", "arbitrum"], ""), Sort::Name);
    let mut union: Vec<String> = sol.iter().chain(&arb).cloned().collect();
    union.sort();
    union.dedup();
    let mut either_sorted = either.clone();
    either_sorted.sort();
    assert_eq!(either_sorted, union);

    let compute = ids(&cat, &filters(&["compute"], &[], ""), Sort::Name);
    let both = ids(&cat, &filters(&["compute"], &["solana"], ""), Sort::Name);
    let expected: Vec<String> = sol.iter().filter(|id| compute.contains(id)).cloned().collect();
    let mut both_sorted = both.clone();
    both_sorted.sort();
    let mut expected_sorted = expected;
    expected_sorted.sort();
    assert_eq!(both_sorted, expected_sorted);
    assert!(both.contains(&"io-net".to_string()) && both.contains(&"nosana".to_string()));
}

#[test]
fn filter_parent_category_includes_sub_categories() {
    let cat = common::catalog();
    let apps = ids(&cat, &filters(&["apps"], &[], ""), Sort::Name);
    assert_eq!(apps.len(), 20);
    assert!(apps.contains(&"terminus-os".to_string()));
    assert!(apps.contains(&"gamerhash".to_string()));
}

#[test]
fn filter_not_stated_selects_projects_without_a_chain() {
    let cat = common::catalog();
    let unknown = cat.filter(&filters(&[], &[CHAIN_NOT_STATED], ""), Sort::Name);
    assert!(!unknown.is_empty());
    assert!(unknown.iter().all(|&i| cat.projects()[i].chains.is_empty()));
}

#[test]
fn search_is_case_and_accent_insensitive() {
    let cat = common::catalog();
    assert!(ids(&cat, &filters(&[], &[], "IO.NET"), Sort::Name).contains(&"io-net".to_string()));
    let a = ids(&cat, &filters(&[], &[], "tokenizacion"), Sort::Name);
    let b = ids(&cat, &filters(&[], &[], "Tokenización"), Sort::Name);
    assert_eq!(a, b);
    assert!(!a.is_empty());
}

#[test]
fn search_covers_aliases_tokens_technologies_and_people() {
    let cat = common::catalog();
    assert!(ids(&cat, &filters(&[], &[], "lpaal"), Sort::Name).contains(&"paal-ai".to_string()));
    assert!(ids(&cat, &filters(&[], &[], "agix"), Sort::Name).contains(&"singularitynet".to_string()));
    assert!(ids(&cat, &filters(&[], &[], "kubernetes"), Sort::Name).contains(&"akash-network".to_string()));
    assert!(ids(&cat, &filters(&[], &[], "goertzel"), Sort::Name).contains(&"singularitynet".to_string()));
    assert!(ids(&cat, &filters(&[], &[], "zzzz-nothing"), Sort::Name).is_empty());
}

#[test]
fn facet_counts_apply_the_other_facet() {
    let cat = common::catalog();
    let f = filters(&["compute"], &[], "");
    let counts = cat.facet_counts(&f);
    let solana = counts.chains.iter().find(|(id, _)| id == "solana").unwrap().1;
    assert_eq!(
        solana,
        ids(&cat, &filters(&["compute"], &["solana"], ""), Sort::Name).len()
    );
    // A category's own count ignores the category selection but applies the chains.
    let f = filters(&["compute"], &["solana"], "");
    let counts = cat.facet_counts(&f);
    let cloud = counts.categories.iter().find(|(id, _)| id == "cloud").unwrap().1;
    assert_eq!(
        cloud,
        ids(&cat, &filters(&["cloud"], &["solana"], ""), Sort::Name).len()
    );
}

#[test]
fn sort_orders_by_name_category_and_chain_count() {
    let cat = common::catalog();
    let all = Filters::default();
    let by_name = ids(&cat, &all, Sort::Name);
    let folded: Vec<String> = by_name
        .iter()
        .map(|id| cat.resolve(id).unwrap().name.to_lowercase())
        .collect();
    let mut sorted = folded.clone();
    sorted.sort();
    assert_eq!(folded, sorted);
    let by_chains = cat.filter(&all, Sort::Chains);
    let counts: Vec<usize> = by_chains
        .iter()
        .map(|&i| cat.projects()[i].chains.len())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]));
    let by_cat = cat.filter(&all, Sort::Category);
    assert_eq!(cat.projects()[by_cat[0]].categories[0], "cloud");
}

#[test]
fn monogram_and_hue_are_stable() {
    assert_eq!(monogram("Akash Network"), "AN");
    assert_eq!(monogram("io.net"), "IN");
    assert_eq!(monogram("Golem"), "GO");
    assert_eq!(hue("io-net"), hue("io-net"));
    assert!(hue("akash-network") < 360);
}
