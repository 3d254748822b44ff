//! One value of a comparison cell (`domain::compare::Item`) as a list item: the value,
//! linked when it has a target, a copy button for a contract's address, the "shared" chip
//! and its source. The compare view and the dialog's links and contracts use it.

use leptos::prelude::*;

use crate::domain::compare::Item;
use crate::domain::i18n::tr;
use crate::domain::records::{copy_address_label, copy_short_label};
use crate::domain::validate::is_safe_link;
use crate::domain::Lang;
use crate::ui::erased::{handler, CollectErased};
use crate::ui::source_tag::SourceTag;
use crate::ui::state::use_explorer;

/// The `<li>` of one item, in language `l`.
pub fn item_view(item: Item, l: Lang) -> impl IntoView {
    let label = item.text.get(l).to_string();
    let body = match item.href.filter(|h| is_safe_link(h)) {
        Some(href) => view! { <a href=href target="_blank" rel="noopener noreferrer">{label}</a> }.into_any(),
        None => view! { <span>{label}</span> }.into_any(),
    };
    let copy = item.copy.clone().map(|c| view! { " " {copy_button(c)} });
    view! {
        <li class:compare__shared=item.shared data-link=item.link data-contract=item.copy>
            {body}
            {item.note.map(|n| view! { " " <span class="note">{n.get(l).to_string()}</span> })}
            {copy}
            {item.shared.then(|| view! { " " <span class="chip chip--shared">{tr(l).shared}</span> })}
            {item.source.map(|src| view! { " " <SourceTag source=src quote=item.quote/> })}
        </li>
    }
}

/// A list of items, in language `l`.
pub fn item_list(items: Vec<Item>, l: Lang) -> impl IntoView {
    view! { <ul class="facts">{items.into_iter().map(|i| item_view(i, l)).collect_erased()}</ul> }
}

/// A button that copies `text` to the clipboard and says so for a moment. When copying is
/// refused (an embed without `clipboard-write`), the whole text appears beside it in a
/// read-only field, selected, with a line saying to copy it from there.
pub fn copy_button(text: String) -> impl IntoView {
    let lang = use_explorer().lang;
    let copied = RwSignal::new(None::<bool>);
    let field = NodeRef::<leptos::html::Input>::new();
    let label = move || copy_address_label(lang.get(), copied.get());
    let value = text.clone();
    view! {
        <button type="button" class="btn btn--tiny copy" aria-label=move || label() title=move || label()
            on:click=handler(move |_| {
                let text = text.clone();
                leptos::task::spawn_local(async move {
                    let ok = crate::ui::copy::copy_text(&text).await;
                    copied.set(Some(ok));
                    if ok {
                        set_timeout(move || copied.set(None), std::time::Duration::from_millis(2000));
                    } else {
                        crate::ui::copy::select_when_shown(field);
                    }
                });
            })>
            <span aria-hidden="true">{move || copy_short_label(lang.get(), copied.get())}</span>
        </button>
        <span class="copy-fallback" hidden=move || copied.get() != Some(false) role="status">
            <input class="copy-fallback__field" node_ref=field readonly="" prop:value=value
                aria-label=move || label()/>
            <span class="copy-fallback__hint">{move || tr(lang.get()).copy_selected}</span>
        </span>
    }
}
