//! The hand-written reader of the export (`domain::decode`) and the model's derived
//! `Deserialize` (which the JSON Schema is generated from) accept and refuse the same
//! files: the shipped export, and every variant of a small one with a field removed, of
//! the wrong type, or unknown.

mod common;

use ai_landscape::domain::model::Landscape;
use ai_landscape::domain::validate::{parse_landscape, DataError};
use serde_json::{json, Value};

/// Whether the derived `Deserialize` reads `v`, and whether the app's reader does (a
/// rule break found after reading counts as read).
fn both(v: &Value) -> (bool, bool) {
    let text = v.to_string();
    let derived = serde_json::from_str::<Landscape>(&text).is_ok();
    let by_hand = !matches!(
        parse_landscape("x.json", &text),
        Err(DataError::Shape { .. } | DataError::Syntax { .. })
    );
    (derived, by_hand)
}

/// Every object in `v` with its path, for mutating each in turn.
fn objects(v: &Value, at: Vec<Value>, out: &mut Vec<Vec<Value>>) {
    match v {
        Value::Object(m) => {
            out.push(at.clone());
            for (k, x) in m {
                let mut p = at.clone();
                p.push(json!(k));
                objects(x, p, out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                let mut p = at.clone();
                p.push(json!(i));
                objects(x, p, out);
            }
        }
        _ => {}
    }
}

fn at<'a>(v: &'a mut Value, path: &[Value]) -> &'a mut Value {
    path.iter().fold(v, |v, step| match step {
        Value::String(k) => &mut v[k.as_str()],
        Value::Number(i) => &mut v[i.as_u64().unwrap() as usize],
        _ => unreachable!(),
    })
}

#[test]
fn decode_reads_the_shipped_export_as_the_derive_does() {
    let text = std::fs::read_to_string(common::root().join("data/landscape.json")).unwrap();
    let derived: Landscape = serde_json::from_str(&text).unwrap();
    assert_eq!(common::landscape(), derived);
}

#[test]
fn decode_agrees_with_the_derive_on_every_broken_variant() {
    let mut base = common::small_json();
    // Optional fields present, so that removing and retyping them is tried too.
    base["projects"][0]["funding"] = json!([{"amount_usd": 5, "investors": ["A"], "source": "article", "quote": "q", "round": "Seed", "recipient": "R", "note": "n"}]);
    base["projects"][0]["people"] = json!([{"name": "N", "role": {"es": "r", "en": "r"}, "source": "article", "quote": "q"}]);
    base["projects"][0]["figures"] = json!([{"label": "L", "value": "V", "source": "article", "quote": "q"}]);
    base["projects"][0]["relations"] = json!([{"kind": "publisher", "source": "https://example.org/"}]);
    base["projects"][0]["now"] = json!({"value": "New", "source": "https://example.org/"});
    base["article"]["author"] = json!("A");
    assert_eq!(both(&base), (true, true));
    let mut paths = Vec::new();
    objects(&base, Vec::new(), &mut paths);
    let mut checked = 0;
    for path in paths {
        let mut probe = base.clone();
        let keys: Vec<String> = at(&mut probe, &path).as_object().unwrap().keys().cloned().collect();
        for key in keys {
            for replacement in [None, Some(json!(42)), Some(json!(-1)), Some(json!("s")), Some(json!([])), Some(json!({})), Some(Value::Null)] {
                let mut v = base.clone();
                let obj = at(&mut v, &path).as_object_mut().unwrap();
                match replacement {
                    None => {
                        obj.remove(&key);
                    }
                    Some(r) => {
                        obj.insert(key.clone(), r);
                    }
                }
                let (derived, by_hand) = both(&v);
                assert_eq!(derived, by_hand, "{path:?} `{key}`: derive {derived}, by hand {by_hand}");
                checked += 1;
            }
        }
        let mut v = base.clone();
        at(&mut v, &path).as_object_mut().unwrap().insert("zzz_unknown".into(), json!(1));
        assert_eq!(both(&v), (false, false), "{path:?}: an unknown field is refused");
    }
    assert!(checked > 300, "{checked} variants");
}
