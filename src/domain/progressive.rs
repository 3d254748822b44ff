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

/// How many cards are built so far, `painted` frames' worth after a change of results:
/// [`FIRST_PAINT`] in the frame of the change, then [`PAINT_CHUNK`] per frame, never more
/// than [`render_count`]. Keeping each frame's work this small keeps every update within a
/// frame and every task short, whatever the size of the result.
pub fn paint_count(matching: usize, requested: usize, frames: usize) -> usize {
    let due = render_count(matching, requested);
    FIRST_PAINT
        .saturating_add(frames.saturating_mul(PAINT_CHUNK))
        .min(due)
}
