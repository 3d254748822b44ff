//! One language version of the article → its own passage about each project of the export.
//!
//! The Rust form of `research/i18n/article/map.py`. A passage is a top-level list item, a
//! paragraph led by a short bold name, or a heading with the paragraph under it; its name is
//! the bold prefix, else the text before an item's first colon, else the heading. Names match
//! a project's name or alias exactly once both are folded (NFKD, marks dropped, case folded)
//! and the separator after the name (`:` `：` `-` `–` `—`) is gone. A name in another script
//! takes the project at the same place in the English version, only when both lists have the
//! same shape, every name-matched passage sits at its English place and digits and dots agree.
//! A project's first passage wins; a plain paragraph between two items of a list is appended
//! to the item above (with no space after a Thai leading vowel, which cannot end a word).
//! Texts keep the article's bytes, inline Markdown included.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

/// What may follow a name before its passage's text.
const SEPARATORS: &[char] = &[':', '：', '-', '–', '—'];
/// Thai vowels written before their consonant: a line ending in one breaks off mid-word.
const THAI_LEADING_VOWELS: &[char] = &['\u{e40}', '\u{e41}', '\u{e42}', '\u{e43}', '\u{e44}'];

/// The passage chosen for one project.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Passage {
    /// The project's name as the article writes it (without markup or separator).
    pub name_in_article: String,
    /// The passage after its name and separator, as written.
    pub text: String,
    /// 1-based line of the passage (for a heading passage, of its paragraph).
    pub line: usize,
}

/// One project of the export and every name it may appear under (its name, then aliases).
#[derive(Clone, Debug)]
pub struct ProjectNames<'a> {
    pub id: &'a str,
    pub names: Vec<&'a str>,
}

/// What one language version of the article says about the projects.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocalePassages {
    /// The passage for each covered project, by project id.
    pub found: BTreeMap<String, Passage>,
    /// Passages read (items and bold-led paragraphs, not headings), second ones included.
    pub passages_found: usize,
    /// Passages given no project: `name (line N): reason`.
    pub unattributed: Vec<String>,
    /// Positional attributions, second passages left out and continuations appended.
    pub notes: Vec<String>,
}

/// Python's whitespace (`str.isspace`): Unicode white space plus the four separators U+001C–U+001F.
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

fn trim(s: &str) -> &str {
    s.trim_matches(is_space)
}

/// The key names are compared by: NFKD, combining marks dropped, runs of white space made
/// one space and trimmed, case folded (lowercase plus the full folds of ß, ẞ, ς and ſ).
pub fn fold_name(s: &str) -> String {
    let bare: String = s.nfkd().filter(|c| canonical_combining_class(*c) == 0).collect();
    let words: Vec<&str> = bare.split(is_space).filter(|w| !w.is_empty()).collect();
    let lower = words.join(" ").to_lowercase();
    lower.replace('ß', "ss").replace('ς', "σ").replace('ſ', "s")
}

/// A name as written, without surrounding markup, trailing separators or white space.
fn clean_name(raw: &str) -> String {
    let mut name = trim(trim(raw).trim_matches(['*', '_']));
    while let Some(c) = name.chars().next_back().filter(|c| SEPARATORS.contains(c)) {
        name = name[..name.len() - c.len_utf8()].trim_end_matches(is_space);
    }
    name.to_string()
}

/// The text after a name: leading white space and separators removed, the end kept.
fn strip_leading_sep(text: &str) -> &str {
    let mut text = text.trim_start_matches(is_space);
    while let Some(c) = text.chars().next().filter(|c| SEPARATORS.contains(c)) {
        text = text[c.len_utf8()..].trim_start_matches(is_space);
    }
    text
}

/// Whether every letter of a name is a Latin one (a Unicode name starting with `LATIN`).
fn is_latin_name(name: &str) -> bool {
    name.chars().all(|c| {
        !c.is_alphabetic()
            || matches!(c as u32,
                0x41..=0x5A | 0x61..=0x7A | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x2AF
                | 0x1D00..=0x1D25 | 0x1D62..=0x1D6A | 0x1D6B..=0x1D77 | 0x1E00..=0x1EFF
                | 0x2C60..=0x2C7B | 0xA722..=0xA7FF | 0xAB30..=0xAB5A | 0xFF21..=0xFF3A
                | 0xFF41..=0xFF5A)
    })
}

/// A heading line's text (`## Title ##` → `Title`), if the line is one.
fn heading(line: &str) -> Option<&str> {
    let hashes = line.len() - line.trim_start_matches('#').len();
    let text = line[hashes..].trim_start_matches(is_space);
    let spaced = text.len() < line.len() - hashes;
    let text = text.trim_end_matches(is_space).trim_end_matches('#');
    ((1..=6).contains(&hashes) && spaced).then_some(text.trim_end_matches(is_space))
}

/// A list item line: whether it is indented, and its body after the marker.
fn list_item(line: &str) -> Option<(bool, &str)> {
    let rest = line.trim_start_matches(is_space);
    let after = match rest.strip_prefix(['-', '*', '+']) {
        Some(after) => after,
        None => {
            let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_numeric()).len();
            let after = rest.get(digits..).filter(|_| digits > 0)?;
            after.strip_prefix(['.', ')'])?
        }
    };
    let body = after.trim_start_matches(is_space);
    (body.len() < after.len()).then_some((rest.len() < line.len(), body))
}

/// A bold prefix (`**Name**rest` or `__Name__rest`): the name and the rest.
fn bold_prefix(s: &str) -> Option<(&str, &str)> {
    let delim = ["**", "__"].into_iter().find(|d| s.starts_with(d))?;
    let inner = &s[2..];
    let first = inner.chars().next()?.len_utf8();
    let end = inner[first..].find(delim)? + first;
    Some((&inner[..end], &inner[end + 2..]))
}

/// An unbolded `Name: text`: the name must be 1 to 60 characters before the first colon.
fn colon_name(body: &str) -> Option<(&str, &str)> {
    let colon = |(_, (_, c)): &(usize, (usize, char))| matches!(c, ':' | '：');
    let (n, (at, c)) = body.char_indices().enumerate().find(colon)?;
    let split = (&body[..at], &body[at + c.len_utf8()..]);
    (1..=60).contains(&n).then_some(split)
}

#[derive(Clone, Copy, PartialEq)]
enum Line<'a> {
    Blank,
    Heading(&'a str),
    Item(&'a str),
    SubItem,
    Para(&'a str),
}

#[derive(Clone, Copy, Default, PartialEq)]
enum Kind {
    Item,
    #[default]
    Para,
    Heading,
}

/// A passage as read, before attribution.
#[derive(Default)]
struct Raw {
    kind: Kind,
    name: Option<String>,
    text: String,
    line: usize,
    /// The number (from 1) of the contiguous run of passages it belongs to.
    group: usize,
    /// Index of its last line (an item's continuation lines included).
    end: usize,
    /// Lines of the plain paragraphs appended to it.
    cont: Vec<usize>,
}

fn raw(kind: Kind, name: Option<String>, text: &str, line: usize) -> Raw {
    let mut p = Raw::default();
    (p.kind, p.name, p.text, p.line) = (kind, name, text.to_string(), line);
    p
}

/// Folded name → the projects with that name or alias (no empty key).
type Index<'a> = HashMap<String, BTreeSet<&'a str>>;
/// A passage's project, or why it has none.
type Attr<'a> = Result<&'a str, String>;
/// Passages attributed by position → a note naming the English passage.
type Paired = BTreeMap<usize, String>;

/// The kind of a line.
fn classify(ln: &str) -> Line<'_> {
    match (heading(ln), list_item(ln)) {
        _ if trim(ln).is_empty() => Line::Blank,
        (Some(h), _) => Line::Heading(h),
        (_, Some((false, body))) => Line::Item(body),
        (_, Some((true, _))) => Line::SubItem,
        _ => Line::Para(ln),
    }
}

/// Whether a bold-led paragraph is a passage: it has text after the name, and the name is
/// a project's or is short and set off by a separator.
fn is_bold_passage(name: &str, rest: &str, index: &Index) -> bool {
    let sep = |c: char| SEPARATORS.contains(&c);
    let name_end = name.trim_end_matches(is_space).chars().next_back();
    let rest_start = rest.trim_start_matches(is_space).chars().next();
    let set_off = name_end.is_none_or(sep) || rest_start.is_some_and(sep);
    let short = trim(name).chars().count() <= 40;
    !trim(rest).is_empty() && (index.contains_key(&fold_name(&clean_name(name))) || short && set_off)
}

/// Reads the passages of a file, in order.
fn parse(markdown: &str, index: &Index) -> Vec<Raw> {
    let normalized = markdown.replace("\r\n", "\n").replace('\r', "\n");
    let lines = Vec::from_iter(normalized.strip_suffix('\n').unwrap_or(&normalized).split('\n'));
    // Front matter is skipped: nothing reads back into it.
    let mut i = 0;
    if lines.first().is_some_and(|l| trim(l) == "---") {
        let close = (1..lines.len()).find(|&i| trim(lines[i]) == "---");
        i = close.map_or(0, |i| i + 1);
    }
    let kinds = Vec::from_iter(lines.iter().map(|ln| classify(ln)));
    let non_blank = |j: &usize| kinds[*j] != Line::Blank;
    let mut out: Vec<Raw> = Vec::new();
    let (mut group, mut last_was_passage) = (0, false);
    while i < lines.len() {
        let next = (i + 1..kinds.len()).find(non_blank);
        let passage = match kinds[i] {
            Line::Item(body) => {
                let (name, text) = match (bold_prefix(body), colon_name(body)) {
                    (Some((name, rest)), _) => (Some(clean_name(name)), strip_leading_sep(rest)),
                    (None, Some((name, rest))) => (Some(clean_name(name)), trim(rest)),
                    (None, None) => (None, trim(body)),
                };
                let mut p = raw(Kind::Item, name, text, i + 1);
                // Lines right below an item, with no blank line, are part of it.
                while i + 1 < lines.len() && matches!(kinds[i + 1], Line::Para(_) | Line::SubItem) {
                    i += 1;
                    p.text.push('\n');
                    p.text.push_str(trim(lines[i]));
                }
                p.end = i;
                Some(p)
            }
            Line::Para(ln) => {
                let bold = bold_prefix(trim(ln));
                let prev = (0..i).rev().find(non_blank);
                let ends_item = |p: &&mut Raw| p.kind == Kind::Item && Some(p.end) == prev;
                let item_before = out.last_mut().filter(ends_item);
                let item_after = matches!(next.map(|j| kinds[j]), Some(Line::Item(_)));
                if let (None, Some(p), true) = (bold, item_before, item_after) {
                    let broken_word = p.text.ends_with(THAI_LEADING_VOWELS);
                    p.text.push_str(if broken_word { "" } else { " " });
                    p.text.push_str(trim(ln));
                    p.cont.push(i + 1);
                    p.end = i;
                    i += 1;
                    continue;
                }
                let bold = bold.filter(|(name, rest)| is_bold_passage(name, rest, index));
                bold.map(|(n, rest)| raw(Kind::Para, Some(clean_name(n)), strip_leading_sep(rest), i + 1))
            }
            Line::Heading(h) => match next.map(|j| (j, kinds[j])) {
                Some((j, Line::Para(t))) => Some(raw(Kind::Heading, Some(clean_name(h)), trim(t), j + 1)),
                _ => None,
            },
            Line::Blank | Line::SubItem => None,
        };
        let in_run = passage.as_ref().is_some_and(|p| p.kind != Kind::Heading);
        group += usize::from(in_run && !last_was_passage);
        out.extend(passage.map(|p| Raw { group, ..p })); // a heading's group is never read
                                                         // A blank line neither ends nor continues a run of passages.
        last_was_passage = in_run || kinds[i] == Line::Blank && last_was_passage;
        i += 1;
    }
    out
}

/// The project each passage names, or why it has none.
fn by_name<'a>(passages: &[Raw], index: &Index<'a>) -> Vec<Attr<'a>> {
    let by_one = |p: &Raw| {
        let ids = p.name.as_deref().and_then(|n| index.get(&fold_name(n)));
        match Vec::from_iter(ids.into_iter().flatten().copied()).as_slice() {
            [id] => Ok(*id),
            [] => Err("no project name or alias matches".to_string()),
            ids => Err(format!("name matches several projects: {}", ids.join(", "))),
        }
    };
    passages.iter().map(by_one).collect()
}

/// A list passage whose name has a letter that is not Latin.
fn in_other_script(p: &Raw) -> bool {
    let name = p.name.as_deref().unwrap_or("");
    p.kind != Kind::Heading && !name.is_empty() && !is_latin_name(name)
}

/// Gives the names in another script their English position's project, when allowed.
/// Returns, for each passage so attributed, a note naming the English passage it took.
fn by_position<'a>(local: &[Raw], attrs: &mut [Attr<'a>], en: &[Raw], en_attrs: &[Attr<'a>]) -> Paired {
    let pending = (0..local.len()).filter(|&k| attrs[k].is_err() && in_other_script(&local[k]));
    let pending = Vec::from_iter(pending);
    let mut paired = BTreeMap::new();
    let items = |ps: &[Raw]| Vec::from_iter((0..ps.len()).filter(|&k| ps[k].kind != Kind::Heading));
    let (loc_items, en_items) = (items(local), items(en));
    let shifted = |(&a, &b): (&usize, &usize)| attrs[a].is_ok() && attrs[a] != en_attrs[b];
    // Runs are numbered in order, so equal run sequences mean equal counts per run.
    let runs = |ps: &[Raw], ks: &[usize]| Vec::from_iter(ks.iter().map(|&k| ps[k].group));
    let why = if runs(local, &loc_items) != runs(en, &en_items) {
        Some("list shape differs from the English file")
    } else if loc_items.iter().zip(&en_items).any(shifted) {
        Some("a name-matched passage is not at the English position")
    } else {
        None
    };
    if let Some(why) = why {
        for k in pending {
            let reason = "written in another script and position cannot be verified";
            attrs[k] = Err(format!("{reason}: {why}"));
        }
        return paired;
    }
    // A translation keeps a name's digits and dots.
    let digits_dots = |s: &str| (s.replace(|c: char| !c.is_numeric(), ""), s.matches('.').count());
    let pairs = loc_items.iter().zip(&en_items);
    for (&a, &b) in pairs.filter(|(a, _)| pending.contains(a)) {
        let name = |p: &[Raw], k: usize| p[k].name.clone().unwrap_or_default();
        let (name, en_name) = (name(local, a), name(en, b));
        let differ = "digits/dots differ from English name at same position";
        attrs[a] = match &en_attrs[b] {
            Err(_) => Err("English passage at the same position is not attributed".to_string()),
            Ok(_) if digits_dots(&name) != digits_dots(&en_name) => Err(format!("{differ} ({en_name})")),
            Ok(id) => {
                let note = format!("\"{name}\" attributed by position to English \"{en_name}\"");
                paired.insert(a, format!("{note} (line {})", en[b].line));
                Ok(id)
            }
        };
    }
    paired
}

/// Finds each project's passage in `markdown`, one language version of the article.
///
/// `english` is the English version, against which names in another script are placed;
/// for the English version itself pass the same text. `projects` lists every project of
/// the export with its names. Pure: reads nothing but its arguments.
pub fn passages(markdown: &str, english: &str, projects: &[ProjectNames]) -> LocalePassages {
    let mut index: Index = HashMap::new();
    for p in projects {
        for key in p.names.iter().map(|n| fold_name(n)).filter(|k| !k.is_empty()) {
            index.entry(key).or_default().insert(p.id);
        }
    }
    let local = parse(markdown, &index);
    let mut attrs = by_name(&local, &index);
    let mut paired = Paired::new();
    if markdown != english {
        let en = parse(english, &index);
        paired = by_position(&local, &mut attrs, &en, &by_name(&en, &index));
    }

    let mut out = LocalePassages::default();
    for (k, (p, attr)) in local.iter().zip(attrs).enumerate() {
        let (name, line) = (p.name.clone().unwrap_or_default(), p.line);
        let found = attr.as_ref().ok().and_then(|id| out.found.get(*id));
        let first = found.map(|f| f.line);
        let reason = match (attr, first) {
            (Err(_), _) if p.kind == Kind::Heading => continue, // an ordinary section heading
            (Err(reason), _) => reason,
            (Ok(id), Some(first)) => {
                let note = format!("second passage for `{id}` at line {line} (\"{name}\") not used");
                out.notes.push(format!("{note}; the first one, line {first}, is"));
                continue;
            }
            (Ok(_), None) if p.text.is_empty() => "passage has no text".to_string(),
            (Ok(id), None) => {
                if let Some(note) = paired.get(&k) {
                    out.notes.push(format!("`{id}` (line {line}): {note}"));
                }
                for c in &p.cont {
                    let note = format!("plain paragraph at line {c} appended as its continuation");
                    out.notes.push(format!("`{id}` (line {line}): {note}"));
                }
                let passage = Passage {
                    name_in_article: name,
                    text: p.text.clone(),
                    line,
                };
                out.found.insert(id.to_string(), passage);
                continue;
            }
        };
        let shown = if name.is_empty() { "(no name)" } else { &name };
        out.unattributed.push(format!("{shown} (line {line}): {reason}"));
    }
    out.passages_found = local.iter().filter(|p| p.kind != Kind::Heading).count();
    out
}
