//! Where the app finds its data, relative to the page.

/// Where the app loads the export from, relative to the page (and the file named in
/// error messages).
pub const DATA_PATH: &str = "data/landscape.json";

/// Where `cargo xtask build` writes the first-view file it derives from the export (see
/// [`super::first_view`]), relative to the page.
pub const FIRST_VIEW_PATH: &str = "data/first-view.json";
