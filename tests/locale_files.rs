//! The interface's locale files (`locales/<code>.json`, read by leptos_i18n at build time):
//! every locale has every key with the same placeholders, and the counted strings follow
//! each language's plural rules and digits.

use std::collections::BTreeMap;

use ai_landscape::domain::i18n::{count_line, projects_count, tr};
use ai_landscape::domain::locales::{interface_coverage, interface_keys};
use ai_landscape::domain::Lang;

fn keys(lang: Lang) -> BTreeMap<String, Vec<String>> {
    let path = format!("{}/locales/{}.json", env!("CARGO_MANIFEST_DIR"), lang.code());
    let file = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    interface_keys(&file).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_locale_file_has_every_key_with_its_placeholders() {
    let en = keys(Lang::En);
    assert!(en.len() > 150, "English has {} keys", en.len());
    assert_eq!(en["count_line"], ["count", "shown"]);
    for lang in Lang::ALL {
        let (total, have, missing) = interface_coverage(&en, &keys(lang));
        assert_eq!(
            (have, &missing),
            (total, &Vec::<String>::new()),
            "locales/{}.json",
            lang.code()
        );
    }
}

#[test]
fn a_missing_key_or_placeholder_is_named() {
    let en = interface_keys(
        r#"{"a": "A", "b": "B {{ name }}", "n_one": "{{ count }} x", "n_other": "{{ count }} xs"}"#,
    )
    .unwrap();
    let other = interface_keys(r#"{"b": "B", "n": "{{ count }} x"}"#).unwrap();
    assert_eq!(
        interface_coverage(&en, &other),
        (3, 1, vec!["a".to_string(), "b".to_string()])
    );
}

#[test]
fn russian_has_three_plural_forms_for_whole_numbers() {
    let ru: Vec<String> = [1, 3, 5, 21, 22, 25, 111]
        .map(|n| projects_count(n, Lang::Ru))
        .into();
    assert_eq!(
        ru,
        [
            "1 проект",
            "3 проекта",
            "5 проектов",
            "21 проект",
            "22 проекта",
            "25 проектов",
            "111 проектов"
        ]
    );
    assert_eq!(count_line(12, 66, Lang::Ru), "12 из 66 проектов");
    assert_eq!(count_line(21, 21, Lang::Ru), "21 из 21 проекта");
}

#[test]
fn arabic_has_six_plural_forms() {
    let ar: Vec<String> = [0, 1, 2, 3, 11, 100].map(|n| projects_count(n, Lang::Ar)).into();
    assert_eq!(
        ar,
        [
            "لا مشاريع",
            "مشروع واحد",
            "مشروعان",
            "3 مشاريع",
            "11 مشروعًا",
            "100 مشروع"
        ]
    );
}

#[test]
fn numbers_follow_the_locale() {
    assert_eq!(projects_count(25_000, Lang::En), "25,000 projects");
    assert_eq!(projects_count(25_000, Lang::Es), "25.000 proyectos");
    assert_eq!(projects_count(25_000, Lang::Fa), "۲۵٬۰۰۰ پروژه");
    assert_eq!(
        count_line(2_500, 2_500, Lang::Fr),
        "2\u{202f}500 sur 2\u{202f}500 projets"
    );
}

#[test]
fn a_locale_with_one_form_still_counts_in_its_own_words() {
    assert_eq!(count_line(12, 66, Lang::Ja), "66件中12件のプロジェクト");
    assert_eq!(tr(Lang::Ja).search_label, "プロジェクトを検索");
    assert_eq!(tr(Lang::Ar).close, "إغلاق");
}
