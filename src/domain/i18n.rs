//! The interface's own words in Spanish and English. Data texts come from the export.

use crate::domain::catalog::Sort;
use crate::domain::history::Status;
use crate::domain::model::{EventKind, Lang};
use crate::domain::query::View;

mod strings;
pub use strings::{tr, Strings};

/// Name of a view.
pub fn view_name(view: View, lang: Lang) -> &'static str {
    match (view, lang) {
        (View::Cards, Lang::Es) => "Tarjetas",
        (View::Cards, _) => "Cards",
        (View::Map, Lang::Es) => "Mapa",
        (View::Map, _) => "Map",
        (View::Compare, Lang::Es) => "Comparar",
        (View::Compare, _) => "Compare",
        (View::Stats, Lang::Es) => "Estadísticas",
        (View::Stats, _) => "Stats",
        (View::Timeline, Lang::Es) => "Cronología",
        (View::Timeline, _) => "Timeline",
    }
}

/// Name of a status (the facet's values, the comparison's row).
pub fn status_name(status: Status, lang: Lang) -> &'static str {
    match (status, lang) {
        (Status::Active, Lang::Es) => "Activo",
        (Status::Active, _) => "Active",
        (Status::Renamed, Lang::Es) => "Renombrado",
        (Status::Renamed, _) => "Renamed",
        (Status::Merged, Lang::Es) => "Fusionado",
        (Status::Merged, _) => "Merged",
        (Status::Inactive, Lang::Es) => "Inactivo",
        (Status::Inactive, _) => "Inactive",
        (Status::Unknown, Lang::Es) => "Sin datos",
        (Status::Unknown, _) => "Not known",
    }
}

/// Name of an event kind (the timeline's labels, the statistics' summary).
pub fn event_kind_name(kind: EventKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (EventKind::Renamed, Lang::Es) => "Cambio de nombre",
        (EventKind::Renamed, _) => "Renamed",
        (EventKind::Merged, Lang::Es) => "Fusión",
        (EventKind::Merged, _) => "Merged",
        (EventKind::Left, Lang::Es) => "Salida",
        (EventKind::Left, _) => "Left",
        (EventKind::TokenMigrated, Lang::Es) => "Migración de token",
        (EventKind::TokenMigrated, _) => "Token migrated",
        (EventKind::ChainMoved, Lang::Es) => "Cambio de cadena",
        (EventKind::ChainMoved, _) => "Chain moved",
        (EventKind::Mainnet, Lang::Es) => "Mainnet",
        (EventKind::Mainnet, _) => "Mainnet",
        (EventKind::TokenLaunch, Lang::Es) => "Lanzamiento de token",
        (EventKind::TokenLaunch, _) => "Token launch",
        (EventKind::Acquired, Lang::Es) => "Adquisición",
        (EventKind::Acquired, _) => "Acquired",
        (EventKind::ShutDown, Lang::Es) => "Cierre",
        (EventKind::ShutDown, _) => "Shut down",
        (EventKind::Other, Lang::Es) => "Otro",
        (EventKind::Other, _) => "Other",
    }
}

/// A former chain's mark: "until 2023".
pub fn former_text(until: &str, lang: Lang) -> String {
    let year = until.get(..4).unwrap_or(until);
    match lang {
        Lang::Es => format!("hasta {year}"),
        _ => format!("until {year}"),
    }
}

/// A card's status line, without its year: "Now Olas", "Merged into ASI Alliance".
/// `name` is the current name or the other side's display name.
pub fn card_line_text(kind: Option<EventKind>, name: Option<&str>, lang: Lang) -> String {
    let n = name.unwrap_or("");
    match (kind, name.is_some(), lang) {
        (None, _, Lang::Es) => format!("Ahora {n}"),
        (None, _, _) => format!("Now {n}"),
        (Some(EventKind::Merged), true, Lang::Es) => format!("Fusionado en {n}"),
        (Some(EventKind::Merged), true, _) => format!("Merged into {n}"),
        (Some(EventKind::Left), true, Lang::Es) => format!("Salió de {n}"),
        (Some(EventKind::Left), true, _) => format!("Left {n}"),
        (Some(EventKind::Acquired), true, Lang::Es) => format!("Adquirido por {n}"),
        (Some(EventKind::Acquired), true, _) => format!("Acquired by {n}"),
        (Some(EventKind::TokenMigrated), _, Lang::Es) => "Token migrado".into(),
        (Some(EventKind::TokenMigrated), _, _) => "Token migrated".into(),
        (Some(EventKind::ChainMoved), _, Lang::Es) => "Cambió de cadena".into(),
        (Some(EventKind::ChainMoved), _, _) => "Moved chains".into(),
        (Some(k), _, lang) => event_kind_name(k, lang).into(),
    }
}

/// Name of a sort order.
pub fn sort_name(sort: Sort, lang: Lang) -> &'static str {
    match (sort, lang) {
        (Sort::Name, Lang::Es) => "Nombre",
        (Sort::Name, _) => "Name",
        (Sort::Category, Lang::Es) => "Categoría",
        (Sort::Category, _) => "Category",
        (Sort::Chains, Lang::Es) => "Nº de cadenas",
        (Sort::Chains, _) => "Number of chains",
    }
}

/// "12 of 66 projects".
pub fn count_line(shown: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::Es => format!("{shown} de {total} proyectos"),
        _ => format!("{shown} of {total} projects"),
    }
}

/// The disclosure on the card and in the details of a project the article's publisher
/// runs (a `publisher` relation in the export).
pub fn disclosure(publisher: &str, lang: Lang) -> String {
    let (before, after) = match lang {
        Lang::Es => ("Aviso: ", ", editor del artículo, gestiona este proyecto."),
        _ => ("Disclosure: ", ", the article's publisher, runs this project."),
    };
    [before, publisher, after].concat()
}

/// The notice for values a link asked for that the data does not have:
/// "Not found from the link: project “nope”, chain “zzz”".
pub fn not_found_line(missing: &[(&str, String)], lang: Lang) -> String {
    let what = |param: &str| match (param, lang) {
        ("project", Lang::Es) | ("compare", Lang::Es) => "proyecto",
        ("project", _) | ("compare", _) => "project",
        ("category", Lang::Es) => "categoría",
        ("category", _) => "category",
        ("chain", Lang::Es) => "cadena",
        (_, Lang::Es) => "valor",
        (_, _) => "chain",
    };
    let items: Vec<String> = missing
        .iter()
        .map(|(p, v)| format!("{} “{}”", what(p), v))
        .collect();
    format!("{}: {}", tr(lang).not_found, items.join(", "))
}
