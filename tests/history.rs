//! What became of each project: the status derivation (one case per kind), the card's
//! line, the history's validation with located messages, the `status=` / `view=timeline`
//! URLs, and the shipped export's history read through all of them.

mod common;

use ai_landscape::domain::first_view;
use ai_landscape::domain::history::{card_line, status, statuses, CardLine, Date, Status};
use ai_landscape::domain::model::{Event, EventKind, Fact, LastSeen, Project};
use ai_landscape::domain::query::{ExplorerQuery, View};
use ai_landscape::domain::validate::parse_landscape;
use ai_landscape::domain::{Filters, Sort};
use serde_json::{json, Value};

const AS_OF: Option<&str> = Some("2026-12-07");

fn event(date: &str, kind: EventKind, other: Option<&str>) -> Event {
    Event {
        date: date.into(),
        kind,
        other_side: other.map(String::from),
        ..Event::default()
    }
}

fn project(events: Vec<Event>) -> Project {
    Project {
        id: "p".into(),
        events,
        ..Project::default()
    }
}

#[test]
fn status_of_each_kind() {
    use EventKind::*;
    let s = |events: Vec<Event>| status(&project(events), AS_OF);
    assert_eq!(
        s(vec![event("2026-03", Mainnet, None)]),
        Status::Active,
        "a recent mainnet is a sign of life"
    );
    assert_eq!(s(vec![event("2026-01-04", TokenLaunch, None)]), Status::Active);
    assert_eq!(
        s(vec![event("2026", Other, None)]),
        Status::Active,
        "a bare year counts from 1 January"
    );
    assert_eq!(
        s(vec![event("2025-12-06", Other, None)]),
        Status::Unknown,
        "13 months before is too old"
    );
    assert_eq!(
        s(vec![event("2025", TokenMigrated, None)]),
        Status::Unknown,
        "2025 may be January 2025"
    );
    assert_eq!(s(vec![event("2026-05", TokenMigrated, None)]), Status::Active);
    assert_eq!(s(vec![event("2026-05", ChainMoved, None)]), Status::Active);
    assert_eq!(
        s(vec![event("2024-04", Merged, Some("ASI Alliance"))]),
        Status::Merged
    );
    assert_eq!(
        s(vec![event("2024-04", Acquired, Some("Big Co"))]),
        Status::Merged
    );
    assert_eq!(
        s(vec![
            event("2024-03", Merged, Some("ASI Alliance")),
            event("2025-10", Left, Some("ASI Alliance"))
        ]),
        Status::Unknown,
        "a project that left is no longer merged, and 2025-10 is too old to be active"
    );
    assert_eq!(
        s(vec![
            event("2024-03", Merged, Some("ASI Alliance")),
            event("2026-10", Left, Some("ASI Alliance"))
        ]),
        Status::Active
    );
    assert_eq!(
        s(vec![
            event("2025-07", ShutDown, None),
            event("2026-02", Other, None)
        ]),
        Status::Inactive
    );
    assert_eq!(s(vec![event("2025-05", Renamed, None)]), Status::Renamed);
    assert_eq!(s(vec![]), Status::Unknown);
    // A current name alone (`now`) is a rename; a dated last_seen is a sign of life.
    let mut p = project(vec![]);
    p.now = Some(Fact {
        value: "New".into(),
        ..Fact::default()
    });
    assert_eq!(status(&p, AS_OF), Status::Renamed);
    let mut p = project(vec![]);
    p.last_seen = Some(LastSeen {
        date: "2026-08-20".into(),
        ..LastSeen::default()
    });
    assert_eq!(status(&p, AS_OF), Status::Active);
    assert_eq!(status(&p, None), Status::Unknown, "no as-of date, no active");
    assert_eq!(status(&p, Some("2027-08-20")), Status::Active);
    assert_eq!(status(&p, Some("2027-08-21")), Status::Unknown);
}

#[test]
fn a_status_index_is_its_place_in_all() {
    for (k, s) in Status::ALL.into_iter().enumerate() {
        assert_eq!(s.index(), k);
        assert_eq!(Status::parse(s.code()), Some(s));
    }
}

#[test]
fn dates_are_years_months_or_days() {
    assert_eq!(Date::parse("2024").unwrap().first_day(), (2024, 1, 1));
    assert_eq!(Date::parse("2024-05").unwrap().last_day(), (2024, 5, 31));
    assert!(Date::parse("2024-02-29").is_some());
    for bad in [
        "2023-02-29",
        "2024-13",
        "2024-00",
        "24",
        "2024-5",
        "2024-05-1",
        "May 2024",
        "",
        "2024-05-11-1",
        "0999",
    ] {
        assert!(Date::parse(bad).is_none(), "{bad}");
    }
}

#[test]
fn card_lines_say_what_changed_and_stay_quiet_otherwise() {
    use EventKind::*;
    let published = Some("2024-05-11");
    let p = project(vec![
        event("2024-04", Merged, Some("ASI Alliance")),
        event("2024-07-01", TokenMigrated, None),
    ]);
    assert_eq!(
        card_line(&p, published),
        Some(CardLine::Change {
            kind: Merged,
            other: Some("ASI Alliance"),
            year: "2024"
        })
    );
    let p = project(vec![
        event("2024-03", Merged, Some("ASI Alliance")),
        event("2025-10", Left, Some("ASI Alliance")),
    ]);
    assert_eq!(
        card_line(&p, published),
        Some(CardLine::Change {
            kind: Left,
            other: Some("ASI Alliance"),
            year: "2025"
        })
    );
    // A change before the article is not news; launches are not changes.
    assert_eq!(
        card_line(&project(vec![event("2023-11", TokenMigrated, None)]), published),
        None
    );
    assert_eq!(
        card_line(
            &project(vec![event("2025-01", Mainnet, None), event("2026", Other, None)]),
            published
        ),
        None
    );
    let mut p = project(vec![event("2023", Renamed, None)]);
    p.now = Some(Fact {
        value: "Olas".into(),
        ..Fact::default()
    });
    assert_eq!(card_line(&p, published), Some(CardLine::Now(&"Olas".into())));
    let p = project(vec![event("2025-02", ShutDown, None)]);
    assert_eq!(
        card_line(&p, published),
        Some(CardLine::Change {
            kind: ShutDown,
            other: None,
            year: "2025"
        })
    );
}

// --- validation ---------------------------------------------------------------------

fn with_events(events: Value) -> Value {
    let mut v = common::small_json();
    v["status_as_of"] = json!("2026-12-07");
    v["projects"][0]["events"] = events;
    v
}

fn message(v: &Value) -> String {
    let e = parse_landscape("data/landscape.json", &v.to_string()).expect_err("must be rejected");
    let m = e.to_string();
    assert!(m.starts_with("data/landscape.json"), "{m}");
    m
}

fn ok_event() -> Value {
    json!({"date": "2025-10", "kind": "left", "text": {"es": "Salió.", "en": "Left."},
           "other_side": "ASI Alliance", "source": "https://example.org/post", "quote": "we leave"})
}

#[test]
fn a_valid_history_passes() {
    let mut v = with_events(json!([ok_event()]));
    v["projects"][0]["last_seen"] =
        json!({"date": "2026-08-20", "source": "https://example.org/r", "quote": "v2"});
    v["projects"][0]["chains"][0]["until"] = json!("2023-11");
    parse_landscape("data/landscape.json", &v.to_string()).unwrap();
}

#[test]
fn validation_locates_each_history_problem() {
    let cases: Vec<(Value, &str)> = vec![
        (
            json!([{ "date": "October 2025" }]),
            "project `io-net`: field `events[0].date`: `October 2025` is not a date",
        ),
        (json!([{ "date": "2025-02-30" }]), "`2025-02-30` is not a date"),
        (
            json!([{ "date": "2027-01" }]),
            "field `events[0].date`: `2027-01` is in the future",
        ),
        (
            json!([{ "other_side": null }]),
            "field `events[0].other_side` is missing: a `left` event names the other side",
        ),
        (
            json!([{ "other_side": "no-such-project" }]),
            "unknown project `no-such-project`",
        ),
        (json!([{ "source": null }]), "missing field `events[0].source`"),
        (json!([{ "quote": null }]), "missing field `events[0].quote`"),
        (json!([{ "text": "" }]), "field `events[0].text` is empty"),
        (
            json!([{}, { "date": "2024-01" }]),
            "field `events[1].date`: `2024-01` comes before the previous event's `2025-10`",
        ),
        (
            json!([{ "kind": "renamed", "other_side": null }]),
            "a rename needs the new name in `now`",
        ),
    ];
    for (patches, want) in cases {
        let events: Vec<Value> = patches
            .as_array()
            .unwrap()
            .iter()
            .map(|patch| {
                let mut e = ok_event();
                for (k, v) in patch.as_object().unwrap() {
                    if v.is_null() {
                        e.as_object_mut().unwrap().remove(k);
                    } else {
                        e[k] = v.clone();
                    }
                }
                e
            })
            .collect();
        let m = message(&with_events(Value::Array(events)));
        assert!(m.contains(want), "want {want:?} in:\n{m}");
    }
}

#[test]
fn an_unknown_kind_is_located_by_line_column_and_path() {
    let mut e = ok_event();
    e["kind"] = json!("exploded");
    let m = message(&with_events(json!([e])));
    assert!(m.contains("unknown variant `exploded`"), "{m}");
    assert!(m.contains("projects[0].events[0].kind"), "{m}");
    assert!(m.contains("line 1"), "{m}");
}

#[test]
fn last_seen_and_former_chains_are_checked() {
    let mut v = with_events(json!([]));
    v["projects"][0]["last_seen"] = json!({"date": "2026-08", "source": "https://example.org/r"});
    assert!(message(&v).contains("field `last_seen.date`: `2026-08` is not a full date"));
    v["projects"][0]["last_seen"] = json!({"date": "2026-08-20"});
    assert!(message(&v).contains("missing field `last_seen.source`"));
    let mut v = with_events(json!([]));
    v["projects"][0]["chains"][0]["until"] = json!("soon");
    assert!(message(&v).contains("field `chains[0].until`: `soon` is not a date"));
    let mut v = with_events(json!([]));
    v["status_as_of"] = json!("2026-12");
    assert!(message(&v).contains("status_as_of: `2026-12` is not a date"));
}

// --- URLs -----------------------------------------------------------------------------

#[test]
fn status_and_timeline_round_trip_through_the_url() {
    let cat = common::catalog();
    let q = ExplorerQuery::parse("?view=timeline&status=merged,renamed&event=left,merged");
    assert_eq!(q.view, View::Timeline);
    let c = q.canonical(&cat);
    // Values in their canonical order.
    assert_eq!(c.statuses, vec!["renamed", "merged"]);
    assert_eq!(c.events, vec!["merged", "left"]);
    assert_eq!(
        c.to_query_string(),
        "view=timeline&status=renamed,merged&event=merged,left"
    );
    assert_eq!(ExplorerQuery::parse(&c.to_query_string()).canonical(&cat), c);
}

#[test]
fn garbage_status_values_are_dropped_and_named() {
    let cat = common::catalog();
    let q = ExplorerQuery::parse("?status=MERGED,zombie,<b>x</b>&event=exploded");
    let c = q.canonical(&cat);
    assert_eq!(c.statuses, vec!["merged"]);
    assert!(c.events.is_empty());
    assert_eq!(c.to_query_string(), "status=merged");
    let dropped = q.not_found(&cat);
    assert!(dropped.contains(&("status", "zombie".into())), "{dropped:?}");
    assert!(dropped.contains(&("event", "exploded".into())), "{dropped:?}");
}

#[test]
fn the_timeline_has_a_page_in_both_languages() {
    let en = ExplorerQuery::from_page_path("timeline/").unwrap();
    assert_eq!(en.view, View::Timeline);
    assert_eq!(en.page_path().as_deref(), Some("timeline/"));
    let es = ExplorerQuery::from_page_path("es/timeline/index.html").unwrap();
    assert_eq!(es.page_path().as_deref(), Some("es/timeline/"));
}

// --- the shipped export ---------------------------------------------------------------

#[test]
fn the_export_tells_what_became_of_the_projects() {
    let cat = common::catalog();
    let l = cat.data();
    assert_eq!(l.article.published.as_deref(), Some("2024-05-11"));
    assert!(l.status_as_of.is_some());
    let st = |id: &str| cat.status(cat.resolve_index(id).unwrap());
    assert_eq!(st("fetch-ai"), Status::Merged);
    assert_eq!(st("singularitynet"), Status::Merged);
    assert_eq!(st("cudos"), Status::Merged);
    assert_eq!(st("autonolas"), Status::Renamed);
    assert_eq!(st("terminus-os"), Status::Renamed);
    assert_eq!(
        st("ocean-protocol"),
        Status::Active,
        "Ocean left the alliance and is active"
    );
    let ocean = cat.resolve("ocean-protocol").unwrap();
    assert!(matches!(
        card_line(ocean, l.article.published.as_deref()),
        Some(CardLine::Change {
            kind: EventKind::Left,
            other: Some("ASI Alliance"),
            ..
        })
    ));
    // Render left Ethereum and Polygon for Solana: it no longer counts under them.
    let on = |chain: &str| {
        let f = Filters {
            chains: vec![chain.into()],
            ..Filters::default()
        };
        cat.filter(&f, Sort::Name)
            .into_iter()
            .map(|i| cat.projects()[i].id.clone())
            .collect::<Vec<_>>()
    };
    assert!(!on("ethereum").contains(&"render-network".to_string()));
    assert!(!on("polygon").contains(&"render-network".to_string()));
    assert!(on("solana").contains(&"render-network".to_string()));
}

#[test]
fn search_finds_new_names_and_the_other_side_of_a_merger() {
    let cat = common::catalog();
    let find = |q: &str| {
        let f = Filters {
            q: q.into(),
            ..Filters::default()
        };
        cat.filter(&f, Sort::Name)
            .into_iter()
            .map(|i| cat.projects()[i].id.clone())
            .collect::<Vec<_>>()
    };
    assert!(find("Olas").contains(&"autonolas".to_string()));
    assert!(find("Olares").contains(&"terminus-os".to_string()));
    assert!(find("Inference.net").contains(&"kuzco".to_string()));
    let asi = find("ASI");
    for id in ["fetch-ai", "singularitynet", "ocean-protocol", "cudos"] {
        assert!(asi.contains(&id.to_string()), "{id} in {asi:?}");
    }
}

#[test]
fn the_first_view_gives_every_project_the_same_status_and_line() {
    let l = common::landscape();
    let fv = first_view::derive(&l);
    let fv: ai_landscape::domain::Landscape =
        parse_landscape("data/first-view.json", &serde_json::to_string(&fv).unwrap()).unwrap();
    assert_eq!(statuses(&fv), statuses(&l));
    for (a, b) in fv.projects.iter().zip(&l.projects) {
        assert_eq!(
            card_line(a, fv.article.published.as_deref()),
            card_line(b, l.article.published.as_deref()),
            "{}",
            b.id
        );
        assert!(a
            .events
            .iter()
            .all(|e| e.text.is_empty() && e.source.is_empty() && e.quote.is_none()));
    }
}

#[test]
fn every_project_not_known_has_its_reason_written_down() {
    let l = common::landscape();
    let gaps = std::fs::read_to_string(common::root().join("research/history/GAPS.md")).unwrap();
    for (p, s) in l.projects.iter().zip(statuses(&l)) {
        if s == Status::Unknown {
            assert!(
                gaps.contains(&format!("`{}`", p.id)),
                "{} is not known and not in research/history/GAPS.md",
                p.id
            );
        }
    }
}
