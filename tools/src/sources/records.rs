//! The rules for a project's own links and its token contracts, and for the chains'
//! block-explorer templates: what `data check` holds them to, with located messages.

use std::collections::{BTreeMap, HashSet};

use ai_landscape::domain::model::{Chain, Landscape};
use ai_landscape::domain::records::{ADDRESS_PLACEHOLDER, LINK_KINDS};
use ai_landscape::domain::validate::is_safe_link;

/// The address formats a chain may declare.
pub const ADDRESS_FORMATS: [&str; 2] = ["evm", "solana"];

/// Why an EVM address is not one: `0x` and 40 hex digits, and when written in mixed case,
/// the EIP-55 checksum (the case of each letter set by the Keccak-256 hash of the
/// lowercase address).
pub fn check_evm_address(address: &str) -> Result<(), String> {
    let Some(hex) = address.strip_prefix("0x") else {
        return Err("an EVM address starts with `0x`".into());
    };
    if hex.len() != 40 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(format!(
            "an EVM address is `0x` and 40 hex digits; this one has {} characters after `0x`{}",
            hex.len(),
            if hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                ""
            } else {
                ", not all hex"
            }
        ));
    }
    let lower = hex.to_ascii_lowercase();
    let upper = hex.to_ascii_uppercase();
    if hex == lower || hex == upper {
        return Ok(()); // one case: no checksum is written
    }
    let expected = eip55(&lower);
    if expected != hex {
        return Err(format!(
            "the EIP-55 checksum fails (mixed case must be `0x{expected}`): a letter's case is wrong, \
             or a digit was mistyped"
        ));
    }
    Ok(())
}

/// The EIP-55 spelling of 40 lowercase hex digits.
pub fn eip55(lower: &str) -> String {
    use tiny_keccak::{Hasher, Keccak};
    let mut hash = [0u8; 32];
    let mut k = Keccak::v256();
    k.update(lower.as_bytes());
    k.finalize(&mut hash);
    lower
        .chars()
        .enumerate()
        .map(|(i, c)| {
            let nibble = (hash[i / 2] >> if i % 2 == 0 { 4 } else { 0 }) & 0x0f;
            if c.is_ascii_alphabetic() && nibble >= 8 {
                c.to_ascii_uppercase()
            } else {
                c
            }
        })
        .collect()
}

/// Why a Solana address is not one: base58 of 32 to 44 characters that decodes to a
/// 32-byte key.
pub fn check_solana_address(address: &str) -> Result<(), String> {
    let n = address.chars().count();
    if !(32..=44).contains(&n) {
        return Err(format!(
            "a Solana address has 32 to 44 characters; this one has {n}"
        ));
    }
    match bs58::decode(address).into_vec() {
        Err(_) => Err("a Solana address is base58 (no `0`, `O`, `I`, `l` or other characters)".into()),
        Ok(bytes) if bytes.len() != 32 => Err(format!(
            "a Solana address decodes to 32 bytes; this one decodes to {}",
            bytes.len()
        )),
        Ok(_) => Ok(()),
    }
}

/// The address checked by the rule of `format` (`evm` or `solana`).
pub fn check_address(format: &str, address: &str) -> Result<(), String> {
    match format {
        "evm" => check_evm_address(address),
        "solana" => check_solana_address(address),
        other => Err(format!("unknown address format `{other}`")),
    }
}

fn check_chain(ch: &Chain, out: &mut Vec<(String, String)>) {
    let place = format!("chain `{}`", ch.id);
    if let Some(f) = &ch.address_format {
        if !ADDRESS_FORMATS.contains(&f.as_str()) {
            out.push((
                place.clone(),
                format!(
                    "address_format: `{f}` is not one of {}",
                    ADDRESS_FORMATS.join(", ")
                ),
            ));
        }
    }
    if let Some(t) = &ch.explorer {
        if !t.contains(ADDRESS_PLACEHOLDER) || !t.starts_with("https://") || !is_safe_link(t) {
            out.push((
                place.clone(),
                format!("explorer: `{t}` must be an https link with `{ADDRESS_PLACEHOLDER}` in it"),
            ));
        }
        if ch.explorer_source.is_none() {
            out.push((
                place,
                "explorer: a template needs an `explorer_source` stating it".into(),
            ));
        }
    }
}

/// Every problem with the links, the contracts and the chains' explorers, located by place
/// (`project \`aethir\``) and field path (`tokens[0].contracts[1].address`).
pub fn check_records(l: &Landscape) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for ch in &l.chains {
        check_chain(ch, &mut out);
    }
    let chains: BTreeMap<&str, &Chain> = l.chains.iter().map(|c| (c.id.as_str(), c)).collect();
    for p in &l.projects {
        let place = format!("project `{}`", p.id);
        let mut urls = HashSet::new();
        for (i, link) in p.links.iter().enumerate() {
            if !LINK_KINDS.contains(&link.kind.as_str()) {
                out.push((
                    place.clone(),
                    format!(
                        "links[{i}].kind: `{}` is not one of {}",
                        link.kind,
                        LINK_KINDS.join(", ")
                    ),
                ));
            }
            if !link.url.starts_with("https://") || !is_safe_link(&link.url) {
                out.push((
                    place.clone(),
                    format!("links[{i}].url: `{}` is not an https link", link.url),
                ));
            }
            if !urls.insert(link.url.trim_end_matches('/').to_ascii_lowercase()) {
                out.push((
                    place.clone(),
                    format!("links[{i}].url: `{}` is listed twice", link.url),
                ));
            }
        }
        let mut seen = HashSet::new();
        for (i, t) in p.tokens.iter().enumerate() {
            for (j, c) in t.contracts.iter().enumerate() {
                let path = format!("tokens[{i}].contracts[{j}]");
                let Some(chain) = chains.get(c.chain.as_str()) else {
                    out.push((
                        place.clone(),
                        format!("{path}.chain: unknown chain `{}`", c.chain),
                    ));
                    continue;
                };
                if chain.explorer.is_none() {
                    out.push((
                        place.clone(),
                        format!("{path}.chain: chain `{}` has no `explorer` template", c.chain),
                    ));
                }
                match chain.address_format.as_deref() {
                    None => out.push((
                        place.clone(),
                        format!("{path}.chain: chain `{}` has no `address_format`", c.chain),
                    )),
                    Some(f) => {
                        if let Err(e) = check_address(f, &c.address) {
                            out.push((place.clone(), format!("{path}.address: `{}`: {e}", c.address)));
                        }
                    }
                }
                if !seen.insert((c.chain.as_str(), c.address.to_ascii_lowercase())) {
                    out.push((
                        place.clone(),
                        format!("{path}: the same contract is listed twice"),
                    ));
                }
            }
        }
    }
    out
}

/// How many projects state each attribute, in the order `data check` prints them.
pub fn attribute_coverage(l: &Landscape) -> Vec<(String, usize)> {
    let n = |f: &dyn Fn(&ai_landscape::domain::model::Project) -> bool| {
        l.projects.iter().filter(|p| f(p)).count()
    };
    let mut out = vec![("website".to_string(), n(&|p| p.website.is_some()))];
    for kind in LINK_KINDS {
        out.push((
            format!("link {kind}"),
            n(&|p| p.links.iter().any(|x| x.kind == kind)),
        ));
    }
    out.push((
        "contracts".into(),
        n(&|p| p.tokens.iter().any(|t| !t.contracts.is_empty())),
    ));
    out.push(("founded".into(), n(&|p| p.founded.is_some())));
    out.push(("people".into(), n(&|p| !p.people.is_empty())));
    out.push(("funding".into(), n(&|p| !p.funding.is_empty())));
    out.push(("consensus".into(), n(&|p| p.consensus.is_some())));
    out
}

/// Tokens with at least one contract, and all tokens (points included).
pub fn token_contract_coverage(l: &Landscape) -> (usize, usize) {
    let tokens = l.projects.iter().flat_map(|p| &p.tokens);
    let with = tokens.clone().filter(|t| !t.contracts.is_empty()).count();
    (with, tokens.count())
}
