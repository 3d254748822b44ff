//! Exports of the current view: CSV for spreadsheets (quoting by `csv-core`), JSON in the
//! export's own shape, and file names that say what was filtered.

use csv_core::{WriteResult, Writer};

use super::card::status_line;
use super::catalog::Catalog;
use super::model::{Lang, Text};
use super::query::{ExplorerQuery, View};
use super::text::slugify;

/// Column names of the CSV, in order.
pub const CSV_COLUMNS: [&str; 22] = [
    "id",
    "name",
    "aliases",
    "categories",
    "category_ids",
    "chains",
    "chain_ids",
    "chain_sources",
    "tokens",
    "website",
    "founded",
    "consensus",
    "technologies",
    "people",
    "funding",
    "partners",
    "summary_en",
    "summary_es",
    "status",
    "status_line",
    "former_chain_ids",
    "events",
];

/// How list values are joined in one CSV cell.
pub const LIST_SEPARATOR: &str = "; ";

fn drain(out: &mut Vec<u8>, mut step: impl FnMut(&mut [u8]) -> (WriteResult, usize)) {
    let mut buf = [0u8; 512];
    loop {
        let (res, n) = step(&mut buf);
        out.extend_from_slice(&buf[..n]);
        if matches!(res, WriteResult::InputEmpty) {
            break;
        }
    }
}

/// One record. A field is quoted when it holds a byte the writer treats as special
/// (delimiter, quote, line break), with its quotes doubled by `csv_core::quote`: the
/// writer's `Necessary` style, done without `Writer::field`, whose support for the
/// `NonNumeric` style parses every field as a float and so brings float parsing and its
/// 30 KB of tables into the wasm.
fn write_record(w: &mut Writer, out: &mut Vec<u8>, fields: &[String]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            drain(out, |b| w.delimiter(b));
        }
        let mut input = field.as_bytes();
        if !input.iter().any(|&b| w.is_special_byte(b)) {
            out.extend_from_slice(input);
            continue;
        }
        out.push(b'"');
        loop {
            let mut buf = [0u8; 512];
            let (res, nin, nout) = csv_core::quote(input, &mut buf, b'"', b'\\', true);
            input = &input[nin..];
            out.extend_from_slice(&buf[..nout]);
            if matches!(res, WriteResult::InputEmpty) {
                break;
            }
        }
        out.push(b'"');
    }
    drain(out, |b| w.terminator(b));
}

fn join<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items.into_iter().collect::<Vec<_>>().join(LIST_SEPARATOR)
}

/// The projects at `indices` (in that order) as CSV: a header row, then one row per
/// project; names in `lang`, lists joined with `; `. UTF-8 with a byte-order mark, so
/// spreadsheet programs read the accents right.
pub fn to_csv(catalog: &Catalog, indices: &[usize], lang: Lang) -> String {
    let mut w = Writer::new();
    let mut out: Vec<u8> = "\u{feff}".as_bytes().to_vec();
    write_record(&mut w, &mut out, &CSV_COLUMNS.map(String::from));
    let text = |t: &Text| t.get(lang).to_string();
    for &i in indices {
        let p = &catalog.projects()[i];
        // The chains it is on now; the ones it has left in `former_chain_ids`.
        let now: Vec<&crate::domain::model::ChainRef> = p.chains.iter().filter(|c| c.is_current()).collect();
        let chains: Vec<String> = now.iter().map(|c| catalog.chain_label(&c.id, lang)).collect();
        let events: Vec<String> = p
            .events
            .iter()
            .map(|e| {
                [
                    &e.date,
                    " ",
                    e.kind.id(),
                    ": ",
                    e.text.get(lang),
                    " <",
                    &e.source,
                    ">",
                ]
                .concat()
            })
            .collect();
        let funding: Vec<String> = p.funding.iter().map(|f| f.summary()).collect();
        let record = [
            p.id.clone(),
            p.name.clone(),
            join(p.aliases.iter().map(String::as_str)),
            join(
                p.categories
                    .iter()
                    .map(|c| catalog.category_label(c, lang))
                    .collect::<Vec<_>>()
                    .iter()
                    .map(String::as_str),
            ),
            join(p.categories.iter().map(String::as_str)),
            join(chains.iter().map(String::as_str)),
            join(now.iter().map(|c| c.id.as_str())),
            join(now.iter().map(|c| c.source.as_str())),
            join(p.tokens.iter().map(|t| t.symbol.as_str())),
            p.website.as_ref().map(|w| w.url.clone()).unwrap_or_default(),
            p.founded.as_ref().map(|f| text(&f.value)).unwrap_or_default(),
            p.consensus.as_ref().map(|f| text(&f.value)).unwrap_or_default(),
            p.technologies
                .iter()
                .map(|f| text(&f.value))
                .collect::<Vec<_>>()
                .join(LIST_SEPARATOR),
            join(p.people.iter().map(|x| x.name.as_str())),
            funding.join(LIST_SEPARATOR),
            p.partners
                .iter()
                .map(|f| text(&f.value))
                .collect::<Vec<_>>()
                .join(LIST_SEPARATOR),
            p.summary.get(Lang::En).to_string(),
            p.summary.get(Lang::Es).to_string(),
            catalog.status(i).code().to_string(),
            status_line(catalog, p, lang).unwrap_or_default(),
            join(p.chains.iter().filter(|c| !c.is_current()).map(|c| c.id.as_str())),
            events.join(LIST_SEPARATOR),
        ];
        write_record(&mut w, &mut out, &record);
    }
    drain(&mut out, |b| w.finish(b));
    String::from_utf8(out).unwrap_or_default()
}

/// The projects at `indices` as an export of the same shape as `data/landscape.json` (all
/// categories and chains kept, so the file validates on its own): the export's own text,
/// `source`, with its `projects` list cut down to those projects, each exactly as written
/// but for its derived `status`, put first.
/// The projects keep their exact text (field order, escapes, layout) and serde_json finds
/// them. `None` if `source` is not the text `catalog` was read from.
pub fn to_json(source: &str, catalog: &Catalog, indices: &[usize]) -> Option<String> {
    let (open, close, spans) = project_spans(source)?;
    if spans.len() != catalog.projects().len() {
        return None;
    }
    let mut out = String::with_capacity(source.len());
    out.push_str(&source[..=open]);
    for (n, &i) in indices.iter().enumerate() {
        out.push_str(if n == 0 { "\n    " } else { ",\n    " });
        // Each project with its derived status first (see `Project::status`).
        let text = &source[spans.get(i)?.clone()];
        out.push_str(&format!(
            "{{\n      \"status\": \"{}\",",
            catalog.status(i).code()
        ));
        out.push_str(text.strip_prefix('{')?);
    }
    if !indices.is_empty() {
        out.push_str("\n  ");
    }
    out.push_str(&source[close..]);
    Some(out)
}

/// Where the top-level `projects` list of a JSON export is: the byte offsets of its `[`
/// and `]`, and each element's range, as serde_json reads them (borrowed `RawValue`s,
/// whose text is a slice of `json`).
fn project_spans(json: &str) -> Option<(usize, usize, Vec<std::ops::Range<usize>>)> {
    use serde_json::value::RawValue;
    #[derive(serde::Deserialize)]
    struct Top<'a> {
        #[serde(borrow)]
        projects: &'a RawValue,
    }
    let offset = |part: &str| (part.as_ptr() as usize).checked_sub(json.as_ptr() as usize);
    let list = serde_json::from_str::<Top>(json).ok()?.projects.get();
    let items: Vec<&RawValue> = serde_json::from_str(list).ok()?;
    let open = offset(list)?;
    let spans = items
        .iter()
        .map(|r| offset(r.get()).map(|start| start..start + r.get().len()))
        .collect::<Option<Vec<_>>>()?;
    Some((open, open + list.len() - 1, spans))
}

/// A file name (without extension) saying what was exported:
/// `landscape-chain-solana`, `landscape-category-compute-chain-solana-q-gpu`,
/// `landscape-compare-akash-network-io-net`.
pub fn file_stem(q: &ExplorerQuery) -> String {
    let mut parts = vec!["landscape".to_string()];
    if q.view == View::Compare && !q.compare.is_empty() {
        parts.push("compare".into());
        parts.extend(q.compare.iter().cloned());
    } else {
        if !q.categories.is_empty() {
            parts.push("category".into());
            parts.extend(q.categories.iter().cloned());
        }
        if !q.chains.is_empty() {
            parts.push("chain".into());
            parts.extend(q.chains.iter().cloned());
        }
        let text = slugify(&q.q);
        if !text.is_empty() {
            parts.push("q".into());
            parts.push(
                text.chars()
                    .take(40)
                    .collect::<String>()
                    .trim_end_matches('-')
                    .to_string(),
            );
        }
    }
    let mut stem = parts.join("-");
    stem.truncate(120);
    stem.trim_end_matches('-').to_string()
}
