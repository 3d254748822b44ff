//! Turning the cards in the DOM into the cards wanted, with as few DOM operations as
//! possible: the grid keeps built cards and moves them rather than rebuilding them.
//!
//! [`plan`] is plain data in, plain data out, so it is checked natively (a property test
//! applies the plan to a list and compares); the grid only carries it out.

use std::collections::HashSet;
use std::hash::Hash;

/// One DOM operation on the grid's children.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op<K> {
    /// Remove every child (when none of the mounted ones stays: one call, not one each).
    Clear,
    /// Remove this child.
    Remove(K),
    /// Insert (or move) this child before `before`, or at the end.
    Insert { key: K, before: Option<K> },
}

/// The operations that turn children `mounted` (in DOM order) into `wanted` (in order).
/// Children in both keep their node; a common prefix costs nothing, so adding a chunk at
/// the end of the grid is only its inserts.
///
/// `wanted` must not repeat a key.
pub fn plan<K: Copy + Eq + Hash>(mounted: &[K], wanted: &[K]) -> Vec<Op<K>> {
    let keep: HashSet<K> = wanted.iter().copied().collect();
    let mut ops = Vec::new();
    let remaining: Vec<K> = mounted.iter().copied().filter(|k| keep.contains(k)).collect();
    if remaining.is_empty() && !mounted.is_empty() {
        ops.push(Op::Clear);
    } else {
        ops.extend(
            mounted
                .iter()
                .filter(|k| !keep.contains(k))
                .map(|&k| Op::Remove(k)),
        );
    }
    // Walk `wanted` with a cursor on the children as they now are (`remaining`): a child
    // already in place advances the cursor; anything else is inserted before it. A child
    // moved earlier is skipped when the cursor reaches its old place.
    let mut placed: HashSet<K> = HashSet::new();
    let mut cursor = 0;
    for &key in wanted {
        while cursor < remaining.len() && placed.contains(&remaining[cursor]) {
            cursor += 1;
        }
        if remaining.get(cursor) == Some(&key) {
            cursor += 1;
        } else {
            ops.push(Op::Insert {
                key,
                before: remaining.get(cursor).copied(),
            });
        }
        placed.insert(key);
    }
    ops
}

/// Carries out `ops` on a list, as the DOM would: what the property test checks against.
pub fn apply<K: Copy + Eq>(children: &mut Vec<K>, ops: &[Op<K>]) {
    for op in ops {
        match *op {
            Op::Clear => children.clear(),
            Op::Remove(k) => children.retain(|&c| c != k),
            Op::Insert { key, before } => {
                children.retain(|&c| c != key);
                let at = before
                    .and_then(|b| children.iter().position(|&c| c == b))
                    .unwrap_or(children.len());
                children.insert(at, key);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appending_a_chunk_is_only_its_inserts() {
        let ops = plan(&[1, 2, 3], &[1, 2, 3, 4, 5]);
        assert_eq!(
            ops,
            vec![
                Op::Insert { key: 4, before: None },
                Op::Insert { key: 5, before: None }
            ]
        );
    }

    #[test]
    fn nothing_kept_is_one_clear() {
        assert_eq!(
            plan(&[1, 2], &[3]),
            vec![Op::Clear, Op::Insert { key: 3, before: None }]
        );
        assert_eq!(plan::<u8>(&[], &[]), vec![]);
    }

    #[test]
    fn narrowing_removes_and_keeps_order() {
        let mut c = vec![1, 2, 3, 4];
        let ops = plan(&c, &[2, 4]);
        assert_eq!(ops, vec![Op::Remove(1), Op::Remove(3)]);
        apply(&mut c, &ops);
        assert_eq!(c, vec![2, 4]);
    }

    #[test]
    fn a_reversal_ends_in_the_wanted_order() {
        let mut c = vec![1, 2, 3, 4];
        let ops = plan(&c, &[4, 3, 2, 1]);
        apply(&mut c, &ops);
        assert_eq!(c, vec![4, 3, 2, 1]);
    }
}
