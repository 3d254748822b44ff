//! Spreading work over frames, so that no single task blocks the page for long.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;

/// Runs `f` once, through `frame` (handed the call to make) or, if no frame comes within
/// 50 ms, a timer: browsers pause animation frames in hidden pages and in off-screen
/// cross-origin frames (an embed below the fold).
fn by_frame_or_timer(f: impl FnOnce() + 'static, frame: impl FnOnce(Box<dyn FnOnce()>)) {
    let slot: Rc<Cell<Option<Box<dyn FnOnce()>>>> = Rc::new(Cell::new(Some(Box::new(f))));
    let by_frame = Rc::clone(&slot);
    frame(Box::new(move || {
        if let Some(f) = by_frame.take() {
            f();
        }
    }));
    set_timeout(
        move || {
            if let Some(f) = slot.take() {
                f();
            }
        },
        std::time::Duration::from_millis(50),
    );
}

/// Runs `f` at the start of the frame after the next one: the frame of the change paints
/// with the first cards only, and each later chunk is built and painted in a frame of its
/// own.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    by_frame_or_timer(f, |run| {
        request_animation_frame(move || request_animation_frame(run))
    });
}

/// Runs `f` once the next frame has been painted (in a task after that frame's
/// animation-frame callbacks). Calls run in the order they were made.
pub fn after_this_frame(f: impl FnOnce() + 'static) {
    by_frame_or_timer(f, |run| {
        request_animation_frame(move || set_timeout(run, std::time::Duration::ZERO))
    });
}

/// Renders its children one frame after the rest of the page: for parts that are not
/// needed for the first view (they would only make its task longer).
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    after_next_paint(move || ready.set(true));
    move || ready.get().then(|| children())
}
