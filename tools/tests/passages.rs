//! `import::passages` against the reviewed output of `research/i18n/article/map.py`
//! (`sentences.json`) on the 15 language versions of the article, and on small fixtures.

use std::collections::BTreeMap;
use std::path::PathBuf;

use landscape_tools::import::passages::{passages, LocalePassages, Passage, ProjectNames};
use serde_json::Value;

const LOCALES: [&str; 15] = [
    "en", "es", "ko", "ja", "id", "zh", "vi", "hi", "ru", "ar", "fa", "fr", "pt", "th", "tr",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(rel: &str) -> String {
    let path = root().join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The article's version in `code`: Spanish is `data/article.es.md`, the others `data/article/<code>.md`.
fn article(code: &str) -> String {
    match code {
        "es" => read("data/article.es.md"),
        _ => read(&format!("data/article/{code}.md")),
    }
}

fn export_projects() -> Vec<Value> {
    let export: Value = serde_json::from_str(&read("data/landscape.json")).expect("landscape.json");
    export["projects"].as_array().expect("projects").clone()
}

fn names(projects: &[Value]) -> Vec<ProjectNames<'_>> {
    projects
        .iter()
        .map(|p| {
            let aliases = p["aliases"].as_array().into_iter().flatten();
            let names = std::iter::once(&p["name"])
                .chain(aliases)
                .filter_map(Value::as_str)
                .collect();
            ProjectNames {
                id: p["id"].as_str().expect("id"),
                names,
            }
        })
        .collect()
}

#[test]
fn every_locale_gives_the_passages_of_sentences_json() {
    let reference: Value = serde_json::from_str(&read("research/i18n/article/sentences.json")).expect("json");
    let projects = export_projects();
    let projects = names(&projects);
    let english = article("en");
    for code in LOCALES {
        let got = passages(&article(code), &english, &projects);
        let want: BTreeMap<String, Passage> = reference[code]
            .as_object()
            .unwrap_or_else(|| panic!("{code} missing from sentences.json"))
            .iter()
            .map(|(id, e)| {
                let passage = Passage {
                    name_in_article: e["name_in_article"].as_str().unwrap().to_string(),
                    text: e["text"].as_str().unwrap().to_string(),
                    line: e["line"].as_u64().unwrap() as usize,
                };
                (id.clone(), passage)
            })
            .collect();
        for (id, w) in &want {
            assert_eq!(got.found.get(id), Some(w), "{code}: {id}");
        }
        let extra: Vec<&String> = got.found.keys().filter(|id| !want.contains_key(*id)).collect();
        assert!(extra.is_empty(), "{code}: not in sentences.json: {extra:?}");
    }
}

#[test]
fn coverage_counts_per_locale() {
    let projects = export_projects();
    let projects = names(&projects);
    let english = article("en");
    let counts: Vec<(&str, usize)> = LOCALES
        .iter()
        .map(|&code| (code, passages(&article(code), &english, &projects).found.len()))
        .collect();
    let expected = [
        ("en", 66),
        ("es", 66),
        ("ko", 66),
        ("ja", 42),
        ("id", 66),
        ("zh", 34),
        ("vi", 27),
        ("hi", 66),
        ("ru", 27),
        ("ar", 14),
        ("fa", 66),
        ("fr", 66),
        ("pt", 66),
        ("th", 66),
        ("tr", 66),
    ];
    assert_eq!(counts, expected);
}

fn fixture_projects() -> Vec<ProjectNames<'static>> {
    [
        ("akash-network", vec!["Akash Network"]),
        ("ritual", vec!["Ritual"]),
        ("io-net", vec!["io.net"]),
        ("morpheus", vec!["Morpheus", "Morpheus AI"]),
        ("cuckoo-ai", vec!["Cuckoo AI", "Cuckoo Network"]),
    ]
    .into_iter()
    .map(|(id, names)| ProjectNames { id, names })
    .collect()
}

fn text_of<'a>(r: &'a LocalePassages, id: &str) -> Option<&'a str> {
    r.found.get(id).map(|p| p.text.as_str())
}

const ENGLISH: &str = "---\ntitle: Fixture\n---\n\n## Compute\n\n\
- **Akash Network**: A compute market.\n\
- **Ritual**: An inference network.\n\
- **io.net**: A GPU cloud.\n";

#[test]
fn a_latin_name_in_a_translation_is_matched_by_name() {
    let spanish = "## Cómputo\n\n\
- **AKASH network** — Un mercado de cómputo.\n\
- __Cúckoo Network__: La red de Cuckoo.\n\
- Ritual: Una red de inferencia.\n\
\n\
Texto suelto sobre Ritual y io.net.\n";
    let r = passages(spanish, ENGLISH, &fixture_projects());
    assert_eq!(
        r.found.get("akash-network"),
        Some(&Passage {
            name_in_article: "AKASH network".into(),
            text: "Un mercado de cómputo.".into(),
            line: 3
        })
    );
    assert_eq!(r.found["cuckoo-ai"].name_in_article, "Cúckoo Network");
    assert_eq!(text_of(&r, "ritual"), Some("Una red de inferencia."));
    // Named only in running text: not a passage.
    assert_eq!(text_of(&r, "io-net"), None);
    assert_eq!(r.passages_found, 3);
}

#[test]
fn a_name_in_another_script_is_attributed_by_position_when_the_shape_matches() {
    let hindi = "## कंप्यूट\n\n\
- **Akash Network**: एक कंप्यूट बाज़ार।\n\
- **रिचुअल**: एक इन्फ़रेंस नेटवर्क।\n\
- **आईओ.नेट**: एक GPU क्लाउड।\n";
    let r = passages(hindi, ENGLISH, &fixture_projects());
    assert_eq!(text_of(&r, "akash-network"), Some("एक कंप्यूट बाज़ार।"));
    assert_eq!(r.found["ritual"].name_in_article, "रिचुअल");
    assert_eq!(r.found["ritual"].line, 4);
    // Same dot as "io.net": attributed too.
    assert_eq!(text_of(&r, "io-net"), Some("एक GPU क्लाउड।"));
    assert!(r.unattributed.is_empty(), "{:?}", r.unattributed);
    assert_eq!(r.notes.len(), 2, "{:?}", r.notes);
}

#[test]
fn a_name_in_another_script_is_not_attributed_when_digits_or_dots_differ() {
    let hindi = "## कंप्यूट\n\n\
- **Akash Network**: एक कंप्यूट बाज़ार।\n\
- **रिचुअल**: एक इन्फ़रेंस नेटवर्क।\n\
- **आईओनेट**: एक GPU क्लाउड।\n";
    let r = passages(hindi, ENGLISH, &fixture_projects());
    assert!(r.found.contains_key("ritual"));
    assert!(!r.found.contains_key("io-net"));
    assert_eq!(r.unattributed.len(), 1, "{:?}", r.unattributed);
    assert!(
        r.unattributed[0].contains("digits/dots differ"),
        "{:?}",
        r.unattributed
    );
}

#[test]
fn a_name_in_another_script_is_not_attributed_when_the_list_shape_differs() {
    // The same items, but split into two lists: the runs differ from the English file's.
    let split = "## कंप्यूट\n\n\
- **Akash Network**: एक कंप्यूट बाज़ार।\n\
\n\
कुछ और पाठ।\n\
\n\
Some more text.\n\
\n\
- **रिचुअल**: एक इन्फ़रेंस नेटवर्क।\n\
- **आईओ.नेट**: एक GPU क्लाउड।\n";
    let r = passages(split, ENGLISH, &fixture_projects());
    assert_eq!(r.found.keys().collect::<Vec<_>>(), ["akash-network"]);
    assert_eq!(r.unattributed.len(), 2);
    assert!(
        r.unattributed.iter().all(|u| u.contains("list shape differs")),
        "{:?}",
        r.unattributed
    );

    // The right shape, but a name-matched item away from its English position.
    let moved = "## कंप्यूट\n\n\
- **रिचुअल**: एक इन्फ़रेंस नेटवर्क।\n\
- **Akash Network**: एक कंप्यूट बाज़ार।\n\
- **आईओ.नेट**: एक GPU क्लाउड।\n";
    let r = passages(moved, ENGLISH, &fixture_projects());
    assert_eq!(r.found.keys().collect::<Vec<_>>(), ["akash-network"]);
    assert!(
        r.unattributed
            .iter()
            .all(|u| u.contains("not at the English position")),
        "{:?}",
        r.unattributed
    );
}

#[test]
fn the_first_of_two_passages_wins() {
    let text = "- **Morpheus**: The first passage.\n\
- **Ritual**: Inference.\n\
\n\
## Again\n\n\
- **Morpheus AI**: The second passage.\n";
    let r = passages(text, text, &fixture_projects());
    assert_eq!(r.found["morpheus"].text, "The first passage.");
    assert_eq!(r.found["morpheus"].line, 1);
    assert_eq!(r.passages_found, 3);
    assert!(
        r.notes
            .iter()
            .any(|n| n.contains("second passage for `morpheus` at line 6")),
        "{:?}",
        r.notes
    );
}

#[test]
fn a_plain_paragraph_between_items_continues_the_item_before_it() {
    let thai = "- **Ritual**: เครือข่ายอนุมานแบบกระจายศูนย์ที่ใช้ งานได้ที่ เ\n\
\n\
ป็นระบบ\n\
\n\
- **Akash Network**: ตลาดประมวลผล แบบ\n\
\n\
เปิด\n\
\n\
- **io.net**: คลาวด์ GPU\n";
    let r = passages(thai, thai, &fixture_projects());
    assert_eq!(
        text_of(&r, "ritual"),
        Some("เครือข่ายอนุมานแบบกระจายศูนย์ที่ใช้ งานได้ที่ เป็นระบบ")
    );
    assert_eq!(text_of(&r, "akash-network"), Some("ตลาดประมวลผล แบบ เปิด"));
    assert_eq!(r.found["akash-network"].line, 5);
    assert_eq!(r.passages_found, 3);
}
