//! What is wrong with an export, said so that a person can find it: the file, then the
//! line and column (syntax) or the project and field (rules). Made by
//! [`super::validate`]; shown by the app's error panel and by build warnings.

use std::fmt;

use thiserror::Error;

/// One rule broken, with the place in the export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where: `project \`io-net\` field \`chains[0].id\``, `category \`defi\``, ...
    pub place: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

/// Why an export cannot be used. Every message names the file and the place.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DataError {
    /// Not JSON, or JSON of the wrong shape (missing field, wrong type).
    #[error("{file} line {line} column {column}{}: {message}", path_suffix(.path))]
    Syntax {
        /// The file name.
        file: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// Field path (`projects[3].chains[0].id`), with the project id when known.
        path: String,
        /// The parser's message.
        message: String,
    },
    /// The file is bigger than [`MAX_BYTES`](super::validate::MAX_BYTES).
    #[error("{file}: {bytes} bytes is more than the {limit} bytes an export may have")]
    TooLarge {
        /// The file name.
        file: String,
        /// Its size.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// Well-formed JSON that breaks the format's rules.
    #[error("{file}: {}", list(.problems, *.more))]
    Invalid {
        /// The file name.
        file: String,
        /// The first [`MAX_PROBLEMS`](super::validate::MAX_PROBLEMS) problems.
        problems: Vec<Problem>,
        /// How many more were found.
        more: usize,
    },
}

fn path_suffix(path: &str) -> String {
    if path.is_empty() || path == "." {
        String::new()
    } else {
        format!(" (at {path})")
    }
}

fn list(problems: &[Problem], more: usize) -> String {
    let mut s = problems
        .iter()
        .map(Problem::to_string)
        .collect::<Vec<_>>()
        .join("; ");
    if more > 0 {
        s.push_str(&format!("; and {more} more"));
    }
    s
}

impl DataError {
    /// The individual problems, one line each, for display.
    pub fn lines(&self) -> Vec<String> {
        match self {
            DataError::Invalid { file, problems, more } => {
                let mut v: Vec<String> = problems.iter().map(|p| format!("{file}: {p}")).collect();
                if *more > 0 {
                    v.push(format!("… and {more} more"));
                }
                v
            }
            other => vec![other.to_string()],
        }
    }
}
