// Synthetic exports for the benchmark: N projects made from the real ones (new ids and
// names, same categories, chains and facts), valid under the app's validator.
// Usage: node e2e/bench/synth.mjs N OUT.json
import fs from 'node:fs';

export function synth(n) {
  const base = JSON.parse(fs.readFileSync(new URL('../../data/landscape.json', import.meta.url), 'utf8'));
  const projects = [];
  for (let k = 0; projects.length < n; k++) {
    for (const p of base.projects) {
      if (projects.length >= n) break;
      if (k === 0) {
        projects.push(p);
        continue;
      }
      const summary = typeof p.summary === 'string' ? `${p.summary} (${k})` : { es: `${p.summary.es} (${k})`, en: `${p.summary.en} (${k})` };
      projects.push({ ...p, id: `${p.id}-${k}`, name: `${p.name} ${k}`, aliases: [], summary });
    }
  }
  return { ...base, projects };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [n, out] = process.argv.slice(2);
  fs.writeFileSync(out, JSON.stringify(synth(Number(n))));
  console.log(`${out}: ${n} projects`);
}
