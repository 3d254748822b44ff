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

/// Marks `el`, a data text shown in `shown` (English) because it has no version in the
/// reader's locale `reader`: `lang` on the element, for screen readers and fonts, and a
/// visible hint after it, in the reader's interface language.
pub fn mark_fallback(doc: &web_sys::Document, el: &web_sys::Element, shown: Lang, reader: Lang) {
    let _ = el.set_attribute("lang", shown.code());
    let _ = el.set_attribute("data-fallback", shown.code());
    if let Ok(hint) = doc.create_element("span") {
        hint.set_class_name("fallback-hint");
        let _ = hint.set_attribute("lang", reader.code());
        hint.set_text_content(Some(tr(reader).in_english));
        let _ = el.append_child(&hint);
    }
}
