// The shipped export, read by the tests to compute what the page must show.
import fs from 'node:fs';

export const landscape = JSON.parse(fs.readFileSync(new URL('../data/landscape.json', import.meta.url), 'utf8'));
export const projects = landscape.projects;

export const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const texts = (t) => (t == null ? [] : typeof t === 'string' ? [t] : [t.es, t.en]);

/** Ids of projects on any of `chains` now (a chain a project has left, `until`, is not counted). */
export const onChain = (...chains) =>
  projects.filter((p) => (p.chains || []).some((c) => !c.until && chains.includes(c.id))).map((p) => p.id);

/** Ids of projects in any of `cats` (apps sub-categories expanded by the caller). */
export const inCategory = (...cats) =>
  projects.filter((p) => p.categories.some((c) => cats.includes(c))).map((p) => p.id);

/** Ids of projects whose searchable text contains every folded word of `q`. */
export function searchIds(q) {
  const words = fold(q).split(/\s+/).filter(Boolean);
  return projects.filter((p) => {
    const cats = p.categories.flatMap((c) => texts(landscape.categories.find((x) => x.id === c)?.name));
    const chains = (p.chains || []).flatMap((c) => texts(landscape.chains.find((x) => x.id === c.id)?.name));
    const parts = [p.name, p.id, ...cats, ...chains, ...(p.aliases || []), ...texts(p.summary),
      ...(p.tokens || []).map((t) => t.symbol),
      ...[...(p.technologies || []), ...(p.partners || []), ...(p.awards || []), ...(p.consensus ? [p.consensus] : [])].flatMap((f) => texts(f.value)),
      ...(p.people || []).map((x) => x.name),
      ...(p.funding || []).flatMap((f) => [...(f.investors || []), ...(f.recipient ? [f.recipient] : [])]),
      // The other side of a merger, a leaving or an acquisition, and the current name.
      ...(p.events || []).filter((e) => ['merged', 'left', 'acquired'].includes(e.kind) && e.other_side)
        .map((e) => projects.find((x) => x.id === e.other_side)?.name ?? e.other_side),
      ...texts(p.now?.value)];
    const hay = fold(parts.join('\n'));
    return words.every((w) => hay.includes(w));
  }).map((p) => p.id);
}

export const sorted = (a) => [...a].sort();
