//! The record rules of `cargo xtask data check` (`landscape_tools::sources::check_records`):
//! token addresses (one case per rule, the EIP-55 checksum included), the links' kinds and
//! URLs, the chains' explorer templates; and the shipped export passes them.

#[path = "../../tests/common/mod.rs"]
mod common;

use ai_landscape::domain::model::{Contract, Landscape, Link};
use landscape_tools::sources::{
    check_address, check_evm_address, check_records, check_solana_address, eip55,
};

// The test vectors of EIP-55 itself.
const EIP55_VECTORS: [&str; 4] = [
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
    "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
    "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
];
const WRAPPED_SOL: &str = "So11111111111111111111111111111111111111112";

fn err(r: Result<(), String>) -> String {
    r.expect_err("expected the address to be rejected")
}

#[test]
fn evm_addresses_with_a_right_checksum_pass() {
    for a in EIP55_VECTORS {
        assert_eq!(check_evm_address(a), Ok(()), "{a}");
        assert_eq!(format!("0x{}", eip55(&a[2..].to_ascii_lowercase())), a);
    }
}

#[test]
fn evm_addresses_in_one_case_carry_no_checksum_and_pass() {
    let a = EIP55_VECTORS[0];
    assert_eq!(check_evm_address(&a.to_ascii_lowercase()), Ok(()));
    assert_eq!(
        check_evm_address(&format!("0x{}", a[2..].to_ascii_uppercase())),
        Ok(())
    );
}

#[test]
fn an_evm_address_with_a_wrong_checksum_is_rejected() {
    // One letter's case flipped (`a` → `A` at the second hex digit).
    let bad = "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    let e = err(check_evm_address(bad));
    assert!(e.contains("EIP-55") && e.contains(EIP55_VECTORS[0]), "{e}");
}

#[test]
fn an_evm_address_without_0x_is_rejected() {
    assert!(err(check_evm_address("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")).contains("`0x`"));
}

#[test]
fn an_evm_address_of_the_wrong_length_is_rejected() {
    let e = err(check_evm_address("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe"));
    assert!(e.contains("40 hex digits") && e.contains("39"), "{e}");
}

#[test]
fn an_evm_address_with_a_non_hex_digit_is_rejected() {
    let e = err(check_evm_address("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeZ"));
    assert!(e.contains("not all hex"), "{e}");
}

#[test]
fn a_solana_address_passes() {
    assert_eq!(check_solana_address(WRAPPED_SOL), Ok(()));
    assert_eq!(check_address("solana", WRAPPED_SOL), Ok(()));
}

#[test]
fn a_solana_address_outside_32_to_44_characters_is_rejected() {
    assert!(err(check_solana_address("So1111111111111111111111111111")).contains("32 to 44"));
    assert!(err(check_solana_address(&"1".repeat(45))).contains("32 to 44"));
}

#[test]
fn a_solana_address_with_a_character_outside_base58_is_rejected() {
    // `0`, `O`, `I` and `l` are not in the base58 alphabet.
    for c in ['0', 'O', 'I', 'l'] {
        let a = format!("So1111111111111111111111111111111111111111{c}");
        assert!(err(check_solana_address(&a)).contains("base58"), "{a}");
    }
}

#[test]
fn a_solana_address_that_is_not_32_bytes_is_rejected() {
    // Base58, 32 characters, but only 24 bytes once decoded (leading `1`s are zero bytes).
    let e = err(check_solana_address(
        &"1".repeat(24)
            .chars()
            .chain("2222222a".chars())
            .collect::<String>(),
    ));
    assert!(e.contains("32 bytes"), "{e}");
}

#[test]
fn an_evm_address_on_solana_and_a_solana_address_on_an_evm_chain_are_rejected() {
    assert!(check_address("solana", EIP55_VECTORS[0]).is_err());
    assert!(check_address("evm", WRAPPED_SOL).is_err());
}

/// The shipped export with one project's links and first token's contracts replaced.
fn with(links: Vec<Link>, contracts: Vec<Contract>) -> Landscape {
    let mut l = common::landscape();
    let p = l.projects.iter_mut().find(|p| !p.tokens.is_empty()).unwrap();
    p.links = links;
    p.tokens[0].contracts = contracts;
    l
}

fn contract(chain: &str, address: &str) -> Contract {
    Contract {
        chain: chain.into(),
        address: address.into(),
        source: "https://example.org/token".into(),
        quote: Some(address.into()),
    }
}

fn link(kind: &str, url: &str) -> Link {
    Link {
        kind: kind.into(),
        url: url.into(),
        source: "https://example.org/".into(),
        quote: Some(url.into()),
    }
}

fn messages(l: &Landscape) -> Vec<String> {
    check_records(l)
        .into_iter()
        .map(|(place, m)| format!("{place}: {m}"))
        .collect()
}

fn rejected(l: &Landscape, expect: &str) {
    let found = messages(l);
    assert!(
        found.iter().any(|m| m.contains(expect)),
        "expected «{expect}», got {found:#?}"
    );
}

#[test]
fn the_shipped_records_pass() {
    assert_eq!(messages(&common::landscape()), Vec::<String>::new());
}

#[test]
fn a_contract_is_located_by_its_field_path() {
    let bad = "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    rejected(
        &with(
            vec![],
            vec![contract("ethereum", EIP55_VECTORS[0]), contract("ethereum", bad)],
        ),
        "tokens[0].contracts[1].address: `0x5AAeb",
    );
}

#[test]
fn a_contract_on_an_unknown_chain_is_rejected() {
    rejected(
        &with(vec![], vec![contract("ethereun", EIP55_VECTORS[0])]),
        "unknown chain `ethereun`",
    );
}

#[test]
fn a_contract_on_a_chain_without_an_explorer_is_rejected() {
    // Cosmos has no token explorer template (its tokens are native coins).
    rejected(
        &with(vec![], vec![contract("cosmos", EIP55_VECTORS[0])]),
        "chain `cosmos` has no `explorer` template",
    );
}

#[test]
fn a_contract_listed_twice_is_rejected() {
    let a = EIP55_VECTORS[1];
    rejected(
        &with(
            vec![],
            vec![
                contract("ethereum", a),
                contract("ethereum", &a.to_ascii_lowercase()),
            ],
        ),
        "the same contract is listed twice",
    );
}

#[test]
fn every_link_kind_is_accepted_and_an_unknown_one_is_rejected() {
    let kinds = ai_landscape::domain::records::LINK_KINDS;
    let links: Vec<Link> = kinds
        .iter()
        .map(|k| link(k, &format!("https://example.org/{k}")))
        .collect();
    assert_eq!(messages(&with(links, vec![])), Vec::<String>::new());
    rejected(
        &with(vec![link("twitter", "https://x.com/example")], vec![]),
        "links[0].kind: `twitter` is not one of docs, repository, x, telegram, discord, whitepaper, blog",
    );
}

#[test]
fn a_link_that_is_not_https_or_is_listed_twice_is_rejected() {
    rejected(
        &with(vec![link("docs", "javascript:alert(1)")], vec![]),
        "links[0].url: `javascript:alert(1)` is not an https link",
    );
    rejected(
        &with(
            vec![
                link("docs", "https://docs.example.org"),
                link("blog", "https://docs.example.org/"),
            ],
            vec![],
        ),
        "links[1].url: `https://docs.example.org/` is listed twice",
    );
}

#[test]
fn an_explorer_template_without_the_placeholder_or_a_source_is_rejected() {
    let mut l = common::landscape();
    let eth = l.chains.iter_mut().find(|c| c.id == "ethereum").unwrap();
    eth.explorer = Some("https://etherscan.io/token/".into());
    eth.explorer_source = None;
    rejected(
        &l,
        "chain `ethereum`: explorer: `https://etherscan.io/token/` must be an https link with `{address}`",
    );
    rejected(
        &l,
        "chain `ethereum`: explorer: a template needs an `explorer_source`",
    );
}

#[test]
fn an_unknown_address_format_is_rejected() {
    let mut l = common::landscape();
    l.chains[0].address_format = Some("bitcoin".into());
    rejected(&l, "address_format: `bitcoin` is not one of evm, solana");
}
