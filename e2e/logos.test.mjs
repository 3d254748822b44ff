// End-to-end tests of the logos: in the prerendered first view and the app's cards, on the
// map (the logo wall), in both themes, with no layout shift as they arrive, on the static
// pages read without scripts, and drawn into the preview pictures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready, settled } from './harness.mjs';
import { landscape, projects } from './data.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

const withLogo = projects.filter((p) => p.logo);
const byName = [...projects].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));

/** Records layout shifts from the first paint on (buffered), into window.__shifts. */
async function recordShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push(e.value); })
      .observe({ type: 'layout-shift', buffered: true });
  });
}

/** Waits until every image of `selector` that the page shows in its viewport has loaded. */
async function imagesLoaded(page, selector) {
  await page.waitForFunction((sel) => {
    const shown = [...document.querySelectorAll(sel)]
      .filter((i) => getComputedStyle(i).display !== 'none' && i.getBoundingClientRect().top < innerHeight);
    return shown.length > 0 && shown.every((i) => i.complete && i.naturalWidth > 0);
  }, selector, { timeout: 15000 });
}

test('the first card shows its logo at once: a loaded <img> that the prerendered HTML already carries', async () => {
  const first = byName[0];
  assert.ok(first.logo, `${first.id} has a logo`);
  const html = await (await fetch(h.base)).text();
  const prerendered = html.slice(html.indexOf('id="prerender-en"'), html.indexOf('id="prerender-es"'));
  const tag = `<img class="logo__img" src="data/${first.logo.file}" width="40" height="40" alt="" decoding="async">`;
  assert.ok(prerendered.includes(`data-project="${first.id}"`) && prerendered.includes(tag), 'the prerendered first card carries its <img>');
  // Below the first screen, the prerendered logos are lazy.
  assert.match(prerendered, /loading="lazy"/);

  const page = await h.page();
  await page.goto(h.base);
  await ready(page);
  const img = page.locator(`article[data-project="${first.id}"] .logo__img`).first();
  await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
  assert.equal(await img.getAttribute('src'), `data/${first.logo.file}`);
  assert.equal(await img.getAttribute('width'), '40');
  assert.equal(await img.getAttribute('height'), '40');
  assert.equal(await img.getAttribute('decoding'), 'async');
  // A project without a logo keeps its monogram.
  const bare = projects.find((p) => !p.logo);
  if (bare) {
    await page.goto(h.base + `?q=${encodeURIComponent(bare.name)}`);
    await settled(page);
    assert.equal(await page.locator(`article[data-project="${bare.id}"] .monogram`).count(), 1);
    assert.equal(await page.locator(`article[data-project="${bare.id}"] .card__head img`).count(), 0);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const [view, selector] of [['', 'article[data-project] .logo__img'], ['?view=map', '[data-project-tile] .logo__img']]) {
  test(`a cold load of ${view || 'the cards'} has no layout shift while the logos arrive`, async () => {
    for (const [width, height] of [[1280, 800], [390, 844]]) {
      const page = await h.page({ width, height });
      await recordShifts(page);
      // Slow the logos down so they surely arrive after the layout.
      await page.route('**/data/logos/**', async (r) => { await new Promise((t) => setTimeout(t, 300)); await r.continue(); });
      await page.goto(h.base + view);
      await ready(page);
      await settled(page);
      await imagesLoaded(page, selector);
      await page.waitForTimeout(300);
      const cls = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
      assert.equal(cls, 0, `${view || 'cards'} at ${width} px: layout shift ${cls}`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  });
}

test('the map is a logo wall: every project with a logo shows it, every tile opens its details', async () => {
  // Tall enough that every tile is near the viewport, so the lazy logos all load.
  const page = await h.page({ width: 1280, height: 4000 });
  await page.goto(h.base + '?view=map');
  await ready(page);
  await imagesLoaded(page, '[data-project-tile] .logo__img');
  const shown = await page.$$eval('[data-project-tile]', (tiles) => tiles.map((t) => {
    const img = t.querySelector('.logo__img');
    return { id: t.dataset.projectTile, src: img?.getAttribute('src') ?? null, ok: !!img && img.complete && img.naturalWidth > 0 };
  }));
  for (const p of projects) {
    const tiles = shown.filter((t) => t.id === p.id);
    assert.ok(tiles.length >= 1, `${p.id} has a tile`);
    for (const t of tiles) {
      if (p.logo) assert.ok(t.ok && t.src === `data/${p.logo.file}`, `${p.id}: logo ${JSON.stringify(t)}`);
      else assert.equal(t.src, null, `${p.id} keeps its monogram`);
    }
  }
  assert.ok(withLogo.length >= 52, `${withLogo.length} projects with a logo`);
  await page.locator(`[data-project-tile="${withLogo[0].id}"] button`).click();
  await page.locator(`[data-project-details="${withLogo[0].id}"] .logo .logo__img`).waitFor();
  // The chain filter shows the chains' icons.
  const eth = page.locator('input[data-facet="chain"][value="ethereum"] + label img');
  await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await eth.elementHandle());
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the dark theme shows every logo, each mark that vanishes on dark by its dark file', async () => {
  const twins = withLogo.filter((p) => p.logo.dark);
  assert.ok(twins.length >= 10, `${twins.length} dark files`);
  for (const colorScheme of ['light', 'dark']) {
    const page = await h.page({ width: 1280, height: 4000, colorScheme });
    await page.goto(h.base + `?view=map&theme=${colorScheme}`);
    await ready(page);
    await imagesLoaded(page, '[data-project-tile] .logo__img');
    const seen = await page.$$eval('[data-project-tile] .logo', (marks) => marks.map((m) => {
      const visible = [...m.querySelectorAll('img')].filter((i) => getComputedStyle(i).display !== 'none');
      return {
        id: m.closest('[data-project-tile]').dataset.projectTile,
        visible: visible.map((i) => i.getAttribute('src')),
        loaded: visible.every((i) => i.complete && i.naturalWidth > 0),
      };
    }));
    for (const p of withLogo) {
      const want = colorScheme === 'dark' && p.logo.dark ? p.logo.dark : p.logo.file;
      for (const s of seen.filter((x) => x.id === p.id)) {
        assert.deepEqual(s.visible, [`data/${want}`], `${colorScheme}: ${p.id}`);
        assert.ok(s.loaded, `${colorScheme}: ${p.id} loaded`);
      }
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('read without scripts, a project page and a chain page carry their logos; the preview PNG draws the logo', async () => {
  const akash = projects.find((p) => p.id === 'akash-network');
  const html = await (await fetch(h.base + 'projects/akash-network/')).text();
  assert.ok(html.includes(`src="data/${akash.logo.file}"`), 'the static project page has the logo');
  const context = await h.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(h.base + 'projects/akash-network/');
  const img = page.locator('[data-project-details] .logo__img').first();
  // No scripts run in this page, so poll on a timer (animation frames are not a given).
  await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle(), { polling: 100 });
  await page.goto(h.base + 'chains/solana/');
  await page.waitForFunction(() => {
    const i = document.querySelector('.static__title img');
    return i && i.complete && i.naturalWidth > 0;
  }, null, { polling: 100 });
  const solana = landscape.chains.find((c) => c.id === 'solana');
  assert.equal(await page.locator('.static__title img').getAttribute('src'), `data/${solana.logo.file}`);

  await context.close();

  // The preview's mark (120 px at 60,56) against the logo drawn alone on the same background.
  const viewer = await h.page();
  await viewer.goto(h.base + 'projects/akash-network/preview.png');
  const diff = await viewer.evaluate(async ({ logo }) => {
    const load = (src) => new Promise((ok, fail) => { const i = new Image(); i.onload = () => ok(i); i.onerror = fail; i.src = src; });
    const [png, mark] = await Promise.all([load(location.href), load(logo)]);
    const canvas = (draw) => { const c = document.createElement('canvas'); c.width = 120; c.height = 120; const x = c.getContext('2d'); draw(x); return x.getImageData(0, 0, 120, 120).data; };
    const a = canvas((x) => x.drawImage(png, 60, 56, 120, 120, 0, 0, 120, 120));
    const b = canvas((x) => { x.fillStyle = '#12152b'; x.fillRect(0, 0, 120, 120); x.drawImage(mark, 0, 0, 120, 120); });
    let sum = 0;
    for (let k = 0; k < a.length; k += 4) sum += Math.abs(a[k] - b[k]) + Math.abs(a[k + 1] - b[k + 1]) + Math.abs(a[k + 2] - b[k + 2]);
    return sum / (120 * 120 * 3);
  }, { logo: new URL(`data/${akash.logo.file}`, h.base).href });
  assert.ok(diff < 12, `the preview's mark differs from the logo by ${diff.toFixed(1)} per channel`);
  await viewer.context().close();
});
