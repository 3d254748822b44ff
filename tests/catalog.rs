//! Filtering, facet counts, search and sorting on the shipped export.

mod common;

use ai_landscape::domain::card::{hue, monogram};
use ai_landscape::domain::{Catalog, Filters, Sort, CHAIN_NOT_STATED};

fn ids(cat: &Catalog, f: &Filters, sort: Sort) -> Vec<String> {
    cat.filter(f, sort)
        .into_iter()
        .map(|i| cat.projects()[i].id.clone())
        .collect()
}

fn filters(categories: &[&str], chains: &[&str], q: &str) -> Filters {
    Filters {
        categories: categories.iter().map(|s| s.to_string()).collect(),
        chains: chains.iter().map(|s| s.to_string()).collect(),
        q: q.to_string(),
        ..Filters::default()
    }
}

#[test]
fn filter_is_or_within_a_facet_and_and_across() {
    let cat = common::catalog();
    let sol = ids(&cat, &filters(&[], &["solana"], ""), Sort::Name);
    let arb = ids(&cat, &filters(&[], &["arbitrum"], ""), Sort::Name);
    let either = ids(&cat, &filters(&[], &["solana", "arbitrum"], ""), Sort::Name);
    let mut union: Vec<String> = sol.iter().chain(&arb).cloned().collect();
    union.sort();
    union.dedup();
    let mut either_sorted = either.clone();
    either_sorted.sort();
    assert_eq!(either_sorted, union);

    let compute = ids(&cat, &filters(&["compute"], &[], ""), Sort::Name);
    let both = ids(&cat, &filters(&["compute"], &["solana"], ""), Sort::Name);
    let expected: Vec<String> = sol.iter().filter(|id| compute.contains(id)).cloned().collect();
    let mut both_sorted = both.clone();
    both_sorted.sort();
    let mut expected_sorted = expected;
    expected_sorted.sort();
    assert_eq!(both_sorted, expected_sorted);
    assert!(both.contains(&"io-net".to_string()) && both.contains(&"nosana".to_string()));
}

#[test]
fn filter_parent_category_includes_sub_categories() {
    let cat = common::catalog();
    let apps = ids(&cat, &filters(&["apps"], &[], ""), Sort::Name);
    assert_eq!(apps.len(), 20);
    assert!(apps.contains(&"terminus-os".to_string()));
    assert!(apps.contains(&"gamerhash".to_string()));
}

#[test]
fn filter_not_stated_selects_projects_without_a_chain() {
    let cat = common::catalog();
    let unknown = cat.filter(&filters(&[], &[CHAIN_NOT_STATED], ""), Sort::Name);
    assert!(!unknown.is_empty());
    assert!(unknown.iter().all(|&i| cat.projects()[i].chains.is_empty()));
}

#[test]
fn search_is_case_and_accent_insensitive() {
    let cat = common::catalog();
    assert!(ids(&cat, &filters(&[], &[], "IO.NET"), Sort::Name).contains(&"io-net".to_string()));
    let a = ids(&cat, &filters(&[], &[], "tokenizacion"), Sort::Name);
    let b = ids(&cat, &filters(&[], &[], "Tokenización"), Sort::Name);
    assert_eq!(a, b);
    assert!(!a.is_empty());
}

#[test]
fn search_covers_aliases_tokens_technologies_and_people() {
    let cat = common::catalog();
    assert!(ids(&cat, &filters(&[], &[], "lpaal"), Sort::Name).contains(&"paal-ai".to_string()));
    assert!(ids(&cat, &filters(&[], &[], "agix"), Sort::Name).contains(&"singularitynet".to_string()));
    assert!(ids(&cat, &filters(&[], &[], "kubernetes"), Sort::Name).contains(&"akash-network".to_string()));
    assert!(ids(&cat, &filters(&[], &[], "goertzel"), Sort::Name).contains(&"singularitynet".to_string()));
    assert!(ids(&cat, &filters(&[], &[], "zzzz-nothing"), Sort::Name).is_empty());
}

#[test]
fn facet_counts_apply_the_other_facet() {
    let cat = common::catalog();
    let f = filters(&["compute"], &[], "");
    let counts = cat.facet_counts(&f);
    let solana = counts.chains.iter().find(|(id, _)| id == "solana").unwrap().1;
    assert_eq!(
        solana,
        ids(&cat, &filters(&["compute"], &["solana"], ""), Sort::Name).len()
    );
    // A category's own count ignores the category selection but applies the chains.
    let f = filters(&["compute"], &["solana"], "");
    let counts = cat.facet_counts(&f);
    let cloud = counts.categories.iter().find(|(id, _)| id == "cloud").unwrap().1;
    assert_eq!(
        cloud,
        ids(&cat, &filters(&["cloud"], &["solana"], ""), Sort::Name).len()
    );
}

#[test]
fn sort_orders_by_name_category_and_chain_count() {
    let cat = common::catalog();
    let all = Filters::default();
    let by_name = ids(&cat, &all, Sort::Name);
    let folded: Vec<String> = by_name
        .iter()
        .map(|id| cat.resolve(id).unwrap().name.to_lowercase())
        .collect();
    let mut sorted = folded.clone();
    sorted.sort();
    assert_eq!(folded, sorted);
    let by_chains = cat.filter(&all, Sort::Chains);
    let counts: Vec<usize> = by_chains
        .iter()
        .map(|&i| cat.projects()[i].chains.iter().filter(|c| c.is_current()).count())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]));
    let by_cat = cat.filter(&all, Sort::Category);
    assert_eq!(cat.projects()[by_cat[0]].categories[0], "cloud");
}

#[test]
fn monogram_and_hue_are_stable() {
    assert_eq!(monogram("Akash Network"), "AN");
    assert_eq!(monogram("io.net"), "IN");
    assert_eq!(monogram("Golem"), "GO");
    assert_eq!(hue("io-net"), hue("io-net"));
    assert!(hue("akash-network") < 360);
}

/// The index-based filter and one-pass facet counts agree with the plain definition
/// (categories OR'd with their sub-categories, chains OR'd, facets AND'ed, every search
/// word contained), for random selections on the shipped export.
mod against_the_definition {
    use super::*;
    use ai_landscape::domain::history::{self, Status};
    use ai_landscape::domain::text::fold;
    use proptest::prelude::*;

    fn plain_filter(cat: &Catalog, f: &Filters) -> Vec<usize> {
        let mut wanted: Vec<String> = f.categories.clone();
        for c in &f.categories {
            wanted.extend(cat.children(c).map(|ch| ch.id.clone()));
        }
        // The search alone (its folding and word splitting are tested on their own).
        let text_only = cat.filter(
            &Filters {
                q: f.q.clone(),
                ..Filters::default()
            },
            Sort::Name,
        );
        (0..cat.projects().len())
            .filter(|&i| {
                let p = &cat.projects()[i];
                (f.categories.is_empty() || p.categories.iter().any(|c| wanted.contains(c)))
                    && (f.chains.is_empty()
                        || f.chains.iter().any(|w| {
                            // The chain facet means the chains a project is on now.
                            if w == CHAIN_NOT_STATED {
                                !p.chains.iter().any(|c| c.is_current())
                            } else {
                                p.chains.iter().any(|c| &c.id == w && c.is_current())
                            }
                        }))
                    && (f.statuses.is_empty()
                        || f.statuses
                            .iter()
                            .any(|s| s == history::status(p, cat.data().status_as_of.as_deref()).code()))
                    && text_only.contains(&i)
            })
            .collect()
    }

    fn selection() -> impl Strategy<Value = Filters> {
        let cat = common::catalog();
        let mut categories: Vec<String> = cat.categories().map(|c| c.id.clone()).collect();
        categories.push("no-such-category".into());
        let mut chains: Vec<String> = cat.data().chains.iter().map(|c| c.id.clone()).collect();
        chains.push(CHAIN_NOT_STATED.into());
        chains.push("no-such-chain".into());
        let words = [
            "",
            "gpu",
            "ia",
            "solana",
            "red",
            "ai agent",
            "tokenización",
            "zzz",
        ];
        let mut statuses: Vec<String> = Status::ALL.iter().map(|s| s.code().to_string()).collect();
        statuses.push("no-such-status".into());
        (
            proptest::sample::subsequence(categories.clone(), 0..3),
            proptest::sample::subsequence(chains.clone(), 0..3),
            proptest::sample::subsequence(statuses, 0..2),
            proptest::sample::select(words.to_vec()),
        )
            .prop_map(|(categories, chains, statuses, q)| Filters {
                categories,
                chains,
                statuses,
                q: q.to_string(),
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn filter_and_counts_match(f in selection(), sort in proptest::sample::select(Sort::ALL.to_vec())) {
            let cat = common::catalog();
            let mut got = cat.filter(&f, sort);
            let sorted = got.clone();
            cat.sort(&mut got, sort);
            prop_assert_eq!(&got, &sorted, "filter output is already in {:?} order", sort);
            got.sort_unstable();
            prop_assert_eq!(got, plain_filter(&cat, &f));

            let counts = cat.facet_counts(&f);
            for (id, n) in &counts.categories {
                let only = Filters { categories: vec![id.clone()], ..f.clone() };
                prop_assert_eq!(*n, plain_filter(&cat, &only).len(), "category {}", id);
            }
            for (id, n) in &counts.chains {
                let only = Filters { chains: vec![id.clone()], ..f.clone() };
                prop_assert_eq!(*n, plain_filter(&cat, &only).len(), "chain {}", id);
            }
            for (id, n) in &counts.statuses {
                let only = Filters { statuses: vec![id.clone()], ..f.clone() };
                prop_assert_eq!(*n, plain_filter(&cat, &only).len(), "status {}", id);
            }
        }
    }

    #[test]
    fn name_order_is_by_folded_name() {
        let cat = common::catalog();
        let names: Vec<String> = cat
            .filter(&Filters::default(), Sort::Name)
            .into_iter()
            .map(|i| fold(&cat.projects()[i].name))
            .collect();
        assert!(names.windows(2).all(|w| w[0] <= w[1]), "{names:?}");
    }
}

#[test]
fn cards_are_built_a_chunk_per_frame_up_to_what_is_due() {
    use ai_landscape::domain::progressive::{
        frame_budget, render_count, shown_count, FIRST_PAINT, PAINT_CHUNK, RENDER_ALL_MAX, RENDER_STEP,
    };
    assert_eq!(frame_budget(0), FIRST_PAINT);
    assert_eq!(frame_budget(1), PAINT_CHUNK);
    assert_eq!(frame_budget(usize::MAX), PAINT_CHUNK);
    // Below the threshold everything is due, reached after a few frames.
    assert_eq!(render_count(66, RENDER_STEP), 66);
    assert_eq!(render_count(RENDER_ALL_MAX, 0), RENDER_ALL_MAX);
    // Above it, only what was asked for (a step at a time).
    assert_eq!(render_count(2500, 0), RENDER_STEP);
    assert_eq!(render_count(2500, 2 * RENDER_STEP), 2 * RENDER_STEP);
    assert_eq!(render_count(usize::MAX, usize::MAX), usize::MAX);

    // Frame after frame from an empty grid: a budget of new cards each, in order.
    let results: Vec<usize> = (0..66).collect();
    let mut grid: Vec<usize> = Vec::new();
    let mut frames = 0;
    loop {
        let n = shown_count(&results, 66, frame_budget(frames), |i| grid.contains(&i));
        let added = results[..n].iter().filter(|i| !grid.contains(i)).count();
        assert!(added <= frame_budget(frames), "frame {frames}: {added} new cards");
        grid = results[..n].to_vec();
        if n == 66 {
            break;
        }
        frames += 1;
    }
    assert_eq!(frames, (66 - FIRST_PAINT).div_ceil(PAINT_CHUNK));
    assert_eq!(shown_count(&results[..5], 5, FIRST_PAINT, |_| false), 5);
    assert_eq!(
        shown_count(&results, 30, FIRST_PAINT, |_| true),
        30,
        "never more than due"
    );
}

#[test]
fn a_narrowing_keystroke_keeps_every_card_still_matching() {
    use ai_landscape::domain::progressive::{frame_budget, shown_count, FIRST_PAINT};
    // 300 cards in the grid; the search narrows to every third of them: all in one frame.
    let grid: Vec<usize> = (0..300).collect();
    let narrower: Vec<usize> = (0..300).step_by(3).collect();
    assert_eq!(
        shown_count(&narrower, 100, frame_budget(0), |i| grid.contains(&i)),
        100
    );
    // Widening again: the kept cards, and new ones up to the budget, in result order; the
    // prefix ends before the first new card over the budget.
    let wider: Vec<usize> = (0..300).collect();
    let n = shown_count(&wider, 300, frame_budget(0), |i| narrower.contains(&i));
    // Two new cards in every three: FIRST_PAINT new ones take 1.5 × FIRST_PAINT places,
    // and the kept card after them (a multiple of 3) still fits.
    assert_eq!(n, FIRST_PAINT / 2 * 3 + 1);
    assert_eq!(
        wider[..n].iter().filter(|i| !narrower.contains(i)).count(),
        FIRST_PAINT
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Whatever is typed and deleted, in whatever order, the remembered searches give the
    /// hits a full scan gives.
    #[test]
    fn remembered_searches_give_the_hits_of_a_full_scan(
        steps in proptest::collection::vec((0usize..12, 0usize..3), 1..40)
    ) {
        use ai_landscape::domain::catalog::SearchMemory;
        let cat = common::catalog();
        // Pieces of real words, and their accents and case: prefixes of each other, so a
        // sequence types, deletes and jumps between searches that narrow one another.
        const PIECES: [&str; 12] = ["c", "co", "comp", "compute", "gp", "GPU", "ré", "red", "da", "datos", "zz", "ia"];
        let mut memory = SearchMemory::default();
        let mut q = String::new();
        for (piece, how) in steps {
            match how {
                0 => q = PIECES[piece].to_string(),
                1 => { q.push(' '); q.push_str(PIECES[piece]); }
                _ => { q.pop(); }
            }
            let remembered = memory.hits(&cat, &q);
            let scanned = cat.text_hits(&q);
            proptest::prop_assert!(remembered == scanned, "{q:?}");
            let f = Filters { q: q.clone(), ..Filters::default() };
            proptest::prop_assert_eq!(cat.filter_with(&remembered, &f, Sort::Name), cat.filter(&f, Sort::Name));
        }
    }
}

#[test]
fn typing_a_word_and_deleting_it_finds_the_same_projects_each_way() {
    use ai_landscape::domain::catalog::SearchMemory;
    let cat = common::catalog();
    let mut memory = SearchMemory::default();
    let word = "compute gpu";
    let typed: Vec<_> = (1..=word.len()).map(|i| memory.hits(&cat, &word[..i])).collect();
    let deleted: Vec<_> = (1..=word.len())
        .rev()
        .map(|i| memory.hits(&cat, &word[..i]))
        .collect();
    for (i, h) in typed.iter().enumerate() {
        assert!(*h == cat.text_hits(&word[..=i]));
        assert!(*h == deleted[word.len() - 1 - i]);
    }
}
