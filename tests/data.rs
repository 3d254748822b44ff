//! The shipped export: it validates, holds every project of the article with the
//! chains the article states, and its JSON Schema is in step with the Rust model.

mod common;

use ai_landscape::domain::text::slugify;
use ai_landscape::domain::{Filters, Sort, CHAIN_NOT_STATED};

#[test]
fn export_validates_and_has_the_66_projects_of_the_article() {
    let l = common::landscape();
    assert_eq!(l.projects.len(), 66);
    for p in &l.projects {
        assert_eq!(p.id, slugify(&p.name), "id of {} is the slug of its name", p.name);
    }
}

#[test]
fn export_has_the_contract_categories() {
    let l = common::landscape();
    let ids: Vec<&str> = l.categories.iter().map(|c| c.id.as_str()).collect();
    for id in [
        "cloud",
        "compute",
        "models",
        "agents",
        "data",
        "zkml",
        "apps",
        "defi",
        "gaming",
        "nft",
        "education",
        "system",
    ] {
        assert!(ids.contains(&id), "category {id}");
    }
    for sub in ["defi", "gaming", "nft", "education", "system"] {
        let c = l.categories.iter().find(|c| c.id == sub).unwrap();
        assert_eq!(c.parent.as_deref(), Some("apps"));
    }
}

#[test]
fn export_keeps_duplicates_as_one_project_in_two_categories() {
    let cat = common::catalog();
    let morpheus = cat.resolve("morpheus-ai").expect("alias of the article");
    assert_eq!(morpheus.id, "morpheus");
    assert_eq!(morpheus.categories, ["compute", "agents"]);
    let gamerhash = cat.resolve("gamerhash").unwrap();
    assert_eq!(gamerhash.categories, ["compute", "gaming"]);
    assert_eq!(cat.resolve("lpaal-ai").unwrap().id, "paal-ai");
}

#[test]
fn export_has_every_chain_the_article_states() {
    let cat = common::catalog();
    let stated = [
        (
            "solana",
            &[
                "render-network",
                "nosana",
                "io-net",
                "kuzco",
                "dain",
                "synesis-one",
            ][..],
        ),
        ("arbitrum", &["aethir", "morpheus", "hera-finance"][..]),
        ("cosmos", &["akash-network", "cudos"][..]),
        ("cardano", &["iagon"][..]),
        (
            "ethereum",
            // Not cuckoo-ai: the article says "pagos diarios en ERC20", a token
            // standard, not a chain.
            &["nuco-cloud", "golem", "hera-finance"][..],
        ),
        ("telos", &["nuco-cloud"][..]),
        ("bnb-chain", &["hera-finance"][..]),
        (
            "own-chain",
            // Not gensyn: the article's "protocolo L1" is contradicted by its own site
            // (an Ethereum rollup), which is the cited source now.
            &["dynex", "octaspace", "aioz-network", "phantasma"][..],
        ),
    ];
    for (chain, ids) in stated {
        for id in ids {
            let p = cat.resolve(id).unwrap_or_else(|| panic!("project {id}"));
            let c = p.chains.iter().find(|c| c.id == chain);
            assert!(
                c.is_some_and(|c| c.source == "article" && c.quote.is_some()),
                "{id} on {chain} from the article, with its quote"
            );
        }
    }
}

#[test]
fn export_counts_per_category_and_chain() {
    let cat = common::catalog();
    let counts = cat.facet_counts(&Filters::default());
    println!("projects per category:");
    for (id, n) in &counts.categories {
        println!("  {id:<10} {n}");
    }
    println!("projects per chain:");
    let mut chains = counts.chains.clone();
    chains.sort_by(|a, b| b.1.cmp(&a.1));
    for (id, n) in &chains {
        println!("  {id:<15} {n}");
    }
    let total = cat.projects().len();
    let known = cat.projects().iter().filter(|p| !p.chains.is_empty()).count();
    let websites = cat.projects().iter().filter(|p| p.website.is_some()).count();
    println!("with a known chain: {known} of {total}; with a website: {websites} of {total}");
    let not_stated = counts
        .chains
        .iter()
        .find(|(id, _)| id == CHAIN_NOT_STATED)
        .unwrap()
        .1;
    assert_eq!(known + not_stated, total);
    assert_eq!(cat.filter(&Filters::default(), Sort::Name).len(), total);
    let zkml = counts.categories.iter().find(|(id, _)| id == "zkml").unwrap().1;
    assert_eq!(zkml, 0, "the article lists no ZKML project");
}

#[test]
fn export_every_fact_has_a_source() {
    let l = common::landscape();
    let is_source = |s: &str| s == "article" || s.starts_with("https://") || s.starts_with("http://");
    for p in &l.projects {
        assert!(p.chains.iter().all(|c| is_source(&c.source)), "{}", p.id);
        assert!(p.tokens.iter().all(|t| is_source(&t.source)), "{}", p.id);
        assert!(p.website.iter().all(|w| is_source(&w.source)), "{}", p.id);
        assert!(p.funding.iter().all(|f| is_source(&f.source)), "{}", p.id);
    }
}
