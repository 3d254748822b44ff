//! One reader per type of the model: its fields, in declaration order (the order serde
//! reports a missing field in, and lists them in), and which are required (neither
//! optional nor defaulted).

use super::fail::{ReadError, Res};
use super::reader::Reader;
use crate::domain::model::{
    Article, Category, Chain, ChainRef, Contract, Fact, Figure, Funding, Landscape, Link, Logo, Person,
    Project, Relation, Text, Token, Website,
};

/// Reads a whole export; the error carries the place and serde_json's message.
pub fn landscape(json: &str) -> Result<Landscape, ReadError> {
    let mut r = Reader::new(json);
    let read = read_landscape(&mut r).and_then(|l| r.end().map(|()| l));
    read.map_err(|e| e.into_error(json.len()))
}

/// The bits of the field indices in `fields`.
const fn bits(fields: &[usize]) -> u32 {
    let mut b = 0;
    let mut i = 0;
    while i < fields.len() {
        b |= 1 << fields[i];
        i += 1;
    }
    b
}

fn list<T>(r: &mut Reader, item: fn(&mut Reader) -> Res<T>) -> Res<Vec<T>> {
    let mut v = Vec::new();
    r.array(&mut |r| {
        v.push(item(r)?);
        Ok(())
    })?;
    Ok(v)
}

fn opt<T>(r: &mut Reader, value: fn(&mut Reader) -> Res<T>) -> Res<Option<T>> {
    Ok(if r.null()? { None } else { Some(value(r)?) })
}

fn string(r: &mut Reader) -> Res<String> {
    r.string()
}

fn strings(r: &mut Reader) -> Res<Vec<String>> {
    list(r, string)
}

fn opt_string(r: &mut Reader) -> Res<Option<String>> {
    opt(r, string)
}

fn opt_text(r: &mut Reader) -> Res<Option<Text>> {
    opt(r, text)
}

/// A text: a string, or `{"es": …, "en": …}`.
fn text(r: &mut Reader) -> Res<Text> {
    const EXPECTED: &str = r#"a text: a string, or an object with "es" and "en" strings"#;
    if r.string_or_object(EXPECTED)? {
        return r.string().map(Text::Plain);
    }
    let (mut es, mut en) = (String::new(), String::new());
    r.object("struct Localized", &["es", "en"], bits(&[0, 1]), &mut |r, f| {
        *(if f == 0 { &mut es } else { &mut en }) = r.string()?;
        Ok(())
    })?;
    Ok(Text::Localized { es, en })
}

fn read_landscape(r: &mut Reader) -> Res<Landscape> {
    const FIELDS: &[&str] = &[
        "format_version",
        "updated",
        "article",
        "categories",
        "chains",
        "projects",
    ];
    let mut l = Landscape::default();
    r.object(
        "struct Landscape",
        FIELDS,
        bits(&[0, 1, 2, 3, 4, 5]),
        &mut |r, f| {
            match f {
                0 => l.format_version = r.unsigned(u32::MAX.into(), "u32")? as u32,
                1 => l.updated = r.string()?,
                2 => l.article = article(r)?,
                3 => l.categories = list(r, category)?,
                4 => l.chains = list(r, chain)?,
                _ => l.projects = list(r, project)?,
            }
            Ok(())
        },
    )?;
    Ok(l)
}

fn article(r: &mut Reader) -> Res<Article> {
    const FIELDS: &[&str] = &[
        "title",
        "language",
        "publisher",
        "author",
        "url",
        "original_url",
        "url_source",
    ];
    let mut a = Article::default();
    r.object("struct Article", FIELDS, bits(&[0, 1, 2]), &mut |r, f| {
        match f {
            0 => a.title = r.string()?,
            1 => a.language = r.string()?,
            2 => a.publisher = r.string()?,
            3 => a.author = opt_string(r)?,
            4 => a.url = opt_string(r)?,
            5 => a.original_url = opt_string(r)?,
            _ => a.url_source = opt_string(r)?,
        }
        Ok(())
    })?;
    Ok(a)
}

fn category(r: &mut Reader) -> Res<Category> {
    const FIELDS: &[&str] = &["id", "parent", "order", "name", "description", "article_heading"];
    let mut c = Category::default();
    r.object("struct Category", FIELDS, bits(&[0, 2, 3, 4]), &mut |r, f| {
        match f {
            0 => c.id = r.string()?,
            1 => c.parent = opt_string(r)?,
            2 => c.order = r.unsigned(u32::MAX.into(), "u32")? as u32,
            3 => c.name = text(r)?,
            4 => c.description = text(r)?,
            _ => c.article_heading = opt_string(r)?,
        }
        Ok(())
    })?;
    Ok(c)
}

fn chain(r: &mut Reader) -> Res<Chain> {
    const FIELDS: &[&str] = &[
        "id",
        "name",
        "logo",
        "address_format",
        "explorer",
        "explorer_source",
    ];
    let mut c = Chain::default();
    r.object("struct Chain", FIELDS, bits(&[0, 1]), &mut |r, f| {
        match f {
            0 => c.id = r.string()?,
            1 => c.name = text(r)?,
            2 => c.logo = opt(r, logo)?,
            3 => c.address_format = opt_string(r)?,
            4 => c.explorer = opt_string(r)?,
            _ => c.explorer_source = opt_string(r)?,
        }
        Ok(())
    })?;
    Ok(c)
}

fn project(r: &mut Reader) -> Res<Project> {
    const FIELDS: &[&str] = &[
        "id",
        "name",
        "aliases",
        "categories",
        "summary",
        "chains",
        "now",
        "website",
        "links",
        "logo",
        "tokens",
        "founded",
        "consensus",
        "technologies",
        "people",
        "funding",
        "partners",
        "awards",
        "figures",
        "relations",
        "review",
    ];
    let mut p = Project::default();
    r.object("struct Project", FIELDS, bits(&[0, 1, 3, 4]), &mut |r, f| {
        match f {
            0 => p.id = r.string()?,
            1 => p.name = r.string()?,
            2 => p.aliases = strings(r)?,
            3 => p.categories = strings(r)?,
            4 => p.summary = text(r)?,
            5 => p.chains = list(r, chain_ref)?,
            6 => p.now = opt(r, fact)?,
            7 => p.website = opt(r, website)?,
            8 => p.links = list(r, link)?,
            9 => p.logo = opt(r, logo)?,
            10 => p.tokens = list(r, token)?,
            11 => p.founded = opt(r, fact)?,
            12 => p.consensus = opt(r, fact)?,
            13 => p.technologies = list(r, fact)?,
            14 => p.people = list(r, person)?,
            15 => p.funding = list(r, funding)?,
            16 => p.partners = list(r, fact)?,
            17 => p.awards = list(r, fact)?,
            18 => p.figures = list(r, figure)?,
            19 => p.relations = list(r, relation)?,
            _ => p.review = opt_string(r)?,
        }
        Ok(())
    })?;
    Ok(p)
}

fn relation(r: &mut Reader) -> Res<Relation> {
    const FIELDS: &[&str] = &["kind", "source", "quote"];
    let mut x = Relation::default();
    r.object("struct Relation", FIELDS, bits(&[0, 1]), &mut |r, f| {
        match f {
            0 => x.kind = r.string()?,
            1 => x.source = r.string()?,
            _ => x.quote = opt_string(r)?,
        }
        Ok(())
    })?;
    Ok(x)
}

fn chain_ref(r: &mut Reader) -> Res<ChainRef> {
    const FIELDS: &[&str] = &["id", "source", "quote", "note"];
    let mut c = ChainRef::default();
    r.object("struct ChainRef", FIELDS, bits(&[0, 1]), &mut |r, f| {
        match f {
            0 => c.id = r.string()?,
            1 => c.source = r.string()?,
            2 => c.quote = opt_string(r)?,
            _ => c.note = opt_text(r)?,
        }
        Ok(())
    })?;
    Ok(c)
}

fn website(r: &mut Reader) -> Res<Website> {
    const FIELDS: &[&str] = &["url", "source", "quote"];
    let mut w = Website::default();
    r.object("struct Website", FIELDS, bits(&[0, 1]), &mut |r, f| {
        match f {
            0 => w.url = r.string()?,
            1 => w.source = r.string()?,
            _ => w.quote = opt_string(r)?,
        }
        Ok(())
    })?;
    Ok(w)
}

fn logo(r: &mut Reader) -> Res<Logo> {
    const FIELDS: &[&str] = &["file", "source", "dark", "dark_source"];
    let mut l = Logo::default();
    r.object("struct Logo", FIELDS, bits(&[0, 1]), &mut |r, f| {
        match f {
            0 => l.file = r.string()?,
            1 => l.source = r.string()?,
            2 => l.dark = opt_string(r)?,
            _ => l.dark_source = opt_string(r)?,
        }
        Ok(())
    })?;
    Ok(l)
}

fn token(r: &mut Reader) -> Res<Token> {
    const FIELDS: &[&str] = &["symbol", "source", "quote", "note", "contracts"];
    let mut t = Token::default();
    r.object("struct Token", FIELDS, bits(&[0, 1]), &mut |r, f| {
        match f {
            0 => t.symbol = r.string()?,
            1 => t.source = r.string()?,
            2 => t.quote = opt_string(r)?,
            3 => t.note = opt_text(r)?,
            _ => t.contracts = list(r, contract)?,
        }
        Ok(())
    })?;
    Ok(t)
}

fn contract(r: &mut Reader) -> Res<Contract> {
    const FIELDS: &[&str] = &["chain", "address", "source", "quote"];
    let mut c = Contract::default();
    r.object("struct Contract", FIELDS, bits(&[0, 1, 2]), &mut |r, f| {
        match f {
            0 => c.chain = r.string()?,
            1 => c.address = r.string()?,
            2 => c.source = r.string()?,
            _ => c.quote = opt_string(r)?,
        }
        Ok(())
    })?;
    Ok(c)
}

fn link(r: &mut Reader) -> Res<Link> {
    const FIELDS: &[&str] = &["kind", "url", "source", "quote"];
    let mut l = Link::default();
    r.object("struct Link", FIELDS, bits(&[0, 1, 2]), &mut |r, f| {
        match f {
            0 => l.kind = r.string()?,
            1 => l.url = r.string()?,
            2 => l.source = r.string()?,
            _ => l.quote = opt_string(r)?,
        }
        Ok(())
    })?;
    Ok(l)
}

fn fact(r: &mut Reader) -> Res<Fact> {
    const FIELDS: &[&str] = &["value", "source", "quote"];
    let mut x = Fact::default();
    r.object("struct Fact", FIELDS, bits(&[0, 1]), &mut |r, f| {
        match f {
            0 => x.value = text(r)?,
            1 => x.source = r.string()?,
            _ => x.quote = opt_string(r)?,
        }
        Ok(())
    })?;
    Ok(x)
}

fn person(r: &mut Reader) -> Res<Person> {
    const FIELDS: &[&str] = &["name", "role", "source", "quote"];
    let mut p = Person::default();
    r.object("struct Person", FIELDS, bits(&[0, 2]), &mut |r, f| {
        match f {
            0 => p.name = r.string()?,
            1 => p.role = opt_text(r)?,
            2 => p.source = r.string()?,
            _ => p.quote = opt_string(r)?,
        }
        Ok(())
    })?;
    Ok(p)
}

fn funding(r: &mut Reader) -> Res<Funding> {
    const FIELDS: &[&str] = &[
        "amount_usd",
        "recipient",
        "round",
        "date",
        "lead_investors",
        "investors",
        "source",
        "quote",
        "note",
    ];
    let mut x = Funding::default();
    r.object("struct Funding", FIELDS, bits(&[6]), &mut |r, f| {
        match f {
            0 => x.amount_usd = opt(r, |r| r.unsigned(u64::MAX, "u64"))?,
            1 => x.recipient = opt_string(r)?,
            2 => x.round = opt_text(r)?,
            3 => x.date = opt_string(r)?,
            4 => x.lead_investors = strings(r)?,
            5 => x.investors = strings(r)?,
            6 => x.source = r.string()?,
            7 => x.quote = opt_string(r)?,
            _ => x.note = opt_text(r)?,
        }
        Ok(())
    })?;
    Ok(x)
}

fn figure(r: &mut Reader) -> Res<Figure> {
    const FIELDS: &[&str] = &["label", "value", "source", "quote"];
    let mut x = Figure::default();
    r.object("struct Figure", FIELDS, bits(&[0, 1, 2]), &mut |r, f| {
        match f {
            0 => x.label = text(r)?,
            1 => x.value = text(r)?,
            2 => x.source = r.string()?,
            _ => x.quote = opt_string(r)?,
        }
        Ok(())
    })?;
    Ok(x)
}
