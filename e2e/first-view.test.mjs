// End-to-end tests of the first view (issue 29). `cargo xtask build` derives
// data/first-view.json from the export: the page preloads it and the app starts from it,
// then fetches the records once (data/landscape.es-en.json, the export cut to Spanish and English; each other locale has its own), when a view needs a record (details, comparison,
// statistics, downloads).
// Cold loads in Chromium, with the export's response held, failed or broken at will.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { start, ready, cardIds } from './harness.mjs';
import { landscape, projects, searchIds } from './data.mjs';

const EXPORT = '**/data/landscape.es-en.json';
const PLAIN = 'target/dist-plain';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

/** Holds every request for the export until `release()`, and counts them. */
async function holdExport(page) {
  const held = [];
  let released = false;
  const state = { count: 0 };
  await page.route(EXPORT, (route) => {
    state.count++;
    if (released) route.continue(); else held.push(route);
  });
  state.release = async () => {
    released = true;
    for (const r of held.splice(0)) await r.continue();
  };
  return state;
}

const interactive = (page) => page.waitForSelector('html[data-first-view="interactive"]', { timeout: 20000 });
const top = (loc) => loc.evaluate((e) => Math.round(e.getBoundingClientRect().top));

test('the export is not requested before the app is interactive, nor after until a view needs it; then once', async () => {
  const page = await h.page();
  const requests = [];
  page.on('request', (r) => { if (r.url().includes('/data/')) requests.push(new URL(r.url()).pathname); });
  await page.goto(h.base);
  await interactive(page);
  const t = await page.evaluate(() => {
    const mark = performance.getEntriesByName('landscape:interactive')[0].startTime;
    const start = (file) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(file))?.startTime;
    return { mark, first: start('/data/first-view.json'), full: start('/data/landscape.es-en.json') };
  });
  assert.ok(t.first !== undefined && t.first < t.mark, `first-view.json at ${t.first} ms, interactive at ${t.mark} ms`);
  assert.ok(t.full === undefined || t.full > t.mark, `landscape.es-en.json at ${t.full} ms, before interactive at ${t.mark} ms`);
  // Searching, filtering and the map need nothing more.
  await page.fill('input[type="search"]', 'gpu');
  await page.click('#f-chain-solana');
  await page.waitForTimeout(1500);
  assert.equal(requests.filter((p) => p.endsWith('/data/landscape.es-en.json')).length, 0, requests.join('\n'));
  assert.equal(await page.getAttribute('html', 'data-records'), null);
  // The details need the records: fetched once, then there.
  await page.fill('input[type="search"]', '');
  await page.click('#f-chain-solana');
  await page.click('#open-akash-network');
  await page.locator('[data-project-details="akash-network"] .details__list--records').waitFor();
  assert.equal(requests.filter((p) => p.endsWith('/data/landscape.es-en.json')).length, 1, requests.join('\n'));
  assert.equal(requests.filter((p) => p.endsWith('/data/first-view.json')).length, 1);
  assert.deepEqual(page.errors, []);
});

test('on a cold page the details show the card at once, the records where they belong when they arrive, busy meanwhile, nothing moving', async () => {
  for (const width of [1280, 390]) {
    const page = await h.page({ width, height: width === 390 ? 844 : 800 });
    const hold = await holdExport(page);
    await page.goto(h.base);
    await interactive(page);
    await page.click('#open-akash-network');
    const dialog = page.locator('[data-project-details="akash-network"]');
    await dialog.waitFor();
    // The card's data, at once.
    assert.equal((await dialog.locator('#dialog-title').textContent()).trim(), 'Akash Network');
    assert.ok((await dialog.locator('.details__summary').textContent()).length > 20);
    // The records' place: busy, announced, holding room.
    const busy = dialog.locator('[data-records-loading]');
    assert.equal(await busy.getAttribute('aria-busy'), 'true');
    assert.ok((await busy.locator('[role="status"]').textContent()).length > 0);
    assert.ok((await busy.evaluate((e) => e.getBoundingClientRect().height)) >= 150);
    const before = [await top(dialog.locator('#dialog-title')), await top(dialog.locator('.details__summary')), await top(dialog.locator('.details__list').first())];
    await hold.release();
    await dialog.locator('.details__list--records').waitFor();
    assert.equal(await busy.count(), 0, 'the busy placeholder is gone');
    const after = [await top(dialog.locator('#dialog-title')), await top(dialog.locator('.details__summary')), await top(dialog.locator('.details__list').first())];
    assert.deepEqual(after, before, 'the title, summary and categories did not move');
    const akash = projects.find((p) => p.id === 'akash-network');
    for (const person of akash.people) assert.ok((await dialog.textContent()).includes(person.name), person.name);
    assert.equal(hold.count, 1, 'the export was fetched once');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('a shared ?project= link and a ?view=compare link open complete on a cold load', async () => {
  const rich = projects.filter((p) => (p.links || []).length && (p.people || []).length)[0];
  const page = await h.page();
  await page.goto(h.base + `?project=${rich.id}`);
  const dialog = page.locator(`[data-project-details="${rich.id}"]`);
  await dialog.locator('.details__list--records').waitFor();
  assert.equal(await dialog.locator('li[data-link]').count(), rich.links.length);
  assert.ok((await dialog.textContent()).includes(rich.people[0].name));

  const ids = ['akash-network', 'io-net', 'render-network'].filter((id) => projects.some((p) => p.id === id));
  const q = await h.page();
  await q.goto(h.base + `?view=compare&compare=${ids.join(',')}`);
  await q.locator('.compare__table tbody tr[data-attribute]').first().waitFor();
  assert.deepEqual(await q.$$eval('th[data-compare-col]', (els) => els.map((e) => e.dataset.compareCol)), ids);
  assert.ok(await q.locator('tr[data-attribute="token"]').count() === 1, 'the tokens row, a record');
  assert.deepEqual([...page.errors, ...q.errors], []);
});

test('a failed fetch of the export shows the located error panel where the records go, and the cards stay usable', async () => {
  const page = await h.page();
  let fail = true;
  await page.route(EXPORT, (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
  await page.goto(h.base);
  await interactive(page);
  await page.click('#open-akash-network');
  const panel = page.locator('[data-project-details="akash-network"] [data-error="load"]');
  await panel.waitFor();
  assert.equal(await panel.getAttribute('role'), 'alert');
  const text = await panel.textContent();
  assert.match(text, /data\/landscape\.es-en\.json: HTTP 503/);
  // The card's data is still there, and the cards behind still work.
  assert.equal((await page.locator('#dialog-title').textContent()).trim(), 'Akash Network');
  await page.keyboard.press('Escape');
  await page.fill('input[type="search"]', 'akash');
  assert.deepEqual(await cardIds(page), searchIds('akash'));
  // Opened again, it tries again (and fails again); Retry, once the export answers.
  await page.fill('input[type="search"]', '');
  await page.click('#open-akash-network');
  await panel.waitFor();
  fail = false;
  await panel.locator('button').click();
  await page.locator('[data-project-details="akash-network"] .details__list--records').waitFor();
  // Console errors: the failed request itself (503), nothing else.
  assert.ok(page.errors.every((e) => /503|Failed to load resource/.test(e)), page.errors.join('\n'));
});

test('a broken export names the file, line, column and field path in that panel', async () => {
  const page = await h.page();
  const text = JSON.stringify(landscape, null, 2).replace('"categories": [\n        "cloud', '"categories": [\n        7, "cloud');
  assert.notEqual(text, JSON.stringify(landscape, null, 2), 'the fixture breaks the export');
  await page.route(EXPORT, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: text }));
  await page.goto(h.base + '?view=compare&compare=akash-network,io-net');
  const panel = page.locator('[data-error="load"]');
  await panel.waitFor();
  const line = await panel.locator('li').first().textContent();
  assert.match(line, /^data\/landscape\.es-en\.json line \d+ column \d+ \(at project `[a-z0-9-]+` projects\[\d+\]\.categories\[0\]\)/, line);
  assert.ok((await cardIds(page).catch(() => [])) !== null);
  assert.ok(await page.locator('.compare__controls').isVisible(), 'the comparison\'s controls stay');
});

test('search finds a person, a technology and an investor before the export has arrived', async () => {
  const person = projects.find((p) => (p.people || []).length).people[0].name;
  const tech = projects.flatMap((p) => p.technologies || []).map((f) => (typeof f.value === 'string' ? f.value : f.value.en))
    .find((v) => searchIds(v).length > 0 && searchIds(v).length < projects.length / 2);
  const investor = projects.flatMap((p) => (p.funding || []).flatMap((f) => f.investors || []))[0];
  const page = await h.page();
  const hold = await holdExport(page);
  await page.goto(h.base);
  await interactive(page);
  for (const q of [person, tech, investor]) {
    await page.fill('input[type="search"]', q);
    const ids = await cardIds(page);
    assert.deepEqual(ids, searchIds(q), q);
    assert.ok(ids.length > 0, q);
  }
  assert.notEqual(await page.getAttribute('html', 'data-records'), 'loaded', 'the export has not arrived');
  assert.ok(hold.count <= 1);
  assert.deepEqual(page.errors, []);
});

test('a plain trunk build, without the derived file, starts from the export', async () => {
  assert.ok(fs.existsSync(`${PLAIN}/index.html`), `${PLAIN} is built by cargo xtask test (trunk build --release --offline --dist ${PLAIN})`);
  assert.ok(!fs.existsSync(`${PLAIN}/data/first-view.json`));
  const p = await start({ dir: PLAIN });
  try {
    const page = await p.page();
    const requests = [];
    page.on('request', (r) => { if (r.url().includes('/data/') && r.url().endsWith('.json')) requests.push(new URL(r.url()).pathname); });
    await page.goto(p.base + '?project=akash-network');
    await ready(page);
    const dialog = page.locator('[data-project-details="akash-network"]');
    await dialog.locator('.details__list--records').waitFor();
    assert.equal(await page.locator('[data-records-loading]').count(), 0);
    assert.deepEqual(requests, ['/data/landscape.json']);
    assert.deepEqual(page.errors, []);
  } finally {
    await p.close();
  }
});
