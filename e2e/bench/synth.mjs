// Synthetic exports for the benchmark: N projects made from the real ones (new ids and
// names, same categories, chains and facts), valid under the app's validator. The copies
// leave out the sources' quotes (shown only as the dialog's tooltips): with them, 25,000
// projects made 82 MB, over the 64 MiB an export may have, and the app refused it.
// Every text is cut to Spanish and English, as the Spanish or English reader's records file
// (`data/landscape.es-en.json`) has it: with the 15 locales of issue 31 and the article's
// passages, 25,000 projects made 205 MB.
// Usage: node e2e/bench/synth.mjs N OUT.json
import fs from 'node:fs';

export function synth(n) {
  const base = esEn(JSON.parse(fs.readFileSync(new URL('../../data/landscape.json', import.meta.url), 'utf8')));
  const projects = [];
  for (let k = 0; projects.length < n; k++) {
    for (const p of base.projects) {
      if (projects.length >= n) break;
      if (k === 0) {
        projects.push(p);
        continue;
      }
      const summary = typeof p.summary === 'string' ? `${p.summary} (${k})` : { es: `${p.summary.es} (${k})`, en: `${p.summary.en} (${k})` };
      // Quotes left out where they are optional; an event needs a text and a quote, which
      // the copies shorten (their dates, kinds and other sides, what statuses read, stay).
      const copy = { ...withoutQuotes(p), id: `${p.id}-${k}`, name: `${p.name} ${k}`, aliases: [], summary };
      // The article's passage is the real project's alone (and a records-only text).
      delete copy.passage;
      // (The copies' history stays within the 64 MB an export may have at 25,000 projects.)
      if (p.events) copy.events = p.events.map((e) => ({ ...e, text: `${e.kind} (${k})`, source: 'https://example.org/e', quote: '…' }));
      if (p.last_seen) copy.last_seen = { date: p.last_seen.date, source: 'https://example.org/s' };
      projects.push(copy);
    }
  }
  return { ...base, projects };
}

const LOCALES = new Set(['en', 'es', 'ko', 'ja', 'id', 'zh', 'vi', 'hi', 'ru', 'ar', 'fa', 'fr', 'pt', 'th', 'tr']);

/** `v` with every localized text (an object of locale codes, `en` among them) cut to `es` and `en`. */
function esEn(v) {
  if (Array.isArray(v)) return v.map(esEn);
  if (v && typeof v === 'object') {
    const keys = Object.keys(v);
    if (keys.includes('en') && keys.every((k) => LOCALES.has(k) && typeof v[k] === 'string')) return { es: v.es, en: v.en };
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, esEn(x)]));
  }
  return v;
}

/** `v` with every `quote` field left out, at any depth. */
function withoutQuotes(v) {
  if (Array.isArray(v)) return v.map(withoutQuotes);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'quote').map(([k, x]) => [k, withoutQuotes(x)]));
  }
  return v;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [n, out] = process.argv.slice(2);
  fs.writeFileSync(out, JSON.stringify(synth(Number(n))));
  console.log(`${out}: ${n} projects`);
}
