// End-to-end tests of a reader's path (issue 28): history steps that used to crash, the
// keyboard (focus ring, skip link, ↓ from the search box), the comparison's sticky names,
// "only differences" in the URL, the phone tray, and links to things that do not exist.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready, settled } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

const noPanic = async (page) => {
  assert.equal(await page.locator('[data-error="panic"]').count(), 0, 'no panic panel');
  assert.deepEqual(page.errors, [], 'no console error');
};

test('heatmap cell → Back, and Map → tick Solana → Cards → go(-2): no panic, the views come back', async () => {
  const page = await h.page();
  await page.goto(h.base + '?view=stats');
  await ready(page);
  await page.locator('.heat__cell[data-chain="ethereum"][data-category="agents"]').click();
  await page.waitForFunction(() => location.search === '?category=agents&chain=ethereum');
  await settled(page);
  await page.goBack();
  await page.waitForFunction(() => location.search === '?view=stats');
  await page.locator('svg.heat').waitFor();
  await page.waitForTimeout(300);
  await noPanic(page);

  await page.goto(h.base + '?view=map');
  await ready(page);
  await page.locator('#facets input[data-facet="chain"][value="solana"]').check();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('chain') === 'solana');
  await page.getByRole('button', { name: 'Cards', exact: true }).click();
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('view'));
  await page.evaluate(() => history.go(-2));
  await page.waitForFunction(() => location.search === '?view=map');
  await page.locator('.map').waitFor();
  await page.waitForTimeout(300);
  await noPanic(page);
  await page.context().close();
});

test('a focused card shows a focus ring: its pixels differ from the unfocused card', async () => {
  const page = await h.page();
  await page.goto(h.base);
  await ready(page);
  await settled(page);
  const card = page.locator('article[data-project]').first();
  const box = await card.boundingBox();
  const clip = { x: box.x - 6, y: box.y - 6, width: box.width + 12, height: box.height + 12 };
  const before = await page.screenshot({ clip });
  await page.locator('#search').focus();
  await page.keyboard.press('Tab'); // keyboard focus: :focus-visible
  await page.locator('article[data-project] .card__open').first().focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'card__open');
  const after = await page.screenshot({ clip });
  assert.notDeepEqual(after, before, 'the focused card looks different');
  // The ring is the card's own outline, outside its box (content-visibility clips inside).
  const outline = await card.evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
  assert.equal(outline, 'solid 3px');
  await page.context().close();
});

test('the skip link and ↓ / Enter in the search box move the focus to the first result', async () => {
  const page = await h.page();
  await page.goto(h.base);
  await ready(page);
  await settled(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link', 'the first Tab stop');
  assert.ok(await page.locator('.skip-link').isVisible(), 'visible when focused');
  await page.keyboard.press('Enter');
  const first = await page.locator('article[data-project]').first().getAttribute('data-project');
  assert.equal(await page.evaluate(() => document.activeElement.closest('article')?.dataset.project), first);
  for (const key of ['ArrowDown', 'Enter']) {
    await page.locator('#search').fill('gpu');
    await settled(page);
    await page.locator('#search').press(key);
    const want = await page.locator('article[data-project]').first().getAttribute('data-project');
    assert.equal(await page.evaluate(() => document.activeElement.closest('article')?.dataset.project), want, key);
  }
  await noPanic(page);
  await page.context().close();
});

for (const [width, height] of [[1280, 800], [390, 844]]) {
  test(`at ${width} px the compare header stays visible after scrolling to the last row`, async () => {
    const page = await h.page({ width, height });
    await page.goto(h.base + '?view=compare&compare=akash-network,io-net,render-network');
    await ready(page);
    const box = page.locator('.compare__scroll');
    await box.evaluate((el) => { el.scrollTop = el.scrollHeight; });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(200);
    const last = page.locator('.compare__table tbody tr:not([hidden])').last();
    assert.ok(await last.isVisible());
    const lastBox = await last.boundingBox();
    assert.ok(lastBox.y + lastBox.height <= height + 1, 'the last row is in the window');
    for (const id of ['akash-network', 'io-net', 'render-network']) {
      const name = page.locator(`th[data-compare-col="${id}"] .compare__name`);
      const b = await name.boundingBox();
      assert.ok(b && b.y >= 0 && b.y + b.height <= height, `${id}'s name is in the window`);
      // ...and not covered by anything (elementFromPoint finds the name itself).
      const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('th')?.dataset.compareCol, [b.x + 4, b.y + b.height / 2]);
      if (b.x >= 0 && b.x + b.width <= width - 20) assert.equal(hit, id);
    }
    if (width === 390) {
      // On a phone the attribute names are lines of their own: the columns get the width.
      const label = await page.locator('.compare__label-row').first().isVisible();
      assert.ok(label, 'attribute names as lines above their rows');
      const col = await page.locator('th[data-compare-col]').first().boundingBox();
      assert.ok(col.x < 40, `the first project column starts at the left edge (${col.x})`);
    }
    await noPanic(page);
    await page.context().close();
  });
}

test('"only differences": kept in the URL, says when no row is identical, marks rows where only some agree', async () => {
  const page = await h.page();
  // Three statuses that are not all the same (two active, one merged): no row identical.
  await page.goto(h.base + '?view=compare&compare=io-net,akash-network,cudos');
  await ready(page);
  await page.getByLabel('Only differences').check();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('diff') === '1');
  assert.match(await page.locator('[data-diff-note]').textContent(), /No row is identical/);
  // Akash and CUDOS share a category, io.net does not: a partial agreement, marked.
  assert.ok(await page.locator('tr[data-attribute="categories"].compare__row--some').count());
  // A shared link opens with it on.
  const page2 = await h.page();
  await page2.goto(page.url());
  await ready(page2);
  assert.ok(await page2.getByLabel('Only differences').isChecked());
  await page.goBack();
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('diff'));
  assert.equal(await page.getByLabel('Only differences').isChecked(), false);
  await noPanic(page);
  await page.context().close();
  await page2.context().close();
});

test('at 390 px no two controls of the compare tray overlap, and the tray never covers the footer', async () => {
  const page = await h.page({ width: 390, height: 844 });
  await page.goto(h.base + '?compare=akash-network,io-net,render-network');
  await ready(page);
  await page.locator('.tray').waitFor();
  const boxes = await page.locator('.tray button').evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { name: e.getAttribute('aria-label') || e.textContent.trim(), x: r.x, y: r.y, r: r.right, b: r.bottom };
  }));
  assert.ok(boxes.length >= 5);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const overlap = a.x < b.r && b.x < a.r && a.y < b.b && b.y < a.b;
      assert.ok(!overlap, `${a.name} overlaps ${b.name}`);
    }
  }
  for (let i = 0; i < 6; i++) {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(200);
  }
  const [tray, footer] = await Promise.all(['.tray', '.site-footer'].map((s) => page.locator(s).boundingBox()));
  assert.ok(footer.y + footer.height <= tray.y, `the footer (ends ${footer.y + footer.height}) is above the tray (${tray.y})`);
  await noPanic(page);
  await page.context().close();
});

test('?project=nope&chain=zzz: one notice names what was not found, and the URL is canonical', async () => {
  const page = await h.page();
  await page.goto(h.base + '?project=nope&chain=solana,zzz&lang=en');
  await ready(page);
  await page.waitForFunction(() => location.search === '?chain=solana&lang=en');
  const notice = page.locator('.notice__text');
  assert.equal(await notice.textContent(), 'Not found from the link: chain “zzz”, project “nope”');
  assert.equal(await page.locator('dialog[open]').count(), 0);
  // Once: a later step does not bring it back.
  await page.getByRole('button', { name: 'Close', exact: true }).first().click();
  await page.locator('#facets input[data-facet="chain"][value="ethereum"]').check();
  await page.waitForTimeout(300);
  assert.equal(await notice.count(), 0);
  // Text from the URL is shown as text, never as markup.
  await page.goto(h.base + '?project=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await ready(page);
  assert.match(await page.locator('.notice__text').textContent(), /project “<img src=x onerror=alert\(1\)>”/);
  assert.equal(await page.locator('.notice img').count(), 0);
  await noPanic(page);
  await page.context().close();
});

test('Sort shows only where it orders something (cards), search hides in the comparison', async () => {
  const page = await h.page();
  await page.goto(h.base + '?view=map');
  await ready(page);
  assert.equal(await page.locator('.toolbar__sort').isVisible(), false);
  assert.ok(await page.locator('#search').isVisible(), 'search filters the map');
  await page.goto(h.base + '?view=compare&compare=io-net,akash-network');
  await ready(page);
  assert.equal(await page.locator('#search').isVisible(), false);
  await page.goto(h.base);
  await ready(page);
  assert.ok(await page.locator('.toolbar__sort').isVisible());
  await page.context().close();
});

test('the header links the article in the reader\'s language; Render\'s funding line reads in Spanish', async () => {
  const page = await h.page();
  await page.goto(h.base + '?lang=es&project=render-network');
  await ready(page);
  assert.equal(await page.locator('.site-header__article').getAttribute('href'), 'https://cuckoo.network/es/blog/2024/05/11/decentralizing-ai-overview');
  assert.match(await page.locator('[data-row="funding"]').textContent(), /Venta pública de tokens/);
  assert.doesNotMatch(await page.locator('[data-row="funding"]').textContent(), /Public token sale/);
  await page.goto(h.base + '?lang=en');
  await ready(page);
  assert.equal(await page.locator('.site-header__article').getAttribute('href'), 'https://cuckoo.network/blog/2024/05/11/decentralizing-ai-overview');
  await page.context().close();
});

test('chain badges, the article pill and source chips have a key and text for screen readers', async () => {
  const page = await h.page();
  await page.goto(h.base + '?lang=en');
  await ready(page);
  await settled(page);
  await page.locator('[data-legend] summary').click();
  assert.match(await page.locator('[data-legend]').textContent(), /Chain the article states.*Chain from another cited source/s);
  const badge = page.locator('article[data-project] .badge--chain.badge--article').first();
  assert.match(await badge.textContent(), /\(article\)$/);
  assert.equal(await badge.getAttribute('title'), 'Chain the article states');
  const heatTitle = await (async () => {
    await page.goto(h.base + '?view=stats');
    await ready(page);
    return page.locator('.heat__col title').first().textContent();
  })();
  assert.ok(heatTitle.length > 0 && !heatTitle.endsWith('…'), 'heatmap headers carry their full name');
  await page.context().close();
});
