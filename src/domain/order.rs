//! One sort for the whole app. Every `sort_by` with its own closure, or on its own element
//! type, is a copy of the sorting algorithm in the wasm (about 2 KB each before
//! compression). Here every list is sorted as a permutation of `u32` positions compared
//! through `&dyn Fn`, so the algorithm is in the wasm once. Stable: equal items keep their
//! order.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, stably.
pub fn sort_by<T>(items: &mut [T], cmp: &dyn Fn(&T, &T) -> Ordering) {
    let mut perm: Vec<u32> = (0..items.len() as u32).collect();
    sort_positions(&mut perm, &|a, b| cmp(&items[a as usize], &items[b as usize]));
    apply(items, perm);
}

/// The one instance of the sorting algorithm.
#[inline(never)]
fn sort_positions(perm: &mut [u32], cmp: &dyn Fn(u32, u32) -> Ordering) {
    perm.sort_unstable_by(|&a, &b| cmp(a, b).then(a.cmp(&b)));
}

/// Puts `items` in the order `perm` gives (`perm[i]` is the old position of the item
/// that goes to `i`), by following its cycles with swaps.
fn apply<T>(items: &mut [T], mut perm: Vec<u32>) {
    for start in 0..perm.len() {
        let mut current = start;
        while perm[current] as usize != start {
            let next = perm[current] as usize;
            items.swap(current, next);
            perm[current] = current as u32;
            current = next;
        }
        perm[current] = current as u32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_by_is_a_stable_sort() {
        let mut v: Vec<(u8, usize)> = [3, 1, 2, 1, 3, 0, 2, 2].iter().copied().zip(0..).collect();
        let mut want = v.clone();
        want.sort_by(|a, b| a.0.cmp(&b.0));
        sort_by(&mut v, &|a, b| a.0.cmp(&b.0));
        assert_eq!(v, want);
        let mut words = vec!["b", "a", "c", "a"];
        sort_by(&mut words, &|a, b| b.cmp(a));
        assert_eq!(words, ["c", "b", "a", "a"]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, &|a, b| a.cmp(b));
        for n in 0..40u32 {
            let mut v: Vec<u32> = (0..n).map(|i| (i * 7919) % 13).collect();
            let mut want = v.clone();
            want.sort();
            sort_by(&mut v, &|a, b| a.cmp(b));
            assert_eq!(v, want);
        }
    }
}
