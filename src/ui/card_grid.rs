//! The default view: every matching project as a card, or a friendly empty state.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

use crate::domain::card::CardContent;
use crate::domain::logo::EAGER_LOGOS;
use crate::domain::progressive::{frame_budget, render_count, shown_count, RENDER_STEP};
use crate::domain::reconcile::{plan, Op};
use crate::domain::Catalog;
use crate::domain::Lang;
use crate::ui::erased::{cond, effect, handler, memo};
use crate::ui::label::label;
use crate::ui::project_card::{set_picked, CardFactory};
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
/// A change of results puts at most [`crate::domain::progressive::FIRST_PAINT`] new cards
/// in the grid before the next frame, then adds the rest a chunk per frame until every
/// match is in the DOM (up to the render-all threshold; above it, [`RENDER_STEP`] more
/// each time the "show more" button nears the viewport). Cards still matching stay in the
/// grid, so a keystroke that narrows the search only removes cards; cards are keyed by
/// project and language, and one taken out is kept and put back, not rebuilt.
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
    // The cards in the grid, as the last frame left them (see `Cards::show`).
    let cards = StoredValue::new_local(Cards::default());
    let shown = memo(move |_| {
        let p = current();
        let lang = lang.get();
        let mut in_grid = vec![false; state.catalog.with_value(|c| c.projects().len())];
        cards.with_value(|c| {
            for &(i, l) in &c.mounted {
                if l == lang {
                    if let Some(slot) = in_grid.get_mut(i) {
                        *slot = true;
                    }
                }
            }
        });
        results.with(|r| {
            let n = shown_count(
                r,
                render_count(r.len(), p.requested),
                frame_budget(p.frames),
                |i| in_grid.get(i) == Some(&true),
            );
            r[..n].to_vec()
        })
    });
    let due = memo(move |_| {
        let p = current();
        results.with(|r| render_count(r.len(), p.requested))
    });
    // Keep adding chunks, one per frame, until every card due is built.
    effect(move |_| {
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
        // From an observer's callback, which may come after the grid is gone.
        let Some(g) = generation.try_get_untracked() else {
            return;
        };
        progress.update(|p| {
            *p = p.for_generation(g);
            p.requested += RENDER_STEP;
        });
    };
    let picked = memo(move |_| state.query.with(|q| q.compare.clone()));
    // The cards: built by the factory, kept across filters, placed by the plan.
    let grid_ref = NodeRef::<leptos::html::Div>::new();
    effect(move |_| {
        let Some(grid) = grid_ref.get() else { return };
        let lang = lang.get();
        // The records replace the catalog: cards built with the English fallback are built
        // again once their locale's texts are in.
        state.records.track();
        let cat = state.catalog.get_value();
        picked.with_untracked(|picked| {
            shown.with(|shown| {
                cards.update_value(|c| c.show(&grid, shown, lang, &cat, picked));
            })
        });
    });
    let mut prev: Option<Vec<String>> = None;
    effect(move |_| {
        let now = picked.get();
        if let Some(prev) = &prev {
            let cat = state.catalog.get_value();
            cards.update_value(|c| c.repick(prev, &now, &cat));
        }
        prev = Some(now);
    });
    // One listener for every card's two buttons.
    let on_click = move |ev: web_sys::MouseEvent| {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
            return;
        };
        let Ok(Some(button)) = target.closest("button") else {
            return;
        };
        let Some(id) = button
            .closest("article[data-project]")
            .ok()
            .flatten()
            .and_then(|a| a.get_attribute("data-project"))
        else {
            return;
        };
        let class = button.class_name();
        if class == "card__open" {
            state.update(Nav::Push, |q| q.project = Some(id));
        } else if class == "card__compare" {
            state.toggle_compare(&id);
        }
    };
    let remaining = move || results.with(Vec::len) - due.get();
    let more_ref = NodeRef::<leptos::html::Button>::new();
    effect(move |_| {
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
        <Show when=cond(move || results.with(|r| !r.is_empty())) fallback=|| view! { <EmptyState/> }>
            <h2 class="visually-hidden">{move || crate::domain::i18n::tr(lang.get()).projects_heading}</h2>
            <div
                class="grid"
                node_ref=grid_ref
                on:click=handler(on_click)
                aria-busy=move || (shown.with(Vec::len) < due.get()).to_string()
            ></div>
            <Show when=cond(move || { remaining() > 0 })>
                {view! { <button class="btn grid__more" node_ref=more_ref on:click=handler(move |_| ask_more())>
                    {move || crate::domain::i18n::show_more(remaining(), lang.get())}
                </button> }.into_any()}
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
            <h2 class="empty__title">{label(lang, |s| s.empty_title)}</h2>
            <p>{label(lang, |s| s.empty_active)} " " <strong>{move || active()}</strong></p>
            <button class="btn btn--primary" on:click=handler(move |_| state.update(Nav::Push, |q| {
                q.categories.clear();
                q.chains.clear();
                q.q.clear();
            }))>{label(lang, |s| s.empty_reset)}</button>
        </div>
    }
}

/// Above this many built cards, the ones not in the grid are let go.
const KEEP_BUILT: usize = 2000;

/// The grid's cards: every card built so far (by project and language), and the ones in
/// the grid, in order.
#[derive(Default)]
struct Cards {
    factory: Option<CardFactory>,
    built: HashMap<(usize, Lang), web_sys::Element>,
    mounted: Vec<(usize, Lang)>,
    /// The grid element `mounted` is in (a new one after the empty state).
    grid: Option<web_sys::Element>,
    /// The catalog the cards were built from.
    catalog: Option<Arc<Catalog>>,
}

impl Cards {
    /// Puts the cards of `shown` in `grid`, in order, building only those never built.
    fn show(
        &mut self,
        grid: &web_sys::Element,
        shown: &[usize],
        lang: Lang,
        cat: &Arc<Catalog>,
        picked: &[String],
    ) {
        if self.grid.as_ref() != Some(grid) {
            self.mounted.clear();
            self.grid = Some(grid.clone());
        }
        // A new catalog that brings `lang`'s texts: its cards were built with the English
        // fallback, so they go and are built again.
        let gained = self.catalog.as_ref().is_some_and(|old| {
            !Arc::ptr_eq(old, cat) && !old.data().has_locale(lang) && cat.data().has_locale(lang)
        });
        if gained {
            for key in std::mem::take(&mut self.mounted) {
                if let Some(card) = self.built.remove(&key) {
                    card.remove();
                }
            }
            self.built.retain(|(_, l), _| *l != lang);
        }
        self.catalog = Some(cat.clone());
        let wanted: Vec<(usize, Lang)> = shown.iter().map(|&i| (i, lang)).collect();
        // The first screen's logos load at once (the prerendered view has fetched them).
        let first: Vec<(usize, Lang)> = wanted.iter().take(EAGER_LOGOS).copied().collect();
        for op in plan(&self.mounted, &wanted) {
            match op {
                Op::Clear => grid.set_text_content(None),
                Op::Remove(key) => {
                    if let Some(card) = self.built.get(&key) {
                        card.remove();
                    }
                }
                Op::Insert { key, before } => {
                    let Some(card) = self.card(key, cat, picked, first.contains(&key)) else {
                        return;
                    };
                    let before = before.and_then(|b| self.built.get(&b));
                    let _ = grid.insert_before(&card, before.map(|b| b.as_ref()));
                }
            }
        }
        self.mounted = wanted;
        if self.built.len() > KEEP_BUILT {
            let mounted: std::collections::HashSet<_> = self.mounted.iter().copied().collect();
            self.built.retain(|k, _| mounted.contains(k));
        }
    }

    /// The card for `key`, built now if it never was.
    fn card(
        &mut self,
        key: (usize, Lang),
        cat: &Catalog,
        picked: &[String],
        eager: bool,
    ) -> Option<web_sys::Element> {
        if let Some(card) = self.built.get(&key) {
            return Some(card.clone());
        }
        if self.factory.is_none() {
            self.factory = CardFactory::new();
        }
        let (index, lang) = key;
        let content = CardContent::new(cat, index, lang);
        let is_picked = picked.contains(&content.id);
        let card = self.factory.as_mut()?.build(&content, lang, is_picked, eager);
        self.built.insert(key, card.clone());
        Some(card)
    }

    /// Updates the compare toggle of the built cards of every project picked or unpicked.
    fn repick(&mut self, before: &[String], now: &[String], cat: &Catalog) {
        let changed = before
            .iter()
            .filter(|id| !now.contains(id))
            .chain(now.iter().filter(|id| !before.contains(id)));
        for id in changed {
            let Some(index) = cat.resolve_index(id) else {
                continue;
            };
            for lang in [Lang::En, Lang::Es] {
                if let Some(card) = self.built.get(&(index, lang)) {
                    set_picked(card, now.contains(id));
                }
            }
        }
    }
}
