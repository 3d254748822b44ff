//! URL state: lenient reading, canonical writing, round trips, and garbage input.

mod common;

use ai_landscape::domain::{ExplorerQuery, Lang, Sort, Theme, View};
use proptest::prelude::*;

#[test]
fn query_reads_every_parameter() {
    let q = ExplorerQuery::parse("?view=map&category=compute,cloud&chain=solana&q=gpu+cloud&sort=chains&project=io-net&compare=a,b&lang=es&theme=dark&embed=1");
    assert_eq!(q.view, View::Map);
    assert_eq!(q.categories, ["compute", "cloud"]);
    assert_eq!(q.chains, ["solana"]);
    assert_eq!(q.q, "gpu cloud");
    assert_eq!(q.sort, Sort::Chains);
    assert_eq!(q.project.as_deref(), Some("io-net"));
    assert_eq!(q.compare, ["a", "b"]);
    assert_eq!(q.lang, Some(Lang::Es));
    assert_eq!(q.theme, Some(Theme::Dark));
    assert!(q.embed);
}

#[test]
fn query_accepts_repeated_keys_and_collapses_duplicates() {
    let q = ExplorerQuery::parse("chain=solana&chain=ethereum,solana&CHAIN=Base");
    assert_eq!(q.chains, ["solana", "ethereum", "base"]);
}

#[test]
fn query_default_state_writes_an_empty_string() {
    assert_eq!(ExplorerQuery::default().to_query_string(), "");
    assert_eq!(
        ExplorerQuery::parse("view=cards&sort=name&embed=0").to_query_string(),
        ""
    );
}

#[test]
fn query_canonical_drops_unknown_values_resolves_aliases_and_orders() {
    let cat = common::catalog();
    let q = ExplorerQuery::parse("chain=nope,solana,ethereum&category=zzz,compute,cloud&project=lPAAL%20AI&compare=io-net,nope,io-net,akash-network&view=bogus");
    let c = q.canonical(&cat);
    assert_eq!(c.categories, ["cloud", "compute"]);
    let mut want = vec!["solana".to_string(), "ethereum".to_string()];
    want.sort_by_key(|c| cat.chain_rank(c));
    assert_eq!(c.chains, want, "known chains only, in the export's order");
    assert_eq!(c.project.as_deref(), Some("paal-ai"));
    assert_eq!(c.compare, ["io-net", "akash-network"]);
    assert_eq!(c.view, View::Cards);
}

#[test]
fn query_accepts_only_valid_accent_colours_and_backgrounds() {
    use ai_landscape::domain::query::parse_accent;
    assert_eq!(parse_accent("#FF6600").as_deref(), Some("#ff6600"));
    assert_eq!(parse_accent("f60").as_deref(), Some("#ff6600"));
    for bad in ["red", "#12345", "#ggg", "url(x)", "", "#1234567"] {
        assert_eq!(parse_accent(bad), None, "{bad}");
    }
    let q = ExplorerQuery::parse("embed=1&accent=%23FF6600&bg=transparent");
    assert_eq!(q.to_query_string(), "embed=1&accent=ff6600&bg=transparent");
    let q = ExplorerQuery::parse("accent=javascript:alert(1)&bg=red");
    assert_eq!(q.to_query_string(), "");
}

#[test]
fn query_encodes_search_text() {
    let mut q = ExplorerQuery::default();
    q.q = "a&b=c ñ".into();
    let s = q.to_query_string();
    assert_eq!(s, "q=a%26b%3Dc+%C3%B1");
    assert_eq!(ExplorerQuery::parse(&s).q, "a&b=c ñ");
}

#[test]
fn query_clips_huge_values() {
    let long = "x".repeat(100_000);
    let q = ExplorerQuery::parse(&format!("q={long}&chain={long}&project={long}"));
    assert_eq!(q.q.chars().count(), ai_landscape::domain::query::MAX_Q_CHARS);
    assert!(q.chains.is_empty());
    assert!(q.project.is_none());
}

fn catalog() -> &'static ai_landscape::domain::Catalog {
    static CATALOG: std::sync::OnceLock<ai_landscape::domain::Catalog> = std::sync::OnceLock::new();
    CATALOG.get_or_init(common::catalog)
}

fn arb_query() -> impl Strategy<Value = ExplorerQuery> {
    let id = "[a-z0-9]{1,8}(-[a-z0-9]{1,8})?";
    (
        prop::sample::select(View::ALL.to_vec()),
        prop::collection::vec(id, 0..4),
        (
            prop::collection::vec(id, 0..4),
            prop::collection::vec(id, 0..3),
            prop::collection::vec(id, 0..3),
        ),
        "[a-zA-Z0-9 áéñ&=,+%?#]{0,20}",
        prop::sample::select(Sort::ALL.to_vec()),
        prop::option::of(id),
        (prop::collection::vec(id, 0..6), any::<bool>()),
        prop::option::of(prop::sample::select(vec![Lang::Es, Lang::En])),
        prop::option::of(prop::sample::select(vec![Theme::Light, Theme::Dark])),
        (
            any::<bool>(),
            prop::option::of("[0-9a-f]{6}".prop_map(|h| format!("#{h}"))),
            any::<bool>(),
        ),
    )
        .prop_map(
            |(
                view,
                categories,
                (chains, statuses, events),
                q,
                sort,
                project,
                (compare, only_diff),
                lang,
                theme,
                (embed, accent, bg_transparent),
            )| {
                let dedup = |v: Vec<String>| {
                    let mut out: Vec<String> = Vec::new();
                    for x in v {
                        if !out.contains(&x) {
                            out.push(x);
                        }
                    }
                    out
                };
                ExplorerQuery {
                    view,
                    categories: dedup(categories),
                    chains: dedup(chains),
                    statuses: dedup(statuses),
                    events: dedup(events),
                    q: q.trim().to_string(),
                    sort,
                    project,
                    compare: dedup(compare),
                    only_diff,
                    lang,
                    theme,
                    embed,
                    accent,
                    bg_transparent,
                }
            },
        )
}

proptest! {
    #[test]
    fn query_round_trips(q in arb_query()) {
        let s = q.to_query_string();
        prop_assert_eq!(ExplorerQuery::parse(&s), q);
    }

    #[test]
    fn query_garbage_never_panics_and_canonical_is_stable(s in ".{0,300}") {
        let cat = catalog();
        let c = ExplorerQuery::parse(&s).canonical(cat);
        let again = ExplorerQuery::parse(&c.to_query_string()).canonical(cat);
        prop_assert_eq!(&again, &c);
        prop_assert!(c.compare.len() <= 6);
    }

    #[test]
    fn query_key_value_garbage_never_panics(pairs in prop::collection::vec(("(view|chain|category|q|sort|project|compare|diff|lang|theme|embed|x)", ".{0,40}"), 0..12)) {
        let cat = catalog();
        let s = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&");
        let c = ExplorerQuery::parse(&s).canonical(cat);
        prop_assert_eq!(ExplorerQuery::parse(&c.to_query_string()).canonical(cat), c);
    }
}

#[test]
fn query_accent_contrast_is_readable() {
    use ai_landscape::domain::query::accent_contrast;
    assert_eq!(accent_contrast("#ffff00"), "#000000");
    assert_eq!(accent_contrast("#1a237e"), "#ffffff");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 100_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// 100,000 random query strings: no panic, and the canonical form is a fixed point.
    #[test]
    fn query_fuzz_100k_random_strings(s in "[a-z=&,%0-9A-F+ ._<>\u{0}-\u{7f}é]{0,120}") {
        let cat = catalog();
        let c = ExplorerQuery::parse(&s).canonical(cat);
        let text = c.to_query_string();
        prop_assert_eq!(ExplorerQuery::parse(&text).canonical(cat).to_query_string(), text);
    }
}

#[test]
fn query_diff_is_kept_only_with_a_comparison() {
    let cat = catalog();
    let q = ExplorerQuery::parse("?view=compare&compare=io-net,akash-network,render-network&diff=1")
        .canonical(cat);
    assert!(q.only_diff);
    assert_eq!(
        q.to_query_string(),
        "view=compare&compare=io-net,akash-network,render-network&diff=1"
    );
    // Nothing to differ with fewer than two projects: dropped from the canonical URL.
    let one = ExplorerQuery::parse("?view=compare&compare=io-net&diff=1").canonical(cat);
    assert!(!one.only_diff);
    assert_eq!(one.to_query_string(), "view=compare&compare=io-net");
}

#[test]
fn query_not_found_names_what_a_link_asked_for_and_the_data_lacks() {
    let cat = catalog();
    let asked =
        ExplorerQuery::parse("?project=nope&chain=solana,zzz&category=agents,nada&compare=io-net,ghost");
    assert_eq!(
        asked.not_found(cat),
        vec![
            ("category", "nada".to_string()),
            ("chain", "zzz".to_string()),
            ("project", "nope".to_string()),
            ("compare", "ghost".to_string()),
        ]
    );
    // Aliases are found (old ids keep working).
    assert!(ExplorerQuery::parse("?project=lpaal-ai")
        .not_found(cat)
        .is_empty());
    assert_eq!(
        ai_landscape::domain::i18n::not_found_line(&asked.not_found(cat)[2..3], Lang::En),
        "Not found from the link: project “nope”"
    );
}
