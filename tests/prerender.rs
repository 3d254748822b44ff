//! The prerendered first view that `cargo xtask build` writes into index.html.

mod common;

use ai_landscape::domain::prerender::{escape, first_view, fragment, GUARD_SCRIPT};
use ai_landscape::domain::progressive::FIRST_PAINT;
use ai_landscape::domain::{parse_landscape, Catalog, Filters, Lang, Sort};

fn card_ids(html: &str) -> Vec<String> {
    html.split(r#"<article class="card" data-project=""#)
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].to_string())
        .collect()
}

#[test]
fn both_languages_show_the_first_cards_in_name_order() {
    let cat = common::catalog();
    let expected: Vec<String> = cat
        .filter(&Filters::default(), Sort::Name)
        .into_iter()
        .take(FIRST_PAINT)
        .map(|i| cat.projects()[i].id.clone())
        .collect();
    for (lang, count) in [(Lang::En, "66 of 66 projects"), (Lang::Es, "66 de 66 proyectos")] {
        let html = first_view(&cat, lang);
        assert_eq!(card_ids(&html), expected, "{lang:?}");
        assert!(html.contains(count), "{lang:?}");
        assert!(html.contains(r#"inert="""#) && html.contains(r#"aria-busy="true""#));
        // One id, its own: none that could clash with the app's (#content, #search, open-…).
        assert_eq!(html.matches(" id=\"").count(), 1);
        assert!(html.contains(&format!(r#"id="prerender-{}""#, lang.code())));
    }
}

#[test]
fn the_fragment_has_one_script_the_guard() {
    let html = fragment(&common::catalog());
    assert_eq!(html.matches("<script").count(), 1);
    assert!(html.ends_with(&format!("<script>{GUARD_SCRIPT}</script>")));
    assert!(!GUARD_SCRIPT.contains("</"));
}

#[test]
fn text_from_the_export_is_escaped() {
    assert_eq!(escape(r#"<b a="x">&'"#), "&lt;b a=&quot;x&quot;&gt;&amp;&#39;");
    let mut json = common::small_json();
    let p = &mut json["projects"][0];
    p["name"] = "<img src=x onerror=alert(1)> & Co".into();
    p["summary"] = r#"<script>alert("x")</script>"#.into();
    let cat = Catalog::new(parse_landscape("t.json", &json.to_string()).expect("valid fixture"));
    let html = first_view(&cat, Lang::En);
    assert!(!html.contains("<img") && !html.contains("<script"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; Co"));
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
}

#[test]
fn prerender_card_of_the_publishers_project_has_the_disclosure() {
    let mut l = common::landscape();
    l.projects
        .retain(|p| p.id == "cuckoo-ai" || p.id == "akash-network");
    let cat = Catalog::new(l);
    let en = first_view(&cat, Lang::En);
    assert_eq!(en.matches(r#"data-disclosure="publisher""#).count(), 1);
    assert!(en.contains(
        r#"<p class="card__disclosure" data-disclosure="publisher">Disclosure: Cuckoo Network, the article&#39;s publisher, runs this project.</p><p class="card__summary">"#
    ));
    let es = first_view(&cat, Lang::Es);
    assert!(es.contains("Aviso: Cuckoo Network, editor del artículo, gestiona este proyecto."));
}
