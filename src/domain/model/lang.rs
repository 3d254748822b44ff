//! The locales of the blog and the texts of the export: a plain string, or a map from locale
//! to text (`{"es": …, "en": …, "ja": …}`), with English as the fallback.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

/// A locale of the blog that published the article (its `docusaurus.config.ts` lists these
/// 15). The order is the export's order of a text's versions: Spanish and English first, as
/// the export has always written them, then the rest in the blog's order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Spanish, the language of the article this explorer started from.
    Es,
    /// English, the original and every text's fallback.
    #[default]
    En,
    /// Korean.
    Ko,
    /// Japanese.
    Ja,
    /// Indonesian.
    Id,
    /// Chinese (the blog's `zh`, simplified script).
    Zh,
    /// Vietnamese.
    Vi,
    /// Hindi.
    Hi,
    /// Russian.
    Ru,
    /// Arabic, written right to left.
    Ar,
    /// Persian, written right to left.
    Fa,
    /// French.
    Fr,
    /// Portuguese.
    Pt,
    /// Thai.
    Th,
    /// Turkish.
    Tr,
}

impl Lang {
    /// Every locale, in the export's order.
    pub const ALL: [Lang; 15] = [
        Lang::Es,
        Lang::En,
        Lang::Ko,
        Lang::Ja,
        Lang::Id,
        Lang::Zh,
        Lang::Vi,
        Lang::Hi,
        Lang::Ru,
        Lang::Ar,
        Lang::Fa,
        Lang::Fr,
        Lang::Pt,
        Lang::Th,
        Lang::Tr,
    ];

    /// The locale's place in [`Lang::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The BCP 47 tag, as used in `lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Es => "es",
            Lang::En => "en",
            Lang::Ko => "ko",
            Lang::Ja => "ja",
            Lang::Id => "id",
            Lang::Zh => "zh",
            Lang::Vi => "vi",
            Lang::Hi => "hi",
            Lang::Ru => "ru",
            Lang::Ar => "ar",
            Lang::Fa => "fa",
            Lang::Fr => "fr",
            Lang::Pt => "pt",
            Lang::Th => "th",
            Lang::Tr => "tr",
        }
    }

    /// The locale's own name, for the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Es => "Español",
            Lang::En => "English",
            Lang::Ko => "한국어",
            Lang::Ja => "日本語",
            Lang::Id => "Bahasa Indonesia",
            Lang::Zh => "中文",
            Lang::Vi => "Tiếng Việt",
            Lang::Hi => "हिन्दी",
            Lang::Ru => "Русский",
            Lang::Ar => "العربية",
            Lang::Fa => "فارسی",
            Lang::Fr => "Français",
            Lang::Pt => "Português",
            Lang::Th => "ไทย",
            Lang::Tr => "Türkçe",
        }
    }

    /// `rtl` for Arabic and Persian, `ltr` for the rest (`<html dir>`).
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// Whether the locale is written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar | Lang::Fa)
    }

    /// Parses one of the 15 codes (any case), as `lang=` takes them; anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim();
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(s))
    }

    /// Maps a language tag (`<html lang>` of a host page, `navigator.language`) to a locale:
    /// its primary subtag decides, so `zh-CN`, `zh-Hans-CN`, `pt-BR` and `es-419` are Chinese,
    /// Portuguese and Spanish. `None` when that language is not one of the 15.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Lang::parse(primary)
    }

    /// The locale for a browser's language, English when it is none of the 15.
    pub fn from_browser(tag: &str) -> Lang {
        Lang::from_tag(tag).unwrap_or(Lang::En)
    }

    /// The locales a text is looked up in, in order: the locale itself, then English.
    /// (A regional tag has already become its language in [`Lang::from_tag`].)
    pub fn fallbacks(self) -> impl Iterator<Item = Lang> {
        std::iter::once(self).chain((self != Lang::En).then_some(Lang::En))
    }
}

/// A text that is either the same in every locale (names, tickers, figures) or given per
/// locale. A localized text has at least Spanish and English (the export's two original
/// languages); the other locales are optional and fall back to English.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Text {
    /// The same text in every locale.
    Plain(String),
    /// One text per locale: `es` and `en` always, any of the other 13.
    Localized(BTreeMap<Lang, String>),
}

// Read by a small visitor rather than derived with `#[serde(untagged)]`, which buffers every
// value and tries each variant in turn: exports hold thousands of texts, this is the hot
// path of loading one, and the error can say what a text may be. (`untagged` stays above
// for serialising and for the JSON Schema.)
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        struct TextVisitor;

        impl<'de> serde::de::Visitor<'de> for TextVisitor {
            type Value = Text;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(
                    r#"a text: a string, or an object with "es" and "en" strings and any of the other locales (ko, ja, id, zh, vi, hi, ru, ar, fa, fr, pt, th, tr)"#,
                )
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::Plain(v.to_owned()))
            }

            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text::Plain(v))
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut texts = BTreeMap::new();
                while let Some(lang) = map.next_key::<Lang>()? {
                    let text: String = map.next_value()?;
                    if texts.insert(lang, text).is_some() {
                        return Err(serde::de::Error::custom(format_args!(
                            "duplicate locale `{}`",
                            lang.code()
                        )));
                    }
                }
                for needed in [Lang::Es, Lang::En] {
                    if !texts.contains_key(&needed) {
                        return Err(serde::de::Error::missing_field(needed.code()));
                    }
                }
                Ok(Text::Localized(texts))
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}

// The schema says what the reader above accepts: a string, or an object of the 15 locales
// with `es` and `en` required (a derived one would allow any key and require none).
#[cfg(not(target_arch = "wasm32"))]
impl JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let locales: serde_json::Map<String, serde_json::Value> = Lang::ALL
            .into_iter()
            .map(|l| (l.code().to_string(), serde_json::json!({ "type": "string" })))
            .collect();
        schemars::json_schema!({
            "description": "A text: the same in every locale (names, tickers, figures), or one per \
                locale with `es` and `en` always and any of the other 13 (a missing locale falls \
                back to English).",
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "properties": locales,
                    "required": ["es", "en"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

impl Default for Text {
    fn default() -> Text {
        Text::Plain(String::new())
    }
}

impl Text {
    /// A text given in Spanish and English only.
    pub fn es_en(es: impl Into<String>, en: impl Into<String>) -> Text {
        Text::Localized(BTreeMap::from([(Lang::Es, es.into()), (Lang::En, en.into())]))
    }

    /// The text in `lang`, or in the first of its [fallbacks](Lang::fallbacks) that has it.
    pub fn get(&self, lang: Lang) -> &str {
        self.resolve(lang).0
    }

    /// The text for `lang` and the locale it is actually in: `lang` itself, English when the
    /// text has no version in `lang` (the view marks it so), or `None` for a plain text,
    /// which is the same in every locale.
    pub fn resolve(&self, lang: Lang) -> (&str, Option<Lang>) {
        match self {
            Text::Plain(s) => (s, None),
            Text::Localized(m) => lang
                .fallbacks()
                .find_map(|l| m.get(&l).map(|s| (s.as_str(), Some(l))))
                // Unreachable for a read text (it has `en`); kept total for built ones.
                .or_else(|| m.iter().next().map(|(l, s)| (s.as_str(), Some(*l))))
                .unwrap_or(("", None)),
        }
    }

    /// Whether the text has its own version in `lang` (always, for a plain text).
    pub fn has(&self, lang: Lang) -> bool {
        match self {
            Text::Plain(_) => true,
            Text::Localized(m) => m.contains_key(&lang),
        }
    }

    /// Whether it is the empty plain text (the default: a text left out of the
    /// first-view file).
    pub fn is_empty(&self) -> bool {
        matches!(self, Text::Plain(s) if s.is_empty())
    }

    /// Every locale's version (one for plain text), for search and validation.
    pub fn all(&self) -> Vec<&str> {
        match self {
            Text::Plain(s) => vec![s.as_str()],
            Text::Localized(m) => m.values().map(String::as_str).collect(),
        }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Plain(s.to_owned())
    }
}
