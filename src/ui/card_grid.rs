//! The default view: every matching project as a card, or a friendly empty state.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

use crate::domain::i18n::tr;
use crate::domain::progressive::{paint_count, render_count, RENDER_STEP};
use crate::ui::project_card::ProjectCard;
use crate::ui::schedule::after_next_paint;
use crate::ui::state::{use_explorer, Nav};

/// Progress of the grid through one result set: which set (its generation), how many
/// frames of cards have been added since it arrived, and how many cards were asked for
/// by "show more" or scrolling (only above the render-all threshold).
#[derive(Clone, Copy, PartialEq)]
struct Progress {
    generation: u64,
    frames: usize,
    requested: usize,
}

impl Progress {
    /// The progress for `generation`: a new result set starts from nothing.
    fn for_generation(self, generation: u64) -> Progress {
        if self.generation == generation {
            self
        } else {
            Progress {
                generation,
                frames: 0,
                requested: RENDER_STEP,
            }
        }
    }
}

/// The grid of cards for the filtered, sorted `results` (catalog indices).
///
/// A change of results builds at most [`crate::domain::progressive::FIRST_PAINT`] new cards
/// before the next frame, then adds the rest a chunk per frame until every match is in
/// the DOM (up to the render-all threshold; above it, [`RENDER_STEP`] more each time the
/// "show more" button nears the viewport). Cards are keyed by project and language, so
/// cards still matching are kept, not rebuilt.
#[component]
pub fn CardGrid(
    /// Catalog indices to show, in order.
    results: Memo<Vec<usize>>,
) -> impl IntoView {
    let state = use_explorer();
    let lang = state.lang;
    // Changes exactly when the result set or the language does (both are memos), in the
    // same reactive pass, so a new set never renders with the old set's progress, and a
    // language switch rebuilds the cards a chunk per frame too.
    let generation = Memo::new(move |prev: Option<&u64>| {
        results.track();
        lang.track();
        prev.map_or(0, |g| g.wrapping_add(1))
    });
    let progress = RwSignal::new(Progress {
        generation: 0,
        frames: 0,
        requested: RENDER_STEP,
    });
    let current = move || progress.get().for_generation(generation.get());
    let shown = Memo::new(move |_| {
        let p = current();
        results.with(|r| r[..paint_count(r.len(), p.requested, p.frames)].to_vec())
    });
    let due = Memo::new(move |_| {
        let p = current();
        results.with(|r| render_count(r.len(), p.requested))
    });
    // Keep adding chunks, one per frame, until every card due is built.
    Effect::new(move |_| {
        let g = generation.get();
        if shown.with(Vec::len) < due.get() {
            after_next_paint(move || {
                if generation.get_untracked() == g {
                    progress.update(|p| {
                        *p = p.for_generation(g);
                        p.frames += 1;
                    });
                }
            });
        }
    });
    let ask_more = move || {
        let g = generation.get_untracked();
        progress.update(|p| {
            *p = p.for_generation(g);
            p.requested += RENDER_STEP;
        });
    };
    let picked = Memo::new(move |_| state.query.with(|q| q.compare.clone()));
    let remaining = move || results.with(Vec::len) - due.get();
    let more_ref = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        let Some(button) = more_ref.get() else { return };
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let near = entries.iter().any(|e| {
                e.unchecked_into::<web_sys::IntersectionObserverEntry>()
                    .is_intersecting()
            });
            if near {
                ask_more();
            }
        });
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin("600px");
        if let Ok(observer) =
            web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
        {
            observer.observe(&button);
            on_cleanup(move || observer.disconnect());
        }
        callback.forget();
    });
    view! {
        <Show when=move || results.with(|r| !r.is_empty()) fallback=|| view! { <EmptyState/> }>
            <h2 class="visually-hidden">{move || match lang.get() {
                crate::domain::Lang::Es => "Proyectos",
                crate::domain::Lang::En => "Projects",
            }}</h2>
            <div class="grid" aria-busy=move || (shown.with(Vec::len) < due.get()).to_string()>
                <For
                    each=move || {
                        let l = lang.get();
                        shown.get().into_iter().map(move |i| (i, l)).collect::<Vec<_>>()
                    }
                    key=|entry| *entry
                    children=move |(index, lang)| view! { <ProjectCard index lang picked/> }
                />
            </div>
            <Show when=move || { remaining() > 0 }>
                <button class="btn grid__more" node_ref=more_ref on:click=move |_| ask_more()>
                    {move || match lang.get() {
                        crate::domain::Lang::Es => format!("Mostrar más ({} restantes)", remaining()),
                        crate::domain::Lang::En => format!("Show more ({} remaining)", remaining()),
                    }}
                </button>
            </Show>
        </Show>
    }
}

/// What to say when nothing matches: the active filters and a way back.
#[component]
pub fn EmptyState() -> impl IntoView {
    let state = use_explorer();
    let lang = state.lang;
    let active = move || {
        let cat = state.catalog.get_value();
        let l = lang.get();
        state.query.with(|q| {
            let mut v: Vec<String> = q.categories.iter().map(|c| cat.category_label(c, l)).collect();
            v.extend(q.chains.iter().map(|c| cat.chain_label(c, l)));
            if !q.q.trim().is_empty() {
                v.push(format!("“{}”", q.q.trim()));
            }
            v.join(", ")
        })
    };
    view! {
        <div class="empty" data-empty="">
            <h2 class="empty__title">{move || tr(lang.get()).empty_title}</h2>
            <p>{move || tr(lang.get()).empty_active} " " <strong>{active}</strong></p>
            <button class="btn btn--primary" on:click=move |_| state.update(Nav::Push, |q| {
                q.categories.clear();
                q.chains.clear();
                q.q.clear();
            })>{move || tr(lang.get()).empty_reset}</button>
        </div>
    }
}
