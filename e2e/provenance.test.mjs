// End-to-end tests of provenance: sources shown by host with their quotes on hover and
// focus (detail panel and comparison), the publisher's disclosure, and "now".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready } from './harness.mjs';
import { landscape, projects } from './data.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

const akash = projects.find((p) => p.id === 'akash-network');
const publisherOwn = projects.filter((p) => (p.relations || []).some((r) => r.kind === 'publisher')).map((p) => p.id);
const hostOf = (url) => new URL(url).hostname.replace(/^www\./, '');

test('the data has one publisher relation: Cuckoo AI', () => {
  assert.deepEqual(publisherOwn, ['cuckoo-ai']);
});

test('detail panel: web sources show their host; an article quote shows on focus and on hover', async () => {
  const page = await h.page();
  await page.goto(h.base + '?project=akash-network');
  await ready(page);
  const dialog = page.getByRole('dialog', { name: 'Akash Network' });
  await dialog.waitFor();
  const links = dialog.locator('a.source--added');
  assert.ok(await links.count() > 0);
  const want = new Set([akash.website.source, ...akash.chains.map((c) => c.source)].filter((s) => s !== 'article').map(hostOf));
  const shown = await links.evaluateAll((els) => els.map((e) => [e.getAttribute('href'), e.querySelector('.source__host').innerText]));
  for (const [href, text] of shown) assert.equal(text, hostOf(href));
  for (const host of want) assert.ok(shown.some(([, t]) => t === host), host);

  // The Cosmos chain comes from the article: focusing its tag shows the passage (generated
  // content from data-quote, clipped away at rest, a tooltip on focus and on hover).
  const quote = akash.chains.find((c) => c.source === 'article').quote;
  const tag = dialog.locator(`.source--article[data-quote="${quote}"]`).first();
  const after = (prop) => tag.evaluate((e, p) => getComputedStyle(e, '::after')[p], prop);
  assert.ok((await after('content')).includes(quote));
  assert.equal(await after('clipPath'), 'inset(50%)', 'hidden at rest');
  await tag.focus();
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('source--article')), true, 'focusable');
  assert.equal(await after('clipPath'), 'none', 'shown on focus');
  await tag.blur();
  assert.equal(await after('clipPath'), 'inset(50%)');
  await tag.hover();
  assert.equal(await after('clipPath'), 'none', 'shown on hover');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the comparison shows sources by host, with their quotes', async () => {
  const page = await h.page();
  await page.goto(h.base + '?view=compare&compare=akash-network,io-net');
  await ready(page);
  await page.waitForSelector('.compare__table');
  const hosts = await page.$$eval('.compare__table a.source--added', (els) => els.map((e) => [e.getAttribute('href'), e.querySelector('.source__host').innerText]));
  assert.ok(hosts.length > 0);
  for (const [href, text] of hosts) assert.equal(text, hostOf(href));
  const quoted = page.locator('.compare__table .source--article[data-quote]').first();
  await quoted.focus();
  assert.equal(await quoted.evaluate((e) => getComputedStyle(e, '::after').clipPath), 'none');
  await page.context().close();
});

for (const [lang, text] of [['en', "Disclosure: Cuckoo Network, the article's publisher, runs this project."], ['es', 'Aviso: Cuckoo Network, editor del artículo, gestiona este proyecto.']]) {
  test(`the publisher's own project carries a disclosure on its card and in its details (${lang})`, async () => {
    assert.equal(landscape.article.publisher, 'Cuckoo Network');
    const page = await h.page();
    await page.goto(h.base + `?lang=${lang}`);
    await ready(page);
    const cards = await page.$$eval('[data-disclosure="publisher"]', (els) => els.map((e) => [e.closest('article')?.dataset.project, e.textContent]));
    assert.deepEqual(cards, [['cuckoo-ai', text]], 'only on Cuckoo AI');
    await page.locator('article[data-project="cuckoo-ai"] .card__open').click();
    const dialog = page.getByRole('dialog', { name: 'Cuckoo AI' });
    await dialog.waitFor();
    const note = dialog.locator('.details__disclosure');
    assert.ok((await note.innerText()).startsWith(text));
    const link = note.locator('a.source--added');
    assert.equal(await link.getAttribute('href'), projects.find((p) => p.id === 'cuckoo-ai').relations[0].source);
    assert.equal(await link.locator('.source__host').innerText(), 'github.com');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('a renamed project shows what it is called now, with the source', async () => {
  const renamed = projects.find((p) => p.id === 'autonolas');
  assert.ok(renamed.now, 'autonolas has `now`');
  const page = await h.page();
  await page.goto(h.base + '?project=autonolas');
  await ready(page);
  const now = page.locator('.details__now');
  await now.waitFor();
  assert.ok((await now.innerText()).startsWith(`Now: ${renamed.now.value}`));
  assert.equal(await now.locator('a.source--added').getAttribute('href'), renamed.now.source);
  await page.context().close();
});
