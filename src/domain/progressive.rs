//! How many cards the views put in the DOM, and how fast: everything up to a threshold
//! (find-in-page, screen readers and the `article[data-project]` hook see every match), a
//! step at a time above it, and always a chunk per frame so no update blocks the page.

/// Up to this many matching projects, every card is in the DOM (find-in-page, screen
/// readers and the `article[data-project]` hook see them all); above it the views render
/// progressively, [`RENDER_STEP`] at a time.
pub const RENDER_ALL_MAX: usize = 500;
/// How many more cards each step of progressive rendering adds.
pub const RENDER_STEP: usize = 150;
/// Cards built in the same frame as a filter or keystroke: more than a wide screen shows.
pub const FIRST_PAINT: usize = 12;
/// Cards added per following frame until every card due is in the DOM.
pub const PAINT_CHUNK: usize = 12;

/// How many of `matching` results belong in the DOM when `requested` have been asked
/// for (by "show more" or scrolling): all of them up to [`RENDER_ALL_MAX`].
pub fn render_count(matching: usize, requested: usize) -> usize {
    if matching <= RENDER_ALL_MAX {
        matching
    } else {
        requested.clamp(RENDER_STEP, matching)
    }
}

/// How many new cards a frame may put in the grid: [`FIRST_PAINT`] in the frame of a
/// change (`frames` 0), [`PAINT_CHUNK`] in each one after it.
pub fn frame_budget(frames: usize) -> usize {
    if frames == 0 {
        FIRST_PAINT
    } else {
        PAINT_CHUNK
    }
}

/// How many of `results` belong in the grid after this frame: the longest prefix of the
/// first `due` in which at most `budget` cards are not in the grid yet (`in_grid`).
///
/// Cards already in the grid cost the frame nothing, so they stay: a keystroke that
/// narrows the results only takes cards away, and one that widens them adds `budget` new
/// cards a frame, in order, the rest of the grid following behind them.
pub fn shown_count(results: &[usize], due: usize, budget: usize, in_grid: impl Fn(usize) -> bool) -> usize {
    let due = due.min(results.len());
    let mut new = 0;
    for (k, &i) in results[..due].iter().enumerate() {
        if !in_grid(i) {
            if new == budget {
                return k;
            }
            new += 1;
        }
    }
    due
}
