//! The values of the URL's single-valued parameters: view, theme and the embed accent
//! colour, each read leniently (an unknown value is `None`) and written by code.

/// Which view is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// The card grid (default).
    #[default]
    Cards,
    /// The landscape map.
    Map,
    /// The comparison table.
    Compare,
    /// Charts.
    Stats,
    /// Every event of the shown projects, newest first.
    Timeline,
}

impl View {
    /// Every view, in the order the UI offers them.
    pub const ALL: [View; 5] = [View::Cards, View::Map, View::Timeline, View::Compare, View::Stats];

    /// The URL value.
    pub fn code(self) -> &'static str {
        match self {
            View::Cards => "cards",
            View::Map => "map",
            View::Compare => "compare",
            View::Stats => "stats",
            View::Timeline => "timeline",
        }
    }

    /// Parses a URL value; unknown values are `None`.
    pub fn parse(s: &str) -> Option<View> {
        let s = s.trim().to_ascii_lowercase();
        View::ALL.into_iter().find(|v| v.code() == s)
    }
}

/// Colour theme; `None` in the query means "follow the system".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl Theme {
    /// The URL value.
    pub fn code(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Parses a URL value; unknown values are `None`.
    pub fn parse(s: &str) -> Option<Theme> {
        match s.trim().to_ascii_lowercase().as_str() {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

/// Text colour that stays readable on an accent background (`#rrggbb`): black or white,
/// by the colour's relative luminance.
pub fn accent_contrast(hex: &str) -> &'static str {
    let h = hex.trim_start_matches('#');
    let channel = |i: usize| {
        let v = u8::from_str_radix(h.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0) as f32 / 255.0;
        if v <= 0.039_28 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
    if l > 0.179 {
        "#000000"
    } else {
        "#ffffff"
    }
}

/// Reads an accent colour: 3 or 6 hex digits, with or without `#`; returned as `#rrggbb`
/// lowercase. Anything else is `None` (and so dropped from the URL).
pub fn parse_accent(s: &str) -> Option<String> {
    let hex = s.trim().trim_start_matches('#');
    if !(hex.len() == 3 || hex.len() == 6) || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let hex = hex.to_ascii_lowercase();
    Some(if hex.len() == 3 {
        let mut out = String::from("#");
        for c in hex.chars() {
            out.push(c);
            out.push(c);
        }
        out
    } else {
        format!("#{hex}")
    })
}
