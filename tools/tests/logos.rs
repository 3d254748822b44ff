//! The logo rules of `cargo xtask data check` (`landscape_tools::sources::check_logos`):
//! one hostile fixture per rule is rejected with a located message, every shipped logo
//! passes, and every `logo.file` exists.

#[path = "../../tests/common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};

use ai_landscape::domain::parse_landscape;
use landscape_tools::sources::{check_export, check_file, check_logos, coverage, logos, MAX_LOGO_BYTES};

const ARTICLE: &str = include_str!("../../data/article.es.md");

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/logos")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The problems of one fixture, as `at: message` lines.
fn problems(name: &str) -> Vec<String> {
    check_file(&format!("logos/{name}"), &fixture(name))
        .into_iter()
        .map(|p| format!("{}: {}", p.at, p.message))
        .collect()
}

/// `name` is rejected with a message that contains `expect` and is located at `at`.
fn rejected(name: &str, at: &str, expect: &str) {
    let found = problems(name);
    assert!(
        found.iter().any(|l| l.starts_with(at) && l.contains(expect)),
        "{name}: expected «{at}…{expect}», got {found:#?}"
    );
}

#[test]
fn logos_reject_a_script() {
    rejected("script.svg", "logos/script.svg:2:1", "`<script>` is not allowed");
}

#[test]
fn logos_reject_an_event_attribute() {
    rejected(
        "event-attribute.svg",
        "logos/event-attribute.svg:2:15",
        "event attribute `onload`",
    );
}

#[test]
fn logos_reject_foreign_object() {
    rejected(
        "foreign-object.svg",
        "logos/foreign-object.svg:2:1",
        "`<foreignObject>` is not allowed",
    );
}

#[test]
fn logos_reject_an_entity_declaration() {
    rejected("entity.svg", "logos/entity.svg:2:1", "entity declaration or DTD");
}

#[test]
fn logos_reject_an_href_outside_the_file() {
    rejected(
        "href-outside.svg",
        "logos/href-outside.svg:2:8",
        "`href=\"https://tracker.example/p.png\"` points outside",
    );
}

#[test]
fn logos_reject_an_xlink_href_outside_the_file() {
    rejected(
        "xlink-href-outside.svg",
        "logos/xlink-href-outside.svg:2:6",
        "`xlink:href=\"other.svg#mark\"`",
    );
}

#[test]
fn logos_reject_a_url_outside_the_file() {
    rejected(
        "url-outside.svg",
        "logos/url-outside.svg:2:30",
        "`url(https://tracker.example/p.svg#g)` in `fill`",
    );
}

#[test]
fn logos_reject_an_import() {
    rejected("import.svg", "logos/import.svg:2:8", "`@import` in a style sheet");
}

#[test]
fn logos_reject_a_file_over_16_kb() {
    assert!(fixture("too-large.svg").len() > MAX_LOGO_BYTES);
    rejected(
        "too-large.svg",
        "logos/too-large.svg",
        "a logo is at most 16384 bytes",
    );
}

#[test]
fn logos_reject_a_file_that_is_not_svg_or_png() {
    rejected(
        "not-an-image.gif",
        "logos/not-an-image.gif",
        "a logo is an .svg or a .png file",
    );
    rejected(
        "not-a-png.png",
        "logos/not-a-png.png",
        "named .png but is not a PNG file",
    );
    rejected(
        "html-not-svg.svg",
        "logos/html-not-svg.svg:1:1",
        "the root element is `html`, not `svg`",
    );
}

#[test]
fn logos_reject_a_png_over_256_px() {
    rejected(
        "too-wide.png",
        "logos/too-wide.png",
        "a 300×300 PNG: at most 256×256",
    );
}

#[test]
fn logos_accept_references_inside_the_file() {
    assert_eq!(problems("safe.svg"), Vec::<String>::new());
}

/// A copy of the small export with `logo` set on its first project.
fn with_logo(logo: serde_json::Value) -> String {
    let mut v = common::small_json();
    v["projects"][0]["logo"] = logo;
    v.to_string()
}

/// `data check`'s lines on the small export with `logo` set on its first project.
fn check_lines(logo: serde_json::Value) -> (bool, String) {
    let json = with_logo(logo);
    let report = check_export("x.json", &json, ARTICLE);
    (report.ok(), report.lines("x.json").join("\n"))
}

#[test]
fn logos_reject_a_logo_without_a_source() {
    let e = parse_landscape(
        "x.json",
        &with_logo(serde_json::json!({"file": "logos/io-net.svg"})),
    )
    .expect_err("a logo without a source is refused");
    let text = e.lines().join("\n");
    assert!(
        text.contains("project `io-net`: missing field `logo.source`"),
        "{text}"
    );
    // An empty source is a missing one (above); these are there but not a URL.
    for source in ["article", "javascript:alert(1)"] {
        let (ok, text) = check_lines(serde_json::json!({"file": "logos/io-net.svg", "source": source}));
        assert!(
            !ok && text.contains("project `io-net`: logo.source: a logo needs the http(s) URL"),
            "{text}"
        );
    }
}

#[test]
fn logos_reject_a_path_outside_logos() {
    for file in [
        "../secret.svg",
        "logos/../../x.svg",
        "/etc/x.svg",
        "logos/x.gif",
        "logos/X.svg",
        "logos/.x.svg",
    ] {
        let (ok, text) =
            check_lines(serde_json::json!({"file": file, "source": "https://example.org/x.svg"}));
        assert!(
            !ok && text.contains("logo.file") && text.contains("must be a path under `logos/`"),
            "{file}: {text}"
        );
        assert!(
            !text.contains("cannot read"),
            "{file}: nothing is read outside data/logos/: {text}"
        );
    }
}

#[test]
fn logos_missing_file_is_a_located_error() {
    let dir = std::env::temp_dir().join(format!("logos-missing-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("landscape.json");
    let json =
        with_logo(serde_json::json!({"file": "logos/io-net.svg", "source": "https://example.org/x.svg"}));
    std::fs::write(&file, &json).unwrap();
    let report = check_export(file.to_str().unwrap(), &json, ARTICLE);
    let lines = report.lines("x.json").join("\n");
    assert!(!report.ok(), "{lines}");
    assert!(
        lines.contains("project `io-net`: logo.file: cannot read `logos/io-net.svg`"),
        "{lines}"
    );
    std::fs::remove_dir_all(dir).ok();
}

fn data_dir() -> PathBuf {
    common::root().join("data")
}

#[test]
fn logos_every_shipped_logo_passes_and_exists() {
    let l = common::landscape();
    let problems = check_logos(&l, &data_dir());
    assert!(problems.is_empty(), "{problems:#?}");
    let all = logos(&l);
    assert!(!all.is_empty());
    for (place, logo) in all {
        for file in std::iter::once(&logo.file).chain(&logo.dark) {
            assert!(data_dir().join(file).is_file(), "{place}: {file} is missing");
        }
    }
}

#[test]
fn logos_every_file_under_data_logos_is_used() {
    let l = common::landscape();
    let used: std::collections::BTreeSet<String> = logos(&l)
        .into_iter()
        .flat_map(|(_, g)| std::iter::once(g.file.clone()).chain(g.dark.clone()))
        .collect();
    let mut stack = vec![data_dir().join("logos")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let rel = path
                .strip_prefix(data_dir())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            assert!(used.contains(&rel), "{rel} is in data/logos but no logo names it");
        }
    }
}

#[test]
fn logos_coverage_meets_the_floor() {
    let [projects, chains] = coverage(&common::landscape());
    assert!(projects.with >= 49, "{projects:?}");
    assert_eq!(chains.with, chains.total, "{chains:?}");
}
