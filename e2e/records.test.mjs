// End-to-end tests of the records: a project's own links, and its token contracts with
// their explorer links and copy buttons, in the dialog and on a static project page (with
// and without scripts); and the compare view folding the rows none of its projects state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready, settled } from './harness.mjs';
import { landscape, projects } from './data.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

const contractsOf = (p) => (p.tokens || []).flatMap((t) => t.contracts || []);
const explorer = (c) => landscape.chains.find((x) => x.id === c.chain).explorer.replace('{address}', c.address);
// The project with the most link kinds among those with a contract: the richest record.
const rich = projects
  .filter((p) => contractsOf(p).length > 0 && (p.links || []).length > 0)
  .sort((a, b) => b.links.length - a.links.length)[0];

test('the dialog shows the project\'s links and each contract with its explorer link and a copy button that copies it', async () => {
  assert.ok(rich, 'the export has a project with links and a contract');
  const page = await h.page();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(h.base + `?project=${rich.id}`);
  await ready(page);
  const dialog = page.locator(`[data-project-details="${rich.id}"]`);
  await dialog.waitFor();
  for (const l of rich.links) {
    const a = dialog.locator(`li[data-link="${l.kind}"] a:not(.source)[href="${l.url}"]`);
    assert.equal(await a.count(), 1, `${l.kind} ${l.url}`);
    assert.equal(await a.getAttribute('rel'), 'noopener noreferrer');
    assert.ok((await a.textContent()).trim().length > 0, 'labelled');
  }
  // Each link comes with its source.
  assert.equal(await dialog.locator('li[data-link] .source').count(), rich.links.length);
  const c = contractsOf(rich)[0];
  const li = dialog.locator(`li[data-contract="${c.address}"]`);
  assert.equal(await li.locator(`a[href="${explorer(c)}"]`).count(), 1, 'the address links to the explorer');
  assert.equal(await li.locator('a').first().getAttribute('rel'), 'noopener noreferrer');
  const copy = li.locator('button.copy');
  assert.equal(await copy.getAttribute('aria-label'), 'Copy address');
  await copy.click();
  await page.waitForFunction((el) => el.getAttribute('aria-label') === 'Address copied', await copy.elementHandle());
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), c.address);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a static project page carries the links and the contracts, read without scripts, and the app adds the copy button', async () => {
  const html = await (await fetch(h.base + `projects/${rich.id}/`)).text();
  const context = await h.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(h.base + `projects/${rich.id}/`);
  const facts = page.locator('[data-project-details] .static__facts');
  for (const l of rich.links) {
    const a = facts.locator(`li > a[href="${l.url}"]`);
    assert.equal(await a.count(), 1, `${l.kind} ${l.url} on the static page`);
    assert.equal(await a.getAttribute('rel'), 'noopener noreferrer');
  }
  for (const c of contractsOf(rich)) {
    assert.equal(await facts.locator(`li > a[href="${explorer(c)}"]`).count(), 1, `explorer link of ${c.address}`);
    // The whole address, selectable in one click without scripts.
    const code = facts.locator(`code.address[data-copy="${c.address}"]`);
    assert.equal(await code.textContent(), c.address);
    assert.equal(await code.evaluate((el) => getComputedStyle(el).userSelect), 'all');
  }
  assert.ok(html.includes(`data-copy="${contractsOf(rich)[0].address}"`), 'in the HTML a crawler reads');
  await context.close();

  // With scripts, the same link opens the project's details, with the copy button.
  const live = await h.page();
  await live.goto(h.base + `projects/${rich.id}/`);
  await ready(live);
  const c = contractsOf(rich)[0];
  await live.locator(`[data-project-details="${rich.id}"] li[data-contract="${c.address}"] button.copy`).waitFor();
  assert.deepEqual(live.errors, []);
  await live.context().close();
});

// What each compare row shows, by its `data-attribute` code.
const states = {
  chains: (p) => (p.chains || []).length > 0,
  token: (p) => (p.tokens || []).length > 0,
  contracts: (p) => contractsOf(p).length > 0,
  consensus: (p) => !!p.consensus,
  technologies: (p) => (p.technologies || []).length > 0,
  funding: (p) => (p.funding || []).length > 0,
  people: (p) => (p.people || []).length > 0,
  founded: (p) => !!p.founded,
  partners: (p) => (p.partners || []).length > 0,
  awards: (p) => (p.awards || []).length > 0,
  figures: (p) => (p.figures || []).length > 0,
  website: (p) => !!p.website,
  links: (p) => (p.links || []).length > 0,
};

test('the compare view folds the rows none of the compared projects states into one line', async () => {
  // Three projects that leave some rows empty for all of them, and state others.
  const pick = ['gensyn', 'nodesynapse', 'opflow', 'vertex-labs', 'cerebrum-tech', 'ritual', 'node-ai', 'qna3-ai']
    .map((id) => projects.find((p) => p.id === id)).filter(Boolean).slice(0, 3);
  assert.equal(pick.length, 3);
  const folded = Object.keys(states).filter((k) => pick.every((p) => !states[k](p)));
  assert.ok(folded.length > 0, 'the picked projects leave a row empty');
  const page = await h.page();
  await page.goto(h.base + `?view=compare&compare=${pick.map((p) => p.id).join(',')}`);
  await ready(page);
  await settled(page);
  const line = page.locator('tr.compare__folded');
  await line.waitFor();
  assert.deepEqual((await line.getAttribute('data-folded')).split(' ').sort(), [...folded].sort());
  assert.match(await line.textContent(), /^Not stated for any of them: /);
  for (const k of folded) assert.equal(await page.locator(`tr[data-attribute="${k}"]`).count(), 0, `${k} is folded`);
  for (const k of Object.keys(states).filter((k) => !folded.includes(k))) {
    assert.equal(await page.locator(`tr[data-attribute="${k}"]`).count(), 1, `${k} is stated by one of them`);
  }
  // In Spanish too.
  await page.goto(h.base + `?lang=es&view=compare&compare=${pick.map((p) => p.id).join(',')}`);
  await ready(page);
  await page.locator('tr.compare__folded').waitFor();
  assert.match(await page.locator('tr.compare__folded').textContent(), /^No indicado para ninguno: /);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
