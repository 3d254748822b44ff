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
    /// The article's own passages (`projects[].passage`, the blog's versions, not our
    /// translations, so neither in `texts` nor in `fallbacks`): projects with one, and those
    /// whose passage this locale's version has.
    pub passages: (usize, usize),
}

/// Every locale's coverage of `l`, in [`Lang::ALL`] order.
pub fn coverage(l: &Landscape) -> Vec<LocaleCoverage> {
    let mut texts: Vec<(String, Vec<Lang>)> = Vec::new();
    if let Ok(v) = serde_json::to_value(l) {
        collect(&v, String::new(), &mut texts);
    }
    let is_passage = |p: &str| p.starts_with("/projects/") && p.ends_with("/passage");
    let (passages, texts): (Vec<_>, Vec<_>) = texts.into_iter().partition(|(p, _)| is_passage(p));
    // The categories' headings are the article's versions' own words too.
    let texts: Vec<_> = texts
        .into_iter()
        .filter(|(p, _)| !p.ends_with("/article_heading"))
        .collect();
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
                passages: (passages.len(), passages.iter().filter(|(_, l)| has(l)).count()),
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

/// The CLDR plural categories a locale file may suffix a counted string's key with.
const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The keys of one interface locale file (`locales/<code>.json`), a counted string's plural
/// forms (`count_line_one`, `count_line_few`, … beside a `count_line_other` whose text names
/// `{{ count`) folded into its one key (`count_line`), each with the placeholders its forms
/// use (`{{ name }}` → `name`), sorted.
pub fn interface_keys(
    file: &str,
) -> Result<std::collections::BTreeMap<String, Vec<String>>, serde_json::Error> {
    let map: std::collections::BTreeMap<String, String> = serde_json::from_str(file)?;
    let mut keys = std::collections::BTreeMap::new();
    let counted = |base: &str| {
        map.get(&format!("{base}_other"))
            .is_some_and(|t| t.contains("{{ count"))
    };
    for (key, text) in &map {
        let base = match key.rsplit_once('_') {
            Some((base, cat)) if PLURAL_CATEGORIES.contains(&cat) && counted(base) => base,
            _ => key.as_str(),
        };
        let mut vars: Vec<String> = text
            .split("{{")
            .skip(1)
            .filter_map(|rest| rest.split_once("}}"))
            .map(|(var, _)| var.split(',').next().unwrap_or("").trim().to_string())
            .filter(|v| !v.is_empty())
            .collect();
        vars.sort();
        vars.dedup();
        let entry: &mut Vec<String> = keys.entry(base.to_string()).or_default();
        for v in vars {
            if !entry.contains(&v) {
                entry.push(v);
            }
        }
        entry.sort();
    }
    Ok(keys)
}

/// The interface's coverage of one locale against English: (keys English has, of them this
/// locale has with the same placeholders, the keys it lacks or words differently).
pub fn interface_coverage(
    en: &std::collections::BTreeMap<String, Vec<String>>,
    other: &std::collections::BTreeMap<String, Vec<String>>,
) -> (usize, usize, Vec<String>) {
    let missing: Vec<String> = en
        .iter()
        .filter(|(k, vars)| other.get(*k) != Some(*vars))
        .map(|(k, _)| k.clone())
        .collect();
    (en.len(), en.len() - missing.len(), missing)
}
