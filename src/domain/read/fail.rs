//! How reading fails: the error the caller gets, and the failure on its way out of the
//! reader, which gathers its field path as it unwinds.

/// Why reading stopped: where (a byte offset, and the field path), and what.
#[derive(Debug, PartialEq, Eq)]
pub struct ReadError {
    /// Byte offset of the error, as serde_json counts it: one past the last byte read.
    pub offset: usize,
    /// The field path: `projects[3].chains[0].id` (empty at the top level).
    pub path: String,
    /// What is wrong, in serde_json's words.
    pub message: String,
}

/// A step of the path to an error, innermost first while it is unwound.
pub(super) enum Step {
    Key(String),
    Index(usize),
}

/// A failure on its way out: `at` is unset for the errors serde raises without a
/// position (wrong type or value, missing or unknown field), which take the reader's
/// position where serde's would (see `Reader::fix`).
pub(crate) struct Fail {
    pub(super) message: String,
    pub(super) at: Option<usize>,
    pub(super) path: Vec<Step>,
}

pub(crate) type Res<T> = Result<T, Box<Fail>>;

impl Fail {
    pub(super) fn into_error(self, len: usize) -> ReadError {
        let mut path = String::new();
        for step in self.path.iter().rev() {
            match step {
                Step::Key(k) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(k);
                }
                Step::Index(i) => {
                    path.push('[');
                    path.push_str(&i.to_string());
                    path.push(']');
                }
            }
        }
        ReadError {
            offset: self.at.unwrap_or(len).min(len),
            path,
            message: self.message,
        }
    }
}

/// Adds a key to the path of an error coming out of its value.
pub(super) fn in_key(mut e: Box<Fail>, key: &str) -> Box<Fail> {
    e.path.push(Step::Key(key.to_string()));
    e
}

pub(super) fn in_index(mut e: Box<Fail>, index: usize) -> Box<Fail> {
    e.path.push(Step::Index(index));
    e
}

#[cold]
pub(super) fn custom(message: String) -> Box<Fail> {
    Box::new(Fail {
        message,
        at: None,
        path: Vec::new(),
    })
}

/// The 1-based line and the column (bytes into the line, as serde_json counts them) of
/// byte `offset`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.as_bytes().get(..offset).unwrap_or(text.as_bytes());
    let start = before.iter().rposition(|&b| b == b'\n').map_or(0, |n| n + 1);
    let line = 1 + before[..start].iter().filter(|&&b| b == b'\n').count();
    (line, offset - start)
}
