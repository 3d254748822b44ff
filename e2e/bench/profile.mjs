// Where the time of an interaction goes: records a Chromium trace of a few keystrokes (or
// filter clicks) on a built site and prints the main thread's time per event name.
// Usage: node e2e/bench/profile.mjs DIR [key|click]
import fs from 'node:fs';
import { start } from '../harness.mjs';

const [dir = 'dist', kind = 'key'] = process.argv.slice(2);
const h = await start({ dir });
const page = await h.page();
await page.goto(h.base);
await page.waitForSelector('article[data-project]', { timeout: 60000 });
await page.waitForTimeout(1500);
await h.browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink'] });
const word = 'compute gpu';
for (let i = 1; i <= word.length; i++) {
  await page.evaluate(async ({ kind, v }) => {
    if (kind === 'key') {
      const input = document.querySelector('input[type=search]');
      input.value = v;
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    } else {
      document.querySelector('#f-chain-solana').click();
    }
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }, { kind, v: word.slice(0, i) });
}
const buf = await h.browser.stopTracing();
await h.close();
const events = JSON.parse(buf.toString()).traceEvents;
const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
const by = new Map();
for (const e of events) {
  if (e.ph !== 'X' || !main || e.tid !== main.tid || e.pid !== main.pid) continue;
  const d = (e.dur || 0) / 1000;
  by.set(e.name, (by.get(e.name) || 0) + d);
}
const rows = [...by].sort((a, b) => b[1] - a[1]).slice(0, 25);
console.log(`${word.length} ${kind === 'key' ? 'keystrokes' : 'clicks'}, main-thread ms by event (nested events overlap):`);
for (const [n, d] of rows) console.log(`${d.toFixed(1).padStart(9)}  ${n}`);
