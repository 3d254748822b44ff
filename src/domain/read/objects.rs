//! Arrays and objects: their syntax, and the field checks of a struct (unknown,
//! repeated and missing fields), with serde_json's messages and places.

use super::fail::{custom, in_index, in_key, Fail, Res};
use super::reader::{Reader, EOF_LIST, EOF_OBJECT, EOF_VALUE};

impl Reader<'_> {
    /// An array, calling `each` for every element.
    pub(crate) fn array(&mut self, each: &mut dyn FnMut(&mut Self) -> Res<()>) -> Res<()> {
        match self.ws() {
            None => return Err(self.ahead(EOF_VALUE)),
            Some(b'[') => self.i += 1,
            Some(_) => return Err(self.wrong_type("a sequence")),
        }
        let mut n = 0;
        loop {
            match self.ws() {
                None => return Err(self.ahead(EOF_LIST)),
                Some(b']') => {
                    self.i += 1;
                    return Ok(());
                }
                Some(_) if n == 0 => {}
                Some(b',') => {
                    self.i += 1;
                    match self.ws() {
                        Some(b']') => return Err(self.ahead("trailing comma")),
                        Some(_) => {}
                        None => return Err(self.ahead(EOF_VALUE)),
                    }
                }
                // Between elements: the array's.
                Some(_) => return Err(self.ahead("expected `,` or `]`")),
            }
            each(self).map_err(|e| in_index(e, n))?;
            n += 1;
        }
    }

    /// An object of the struct `expected` (`struct Project`) with `fields`, calling
    /// `field(reader, index)` for each; the fields whose bit is set in `required` must
    /// be there. Unknown and repeated fields are errors.
    pub(crate) fn object(
        &mut self,
        expected: &str,
        fields: &[&str],
        required: u32,
        field: &mut dyn FnMut(&mut Self, usize) -> Res<()>,
    ) -> Res<()> {
        match self.ws() {
            None => return Err(self.ahead(EOF_VALUE)),
            Some(b'{') => self.i += 1,
            // Where serde would read the fields in order from an array.
            Some(b'[') => {
                return Err(self.fix(custom(format!("invalid type: sequence, expected {expected}"))))
            }
            Some(_) => return Err(self.wrong_type(expected)),
        }
        // A syntax error between fields is the object's (as serde_path_to_error places it).
        let mut seen = 0u32;
        loop {
            match self.ws() {
                None => return Err(self.ahead(EOF_OBJECT)),
                Some(b'}') => {
                    self.i += 1;
                    break;
                }
                // The first key (no field read yet).
                Some(b'"') if seen == 0 => {}
                Some(_) if seen == 0 => return Err(self.ahead("key must be a string")),
                Some(b',') => {
                    self.i += 1;
                    match self.ws() {
                        Some(b'"') => {}
                        Some(b'}') => return Err(self.ahead("trailing comma")),
                        Some(_) => return Err(self.ahead("key must be a string")),
                        None => return Err(self.ahead(EOF_VALUE)),
                    }
                }
                Some(_) => return Err(self.ahead("expected `,` or `}`")),
            }
            self.i += 1;
            let key = self.key_rest()?;
            let Some(f) = fields.iter().position(|name| *name == key) else {
                let e = custom(format!("unknown field `{key}`, expected {}", one_of(fields)));
                return Err(in_key(self.end_after_key(e), &key));
            };
            if seen & (1 << f) != 0 {
                let e = custom(format!("duplicate field `{key}`"));
                return Err(in_key(self.end_after_key(e), &key));
            }
            seen |= 1 << f;
            match self.ws() {
                Some(b':') => self.i += 1,
                Some(_) => return Err(self.ahead("expected `:`")),
                None => return Err(self.ahead(EOF_OBJECT)),
            }
            field(self, f).map_err(|e| in_key(e, fields[f]))?;
        }
        let missing = required & !seen;
        if missing != 0 {
            let name = fields[missing.trailing_zeros() as usize];
            return Err(self.fix(custom(format!("missing field `{name}`"))));
        }
        Ok(())
    }

    /// Where serde places an error raised at a key: it reads on to the object's end
    /// (white space, and a `}` if one is next) before giving the error its position.
    fn end_after_key(&mut self, e: Box<Fail>) -> Box<Fail> {
        if self.ws() == Some(b'}') {
            self.i += 1;
        }
        self.fix(e)
    }

    /// The error for an array where only a string or an object may be (a text): serde
    /// enters the array and reads on to its end before placing the error.
    fn array_for_text(&mut self, expected: &str) -> Box<Fail> {
        self.i += 1;
        match self.ws() {
            Some(b']') => self.i += 1,
            Some(b',') => {
                self.i += 1;
                self.ws();
            }
            _ => {}
        }
        self.fix(custom(format!("invalid type: sequence, expected {expected}")))
    }

    /// A value that may be a string, an object (`object`) or something else: which one
    /// comes next, white space skipped. An array is an error.
    pub(crate) fn string_or_object(&mut self, expected: &str) -> Res<bool> {
        match self.ws() {
            None => Err(self.ahead(EOF_VALUE)),
            Some(b'"') => Ok(true),
            Some(b'{') => Ok(false),
            Some(b'[') => Err(self.array_for_text(expected)),
            Some(_) => Err(self.wrong_type(expected)),
        }
    }
}

/// serde's list of the fields a struct has: "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
fn one_of(fields: &[&str]) -> String {
    let many = fields.len() > 2;
    let mut out = String::from(if many { "one of " } else { "" });
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push_str(if many { ", " } else { " or " });
        }
        out.push('`');
        out.push_str(f);
        out.push('`');
    }
    out
}
