// End-to-end tests of the blog's 15 locales (issue 31, first part): `lang=` for every
// locale, right to left for Arabic and Persian, each locale's own first-view and records
// files (and no other locale's), the language menu, and the English fallback marked as such.
// All on the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready, records, cardIds } from './harness.mjs';
import { projects } from './data.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

const SCRIPTS = { ar: /[\u0600-\u06FF]/, fa: /[\u0600-\u06FF]/, ja: /[\u3040-\u30FF\u4E00-\u9FFF]/, hi: /[\u0900-\u097F]/, ko: /[\uAC00-\uD7AF]/, ru: /[\u0400-\u04FF]/, th: /[\u0E00-\u0E7F]/, zh: /[\u4E00-\u9FFF]/ };

/** The data files a page fetched, by name (`first-view.ja.json`, `landscape.ja.json`...). */
function dataRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    const m = new URL(r.url()).pathname.match(/\/data\/([^/]+\.json)$/);
    if (m) seen.push(m[1]);
  });
  return seen;
}

test('?lang= renders each locale: its interface and its texts on the cards, in its script, and <html lang>', async () => {
  for (const code of ['ja', 'ar', 'hi', 'ko', 'ru', 'th', 'zh', 'fa']) {
    const page = await h.page();
    await page.goto(h.base + `?lang=${code}`);
    await ready(page);
    assert.equal(await page.getAttribute('html', 'lang'), code);
    const summaries = await page.$$eval('article[data-project] .card__summary', (els) => els.slice(0, 6).map((e) => e.textContent));
    assert.equal(summaries.length, 6, code);
    for (const s of summaries) assert.match(s, SCRIPTS[code], `${code}: ${s}`);
    // The interface speaks it too (leptos_i18n, locales/<code>.json): the title, the search,
    // the count line, the view switch and the filters' heading.
    const chrome = await page.evaluate(() => [
      document.querySelector('h1')?.textContent,
      document.querySelector('input[type="search"]')?.placeholder,
      document.querySelector('.status')?.textContent,
      document.querySelector('.toolbar__views')?.textContent,
      document.querySelector('.facets__title')?.textContent,
    ]);
    for (const s of chrome) assert.match(s ?? '', SCRIPTS[code], `${code}: ${JSON.stringify(chrome)}`);
    // Every text is translated: nothing falls back to English.
    assert.equal(await page.locator('[data-fallback]').count(), 0, code);
    assert.equal(await page.locator('.lang-switch__select').inputValue(), code);
    assert.deepEqual(page.errors, [], code);
    await page.context().close();
  }
});

test('Arabic is right to left: <html dir="rtl">, the first card at the right edge, the filters on the right', async () => {
  for (const [w, hgt] of [[1280, 800], [390, 844]]) {
    const page = await h.page({ width: w, height: hgt });
    await page.goto(h.base + '?lang=ar');
    await ready(page);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    const boxes = await page.$$eval('article[data-project]', (els) => els.slice(0, 2).map((e) => e.getBoundingClientRect().toJSON()));
    const grid = await page.locator('.grid').boundingBox();
    assert.ok(Math.abs(boxes[0].right - (grid.x + grid.width)) < 2, `first card at the right edge (${w}px)`);
    if (w === 1280) {
      assert.ok(boxes[1].right < boxes[0].left, 'the second card to the left of the first');
      const facets = await page.locator('#facets').boundingBox();
      assert.ok(facets.x > grid.x, 'the filters on the right of the grid');
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
  // And back to left to right in English.
  const page = await h.page();
  await page.goto(h.base + '?lang=ar');
  await ready(page);
  await page.locator('.lang-switch__select').selectOption('en');
  await page.waitForFunction(() => document.documentElement.dir === 'ltr');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.context().close();
});

test('a locale loads only its own files: first view, then records when a view needs them', async () => {
  const page = await h.page();
  const seen = dataRequests(page);
  await page.goto(h.base + '?lang=ja');
  await ready(page);
  await page.locator('article[data-project="fetch-ai"] .card__open').click();
  await page.waitForSelector('[data-history]');
  await records(page);
  const details = await page.locator('.details__summary').textContent();
  assert.match(details, SCRIPTS.ja);
  // The first view of Spanish and English is preloaded by the page itself; the app reads
  // Japanese from its own files and never fetches another locale's or the full export.
  const others = seen.filter((f) => !['first-view.json', 'first-view.ja.json', 'landscape.ja.json'].includes(f) && !f.startsWith('logos'));
  assert.deepEqual(others, [], `fetched: ${seen.join(', ')}`);
  assert.ok(seen.includes('first-view.ja.json') && seen.includes('landscape.ja.json'), seen.join(', '));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('switching to another locale fetches that locale and rebuilds every card in it', async () => {
  const page = await h.page();
  const seen = dataRequests(page);
  await page.goto(h.base + '?lang=es');
  await ready(page);
  await cardIds(page);
  const before = seen.length;
  await page.locator('.lang-switch__select').selectOption('hi');
  await page.waitForURL(/lang=hi/);
  await page.waitForFunction(() => document.documentElement.dataset.records === 'loaded');
  await page.waitForFunction(() => [...document.querySelectorAll('article[data-project] .card__summary')].every((e) => /[\u0900-\u097F]/.test(e.textContent)));
  assert.deepEqual(seen.slice(before), ['landscape.hi.json']);
  assert.equal((await cardIds(page)).length, projects.length);
  assert.equal(await page.locator('[data-fallback]').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a text without the reader’s locale shows the English one, marked lang="en" with a hint', async () => {
  // The Korean records file stands in for a translation that lacks one summary.
  const page = await h.page();
  await page.route('**/data/first-view.ko.json', async (route) => {
    const res = await route.fetch();
    const body = await res.json();
    delete body.projects.find((p) => p.id === 'fetch-ai').summary.ko;
    await route.fulfill({ response: res, json: body });
  });
  await page.goto(h.base + '?lang=ko&q=fetch');
  await ready(page);
  const summary = page.locator('article[data-project="fetch-ai"] .card__summary');
  assert.equal(await summary.getAttribute('lang'), 'en');
  assert.equal(await summary.getAttribute('data-fallback'), 'en');
  assert.match(await summary.textContent(), /agent/i);
  assert.equal(await summary.locator('.fallback-hint').count(), 1);
  assert.equal(await page.locator('article[data-project]:not([data-project="fetch-ai"]) [data-fallback]').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the comparison shows the reader’s locale inside its rows: a latest event and a chain in Arabic', async () => {
  const page = await h.page();
  await page.goto(h.base + '?lang=ar&view=compare&compare=fetch-ai,singularitynet');
  await ready(page);
  const latest = await page.locator('tr[data-attribute="latest-event"] td').first().textContent();
  assert.match(latest, SCRIPTS.ar, latest);
  const chains = await page.locator('tr[data-attribute="chains"] td').first().textContent();
  assert.ok(chains.includes('سلسلة خاصة'), chains);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the details quote the article’s own passage in the reader’s locale, else the English one, marked', async () => {
  const page = await h.page();
  await page.goto(h.base + '?lang=ja&project=akash-network');
  const quote = page.locator('[data-passage] blockquote');
  await quote.waitFor();
  assert.match(await quote.textContent(), /Kubernetes/);
  assert.match(await quote.textContent(), SCRIPTS.ja);
  assert.equal(await quote.getAttribute('lang'), 'ja');
  assert.equal(await quote.getAttribute('data-fallback'), null);
  // The version it is quoted from: the blog's Japanese file at the imported commit.
  const href = await page.locator('[data-passage] a').getAttribute('href');
  assert.match(href, /^https:\/\/github\.com\/cuckoo-network\/cuckoo\/blob\/[0-9a-f]{40}\/packages\/home\/i18n\/ja\//);
  // The Arabic version stops after 14 projects: ChainGPT's passage is the English one, marked.
  await page.goto(h.base + '?lang=ar&project=chaingpt');
  await quote.waitFor();
  assert.equal(await quote.getAttribute('lang'), 'en');
  assert.equal(await quote.getAttribute('data-fallback'), 'en');
  assert.match(await quote.locator('.fallback-hint').textContent(), SCRIPTS.ar);
  assert.match(await page.locator('[data-passage] figcaption').textContent(), SCRIPTS.ar);
  assert.match(await page.locator('[data-passage] a').getAttribute('href'), /\/packages\/home\/blog\//);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the details name the category’s section with the heading of the reader’s version of the article, linked there', async () => {
  const page = await h.page();
  await page.goto(h.base + '?lang=ko&project=io-net');
  const section = page.locator('[data-project-details] .facts a.source[hreflang]').first();
  await section.waitFor();
  assert.equal(await section.getAttribute('hreflang'), 'ko');
  assert.match(await section.textContent(), /컴퓨팅 자원 마켓플레이스/);
  assert.equal(
    await section.getAttribute('href'),
    'https://cuckoo.network/ko/blog/2024/05/11/decentralizing-ai-overview#컴퓨팅-자원-마켓플레이스',
  );
  // Chinese has the first four sections only: ChainGPT's (AI agents) is Chinese, Ocean's
  // (data tokenization) the English version's.
  await page.goto(h.base + '?lang=zh&project=ocean-protocol');
  await section.waitFor();
  assert.equal(await section.getAttribute('hreflang'), 'en');
  assert.match(await section.getAttribute('href'), /^https:\/\/cuckoo\.network\/blog\/.*#data-tokenization$/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
