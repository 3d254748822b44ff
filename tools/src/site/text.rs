//! Text on the pictures: advance widths estimated for DejaVu Sans and the Noto fonts, line
//! breaking (between words, and between characters of scripts without spaces), and runs of
//! one script each, which the pictures draw in their own fonts and order.

/// Whether `c` is drawn a full em wide (Han, kana, Hangul, full-width forms): text of these
/// scripts is also broken between any two of them, as it has no spaces between words.
pub(super) fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xA960..=0xA97F | 0xAC00..=0xD7AF | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFF)
}

/// Advance width of `text` at `size` px (an upper estimate for DejaVu Sans and, for the
/// other scripts, the Noto fonts the xtask draws them with).
pub fn width(text: &str, size: f32, bold: bool) -> f32 {
    let per = |c: char| -> f32 {
        match c {
            'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | 'í' | 'ì' => 0.32,
            'f' | 't' | 'r' | ' ' | '(' | ')' | '-' => 0.42,
            'm' | 'w' | 'M' | 'W' => 0.92,
            c if is_wide(c) => 1.0,
            // Combining marks (accents) take no room of their own; Devanagari's vowel signs
            // and virama little.
            '\u{0300}'..='\u{036F}' => 0.0,
            '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}' | '\u{0951}'..='\u{0957}' => 0.12,
            '\u{0900}'..='\u{097F}' => 0.5,
            c if c.is_uppercase() => 0.72,
            c if c.is_ascii_digit() => 0.64,
            _ => 0.62,
        }
    };
    let w: f32 = text.chars().map(per).sum::<f32>() * size;
    if bold {
        w * 1.1
    } else {
        w
    }
}

/// The pieces a line may break between, each with whether a space comes before it: words,
/// and single grapheme clusters in wide scripts (with the punctuation that follows them).
fn units(text: &str) -> Vec<(String, bool)> {
    use unicode_segmentation::UnicodeSegmentation;
    let mut out: Vec<(String, bool)> = Vec::new();
    for word in text.split_whitespace() {
        let mut first = true;
        let mut current = String::new();
        for g in word.graphemes(true) {
            let wide = g.chars().next().is_some_and(is_wide);
            if wide && !current.is_empty() {
                out.push((std::mem::take(&mut current), first));
                first = false;
            }
            current.push_str(g);
            // A wide character ends its unit unless punctuation follows it.
            if wide {
                out.push((std::mem::take(&mut current), first));
                first = false;
            }
        }
        if !current.is_empty() {
            let punct = current.chars().all(|c| !c.is_alphanumeric());
            match out.last_mut() {
                // Closing punctuation after a wide character stays on its line.
                Some(last) if punct && !first => last.0.push_str(&current),
                _ => out.push((current, first)),
            }
        }
    }
    out
}

/// `unit` cut into pieces of at most `max` px, at grapheme clusters (a word too long for a
/// line, say a Thai phrase).
fn cut(unit: &str, max: f32, size: f32, bold: bool) -> Vec<String> {
    use unicode_segmentation::UnicodeSegmentation;
    let mut out = vec![String::new()];
    for g in unit.graphemes(true) {
        let last = out.last_mut().expect("one piece");
        if !last.is_empty() && width(&format!("{last}{g}"), size, bold) > max {
            out.push(g.to_string());
        } else {
            last.push_str(g);
        }
    }
    out
}

/// Breaks `text` into at most `lines` lines of at most `max` px; the last one ends in `…`
/// when the text is longer.
pub fn wrap(text: &str, max: f32, size: f32, bold: bool, lines: usize) -> Vec<String> {
    let mut pieces: Vec<(String, bool)> = Vec::new();
    for (unit, space) in units(text) {
        if width(&unit, size, bold) > max {
            for (k, part) in cut(&unit, max, size, bold).into_iter().enumerate() {
                pieces.push((part, space && k == 0));
            }
        } else {
            pieces.push((unit, space));
        }
    }
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut i = 0;
    while i < pieces.len() {
        let (piece, space) = &pieces[i];
        let candidate = if line.is_empty() {
            piece.clone()
        } else if *space {
            format!("{line} {piece}")
        } else {
            format!("{line}{piece}")
        };
        if width(&candidate, size, bold) <= max || line.is_empty() {
            line = candidate;
            i += 1;
        } else {
            out.push(std::mem::take(&mut line));
            if out.len() == lines {
                break;
            }
        }
    }
    if !line.is_empty() && out.len() < lines {
        out.push(line);
    }
    if i < pieces.len() || out.last().is_some_and(|l| width(l, size, bold) > max) {
        if let Some(last) = out.last_mut() {
            while !last.is_empty() && width(&format!("{last}…"), size, bold) > max {
                last.pop();
            }
            *last = format!(
                "{}…",
                last.trim_end_matches([' ', ',', '.', ':', ';', '·', '、', '。', '，'])
            );
        }
    }
    out
}

/// Whether `c` is a letter or digit that DejaVu Sans draws (Latin, Greek, Cyrillic,
/// Vietnamese): the runs the pictures draw with it inside text of other scripts.
fn is_dejavu(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c as u32, 0x00C0..=0x024F | 0x0370..=0x04FF | 0x1E00..=0x1EFF)
}

/// Whether Noto Sans Devanagari (Debian's 2020 fonts-noto-core) has `c`: Devanagari, ASCII
/// digits and punctuation but `$`, `&`, `@`, and a few dashes, quotes and signs.
fn in_devanagari_font(c: char) -> bool {
    matches!(c as u32,
        0x20..=0x23 | 0x25 | 0x27..=0x3F | 0x5B..=0x5F | 0x7B..=0x7E | 0xA0 | 0xAD | 0xD7
        | 0xF7 | 0x0900..=0x097F | 0x200B..=0x200D | 0x2010 | 0x2013..=0x2014 | 0x2018..=0x2019
        | 0x201C..=0x201D | 0x2026 | 0x20B9 | 0x2212)
}

/// Whether `line` is right-to-left text: its first letter is Arabic script (Arabic, Persian).
pub(super) fn is_rtl_line(line: &str) -> bool {
    line.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF))
}

/// The runs of a right-to-left line, in the order resvg must get them: resvg lays every
/// `<text>` out as a left-to-right paragraph (each run still in its own direction), so the
/// runs go last to first, each with its trailing spaces moved to its front (they separate
/// it from the run before it, now on its left), a right-to-left mark after each run of the
/// line's script, so that its closing punctuation (`:`, `.`) stays at its left end, and a
/// left-to-right mark before each Latin one.
pub(super) fn rtl_runs(runs: Vec<(String, bool)>) -> Vec<(String, bool)> {
    runs.into_iter()
        .rev()
        .map(|(t, latin)| {
            let body = t.trim_end();
            let mut moved = t[body.len()..].to_string();
            if latin {
                // A left-to-right mark first, so that digits (`66`) stay a run of their own
                // instead of joining the right-to-left text around them.
                moved.push('\u{200E}');
            }
            moved.push_str(body);
            if !latin {
                moved.push('\u{200F}');
            }
            (moved, latin)
        })
        .collect()
}

/// `content` cut into runs of one script each (DejaVu's scripts or not); spaces and
/// punctuation stay with the run they follow, except, with `own_punctuation` (Devanagari
/// text), the signs Noto Sans Devanagari lacks (`·`, `$`), which DejaVu draws.
pub(super) fn script_runs(content: &str, own_punctuation: bool) -> Vec<(String, bool)> {
    let mut runs: Vec<(String, bool)> = Vec::new();
    for c in content.chars() {
        let kind = if is_dejavu(c) || (own_punctuation && !in_devanagari_font(c)) {
            Some(true)
        } else if c.is_alphanumeric() || is_wide(c) {
            Some(false)
        } else {
            None
        };
        match (runs.last_mut(), kind) {
            (Some(last), None) => last.0.push(c),
            (Some(last), Some(k)) if last.1 == k => last.0.push(c),
            (_, k) => runs.push((c.to_string(), k.unwrap_or(true))),
        }
    }
    // Leading punctuation joins the run after it.
    if runs.len() > 1 && !runs[0].0.chars().any(|c| c.is_alphanumeric()) {
        let first = runs.remove(0).0;
        runs[0].0.insert_str(0, &first);
    }
    runs
}
