// Reliability and security: bad exports, bad networks, hostile URLs, panics, CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready, cardIds } from './harness.mjs';
import { landscape, projects } from './data.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

const clone = () => JSON.parse(JSON.stringify(landscape));
const panel = (page) => page.locator('[data-error="load"]');

async function withData(body, { status = 200, query = '' } = {}) {
  const page = await h.page();
  await page.addInitScript(() => { window.__xss = 0; });
  await page.route('**/data/{first-view,landscape,landscape.es-en}.json', (route) => route.fulfill({ status, contentType: 'application/json', body }));
  await page.goto(h.base + query);
  await page.waitForSelector('#content, [data-error="load"]', { timeout: 20000 });
  return page;
}

const BAD = {
  'truncated JSON': () => JSON.stringify(landscape).slice(0, 5000),
  'wrong types': () => { const d = clone(); d.projects[3].categories = 'cloud'; return JSON.stringify(d); },
  'duplicate ids': () => { const d = clone(); d.projects[1].id = d.projects[0].id; return JSON.stringify(d); },
  'unknown references': () => { const d = clone(); d.projects[2].chains = [{ id: 'solanna', source: 'article' }]; return JSON.stringify(d); },
  'javascript: links': () => { const d = clone(); d.projects[0].website = { url: 'javascript:window.__xss=1', source: 'article' }; return JSON.stringify(d); },
  'empty projects list': () => { const d = clone(); d.projects = []; return JSON.stringify(d); },
};
const EXPECT = {
  'truncated JSON': /line \d+ column \d+/,
  'wrong types': /projects\[3\]\.categories/,
  'duplicate ids': /duplicate project id/,
  'unknown references': /unknown chain `solanna`/,
  'javascript: links': /website\.url/,
  'empty projects list': /the list is empty/,
};

for (const [name, make] of Object.entries(BAD)) {
  test(`bad export (${name}) shows a located error, never a blank page`, async () => {
    const page = await withData(make());
    await panel(page).waitFor();
    assert.match(await panel(page).textContent(), EXPECT[name]);
    assert.match(await panel(page).textContent(), /data\/first-view\.json/);
    assert.equal(await page.evaluate(() => window.__xss), 0);
    await page.context().close();
  });
}

test('HTML and script tags in every text field are rendered as text', async () => {
  const d = clone();
  const evil = (tag) => `<img src=x onerror="window.__xss=${tag}"><script>window.__xss=${tag}</script>`;
  for (const [i, p] of d.projects.entries()) {
    p.name = `${p.name} ${evil(i + 1)}`;
    p.summary = { es: evil(1000), en: evil(2000) };
    p.aliases = [...(p.aliases || []), `alias ${i} <b>x</b>`];
    for (const t of p.tokens || []) t.symbol = '<i>T</i>';
    for (const f of p.technologies || []) f.value = evil(3000);
  }
  for (const c of d.categories) c.name = { es: `<u>${c.id}</u>`, en: `<u>${c.id}</u>` };
  for (const c of d.chains) c.name = `<s>${c.id}</s>`;
  const page = await withData(JSON.stringify(d), { query: '?project=akash-network' });
  await page.getByRole('dialog').waitFor();
  // The only images are the logo files the export names (never markup from a text field).
  assert.equal(await page.locator('article[data-project] img:not(.logo__img), article[data-project] b, dialog img:not(.logo__img), u, s').count(), 0);
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  assert.match(await page.locator('article[data-project="akash-network"] h3').textContent(), /<img src=x/);
  await page.goto(h.base + '?view=stats');
  await ready(page);
  await page.goto(h.base + '?view=compare&compare=akash-network,io-net');
  await ready(page);
  assert.equal(await page.evaluate(() => window.__xss), 0);
  await page.context().close();
});

test('a 5 MB export loads and renders', async () => {
  const d = clone();
  const base = d.projects.slice();
  let n = 0;
  while (JSON.stringify(d).length < 5 * 1024 * 1024) {
    for (const p of base) {
      n += 1;
      d.projects.push({ ...p, id: `${p.id}-copy-${n}`, name: `${p.name} copy ${n}`, aliases: [] });
    }
  }
  const page = await withData(JSON.stringify(d));
  await page.waitForSelector('article[data-project]');
  assert.match(await page.textContent('.status'), new RegExp(`of ${d.projects.length} projects`));
  await page.context().close();
});

test('network: 404, 500 and a body that stops halfway show the error panel; Retry succeeds', async () => {
  for (const mode of ['404', '500', 'abort']) {
    const page = await h.page();
    let broken = true;
    await page.route('**/data/{first-view,landscape,landscape.es-en}.json', async (route) => {
      if (!broken) return route.continue();
      if (mode === 'abort') return route.abort('connectionreset');
      return route.fulfill({ status: Number(mode), body: 'oops' });
    });
    await page.goto(h.base);
    await panel(page).waitFor();
    if (mode !== 'abort') assert.match(await panel(page).textContent(), new RegExp(`HTTP ${mode}`));
    broken = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.waitForSelector('article[data-project]');
    assert.equal((await cardIds(page)).length, projects.length);
    await page.context().close();
  }
});

test('network: a very slow response keeps the loading state, then the error panel, then Retry works', async () => {
  const page = await h.page();
  let slow = true;
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/data/{first-view,landscape,landscape.es-en}.json', async (route) => {
    if (!slow) return route.continue();
    await held; // answered only once the loading state has been checked
    return route.fulfill({ status: 503, body: 'later' });
  });
  await page.goto(h.base, { waitUntil: 'commit' });
  // The loading state: the prerendered first view with its loading note, at this URL.
  await page.waitForSelector('[data-loading]');
  await page.waitForTimeout(1500);
  assert.ok(await page.locator('[data-loading]').isVisible(), 'loading state still visible');
  release();
  await panel(page).waitFor();
  slow = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await page.waitForSelector('article[data-project]');
  await page.context().close();
});

test('hostile URLs render safely and are rewritten canonically', async () => {
  const page = await h.page();
  await page.addInitScript(() => { window.__xss = 0; });
  const ids = Array.from({ length: 500 }, (_, i) => (i % 7 === 0 ? projects[i % projects.length].id : `x${i}`)).join(',');
  const urls = [
    '?q=%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E&chain=%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D2%3E',
    '?q=a%00b%00c&project=%00&view=%00map',
    `?q=${'x'.repeat(20000)}&category=${'y'.repeat(20000)}`,
    `?view=compare&compare=${ids}`,
  ];
  for (const u of urls) {
    await page.goto(h.base + u);
    await ready(page);
    const search = await page.evaluate(() => location.search);
    assert.ok(search.length < 1000, `canonical URL stays short (${search.length})`);
    const params = new URLSearchParams(search);
    assert.ok((params.get('compare') || '').split(',').filter(Boolean).length <= 6);
    assert.ok(!(params.get('q') || '').includes('\u0000'));
  }
  assert.equal(await page.evaluate(() => window.__xss), 0);
  await page.context().close();
});

test('a panic shows a "something went wrong" panel instead of a frozen page', async () => {
  const page = await h.page();
  await page.goto(h.base);
  await ready(page);
  await page.evaluate(() => { try { window.wasmBindings.__landscape_test_panic(); } catch (_) { /* the trap */ } });
  const crash = page.locator('[data-error="panic"]');
  await crash.waitFor();
  assert.match(await crash.textContent(), /Something went wrong/);
  assert.ok(await crash.getByRole('button', { name: /Reload/ }).isVisible());
  await page.context().close();
});

test('a program that cannot load says so and offers a reload, instead of "Loading…" for ever', async () => {
  // The wasm, then its JS glue, fails; with the prerendered view (bare URL) and without.
  for (const [pattern, query] of [['**/*_bg.wasm', ''], ['**/ai-landscape-*.js', ''], ['**/*_bg.wasm', '?chain=solana']]) {
    const page = await h.page();
    await page.route(pattern, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(h.base + query);
    const alert = page.locator('[data-error="boot"][role="alert"]');
    await alert.waitFor({ timeout: 10000 });
    assert.match(await alert.textContent(), /could not start.*no pudo iniciarse/s, pattern);
    assert.equal(await alert.getByRole('link', { name: /Reload/ }).getAttribute('href'), page.url());
    assert.equal(await page.locator('[data-prerender], .boot[aria-busy="true"]').count(), 0, 'no stand-in left');
    assert.ok(await alert.isVisible());
    await page.context().close();
  }
});

test('the Content-Security-Policy allows everything the app does, with no violation', async () => {
  const page = await h.page();
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  for (const q of ['', '?view=map&theme=dark', '?project=io-net', '?view=compare&compare=akash-network,io-net', '?view=stats', '?embed=1&accent=ff6600']) {
    await page.goto(h.base + q);
    await ready(page);
    await page.waitForTimeout(100);
    assert.deepEqual(await page.evaluate(() => window.__csp), [], q);
  }
  // Scripts: same origin, plus exactly one inline script allowed by its hash (the guard of
  // the prerendered first view), never 'unsafe-inline'.
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  const m = csp.match(/script-src 'self' 'sha256-([A-Za-z0-9+/=]+)' 'wasm-unsafe-eval';/);
  assert.ok(m, csp);
  assert.doesNotMatch(csp, /unsafe-inline'[^;]*;.*script|script-src[^;]*unsafe-inline/);
  // (The JSON-LD block is data, never run, so no CSP applies to it.)
  assert.equal(await page.locator('script[type="application/ld+json"]').count(), 1);
  const inline = await page.$$eval('script:not([src]):not([type="application/ld+json"])', async (els) => Promise.all(els.map(async (e) => {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(e.textContent));
    return btoa(String.fromCharCode(...new Uint8Array(digest)));
  })));
  assert.deepEqual(inline, [m[1]], 'the only inline script is the one the CSP names');
  await page.context().close();
});
