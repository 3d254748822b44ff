//! The blog's 15 locales: parsing `lang=` and host tags, the fallback chain of a text, the
//! export's texts per locale (read, cut for one reader, covered), and the per-locale
//! first-view and records files the build derives.

mod common;

use ai_landscape::domain::card::CardContent;
use ai_landscape::domain::locales::{coverage, keep_locale};
use ai_landscape::domain::model::{Lang, Text};
use ai_landscape::domain::query::ExplorerQuery;
use ai_landscape::domain::validate::parse_landscape;
use ai_landscape::domain::{first_view, first_view_path, records_path, Catalog};
use serde_json::json;

#[test]
fn lang_takes_the_blogs_15_codes_and_nothing_else() {
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(
        codes,
        ["es", "en", "ko", "ja", "id", "zh", "vi", "hi", "ru", "ar", "fa", "fr", "pt", "th", "tr"]
    );
    for l in Lang::ALL {
        assert_eq!(Lang::parse(l.code()), Some(l));
        assert_eq!(Lang::parse(&l.code().to_uppercase()), Some(l));
        assert_eq!(Lang::ALL[l.index()], l);
    }
    // `lang=` is exact: a regional tag or another language is not a locale of the URL.
    for bad in ["", "de", "zh-CN", "english", "e"] {
        assert_eq!(Lang::parse(bad), None, "{bad}");
    }
    assert_eq!(ExplorerQuery::parse("lang=ar").lang, Some(Lang::Ar));
    assert_eq!(ExplorerQuery::parse("lang=xx").lang, None);
}

#[test]
fn a_host_or_browser_tag_maps_to_its_language() {
    let cases = [
        ("zh-CN", Some(Lang::Zh)),
        ("zh-Hans-CN", Some(Lang::Zh)),
        ("pt-BR", Some(Lang::Pt)),
        ("es-419", Some(Lang::Es)),
        ("ar-EG", Some(Lang::Ar)),
        ("fa_IR", Some(Lang::Fa)),
        ("JA", Some(Lang::Ja)),
        ("de-DE", None),
        ("", None),
    ];
    for (tag, want) in cases {
        assert_eq!(Lang::from_tag(tag), want, "{tag}");
    }
    assert_eq!(Lang::from_browser("de-DE"), Lang::En);
    assert_eq!(Lang::from_browser("ko-KR"), Lang::Ko);
}

#[test]
fn arabic_and_persian_are_right_to_left() {
    let rtl: Vec<Lang> = Lang::ALL.into_iter().filter(|l| l.is_rtl()).collect();
    assert_eq!(rtl, [Lang::Ar, Lang::Fa]);
    assert_eq!(Lang::Ar.dir(), "rtl");
    assert_eq!(Lang::Ja.dir(), "ltr");
}

#[test]
fn a_text_falls_back_to_english_and_says_so() {
    assert_eq!(Lang::Ja.fallbacks().collect::<Vec<_>>(), [Lang::Ja, Lang::En]);
    assert_eq!(Lang::En.fallbacks().collect::<Vec<_>>(), [Lang::En]);
    let t: Text = serde_json::from_value(json!({"es": "hola", "en": "hello", "ja": "こんにちは"})).unwrap();
    assert_eq!(t.resolve(Lang::Ja), ("こんにちは", Some(Lang::Ja)));
    assert_eq!(t.resolve(Lang::Es), ("hola", Some(Lang::Es)));
    // No Arabic version: the English one, marked as English.
    assert_eq!(t.resolve(Lang::Ar), ("hello", Some(Lang::En)));
    assert!(!t.has(Lang::Ar));
    // A plain text is the same in every locale, never a fallback.
    let plain = Text::from("Ethereum");
    assert_eq!(plain.resolve(Lang::Ar), ("Ethereum", None));
    assert!(plain.has(Lang::Ar));
}

#[test]
fn the_old_two_language_texts_still_read_and_new_locales_are_checked() {
    // The `{es, en}` shape of every export so far is a text of the new format as it is.
    let old: Text = serde_json::from_value(json!({"es": "é", "en": "e"})).unwrap();
    assert_eq!(old, Text::es_en("é", "e"));
    let mut v = common::small_json();
    v["projects"][1]["summary"] = json!({"es": "é", "en": "e", "ko": "이", "ar": "ي"});
    parse_landscape("data/landscape.json", &v.to_string()).unwrap();
    // An unknown locale, and a text without its English, are located errors.
    v["projects"][1]["summary"] = json!({"es": "é", "en": "e", "de": "d"});
    let msg = parse_landscape("data/landscape.json", &v.to_string())
        .unwrap_err()
        .to_string();
    assert!(
        msg.contains("projects[1].summary") && msg.contains("unknown variant `de`"),
        "{msg}"
    );
    v["projects"][1]["summary"] = json!({"es": "é", "ja": "え"});
    let msg = parse_landscape("data/landscape.json", &v.to_string())
        .unwrap_err()
        .to_string();
    assert!(
        msg.contains("projects[1].summary") && msg.contains("missing field `en`"),
        "{msg}"
    );
}

#[test]
fn a_reader_gets_one_locale_in_the_first_view_and_the_records() {
    let full = common::landscape();
    assert!(
        Lang::ALL.iter().all(|l| full.has_locale(*l)),
        "the export carries every locale"
    );
    for lang in Lang::ALL {
        let first = first_view::derive_for(&full, lang).unwrap();
        let records = first_view::records_for(&full, lang).unwrap();
        for l in Lang::ALL {
            let wanted = l == lang || l == Lang::En || l == Lang::Es;
            assert_eq!(first.has_locale(l), wanted, "first view of {lang:?} has {l:?}");
            assert_eq!(records.has_locale(l), wanted, "records of {lang:?} have {l:?}");
        }
        // The same cards, in that locale, from the reader's file as from the export.
        let (a, b) = (Catalog::new(first), Catalog::new(full.clone()));
        for i in 0..b.projects().len() {
            let (x, y) = (CardContent::new(&a, i, lang), CardContent::new(&b, i, lang));
            assert_eq!((&x.summary, &x.categories), (&y.summary, &y.categories));
        }
        first_view::matches(&first_view::derive_for(&full, lang).unwrap(), &records).unwrap();
    }
    assert_eq!(first_view_path(Lang::Es), first_view_path(Lang::En));
    assert_eq!(first_view_path(Lang::Ja), "data/first-view.ja.json");
    assert_eq!(records_path(Lang::En), "data/landscape.es-en.json");
    assert_eq!(records_path(Lang::Ar), "data/landscape.ar.json");
}

#[test]
fn a_card_marks_a_summary_shown_in_english() {
    let mut v = common::small_json();
    v["projects"][1]["summary"] = json!({"es": "é", "en": "e", "ja": "え"});
    let cat = Catalog::new(parse_landscape("data/landscape.json", &v.to_string()).unwrap());
    let ja = CardContent::new(&cat, 1, Lang::Ja);
    assert_eq!((ja.summary.as_str(), ja.summary_fallback), ("え", None));
    let ar = CardContent::new(&cat, 1, Lang::Ar);
    assert_eq!((ar.summary.as_str(), ar.summary_fallback), ("e", Some(Lang::En)));
    // A plain summary is no fallback.
    assert_eq!(CardContent::new(&cat, 0, Lang::Ar).summary_fallback, None);
}

#[test]
fn coverage_counts_each_locale_and_names_its_fallbacks() {
    let mut v = common::small_json();
    v["projects"][1]["summary"] = json!({"es": "é", "en": "e", "ja": "え"});
    let l = parse_landscape("data/landscape.json", &v.to_string()).unwrap();
    let c = coverage(&l);
    let ja = c.iter().find(|c| c.lang == Lang::Ja).unwrap();
    // Three localized texts: a category name, a chain name and one summary.
    assert_eq!((ja.texts, ja.summaries), ((3, 1), (1, 1)));
    assert_eq!(ja.fallbacks, ["/categories/0/name", "/chains/1/name"]);
    let ar = c.iter().find(|c| c.lang == Lang::Ar).unwrap();
    assert_eq!((ar.texts, ar.fallbacks.len()), ((3, 0), 3));
    // The shipped export: every locale has every text.
    for c in coverage(&common::landscape()) {
        assert_eq!(c.texts.0, c.texts.1, "{:?}: {:?}", c.lang, c.fallbacks);
    }
}

#[test]
fn cutting_keeps_only_the_readers_versions_of_texts() {
    let mut v = json!({
        "name": {"es": "a", "en": "b", "ja": "c", "ar": "d"},
        "logo": {"file": "x.svg"},
        "list": [{"en": "only", "es": "solo", "ko": "k"}]
    });
    keep_locale(&mut v, Lang::Ar);
    assert_eq!(
        v,
        json!({"name": {"es": "a", "en": "b", "ar": "d"}, "logo": {"file": "x.svg"}, "list": [{"en": "only", "es": "solo"}]})
    );
}

#[test]
fn the_articles_passages_wait_for_the_records_and_keep_the_readers_version() {
    let full = common::landscape();
    let akash = |l: &ai_landscape::domain::Landscape| {
        l.projects
            .iter()
            .find(|p| p.id == "akash-network")
            .cloned()
            .unwrap()
    };
    let passage = akash(&full).passage.expect("the import gave Akash a passage");
    // The Japanese version's own words, as the blog writes them (data/article/ja.md).
    let (ja, shown) = passage.resolve(Lang::Ja);
    assert_eq!(shown, Some(Lang::Ja));
    assert!(
        ja.starts_with("Cosmos SDKに基づく分散型クラウドコンピューティングマーケットプレイス"),
        "{ja}"
    );
    // The Arabic version stops before ChainGPT: its passage falls back to the English original.
    let chaingpt = full.projects.iter().find(|p| p.id == "chaingpt").unwrap();
    assert_eq!(
        chaingpt.passage.as_ref().unwrap().resolve(Lang::Ar).1,
        Some(Lang::En)
    );
    // Not in the first view; in the reader's records file with its locale, English and Spanish.
    assert_eq!(
        akash(&first_view::derive_for(&full, Lang::Ja).unwrap()).passage,
        None
    );
    let records = akash(&first_view::records_for(&full, Lang::Ja).unwrap())
        .passage
        .unwrap();
    assert!(
        records.has(Lang::Ja) && records.has(Lang::En) && records.has(Lang::Es) && !records.has(Lang::Ko)
    );
    // Each version is listed with its provenance and how many projects it covers.
    let versions = &full.article.versions;
    assert_eq!(versions.len(), 15);
    let covers: Vec<(&str, usize)> = versions.iter().map(|v| (v.lang.code(), v.covers)).collect();
    assert!(
        covers.contains(&("ja", 42)) && covers.contains(&("ar", 14)) && covers.contains(&("en", 66)),
        "{covers:?}"
    );
    assert!(versions.iter().all(|v| v.source.starts_with("https://github.com/cuckoo-network/cuckoo/blob/68b9b30c40247ed4ee64bb7030aec78098464b6f/packages/home/")));
}

#[test]
fn the_map_offers_a_picture_the_build_draws() {
    use ai_landscape::domain::paths::landscape_picture;
    assert_eq!(landscape_picture(Lang::Es, "png"), "landscape-es.png");
    assert_eq!(landscape_picture(Lang::En, "svg"), "landscape-en.svg");
    // Pictures are drawn in Spanish and English only: no link to a file that is not there.
    assert_eq!(landscape_picture(Lang::Ja, "png"), "landscape-en.png");
}

#[test]
fn category_headings_are_each_versions_own_with_its_page_and_anchor() {
    let cat = common::catalog();
    let heading = |id: &str| cat.category(id).unwrap().article_heading.clone().unwrap();
    let compute = heading("compute");
    // The Korean version's own heading, a heading line of its file.
    assert_eq!(compute.get(Lang::Ko), "컴퓨팅 자원 마켓플레이스");
    let ko = std::fs::read_to_string("data/article/ko.md").unwrap();
    assert!(ko.lines().any(|l| l == "## 컴퓨팅 자원 마켓플레이스"));
    // The Japanese version stops after four sections: the fifth's heading is English.
    assert_eq!(heading("agents").resolve(Lang::Ja).1, Some(Lang::Ja));
    assert_eq!(
        heading("data").resolve(Lang::Ja),
        ("Data tokenization", Some(Lang::En))
    );
    // A heading read from an old export is the Spanish article's, for every locale.
    assert_eq!(Text::Plain("Juegos".into()).resolve(Lang::Ko), ("Juegos", None));
    // Each version's page on the blog, and the anchor Docusaurus gives the heading.
    let article = &cat.data().article;
    assert_eq!(
        article.url_in(Lang::Ko).as_deref(),
        Some("https://cuckoo.network/ko/blog/2024/05/11/decentralizing-ai-overview")
    );
    assert_eq!(article.url_in(Lang::Es), article.url);
    assert_eq!(article.url_in(Lang::En), article.original_url);
    use ai_landscape::domain::text::heading_anchor;
    assert_eq!(
        heading_anchor("Mercados de recursos de computación"),
        "mercados-de-recursos-de-computación"
    );
    assert_eq!(
        heading_anchor("Infrastructure-as-a-Service Cloud"),
        "infrastructure-as-a-service-cloud"
    );
    assert_eq!(heading_anchor("AIエージェント"), "aiエージェント");
    assert_eq!(heading_anchor("Agent (IA): ¿qué?"), "agent-ia-qué");
}
