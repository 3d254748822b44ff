//! Where the app finds its data, relative to the page.

/// Where the app loads the export from, relative to the page (and the file named in
/// error messages).
pub const DATA_PATH: &str = "data/landscape.json";

/// Where `cargo xtask build` writes the first-view file it derives from the export (see
/// [`super::first_view`]), relative to the page.
pub const FIRST_VIEW_PATH: &str = "data/first-view.json";

/// The first-view file for readers of `lang`: [`FIRST_VIEW_PATH`] for Spanish and English
/// (it carries both, the export's two original languages), `data/first-view.<code>.json`
/// for the other 13, each with its own locale's texts and the English fallback only.
pub fn first_view_path(lang: super::model::Lang) -> String {
    use super::model::Lang;
    match lang {
        Lang::Es | Lang::En => FIRST_VIEW_PATH.to_string(),
        l => format!("data/first-view.{}.json", l.code()),
    }
}

/// The export's records for readers of `lang`, cut as [`first_view_path`]'s file is:
/// `data/landscape.es-en.json` for Spanish and English, `data/landscape.<code>.json` for
/// the other 13. `cargo xtask build` writes them beside the first-view files; the full
/// export ([`DATA_PATH`]) stays the public download and what a plain `trunk build` loads.
pub fn records_path(lang: super::model::Lang) -> String {
    use super::model::Lang;
    match lang {
        Lang::Es | Lang::En => "data/landscape.es-en.json".to_string(),
        l => format!("data/landscape.{}.json", l.code()),
    }
}

/// The landscape picture the map view offers (`landscape-es.png`): the build draws it in
/// Spanish and English only, so every other locale gets the English one.
pub fn landscape_picture(lang: super::model::Lang, ext: &str) -> String {
    use super::model::Lang;
    let drawn = if lang == Lang::Es { Lang::Es } else { Lang::En };
    format!("landscape-{}.{ext}", drawn.code())
}
