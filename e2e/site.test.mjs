// End-to-end tests of the static site: pages per project, category and chain as link
// previews (open-graph-scraper, the library unfurl services use) and crawlers (no scripts)
// read them, their pictures, the sitemap, oEmbed, and the app started from a page path.
// The sub-path build is made with --site-url https://landscape.example/landscape/ (see
// xtask/src/test.rs); absolute URLs are mapped to the local server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import ogs from 'open-graph-scraper';
import { start, ready, settled } from './harness.mjs';
import { landscape, projects, inCategory, onChain, sorted } from './data.mjs';

const SITE = 'https://landscape.example/landscape/';
let h;
let local;
before(async () => { h = await start({ dir: 'target/dist-landscape', prefix: '/landscape/' }); local = (u) => u.replaceAll(SITE, h.base); });
after(async () => { await h?.close(); });

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf) {
  assert.deepEqual([...buf.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'a PNG signature');
  assert.equal(buf.subarray(12, 16).toString('latin1'), 'IHDR');
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

async function unfurl(path) {
  const { error, result, html } = await ogs({ url: h.base + path, timeout: 10 });
  assert.equal(error, false, JSON.stringify(result));
  return { result, html };
}

const io = projects.find((p) => p.id === 'io-net');

for (const [path, title, description] of [
  ['projects/io-net/', 'io.net · Decentralized AI landscape', io.summary.en],
  ['categories/compute/', 'Compute resource marketplaces · Decentralized AI landscape', `${inCategory('compute').length} projects.`],
  ['chains/solana/', 'Projects on Solana · Decentralized AI landscape', `${onChain('solana').length} projects`],
  ['es/projects/io-net/', 'io.net · Panorama de la IA descentralizada', io.summary.es],
]) {
  test(`a link preview of ${path} has its own title, description and a 1200×630 picture`, async () => {
    const { result } = await unfurl(path);
    assert.equal(result.ogTitle, title);
    assert.ok(result.ogDescription.includes(description), `${result.ogDescription} ⊇ ${description}`);
    assert.equal(result.twitterCard, 'summary_large_image');
    assert.equal(result.ogUrl, SITE + path);
    const img = result.ogImage[0];
    assert.equal(img.url, `${SITE}${path}preview.png`);
    assert.equal(String(img.width), '1200');
    assert.equal(String(img.height), '630');
    assert.ok(result.ogImage[0].alt || result.twitterImage?.[0]?.alt, 'alt text');
    const res = await fetch(local(img.url));
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /image\/png/);
    assert.deepEqual(pngSize(Buffer.from(await res.arrayBuffer())), [1200, 630]);
  });
}

test('the home page previews the landscape; the map downloads the full picture, every project a logo tile', async () => {
  for (const [path, lang] of [['', 'en'], ['es/', 'es']]) {
    const { result } = await unfurl(path);
    assert.equal(result.ogImage[0].url, `${SITE}${path}preview.png`);
    const png = await fetch(local(result.ogImage[0].url));
    assert.deepEqual(pngSize(Buffer.from(await png.arrayBuffer())), [1200, 630]);
    const [w, hgt] = pngSize(Buffer.from(await (await fetch(h.base + `landscape-${lang}.png`)).arrayBuffer()));
    assert.ok(w >= 1920 && hgt >= 1080, `landscape-${lang}.png is ${w}×${hgt}`);
  }
  const page = await h.page();
  await page.goto(h.base + '?view=map&lang=es');
  await page.waitForSelector('.map');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="svg"]').click()]);
  assert.equal(download.suggestedFilename(), 'landscape-es.svg');
  const svg = await (await fetch(h.base + 'landscape-es.svg')).text();
  assert.match(svg, /^<svg[^>]+width="1920" height="\d{4}"/);
  assert.ok(svg.includes('Panorama de la IA descentralizada'));
  // Every project is there by name (no "+N more"), and the logos are embedded.
  for (const p of projects) assert.ok(svg.includes(`<g data-project="${p.id}">`), p.id);
  assert.ok(!/\+\d+ más/.test(svg));
  assert.ok((svg.match(/href="data:image\/(svg\+xml|png);base64,/g) || []).length >= projects.filter((p) => p.logo).length);
  assert.equal(await page.locator('[data-download="png"]').getAttribute('href'), 'landscape-es.png');
  await page.context().close();
});

test('read without scripts, a project page has the name, summary, chains and sources; a chain page its cards', async () => {
  const html = await (await fetch(h.base + 'projects/io-net/')).text();
  const text = html.replace(/<script[\s\S]*?<\/script>/g, '');
  assert.ok(text.includes('<h1 class="details__title">io.net</h1>'));
  assert.ok(text.includes(io.summary.en));
  for (const c of io.chains) {
    const name = landscape.chains.find((x) => x.id === c.id).name;
    assert.ok(text.includes(`href="chains/${c.id}/">${typeof name === 'string' ? name : name.en}</a>`), c.id);
  }
  assert.ok(/<link rel="canonical" href="https:\/\/landscape\.example\/landscape\/projects\/io-net\/">/.test(html));
  assert.ok(/hreflang="es" href="https:\/\/landscape\.example\/landscape\/es\/projects\/io-net\/"/.test(html));
  assert.match(html, /<html data-prerendered="" lang="en" dir="ltr">/);
  const es = await (await fetch(h.base + 'es/chains/solana/')).text();
  assert.match(es, /<html data-prerendered="" lang="es" dir="ltr">/);
  const cards = [...es.matchAll(/<article class="card" data-project="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(sorted(cards), sorted(onChain('solana')));
  const list = JSON.parse(es.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)[1].replaceAll('<\\/', '</'));
  assert.equal(list.mainEntity['@type'], 'ItemList');
  assert.equal(list.mainEntity.numberOfItems, cards.length);
  // An old id has its own page, whose canonical link is the current one.
  const old = await (await fetch(h.base + 'projects/lpaal-ai/')).text();
  assert.match(old, /<link rel="canonical" href="https:\/\/landscape\.example\/landscape\/projects\/paal-ai\/">/);
});

test('sitemap.xml lists every page in the 15 locales with lastmod and its alternates, and robots.txt points to it', async () => {
  const map = await (await fetch(h.base + 'sitemap.xml')).text();
  const locs = [...map.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const cats = landscape.categories.length, chains = landscape.chains.length;
  // The home, each project, category and chain, and the timeline, in each locale.
  assert.equal(locs.length, 15 * (1 + projects.length + cats + chains + 1));
  assert.ok(locs.includes(SITE + 'ko/projects/io-net/') && locs.includes(SITE + 'ar/'));
  assert.equal((map.match(/<xhtml:link /g) || []).length, 15 * locs.length);
  assert.ok(locs.includes(SITE + 'timeline/') && locs.includes(SITE + 'es/timeline/'));
  assert.ok(locs.includes(SITE + 'es/projects/io-net/') && locs.includes(SITE + 'chains/own-chain/'));
  assert.equal((map.match(new RegExp(`<lastmod>${landscape.updated}</lastmod>`, 'g')) || []).length, locs.length);
  const robots = await (await fetch(h.base + 'robots.txt')).text();
  assert.match(robots, /^Sitemap: https:\/\/landscape\.example\/landscape\/sitemap\.xml$/m);
});

test('in Chromium, a project page opens its dialog and a category page shows its cards, then the URL is the query', async () => {
  const page = await h.page();
  await page.goto(h.base + 'projects/io-net/');
  await page.getByRole('dialog').waitFor();
  assert.equal(await page.locator('[data-project-details]').getAttribute('data-project-details'), 'io-net');
  await page.waitForFunction(() => location.pathname === '/landscape/' && location.search === '?project=io-net');
  assert.equal(await page.locator('[data-static]').count(), 0, 'the static copy is gone');
  assert.deepEqual(page.errors, []);
  await page.goto(h.base + 'categories/compute/');
  await ready(page);
  await settled(page);
  const ids = await page.$$eval('article[data-project]', (els) => els.map((e) => e.dataset.project));
  assert.deepEqual(sorted(ids), sorted(inCategory('compute')));
  await page.goto(h.base + 'es/chains/solana/');
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await page.waitForFunction(() => location.search === '?chain=solana&lang=es');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a Korean page unfurls in Korean, with a Korean picture drawn in a font that has Hangul', async () => {
  const { result, html } = await unfurl('ko/projects/io-net/');
  assert.equal(result.ogLocale, 'ko_KR');
  assert.equal(result.ogTitle, 'io.net · 탈중앙화 AI 지형도');
  assert.equal(result.ogDescription, io.summary.ko);
  assert.match(result.ogDescription, /[\uAC00-\uD7AF]/, 'Hangul');
  assert.match(html, /<html data-prerendered="" lang="ko" dir="ltr">/);
  // Every locale's version of the page, and the default.
  const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)];
  assert.equal(alternates.length, 16);
  assert.ok(alternates.some(([, l, href]) => l === 'ar' && href === SITE + 'ar/projects/io-net/'));
  const img = result.ogImage[0];
  assert.equal(img.url, `${SITE}ko/projects/io-net/preview.png`);
  const ko = Buffer.from(await (await fetch(local(img.url))).arrayBuffer());
  assert.deepEqual(pngSize(ko), [1200, 630]);
  // The build draws it with Noto Sans CJK KR and fails on any character no font has (see
  // xtask/src/site.rs); here the picture is its own, not the English one.
  const en = Buffer.from(await (await fetch(h.base + 'projects/io-net/preview.png')).arrayBuffer());
  assert.notDeepEqual(ko, en);
  // Read without scripts, the page is in Korean too.
  const text = html.replace(/<script[\s\S]*?<\/script>/g, '');
  assert.ok(text.includes(`<p class="details__summary">${io.summary.ko}</p>`));
  assert.ok(text.includes('탐색기에서 열기'));
});

test('an Arabic page is right to left and preloads its own first-view file; the app opens on it in Arabic', async () => {
  const html = await (await fetch(h.base + 'ar/chains/solana/')).text();
  assert.match(html, /<html data-prerendered="" lang="ar" dir="rtl">/);
  assert.match(html, /<link rel="preload" href="data\/first-view\.ar\.json" data-first-view=""/);
  assert.ok(!html.includes('href="data/first-view.json"'), 'no other locale\'s file');
  const page = await h.page();
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(h.base + 'ar/chains/solana/');
  await ready(page);
  assert.deepEqual(
    await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ['ar', 'rtl'],
  );
  await page.waitForFunction(() => location.search === '?chain=solana&lang=ar');
  const ids = await page.$$eval('article[data-project]', (els) => els.map((e) => e.dataset.project));
  assert.deepEqual(sorted(ids), sorted(onChain('solana')));
  assert.ok(fetched.includes('/landscape/data/first-view.ar.json'), fetched.join(' '));
  assert.ok(!fetched.includes('/landscape/data/first-view.json'), fetched.join(' '));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('"Copy link" gives the page URL for one open project or one filter, else the query URL', async () => {
  const page = await h.page();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const copied = async (url) => {
    await page.goto(h.base + url);
    await ready(page);
    if (url.includes('project=')) await page.getByRole('dialog').waitFor();
    const before = await page.locator('.toolbar__copy').textContent();
    await page.locator('.toolbar__copy').evaluate((b) => b.click());
    await page.waitForFunction((t) => document.querySelector('.toolbar__copy').textContent !== t, before);
    return page.evaluate(() => navigator.clipboard.readText());
  };
  assert.equal(await copied('?project=io-net'), h.base + 'projects/io-net/');
  assert.equal(await copied('?chain=solana&lang=es'), h.base + 'es/chains/solana/');
  assert.equal(await copied('?category=compute&chain=solana'), h.base + '?category=compute&chain=solana');
  assert.equal(await copied('?project=io-net&lang=ja'), h.base + 'ja/projects/io-net/');
  await page.context().close();
});

test('the oEmbed file of a page parses, and its html renders the embed in a blog', async () => {
  const html = await (await fetch(h.base + 'chains/solana/')).text();
  const href = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/)[1];
  assert.equal(href, SITE + 'chains/solana/oembed.json');
  const o = await (await fetch(local(href))).json();
  assert.equal(o.type, 'rich');
  assert.equal(o.version, '1.0');
  assert.ok(o.width > 0 && o.height > 0 && o.title && o.provider_name);
  const blog = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><html lang="en"><body><p id="before">oEmbed:</p>${local(o.html)}</body></html>`);
  });
  await new Promise((r) => blog.listen(0, '127.0.0.1', r));
  const page = await h.page();
  await page.goto(`http://127.0.0.1:${blog.address().port}/`);
  const frame = page.frameLocator('iframe');
  await frame.locator('.grid[aria-busy="false"]').waitFor();
  const ids = await frame.locator('article[data-project]').evaluateAll((els) => els.map((e) => e.dataset.project));
  assert.deepEqual(sorted(ids), sorted(onChain('solana')));
  await page.waitForFunction(() => parseFloat(document.querySelector('iframe').style.height) > 300);
  await page.context().close();
  await new Promise((r) => blog.close(r));
});
