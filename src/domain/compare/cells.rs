//! What one project states for one attribute, as display items: the value (in both
//! languages), its link or address, a note, and its source.

use crate::domain::card::status_line;
use crate::domain::catalog::Catalog;
use crate::domain::history::Status;
use crate::domain::i18n::{event_kind_name, former_text, status_name, tr};
use crate::domain::model::{Funding, Lang, Project, Text};
use crate::domain::records::{explorer_url, link_label, short_address, LINK_KINDS};
use crate::domain::text::{fold, format_usd};
use crate::domain::validate::is_safe_link;

/// The attribute a row shows, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Attribute {
    /// Category names.
    Categories,
    /// Chain names with their sources.
    Chains,
    /// What the project is now (see [`crate::domain::history::status`]).
    Status,
    /// Its latest event, with its source.
    LatestEvent,
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
    /// Awards.
    Awards,
    /// Other figures (users, addresses...).
    Figures,
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
            Attribute::Status => "status",
            Attribute::LatestEvent => "latest-event",
            Attribute::Token => "token",
            Attribute::Contracts => "contracts",
            Attribute::Consensus => "consensus",
            Attribute::Technologies => "technologies",
            Attribute::Funding => "funding",
            Attribute::People => "people",
            Attribute::Founded => "founded",
            Attribute::Partners => "partners",
            Attribute::Awards => "awards",
            Attribute::Figures => "figures",
            Attribute::Website => "website",
            Attribute::Links => "links",
            Attribute::Summary => "summary",
        }
    }

    /// Every attribute, in row order. The dialog shows `ALL[4..16]` (all but the categories
    /// and chains, which it draws as badges, the status and events, which it shows as a
    /// timeline, and the summary) as generic rows.
    pub const ALL: [Attribute; 17] = [
        Attribute::Categories,
        Attribute::Chains,
        Attribute::Status,
        Attribute::LatestEvent,
        Attribute::Token,
        Attribute::Contracts,
        Attribute::Consensus,
        Attribute::Technologies,
        Attribute::Funding,
        Attribute::People,
        Attribute::Founded,
        Attribute::Partners,
        Attribute::Awards,
        Attribute::Figures,
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
    /// Context shown after the value (a person's role, a chain's or token's note).
    pub note: Option<Text>,
    /// Whether every compared project has this value.
    pub shared: bool,
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
        note: None,
        shared: false,
    }
}

/// A text built per locale, in every locale: the interface's words around the data's texts,
/// which each locale has its own of (a latest event's text, a chain's name).
fn both(f: impl Fn(Lang) -> String) -> Text {
    Text::Localized(Lang::ALL.into_iter().map(|l| (l, f(l))).collect())
}

/// A funding round in one line: `$30M · Series A · 2024-03 · led by Hack VC · Multicoin`
/// (the amount "not stated" when it is not).
fn funding_text(f: &Funding, l: Lang) -> String {
    let t = tr(l);
    let mut parts = vec![f
        .amount_usd
        .map(format_usd)
        .unwrap_or_else(|| t.undisclosed.into())];
    parts.extend(f.round.as_ref().map(|r| r.get(l).to_string()));
    parts.extend(f.recipient.as_ref().map(|r| [t.via, " ", r].concat()));
    parts.extend(f.date.clone());
    if !f.lead_investors.is_empty() {
        parts.push([t.led_by, " ", &f.lead_investors.join(", ")].concat());
    }
    let others: Vec<&str> = f
        .investors
        .iter()
        .filter(|i| !f.lead_investors.contains(i))
        .map(String::as_str)
        .collect();
    if !others.is_empty() {
        parts.push(others.join(", "));
    }
    parts.join(" · ")
}

/// What `p` states for `attribute`, as the comparison shows it (also the dialog's links and
/// contracts, and the static pages' facts).
pub fn cell(catalog: &Catalog, p: &Project, attribute: Attribute) -> Vec<Item> {
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
                let name = |l| {
                    catalog
                        .chain(&c.id)
                        .map_or(c.id.as_str(), |x| x.name.get(l))
                        .to_string()
                };
                // A chain it has left says so, and matches no project still on it.
                let (text, key) = match &c.until {
                    Some(u) => (
                        both(|l| [name(l), " (".into(), former_text(u, l), ")".into()].concat()),
                        [&c.id, "@former"].concat(),
                    ),
                    None => (both(name), c.id.clone()),
                };
                Item {
                    note: c.note.clone(),
                    ..item(text, key, Some((&c.source, &c.quote)))
                }
            })
            .collect(),
        Attribute::Status => {
            let status = catalog
                .resolve_index(&p.id)
                .map_or(Status::Unknown, |i| catalog.status(i));
            let line = |l| match status_line(catalog, p, l) {
                Some(line) => [status_name(status, l), " · ", &line].concat(),
                None => status_name(status, l).to_string(),
            };
            vec![item(both(line), status.code(), None)]
        }
        Attribute::LatestEvent => p
            .events
            .last()
            .map(|e| {
                let text = |l| [&e.date, " · ", event_kind_name(e.kind, l), ": ", e.text.get(l)].concat();
                item(
                    both(text),
                    [&e.date, " ", e.kind.id()].concat(),
                    Some((&e.source, &e.quote)),
                )
            })
            .into_iter()
            .collect(),
        Attribute::Token => p
            .tokens
            .iter()
            .map(|t| Item {
                note: t.note.clone(),
                ..item(
                    Text::Plain(t.symbol.clone()),
                    t.symbol.to_ascii_uppercase(),
                    Some((&t.source, &t.quote)),
                )
            })
            .collect(),
        Attribute::Technologies
        | Attribute::Partners
        | Attribute::Awards
        | Attribute::Founded
        | Attribute::Consensus => {
            let list = match attribute {
                Attribute::Technologies => &p.technologies[..],
                Attribute::Partners => &p.partners,
                Attribute::Awards => &p.awards,
                Attribute::Founded => p.founded.as_slice(),
                _ => p.consensus.as_slice(),
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
            .map(|f| Item {
                note: f.note.clone(),
                ..item(
                    both(|l| funding_text(f, l)),
                    f.summary(),
                    Some((&f.source, &f.quote)),
                )
            })
            .collect(),
        Attribute::People => p
            .people
            .iter()
            .map(|x| Item {
                note: x.role.clone(),
                ..item(
                    Text::Plain(x.name.clone()),
                    fold(&x.name),
                    Some((&x.source, &x.quote)),
                )
            })
            .collect(),
        Attribute::Figures => p
            .figures
            .iter()
            .map(|f| {
                item(
                    both(|l| [f.label.get(l), ": ", f.value.get(l)].concat()),
                    fold(f.label.get(Lang::En)),
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
                        both(label),
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
                    both(|lang| link_label(&l.kind, lang).into()),
                    l.url.to_ascii_lowercase(),
                    Some((&l.source, &l.quote)),
                )
            })
            .collect(),
        Attribute::Summary => vec![item(p.summary.clone(), p.id.clone(), None)],
    }
}
