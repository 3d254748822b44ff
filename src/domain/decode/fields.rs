//! The pieces the model's reader is made of: an object's fields taken one by one (an
//! unknown or missing one is an error at its path), and the scalar readers, with messages
//! worded as serde's own (`missing field `id``, `invalid type: integer `5`, expected a
//! string`).

use serde_json::{Map, Value};

use crate::domain::model::Text;

/// A JSON value of the wrong shape: where, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShapeError {
    /// The field path, `projects[3].chains[0].id` (empty for the top level).
    pub path: String,
    /// What is wrong there.
    pub message: String,
}

/// The result of reading one value.
pub type Read<T> = Result<T, ShapeError>;

fn error<T>(path: &str, message: String) -> Read<T> {
    Err(ShapeError {
        path: path.to_string(),
        message,
    })
}

/// `path` extended by a key: `projects[3]` + `chains` → `projects[3].chains`.
pub fn key_path(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        let mut p = String::with_capacity(path.len() + 1 + key.len());
        p.push_str(path);
        p.push('.');
        p.push_str(key);
        p
    }
}

/// How serde names a value that was not what it expected.
fn unexpected(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) if n.is_f64() => format!("floating point `{n}`"),
        Value::Number(n) => format!("integer `{n}`"),
        Value::String(s) => format!("string \"{s}\""),
        Value::Array(_) => "sequence".into(),
        Value::Object(_) => "map".into(),
    }
}

fn invalid_type<T>(path: &str, v: &Value, expected: &str) -> Read<T> {
    error(path, format!("invalid type: {}, expected {expected}", unexpected(v)))
}

/// The fields of one JSON object, taken out one by one.
pub struct Fields {
    map: Map<String, Value>,
    path: String,
}

impl Fields {
    /// The object at `path`, whose fields must all be among `known` (the struct's
    /// fields: an export with a misspelt field is refused rather than half read).
    pub fn of(v: Value, path: &str, what: &str, known: &[&str]) -> Read<Fields> {
        let map = match v {
            Value::Object(map) => map,
            other => return invalid_type(path, &other, what),
        };
        if let Some(k) = map.keys().find(|k| !known.contains(&k.as_str())) {
            let list = known
                .iter()
                .map(|f| format!("`{f}`"))
                .collect::<Vec<_>>()
                .join(", ");
            return error(
                &key_path(path, k),
                format!("unknown field `{k}`, expected one of {list}"),
            );
        }
        Ok(Fields {
            map,
            path: path.to_string(),
        })
    }

    /// A field that must be there.
    pub fn req<T>(&mut self, key: &str, read: impl FnOnce(Value, &str) -> Read<T>) -> Read<T> {
        match self.map.remove(key) {
            Some(v) => read(v, &key_path(&self.path, key)),
            None => error(&self.path, format!("missing field `{key}`")),
        }
    }

    /// A field that may be left out (or `null`).
    pub fn opt<T>(&mut self, key: &str, read: impl FnOnce(Value, &str) -> Read<T>) -> Read<Option<T>> {
        match self.map.remove(key) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => read(v, &key_path(&self.path, key)).map(Some),
        }
    }

    /// A list that may be left out (empty then; `null` is not a list).
    pub fn list<T>(&mut self, key: &str, item: impl Fn(Value, &str) -> Read<T>) -> Read<Vec<T>> {
        match self.map.remove(key) {
            None => Ok(Vec::new()),
            Some(v) => list(v, &key_path(&self.path, key), item),
        }
    }

    /// A list that must be there.
    pub fn req_list<T>(&mut self, key: &str, item: impl Fn(Value, &str) -> Read<T>) -> Read<Vec<T>> {
        self.req(key, |v, p| list(v, p, item))
    }

    /// A string that must be there.
    pub fn string(&mut self, key: &str) -> Read<String> {
        self.req(key, string)
    }

    /// A string that may be left out.
    pub fn opt_string(&mut self, key: &str) -> Read<Option<String>> {
        self.opt(key, string)
    }

    /// A text that must be there.
    pub fn text(&mut self, key: &str) -> Read<Text> {
        self.req(key, text)
    }

    /// A text that may be left out.
    pub fn opt_text(&mut self, key: &str) -> Read<Option<Text>> {
        self.opt(key, text)
    }
}

/// A list, each item read by `item` at `path[i]`.
pub fn list<T>(v: Value, path: &str, item: impl Fn(Value, &str) -> Read<T>) -> Read<Vec<T>> {
    match v {
        Value::Array(items) => items
            .into_iter()
            .enumerate()
            .map(|(i, v)| item(v, &format!("{path}[{i}]")))
            .collect(),
        other => invalid_type(path, &other, "a sequence"),
    }
}

/// A string.
pub fn string(v: Value, path: &str) -> Read<String> {
    match v {
        Value::String(s) => Ok(s),
        other => invalid_type(path, &other, "a string"),
    }
}

/// A non-negative integer up to `max`, named `what` in messages (`u32`).
pub fn integer(v: &Value, path: &str, max: u64, what: &str) -> Read<u64> {
    match v.as_u64() {
        Some(n) if n <= max => Ok(n),
        Some(n) => error(path, format!("invalid value: integer `{n}`, expected {what}")),
        None => invalid_type(path, v, what),
    }
}

/// A `u32`.
pub fn u32_value(v: Value, path: &str) -> Read<u32> {
    integer(&v, path, u64::from(u32::MAX), "u32").map(|n| n as u32)
}

/// A `u64`.
pub fn u64_value(v: Value, path: &str) -> Read<u64> {
    integer(&v, path, u64::MAX, "u64")
}

/// A text: a string, or `{"es": …, "en": …}`.
pub fn text(v: Value, path: &str) -> Read<Text> {
    match v {
        Value::String(s) => Ok(Text::Plain(s)),
        v @ Value::Object(_) => {
            let mut f = Fields::of(v, path, "", &["es", "en"])?;
            Ok(Text::Localized {
                es: f.string("es")?,
                en: f.string("en")?,
            })
        }
        other => invalid_type(
            path,
            &other,
            r#"a text: a string, or an object with "es" and "en" strings"#,
        ),
    }
}
