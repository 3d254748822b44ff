//! The validator rejects each class of bad export with a message naming the file and
//! the place, and never panics.

mod common;

use ai_landscape::domain::validate::{parse_landscape, DataError};
use serde_json::{json, Value};

const FILE: &str = "data/landscape.json";

fn check(v: &Value) -> Result<(), DataError> {
    parse_landscape(FILE, &v.to_string()).map(|_| ())
}

fn invalid_message(v: &Value) -> String {
    let err = check(v).expect_err("must be rejected");
    let msg = err.to_string();
    assert!(msg.starts_with(FILE), "message names the file: {msg}");
    msg
}

fn with(f: impl FnOnce(&mut Value)) -> Value {
    let mut v = common::small_json();
    f(&mut v);
    v
}

#[test]
fn validation_accepts_the_small_fixture() {
    check(&common::small_json()).unwrap();
}

#[test]
fn validation_reports_json_syntax_errors_with_line_and_column() {
    let err = parse_landscape(FILE, "{\n  \"format_version\": 1,\n  \"updated\": }").unwrap_err();
    match &err {
        DataError::Syntax { line, column, .. } => assert_eq!((*line, *column), (3, 14)),
        other => panic!("expected a syntax error, got {other:?}"),
    }
    assert!(
        err.to_string()
            .starts_with("data/landscape.json line 3 column 14"),
        "{err}"
    );
}

#[test]
fn validation_reports_truncated_json() {
    let text = common::small_json().to_string();
    let err = parse_landscape(FILE, &text[..text.len() / 2]).unwrap_err();
    assert!(matches!(err, DataError::Syntax { .. }), "{err}");
}

#[test]
fn validation_reports_missing_fields_with_the_project() {
    let v = with(|v| {
        v["projects"][0].as_object_mut().unwrap().remove("categories");
    });
    let msg = invalid_message(&v);
    assert!(msg.contains("missing field `categories`"), "{msg}");
    assert!(msg.contains("project `io-net`"), "{msg}");
}

#[test]
fn validation_reports_wrong_types_with_the_path() {
    let v = with(|v| v["projects"][1]["chains"] = json!("solana"));
    let msg = invalid_message(&v);
    assert!(msg.contains("projects[1].chains"), "{msg}");
    assert!(msg.contains("project `quote-co`"), "{msg}");
}

#[test]
fn validation_says_what_a_text_may_be() {
    let v = with(|v| v["projects"][1]["summary"] = json!(42));
    let msg = invalid_message(&v);
    assert!(msg.contains("projects[1].summary"), "{msg}");
    assert!(
        msg.contains(r#"a string, or an object with "es" and "en" strings"#),
        "{msg}"
    );
    let v = with(|v| v["projects"][1]["summary"] = json!({"es": "solo español"}));
    let msg = invalid_message(&v);
    assert!(
        msg.contains("projects[1].summary") && msg.contains("missing field `en`"),
        "{msg}"
    );
}

#[test]
fn validation_rejects_duplicate_ids() {
    let v = with(|v| v["projects"][1]["id"] = json!("io-net"));
    assert!(invalid_message(&v).contains("project `io-net`: duplicate project id"));
}

#[test]
fn validation_rejects_an_alias_taken_by_another_project() {
    let v = with(|v| v["projects"][1]["aliases"] = json!(["IO NET"]));
    let msg = invalid_message(&v);
    assert!(msg.contains("already used by project `io-net`"), "{msg}");
}

#[test]
fn validation_rejects_unknown_categories_and_chains() {
    let v = with(|v| {
        v["projects"][0]["categories"] = json!(["compute", "nope"]);
        v["projects"][0]["chains"] = json!([{"id": "solanna", "source": "article"}]);
    });
    let msg = invalid_message(&v);
    assert!(
        msg.contains("project `io-net`: field `categories[1]`: unknown category `nope`"),
        "{msg}"
    );
    assert!(
        msg.contains("project `io-net`: field `chains[0].id`: unknown chain `solanna`"),
        "{msg}"
    );
}

#[test]
fn validation_rejects_a_sub_category_whose_parent_is_missing() {
    let v = with(|v| v["categories"][2]["parent"] = json!("applications"));
    let msg = invalid_message(&v);
    assert!(
        msg.contains("category `defi`: field `parent`: unknown category `applications`"),
        "{msg}"
    );
}

#[test]
fn validation_rejects_non_http_links() {
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,x",
        "ftp://x.org",
        "https://",
        "https://a b",
    ] {
        let v = with(|v| v["projects"][0]["website"]["url"] = json!(bad));
        let msg = invalid_message(&v);
        assert!(msg.contains("field `website.url`"), "{bad}: {msg}");
    }
    let v = with(|v| v["projects"][0]["chains"][0]["source"] = json!("javascript:alert(1)"));
    assert!(invalid_message(&v).contains("chains[0].source"));
}

#[test]
fn validation_rejects_empty_names_and_empty_lists() {
    let v = with(|v| v["projects"][0]["name"] = json!("   "));
    assert!(invalid_message(&v).contains("field `name` is empty"));
    let v = with(|v| v["projects"] = json!([]));
    assert!(invalid_message(&v).contains("the list is empty"));
    let v = with(|v| v["projects"][0]["categories"] = json!([]));
    assert!(invalid_message(&v).contains("field `categories` is empty"));
}

#[test]
fn validation_rejects_absurd_sizes() {
    let v = with(|v| v["projects"][0]["name"] = json!("x".repeat(500)));
    assert!(invalid_message(&v).contains("longer than"));
    let v = with(|v| v["projects"][0]["summary"] = json!("y".repeat(5000)));
    assert!(invalid_message(&v).contains("field `summary` is longer than"));
    let huge = " ".repeat(ai_landscape::domain::validate::MAX_BYTES + 1);
    assert!(matches!(
        parse_landscape(FILE, &huge),
        Err(DataError::TooLarge { .. })
    ));
}

#[test]
fn validation_rejects_unknown_fields() {
    let v = with(|v| v["projects"][0]["chain"] = json!("solana"));
    let msg = invalid_message(&v);
    assert!(msg.contains("unknown field `chain`"), "{msg}");
}

#[test]
fn validation_keeps_html_as_plain_text() {
    // Markup is not rejected (a name may contain "<"), it is rendered as text by the UI.
    let v = with(|v| v["projects"][0]["name"] = json!("<script>alert(1)</script>"));
    check(&v).unwrap();
}

#[test]
fn validation_caps_the_number_of_problems_reported() {
    let v = with(|v| {
        let p = v["projects"][0].clone();
        v["projects"] = Value::Array((0..100).map(|_| p.clone()).collect());
    });
    match check(&v).unwrap_err() {
        DataError::Invalid { problems, more, .. } => {
            assert_eq!(problems.len(), 25);
            assert_eq!(more, 99 - 25);
        }
        other => panic!("{other:?}"),
    }
}
