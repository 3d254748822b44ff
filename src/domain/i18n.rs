//! The interface's own words in Spanish and English. Data texts come from the export.

use crate::domain::catalog::Sort;
use crate::domain::model::Lang;
use crate::domain::query::View;

mod strings;
pub use strings::{tr, Strings};

/// Name of a view.
pub fn view_name(view: View, lang: Lang) -> &'static str {
    match (view, lang) {
        (View::Cards, Lang::Es) => "Tarjetas",
        (View::Cards, Lang::En) => "Cards",
        (View::Map, Lang::Es) => "Mapa",
        (View::Map, Lang::En) => "Map",
        (View::Compare, Lang::Es) => "Comparar",
        (View::Compare, Lang::En) => "Compare",
        (View::Stats, Lang::Es) => "Estadísticas",
        (View::Stats, Lang::En) => "Stats",
    }
}

/// Name of a sort order.
pub fn sort_name(sort: Sort, lang: Lang) -> &'static str {
    match (sort, lang) {
        (Sort::Name, Lang::Es) => "Nombre",
        (Sort::Name, Lang::En) => "Name",
        (Sort::Category, Lang::Es) => "Categoría",
        (Sort::Category, Lang::En) => "Category",
        (Sort::Chains, Lang::Es) => "Nº de cadenas",
        (Sort::Chains, Lang::En) => "Number of chains",
    }
}

/// "12 of 66 projects".
pub fn count_line(shown: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::Es => format!("{shown} de {total} proyectos"),
        Lang::En => format!("{shown} of {total} projects"),
    }
}

/// The disclosure on the card and in the details of a project the article's publisher
/// runs (a `publisher` relation in the export).
pub fn disclosure(publisher: &str, lang: Lang) -> String {
    let (before, after) = match lang {
        Lang::Es => ("Aviso: ", ", editor del artículo, gestiona este proyecto."),
        Lang::En => ("Disclosure: ", ", the article's publisher, runs this project."),
    };
    [before, publisher, after].concat()
}

/// The notice for values a link asked for that the data does not have:
/// "Not found from the link: project “nope”, chain “zzz”".
pub fn not_found_line(missing: &[(&str, String)], lang: Lang) -> String {
    let what = |param: &str| match (param, lang) {
        ("project", Lang::Es) | ("compare", Lang::Es) => "proyecto",
        ("project", Lang::En) | ("compare", Lang::En) => "project",
        ("category", Lang::Es) => "categoría",
        ("category", Lang::En) => "category",
        ("chain", Lang::Es) => "cadena",
        (_, Lang::En) => "chain",
        (_, Lang::Es) => "valor",
    };
    let items: Vec<String> = missing
        .iter()
        .map(|(p, v)| format!("{} “{}”", what(p), v))
        .collect();
    format!("{}: {}", tr(lang).not_found, items.join(", "))
}
