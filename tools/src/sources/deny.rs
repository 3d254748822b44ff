//! The deny-list of `data/SOURCES.md` and how a URL is matched against it.

/// Sources never to cite, with why. A pattern is a host (which also covers its
/// subdomains), a host and a path prefix (`binance.com/square`, also after a locale segment
/// such as `/en/`), or `*.host` for any subdomain of host except `www`. Kept in step with
/// the deny-list of `data/SOURCES.md` by a test.
pub const DENY_LIST: &[(&str, &str)] = &[
    ("grokipedia.com", "AI-generated encyclopedia"),
    ("huggingface.co/datasets", "scraped dataset"),
    (
        "raw.githubusercontent.com/geiserx",
        "personal guide in someone's repository",
    ),
    ("github.com/api-evangelist", "mirror of other projects' files"),
    (
        "tokyo.tokeninsight.com",
        "non-canonical subdomain of a rating site",
    ),
    ("iq.wiki", "low-quality wiki"),
    ("cryptowiki.net", "low-quality wiki"),
    ("startupintros.com", "startup directory"),
    ("mexc.com", "exchange SEO page"),
    ("mexc.fm", "exchange SEO page"),
    ("gate.io", "exchange SEO page"),
    ("gate.com", "exchange SEO page"),
    ("gate.com.tr", "exchange SEO page"),
    ("binance.com/square", "exchange's social feed"),
    ("kraken.com/learn", "exchange SEO page"),
    ("bybit.com/learn", "exchange SEO page"),
    ("coinbase.com/price", "exchange price page"),
    ("bitget.com", "exchange SEO page"),
    ("bingx.com", "exchange SEO page"),
    ("ascendex.com", "exchange SEO page"),
    ("cube.exchange", "exchange SEO page"),
    ("aicoin.com", "exchange data aggregator"),
    ("coinranking.com", "ranking content farm"),
    ("followin.io", "aggregated feed"),
    ("*.fxempire.com", "regional copy of a news site"),
    ("coinmarketcapa.com", "lookalike of coinmarketcap.com"),
];

/// Whether a rule applies to a whole export or is only listed for a person to look at.

/// The host of an http(s) URL, lowercased, and its path (from the first `/`, without
/// query or fragment; `/` when empty).
pub fn host_and_path(url: &str) -> Option<(String, String)> {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let host = host.split(':').next().unwrap_or(host).trim_end_matches('.');
    if host.is_empty() {
        return None;
    }
    let path_part = &rest[end..];
    let path_end = path_part.find(['?', '#']).unwrap_or(path_part.len());
    let path = &path_part[..path_end];
    Some((
        host.to_string(),
        if path.is_empty() { "/".into() } else { path.into() },
    ))
}

/// The host to show for a source link (`akash.network`), without `www.`, lowercased.
pub fn display_host(url: &str) -> Option<String> {
    ai_landscape::domain::validate::link_host(url).map(str::to_ascii_lowercase)
}

fn host_matches(host: &str, pattern: &str) -> bool {
    if let Some(domain) = pattern.strip_prefix("*.") {
        host.ends_with(&format!(".{domain}")) && host != format!("www.{domain}")
    } else {
        host == pattern || host.ends_with(&format!(".{pattern}"))
    }
}

fn path_matches(path: &str, prefix: &str) -> bool {
    let starts = |p: &str| p == prefix || p.starts_with(&format!("{prefix}/"));
    if starts(path) {
        return true;
    }
    // `/en/square/...`, `/es-ES/learn/...`: a locale segment first.
    let mut parts = path.splitn(3, '/').skip(1);
    match (parts.next(), parts.next()) {
        (Some(seg), Some(rest)) => {
            (2..=5).contains(&seg.len())
                && seg.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
                && starts(&format!("/{rest}"))
        }
        _ => false,
    }
}

/// The deny-list entry (pattern, reason) that `url` falls under, if any.
pub fn denied(url: &str) -> Option<(&'static str, &'static str)> {
    let (host, path) = host_and_path(url)?;
    DENY_LIST.iter().copied().find(|(pattern, _)| {
        let (host_pattern, path_prefix) = match pattern.find('/') {
            Some(i) => (&pattern[..i], Some(&pattern[i..])),
            None => (*pattern, None),
        };
        host_matches(&host, host_pattern) && path_prefix.is_none_or(|p| path_matches(&path, p))
    })
}
