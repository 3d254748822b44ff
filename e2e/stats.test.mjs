// End-to-end tests of the insights view and the exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { start, ready, cardIds } from './harness.mjs';
import { onChain, inCategory, sorted } from './data.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

test('the Solana × compute heatmap cell matches the cards view and clicking it lands there; Back returns', async () => {
  const page = await h.page();
  await page.goto(h.base + '?view=stats');
  await ready(page);
  const cell = page.getByRole('button', { name: /^Solana × Compute resource marketplaces: \d+ projects?$/ });
  const shown = Number(await cell.textContent());
  const want = onChain('solana').filter((id) => inCategory('compute').includes(id));
  assert.equal(shown, want.length);
  await cell.click();
  await page.waitForFunction(() => location.search === '?category=compute&chain=solana');
  assert.deepEqual(sorted(await cardIds(page)), sorted(want));
  await page.goBack();
  await page.waitForFunction(() => location.search === '?view=stats');
  await page.locator('svg.heat').waitFor();
  await page.context().close();
});

test('heatmap cells are keyboard-reachable buttons', async () => {
  const page = await h.page();
  await page.goto(h.base + '?view=stats');
  await ready(page);
  const cell = page.locator('.heat__cell').first();
  await cell.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URLSearchParams(location.search).has('chain'));
  await page.context().close();
});

test('the charts follow the filters, and clicking a bar filters', async () => {
  const page = await h.page();
  await page.goto(h.base + '?view=stats&category=defi');
  await ready(page);
  const bar = page.getByRole('button', { name: /^Avalanche: \d+ projects?$/ });
  await bar.click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('chain') === 'avalanche');
  assert.match(await page.locator('.status').textContent(), /^\d+ of/);
  assert.ok(await page.locator('svg.chart').count() >= 3);
  await page.context().close();
});

async function download(page, kind) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-download="${kind}"]`).click()]);
  return { name: dl.suggestedFilename(), text: fs.readFileSync(await dl.path(), 'utf8') };
}

test('the CSV for chain=solana has exactly those projects and parses back', async () => {
  const page = await h.page();
  await page.goto(h.base + '?chain=solana');
  await ready(page);
  const { name, text } = await download(page, 'csv');
  assert.equal(name, 'landscape-chain-solana.csv');
  const rows = parse(text, { bom: true, columns: true });
  assert.deepEqual(sorted(rows.map((r) => r.id)), sorted(onChain('solana')));
  assert.ok(rows.every((r) => r.chain_ids.split('; ').includes('solana')));
  await page.context().close();
});

test('CSV quoting survives names with commas and quotes', async () => {
  const page = await h.page();
  await page.route('**/data/{first-view,landscape.es-en}.json', async (route) => {
    const resp = await route.fetch();
    const data = await resp.json();
    const p = data.projects.find((x) => x.id === 'io-net');
    p.name = 'io.net, "the GPU cloud"';
    p.summary = { es: 'línea 1\nlínea 2', en: 'a "quoted", summary' };
    await route.fulfill({ response: resp, json: data });
  });
  await page.goto(h.base + '?chain=solana&lang=en');
  await ready(page);
  const { text } = await download(page, 'csv');
  const rows = parse(text, { bom: true, columns: true });
  const io = rows.find((r) => r.id === 'io-net');
  assert.equal(io.name, 'io.net, "the GPU cloud"');
  assert.equal(io.summary_en, 'a "quoted", summary');
  assert.equal(io.summary_es, 'línea 1\nlínea 2');
  await page.context().close();
});

test('the JSON download is the filtered export in the same shape', async () => {
  const page = await h.page();
  await page.goto(h.base + '?view=compare&compare=akash-network,io-net');
  await page.waitForSelector('.compare__table');
  const { name, text } = await download(page, 'json');
  assert.equal(name, 'landscape-compare-akash-network-io-net.json');
  const data = JSON.parse(text);
  assert.deepEqual(data.projects.map((p) => p.id), ['akash-network', 'io-net']);
  assert.ok(Array.isArray(data.categories) && Array.isArray(data.chains));
  await page.context().close();
});
