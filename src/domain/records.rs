//! The project's own links and its token contracts, as the views show them: link labels,
//! block-explorer links built from a chain's template, shortened addresses.

use super::i18n::tr;
use super::model::{Chain, Lang};
use super::validate::is_safe_link;

/// The kinds of [`crate::domain::model::Link`], in display order.
pub const LINK_KINDS: [&str; 7] = [
    "docs",
    "repository",
    "x",
    "telegram",
    "discord",
    "whitepaper",
    "blog",
];

/// What a link of `kind` is called (`Docs`, `Source code`, `X`...); the kind itself for
/// one this version does not know.
pub fn link_label(kind: &str, lang: Lang) -> &str {
    let t = tr(lang);
    match kind {
        "docs" => t.link_docs,
        "repository" => t.link_repository,
        "x" => "X",
        "telegram" => "Telegram",
        "discord" => "Discord",
        "whitepaper" => t.link_whitepaper,
        "blog" => t.link_blog,
        other => other,
    }
}

/// Where the placeholder goes in [`Chain::explorer`].
pub const ADDRESS_PLACEHOLDER: &str = "{address}";

/// The block-explorer page of `address` on `chain`: its template with the address put in.
/// `None` when the chain has no template, the template is not a safe link or lacks the
/// placeholder, or the address is not plain ASCII letters and digits (with an optional
/// `0x`), so that nothing from the data can change the link's shape.
pub fn explorer_url(chain: &Chain, address: &str) -> Option<String> {
    let template = chain.explorer.as_deref()?;
    let plain =
        !address.is_empty() && address.len() <= 64 && address.bytes().all(|b| b.is_ascii_alphanumeric());
    if !plain || !template.contains(ADDRESS_PLACEHOLDER) {
        return None;
    }
    let url = template.replace(ADDRESS_PLACEHOLDER, address);
    is_safe_link(&url).then_some(url)
}

/// `0xbe0E…226B`: the first 6 and last 4 characters, for tables; the whole address when
/// it is short or not ASCII (addresses are; anything else is shown as it is).
pub fn short_address(address: &str) -> String {
    let n = address.len();
    if n <= 14 || !address.is_ascii() {
        return address.to_string();
    }
    [&address[..6], "…", &address[n - 4..]].concat()
}

/// The compare view's line for the rows it folds: "Not stated for any of them: ".
pub fn unstated_label(lang: Lang) -> &'static str {
    tr(lang).unstated_for_all
}

/// The copy button's label, and what it says once it has copied (or could not).
pub fn copy_address_label(lang: Lang, state: Option<bool>) -> &'static str {
    let t = tr(lang);
    match state {
        None => t.copy_address,
        Some(true) => t.address_copied,
        Some(false) => t.copy_failed,
    }
}

/// The copy button's visible text: `Copy`, then `✓ Copied` (its accessible name is
/// [`copy_address_label`]).
pub fn copy_short_label(lang: Lang, state: Option<bool>) -> &'static str {
    let t = tr(lang);
    match state {
        Some(true) => t.copied_short,
        _ => t.copy_short,
    }
}
