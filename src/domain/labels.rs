//! The names of the explorer's views and sort orders, from the interface's strings (kept out
//! of `i18n`, which the catalog and the query use, so that no module imports back).

use super::catalog::Sort;
use super::i18n::tr;
use super::model::Lang;
use super::query::View;

/// Name of a view.
pub fn view_name(view: View, lang: Lang) -> &'static str {
    let t = tr(lang);
    match view {
        View::Cards => t.view_cards,
        View::Map => t.view_map,
        View::Compare => t.view_compare,
        View::Stats => t.view_stats,
        View::Timeline => t.view_timeline,
    }
}

/// Name of a sort order.
pub fn sort_name(sort: Sort, lang: Lang) -> &'static str {
    let t = tr(lang);
    match sort {
        Sort::Name => t.sort_name,
        Sort::Category => t.sort_category,
        Sort::Chains => t.sort_chains,
    }
}
