//! Comparison rows on the shipped export.

mod common;

use ai_landscape::domain::compare::{compare_rows, similar, Attribute};

#[test]
fn compare_rows_for_akash_io_net_render() {
    let cat = common::catalog();
    let ps: Vec<_> = ["akash-network", "io-net", "render-network"]
        .iter()
        .map(|id| cat.resolve(id).unwrap())
        .collect();
    let rows = compare_rows(&cat, &ps);
    assert!(rows.len() >= 8, "{} rows", rows.len());
    assert!(rows.iter().all(|r| r.cells.len() == 3));
    let chains = rows.iter().find(|r| r.attribute == Attribute::Chains).unwrap();
    // io.net and Render are on Solana, Akash is not: no shared chain, not all equal.
    assert!(!chains.all_equal);
    assert!(chains.cells.iter().flatten().all(|i| !i.shared));
    assert!(chains.cells[1]
        .iter()
        .any(|i| i.key == "solana" && i.source.as_deref() == Some("article")));
}

#[test]
fn compare_marks_shared_values_and_equal_rows() {
    let cat = common::catalog();
    let ps: Vec<_> = ["io-net", "nosana"]
        .iter()
        .map(|id| cat.resolve(id).unwrap())
        .collect();
    let rows = compare_rows(&cat, &ps);
    let chains = rows.iter().find(|r| r.attribute == Attribute::Chains).unwrap();
    assert!(chains
        .cells
        .iter()
        .all(|c| c.iter().any(|i| i.key == "solana" && i.shared)));
    let cats = rows
        .iter()
        .find(|r| r.attribute == Attribute::Categories)
        .unwrap();
    assert!(cats.all_equal, "both are compute marketplaces");
    let summary = rows.iter().find(|r| r.attribute == Attribute::Summary).unwrap();
    assert!(!summary.all_equal);
}

#[test]
fn compare_empty_cells_mean_not_stated_and_empty_rows_count_as_equal() {
    let cat = common::catalog();
    let ps: Vec<_> = ["opflow", "akash-network"]
        .iter()
        .map(|id| cat.resolve(id).unwrap())
        .collect();
    let rows = compare_rows(&cat, &ps);
    let chains = rows.iter().find(|r| r.attribute == Attribute::Chains).unwrap();
    assert!(chains.cells[0].is_empty(), "OpFlow's chain is not stated");
    assert_eq!(rows.len(), Attribute::ALL.len());
    for r in rows.iter().filter(|r| r.cells.iter().all(Vec::is_empty)) {
        assert!(r.all_equal, "{:?}", r.attribute);
    }
}

#[test]
fn compare_single_project_has_no_shared_marks() {
    let cat = common::catalog();
    let p = cat.resolve("golem").unwrap();
    let rows = compare_rows(&cat, &[p]);
    assert!(rows.iter().all(|r| r.cells[0].iter().all(|i| !i.shared)));
}

#[test]
fn similar_projects_share_a_category_and_prefer_the_same_chain() {
    let cat = common::catalog();
    let io = cat.resolve("io-net").unwrap();
    let sim = similar(&cat, io, 3);
    assert_eq!(sim.len(), 3);
    assert!(sim
        .iter()
        .all(|p| p.categories.iter().any(|c| io.categories.contains(c))));
    assert!(sim.iter().all(|p| p.id != "io-net"));
    assert!(
        sim.iter().any(|p| p.id == "nosana" || p.id == "kuzco"),
        "{:?}",
        sim.iter().map(|p| &p.id).collect::<Vec<_>>()
    );
}

#[test]
fn compare_attribute_codes_are_the_kebab_case_variant_names() {
    for a in ai_landscape::domain::compare::Attribute::ALL {
        let mut kebab = String::new();
        for (i, ch) in format!("{a:?}").chars().enumerate() {
            if ch.is_uppercase() && i > 0 {
                kebab.push('-');
            }
            kebab.push(ch.to_ascii_lowercase());
        }
        assert_eq!(a.code(), kebab);
    }
}

#[test]
fn some_agree_marks_rows_where_only_some_projects_share_a_value() {
    use ai_landscape::domain::compare::identical_rows;
    let cat = common::catalog();
    let ids = ["io-net", "akash-network", "render-network"];
    let projects: Vec<_> = ids.iter().map(|id| cat.resolve(id).unwrap()).collect();
    let rows = compare_rows(&cat, &projects);
    for r in &rows {
        // A row is never both identical for all and agreed by only some.
        assert!(!(r.all_equal && r.some_agree), "{:?}", r.attribute);
    }
    // io.net and Render share Solana, Akash does not: the chains row is a partial agreement.
    let chains = rows.iter().find(|r| r.attribute.code() == "chains").unwrap();
    assert!(chains.some_agree && !chains.all_equal);
    // What "only differences" would hide: no row these three state is identical for all
    // but their status (all three are active; the rows none of them states are folded
    // into one line already).
    assert!(rows.iter().any(|r| r.attribute.code() == "status" && r.all_equal));
    assert_eq!(identical_rows(&rows), 1);
    let two: Vec<_> = ["akash-network", "akash-network"]
        .iter()
        .map(|id| cat.resolve(id).unwrap())
        .collect();
    let same = compare_rows(&cat, &two);
    assert!(
        identical_rows(&same) > 0,
        "a project against itself: every stated row is identical"
    );
}
