//! The export parsed by the browser's own `JSON.parse` and handed to the domain as a
//! `serde_json::Value`: the wasm then carries no JSON parser (nor the float tables a parser
//! needs). The domain reads and validates the value exactly as natively
//! (`validate::read_landscape`); a text that is not JSON is located by
//! `validate::syntax_error`, the same scan the tools use.

use js_sys::{Array, Object};
use serde_json::{Map, Number, Value};
use wasm_bindgen::{JsCast, JsValue};

/// Deeper than this is not an export (serde_json stops at the same depth).
const MAX_DEPTH: usize = 128;

/// `JSON.parse(text)` as a `Value`; `None` if it is not JSON or nests too deeply.
pub fn parse(text: &str) -> Option<Value> {
    let js = js_sys::JSON::parse(text).ok()?;
    to_value(&js, 0)
}

fn to_value(v: &JsValue, depth: usize) -> Option<Value> {
    if depth > MAX_DEPTH {
        return None;
    }
    if let Some(s) = v.as_string() {
        return Some(Value::String(s));
    }
    if let Some(n) = v.as_f64() {
        return Some(number(n));
    }
    if let Some(b) = v.as_bool() {
        return Some(Value::Bool(b));
    }
    if v.is_null() || v.is_undefined() {
        return Some(Value::Null);
    }
    if Array::is_array(v) {
        let items: &Array = v.unchecked_ref();
        return items.iter().map(|x| to_value(&x, depth + 1)).collect::<Option<Vec<_>>>().map(Value::Array);
    }
    let mut map = Map::new();
    for entry in Object::entries(v.unchecked_ref()).iter() {
        let pair: Array = entry.unchecked_into();
        map.insert(pair.get(0).as_string()?, to_value(&pair.get(1), depth + 1)?);
    }
    Some(Value::Object(map))
}

/// A JavaScript number as JSON: an integer when it is one (the export's numbers are).
fn number(n: f64) -> Value {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    if n.fract() == 0.0 && n.abs() < EXACT {
        if n >= 0.0 {
            Value::Number(Number::from(n as u64))
        } else {
            Value::Number(Number::from(n as i64))
        }
    } else {
        Number::from_f64(n).map(Value::Number).unwrap_or(Value::Null)
    }
}
