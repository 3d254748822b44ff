//! The reader and the scalars: white space, `null`, numbers and strings, and the errors
//! serde_json gives for each, placed where it places them.

use std::borrow::Cow;

use super::fail::{custom, Fail, Res};

pub(super) const EOF_VALUE: &str = "EOF while parsing a value";
const EOF_STRING: &str = "EOF while parsing a string";
pub(super) const EOF_LIST: &str = "EOF while parsing a list";
pub(super) const EOF_OBJECT: &str = "EOF while parsing an object";
const INVALID_NUMBER: &str = "invalid number";
const INVALID_ESCAPE: &str = "invalid escape";

/// A number as read, for what a wrong-type message says about it.
enum Num<'a> {
    U(u64),
    I(i64),
    F(&'a str),
}

impl Num<'_> {
    fn describe(&self) -> String {
        match self {
            Num::U(v) => format!("integer `{v}`"),
            Num::I(v) => format!("integer `{v}`"),
            Num::F(s) => format!("floating point `{s}`"),
        }
    }
}

/// The reader: the text and how far it is read.
pub(crate) struct Reader<'a> {
    pub(super) text: &'a str,
    pub(super) i: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(text: &'a str) -> Reader<'a> {
        Reader { text, i: 0 }
    }

    pub(super) fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.i).copied()
    }

    /// Skips white space; the next byte.
    pub(super) fn ws(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.i += 1;
        }
        self.peek()
    }

    /// An error about the byte just read (serde_json's `error`).
    #[cold]
    pub(super) fn here(&self, message: &str) -> Box<Fail> {
        Box::new(Fail {
            message: message.to_string(),
            at: Some(self.i),
            path: Vec::new(),
        })
    }

    /// An error about the next byte (serde_json's `peek_error`).
    #[cold]
    pub(super) fn ahead(&self, message: &str) -> Box<Fail> {
        let mut e = self.here(message);
        e.at = Some((self.i + 1).min(self.text.len()));
        e
    }

    /// Gives a positionless error the current position (serde_json's `fix_position`).
    pub(super) fn fix(&self, mut e: Box<Fail>) -> Box<Fail> {
        e.at.get_or_insert(self.i);
        e
    }

    /// The end of the text: nothing but white space may follow the export.
    pub(crate) fn end(&mut self) -> Res<()> {
        match self.ws() {
            Some(_) => Err(self.ahead("trailing characters")),
            None => Ok(()),
        }
    }

    /// Reads `rest` of `null`, `true` or `false`, its first byte read.
    fn ident(&mut self, rest: &[u8]) -> Res<()> {
        for want in rest {
            let Some(b) = self.peek() else {
                return Err(self.here(EOF_VALUE));
            };
            self.i += 1;
            if b != *want {
                return Err(self.here("expected ident"));
            }
        }
        Ok(())
    }

    /// The error for a value of the wrong type where `expected` was wanted. Like serde
    /// it reads a scalar to say what it is, and stops before an array or object.
    #[cold]
    pub(super) fn wrong_type(&mut self, expected: &str) -> Box<Fail> {
        let found = match self.peek().unwrap_or(0) {
            b'n' => self.word(b"ull", "null"),
            b't' => self.word(b"rue", "boolean `true`"),
            b'f' => self.word(b"alse", "boolean `false`"),
            b'-' | b'0'..=b'9' => self.number().map(|n| n.describe()),
            b'"' => {
                self.i += 1;
                self.string_rest().map(|s| format!("string {s:?}"))
            }
            b'[' => Ok("sequence".to_string()),
            b'{' => Ok("map".to_string()),
            _ => return self.ahead("expected value"),
        };
        match found {
            Ok(found) => self.fix(custom(format!("invalid type: {found}, expected {expected}"))),
            Err(e) => e,
        }
    }

    fn word(&mut self, rest: &[u8], name: &str) -> Res<String> {
        self.i += 1;
        self.ident(rest)?;
        Ok(name.to_string())
    }

    /// A number, at its `-` or first digit.
    fn number(&mut self) -> Res<Num<'a>> {
        let start = self.i;
        let positive = self.peek() != Some(b'-');
        if !positive {
            self.i += 1;
        }
        let Some(first) = self.peek() else {
            return Err(self.here(EOF_VALUE));
        };
        self.i += 1;
        let mut value: u64 = 0;
        let mut float = false;
        match first {
            b'0' => {
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.ahead(INVALID_NUMBER));
                }
            }
            b'1'..=b'9' => {
                value = u64::from(first - b'0');
                while let Some(d @ b'0'..=b'9') = self.peek() {
                    match value
                        .checked_mul(10)
                        .and_then(|v| v.checked_add(u64::from(d - b'0')))
                    {
                        Some(v) => value = v,
                        None => float = true,
                    }
                    self.i += 1;
                }
            }
            _ => return Err(self.here(INVALID_NUMBER)),
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            float = true;
            let digits = self.i;
            self.digits();
            if self.i == digits {
                let e = if self.peek().is_some() {
                    INVALID_NUMBER
                } else {
                    EOF_VALUE
                };
                return Err(self.ahead(e));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            float = true;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            match self.peek() {
                None => return Err(self.here(EOF_VALUE)),
                Some(b'0'..=b'9') => self.i += 1,
                Some(_) => {
                    self.i += 1;
                    return Err(self.here(INVALID_NUMBER));
                }
            }
            self.digits();
        }
        if float {
            return Ok(Num::F(self.text.get(start..self.i).unwrap_or_default()));
        }
        if positive {
            return Ok(Num::U(value));
        }
        // As serde_json: `-0` and what does not fit an i64 are floats.
        let negative = (value as i64).wrapping_neg();
        Ok(if negative >= 0 {
            Num::F(self.text.get(start..self.i).unwrap_or_default())
        } else {
            Num::I(negative)
        })
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
    }

    /// A string.
    pub(crate) fn string(&mut self) -> Res<String> {
        match self.ws() {
            None => Err(self.ahead(EOF_VALUE)),
            Some(b'"') => {
                self.i += 1;
                self.string_rest()
            }
            Some(_) => Err(self.wrong_type("a string")),
        }
    }

    /// The rest of a string, after its opening quote.
    pub(super) fn string_rest(&mut self) -> Res<String> {
        let mut out = String::new();
        let bytes = self.text.as_bytes();
        loop {
            let start = self.i;
            while let Some(&b) = bytes.get(self.i) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.i += 1;
            }
            out.push_str(self.text.get(start..self.i).unwrap_or_default());
            let Some(b) = self.peek() else {
                return Err(self.here(EOF_STRING));
            };
            self.i += 1;
            match b {
                b'"' => return Ok(out),
                b'\\' => self.escape(&mut out)?,
                _ => {
                    return Err(self.here("control character (\\u0000-\\u001F) found while parsing a string"))
                }
            }
        }
    }

    /// The rest of an object's key, after its opening quote: borrowed from the text when
    /// it has no escape (every key of a well-formed export), so reading a key allocates
    /// nothing; else read as any string, with its errors.
    pub(super) fn key_rest(&mut self) -> Res<Cow<'a, str>> {
        let start = self.i;
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.i) {
            match b {
                b'"' => {
                    let key = self.text.get(start..self.i).unwrap_or_default();
                    self.i += 1;
                    return Ok(Cow::Borrowed(key));
                }
                b'\\' | 0..=0x1f => break,
                _ => self.i += 1,
            }
        }
        self.i = start;
        self.string_rest().map(Cow::Owned)
    }

    fn next_in_string(&mut self) -> Res<u8> {
        let b = self.peek().ok_or_else(|| self.here(EOF_STRING))?;
        self.i += 1;
        Ok(b)
    }

    fn escape(&mut self, out: &mut String) -> Res<()> {
        let c = match self.next_in_string()? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(out),
            _ => return Err(self.here(INVALID_ESCAPE)),
        };
        out.push(c);
        Ok(())
    }

    fn unicode_escape(&mut self, out: &mut String) -> Res<()> {
        const LONE: &str = "lone leading surrogate in hex escape";
        let high = self.hex4()?;
        if (0xDC00..=0xDFFF).contains(&high) {
            return Err(self.here(LONE));
        }
        let code = if (0xD800..=0xDBFF).contains(&high) {
            for want in [b'\\', b'u'] {
                let b = self.peek().ok_or_else(|| self.here(EOF_STRING))?;
                self.i += 1;
                if b != want {
                    return Err(self.here("unexpected end of hex escape"));
                }
            }
            let low = self.hex4()?;
            if !(0xDC00..=0xDFFF).contains(&low) {
                return Err(self.here(LONE));
            }
            0x1_0000 + ((high - 0xD800) << 10 | (low - 0xDC00))
        } else {
            high
        };
        out.push(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER));
        Ok(())
    }

    /// Four hex digits, all read before they are checked (as serde_json does).
    fn hex4(&mut self) -> Res<u32> {
        let mut value = Some(0u32);
        for _ in 0..4 {
            let digit = char::from(self.next_in_string()?).to_digit(16);
            value = value.zip(digit).map(|(v, d)| v * 16 + d);
        }
        value.ok_or_else(|| self.here(INVALID_ESCAPE))
    }

    /// An unsigned integer of at most `max` (`expected` names its type: `u32`).
    pub(crate) fn unsigned(&mut self, max: u64, expected: &str) -> Res<u64> {
        let n = match self.ws() {
            None => return Err(self.ahead(EOF_VALUE)),
            Some(b'-' | b'0'..=b'9') => self.number()?,
            Some(_) => return Err(self.wrong_type(expected)),
        };
        let what = match n {
            Num::U(v) if v <= max => return Ok(v),
            Num::F(_) => "type",
            _ => "value",
        };
        Err(self.fix(custom(format!(
            "invalid {what}: {}, expected {expected}",
            n.describe()
        ))))
    }

    /// Whether the next value is `null` (read if so): an absent optional value.
    pub(crate) fn null(&mut self) -> Res<bool> {
        if self.ws() != Some(b'n') {
            return Ok(false);
        }
        self.i += 1;
        self.ident(b"ull")?;
        Ok(true)
    }
}
