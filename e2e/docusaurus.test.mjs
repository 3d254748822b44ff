// End-to-end tests of the embed in a real Docusaurus 3 blog (React 19, npm packages pinned in
// e2e/docusaurus/package-lock.json; React 18 in e2e/docusaurus-react18/), built by e2e/docusaurus/make-site.mjs from the README's
// snippet and the article's own Markdown, and served on another origin than the explorer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { start } from './harness.mjs';
import { inCategory, sorted, projects } from './data.mjs';
import { buildSite, EXPLORER_PLACEHOLDER } from './docusaurus/make-site.mjs';

let h;
const blogs = {};

/** Serves a Docusaurus build the way a static host does, with the explorer's placeholder
 * address swapped for the real one in HTML and JS. */
function serveBlog(dir, explorerBase) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.xml': 'application/xml', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' };
  const server = http.createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = path.join(dir, p);
    if (!file.startsWith(dir)) { res.writeHead(403); return res.end(); }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    else if (!fs.existsSync(file) && fs.existsSync(file + '.html')) file += '.html';
    let status = 200;
    if (!fs.existsSync(file)) { file = path.join(dir, '404.html'); status = 404; }
    const ext = path.extname(file);
    let body = fs.readFileSync(file);
    if (ext === '.html' || ext === '.js') body = body.toString('utf8').replaceAll(EXPLORER_PLACEHOLDER, explorerBase);
    res.writeHead(status, { 'content-type': types[ext] || 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(body);
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r({
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((c) => server.close(c)),
  })));
}

/** The React version a build bundled (react-dom carries its version string). */
function bundledReact(dir) {
  const js = path.join(dir, 'assets/js');
  const all = fs.readdirSync(js).map((f) => fs.readFileSync(path.join(js, f), 'utf8')).join('\n');
  return ['19.2.1', '18.3.1'].filter((v) => all.includes(`"${v}"`));
}

before(async () => {
  h = await start({ dir: 'target/dist-landscape', prefix: '/landscape/' });
  for (const variant of ['post', 'site']) blogs[variant] = await serveBlog(buildSite(variant), h.base);
  for (const variant of ['post', 'site']) {
    const dir = buildSite(variant, { react: 18 });
    assert.deepEqual(bundledReact(dir), ['18.3.1'], 'the React 18 site bundles React 18');
    blogs['18-' + variant] = await serveBlog(dir, h.base);
  }
  assert.deepEqual(bundledReact(buildSite('post')), ['19.2.1'], 'the default site bundles React 19');
});
after(async () => {
  await h?.close();
  for (const b of Object.values(blogs)) await b.close();
});

/** A fresh page on the blog that records every console error (React's included). The
 * article's cover image lives on the publisher's CDN, out of reach here: it gets an empty
 * answer rather than a network error. */
async function blogPage(opts) {
  const page = await h.page(opts);
  await page.route((url) => !url.hostname.startsWith('127.0.0.1'), (r) => r.fulfill({ status: 204, body: '' }));
  return page;
}

const noErrors = (page) => assert.deepEqual(page.errors, [], 'console errors');

/** The explorer frame shown in the page (waits until it has cards and a settled height). */
async function embedFrame(page, index = 0) {
  const iframe = page.locator('article iframe').nth(index);
  await iframe.waitFor();
  await iframe.scrollIntoViewIfNeeded();
  const handle = await iframe.elementHandle();
  const frame = await handle.contentFrame();
  await frame.waitForSelector('.grid[aria-busy="false"]', { timeout: 20000 });
  return { iframe, frame };
}

/** Waits until the iframe's height matches its content, and returns both. */
async function settledSize(page, iframe, frame) {
  let last = null;
  for (let i = 0; i < 60; i++) {
    const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => ({
      content: document.querySelector('.app').scrollHeight,
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
    }));
    if (last && last.outer === outer && Math.abs(outer - inner.content) <= 4) return { outer, ...inner };
    last = { outer, ...inner };
    await page.waitForTimeout(100);
  }
  return last;
}

/** Asserts the one embed of the page stands right after the list it follows in the post,
 * is the only iframe in the document, is sized to its content and has no inner scrollbar. */
async function assertPlacedAndSized(page, { after, ids }) {
  await page.locator('article iframe').first().waitFor();
  assert.equal(await page.locator('iframe').count(), 1, 'one iframe in the whole document');
  assert.equal(await page.locator('head iframe').count(), 0);
  const { iframe, frame } = await embedFrame(page);
  if (after) {
    const prev = await iframe.evaluate((el) => {
      const p = el.closest('p') && el.closest('p').children.length === 1 ? el.closest('p') : el;
      return (p.previousElementSibling?.textContent || '').slice(-120);
    });
    assert.ok(prev.includes(after), `the embed follows "${after}" (found "${prev}")`);
  }
  const width = await iframe.evaluate((el) => [el.getBoundingClientRect().width, el.closest('article').getBoundingClientRect().width]);
  assert.ok(Math.abs(width[0] - width[1]) <= 2, `iframe as wide as the post: ${width}`);
  const size = await settledSize(page, iframe, frame);
  assert.ok(Math.abs(size.outer - size.content) <= 4, `iframe ${size.outer}px vs content ${size.content}px`);
  assert.ok(size.scroll <= size.client + 1, `no inner scrollbar (${size.scroll} > ${size.client})`);
  if (ids) {
    const shown = await frame.$$eval('article[data-project]', (els) => els.map((e) => e.dataset.project));
    assert.deepEqual(sorted(shown), sorted(ids));
  }
  return { iframe, frame };
}

/** From the page shown, by client-side navigation: `link` → the overview post → the NFT
 * post (the paginator's "Newer post") → Back; each time one sized embed in its place.
 * Returns the NFT post's embed frame (before Back). */
async function navigateThrough(page, link, { onNft } = {}) {
  await page.getByRole('link', { name: link }).first().click();
  await page.waitForURL(/descentralizando-la-ia/);
  await assertPlacedAndSized(page, { after: lastComputeBullet, ids: computeOnSolana });
  await page.getByRole('link', { name: /NFT projects/ }).first().click();
  await page.waitForURL(/\/nft$/);
  const nft = await assertPlacedAndSized(page, { after: 'The NFT section', ids: inCategory('nft') });
  if (onNft) await onNft(nft);
  await page.goBack();
  await page.waitForURL(/descentralizando-la-ia/);
  await assertPlacedAndSized(page, { after: lastComputeBullet, ids: computeOnSolana });
}

const computeOnSolana = projects
  .filter((p) => p.categories.includes('compute') && p.chains.some((c) => c.id === 'solana'))
  .map((p) => p.id);
const lastComputeBullet = 'modelo único de reparto de ingresos para los poseedores de tokens.';

for (const width of [1280, 390]) {
  test(`Docusaurus (React 19), snippet in the post: direct load at ${width} px puts one sized embed after the compute list`, async () => {
    const page = await blogPage({ width, height: 844 });
    await page.goto(`${blogs.post.url}/blog/descentralizando-la-ia`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const { frame } = await assertPlacedAndSized(page, { after: lastComputeBullet, ids: computeOnSolana });
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en', 'the English blog gets an English embed');
    // The embed shows the projects' logos, inside the real blog.
    await page.locator('article iframe').scrollIntoViewIfNeeded();
    await frame.waitForFunction(() => {
      const img = document.querySelector('article[data-project] .logo__img');
      return img && img.complete && img.naturalWidth > 0;
    }, null, { timeout: 10000 });
    await page.waitForTimeout(3500); // React 18 used to drop the iframe about 3 s after load
    assert.equal(await page.locator('article iframe').count(), 1, 'still there after hydration');
    noErrors(page);
    await page.context().close();
  });
}

test('Docusaurus (React 19), snippet in the post: client-side navigation index → post → another post → Back', async () => {
  const page = await blogPage();
  await page.goto(`${blogs.post.url}/blog`);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  assert.equal(await page.locator('iframe').count(), 0, 'the index shows the posts up to their truncate marker');
  const before = await page.evaluate(() => { window.__sameDocument = true; return history.length; });
  await navigateThrough(page, 'Descentralizando la IA: Una Visión General');
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'all client-side, no reload');
  assert.equal(await page.evaluate(() => history.length), before + 2);
  noErrors(page);
  await page.context().close();
});

test('Docusaurus: the embed follows the blog\'s dark-mode toggle live, keeps its state, and stays dark after a reload', async () => {
  const page = await blogPage();
  await page.goto(`${blogs.post.url}/blog/descentralizando-la-ia`);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  const { frame } = await embedFrame(page);
  const theme = () => frame.evaluate(() => document.documentElement.dataset.theme || null);
  await frame.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  // Something the reader did inside the embed, which a reload would lose.
  await frame.fill('input[type=search]', 'gpu');
  await frame.evaluate(() => { window.__kept = true; });
  const hist = await page.evaluate(() => history.length);
  const toggle = page.getByRole('button', { name: /dark and light mode/ }).first();
  for (let i = 0; i < 3 && (await page.evaluate(() => document.documentElement.dataset.theme)) !== 'dark'; i++) await toggle.click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await frame.waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, { timeout: 3000 });
  const bg = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.notEqual(bg, 'rgb(255, 255, 255)', 'dark background');
  assert.equal(await frame.evaluate(() => window.__kept), true, 'the iframe was not reloaded');
  assert.equal(await frame.inputValue('input[type=search]'), 'gpu');
  assert.equal(await page.evaluate(() => history.length), hist, 'no history entry');
  await page.reload();
  await page.waitForSelector('html[data-has-hydrated="true"]');
  const again = await embedFrame(page);
  await again.frame.waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, { timeout: 5000 });
  for (let i = 0; i < 3 && (await page.evaluate(() => document.documentElement.dataset.theme)) !== 'light'; i++) await toggle.click();
  await again.frame.waitForFunction(() => document.documentElement.dataset.theme === 'light', null, { timeout: 3000 });
  assert.ok(theme);
  noErrors(page);
  await page.context().close();
});

test('Docusaurus: the Spanish locale gets a Spanish embed, whatever the browser\'s language', async () => {
  const page = await blogPage({ locale: 'en-US' });
  await page.goto(`${blogs.post.url}/es/blog/descentralizando-la-ia`);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  const { frame } = await assertPlacedAndSized(page, { after: lastComputeBullet, ids: computeOnSolana });
  await frame.waitForFunction(() => document.documentElement.lang === 'es', null, { timeout: 3000 });
  assert.match(await frame.locator('input[type=search]').getAttribute('placeholder'), /Busca/i);
  noErrors(page);
  await page.context().close();

  const es = await blogPage({ locale: 'es-ES' });
  await es.goto(`${blogs.post.url}/blog/descentralizando-la-ia`);
  const f2 = (await embedFrame(es)).frame;
  await f2.waitForTimeout(300);
  assert.equal(await f2.evaluate(() => document.documentElement.lang), 'en', 'an English page keeps its embed English');
  noErrors(es);
  await es.context().close();
});

test('Docusaurus: the Japanese and Arabic locales get a Japanese and an Arabic embed, Arabic right to left', async () => {
  for (const [loc, script, dir] of [['ja', /[\u3040-\u30FF\u4E00-\u9FFF]/, 'ltr'], ['ar', /[\u0600-\u06FF]/, 'rtl']]) {
    const page = await blogPage({ locale: 'en-US' });
    await page.goto(`${blogs.post.url}/${loc}/blog/descentralizando-la-ia`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [loc, dir]);
    const { frame } = await embedFrame(page);
    await frame.waitForFunction((loc) => document.documentElement.lang === loc, loc, { timeout: 5000 });
    assert.equal(await frame.evaluate(() => document.documentElement.dir), dir);
    await frame.waitForFunction((src) => {
      const s = [...document.querySelectorAll('article[data-project] .card__summary')];
      return s.length > 0 && s.every((e) => new RegExp(src).test(e.textContent));
    }, script.source, { timeout: 10000 });
    // The embed's interface speaks the locale too (locales/<code>.json): the cards' compare toggle.
    assert.match(await frame.locator('article[data-project] .card__compare').first().textContent(), script);
    if (dir === 'rtl') {
      const [card, grid] = await Promise.all([
        frame.locator('article[data-project]').first().boundingBox(),
        frame.locator('.grid').boundingBox(),
      ]);
      assert.ok(Math.abs(card.x + card.width - (grid.x + grid.width)) < 2, 'the first card at the right edge');
    }
    noErrors(page);
    await page.context().close();
  }
});

test('Docusaurus, loader once in docusaurus.config.js: iframe-only posts size themselves, also after client-side navigation', async () => {
  const page = await blogPage({ width: 390, height: 844 });
  await page.goto(`${blogs.site.url}/blog/no-embed`);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  assert.equal(await page.locator('script[src*="embed.js"]').count(), 1, 'the site-wide loader');
  await navigateThrough(page, 'the overview');
  noErrors(page);
  await page.context().close();
});

test('Docusaurus: using the embed leaves the blog\'s history as it was', async () => {
  const page = await blogPage();
  await page.goto(`${blogs.site.url}/blog/descentralizando-la-ia`);
  const { frame } = await embedFrame(page);
  const before = await page.evaluate(() => history.length);
  await frame.getByRole('button', { name: /Filters/ }).click();
  await frame.getByRole('checkbox', { name: /^Ethereum/ }).check();
  await frame.locator('article[data-project] .card__open').first().click();
  await frame.getByRole('dialog').waitFor();
  await frame.locator('body').press('Escape');
  await frame.getByRole('button', { name: 'Map', exact: true }).click();
  await frame.locator('article[data-project]').first().waitFor({ state: 'detached' }).catch(() => {});
  assert.equal(await page.evaluate(() => history.length), before);
  noErrors(page);
  await page.context().close();
});

test('Docusaurus on React 18, snippet in the post: a direct load hydrates without error and keeps one sized embed', async () => {
  const page = await blogPage({ width: 390, height: 844 });
  await page.goto(`${blogs['18-post'].url}/blog/descentralizando-la-ia`);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  assert.match(await page.locator('meta[name=generator]').getAttribute('content'), /Docusaurus v3\.10\.2/);
  await assertPlacedAndSized(page, { after: lastComputeBullet, ids: computeOnSolana });
  await page.waitForTimeout(3500); // the old loader's iframe was dropped by React about 3 s after load
  assert.equal(await page.locator('article iframe').count(), 1);
  noErrors(page);
  await page.context().close();
});

test('Docusaurus on React 18, loader in docusaurus.config.js: embeds size themselves across client-side navigation and follow the dark toggle', async () => {
  const page = await blogPage();
  await page.goto(`${blogs['18-site'].url}/blog`);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await navigateThrough(page, 'Descentralizando la IA: Una Visión General', {
    onNft: async ({ frame }) => {
      const toggle = page.getByRole('button', { name: /dark and light mode/ }).first();
      for (let i = 0; i < 3 && (await page.evaluate(() => document.documentElement.dataset.theme)) !== 'dark'; i++) await toggle.click();
      await frame.waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, { timeout: 3000 });
    },
  });
  noErrors(page);
  await page.context().close();
});

test('Docusaurus, full-landscape embed: details opened low in the list appear in the part of the frame the reader sees', async () => {
  for (const [width, height] of [[1280, 800], [390, 844]]) {
    const page = await blogPage({ width, height });
    await page.goto(`${blogs.post.url}/blog/full`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const { iframe, frame } = await embedFrame(page);
    const size = await settledSize(page, iframe, frame);
    assert.ok(size.outer > 4 * height, `the whole landscape makes a tall frame (${size.outer}px)`);
    // A card near the end of the list, brought into view by scrolling the blog.
    const card = frame.locator('article[data-project]').nth(-3);
    await card.scrollIntoViewIfNeeded();
    const id = await card.getAttribute('data-project');
    await card.locator('.card__open').click();
    await frame.waitForSelector(`dialog[open] [data-project-details="${id}"]`);
    await page.waitForTimeout(300);
    const box = await frame.locator('dialog[open]').boundingBox(); // in the blog's viewport
    assert.ok(box.y >= 0 && box.y < height / 2, `dialog top ${Math.round(box.y)}px is in the window (0..${height})`);
    assert.ok(box.y + Math.min(box.height, 300) <= height, `its first 300 px are in the window (height ${Math.round(box.height)})`);
    // Its title is not under the blog's sticky navbar: the blog's topmost element there is the frame.
    const title = await frame.locator('dialog[open] .details__title').boundingBox();
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName, [title.x + 5, title.y + title.height / 2]);
    assert.equal(hit, 'IFRAME', 'the dialog title is not covered by the navbar');
    // Scrolling the blog keeps it with the reader.
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(400);
    const moved = await frame.locator('dialog[open]').boundingBox();
    assert.ok(moved.y >= 0 && moved.y < height / 2, `after scrolling, dialog top ${Math.round(moved.y)}px`);
    await page.keyboard.press('Escape');
    noErrors(page);
    await page.context().close();
  }
});

test('Docusaurus: the snippet\'s iframe allows clipboard-write, and copying in an embed works or falls back to a selected field', async () => {
  const page = await blogPage();
  await page.goto(`${blogs.post.url}/blog/descentralizando-la-ia`);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  const { iframe, frame } = await embedFrame(page);
  assert.match(await iframe.getAttribute('allow'), /clipboard-write/);
  await frame.locator('.toolbar__copy').click();
  const outcome = async () => frame.waitForFunction(() => {
    const b = document.querySelector('.toolbar__copy');
    const field = document.querySelector('.copy-fallback:not([hidden]) .copy-fallback__field');
    if (field && document.activeElement === field && field.selectionStart === 0 && field.selectionEnd === field.value.length && field.value.startsWith('http')) return 'selected';
    if (/copied/i.test(b.textContent)) return 'copied';
    return false;
  }).then((h) => h.jsonValue());
  const first = await outcome();
  assert.ok(['copied', 'selected'].includes(first), first);
  // An iframe pasted without the permission (an older snippet): copying is refused, and the
  // link is offered selected, with a hint, instead of a dead end.
  await iframe.evaluate((el) => { el.removeAttribute('allow'); el.src = el.src; });
  await page.waitForTimeout(500);
  const again = (await iframe.elementHandle().then((h) => h.contentFrame()));
  await again.waitForSelector('.grid[aria-busy="false"]', { timeout: 20000 });
  await again.locator('.toolbar__copy').click();
  const field = again.locator('.copy-fallback:not([hidden]) .copy-fallback__field');
  await field.waitFor();
  const sel = await field.evaluate((f) => [document.activeElement === f, f.selectionStart, f.selectionEnd, f.value]);
  assert.equal(sel[0], true, 'the field has the focus');
  assert.equal(sel[1], 0);
  assert.equal(sel[2], sel[3].length, 'all of the link is selected');
  assert.match(sel[3], /^http:\/\/127\.0\.0\.1:\d+\/landscape\//);
  assert.match(await again.locator('.copy-fallback__hint').textContent(), /Ctrl\+C/);
  await page.context().close();
});
