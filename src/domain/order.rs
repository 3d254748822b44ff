//! One sort for the whole app. Every `sort_by` with its own closure is a copy of the
//! sorting algorithm in the wasm (about 2 KB each, before compression); comparing through
//! `&dyn Fn` leaves one copy per element type. Stable, so equal items keep their order.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, stably.
pub fn sort_by<T>(items: &mut [T], cmp: &dyn Fn(&T, &T) -> Ordering) {
    items.sort_by(|a, b| cmp(a, b));
}
