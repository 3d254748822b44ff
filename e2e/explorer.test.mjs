// End-to-end tests of the explorer (issue: cards, map, filters, search, details, URL state),
// against the release build in real headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready, cardIds, params } from './harness.mjs';
import { projects, onChain, inCategory, searchIds, sorted } from './data.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

test('app mounts and shows every project as a card', async () => {
  const page = await h.page();
  await page.goto(h.base);
  await ready(page);
  assert.equal((await cardIds(page)).length, projects.length);
  assert.match(await page.textContent('.status'), new RegExp(`${projects.length} of ${projects.length} projects`));
  assert.equal(await page.locator('article[data-project="io-net"] h3').textContent(), 'io.net');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('chain=solana shows exactly the projects on Solana', async () => {
  const page = await h.page();
  await page.goto(h.base + '?chain=solana');
  await ready(page);
  assert.deepEqual(sorted(await cardIds(page)), sorted(onChain('solana')));
  assert.ok(onChain('solana').length >= 6);
  await page.context().close();
});

test('category=compute&chain=solana is the intersection', async () => {
  const page = await h.page();
  await page.goto(h.base + '?category=compute&chain=solana');
  await ready(page);
  const want = onChain('solana').filter((id) => inCategory('compute').includes(id));
  assert.ok(want.length > 0);
  assert.deepEqual(sorted(await cardIds(page)), sorted(want));
  await page.context().close();
});

test('category=apps includes every sub-category', async () => {
  const page = await h.page();
  await page.goto(h.base + '?category=apps');
  await ready(page);
  const want = inCategory('apps', 'defi', 'gaming', 'nft', 'education', 'system');
  assert.equal(want.length, 20);
  assert.deepEqual(sorted(await cardIds(page)), sorted(want));
  await page.context().close();
});

test('clicking a chain checkbox writes chain= and Back removes it', async () => {
  const page = await h.page();
  await page.goto(h.base);
  await ready(page);
  await page.getByRole('checkbox', { name: /^Solana/ }).check();
  await page.waitForURL(/chain=solana/);
  assert.deepEqual(sorted(await cardIds(page)), sorted(onChain('solana')));
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('chain='));
  assert.equal(await page.getByRole('checkbox', { name: /^Solana/ }).isChecked(), false);
  assert.equal((await cardIds(page)).length, projects.length);
  await page.goForward();
  await page.waitForURL(/chain=solana/);
  assert.equal(await page.getByRole('checkbox', { name: /^Solana/ }).isChecked(), true);
  await page.context().close();
});

test('facet counts follow the other filters', async () => {
  const page = await h.page();
  await page.goto(h.base + '?category=compute');
  await ready(page);
  const want = onChain('solana').filter((id) => inCategory('compute').includes(id)).length;
  const count = await page.locator('label[for="f-chain-solana"] .facet__count').textContent();
  assert.equal(Number(count), want);
  await page.context().close();
});

test('project=io-net opens the dialog; Esc closes it and focus returns to the card', async () => {
  const page = await h.page();
  await page.goto(h.base + '?project=io-net');
  await ready(page);
  const dialog = page.getByRole('dialog', { name: 'io.net' });
  await dialog.waitFor();
  assert.ok(await dialog.isVisible());
  const site = dialog.locator('[data-row="website"] li > a:not(.source)');
  assert.equal(await site.count(), 1, 'io.net has a website');
  assert.equal(await site.getAttribute('target'), '_blank');
  assert.equal(await site.getAttribute('rel'), 'noopener noreferrer');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !location.search.includes('project='));
  assert.equal(await dialog.isVisible(), false);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'open-io-net');
  await page.context().close();
});

test('opening a card pushes project= and the close button closes it', async () => {
  const page = await h.page();
  await page.goto(h.base);
  await ready(page);
  await page.locator('article[data-project="akash-network"] .card__open').click();
  await page.waitForURL(/project=akash-network/);
  const dialog = page.getByRole('dialog', { name: 'Akash Network' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.waitForFunction(() => !location.search.includes('project='));
  await page.goBack();
  await page.waitForURL(/project=akash-network/);
  await dialog.waitFor();
  await page.context().close();
});

test('search is accent-insensitive and survives in the URL', async () => {
  const page = await h.page();
  await page.goto(h.base);
  await ready(page);
  const want = searchIds('tokenizacion');
  assert.ok(want.length > 0, 'some project text says tokenización');
  await page.locator('input[type=search]').pressSequentially('tokenizacion', { delay: 15 });
  await page.waitForURL(/q=tokenizacion/);
  assert.equal(await page.inputValue('input[type=search]'), 'tokenizacion');
  assert.deepEqual(sorted(await cardIds(page)), sorted(want));
  // The same link in a fresh page gives the same result.
  const fresh = await h.page();
  await fresh.goto(page.url());
  await ready(fresh);
  assert.equal(await fresh.inputValue('input[type=search]'), 'tokenizacion');
  assert.deepEqual(sorted(await cardIds(fresh)), sorted(want));
  await fresh.context().close();
  await page.context().close();
});

test('typing writes the address bar once it pauses, and a filter right after keeps the typed entry for Back', async () => {
  const page = await h.page();
  await page.goto(h.base);
  await ready(page);
  await page.evaluate(() => {
    window.__writes = 0;
    const replace = history.replaceState.bind(history);
    history.replaceState = (...a) => { window.__writes++; return replace(...a); };
  });
  await page.locator('input[type=search]').pressSequentially('gpu', { delay: 20 });
  await page.waitForURL(/\?q=gpu$/);
  assert.equal(await page.evaluate(() => window.__writes), 1, 'one address-bar write for the three keys');
  // A filter clicked before the pause: the typed text is settled in the entry it leaves.
  await page.locator('input[type=search]').pressSequentially(' h', { delay: 10 });
  await page.locator('#f-chain-solana').click();
  await page.waitForFunction(() => location.search === '?chain=solana&q=gpu+h');
  await page.goBack();
  await page.waitForFunction(() => location.search === '?q=gpu+h');
  assert.equal(await page.inputValue('input[type=search]'), 'gpu h');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('"/" focuses the search box', async () => {
  const page = await h.page();
  await page.goto(h.base);
  await ready(page);
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.type), 'search');
  await page.context().close();
});

test('unknown values are dropped and the URL is rewritten canonically', async () => {
  const page = await h.page();
  await page.goto(h.base + '?chain=nope,solana,SOLANA&foo=bar&view=bogus&category=zzz,compute&sort=weird&project=nope&embed=0');
  await ready(page);
  await page.waitForFunction(() => location.search === '?category=compute&chain=solana');
  // about:blank plus this page: canonicalising replaced the entry instead of pushing one.
  assert.equal(await page.evaluate(() => history.length), 2);
  await page.context().close();
});

test('old aliases in URLs still work', async () => {
  const page = await h.page();
  await page.goto(h.base + '?project=lpaal-ai');
  await ready(page);
  await page.getByRole('dialog', { name: 'PAAL AI' }).waitFor();
  await page.waitForFunction(() => location.search === '?project=paal-ai');
  await page.context().close();
});

test('no horizontal overflow at 390 px; filters collapse into a panel', async () => {
  const page = await h.page({ width: 390, height: 844 });
  await page.goto(h.base + '?category=compute');
  await ready(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  assert.equal(await page.locator('#facets').isVisible(), false);
  await page.getByRole('button', { name: /Filters/ }).click();
  assert.equal(await page.locator('#facets').isVisible(), true);
  await page.goto(h.base + '?project=io-net');
  await page.getByRole('dialog', { name: 'io.net' }).waitFor();
  const overflow2 = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow2, 0);
  await page.context().close();
});

test('map view shows every category block and ZKML says it has no projects yet', async () => {
  const page = await h.page();
  await page.goto(h.base + '?view=map&chain=solana');
  await ready(page);
  for (const id of ['cloud', 'compute', 'models', 'agents', 'data', 'zkml', 'apps']) {
    assert.equal(await page.locator(`.map__block[data-category="${id}"]`).count(), 1, id);
  }
  assert.match(await page.locator('.map__block[data-category="zkml"]').textContent(), /no projects/);
  const visible = await page.$$eval('[data-project-tile]:not([hidden])', (els) => [...new Set(els.map((e) => e.dataset.projectTile))]);
  assert.deepEqual(sorted(visible), sorted(onChain('solana')));
  await page.context().close();
});

test('Spanish UI from lang=es and from the browser language', async () => {
  const page = await h.page({ locale: 'es-ES' });
  await page.goto(h.base);
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.match(await page.textContent('.status'), /de \d+ proyectos/);
  await page.locator('.lang-switch__select').selectOption('en');
  await page.waitForURL(/lang=en/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.context().close();
});

test('theme=dark applies the dark theme', async () => {
  const page = await h.page();
  await page.goto(h.base + '?theme=dark');
  await ready(page);
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(16, 18, 26)');
  await page.context().close();
});

test('an invalid export shows the error panel with the place, and Retry recovers', async () => {
  const page = await h.page();
  let broken = true;
  await page.route('**/data/{first-view,landscape,landscape.es-en}.json', async (route) => {
    if (broken) {
      await route.fulfill({ status: 200, contentType: 'application/json', body: '{"format_version": 1, "updated": "x",\n "categories": [' });
    } else {
      await route.continue();
    }
  });
  await page.goto(h.base);
  const panel = page.locator('[data-error="load"]');
  await panel.waitFor();
  assert.match(await panel.textContent(), /data\/first-view\.json line 2 column \d+/);
  broken = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await ready(page);
  assert.equal((await cardIds(page)).length, projects.length);
  await page.context().close();
});

test('a missing export shows the error panel', async () => {
  const page = await h.page();
  await page.route('**/data/{first-view,landscape,landscape.es-en}.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(h.base);
  const panel = page.locator('[data-error="load"]');
  await panel.waitFor();
  assert.match(await panel.textContent(), /HTTP 404/);
  await page.context().close();
});

test('text from the data is rendered as text, never as HTML', async () => {
  const page = await h.page();
  await page.route('**/data/{first-view,landscape,landscape.es-en}.json', async (route) => {
    const resp = await route.fetch();
    const data = await resp.json();
    data.projects[0].name = '<img src=x onerror="window.__pwned=1">';
    data.projects[0].summary = { es: '<script>window.__pwned=2</script>', en: '<b>bold</b>' };
    await route.fulfill({ response: resp, json: data });
  });
  await page.goto(h.base);
  await ready(page);
  const id = projects[0].id;
  assert.equal(await page.locator(`article[data-project="${id}"] h3`).textContent(), '<img src=x onerror="window.__pwned=1">');
  // The card's only images are its logo files (never markup from the data).
  const srcs = await page.locator(`article[data-project="${id}"] img`).evaluateAll((els) => els.map((e) => e.getAttribute('src')));
  assert.ok(srcs.every((s) => /^data\/logos\/[a-z0-9./-]+\.(svg|png)$/.test(s)), srcs.join());
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.context().close();
});

test('"Copy link" copies the current URL and says so', async () => {
  const page = await h.page();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(h.base + '?chain=solana&view=map');
  await ready(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('button', { name: 'Link copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  await page.context().close();
});

test('an empty result explains the active filters and offers a way back', async () => {
  const page = await h.page();
  await page.goto(h.base + '?category=zkml&q=gpu');
  await ready(page);
  const empty = page.locator('[data-empty]');
  await empty.waitFor();
  assert.match(await empty.textContent(), /ZKML/);
  assert.match(await empty.textContent(), /gpu/);
  assert.match(await page.textContent('.status'), /^0 of/);
  await empty.getByRole('button', { name: 'Clear all filters' }).click();
  await page.waitForFunction(() => location.search === '');
  assert.equal((await cardIds(page)).length, projects.length);
  await page.context().close();
});

test('sort=chains puts the projects with most chains first and is kept in the URL', async () => {
  const page = await h.page();
  await page.goto(h.base);
  await ready(page);
  await page.selectOption('.toolbar__sort select', 'chains');
  await page.waitForURL(/sort=chains/);
  const ids = await cardIds(page);
  // The chains a project is on now (a chain it has left is not counted).
  const counts = ids.map((id) => (projects.find((p) => p.id === id).chains || []).filter((c) => !c.until).length);
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  await page.context().close();
});

test('a filter change paints the first cards in the next frame, then every match within a few frames', async () => {
  const page = await h.page();
  await page.goto(h.base + '?chain=solana');
  await ready(page);
  await cardIds(page);
  // Clearing the filter brings back all 66: the next frame shows the first ones (the
  // grid says aria-busy), and the rest are added a chunk per frame.
  const early = await page.evaluate(async () => {
    document.querySelector('#f-chain-solana').click();
    await new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); }));
    return {
      cards: document.querySelectorAll('article[data-project]').length,
      busy: document.querySelector('.grid').getAttribute('aria-busy'),
    };
  });
  assert.ok(early.cards >= 12 && early.cards < projects.length, `after one frame: ${early.cards} cards`);
  assert.equal(early.busy, 'true');
  const all = await cardIds(page);
  assert.equal(all.length, projects.length);
  assert.equal(await page.getAttribute('.grid', 'aria-busy'), 'false');
  await page.context().close();
});

test('a keystroke that narrows the search keeps the cards still matching, all in the next frame', async () => {
  const page = await h.page();
  await page.goto(h.base);
  await ready(page);
  await cardIds(page);
  const r = await page.evaluate(async () => {
    const before = new Map([...document.querySelectorAll('article[data-project]')].map((a) => [a.dataset.project, a]));
    const input = document.querySelector('input[type=search]');
    input.value = 'gp';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'p' }));
    await new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); }));
    const after = [...document.querySelectorAll('article[data-project]')];
    return {
      before: before.size,
      after: after.length,
      same: after.filter((a) => before.get(a.dataset.project) === a).length,
      busy: document.querySelector('.grid').getAttribute('aria-busy'),
    };
  });
  assert.equal(r.before, projects.length);
  assert.ok(r.after > 12 && r.after < projects.length, `${r.after} cards match "gp"`);
  assert.equal(r.same, r.after, 'every card shown is the one that was there');
  assert.equal(r.busy, 'false', 'nothing left to add');
  assert.equal((await cardIds(page)).length, r.after);
  await page.context().close();
});

test('switching the language rebuilds every card in the new language, a chunk per frame', async () => {
  const page = await h.page();
  await page.goto(h.base + '?lang=en');
  await ready(page);
  await cardIds(page);
  await page.locator('.lang-switch__select').selectOption('es');
  await page.waitForURL(/lang=es/);
  const ids = await cardIds(page);
  assert.equal(ids.length, projects.length);
  const labels = await page.$$eval('article[data-project] .card__compare', (els) => [...new Set(els.map((e) => e.textContent.trim()))]);
  assert.deepEqual(labels, ['+ Comparar']);
  await page.context().close();
});
