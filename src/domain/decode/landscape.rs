//! The export's types read field by field (the field lists are those of `model`; a test
//! holds them to the derived `Deserialize`).

use serde_json::Value;

use super::fields::{string, u32_value, u64_value, Fields, Read};
use crate::domain::model::{
    Article, Category, Chain, ChainRef, Fact, Figure, Funding, Landscape, Person, Project, Relation,
    Token, Website,
};

/// The whole export, from its parsed JSON.
pub fn landscape(v: Value) -> Read<Landscape> {
    let mut f = Fields::of(
        v,
        "",
        "struct Landscape",
        &["format_version", "updated", "article", "categories", "chains", "projects"],
    )?;
    Ok(Landscape {
        format_version: f.req("format_version", u32_value)?,
        updated: f.string("updated")?,
        article: f.req("article", article)?,
        categories: f.req_list("categories", category)?,
        chains: f.req_list("chains", chain)?,
        projects: f.req_list("projects", project)?,
    })
}

fn article(v: Value, path: &str) -> Read<Article> {
    let mut f = Fields::of(
        v,
        path,
        "struct Article",
        &["title", "language", "publisher", "author", "url"],
    )?;
    Ok(Article {
        title: f.string("title")?,
        language: f.string("language")?,
        publisher: f.string("publisher")?,
        author: f.opt_string("author")?,
        url: f.opt_string("url")?,
    })
}

fn category(v: Value, path: &str) -> Read<Category> {
    let mut f = Fields::of(
        v,
        path,
        "struct Category",
        &["id", "parent", "order", "name", "description", "article_heading"],
    )?;
    Ok(Category {
        id: f.string("id")?,
        parent: f.opt_string("parent")?,
        order: f.req("order", u32_value)?,
        name: f.text("name")?,
        description: f.text("description")?,
        article_heading: f.opt_string("article_heading")?,
    })
}

fn chain(v: Value, path: &str) -> Read<Chain> {
    let mut f = Fields::of(v, path, "struct Chain", &["id", "name"])?;
    Ok(Chain {
        id: f.string("id")?,
        name: f.text("name")?,
    })
}

const PROJECT_FIELDS: &[&str] = &[
    "id", "name", "aliases", "categories", "summary", "chains", "now", "website", "tokens",
    "founded", "consensus", "technologies", "people", "funding", "partners", "awards", "figures",
    "relations", "review",
];

fn project(v: Value, path: &str) -> Read<Project> {
    let mut f = Fields::of(v, path, "struct Project", PROJECT_FIELDS)?;
    Ok(Project {
        id: f.string("id")?,
        name: f.string("name")?,
        aliases: f.list("aliases", string)?,
        categories: f.req_list("categories", string)?,
        summary: f.text("summary")?,
        chains: f.list("chains", chain_ref)?,
        now: f.opt("now", fact)?,
        website: f.opt("website", website)?,
        tokens: f.list("tokens", token)?,
        founded: f.opt("founded", fact)?,
        consensus: f.opt("consensus", fact)?,
        technologies: f.list("technologies", fact)?,
        people: f.list("people", person)?,
        funding: f.list("funding", funding)?,
        partners: f.list("partners", fact)?,
        awards: f.list("awards", fact)?,
        figures: f.list("figures", figure)?,
        relations: f.list("relations", relation)?,
        review: f.opt_string("review")?,
    })
}

fn chain_ref(v: Value, path: &str) -> Read<ChainRef> {
    let mut f = Fields::of(v, path, "struct ChainRef", &["id", "source", "quote", "note"])?;
    Ok(ChainRef {
        id: f.string("id")?,
        source: f.string("source")?,
        quote: f.opt_string("quote")?,
        note: f.opt_text("note")?,
    })
}

fn website(v: Value, path: &str) -> Read<Website> {
    let mut f = Fields::of(v, path, "struct Website", &["url", "source", "quote"])?;
    Ok(Website {
        url: f.string("url")?,
        source: f.string("source")?,
        quote: f.opt_string("quote")?,
    })
}

fn token(v: Value, path: &str) -> Read<Token> {
    let mut f = Fields::of(v, path, "struct Token", &["symbol", "source", "quote", "note"])?;
    Ok(Token {
        symbol: f.string("symbol")?,
        source: f.string("source")?,
        quote: f.opt_string("quote")?,
        note: f.opt_text("note")?,
    })
}

fn fact(v: Value, path: &str) -> Read<Fact> {
    let mut f = Fields::of(v, path, "struct Fact", &["value", "source", "quote"])?;
    Ok(Fact {
        value: f.text("value")?,
        source: f.string("source")?,
        quote: f.opt_string("quote")?,
    })
}

fn person(v: Value, path: &str) -> Read<Person> {
    let mut f = Fields::of(v, path, "struct Person", &["name", "role", "source", "quote"])?;
    Ok(Person {
        name: f.string("name")?,
        role: f.opt_text("role")?,
        source: f.string("source")?,
        quote: f.opt_string("quote")?,
    })
}

fn funding(v: Value, path: &str) -> Read<Funding> {
    let mut f = Fields::of(
        v,
        path,
        "struct Funding",
        &["amount_usd", "recipient", "round", "investors", "source", "quote", "note"],
    )?;
    Ok(Funding {
        amount_usd: f.opt("amount_usd", u64_value)?,
        recipient: f.opt_string("recipient")?,
        round: f.opt_text("round")?,
        investors: f.list("investors", string)?,
        source: f.string("source")?,
        quote: f.opt_string("quote")?,
        note: f.opt_text("note")?,
    })
}

fn figure(v: Value, path: &str) -> Read<Figure> {
    let mut f = Fields::of(v, path, "struct Figure", &["label", "value", "source", "quote"])?;
    Ok(Figure {
        label: f.text("label")?,
        value: f.text("value")?,
        source: f.string("source")?,
        quote: f.opt_string("quote")?,
    })
}

fn relation(v: Value, path: &str) -> Read<Relation> {
    let mut f = Fields::of(v, path, "struct Relation", &["kind", "source", "quote"])?;
    Ok(Relation {
        kind: f.string("kind")?,
        source: f.string("source")?,
        quote: f.opt_string("quote")?,
    })
}
