//! The facts an article bullet states that can be read reliably: chains named in it (by the
//! export's chain names), tokens (`token nativo AGIX`, `$AQTIS`) and funding amounts
//! (`$9.5 millones`, `$25M`), each with the sentence that states it as its quote.

use ai_landscape::domain::model::{ChainRef, Funding, Landscape, Token, SOURCE_ARTICLE};

/// The sentence of `text` holding byte range `at` (a verbatim passage, for a quote).
fn sentence_around(text: &str, at: usize) -> String {
    let start = text[..at].rfind(". ").map(|i| i + 2).unwrap_or(0);
    let end = text[at..].find(". ").map(|i| at + i + 1).unwrap_or(text.len());
    text[start..end].trim().to_string()
}

/// Whole-word position of folded `needle` in folded `hay`.
fn find_word(hay: &str, needle: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = hay[from..].find(needle) {
        let at = from + i;
        let before = hay[..at].chars().next_back();
        let after = hay[at + needle.len()..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return Some(at);
        }
        from = at + needle.len();
    }
    None
}

/// What the export calls a chain, as words to look for: "Cosmos (Cosmos SDK)" → Cosmos,
/// Cosmos SDK; "BNB Chain" → BNB Chain, BNB.
fn chain_terms(name: &str) -> Vec<String> {
    let mut terms = Vec::new();
    let (main, inner) = match name.split_once('(') {
        Some((a, b)) => (a.trim(), Some(b.trim_end_matches(')').trim())),
        None => (name.trim(), None),
    };
    terms.push(main.to_string());
    if let Some(i) = inner {
        terms.push(i.to_string());
    }
    if let Some(short) = main.strip_suffix(" Chain") {
        terms.push(short.to_string());
    }
    terms
}

/// The facts a bullet states that can be read reliably: chains named (from the export's
/// chain names), tokens ("token nativo AGIX", "tokens SURE", "$AQTIS", "puntos KZO") and
/// funding amounts ("$9.5 millones", "$25M"), each with its quote (verbatim from `text`).
pub fn read_facts(l: &Landscape, text: &str) -> (Vec<ChainRef>, Vec<Token>, Vec<Funding>) {
    // Folding keeps ASCII offsets only when the text is unchanged in length; work on the
    // original text with ASCII-lowercase, which keeps offsets, for the chain names (all ASCII).
    let lower = text.to_ascii_lowercase();
    let mut chains = Vec::new();
    for c in &l.chains {
        if c.id == ai_landscape::domain::model::OWN_CHAIN {
            continue;
        }
        let hit = chain_terms(c.name.get(ai_landscape::domain::model::Lang::En))
            .iter()
            .find_map(|t| find_word(&lower, &t.to_ascii_lowercase()));
        if let Some(at) = hit {
            chains.push(ChainRef {
                id: c.id.clone(),
                source: SOURCE_ARTICLE.into(),
                quote: Some(sentence_around(text, at)),
                note: None,
                until: None,
            });
        }
    }
    let mut tokens: Vec<Token> = Vec::new();
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    let is_symbol = |w: &str| {
        let w = w.trim_end_matches([',', '.', ';', ':', ')']);
        (2..=10).contains(&w.len())
            && w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
    };
    let mut push_token = |symbol: &str, start: usize, end: usize| {
        let symbol = symbol.trim_end_matches([',', '.', ';', ':', ')']).to_string();
        if !tokens.iter().any(|t| t.symbol == symbol) {
            tokens.push(Token {
                symbol,
                source: SOURCE_ARTICLE.into(),
                quote: Some(
                    text[start..end]
                        .trim_end_matches([',', '.', ';', ':', ')'])
                        .to_string(),
                ),
                note: None,
                contracts: Vec::new(),
            });
        }
    };
    for (i, (at, w)) in words.iter().enumerate() {
        if let Some(sym) = w.strip_prefix('$') {
            if is_symbol(sym) {
                push_token(sym, *at, at + w.len());
            }
            continue;
        }
        let lw = w.to_lowercase();
        if matches!(lw.as_str(), "token" | "tokens" | "puntos") {
            let mut j = i + 1;
            if words.get(j).is_some_and(|(_, n)| n.starts_with("nativo")) {
                j += 1;
            }
            if let Some((nat, nw)) = words.get(j).filter(|(_, n)| is_symbol(n)) {
                push_token(nw, *at, nat + nw.len());
            }
        }
    }
    let mut funding = Vec::new();
    for (i, (at, w)) in words.iter().enumerate() {
        let Some(num) = w.strip_prefix('$') else {
            continue;
        };
        let digits: String = num
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        if digits.is_empty() {
            continue;
        }
        let suffix = &num[digits.len()..];
        let (million, end) = if suffix.starts_with('M') {
            (true, at + 1 + digits.len() + 1)
        } else if let Some((nat, nw)) = words
            .get(i + 1)
            .filter(|(_, n)| n.starts_with("millones") || n.starts_with("million"))
        {
            let word_len = nw.trim_end_matches([',', '.', ';']).len();
            (true, nat + word_len)
        } else {
            (false, at + 1 + digits.len())
        };
        let Some(amount) = parse_amount(&digits, million) else {
            continue;
        };
        funding.push(Funding {
            amount_usd: Some(amount),
            recipient: None,
            round: None,
            date: None,
            lead_investors: Vec::new(),
            investors: Vec::new(),
            source: SOURCE_ARTICLE.into(),
            quote: Some(text[*at..end].to_string()),
            note: None,
        });
    }
    (chains, tokens, funding)
}

/// `9.5` millions → 9 500 000, without floats.
fn parse_amount(digits: &str, million: bool) -> Option<u64> {
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let int: u64 = int.parse().ok()?;
    if !million {
        return frac.is_empty().then_some(int);
    }
    let frac = frac.trim_end_matches('0');
    if frac.len() > 6 {
        return None;
    }
    let frac_value: u64 = if frac.is_empty() { 0 } else { frac.parse().ok()? };
    Some(int * 1_000_000 + frac_value * 10u64.pow(6 - frac.len() as u32))
}
