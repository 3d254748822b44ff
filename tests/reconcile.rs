//! The grid's reconciliation plan, against its definition: applied to the mounted
//! children it gives exactly the wanted ones, in order, and it never removes and re-adds a
//! child that stays.

use ai_landscape::domain::reconcile::{apply, plan, Op};
use proptest::prelude::*;

fn distinct(max: u16) -> impl Strategy<Value = Vec<u16>> {
    proptest::collection::vec(0..max, 0..40).prop_map(|v| {
        let mut seen = std::collections::HashSet::new();
        v.into_iter().filter(|k| seen.insert(*k)).collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn the_plan_yields_the_wanted_children(mounted in distinct(60), wanted in distinct(60)) {
        let ops = plan(&mounted, &wanted);
        let mut children = mounted.clone();
        apply(&mut children, &ops);
        prop_assert_eq!(&children, &wanted);
        for op in &ops {
            if let Op::Remove(k) = op {
                prop_assert!(!wanted.contains(k), "removed {} that stays", k);
            }
            if matches!(op, Op::Clear) {
                prop_assert!(mounted.iter().all(|k| !wanted.contains(k)));
            }
        }
        // Keeping the same children in the same order costs nothing.
        prop_assert!(plan(&wanted, &wanted).is_empty());
    }
}
