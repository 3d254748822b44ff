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

/// `f`, made to do nothing once the reactive owner current now (the view being built or
/// the effect running) has been disposed. A unit value stored in that owner is the
/// witness: it is disposed with it.
pub fn while_owner_lives(f: impl FnOnce() + 'static) -> impl FnOnce() + 'static {
    let alive = StoredValue::new(());
    move || {
        if alive.try_with_value(|_| ()).is_some() {
            f();
        }
    }
}

/// Runs `f` at the start of the frame after the next one: the frame of the change paints
/// with the first cards only, and each later chunk is built and painted in a frame of its
/// own.
///
/// `f` is view work: it belongs to the reactive owner current when it is scheduled (the
/// view being built, the effect running), and if that owner is disposed first (Back to
/// another view, the effect running again) `f` never runs. A frame outlives the owner that
/// asked for it, and such work reading the owner's signals after its teardown is what
/// crashed the app on Back ("Tried to access a reactive value that has already been
/// disposed": the card grid's next chunk, scheduled by the very change that removed it).
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    let f = while_owner_lives(f);
    by_frame_or_timer(f, |run| {
        request_animation_frame(move || request_animation_frame(run))
    });
}

/// Runs `f` once the next frame has been painted (in a task after that frame's
/// animation-frame callbacks). Calls run in the order they were made. Not tied to an
/// owner: it writes the address bar, which must happen even when the view that asked for
/// it is gone (a heatmap cell's click replaces the heatmap); `f` must only read app-wide
/// state.
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
    // In `view!`, the closure is one Leptos shares with every reactive view of its type.
    view! { {move || ready.get().then(|| children())} }
}
