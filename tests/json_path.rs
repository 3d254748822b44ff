//! `domain::json_path` finds the field path of a parse error by scanning the text; this
//! checks it against tracking the path while parsing (`serde_path_to_error`) on every
//! kind of broken export: each field of the fixture given each wrong type, removed, or
//! joined by an unknown field, and the text cut short at every few bytes, compact and
//! pretty-printed.

mod common;

use ai_landscape::domain::json_path::{offset_of, path_at};
use ai_landscape::domain::Landscape;
use serde_json::{json, Value};

/// The path serde_path_to_error reports and the one json_path finds, if `text` fails.
fn both(text: &str) -> Option<(String, String)> {
    let mut de = serde_json::Deserializer::from_str(text);
    let err = match serde_path_to_error::deserialize::<_, Landscape>(&mut de) {
        Ok(_) => return None,
        Err(e) => e,
    };
    let want = err.path().to_string();
    let inner = err.into_inner();
    let message = inner.to_string();
    let message = message.split(" at line ").next().unwrap_or_default();
    let got = path_at(text, offset_of(text, inner.line(), inner.column()), message);
    // serde_path_to_error writes "." for the root, and "?" for a key it has not read
    // whole (text cut inside or right after a key): there json_path names the object the
    // key is in, or the key itself if it was read whole.
    if want == "." {
        return Some((String::new(), got));
    }
    if let Some(known) = want.strip_suffix(".?").or_else(|| want.strip_suffix('?')) {
        let got = if got.starts_with(known) {
            known.to_string()
        } else {
            got
        };
        return Some((known.to_string(), got));
    }
    Some((want, got))
}

#[test]
fn json_path_agrees_with_tracking_the_path_while_parsing() {
    // The shipped export's shapes too (its first three projects: facts, funding, people).
    let mut real: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/landscape.json")).unwrap(),
    )
    .unwrap();
    real["projects"].as_array_mut().unwrap().truncate(3);
    for base in [common::small_json(), real] {
        check_all(&base);
    }
}

fn check_all(base: &Value) {
    let base = base.clone();
    let mut all = Vec::new();
    common::places(&base, Vec::new(), &mut all);
    let mut texts = Vec::new();
    for place in &all {
        for wrong in [
            json!(42),
            json!("x"),
            json!([]),
            json!({}),
            json!(null),
            json!(true),
            json!([1]),
            json!({"zzz": 1}),
        ] {
            let mut v = base.clone();
            *common::get_mut(&mut v, place) = wrong;
            texts.push(v);
        }
        let (parent, last) = place.split_at(place.len() - 1);
        let (mut removed, mut unknown, mut longer) = (base.clone(), base.clone(), base.clone());
        if let (Value::Object(m), Value::String(k)) = (common::get_mut(&mut removed, parent), &last[0]) {
            m.remove(k);
            texts.push(removed);
        }
        if let Value::Object(m) = common::get_mut(&mut unknown, parent) {
            m.insert("zzz_unknown".into(), json!(1));
            texts.push(unknown);
        }
        if let Value::Array(a) = common::get_mut(&mut longer, parent) {
            a.push(json!("extra"));
            texts.push(longer);
        }
    }
    let mut checked = 0;
    for v in &texts {
        for text in [v.to_string(), serde_json::to_string_pretty(v).unwrap()] {
            if let Some((want, got)) = both(&text) {
                assert_eq!(got, want, "in {text}");
                checked += 1;
            }
        }
    }
    // Cut short, compact and pretty.
    for text in [base.to_string(), serde_json::to_string_pretty(&base).unwrap()] {
        for end in (1..text.len()).step_by(3) {
            let Some(cut) = text.get(..end) else { continue };
            if let Some((want, got)) = both(cut) {
                assert_eq!(got, want, "cut at {end}: {cut}");
                checked += 1;
            }
        }
    }
    assert!(checked > 500, "only {checked} broken exports checked");
}
