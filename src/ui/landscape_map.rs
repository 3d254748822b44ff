//! The landscape map, a logo wall: one block per category (the apps sub-categories inside
//! the apps block), a dense grid of logo-and-name tiles inside, each opening the project's
//! details; tiles of projects the filters exclude are hidden.

use leptos::prelude::*;

use crate::domain::card::{hue, monogram};
use crate::domain::logo::LogoSrc;
use crate::ui::erased::{handler, CollectErased};
use crate::ui::label::label;
use crate::ui::mark::mark;
use crate::ui::state::{use_explorer, Nav};

/// The map for the current `results` (catalog indices).
#[component]
pub fn LandscapeMap(
    /// Catalog indices that match the filters.
    results: Memo<Vec<usize>>,
) -> impl IntoView {
    let state = use_explorer();
    let cat = state.catalog.get_value();
    let visible = Memo::new(move |_| {
        let n = state.catalog.with_value(|c| c.projects().len());
        let mut v = vec![false; n];
        results.with(|r| r.iter().for_each(|&i| v[i] = true));
        v
    });
    let blocks = cat
        .top_categories()
        .map(|c| {
            let children: Vec<String> = cat.children(&c.id).map(|ch| ch.id.clone()).collect();
            view! { <MapBlock id=c.id.clone() children visible/> }
        })
        .collect_erased();
    // The picture the build draws of the whole landscape (also the home page's preview;
    // `landscape_tools::site::preview`), in the chosen language where the build draws one
    // (`domain::paths::landscape_picture`): for slides and posts.
    let picture = move |ext: &'static str| crate::domain::paths::landscape_picture(state.lang.get(), ext);
    view! {
        <div class="map__picture download" role="group" aria-label=label(state.lang, |s| s.map_picture)>
            <span class="download__label" aria-hidden="true">{label(state.lang, |s| s.map_picture)}</span>
            <a class="btn btn--small" data-download="png" download="" href=move || picture("png")>"PNG"</a>
            <a class="btn btn--small" data-download="svg" download="" href=move || picture("svg")>"SVG"</a>
        </div>
        <div class="map">{blocks}</div>
    }
}

/// Indices of the projects listed directly in category `id`, in name order.
fn members(id: &str) -> Vec<usize> {
    let state = use_explorer();
    state.catalog.with_value(|cat| cat.members(id))
}

/// A category block (and its sub-category blocks).
#[component]
fn MapBlock(
    /// Category id.
    id: String,
    /// Sub-category ids.
    children: Vec<String>,
    /// Which catalog indices pass the filters.
    visible: Memo<Vec<bool>>,
) -> impl IntoView {
    let state = use_explorer();
    let lang = state.lang;
    let own = members(&id);
    // Each sub-category's members, computed once for the count and for its tiles.
    let child_members: Vec<(String, Vec<usize>)> = children.iter().map(|c| (c.clone(), members(c))).collect();
    // A project listed in two sub-categories counts once in the block.
    let mut all: Vec<usize> = own
        .iter()
        .chain(child_members.iter().flat_map(|(_, m)| m))
        .copied()
        .collect();
    crate::domain::order::sort_by(&mut all, &|a, b| a.cmp(b));
    all.dedup();
    let total = all.len();
    let shown = move || visible.with(|v| all.iter().filter(|&&i| v[i]).count());
    let id2 = id.clone();
    let name = move || state.catalog.with_value(|c| c.category_label(&id2, lang.get()));
    let heading_id = format!("map-{id}");
    let is_empty = total == 0;
    let wide = !children.is_empty();
    let labelledby = heading_id.clone();
    view! {
        <section class="map__block" data-category=id.clone() aria-labelledby=labelledby
            class:map__block--wide=wide>
            <h2 class="map__title" id=heading_id>
                {name}
                <span class="map__count">{move || if is_empty { String::new() } else { format!("{} / {total}", shown()) }}</span>
            </h2>
            {is_empty.then(|| view! { <p class="map__empty">{label(lang, |s| s.zkml_empty)}</p> })}
            <Tiles indices=own visible/>
            {child_members.into_iter().map(|(child, members)| {
                let child2 = child.clone();
                let name = move || state.catalog.with_value(|c| c.category_label(&child2, lang.get()));
                view! {
                    <section class="map__sub" data-category=child.clone()>
                        <h3 class="map__subtitle">{name}</h3>
                        <Tiles indices=members visible/>
                    </section>
                }
            }).collect_erased()}
        </section>
    }
}

/// Compact tiles of the given projects.
#[component]
fn Tiles(
    /// Catalog indices.
    indices: Vec<usize>,
    /// Which catalog indices pass the filters.
    visible: Memo<Vec<bool>>,
) -> impl IntoView {
    let state = use_explorer();
    let large = state
        .catalog
        .with_value(|c| c.projects().len() > crate::domain::progressive::RENDER_ALL_MAX);
    if large {
        return Some(large_tiles(indices, visible).into_any());
    }
    (!indices.is_empty()).then(|| {
        let tiles = indices
            .into_iter()
            .map(|i| {
                view! { <Tile index=i hidden=Signal::derive(move || !visible.with(|v| v[i]))/> }
            })
            .collect_erased();
        view! { <ul class="map__tiles">{tiles}</ul> }.into_any()
    })
}

/// The size of a tile's logo (CSS px).
const TILE_LOGO_PX: u32 = 40;

/// One tile: the logo (or monogram) above the name; opens the detail panel.
#[component]
fn Tile(
    /// Catalog index of the project.
    index: usize,
    /// Hidden when the filters exclude the project.
    hidden: Signal<bool>,
) -> impl IntoView {
    let state = use_explorer();
    let (id, name, logo) = state.catalog.with_value(|c| {
        let p = &c.projects()[index];
        (p.id.clone(), p.name.clone(), p.logo.as_ref().map(LogoSrc::of))
    });
    let open = id.clone();
    view! {
        <li class="tile" data-project-tile=id.clone() style=format!("--hue:{}", hue(&id)) hidden=move || hidden.get()>
            <button class="tile__button" title=name.clone() on:click=handler(move |_| {
                let id = open.clone();
                state.update(Nav::Push, |q| q.project = Some(id));
            })>
                {mark(logo, monogram(&name), "tile__mark", TILE_LOGO_PX)}
                <span class="tile__name">{name.clone()}</span>
            </button>
        </li>
    }
}

/// Tiles shown per block when the landscape is large: the first matches, then a count.
const LARGE_TILES: usize = 48;

/// For large landscapes: only the first matching tiles of a block are rendered (the
/// cards view, progressive, lists them all).
fn large_tiles(indices: Vec<usize>, visible: Memo<Vec<bool>>) -> impl IntoView {
    view! { {move || {
        let matching: Vec<usize> = visible.with(|v| indices.iter().copied().filter(|&i| v[i]).collect());
        let extra = matching.len().saturating_sub(LARGE_TILES);
        let tiles = matching
            .into_iter()
            .take(LARGE_TILES)
            .map(|i| {
                view! { <Tile index=i hidden=Signal::from(false)/> }
            })
            .collect_erased();
        view! {
            <ul class="map__tiles">{tiles}</ul>
            {(extra > 0).then(|| view! { <p class="map__more">{format!("+{extra}")}</p> })}
        }
        .into_any()
    }} }
}
