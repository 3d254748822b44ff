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
        (View::Cards, Lang::En) => "Cards",
        (View::Map, Lang::Es) => "Mapa",
        (View::Map, Lang::En) => "Map",
        (View::Compare, Lang::Es) => "Comparar",
        (View::Compare, Lang::En) => "Compare",
        (View::Stats, Lang::Es) => "Estadísticas",
        (View::Stats, Lang::En) => "Stats",
        (View::Timeline, Lang::Es) => "Cronología",
        (View::Timeline, Lang::En) => "Timeline",
    }
}

/// Name of a status (the facet's values, the comparison's row).
pub fn status_name(status: Status, lang: Lang) -> &'static str {
    match (status, lang) {
        (Status::Active, Lang::Es) => "Activo",
        (Status::Active, Lang::En) => "Active",
        (Status::Renamed, Lang::Es) => "Renombrado",
        (Status::Renamed, Lang::En) => "Renamed",
        (Status::Merged, Lang::Es) => "Fusionado",
        (Status::Merged, Lang::En) => "Merged",
        (Status::Inactive, Lang::Es) => "Inactivo",
        (Status::Inactive, Lang::En) => "Inactive",
        (Status::Unknown, Lang::Es) => "Sin datos",
        (Status::Unknown, Lang::En) => "Not known",
    }
}

/// Name of an event kind (the timeline's labels, the statistics' summary).
pub fn event_kind_name(kind: EventKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (EventKind::Renamed, Lang::Es) => "Cambio de nombre",
        (EventKind::Renamed, Lang::En) => "Renamed",
        (EventKind::Merged, Lang::Es) => "Fusión",
        (EventKind::Merged, Lang::En) => "Merged",
        (EventKind::Left, Lang::Es) => "Salida",
        (EventKind::Left, Lang::En) => "Left",
        (EventKind::TokenMigrated, Lang::Es) => "Migración de token",
        (EventKind::TokenMigrated, Lang::En) => "Token migrated",
        (EventKind::ChainMoved, Lang::Es) => "Cambio de cadena",
        (EventKind::ChainMoved, Lang::En) => "Chain moved",
        (EventKind::Mainnet, Lang::Es) => "Mainnet",
        (EventKind::Mainnet, Lang::En) => "Mainnet",
        (EventKind::TokenLaunch, Lang::Es) => "Lanzamiento de token",
        (EventKind::TokenLaunch, Lang::En) => "Token launch",
        (EventKind::Acquired, Lang::Es) => "Adquisición",
        (EventKind::Acquired, Lang::En) => "Acquired",
        (EventKind::ShutDown, Lang::Es) => "Cierre",
        (EventKind::ShutDown, Lang::En) => "Shut down",
        (EventKind::Other, Lang::Es) => "Otro",
        (EventKind::Other, Lang::En) => "Other",
    }
}

/// A former chain's mark: "until 2023".
pub fn former_text(until: &str, lang: Lang) -> String {
    let year = until.get(..4).unwrap_or(until);
    match lang {
        Lang::Es => format!("hasta {year}"),
        Lang::En => format!("until {year}"),
    }
}

/// A card's status line, without its year: "Now Olas", "Merged into ASI Alliance".
/// `name` is the current name or the other side's display name.
pub fn card_line_text(kind: Option<EventKind>, name: Option<&str>, lang: Lang) -> String {
    let n = name.unwrap_or("");
    match (kind, name.is_some(), lang) {
        (None, _, Lang::Es) => format!("Ahora {n}"),
        (None, _, Lang::En) => format!("Now {n}"),
        (Some(EventKind::Merged), true, Lang::Es) => format!("Fusionado en {n}"),
        (Some(EventKind::Merged), true, Lang::En) => format!("Merged into {n}"),
        (Some(EventKind::Left), true, Lang::Es) => format!("Salió de {n}"),
        (Some(EventKind::Left), true, Lang::En) => format!("Left {n}"),
        (Some(EventKind::Acquired), true, Lang::Es) => format!("Adquirido por {n}"),
        (Some(EventKind::Acquired), true, Lang::En) => format!("Acquired by {n}"),
        (Some(EventKind::TokenMigrated), _, Lang::Es) => "Token migrado".into(),
        (Some(EventKind::TokenMigrated), _, Lang::En) => "Token migrated".into(),
        (Some(EventKind::ChainMoved), _, Lang::Es) => "Cambió de cadena".into(),
        (Some(EventKind::ChainMoved), _, Lang::En) => "Moved chains".into(),
        (Some(k), _, lang) => event_kind_name(k, lang).into(),
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
