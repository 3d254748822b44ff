//! Fetching and reading the export's files: the first-view file the app starts from (when
//! `cargo xtask build` made one) and the export itself, fetched with gloo-net and read by
//! the domain's one parser and validator.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::{parse_landscape, Catalog, DataError, DATA_PATH};

/// Why a file could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// Network failure or HTTP error status.
    Fetch(String),
    /// The file is not a valid export.
    Data(DataError),
}

/// Where the export's records are.
#[derive(Clone, Debug, PartialEq)]
pub enum Records {
    /// Not fetched yet (the app started from the first-view file).
    NotYet,
    /// On their way.
    Loading,
    /// In the catalog.
    Ready,
    /// The fetch or the file failed.
    Failed(LoadError),
}

impl Records {
    /// The state for the catalog the app started from.
    pub fn of(catalog: &Catalog) -> Records {
        if catalog.data().first_view {
            Records::NotYet
        } else {
            Records::Ready
        }
    }
}

/// How long a file may take to arrive before the error panel offers a Retry.
const FETCH_TIMEOUT_MS: u32 = 20_000;

/// The file the explorer starts from: the first-view file of `lang` (see
/// `domain::first_view_path`), when the page preloads one
/// (`<link data-first-view>`, written by `cargo xtask build`), else the export.
pub fn start_path(lang: crate::domain::Lang) -> String {
    first_view_href()
        // The page names the Spanish and English file; the reader's locale has its own.
        .map(|href| {
            if href == crate::domain::FIRST_VIEW_PATH {
                crate::domain::first_view_path(lang)
            } else {
                href
            }
        })
        .unwrap_or_else(|| DATA_PATH.to_string())
}

/// The first-view file the page preloads (`<link data-first-view>`), when the build wrote
/// its derived files; none for a plain `trunk build`.
pub fn first_view_href() -> Option<String> {
    document()
        .query_selector("link[data-first-view]")
        .ok()
        .flatten()
        .and_then(|l| l.get_attribute("href"))
        .filter(|href| !href.is_empty())
}

/// Fetches, parses, validates and indexes one file.
pub async fn load(path: String) -> Result<Arc<Catalog>, LoadError> {
    let text = fetch(&path).await?;
    read(&path, text).await
}

/// The text of one file, fetched with gloo-net.
async fn fetch(path: &str) -> Result<String, LoadError> {
    fetch_text(path)
        .await
        .map_err(|e| LoadError::Fetch(format!("{path}: {e}")))
}

/// Parses, validates and indexes one file's text. The export keeps its text (the JSON
/// download cuts it); the first-view file does not need to.
async fn read(path: &str, text: String) -> Result<Arc<Catalog>, LoadError> {
    // Parsing, indexing and the first render are separate tasks, so the page stays
    // responsive while a large export loads (and no single task blocks for long).
    next_task().await;
    let landscape = parse_landscape(path, &text).map_err(LoadError::Data)?;
    next_task().await;
    let first_view = landscape.first_view;
    let catalog = Catalog::new(landscape);
    let catalog = if first_view {
        catalog
    } else {
        catalog.with_source(text)
    };
    next_task().await;
    Ok(Arc::new(catalog))
}

/// The body of `url` as text, or why not (a network error, a timeout, an HTTP error
/// status), fetched with gloo-net.
async fn fetch_text(url: &str) -> Result<String, String> {
    let signal = web_sys::AbortSignal::timeout_with_u32(FETCH_TIMEOUT_MS);
    let resp = gloo_net::http::Request::get(url)
        .abort_signal(Some(&signal))
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !resp.ok() {
        return Err(format!("HTTP {} {}", resp.status(), resp.status_text()));
    }
    resp.text().await.map_err(|e| e.to_string())
}

/// Resolves in a later task (a zero-delay timer), letting the browser paint and handle
/// input in between.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
