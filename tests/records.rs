//! The views' side of the records (`domain::records`): explorer links built from a chain's
//! template, link labels, shortened addresses; and the compare view's folded rows.

mod common;

use ai_landscape::domain::compare::{compare_rows, unstated, Attribute};
use ai_landscape::domain::model::{Chain, Lang, Text};
use ai_landscape::domain::records::{explorer_url, link_label, short_address, LINK_KINDS};

fn chain(template: Option<&str>) -> Chain {
    Chain {
        id: "ethereum".into(),
        name: Text::Plain("Ethereum".into()),
        logo: None,
        address_format: Some("evm".into()),
        explorer: template.map(String::from),
        explorer_source: Some("https://ethereum.org/".into()),
    }
}

const ATH: &str = "0xbe0Ed4138121EcFC5c0E56B40517da27E6c5226B";

#[test]
fn the_explorer_link_is_the_template_with_the_address_in_it() {
    let c = chain(Some("https://etherscan.io/token/{address}"));
    assert_eq!(
        explorer_url(&c, ATH).as_deref(),
        Some("https://etherscan.io/token/0xbe0Ed4138121EcFC5c0E56B40517da27E6c5226B")
    );
    let sol = chain(Some("https://explorer.solana.com/address/{address}"));
    assert_eq!(
        explorer_url(&sol, "So11111111111111111111111111111111111111112").as_deref(),
        Some("https://explorer.solana.com/address/So11111111111111111111111111111111111111112")
    );
}

#[test]
fn no_explorer_link_without_a_template_or_for_an_address_that_could_change_its_shape() {
    assert_eq!(explorer_url(&chain(None), ATH), None);
    assert_eq!(
        explorer_url(&chain(Some("https://etherscan.io/token/")), ATH),
        None
    );
    assert_eq!(explorer_url(&chain(Some("javascript:{address}")), ATH), None);
    let c = chain(Some("https://etherscan.io/token/{address}"));
    for hostile in [
        "0xab/../../evil",
        "0xab?x=1",
        "0xab#top",
        "0xab\"onclick",
        "",
        "0x ab",
    ] {
        assert_eq!(explorer_url(&c, hostile), None, "{hostile}");
    }
}

#[test]
fn every_link_kind_has_a_label_in_both_languages() {
    for k in LINK_KINDS {
        for l in [Lang::Es, Lang::En] {
            assert!(!link_label(k, l).is_empty());
        }
    }
    assert_eq!(link_label("repository", Lang::En), "Source code");
    assert_eq!(link_label("docs", Lang::Es), "Documentación");
    assert_eq!(link_label("mastodon", Lang::En), "mastodon");
}

#[test]
fn addresses_are_shortened_to_their_ends() {
    assert_eq!(short_address(ATH), "0xbe0E…226B");
    assert_eq!(short_address("0x1234"), "0x1234");
}

#[test]
fn rows_none_of_the_compared_projects_state_are_folded() {
    let cat = common::catalog();
    let ids = ["io-net", "akash-network", "render-network"];
    let projects: Vec<_> = ids.iter().map(|id| cat.resolve(id).unwrap()).collect();
    let rows = compare_rows(&cat, &projects);
    let folded = unstated(&rows);
    for a in &folded {
        let row = rows.iter().find(|r| r.attribute == *a).unwrap();
        assert!(row.cells.iter().all(Vec::is_empty), "{a:?} is folded but stated");
    }
    for r in &rows {
        if r.attribute != Attribute::Summary && r.cells.iter().all(Vec::is_empty) {
            assert!(
                folded.contains(&r.attribute),
                "{:?} is empty but not folded",
                r.attribute
            );
        }
    }
    assert!(!folded.contains(&Attribute::Summary));
    assert!(!folded.contains(&Attribute::Categories));
}

#[test]
fn contracts_in_the_comparison_link_to_the_explorer_and_carry_the_whole_address() {
    let cat = common::catalog();
    let Some(p) = cat
        .projects()
        .iter()
        .find(|p| p.tokens.iter().any(|t| !t.contracts.is_empty()))
    else {
        panic!("the export has no contract");
    };
    let rows = compare_rows(&cat, &[p]);
    let row = rows.iter().find(|r| r.attribute == Attribute::Contracts).unwrap();
    let c = &p
        .tokens
        .iter()
        .find(|t| !t.contracts.is_empty())
        .unwrap()
        .contracts[0];
    let item = row.cells[0]
        .iter()
        .find(|i| i.copy.as_deref() == Some(c.address.as_str()))
        .unwrap();
    let chain = cat.chain(&c.chain).unwrap();
    assert_eq!(item.href, explorer_url(chain, &c.address));
    assert!(item.href.is_some(), "{} has no explorer link", c.chain);
}

#[test]
fn the_dialog_rows_are_every_attribute_but_the_badges_and_the_summary() {
    let rows = &Attribute::ALL[4..16];
    assert_eq!(rows.first(), Some(&Attribute::Token));
    assert_eq!(rows.last(), Some(&Attribute::Links));
    for a in [Attribute::Categories, Attribute::Chains, Attribute::Summary] {
        assert!(!rows.contains(&a), "{a:?}");
    }
}
