//! Text helpers shared by ids, search and URLs: slugs and accent/case folding.

/// Canonical decomposition (NFD). In the browser this is the platform's own
/// `String.prototype.normalize`, which costs the wasm nothing; natively (tests, tools) it
/// is the `unicode-normalization` crate, whose tables would add about 128 KB to the wasm.
#[cfg(target_arch = "wasm32")]
fn nfd(s: &str) -> String {
    js_sys::JsString::from(s).normalize("NFD").into()
}

#[cfg(not(target_arch = "wasm32"))]
fn nfd(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfd().collect()
}

/// Lowercase and uppercase of any text. In the browser these are the platform's own
/// `toLowerCase`/`toUpperCase` (ASCII stays in Rust): Rust's Unicode case tables would add
/// about 10 KB to the wasm. Natively, `str`'s own, which follow the same Unicode rules.
#[cfg(target_arch = "wasm32")]
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        js_sys::JsString::from(s).to_lower_case().into()
    }
}

/// See the wasm version.
#[cfg(target_arch = "wasm32")]
pub fn uppercase(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_uppercase()
    } else {
        js_sys::JsString::from(s).to_upper_case().into()
    }
}

/// Lowercase of any text (see the wasm version).
#[cfg(not(target_arch = "wasm32"))]
pub fn lowercase(s: &str) -> String {
    s.to_lowercase()
}

/// Uppercase of any text (see the wasm version).
#[cfg(not(target_arch = "wasm32"))]
pub fn uppercase(s: &str) -> String {
    s.to_uppercase()
}

/// Combining diacritical marks, the characters NFD splits accents into.
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Text without accents: NFD, then combining marks dropped (ASCII is returned as is).
fn strip_marks(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(nfd(s).chars().filter(|c| !is_combining_mark(*c)).collect())
    }
}

/// The lowercase ASCII slug of a name: every run of characters other than `[a-z0-9]`
/// becomes one `-`, with none at either end (`"io.net"` → `io-net`,
/// `"Fetch.AI"` → `fetch-ai`). Accented letters lose their accent first (`é` → `e`).
pub fn slugify(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_dash = false;
    for c in strip_marks(name).chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            if pending_dash && !out.is_empty() {
                out.push('-');
            }
            pending_dash = false;
            out.push(c);
        } else {
            pending_dash = true;
        }
    }
    out
}

/// Whether `s` is a valid id: non-empty, at most 64 bytes, `[a-z0-9]` runs joined by single `-`.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Folds text for matching: canonical decomposition, combining marks removed, lowercased.
/// `"Tokenización"` and `"TOKENIZACION"` both fold to `"tokenizacion"`.
pub fn fold(text: &str) -> String {
    lowercase(&strip_marks(text))
}

/// A US-dollar amount the way the article writes it: $9.5M, $50M, $1.8M.
pub fn format_usd(amount: u64) -> String {
    // Integer arithmetic only: float formatting would pull ~10 KB into the wasm.
    if amount >= 1_000_000 {
        let tenths = (amount + 50_000) / 100_000;
        if tenths.is_multiple_of(10) {
            format!("${}M", tenths / 10)
        } else {
            format!("${}.{}M", tenths / 10, tenths % 10)
        }
    } else if amount >= 1_000 {
        format!("${}K", amount / 1_000)
    } else {
        format!("${amount}")
    }
}

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugify_names_of_the_article() {
        assert_eq!(slugify("io.net"), "io-net");
        assert_eq!(slugify("Fetch.AI"), "fetch-ai");
        assert_eq!(slugify("Akash Network"), "akash-network");
        assert_eq!(slugify("  lPAAL AI "), "lpaal-ai");
        assert_eq!(slugify("Educación"), "educacion");
        assert_eq!(slugify("!!!"), "");
    }

    #[test]
    fn fold_removes_case_and_accents() {
        assert_eq!(fold("Tokenización"), "tokenizacion");
        assert_eq!(fold("ÉLITE Ñandú"), "elite nandu");
    }

    #[test]
    fn format_usd_writes_amounts_as_the_article_does() {
        assert_eq!(format_usd(9_500_000), "$9.5M");
        assert_eq!(format_usd(50_000_000), "$50M");
        assert_eq!(format_usd(1_800_000), "$1.8M");
        assert_eq!(format_usd(250_000), "$250K");
    }

    #[test]
    fn is_slug_accepts_only_canonical_slugs() {
        assert!(is_slug("bnb-chain"));
        assert!(!is_slug("BNB"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug("-a"));
        assert!(!is_slug(""));
    }
}

/// The anchor Docusaurus gives a heading (its GitHub-style slug): lowercase, letters,
/// digits, `-` and `_` kept in any script, spaces made `-`, the rest dropped.
pub fn heading_anchor(heading: &str) -> String {
    lowercase(heading.trim())
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            // Combining marks (Devanagari and Thai vowel signs) belong to their letter.
            c if matches!(c as u32, 0x0300..=0x036F | 0x0900..=0x0DFF | 0x0E31..=0x0E4E) => Some(c),
            _ => None,
        })
        .collect()
}
