//! A project's or a chain's mark: its logo as `<img>`s (the markup of `domain::logo`), else
//! the project's monogram. The images are made with plain DOM calls, one function for the
//! card builder and the Leptos views alike (the details, the map's tiles, the compare
//! columns, the chain filter and chips): a `view!` per image attribute set cost the wasm
//! 1.8 KB gzip.

use leptos::html::Span;
use leptos::prelude::*;
use web_sys::Element;

use crate::domain::logo::{box_class, img_class, LogoSrc, CHAIN_ICON_PX};

/// Appends the `<img>`s of `l` at `px`×`px` to `mark`: lazy unless `eager`, the dark twin
/// always lazy.
pub fn append_logo(mark: &Element, l: &LogoSrc, px: u32, eager: bool) {
    let Some(document) = mark.owner_document() else {
        return;
    };
    let pair = l.dark.is_some();
    let px = px.to_string();
    for (src, dark) in std::iter::once((&l.src, false)).chain(l.dark.as_ref().map(|d| (d, true))) {
        let Ok(img) = document.create_element("img") else {
            return;
        };
        for (k, v) in [
            ("class", img_class(pair, dark)),
            ("src", src.as_str()),
            ("width", &px),
            ("height", &px),
            ("alt", ""),
            ("decoding", "async"),
        ] {
            let _ = img.set_attribute(k, v);
        }
        if dark || !eager {
            let _ = img.set_attribute("loading", "lazy");
        }
        let _ = mark.append_child(&img);
    }
}

/// A box of class `class` that receives `logo`'s images once mounted (`text` inside until
/// then: the monogram, or nothing).
fn boxed(class: String, logo: Option<LogoSrc>, px: u32, text: String) -> impl IntoView {
    let node = NodeRef::<Span>::new();
    if let Some(l) = logo {
        node.on_load(move |span| append_logo(&span, &l, px, false));
    }
    view! { <span class=class aria-hidden="true" node_ref=node>{text}</span> }
}

/// A project's mark: its logo, else `monogram`, in a box of class `logo`/`monogram` and
/// `extra` (`monogram--large`...), `px` wide.
pub fn mark(logo: Option<LogoSrc>, monogram: String, extra: &'static str, px: u32) -> impl IntoView {
    let class = format!("{} {extra}", box_class(logo.is_some()));
    let text = if logo.is_some() { String::new() } else { monogram };
    boxed(class, logo, px, text)
}

/// A chain's icon before its name; nothing for a chain without one.
pub fn chain_icon(logo: Option<LogoSrc>) -> impl IntoView {
    logo.map(|l| boxed("chain-icon".into(), Some(l), CHAIN_ICON_PX, String::new()))
}
