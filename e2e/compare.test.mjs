// End-to-end tests of the comparison view (pick, table, differences, reorder, share).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

const compareParam = (page) => new URL(page.url()).searchParams.get('compare');
// The table needs the export's records: it shows once they are in (e2e/first-view.test.mjs).
const columns = async (page) => {
  await page.locator('.compare__table').waitFor();
  return page.$$eval('.compare__table th[scope=col]', (els) => els.map((e) => e.dataset.compareCol));
};

test('picking two cards writes compare= with both ids, and the tray opens the table', async () => {
  const page = await h.page();
  await page.goto(h.base);
  await ready(page);
  await page.getByRole('button', { name: 'Compare io.net' }).click();
  await page.waitForURL(/compare=io-net/);
  await page.getByRole('button', { name: 'Compare Nosana' }).click();
  await page.waitForURL(/compare=io-net,nosana/);
  assert.equal(await page.getByRole('button', { name: 'Compare io.net' }).getAttribute('aria-pressed'), 'true');
  await page.getByRole('button', { name: 'Compare (2)' }).click();
  await page.waitForURL(/view=compare/);
  assert.deepEqual(await columns(page), ['io-net', 'nosana']);
  await page.context().close();
});

test('a shared comparison link shows a table of three columns and ignores unknown ids', async () => {
  const page = await h.page();
  await page.goto(h.base + '?view=compare&compare=akash-network,io-net,render-network,nope');
  await ready(page);
  await page.waitForSelector('.compare__table');
  assert.deepEqual(await columns(page), ['akash-network', 'io-net', 'render-network']);
  const headers = await page.$$eval('.compare__table th[scope=col] .compare__name', (els) => els.map((e) => e.textContent));
  assert.deepEqual(headers, ['Akash Network', 'io.net', 'Render Network']);
  assert.ok(await page.locator('.compare__table tbody th[scope=row]').count() >= 8);
  assert.ok(await page.locator('.compare__none', { hasText: 'Not stated' }).count() > 0);
  await page.waitForFunction(() => location.search === '?view=compare&compare=akash-network,io-net,render-network');
  await page.context().close();
});

test('"only differences" hides the rows where all projects agree', async () => {
  const page = await h.page();
  await page.goto(h.base + '?view=compare&compare=io-net,nosana');
  await page.waitForSelector('.compare__table');
  const row = page.locator('tr[data-attribute="categories"]');
  assert.equal(await row.isVisible(), true);
  // Both on Solana: the shared value is marked.
  assert.ok(await page.locator('tr[data-attribute="chains"] .compare__shared').count() >= 2);
  await page.getByLabel('Only differences').check();
  assert.equal(await row.isVisible(), false, 'both are compute marketplaces');
  assert.equal(await page.locator('tr[data-attribute="summary"]').isVisible(), true);
  await page.context().close();
});

test('moving and removing columns updates the URL, and Back returns to the previous comparison', async () => {
  const page = await h.page();
  await page.goto(h.base + '?view=compare&compare=akash-network,io-net,render-network');
  await page.waitForSelector('.compare__table');
  await page.getByRole('button', { name: 'Move right Akash Network' }).click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('compare') === 'io-net,akash-network,render-network');
  assert.deepEqual(await columns(page), ['io-net', 'akash-network', 'render-network']);
  await page.getByRole('button', { name: 'Remove Render Network' }).click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('compare') === 'io-net,akash-network');
  assert.deepEqual(await columns(page), ['io-net', 'akash-network']);
  await page.goBack();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('compare') === 'io-net,akash-network,render-network');
  assert.deepEqual(await columns(page), ['io-net', 'akash-network', 'render-network']);
  await page.context().close();
});

test('the 7th pick is refused with a message', async () => {
  const page = await h.page();
  const six = 'akash-network,io-net,render-network,nosana,golem,kuzco';
  await page.goto(h.base + '?compare=' + six);
  await ready(page);
  await page.getByRole('button', { name: 'Compare Aethir' }).click();
  await page.getByText('You can compare up to 6 projects').waitFor();
  assert.equal(compareParam(page), six);
  assert.equal(await page.getByRole('button', { name: 'Compare Aethir' }).getAttribute('aria-pressed'), 'false');
  await page.context().close();
});

test('"compare with similar" from the detail panel opens a comparison', async () => {
  const page = await h.page();
  await page.goto(h.base + '?project=io-net');
  await page.getByRole('dialog', { name: 'io.net' }).waitFor();
  await page.getByRole('button', { name: 'Compare with similar' }).click();
  await page.waitForURL(/view=compare/);
  const cols = await columns(page);
  assert.equal(cols[0], 'io-net');
  assert.ok(cols.length >= 2);
  await page.context().close();
});

test('on a phone the table scrolls inside its box and the page does not overflow', async () => {
  const page = await h.page({ width: 390, height: 844 });
  await page.goto(h.base + '?view=compare&compare=akash-network,io-net,render-network');
  await page.waitForSelector('.compare__table');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  const box = await page.$eval('.compare__scroll', (el) => ({ sw: el.scrollWidth, cw: el.clientWidth }));
  assert.ok(box.sw > box.cw, 'the table scrolls horizontally inside its box');
  // The attribute's name is a line above its row, sticky at the box's left edge.
  const pos = await page.$eval('.compare__label-row td > span', (el) => getComputedStyle(el).position);
  assert.equal(pos, 'sticky');
  await page.context().close();
});

test('the comparison works in embed mode', async () => {
  const page = await h.page();
  await page.goto(h.base + '?embed=1&view=compare&compare=akash-network,io-net,render-network');
  await page.waitForSelector('.compare__table');
  assert.deepEqual(await columns(page), ['akash-network', 'io-net', 'render-network']);
  assert.equal(await page.locator('.site-header').count(), 0);
  await page.context().close();
});
