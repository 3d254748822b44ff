//! What identifies a project at a glance on its card, tile and dialog: a monogram and a
//! hue derived from its name and id (stable across loads and languages).

/// Two capital letters (or one) for a monogram logo: initials of the first two words,
/// else the first two letters.
pub fn monogram(name: &str) -> String {
    let words: Vec<&str> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut out: String = match words.as_slice() {
        [] => String::new(),
        [one] => one.chars().take(2).collect(),
        [a, b, ..] => a.chars().take(1).chain(b.chars().take(1)).collect(),
    };
    out = out.to_uppercase();
    out
}

/// A stable hue (0..360) for a project's monogram, from its id (FNV-1a hash).
pub fn hue(id: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in id.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h % 360
}
