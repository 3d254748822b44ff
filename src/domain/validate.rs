//! Loading and validating an export: JSON syntax and shape first (with line, column and
//! field path), then the rules the format promises (unique ids, known references, safe
//! links, sane sizes). The app and the tests use this one validator.

pub use super::data_error::{DataError, Problem};
use super::json_path::{self, Step};
use super::model::Landscape;
use super::read;

mod links;
mod rules;

pub use links::{is_safe_link, link_host};
pub use rules::{validate, MAX_BYTES, MAX_NAME_CHARS, MAX_PROBLEMS, MAX_PROJECTS, MAX_TEXT_CHARS};

/// Parses and validates an export. `file` names it in messages (`data/landscape.json`).
pub fn parse_landscape(file: &str, json: &str) -> Result<Landscape, DataError> {
    if json.len() > MAX_BYTES {
        return Err(DataError::TooLarge {
            file: file.into(),
            bytes: json.len(),
            limit: MAX_BYTES,
        });
    }
    let landscape = read::landscape(json).map_err(|e| {
        let (line, column) = read::line_column(json, e.offset);
        DataError::Syntax {
            file: file.into(),
            line,
            column,
            path: describe_path(json, &e.path),
            message: e.message,
        }
    })?;
    validate(file, &landscape)?;
    Ok(landscape)
}

/// Turns `projects[3].chains[0].id` into `project \`io-net\` (projects[3]) .chains[0].id`
/// when the project's id can be read from the (syntactically valid) JSON.
pub fn describe_path(json: &str, path: &str) -> String {
    let Some(rest) = path.strip_prefix("projects[") else {
        return path.to_string();
    };
    let Some(end) = rest.find(']') else {
        return path.to_string();
    };
    let Ok(index) = rest[..end].parse::<usize>() else {
        return path.to_string();
    };
    let id = json_path::string_at(
        json,
        &[Step::Key("projects"), Step::Index(index), Step::Key("id")],
    );
    match id {
        Some(id) => format!("project `{id}` {path}"),
        None => path.to_string(),
    }
}
