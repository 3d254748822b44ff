//! Comparison rows: one row per attribute, one cell per project, with what the projects
//! share marked. The comparison view only renders these rows.

use super::catalog::Catalog;
use super::model::{Lang, Project, Text};
use super::records::{explorer_url, link_label, short_address, LINK_KINDS};
use super::validate::is_safe_link;

/// The attribute a row shows, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Attribute {
    /// Category names.
    Categories,
    /// Chain names with their sources.
    Chains,
    /// Token symbols.
    Token,
    /// Token contracts, linked to the chain's explorer.
    Contracts,
    /// Consensus mechanism.
    Consensus,
    /// Technologies.
    Technologies,
    /// Funding rounds.
    Funding,
    /// People named.
    People,
    /// Year founded.
    Founded,
    /// Partners and clients.
    Partners,
    /// Website.
    Website,
    /// The project's own links (docs, source code, X...).
    Links,
    /// Summary in the current language.
    Summary,
}

impl Attribute {
    /// The row's id in the DOM (`tr[data-attribute="chains"]`), a public hook.
    pub fn code(self) -> &'static str {
        match self {
            Attribute::Categories => "categories",
            Attribute::Chains => "chains",
            Attribute::Token => "token",
            Attribute::Contracts => "contracts",
            Attribute::Consensus => "consensus",
            Attribute::Technologies => "technologies",
            Attribute::Funding => "funding",
            Attribute::People => "people",
            Attribute::Founded => "founded",
            Attribute::Partners => "partners",
            Attribute::Website => "website",
            Attribute::Links => "links",
            Attribute::Summary => "summary",
        }
    }

    /// Every attribute, in row order.
    pub const ALL: [Attribute; 13] = [
        Attribute::Categories,
        Attribute::Chains,
        Attribute::Token,
        Attribute::Contracts,
        Attribute::Consensus,
        Attribute::Technologies,
        Attribute::Funding,
        Attribute::People,
        Attribute::Founded,
        Attribute::Partners,
        Attribute::Website,
        Attribute::Links,
        Attribute::Summary,
    ];
}

/// One value in a cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// What is shown.
    pub text: Text,
    /// Identity for comparing across projects (chain id, folded name...).
    pub key: String,
    /// `article` or a URL, when the value has a source.
    pub source: Option<String>,
    /// The passage of the source that states the value, when given.
    pub quote: Option<String>,
    /// A link target (websites, links, explorer pages; checked safe before it is set).
    pub href: Option<String>,
    /// A contract's whole address: what its copy button copies (and `data-contract`).
    pub copy: Option<String>,
    /// A link's kind (`x`, `docs`...), for `data-link`.
    pub link: Option<String>,
    /// Whether every compared project has this value.
    pub shared: bool,
}

/// One row of the comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The attribute.
    pub attribute: Attribute,
    /// One cell per project, in column order; an empty cell means "not stated".
    pub cells: Vec<Vec<Item>>,
    /// Whether all projects have the same value (rows hidden by "only differences").
    pub all_equal: bool,
}

/// `source` is the value's (source, quote), when it has one.
fn item(text: Text, key: impl Into<String>, source: Option<(&str, &Option<String>)>) -> Item {
    Item {
        text,
        key: key.into(),
        source: source.map(|(s, _)| s.to_owned()),
        quote: source.and_then(|(_, q)| q.clone()),
        href: None,
        copy: None,
        link: None,
        shared: false,
    }
}

/// What `p` states for `attribute`, as the comparison shows it (also the dialog's links and
/// contracts, and the static pages' facts).
pub fn cell(catalog: &Catalog, p: &Project, attribute: Attribute) -> Vec<Item> {
    use super::text::fold;
    match attribute {
        Attribute::Categories => p
            .categories
            .iter()
            .map(|c| {
                let text = catalog
                    .category(c)
                    .map(|x| x.name.clone())
                    .unwrap_or_else(|| c.as_str().into());
                item(text, c.clone(), None)
            })
            .collect(),
        Attribute::Chains => p
            .chains
            .iter()
            .map(|c| {
                let text = catalog
                    .chain(&c.id)
                    .map(|x| x.name.clone())
                    .unwrap_or_else(|| c.id.as_str().into());
                item(text, c.id.clone(), Some((&c.source, &c.quote)))
            })
            .collect(),
        Attribute::Token => p
            .tokens
            .iter()
            .map(|t| {
                item(
                    Text::Plain(t.symbol.clone()),
                    t.symbol.to_ascii_uppercase(),
                    Some((&t.source, &t.quote)),
                )
            })
            .collect(),
        Attribute::Consensus => p
            .consensus
            .iter()
            .map(|f| {
                item(
                    f.value.clone(),
                    fold(f.value.get(Lang::En)),
                    Some((&f.source, &f.quote)),
                )
            })
            .collect(),
        Attribute::Technologies | Attribute::Partners => {
            let list = if attribute == Attribute::Technologies {
                &p.technologies
            } else {
                &p.partners
            };
            list.iter()
                .map(|f| {
                    item(
                        f.value.clone(),
                        fold(f.value.get(Lang::En)),
                        Some((&f.source, &f.quote)),
                    )
                })
                .collect()
        }
        Attribute::Funding => p
            .funding
            .iter()
            .map(|f| {
                let s = f.summary();
                item(Text::Plain(s.clone()), s, Some((&f.source, &f.quote)))
            })
            .collect(),
        Attribute::People => p
            .people
            .iter()
            .map(|x| {
                item(
                    Text::Plain(x.name.clone()),
                    fold(&x.name),
                    Some((&x.source, &x.quote)),
                )
            })
            .collect(),
        Attribute::Founded => p
            .founded
            .iter()
            .map(|f| {
                item(
                    f.value.clone(),
                    fold(f.value.get(Lang::En)),
                    Some((&f.source, &f.quote)),
                )
            })
            .collect(),
        Attribute::Website => p
            .website
            .iter()
            .map(|w| Item {
                href: Some(w.url.clone()),
                ..item(
                    Text::Plain(w.url.clone()),
                    w.url.clone(),
                    Some((&w.source, &w.quote)),
                )
            })
            .collect(),
        Attribute::Contracts => p
            .tokens
            .iter()
            .flat_map(|t| t.contracts.iter().map(move |c| (t, c)))
            .map(|(t, c)| {
                let chain = catalog.chain(&c.chain);
                let name = |l| chain.map(|x| x.name.get(l)).unwrap_or(&c.chain).to_string();
                let label = |l| [&t.symbol, " · ", &name(l), ": ", &short_address(&c.address)].concat();
                Item {
                    href: chain.and_then(|x| explorer_url(x, &c.address)),
                    copy: Some(c.address.clone()),
                    ..item(
                        Text::Localized {
                            es: label(Lang::Es),
                            en: label(Lang::En),
                        },
                        [&c.chain, ":", &c.address.to_ascii_lowercase()].concat(),
                        Some((&c.source, &c.quote)),
                    )
                }
            })
            .collect(),
        Attribute::Links => LINK_KINDS
            .iter()
            .flat_map(|k| p.links.iter().filter(move |l| l.kind == *k))
            .filter(|l| is_safe_link(&l.url))
            .map(|l| Item {
                href: Some(l.url.clone()),
                link: Some(l.kind.clone()),
                ..item(
                    Text::Localized {
                        es: link_label(&l.kind, Lang::Es).into(),
                        en: link_label(&l.kind, Lang::En).into(),
                    },
                    l.url.to_ascii_lowercase(),
                    Some((&l.source, &l.quote)),
                )
            })
            .collect(),
        Attribute::Summary => vec![item(p.summary.clone(), p.id.clone(), None)],
    }
}

/// The comparison rows for `projects` (in column order): every attribute, so the table
/// has the same shape for any selection; an empty cell stands for "not stated" (a row no
/// project has data for counts as all equal, so "only differences" hides it).
pub fn compare_rows(catalog: &Catalog, projects: &[&Project]) -> Vec<Row> {
    let mut rows = Vec::new();
    for attribute in Attribute::ALL {
        let mut cells: Vec<Vec<Item>> = projects.iter().map(|p| cell(catalog, p, attribute)).collect();
        let keys: Vec<Vec<&str>> = cells
            .iter()
            .map(|c| {
                let mut k: Vec<&str> = c.iter().map(|i| i.key.as_str()).collect();
                crate::domain::order::sort_by(&mut k, &|a, b| a.cmp(b));
                k.dedup();
                k
            })
            .collect();
        let all_equal = keys.windows(2).all(|w| w[0] == w[1]);
        let shared: Vec<String> = if projects.len() >= 2 {
            keys[0]
                .iter()
                .filter(|k| keys.iter().all(|ks| ks.contains(k)))
                .map(|k| k.to_string())
                .collect()
        } else {
            Vec::new()
        };
        if attribute != Attribute::Summary {
            for c in &mut cells {
                for i in c.iter_mut() {
                    i.shared = shared.contains(&i.key);
                }
            }
        }
        rows.push(Row {
            attribute,
            cells,
            all_equal: all_equal && projects.len() >= 2,
        });
    }
    rows
}

/// The attributes that none of the compared projects states (every cell empty): the view
/// folds their rows into one line, "Not stated for any of them: …". The summary is never
/// folded.
pub fn unstated(rows: &[Row]) -> Vec<Attribute> {
    rows.iter()
        .filter(|r| r.attribute != Attribute::Summary && r.cells.iter().all(Vec::is_empty))
        .map(|r| r.attribute)
        .collect()
}

/// Projects most like `project`: sharing its categories and chains (at least one
/// category), best first, up to `n`.
pub fn similar<'a>(catalog: &'a Catalog, project: &Project, n: usize) -> Vec<&'a Project> {
    let mut scored: Vec<(usize, &Project)> = catalog
        .projects()
        .iter()
        .filter(|p| p.id != project.id)
        .filter_map(|p| {
            let cats = p
                .categories
                .iter()
                .filter(|c| project.categories.contains(c))
                .count();
            let chains = p
                .chains
                .iter()
                .filter(|c| project.chains.iter().any(|x| x.id == c.id))
                .count();
            (cats > 0).then_some((cats * 2 + chains * 3, p))
        })
        .collect();
    crate::domain::order::sort_by(&mut scored, &|a, b| {
        b.0.cmp(&a.0)
            .then_with(|| super::text::lowercase(&a.1.name).cmp(&super::text::lowercase(&b.1.name)))
    });
    scored.into_iter().take(n).map(|(_, p)| p).collect()
}
