//! Languages and the bilingual texts of the export: a plain string, or `{"es": …, "en": …}`.

use serde::{Deserialize, Serialize};

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

/// The language of a text: the article is Spanish, the UI is bilingual.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Spanish, the article's language.
    Es,
    /// English.
    #[default]
    En,
}

impl Lang {
    /// The BCP 47 tag, as used in `lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Es => "es",
            Lang::En => "en",
        }
    }

    /// Parses `es` / `en` (any case); anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "es" => Some(Lang::Es),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Maps a browser language (`navigator.language`) to a UI language: `es*` is Spanish,
    /// everything else English.
    pub fn from_browser(tag: &str) -> Lang {
        if tag.trim().to_ascii_lowercase().starts_with("es") {
            Lang::Es
        } else {
            Lang::En
        }
    }
}

/// A text that is either the same in every language (names, tickers, figures) or given
/// in Spanish and English.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(untagged)]
pub enum Text {
    /// The same text in every language.
    Plain(String),
    /// One text per language.
    Localized {
        /// Spanish.
        es: String,
        /// English.
        en: String,
    },
}

// Read by a small visitor rather than derived with `#[serde(untagged)]`, which buffers every
// value and tries each variant in turn: exports hold thousands of texts, this is the hot
// path of loading one, and the error can say what a text may be. (`untagged` stays above
// for serialising and for the JSON Schema.)
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        struct TextVisitor;

        /// The object form, with its own field checks and messages.
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Localized {
            es: String,
            en: String,
        }

        impl<'de> serde::de::Visitor<'de> for TextVisitor {
            type Value = Text;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(r#"a text: a string, or an object with "es" and "en" strings"#)
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::Plain(v.to_owned()))
            }

            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text::Plain(v))
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Text, A::Error> {
                let l = Localized::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(Text::Localized { es: l.es, en: l.en })
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}

impl Default for Text {
    fn default() -> Text {
        Text::Plain(String::new())
    }
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Text::Plain(s) => s,
            Text::Localized { es, en } => match lang {
                Lang::Es => es,
                Lang::En => en,
            },
        }
    }

    /// Whether it is the empty plain text (the default: a text left out of the
    /// first-view file).
    pub fn is_empty(&self) -> bool {
        matches!(self, Text::Plain(s) if s.is_empty())
    }

    /// Every language's version (one for plain text), for search and validation.
    pub fn all(&self) -> Vec<&str> {
        match self {
            Text::Plain(s) => vec![s.as_str()],
            Text::Localized { es, en } => vec![es.as_str(), en.as_str()],
        }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Plain(s.to_owned())
    }
}
