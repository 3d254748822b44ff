//! Where in a JSON text a parse error happened, as a field path (`projects[3].chains`),
//! found by scanning the text itself.
//!
//! The loader ([`crate::domain::validate::parse_landscape`]) calls [`path_at`] after a
//! serde_json failure, and [`string_at`] reads a string at a path.
//!
//! serde_json reports a line and column; the path is what a person fixing an export
//! needs. Tracking the path while deserializing (the `serde_path_to_error` crate) wraps
//! every value of every load and doubles the deserializer code in the wasm; scanning the
//! text once, and only after a failure, costs nothing on the happy path. A native test
//! checks that both give the same path on a range of broken exports.

/// One level of nesting while scanning.
enum Frame {
    /// In an object: the last key read, and whether its value has begun (after `:`).
    Object { key: Option<String>, in_value: bool },
    /// In an array: the index of the current element, and how far it is read.
    Array { index: usize, element: Element },
}

/// How far the current element of an array is read.
#[derive(Clone, Copy, PartialEq)]
enum Element {
    /// Not begun (after `[` or `,`).
    Before,
    /// Begun: an open object or array, or a scalar (the parser reports a wrong scalar
    /// after reading it).
    In,
    /// An object or array that has just closed (the parser reports a wrong length or a
    /// missing field after the closing bracket).
    Closed,
}

/// The scanner's position: the frames open at a point of the text.
struct Scan {
    frames: Vec<Frame>,
}

impl Scan {
    /// The path of the frames, e.g. `projects[3].chains`: every key read (until the next
    /// comma), and the index of every element being read. For the innermost array:
    /// `next` is the first byte after the scanned text and white space (if a value starts
    /// there, the parser has begun an element it only peeked at), and `about` what the
    /// error is about.
    fn path(&self, next: Option<u8>, about: About) -> String {
        let mut out = String::new();
        for f in &self.frames {
            match f {
                Frame::Object {
                    key: Some(k),
                    in_value,
                } if *in_value
                    || !(about == About::OpenObject && std::ptr::eq(f, self.frames.last().unwrap_or(f))) =>
                {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(k);
                }
                Frame::Array { index, element } => {
                    let last = std::ptr::eq(f, self.frames.last().unwrap_or(f));
                    let shown = !last
                        || match (element, about) {
                            (_, About::OpenList) => false,
                            (Element::In, About::ListRead) => false,
                            // A sequence peeked at (not entered) is the next element; else
                            // the array just entered is the sequence.
                            (Element::Before, About::ListRead) => next == Some(b'['),
                            (Element::Before, _) => next.is_some_and(starts_value),
                            _ => true,
                        };
                    if shown {
                        out.push_str(&format!("[{index}]"));
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// Whether the frames are exactly `path` (keys and indices, outermost first).
    fn is_at(&self, path: &[Step]) -> bool {
        self.frames.len() == path.len()
            && self.frames.iter().zip(path).all(|(f, s)| match (f, s) {
                (
                    Frame::Object {
                        key: Some(k),
                        in_value: true,
                    },
                    Step::Key(want),
                ) => k == want,
                (Frame::Array { index, .. }, Step::Index(want)) => index == want,
                _ => false,
            })
    }
}

/// What a parse error is about, from its message, where that decides the path.
#[derive(Clone, Copy, PartialEq)]
enum About {
    /// The innermost open object itself: it ended too soon (a key read, its value not).
    OpenObject,
    /// The innermost open array itself: it ended too soon or has a trailing comma.
    OpenList,
    /// A sequence the parser has just read (wrong type or length): the innermost open
    /// array if its elements were being read, else the element that just closed.
    ListRead,
    /// Anything else: the value read last.
    Value,
}

/// One step of a path, for [`string_at`].
pub enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// Walks `json` up to byte `end`, calling `on_string(scan, value)` for each string value
/// read completely (not keys). Stops early when `on_string` returns true. Tolerates any
/// text: what is not JSON is skipped.
fn walk(json: &str, end: usize, mut on_string: impl FnMut(&Scan, &str) -> bool) -> Scan {
    let bytes = json.as_bytes();
    let end = end.min(bytes.len());
    let mut scan = Scan { frames: Vec::new() };
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => {
                set_element(&mut scan, Element::In);
                scan.frames.push(Frame::Object {
                    key: None,
                    in_value: false,
                });
                i += 1;
            }
            b'[' => {
                set_element(&mut scan, Element::In);
                scan.frames.push(Frame::Array {
                    index: 0,
                    element: Element::Before,
                });
                i += 1;
            }
            b'}' | b']' => {
                scan.frames.pop();
                set_element(&mut scan, Element::Closed);
                i += 1;
            }
            b':' => {
                if let Some(Frame::Object { in_value, .. }) = scan.frames.last_mut() {
                    *in_value = true;
                }
                i += 1;
            }
            b',' => {
                match scan.frames.last_mut() {
                    Some(Frame::Array { index, element }) => {
                        *index += 1;
                        *element = Element::Before;
                    }
                    Some(Frame::Object { key, in_value }) => {
                        *key = None;
                        *in_value = false;
                    }
                    None => {}
                }
                i += 1;
            }
            b'"' => {
                // A string: find its end (an unescaped quote), or stop at `end`.
                let start = i + 1;
                let mut j = start;
                while j < end && bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                let closed = j < end;
                let text = json.get(start..j.min(end)).unwrap_or("");
                let is_key = matches!(scan.frames.last(), Some(Frame::Object { in_value: false, .. }));
                if is_key {
                    // A key cut short is not known yet.
                    if let (true, Some(Frame::Object { key, .. })) = (closed, scan.frames.last_mut()) {
                        *key = Some(unescape(text));
                    }
                } else {
                    // The parser reports a wrong scalar after reading it: still the element's.
                    set_element(&mut scan, Element::In);
                    if closed && on_string(&scan, &unescape(text)) {
                        return scan;
                    }
                }
                i = j + 1;
            }
            b if b.is_ascii_whitespace() => i += 1,
            _ => {
                // A number, `true`, `false`, `null` or stray text.
                set_element(&mut scan, Element::In);
                i += 1;
            }
        }
    }
    scan
}

/// Whether a JSON value can start with `b`.
fn starts_value(b: u8) -> bool {
    matches!(b, b'{' | b'[' | b'"' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n')
}

/// Records how far the current array element is read (object values need no record:
/// their key stands until the next comma).
fn set_element(scan: &mut Scan, to: Element) {
    if let Some(Frame::Array { element, .. }) = scan.frames.last_mut() {
        *element = to;
    }
}

/// The common escapes of a key or string; anything else is kept as written.
fn unescape(s: &str) -> String {
    if !s.contains('\\') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some(other @ ('"' | '\\' | '/')) => out.push(other),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// The byte offset of 1-based `line` and `column` (serde_json's error position: the
/// column counts bytes, and points at the last byte read).
pub fn offset_of(json: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match json[start..].find('\n') {
            Some(n) => start += n + 1,
            None => return json.len(),
        }
    }
    (start + column).min(json.len())
}

/// The field path of the value being read at byte `offset` of `json`, where the parser
/// stopped with `message`: the keys whose values, and the elements, that have begun there
/// and not ended. (serde_json reports a missing field after its object's `}`, so at the
/// object itself, and an unknown field right after its key, so at that key.)
pub fn path_at(json: &str, offset: usize, message: &str) -> String {
    // An enum written as an object (`{"zzz": 1}` where `"merged"` belongs) fails right
    // after its key, like an object cut short: the path is the object's place.
    let about =
        if message.starts_with("EOF while parsing an object") || message.starts_with("unknown variant") {
            About::OpenObject
        } else if message.starts_with("EOF while parsing a list") || message.starts_with("trailing comma") {
            About::OpenList
        } else if message.starts_with("invalid type: sequence") || message.starts_with("invalid length") {
            About::ListRead
        } else {
            About::Value
        };
    // "expected value" is reported at the character the parser peeked at and did not
    // take (an array where an enum's name belongs): the value starts there, so the scan
    // stops before it.
    let offset = if message.starts_with("expected value") {
        let mut o = offset.saturating_sub(1).min(json.len());
        while !json.is_char_boundary(o) {
            o -= 1;
        }
        o
    } else {
        offset
    };
    let next = json
        .get(offset..)
        .and_then(|rest| rest.trim_start().bytes().next());
    walk(json, offset, |_, _| false).path(next, about)
}

/// The string at `path` in `json` (read up to the first one found), e.g. a project's id.
pub fn string_at(json: &str, path: &[Step]) -> Option<String> {
    let mut found = None;
    walk(json, json.len(), |scan, value| {
        if scan.is_at(path) {
            found = Some(value.to_string());
            true
        } else {
            false
        }
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_of_values_keys_and_elements() {
        let json = r#"{"projects": [{"id": "a"}, {"id": "b", "chains": "x"}]}"#;
        let at = |needle: &str| json.find(needle).unwrap() + needle.len();
        assert_eq!(path_at(json, at(r#""chains": "x""#), ""), "projects[1].chains");
        assert_eq!(
            path_at(json, at(r#""chains""#), "unknown field"),
            "projects[1].chains"
        );
        assert_eq!(path_at(json, at("[{"), ""), "projects[0]");
        assert_eq!(path_at(json, at(r#""x"}]"#), "missing field `name`"), "projects");
        assert_eq!(
            string_at(json, &[Step::Key("projects"), Step::Index(1), Step::Key("id")]).as_deref(),
            Some("b")
        );
    }

    #[test]
    fn broken_text_never_panics() {
        for json in [
            "", "{", "[", "\"", "{\"a", "{\"a\":", "[1,", "}}]]", "{\"\\", "\"\\u00",
        ] {
            for end in 0..=json.len() + 1 {
                let _ = path_at(json, end, "");
            }
            let _ = string_at(json, &[Step::Key("a")]);
        }
    }
}
