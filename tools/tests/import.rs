//! `data import` on modified copies of the article: what it reports, and what `--write`
//! makes of the export.

#[path = "../../tests/common/mod.rs"]
mod common;

use ai_landscape::domain::Landscape;
use landscape_tools::import::{apply, diff, parse_post, read_facts, similarity, to_json, Diff};
use landscape_tools::sources::{check, ArticleText, Severity};

const ARTICLE: &str = include_str!("../../data/article.es.md");
const EXPORT: &str = include_str!("../../data/landscape.json");

fn run(markdown: &str) -> (Landscape, Diff) {
    let l = common::landscape();
    let post = parse_post(markdown, Some("blog/2024-05-11-decentralizing-ai-overview.md"));
    let d = diff(&l, &post, markdown);
    let mut written = l.clone();
    apply(&mut written, &post, &d);
    (written, d)
}

fn edit(from: &str, to: &str) -> String {
    assert!(ARTICLE.contains(from), "the article has «{from}»");
    ARTICLE.replacen(from, to, 1)
}

fn project<'a>(l: &'a Landscape, id: &str) -> &'a ai_landscape::domain::Project {
    l.projects
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("{id}"))
}

#[test]
fn import_current_article_reports_no_change() {
    let (written, d) = run(ARTICLE);
    assert!(d.is_empty(), "{:#?}", d.lines());
    assert_eq!(
        to_json(&written),
        EXPORT,
        "writing without a change rewrites nothing"
    );
}

#[test]
fn import_reads_front_matter_sections_and_both_bullet_forms() {
    let post = parse_post(ARTICLE, Some("2024-05-11-decentralizing-ai-overview.md"));
    assert_eq!(
        post.front.title.as_deref(),
        Some("Descentralizando la IA: Una Visión General")
    );
    assert_eq!(post.front.authors, ["dora"]);
    assert_eq!(post.front.tags, ["investigación"]);
    assert_eq!(
        post.front.date.as_deref(),
        Some("2024-05-11"),
        "from the file name"
    );
    let dated = ARTICLE.replacen("authors: [dora]", "authors: [dora]\ndate: 2025-01-02T10:00", 1);
    assert_eq!(parse_post(&dated, None).front.date.as_deref(), Some("2025-01-02"));
    let bullets: usize = post.sections.iter().map(|s| s.bullets.len()).sum();
    assert_eq!(bullets, 68, "66 projects, Morpheus and GamerHash twice");
    let sub = post.sections.iter().find(|s| s.heading == "DeFi").unwrap();
    assert_eq!((sub.level, sub.parent.as_deref()), (3, Some("Aplicación de IA")));
    let akash = &post.sections[0].bullets[0];
    assert_eq!(akash.name, "Akash Network", "`- **Name:** text`");
    let cuckoo = &post.sections[1].bullets[0];
    assert_eq!(cuckoo.name, "Cuckoo AI", "`- **Name**: text`");
}

#[test]
fn import_project_added_with_its_article_facts_and_a_review_mark() {
    let md = edit(
        "- **OpSec:**",
        "- **Zeta Compute:** Nube de GPU basada en Solana y Arbitrum que usa el token nativo ZETA. Recaudó $4.2 millones en una ronda semilla.\n- **OpSec:**",
    );
    let (written, d) = run(&md);
    assert_eq!(
        d.added,
        [(
            "Zeta Compute".to_string(),
            vec!["Infraestructura como Servicio en la Nube".to_string()]
        )]
    );
    assert!(
        d.removed.is_empty() && d.moved.is_empty() && d.renamed.is_empty(),
        "{:#?}",
        d.lines()
    );
    let p = project(&written, "zeta-compute");
    assert_eq!(p.categories, ["cloud"]);
    let chains: Vec<&str> = p.chains.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(chains, ["solana", "arbitrum"]);
    assert_eq!(p.tokens[0].symbol, "ZETA");
    assert_eq!(p.tokens[0].quote.as_deref(), Some("token nativo ZETA"));
    assert_eq!(p.funding[0].amount_usd, Some(4_200_000));
    assert_eq!(p.funding[0].quote.as_deref(), Some("$4.2 millones"));
    assert!(p.review.is_some());
    // Every fact it added is an article fact whose quote is in the revised article, and
    // the check lists the project as a note, not an error.
    let findings = check(&written, &ArticleText::new(&md));
    assert!(
        findings.iter().all(|f| f.severity == Severity::Note),
        "{findings:#?}"
    );
    assert_eq!(findings.len(), 1);
    // The projects that stay keep every curated fact.
    let before = common::landscape();
    assert_eq!(&written.projects[..66], &before.projects[..]);
}

#[test]
fn import_project_removed_is_kept_and_marked() {
    let md = edit(
        "- **OpFlow:** Plataforma en la nube centrada en IA y renderizado, utilizando GPUs NVIDIA.\n",
        "",
    );
    let (written, d) = run(&md);
    assert_eq!(d.removed, ["opflow"]);
    assert!(d.added.is_empty() && d.renamed.is_empty(), "{:#?}", d.lines());
    let p = project(&written, "opflow");
    assert!(p
        .review
        .as_deref()
        .unwrap()
        .starts_with("no longer in the article"));
    assert_eq!(
        written.projects.len(),
        66,
        "kept: its id may be linked from elsewhere"
    );
}

#[test]
fn import_project_moved_takes_its_new_section() {
    let line = "- **Dynex:** Blockchain para computación neuromórfica, utilizando Prueba de Trabajo Útil para la eficiencia.\n";
    let md = edit(line, "").replacen("- **NodeSynapse**", &format!("{line}- **NodeSynapse**"), 1);
    let (written, d) = run(&md);
    assert_eq!(
        d.moved,
        [(
            "dynex".to_string(),
            vec!["cloud".to_string()],
            vec!["compute".to_string()]
        )]
    );
    assert!(d.added.is_empty() && d.removed.is_empty(), "{:#?}", d.lines());
    let (p, before) = (project(&written, "dynex"), common::landscape());
    assert_eq!(p.categories, ["compute"]);
    assert_eq!(p.chains, project(&before, "dynex").chains, "facts kept");
}

#[test]
fn import_project_renamed_keeps_its_id_and_the_old_name_as_alias() {
    let md = edit("- **Nimble**:", "- **Nimble Network**:");
    let (written, d) = run(&md);
    assert_eq!(
        d.renamed,
        [(
            "nimble".to_string(),
            "Nimble".to_string(),
            "Nimble Network".to_string()
        )]
    );
    assert!(d.added.is_empty() && d.removed.is_empty(), "{:#?}", d.lines());
    let p = project(&written, "nimble");
    assert_eq!(p.name, "Nimble Network");
    assert_eq!(p.aliases, ["Nimble"]);
    assert!(p.review.is_some());
    assert!(
        similarity("nimble", "nimblenetwork") < 0.6,
        "caught by containment, not distance"
    );
    let md = edit("- **Gaimin**:", "- **Gaiminn**:");
    let (_, d) = run(&md);
    assert_eq!(
        d.renamed.len(),
        1,
        "a close spelling is a rename: {:#?}",
        d.lines()
    );
}

#[test]
fn import_project_respelt_with_the_same_letters_is_a_rename_that_keeps_its_facts() {
    // "Clore AI" and "Clore.ai" have the same name key: the same project, a new spelling.
    let md = edit("- **Clore.ai**:", "- **Clore AI**:");
    let (written, d) = run(&md);
    assert_eq!(
        d.renamed,
        [(
            "clore-ai".to_string(),
            "Clore.ai".to_string(),
            "Clore AI".to_string()
        )]
    );
    assert!(
        d.lines()
            .iter()
            .any(|l| l.contains("renamed") && l.contains("Clore.ai → Clore AI")),
        "{:#?}",
        d.lines()
    );
    assert!(d.added.is_empty() && d.removed.is_empty(), "{:#?}", d.lines());
    let before = project(&common::landscape(), "clore-ai").clone();
    let p = project(&written, "clore-ai");
    assert_eq!(p.name, "Clore AI");
    assert!(p.aliases.contains(&"Clore.ai".to_string()), "{:?}", p.aliases);
    // Every curated fact is kept: only the name, the aliases and the review mark change.
    let mut same = p.clone();
    same.name = before.name.clone();
    same.aliases = before.aliases.clone();
    same.review = before.review.clone();
    assert_eq!(same, before);
    assert!(p.review.is_some());
}

#[test]
fn import_section_added_becomes_a_category() {
    let md = edit(
        "## Conclusión",
        "### Salud\n\n- **MedChain AI**: Una red de datos médicos en Ethereum.\n\n## Conclusión",
    );
    let (written, d) = run(&md);
    assert_eq!(d.sections_added, ["Salud"]);
    assert_eq!(d.added.len(), 1);
    let cat = written
        .categories
        .iter()
        .find(|c| c.id == "salud")
        .expect("new category");
    assert_eq!(
        cat.parent.as_deref(),
        Some("apps"),
        "a ### under «Aplicación de IA»"
    );
    assert_eq!(
        cat.article_heading
            .as_ref()
            .map(|h| h.get(ai_landscape::domain::model::Lang::Es)),
        Some("Salud")
    );
    let p = project(&written, "medchain-ai");
    assert_eq!(p.categories, ["salud"]);
    assert_eq!(p.chains[0].id, "ethereum");
    ai_landscape::domain::validate::validate("written", &written).expect("still valid");
}

#[test]
fn import_reports_chains_and_funding_the_export_lacks() {
    let md = edit(
        "Se centra en la computación con CPU y GPU.",
        "Se centra en la computación con CPU y GPU. Recaudó $12M y opera también en Polygon.",
    );
    let (_, d) = run(&md);
    let stated: Vec<(&str, &str, &str)> = d
        .stated
        .iter()
        .map(|s| (s.project.as_str(), s.kind, s.value.as_str()))
        .collect();
    assert_eq!(
        stated,
        [
            ("akash-network", "chain", "polygon"),
            ("akash-network", "funding", "$12M")
        ]
    );
}

#[test]
fn import_reads_tokens_and_amounts_as_the_article_writes_them() {
    let l = common::landscape();
    let (_, t, f) = read_facts(
        &l,
        "utilizando el token nativo AGIX y $AQTIS, con puntos KZO; aseguraron $25M y $9.5 millones",
    );
    let symbols: Vec<&str> = t.iter().map(|t| t.symbol.as_str()).collect();
    assert_eq!(symbols, ["AGIX", "AQTIS", "KZO"]);
    let amounts: Vec<Option<u64>> = f.iter().map(|f| f.amount_usd).collect();
    assert_eq!(amounts, [Some(25_000_000), Some(9_500_000)]);
}
