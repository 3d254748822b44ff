// The first view prerendered into index.html at build time (domain::prerender): it paints
// before the wasm arrives, only where it is right, and the app takes over with no shift.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready, cardIds } from './harness.mjs';
import { projects } from './data.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h.close(); });

const boxes = (page) => page.$$eval('article[data-project]', (els) => els.slice(0, 12).map((e) => {
  const r = e.getBoundingClientRect();
  return [e.dataset.project, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(' ');
}));

test('before the wasm arrives, the HTML alone shows the header and the first cards, inert', async () => {
  for (const [locale, lang, title] of [['en-US', 'en', 'Decentralized AI landscape'], ['es-ES', 'es', 'Panorama de la IA descentralizada']]) {
    const page = await h.page({ locale });
    await page.route('**/*.wasm', () => {}); // never answers (a failed load has its own test)
    await page.goto(h.base);
    const view = page.locator(`#prerender-${lang}`);
    await view.waitFor();
    assert.equal(await page.locator('[data-prerender]').count(), 1, 'only the visitor\'s language is kept');
    assert.equal(await view.getAttribute('inert'), '');
    assert.equal(await page.locator('h1').first().textContent(), title);
    assert.equal(await page.locator('#prerender-' + lang + ' article[data-project]').count(), 12);
    assert.equal(await page.locator('#boot').isVisible(), false, 'the loading label is hidden');
    await page.context().close();
  }
});

test('if the wasm never arrives, the inert copy goes after 20 s and the loading label is back', async () => {
  const page = await h.page();
  await page.clock.install();
  await page.route('**/*.wasm', () => {}); // never answers
  await page.goto(h.base);
  await page.locator('#prerender-en').waitFor();
  await page.clock.runFor(19000);
  assert.equal(await page.locator('[data-prerender]').count(), 1);
  await page.clock.runFor(2000);
  assert.equal(await page.locator('[data-prerender]').count(), 0);
  assert.ok(await page.locator('#boot').isVisible());
  await page.context().close();
});

test('a URL with a query never shows the prerendered view', async () => {
  for (const q of ['?chain=solana', '?embed=1', '?lang=es']) {
    const page = await h.page();
    await page.route('**/*.wasm', (r) => r.abort());
    await page.goto(h.base + q);
    await page.locator('#boot').waitFor();
    assert.equal(await page.locator('[data-prerender]').count(), 0, q);
    await page.context().close();
  }
});

test('the app replaces it in place: same card boxes, no layout shift, then every card', async () => {
  for (const [width, height] of [[1280, 800], [390, 844]]) {
    const page = await h.page({ width, height });
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push(e.value); })
        .observe({ type: 'layout-shift', buffered: true });
    });
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route('**/*.wasm', async (r) => { await held; await r.continue(); });
    await page.goto(h.base);
    await page.locator('#prerender-en').waitFor();
    const before = await boxes(page);
    release();
    await ready(page);
    assert.equal(await page.locator('[data-prerender]').count(), 0);
    const ids = await cardIds(page);
    assert.equal(ids.length, projects.length);
    assert.deepEqual(await boxes(page), before, `${width} px`);
    const cls = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
    assert.equal(cls, 0, `${width} px: layout shift ${cls}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});
