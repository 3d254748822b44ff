//! The interface's own words in `view!`, following the language: `{label(lang, |s| s.close)}`.

use leptos::prelude::*;

use crate::domain::i18n::{tr, Strings};
use crate::domain::Lang;

/// The label `pick` chooses from the strings of the current language, as a reactive text
/// (or attribute value). Every call returns the same closure type, so tachys builds the
/// code that renders and updates a reactive text once for all labels, where a
/// `move || tr(lang.get()).close` at each place was a type of its own, each with its
/// own copy of that code.
pub fn label(
    lang: Memo<Lang>,
    pick: fn(&'static Strings) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || pick(tr(lang.get()))
}
