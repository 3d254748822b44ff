// Benchmark of the release build (`cargo xtask bench` builds it first):
//  - bytes on the wire per file the first view loads, raw / gzip -9 / brotli q11, and the total;
//  - time from navigation start to the first project card, over several cold loads in
//    headless Chromium (fresh context each time: empty cache), median and worst;
//  - time from a keystroke in the search box, and from a filter click, to the next paint.
// Prints a table and writes bench/results.json so later changes can be compared.
// Usage: node e2e/bench/bench.mjs [--runs N] [--out FILE]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { start } from '../harness.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const RUNS = Number(opt('--runs', 7));
const OUT = opt('--out', 'bench/results.json');
const DIST = 'dist';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x) => Math.round(x * 10) / 10;

function sizes(file) {
  const buf = fs.readFileSync(file);
  return {
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}

// Record when the first card appears, in the page's own clock (0 = navigation start).
const FIRST_CARD_PROBE = () => {
  const mark = () => {
    if (!window.__firstCard && document.querySelector('article[data-project]')) {
      window.__firstCard = performance.now();
      return true;
    }
    return false;
  };
  new MutationObserver((_, obs) => { if (mark()) obs.disconnect(); })
    .observe(document, { childList: true, subtree: true });
};

const h = await start({ dir: DIST });
const result = { date: new Date().toISOString(), runs: RUNS, files: [], total: null, first_card_ms: null, interaction: null };
try {
  // Which files the first view loads, from the browser's own requests.
  const page = await h.page();
  const loaded = new Set();
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (u.origin === new URL(h.base).origin && r.status() === 200) loaded.add(u.pathname);
  });
  await page.goto(h.base);
  await page.waitForSelector('article[data-project]');
  await page.waitForLoadState('networkidle');
  await page.context().close();

  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const p of [...loaded].sort()) {
    const rel = p === '/' ? 'index.html' : decodeURIComponent(p.slice(1));
    const file = path.join(DIST, rel);
    if (!fs.existsSync(file)) continue;
    const s = sizes(file);
    result.files.push({ file: rel, ...s });
    for (const k of Object.keys(total)) total[k] += s[k];
  }
  result.total = total;

  // Cold loads: time to first card.
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const p = await h.page();
    await p.addInitScript(FIRST_CARD_PROBE);
    await p.goto(h.base);
    await p.waitForFunction(() => window.__firstCard, null, { timeout: 30000 });
    times.push(await p.evaluate(() => window.__firstCard));
    await p.context().close();
  }
  result.first_card_ms = { median: round(median(times)), worst: round(Math.max(...times)), all: times.map(round) };

  // Interaction latency: event to the next paint (two animation frames after the handler).
  const p = await h.page();
  await p.goto(h.base);
  await p.waitForSelector('article[data-project]');
  const measure = (action) => p.evaluate(async (action) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const t0 = performance.now();
    if (action.type === 'key') {
      const input = document.querySelector('input[type=search]');
      input.focus();
      input.value = action.value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: action.value.slice(-1) }));
    } else {
      document.querySelector(action.selector).click();
    }
    await frame();
    await frame();
    return performance.now() - t0;
  }, action);
  const keys = [];
  const clicks = [];
  const word = 'compute gpu';
  for (let r = 0; r < 3; r++) {
    for (let i = 1; i <= word.length; i++) keys.push(await measure({ type: 'key', value: word.slice(0, i) }));
    for (let i = word.length - 1; i >= 0; i--) keys.push(await measure({ type: 'key', value: word.slice(0, i) }));
  }
  for (let r = 0; r < 10; r++) clicks.push(await measure({ type: 'click', selector: '#f-chain-solana' }));
  await p.context().close();
  result.interaction = {
    note: 'event to the second animation frame after it (includes one frame of waiting)',
    search_keystroke_ms: { median: round(median(keys)), worst: round(Math.max(...keys)), samples: keys.length },
    filter_click_ms: { median: round(median(clicks)), worst: round(Math.max(...clicks)), samples: clicks.length },
  };
} finally {
  await h.close();
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log('\nBytes of the first view (KiB)');
console.log('file'.padEnd(44) + 'raw'.padStart(8) + 'gzip'.padStart(8) + 'brotli'.padStart(8));
for (const f of result.files) console.log(f.file.padEnd(44) + kb(f.raw) + kb(f.gzip) + kb(f.brotli));
console.log('TOTAL'.padEnd(44) + kb(result.total.raw) + kb(result.total.gzip) + kb(result.total.brotli));
console.log(`\nFirst card after navigation: median ${result.first_card_ms.median} ms, worst ${result.first_card_ms.worst} ms (${RUNS} cold loads)`);
const i = result.interaction;
console.log(`Search keystroke → paint: median ${i.search_keystroke_ms.median} ms, worst ${i.search_keystroke_ms.worst} ms (${i.search_keystroke_ms.samples} keystrokes)`);
console.log(`Filter click → paint:     median ${i.filter_click_ms.median} ms, worst ${i.filter_click_ms.worst} ms (${i.filter_click_ms.samples} clicks)`);
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, JSON.stringify(result, null, 2) + '\n');
console.log(`\nwritten to ${OUT}`);
