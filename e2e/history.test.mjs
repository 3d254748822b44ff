// End-to-end tests of what became of the projects (issue 30): the cards' status lines,
// the details' history with its sources, the status facet (`status=`), the timeline view
// (`view=timeline`) in both languages with and without scripts, searching a new name, and
// the chain filter meaning the chains a project is on now. All on the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready, records, cardIds, params } from './harness.mjs';
import { projects, sorted } from './data.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

const line = (page, id) => page.locator(`article[data-project="${id}"] .card__status`);
const allEvents = projects.flatMap((p) => (p.events || []).map((e) => ({ ...e, project: p.id })));

test('a card says what became of its project, and stays quiet where nothing changed', async () => {
  for (const js of [true, false]) {
    const context = await h.browser.newContext({ javaScriptEnabled: js, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // With scripts, the app's cards; without, the prerendered first view (the first 24
    // cards by name) and a project page's own card list (a category page).
    await page.goto(h.base + (js ? '?q=ocean' : 'categories/data/'));
    if (js) await ready(page);
    assert.equal((await line(page, 'ocean-protocol').textContent()).trim(), 'Left ASI Alliance · 2025', `js=${js}`);
    assert.equal(await line(page, 'ocean-protocol').getAttribute('data-status'), 'active');
    assert.equal(await page.locator('article[data-project="grass-io"] .card__status').count(), 0, 'no line where nothing changed');
    assert.deepEqual(errors, []);
    await context.close();
  }
  const page = await h.page();
  await page.goto(h.base + '?q=olas');
  await ready(page);
  assert.equal((await line(page, 'autonolas').textContent()).trim(), 'Now Olas');
  await page.goto(h.base + '?q=cudos&lang=es');
  await ready(page);
  assert.equal((await line(page, 'cudos').textContent()).trim(), 'Fusionado en ASI Alliance · 2024');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the details show the project\'s history, each event dated and sourced', async () => {
  const page = await h.page();
  await page.goto(h.base + '?project=ocean-protocol');
  await ready(page);
  const ocean = projects.find((p) => p.id === 'ocean-protocol');
  const items = page.locator('[data-project-details="ocean-protocol"] [data-history] .timeline__item:not([data-article-marker])');
  await items.first().waitFor();
  assert.equal(await items.count(), ocean.events.length);
  for (let k = 0; k < ocean.events.length; k++) {
    const e = ocean.events[k];
    const item = items.nth(k);
    assert.equal(await item.locator('time').getAttribute('datetime'), e.date);
    assert.equal(await item.getAttribute('data-event-kind'), e.kind);
    assert.equal(await item.locator('a.source').getAttribute('href'), e.source, 'its source, linked');
    assert.ok((await item.locator('.timeline__text').textContent()).includes(e.text.en));
  }
  // The article's publication stands between the events before and after it.
  const order = await page.$$eval('[data-history] .timeline__item', (els) =>
    els.map((e) => (e.dataset.articleMarker !== undefined ? 'article' : e.querySelector('time').getAttribute('datetime'))));
  const at = order.indexOf('article');
  assert.ok(at > 0 && order.slice(0, at).every((d) => d < '2024-05-11') && order.slice(at + 1).every((d) => d >= '2024-05'), order.join(' '));
  assert.ok(await page.locator('[data-history] [data-last-seen]').count(), 'the last sign of life');
  assert.equal((await page.locator('.details__status').textContent()).trim(), 'Left ASI Alliance · 2025');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('?status=merged shows the merged projects and their count, in the URL and the facet', async () => {
  const page = await h.page();
  await page.goto(h.base + '?status=zombie,merged');
  await ready(page);
  const ids = await cardIds(page);
  const merged = ['cudos', 'fetch-ai', 'singularitydao', 'singularitynet'];
  assert.deepEqual(sorted(ids), merged);
  assert.equal((await page.locator('.content__bar .status').textContent()).trim(), `${merged.length} of ${projects.length} projects`);
  await page.waitForFunction(() => !location.search.includes('zombie'));
  assert.equal(params(page).get('status'), 'merged', 'the unknown value is dropped and the URL rewritten');
  assert.ok(await page.isChecked('#f-status-merged'));
  assert.equal((await page.locator('label[for="f-status-merged"] .facet__count').textContent()).trim(), '4');
  // Adding another status by its checkbox widens the list and the URL, canonically ordered.
  await page.click('#f-status-renamed');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('status') === 'renamed,merged');
  assert.deepEqual(sorted(await cardIds(page)), sorted([...merged, 'autonolas', 'kuzco', 'terminus-os']));
  // Back returns to the merged projects.
  await page.goBack();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('status') === 'merged');
  assert.deepEqual(sorted(await cardIds(page)), merged);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the timeline view lists every event newest first, filters by kind and links each project', async () => {
  const page = await h.page();
  await page.goto(h.base + '?view=timeline');
  await ready(page);
  const items = page.locator('[data-timeline] .timeline__item');
  await items.first().waitFor();
  assert.equal(await items.count(), allEvents.length);
  const dates = await page.$$eval('[data-timeline] .timeline__item time', (els) => els.map((e) => e.getAttribute('datetime')));
  const key = (d) => (d + '-01-01').slice(0, 10);
  assert.ok(dates.every((d, i) => i === 0 || key(dates[i - 1]) >= key(d)), 'newest first');
  // A kind: the URL says so, the list keeps only that kind.
  await page.click('[data-event-filter="merged"]');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('event') === 'merged');
  assert.equal(await items.count(), allEvents.filter((e) => e.kind === 'merged').length);
  // The facets apply too: the merged events of the data-tokenization projects.
  await page.click('#f-cat-data');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('category') === 'data');
  assert.deepEqual(await page.$$eval('[data-timeline] .timeline__project', (els) => els.map((e) => e.dataset.projectLink)), ['ocean-protocol']);
  // Each project is a link that opens its details.
  await page.click('[data-timeline] .timeline__project');
  await page.waitForSelector('[data-project-details="ocean-protocol"]');
  assert.equal(params(page).get('project'), 'ocean-protocol');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the timeline speaks Spanish, and is a page of its own in both languages without scripts', async () => {
  const page = await h.page();
  await page.goto(h.base + '?view=timeline&lang=es');
  await ready(page);
  assert.equal((await page.locator('#timeline-title').textContent()).trim(), 'Qué fue de los proyectos');
  assert.equal((await page.locator('[data-event-filter="merged"]').textContent()).trim().split(/\s/)[0], 'Fusión');
  await page.context().close();
  for (const [path, title, kind] of [['timeline/', 'What became of the projects', 'Merged'], ['es/timeline/', 'Qué fue de los proyectos', 'Fusión']]) {
    const context = await h.browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    const res = await p.goto(h.base + path);
    assert.equal(res.status(), 200, path);
    assert.equal((await p.locator('[data-static] h1').textContent()).trim(), title);
    const items = p.locator('[data-static] [data-timeline] .timeline__item');
    assert.equal(await items.count(), allEvents.length, path);
    const merged = p.locator('[data-static] [data-timeline] .timeline__item[data-event-kind="merged"]').first();
    assert.equal((await merged.locator('.timeline__kind').textContent()).trim(), kind);
    const href = await merged.locator('.timeline__project').getAttribute('href');
    assert.match(href, /projects\/[a-z0-9-]+\/$/);
    assert.ok(await merged.locator('.static__source a').count(), 'its source');
    // A project page carries its history too.
    await p.goto(h.base + path.replace('timeline/', 'projects/render-network/'));
    assert.equal(await p.locator('[data-static] [data-history] .timeline__item').count(), projects.find((x) => x.id === 'render-network').events.length);
    await context.close();
  }
  // With scripts, the timeline page opens the timeline view.
  const js = await h.page();
  await js.goto(h.base + 'es/timeline/');
  await ready(js);
  await js.locator('[data-timeline] .timeline__item').first().waitFor();
  assert.equal(await js.locator('[data-timeline] .timeline__item').count(), allEvents.length);
  assert.deepEqual(js.errors, []);
  await js.context().close();
});

test('searching a new name or a merger\'s other side finds the project before the export loads', async () => {
  const page = await h.page();
  let full = 0;
  page.on('request', (r) => { if (/\/data\/landscape(\.[a-z-]+)?\.json$/.test(r.url())) full++; });
  await page.goto(h.base);
  await page.waitForSelector('html[data-first-view="interactive"]');
  for (const [q, id] of [['Olas', 'autonolas'], ['Olares', 'terminus-os'], ['Inference.net', 'kuzco']]) {
    await page.fill('input[type="search"]', q);
    await page.waitForFunction((id) => document.querySelector(`article[data-project="${id}"]`), id);
    assert.ok((await cardIds(page)).includes(id), `${q} finds ${id}`);
  }
  await page.fill('input[type="search"]', 'ASI Alliance');
  await page.waitForFunction(() => document.querySelector('article[data-project="ocean-protocol"]'));
  const ids = await cardIds(page);
  for (const id of ['fetch-ai', 'singularitynet', 'ocean-protocol', 'cudos']) assert.ok(ids.includes(id), `${id} in ${ids}`);
  assert.equal(full, 0, 'the export was not needed');
  // An old id keeps working: the new name's slug opens the project.
  await page.goto(h.base + '?project=olas');
  await page.waitForSelector('[data-project-details="autonolas"]');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('project') === 'autonolas');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a chain a project has left shows as former and does not count under that chain', async () => {
  const page = await h.page();
  await page.goto(h.base + '?chain=ethereum');
  await ready(page);
  const ids = await cardIds(page);
  assert.ok(!ids.includes('render-network'), 'Render is no longer on Ethereum');
  await page.goto(h.base + '?q=render');
  await ready(page);
  const former = page.locator('article[data-project="render-network"] .badge--former');
  assert.deepEqual(await former.evaluateAll((els) => els.map((e) => e.dataset.chain)), ['ethereum', 'polygon']);
  assert.match(await former.first().textContent(), /until 2023/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
