//! How a logo is shown: always as an `<img src>` (never inlined, so even a bad file can run
//! no script), with its `width` and `height` (no layout shift when it arrives), decoded off
//! the main thread, and lazy unless it is in the first screen. A mark that vanishes on a
//! dark background has a second image for the dark theme, which the style sheet shows
//! instead of the first. The twin is always lazy, though Chromium still fetches a lazy image
//! near the viewport that CSS hides: on the first screen a few small files load for nothing.
//!
//! The prerendered first view, the static pages and the app's views all write this
//! markup; `ui::project_card` builds the same elements.

use super::catalog::Catalog;
use super::model::Logo;
use super::text::escape;

/// The size of a card's logo or monogram (CSS px).
pub const CARD_LOGO_PX: u32 = 40;

/// The cards whose logos load eagerly: the first screen's, at any width.
pub const EAGER_LOGOS: usize = 6;

/// A logo's image URLs, relative to the page (the export's files live in `data/`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogoSrc {
    pub src: String,
    pub dark: Option<String>,
}

impl LogoSrc {
    /// The URLs of `logo`'s files.
    pub fn of(logo: &Logo) -> LogoSrc {
        LogoSrc {
            src: url(&logo.file),
            dark: logo.dark.as_deref().map(url),
        }
    }
}

/// The icon of chain `id`, if it has one.
pub fn chain_logo(cat: &Catalog, id: &str) -> Option<LogoSrc> {
    cat.chain(id).and_then(|c| c.logo.as_ref()).map(LogoSrc::of)
}

/// The URL of a file of the export, relative to the page.
pub fn url(file: &str) -> String {
    format!("data/{file}")
}

/// The class of the mark's box: a logo, or a monogram where there is none.
pub fn box_class(has_logo: bool) -> &'static str {
    if has_logo {
        "logo"
    } else {
        "monogram"
    }
}

/// The class of one image: `logo__img`, plus which theme shows it when there are two.
pub fn img_class(dark_pair: bool, dark: bool) -> &'static str {
    match (dark_pair, dark) {
        (false, _) => "logo__img",
        (true, false) => "logo__img logo__img--light",
        (true, true) => "logo__img logo__img--dark",
    }
}

/// The `<img>` elements of a logo shown at `px`×`px` (the box's CSS size). `eager` for the
/// first screen's logos; the others load when they come near the viewport.
pub fn img_html(l: &LogoSrc, px: u32, eager: bool) -> String {
    let pair = l.dark.is_some();
    let one = |src: &str, dark: bool| {
        format!(
            r#"<img class="{}" src="{}" width="{px}" height="{px}" alt="" decoding="async"{}>"#,
            img_class(pair, dark),
            escape(src),
            if eager && !dark { "" } else { r#" loading="lazy""# }
        )
    };
    let mut h = one(&l.src, false);
    if let Some(d) = &l.dark {
        h += &one(d, true);
    }
    h
}

/// A project's mark as HTML: its logo, else its monogram, in a box of class `extra` added
/// to `logo`/`monogram` (`monogram--large`...).
pub fn mark_html(logo: Option<&LogoSrc>, monogram: &str, extra: &str, px: u32, eager: bool) -> String {
    let class = match extra {
        "" => box_class(logo.is_some()).to_string(),
        x => format!("{} {x}", box_class(logo.is_some())),
    };
    let inner = match logo {
        Some(l) => img_html(l, px, eager),
        None => escape(monogram),
    };
    format!(r#"<span class="{class}" aria-hidden="true">{inner}</span>"#)
}

/// The size of a chain's icon in its chip (CSS px).
pub const CHAIN_ICON_PX: u32 = 14;

/// A chain's icon before its name in a chip, as HTML; empty for a chain without one.
pub fn chain_icon_html(logo: Option<&LogoSrc>, eager: bool) -> String {
    logo.map(|l| {
        format!(
            r#"<span class="chain-icon" aria-hidden="true">{}</span>"#,
            img_html(l, CHAIN_ICON_PX, eager)
        )
    })
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logo_markup_is_an_img_with_its_size_and_a_lazy_dark_twin() {
        let l = LogoSrc {
            src: "data/logos/a.svg".into(),
            dark: Some("data/logos/a.dark.svg".into()),
        };
        let h = mark_html(Some(&l), "AB", "", 40, true);
        assert_eq!(
            h,
            r#"<span class="logo" aria-hidden="true"><img class="logo__img logo__img--light" src="data/logos/a.svg" width="40" height="40" alt="" decoding="async"><img class="logo__img logo__img--dark" src="data/logos/a.dark.svg" width="40" height="40" alt="" decoding="async" loading="lazy"></span>"#
        );
        assert_eq!(
            mark_html(None, "A&B", "monogram--large", 56, false),
            r#"<span class="monogram monogram--large" aria-hidden="true">A&amp;B</span>"#
        );
    }
}
