//! The static pages' own sentences (`landscape_tools::site`): their headings, descriptions,
//! picture texts and links, in each locale. Counts arrive formatted in the locale's plural
//! form (`stats_projects`), so these keys need no plural forms of their own.

use super::strings::{locale, td_string};
use crate::domain::model::Lang;

/// "Open in the explorer" (the static pages' link to the app).
pub fn open(lang: Lang) -> String {
    td_string!(locale(lang), site_open).to_string()
}

/// "Projects on Solana".
pub fn chain_heading(chain: &str, lang: Lang) -> String {
    td_string!(locale(lang), site_chain_heading, chain)
}

/// "Projects with a chain of their own".
pub fn own_chain_heading(lang: Lang) -> String {
    td_string!(locale(lang), site_own_chain_heading).to_string()
}

/// A chain page's description, ending in its count of projects.
pub fn chain_description(chain: &str, n: usize, lang: Lang) -> String {
    let projects = td_string!(locale(lang), stats_projects, count = n);
    td_string!(locale(lang), site_chain_description, chain, projects)
}

/// The own-chain page's description, ending in its count of projects.
pub fn own_chain_description(n: usize, lang: Lang) -> String {
    let projects = td_string!(locale(lang), stats_projects, count = n);
    td_string!(locale(lang), site_own_chain_description, projects)
}

/// The home page's description, naming the article.
pub fn home_description(title: &str, n: usize, lang: Lang) -> String {
    let projects = td_string!(locale(lang), stats_projects, count = n);
    td_string!(locale(lang), site_home_description, title, projects)
}

/// The home page picture's alt text.
pub fn home_image_alt(n: usize, lang: Lang) -> String {
    let projects = td_string!(locale(lang), stats_projects, count = n);
    td_string!(locale(lang), site_home_image_alt, projects)
}

/// The timeline page's description, naming the article's date.
pub fn timeline_description(date: &str, lang: Lang) -> String {
    td_string!(locale(lang), site_timeline_description, date)
}

/// "+12 more" (a list picture's last tile).
pub fn more(n: usize, lang: Lang) -> String {
    td_string!(locale(lang), site_more, count = n)
}

/// "every fact with its source" (the pictures' footer).
pub fn every_fact(lang: Lang) -> String {
    td_string!(locale(lang), site_every_fact).to_string()
}

/// The landscape picture's second line: the count, and the article it comes from.
pub fn picture_sub(title: &str, n: usize, lang: Lang) -> String {
    let projects = td_string!(locale(lang), stats_projects, count = n);
    td_string!(locale(lang), site_picture_sub, title, projects)
}
