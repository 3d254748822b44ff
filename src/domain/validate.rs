//! Loading and validating an export: JSON syntax and shape first (with line, column and
//! field path), then the rules the format promises (unique ids, known references, safe
//! links, sane sizes). The app and the tests use this one validator.

pub use super::data_error::{DataError, Problem};
use super::model::Landscape;

mod collector;
mod history;
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
    let landscape: Landscape = serde_json::from_str(json).map_err(|e| {
        let (line, column) = (e.line(), e.column());
        let text = e.to_string();
        let message = text
            .strip_suffix(&format!(" at line {line} column {column}"))
            .unwrap_or(&text)
            .to_string();
        // The field path, by scanning the text up to the failure (only after a failure).
        let offset = super::json_path::offset_of(json, line, column);
        let path = super::json_path::path_at(json, offset, &message);
        DataError::Syntax {
            file: file.into(),
            line,
            column,
            path: describe_path(json, &path),
            message,
        }
    })?;
    validate(file, &landscape)?;
    Ok(landscape)
}

/// Turns `projects[3].chains[0].id` into `project \`io-net\` projects[3].chains[0].id`
/// when the project's id can be read from the JSON (after a failure only: the text is
/// read a second time for the projects' ids alone, which fails quietly on broken JSON).
pub fn describe_path(json: &str, path: &str) -> String {
    #[derive(serde::Deserialize)]
    struct Ids {
        #[serde(default)]
        projects: Vec<IdOnly>,
    }
    #[derive(serde::Deserialize)]
    struct IdOnly {
        #[serde(default)]
        id: Option<String>,
    }
    let Some(rest) = path.strip_prefix("projects[") else {
        return path.to_string();
    };
    let Some(index) = rest.split(']').next().and_then(|i| i.parse::<usize>().ok()) else {
        return path.to_string();
    };
    let id = serde_json::from_str::<Ids>(json)
        .ok()
        .and_then(|ids| ids.projects.into_iter().nth(index))
        .and_then(|p| p.id);
    match id {
        Some(id) => format!("project `{id}` {path}"),
        None => path.to_string(),
    }
}
