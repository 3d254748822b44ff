//! Links from the data that the app may put in an `href`, and the host it shows for them.

/// Whether a link is safe to put in an `href`: `https:` or `http:` with a host, no
/// whitespace or control characters.
pub fn is_safe_link(url: &str) -> bool {
    link_host(url).is_some()
}

/// The host of a safe link (see [`is_safe_link`]), without `www.`: what a source link
/// shows (`akash.network`). `None` for an unsafe link.
pub fn link_host(url: &str) -> Option<&str> {
    let lower = url.get(..8).map(str::to_ascii_lowercase).unwrap_or_default();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return None;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let safe = !authority.is_empty()
        && url.len() <= 2048
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
    let host = authority.rsplit('@').next()?.split(':').next()?;
    safe.then(|| host.strip_prefix("www.").unwrap_or(host))
}
