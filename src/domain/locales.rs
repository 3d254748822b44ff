//! The export's texts per locale: cutting an export to the locales one reader reads (the
//! first-view and records files of `cargo xtask build`), and how much of it each locale
//! covers (`cargo xtask data check`).
//!
//! Both work on the serialised export, where a localized text is an object whose keys are
//! all locale codes (the only such objects of the format), so they reach every text of
//! the model without naming its fields.

use serde_json::Value;

use super::model::{Landscape, Lang};

/// Whether `map` is a localized text: non-empty, every key a locale and every value a string.
fn is_text(map: &serde_json::Map<String, Value>) -> bool {
    map.contains_key(Lang::En.code()) && map.iter().all(|(k, v)| Lang::parse(k).is_some() && v.is_string())
}

/// Cuts every text of a serialised export to `lang`, English (the fallback) and Spanish
/// (which a text of the format always has).
pub fn keep_locale(v: &mut Value, lang: Lang) {
    match v {
        Value::Object(map) if is_text(map) => {
            map.retain(|k, _| Lang::parse(k).is_some_and(|l| l == lang || l == Lang::En || l == Lang::Es));
        }
        Value::Object(map) => map.values_mut().for_each(|v| keep_locale(v, lang)),
        Value::Array(items) => items.iter_mut().for_each(|v| keep_locale(v, lang)),
        _ => {}
    }
}

/// How much of an export's text one locale has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocaleCoverage {
    pub lang: Lang,
    /// Localized texts, and those with this locale's own version.
    pub texts: (usize, usize),
    /// Project summaries, and those with this locale's own version.
    pub summaries: (usize, usize),
    /// Where the locale falls back to English (JSON pointers, in the export's order).
    pub fallbacks: Vec<String>,
}

/// Every locale's coverage of `l`, in [`Lang::ALL`] order.
pub fn coverage(l: &Landscape) -> Vec<LocaleCoverage> {
    let mut texts: Vec<(String, Vec<Lang>)> = Vec::new();
    if let Ok(v) = serde_json::to_value(l) {
        collect(&v, String::new(), &mut texts);
    }
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let has = |langs: &Vec<Lang>| langs.contains(&lang);
            let summaries: Vec<_> = texts
                .iter()
                .filter(|(p, _)| p.starts_with("/projects/") && p.ends_with("/summary"))
                .collect();
            LocaleCoverage {
                lang,
                texts: (texts.len(), texts.iter().filter(|(_, l)| has(l)).count()),
                summaries: (summaries.len(), summaries.iter().filter(|(_, l)| has(l)).count()),
                fallbacks: texts
                    .iter()
                    .filter(|(_, l)| !has(l))
                    .map(|(p, _)| p.clone())
                    .collect(),
            }
        })
        .collect()
}

fn collect(v: &Value, at: String, out: &mut Vec<(String, Vec<Lang>)>) {
    match v {
        Value::Object(map) if is_text(map) => {
            out.push((at, map.keys().filter_map(|k| Lang::parse(k)).collect()));
        }
        Value::Object(map) => {
            for (k, v) in map {
                collect(v, format!("{at}/{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                collect(v, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}
