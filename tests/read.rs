//! `domain::read` replaces serde_json and the derived `Deserialize` impls for loading an
//! export. This holds it to them: on the shipped export, and on thousands of broken
//! ones (every field given every wrong type, removed, repeated or joined by an unknown
//! one; the text cut at every few bytes; every byte replaced by, or preceded by, each
//! character that matters to JSON; escapes and numbers), compact and pretty-printed,
//! both give the same model or the same error: line, column, field path and message.
//!
//! The reference is the loader as it was: serde_json, its position, and the path that
//! `json_path` finds from it.

mod common;

use ai_landscape::domain::json_path::{offset_of, path_at};
use ai_landscape::domain::validate::{describe_path, parse_landscape, validate};
use ai_landscape::domain::{DataError, Landscape};
use serde::Deserialize;
use serde_json::{json, Value};

const FILE: &str = "data/landscape.json";

/// The loader as it was, on serde_json.
fn reference(json: &str) -> Result<Landscape, DataError> {
    let mut de = serde_json::Deserializer::from_str(json);
    let parsed = Landscape::deserialize(&mut de).and_then(|l| de.end().map(|()| l));
    let landscape = parsed.map_err(|e| {
        let message = e.to_string();
        let message = match message.rfind(" at line ") {
            Some(i) => message[..i].to_string(),
            None => message,
        };
        let offset = offset_of(json, e.line(), e.column());
        DataError::Syntax {
            file: FILE.into(),
            line: e.line(),
            column: e.column(),
            path: describe_path(json, &path_at(json, offset, &message)),
            message,
        }
    })?;
    validate(FILE, &landscape)?;
    Ok(landscape)
}

#[derive(Debug, Default)]
struct Tally {
    same: usize,
    /// A struct given as an array: serde reads its fields in order, the format does not.
    struct_as_array: usize,
    /// A syntax error whose path differs from the one `json_path` guessed from the text,
    /// and is the one serde_path_to_error tracks while parsing.
    tracked: usize,
    /// A float where it does not belong: serde reformats it in the message.
    float_quoted: usize,
}

fn check(text: &str, tally: &mut Tally) {
    let want = reference(text);
    let got = parse_landscape(FILE, text);
    if want == got {
        tally.same += 1;
        return;
    }
    match (&want, &got) {
        (_, Err(DataError::Syntax { message, .. }))
            if message.starts_with("invalid type: sequence, expected struct") =>
        {
            tally.struct_as_array += 1;
        }
        (
            Err(DataError::Syntax {
                line,
                column,
                path,
                message: m1,
                ..
            }),
            Err(DataError::Syntax {
                line: l2,
                column: c2,
                path: p2,
                message: m2,
                ..
            }),
        ) if m1.contains("floating point")
            && m2.contains("floating point")
            && (line, column, path) == (l2, c2, p2) =>
        {
            tally.float_quoted += 1;
        }
        (
            Err(DataError::Syntax {
                line,
                column,
                message,
                ..
            }),
            Err(DataError::Syntax {
                line: l2,
                column: c2,
                path: p2,
                message: m2,
                ..
            }),
        ) if (line, column, message) == (l2, c2, m2)
            && tracked_path(text).as_deref() == Some(strip_project(p2)) =>
        {
            tally.tracked += 1;
        }
        _ => panic!(
            "for {text:?}\n  serde: {want:?}\n   read: {got:?}\n  tracked path: {:?}",
            tracked_path(text)
        ),
    }
}

/// The path serde_path_to_error tracks to the error in `text` (its `?`, a key not read
/// whole, left out; `.` the top level).
fn tracked_path(text: &str) -> Option<String> {
    let mut de = serde_json::Deserializer::from_str(text);
    let err = serde_path_to_error::deserialize::<_, Landscape>(&mut de).err()?;
    let path = err.path().to_string();
    let path = path
        .strip_suffix(".?")
        .or_else(|| path.strip_suffix('?'))
        .unwrap_or(&path);
    Some(if path == "." {
        String::new()
    } else {
        path.to_string()
    })
}

fn strip_project(path: &str) -> &str {
    match path.strip_prefix("project `") {
        Some(rest) => rest.split_once("` ").map_or(path, |(_, p)| p),
        None => path,
    }
}

/// The export with each field given each wrong type, removed, or joined by an unknown
/// field, and each array made longer.
fn shape_changes(base: &Value) -> Vec<Value> {
    let mut all = Vec::new();
    common::places(base, Vec::new(), &mut all);
    let mut out = Vec::new();
    for place in &all {
        for wrong in [
            json!(42),
            json!(-7),
            json!(5_000_000_000u64),
            json!(1.5),
            json!("x"),
            json!("q\"b\\s\n\t\r\u{0}\u{1}\u{7f}é"),
            json!([]),
            json!({}),
            json!(null),
            json!(true),
            json!(false),
            json!([1]),
            json!(["a", "b"]),
            json!({"zzz": 1}),
            json!({"es": "a"}),
            json!({"es": "a", "en": 1}),
        ] {
            let mut v = base.clone();
            *common::get_mut(&mut v, place) = wrong;
            out.push(v);
        }
        let (parent, last) = place.split_at(place.len() - 1);
        let (mut removed, mut unknown, mut longer) = (base.clone(), base.clone(), base.clone());
        if let (Value::Object(m), Value::String(k)) = (common::get_mut(&mut removed, parent), &last[0]) {
            m.remove(k);
            out.push(removed);
        }
        if let Value::Object(m) = common::get_mut(&mut unknown, parent) {
            m.insert("zzz_unknown".into(), json!(1));
            out.push(unknown);
        }
        if let Value::Array(a) = common::get_mut(&mut longer, parent) {
            a.push(json!("extra"));
            out.push(longer);
        }
    }
    out
}

fn texts(v: &Value) -> [String; 2] {
    [v.to_string(), serde_json::to_string_pretty(v).unwrap()]
}

#[test]
fn the_shipped_export_reads_as_with_serde() {
    let json = std::fs::read_to_string(common::root().join(FILE)).unwrap();
    let got = parse_landscape(FILE, &json).expect("the shipped export loads");
    assert_eq!(Ok(&got), reference(&json).as_ref());
    assert!(got.projects.len() >= 60);
}

#[test]
fn shape_errors_are_placed_and_worded_as_by_serde() {
    let mut real: Value =
        serde_json::from_str(&std::fs::read_to_string(common::root().join(FILE)).unwrap()).unwrap();
    real["projects"].as_array_mut().unwrap().truncate(3);
    let mut tally = Tally::default();
    for base in [common::small_json(), real] {
        for v in shape_changes(&base) {
            for text in texts(&v) {
                check(&text, &mut tally);
            }
        }
    }
    eprintln!("shape changes: {tally:?}");
    assert!(tally.same > 3000, "only {} broken exports compared", tally.same);
    // The struct-as-array cases are `[]`, `[1]` and `["a", "b"]` at a struct's place.
    assert!(
        tally.struct_as_array < tally.same / 10,
        "{}",
        tally.struct_as_array
    );
}

#[test]
fn syntax_errors_are_placed_and_worded_as_by_serde() {
    let mut tally = Tally::default();
    for text in texts(&common::small_json()) {
        let bytes = text.as_bytes();
        for end in 0..text.len() {
            if let Some(cut) = text.get(..end) {
                check(cut, &mut tally);
            }
        }
        for i in 0..bytes.len() {
            for c in [
                ",", ":", "{", "}", "[", "]", "\"", "\\", "x", "\u{1}", " ", "0", "-", ".", "e", "n", "t",
                "/",
            ] {
                for (before, after) in [(i, i + 1), (i, i)] {
                    let (Some(head), Some(tail)) = (text.get(..before), text.get(after..)) else {
                        continue;
                    };
                    check(&format!("{head}{c}{tail}"), &mut tally);
                }
            }
        }
        check(&format!("{text} x"), &mut tally);
        check(&format!("{text}\n\t "), &mut tally);
    }
    eprintln!("syntax changes: {tally:?}");
    assert!(tally.same > 30_000, "only {} compared", tally.same);
}

#[test]
fn strings_and_numbers_read_as_with_serde() {
    let mut tally = Tally::default();
    let base = common::small_json().to_string();
    let strings = [
        r#""plain""#,
        r#""tab\there""#,
        r#""esc \" \\ \/ \b \f \n \r \t""#,
        r#""\u00e9\u00E9""#,
        r#""\ud83d\ude00""#,
        r#""\ud83d""#,
        r#""\ud83dx""#,
        r#""\ud83d\u0041""#,
        r#""\ude00""#,
        r#""\u00g1""#,
        r#""\u12""#,
        r#""\q""#,
        "\"raw\ttab\"",
        "\"é ünï 😀\"",
        r#""unterminated"#,
    ];
    let numbers = [
        "0",
        "1",
        "01",
        "-",
        "-0",
        "-1",
        "1.",
        "1.5",
        "1e",
        "1e+",
        "1e5",
        "1E-2",
        "2.5e3",
        "4294967295",
        "4294967296",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "1x",
        "nul",
        "tru",
        "fals",
        "nulx",
    ];
    for s in strings {
        for (from, to) in [
            (r#""updated":"2026-11-25""#, "updated"),
            (r#""summary":"s""#, "summary"),
        ] {
            check(&base.replacen(from, &format!(r#""{to}":{s}"#), 1), &mut tally);
        }
        check(
            &base.replacen(r#""title":"T""#, &format!(r#"{s}:"T""#), 1),
            &mut tally,
        );
    }
    for n in numbers {
        check(
            &base.replacen(r#""format_version":1"#, &format!(r#""format_version":{n}"#), 1),
            &mut tally,
        );
        check(
            &base.replacen(r#""updated":"2026-11-25""#, &format!(r#""updated":{n}"#), 1),
            &mut tally,
        );
        check(
            &base.replacen(r#""summary":"s""#, &format!(r#""summary":{n}"#), 1),
            &mut tally,
        );
    }
    // A repeated field, and fields given `null` (an absent optional value).
    for (from, to) in [
        (r#""id":"io-net","#, r#""id":"io-net","id":"x","#),
        (r#""title":"T""#, r#""title":"T","author":null,"url":null"#),
        (r#""title":"T""#, r#""title":null"#),
        (r#""aliases":["Old Quote"]"#, r#""aliases":null"#),
        (r#"{"es":"é","en":"e"}"#, r#"{"en":"e","es":"é"}"#),
        (r#"{"es":"é","en":"e"}"#, r#"{"es":"é","es":"e"}"#),
        (r#"{"es":"é","en":"e"}"#, r#"{"zz":"é"}"#),
        ("{", "{\"zzz\"}"),
    ] {
        check(&base.replacen(from, to, 1), &mut tally);
    }
    eprintln!("strings and numbers: {tally:?}");
    assert!(tally.same + tally.tracked > 100, "only {} compared", tally.same);
}
