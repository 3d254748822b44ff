// Where a search keystroke's time goes: types the bench's word into the search box (44
// keystrokes, each awaited to the next frame, as `cargo xtask bench` does) under a
// Chromium trace, and prints the main thread's time per keystroke by trace event (script,
// style, layout, paint...). For the typing budget of `cargo xtask bench`; run after a
// build: node e2e/bench/keystroke-trace.mjs [DIR]   (DIR: dist, or target/bench-25000 after a bench)
import { start } from '../harness.mjs';

const h = await start({ dir: process.argv[2] || 'dist' });
const p = await h.page();
await p.goto(h.base);
await p.waitForSelector('article[data-project]', { timeout: 60000 });
await p.waitForTimeout(800);
const cdp = await p.context().newCDPSession(p);
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const done = new Promise((r) => cdp.on('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
const word = 'compute gpu';
const act = (value) => p.evaluate(async (value) => {
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); }));
  const input = document.querySelector('input[type=search]');
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, data: value.slice(-1) }));
  await nextFrame();
}, value);
let n = 0;
for (let r = 0; r < 2; r++) {
  for (let i = 1; i <= word.length; i++) { await act(word.slice(0, i)); n++; }
  for (let i = word.length - 1; i >= 0; i--) { await act(word.slice(0, i)); n++; }
}
await cdp.send('Tracing.end');
await done;
// Main thread of the renderer: the thread with most RunTask.
const byTid = {};
for (const e of events) if (e.name === 'RunTask') byTid[e.tid] = (byTid[e.tid] || 0) + 1;
const tid = Number(Object.entries(byTid).sort((a, b) => b[1] - a[1])[0][0]);
const sums = {};
for (const e of events) {
  if (e.tid !== tid || e.ph !== 'X' || !e.dur) continue;
  sums[e.name] = (sums[e.name] || 0) + e.dur / 1000;
}
console.log('keystrokes', n);
// How much of the page each style recalculation touched.
const styled = events.filter((e) => e.tid === tid && e.name === 'UpdateLayoutTree' && e.args && e.args.elementCount);
const elements = styled.reduce((a, e) => a + e.args.elementCount, 0);
console.log('style recalculations', styled.length, 'elements restyled per keystroke', (elements / n).toFixed(0));
for (const [k, v] of Object.entries(sums).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(k.padEnd(40), (v / n).toFixed(2), 'ms/key');
await h.close();
