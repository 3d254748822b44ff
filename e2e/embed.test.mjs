// End-to-end tests of embedding: a blog page on another origin pastes the loader snippet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { start } from './harness.mjs';
import { inCategory, sorted } from './data.mjs';
import { readmeSnippet, readmeSiteConfig } from './docusaurus/make-site.mjs';
import zlib from 'node:zlib';

let h;
let blog;
let blogUrl;
let pages = {};

before(async () => {
  h = await start({ dir: 'target/dist-landscape', prefix: '/landscape/' });
  // The "blog": another origin (another port) serving pages registered by the tests.
  blog = http.createServer((req, res) => {
    const body = pages[new URL(req.url, 'http://x').pathname];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body || 'not found');
  });
  await new Promise((r) => blog.listen(0, '127.0.0.1', r));
  blogUrl = `http://127.0.0.1:${blog.address().port}`;
});
after(async () => {
  await h?.close();
  await new Promise((r) => blog?.close(r));
});

const post = (paras, snippets) => `<!doctype html><html><head><meta charset="utf-8"><title>A blog post</title>
<style>body{font-family:sans-serif;max-width:760px;margin:24px auto;padding:0 12px}</style></head><body>
<h1>Decentralized AI, in a post</h1><p id="before">${paras}</p>${snippets}<p id="after">The end.</p></body></html>`;
const snippet = (view, extra = '') => `<script src="${h.base}embed.js" data-view="${view}"${extra} async></script>`;

async function blogPage(name, html, opts) {
  pages['/' + name] = html;
  const page = await h.page(opts);
  await page.goto(`${blogUrl}/${name}`);
  return page;
}

async function settledHeight(page, index = 0) {
  // Wait until the iframe's height stops changing.
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const hgt = await page.$$eval('iframe', (els, i) => els[i].getBoundingClientRect().height, index);
    if (hgt === last && hgt !== 480) return hgt;
    last = hgt;
    await page.waitForTimeout(150);
  }
  return last;
}

test('the snippet inserts a sized iframe where it stands, showing the chosen filter', async () => {
  const page = await blogPage('one', post('Compute marketplaces:', snippet('category=compute')));
  const iframe = page.locator('iframe');
  await iframe.waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('iframe').previousElementSibling.id), 'before');
  assert.equal(await iframe.getAttribute('loading'), 'lazy');
  assert.ok(await iframe.getAttribute('title'));
  const frame = page.frameLocator('iframe');
  await frame.locator('.grid[aria-busy="false"]').waitFor();
  const ids = await frame.locator('article[data-project]').evaluateAll((els) => els.map((e) => e.dataset.project));
  assert.deepEqual(sorted(ids), sorted(inCategory('compute')));
  assert.equal(await frame.locator('.site-header').count(), 0);
  const full = frame.getByRole('link', { name: /Open full explorer/ });
  assert.equal(await full.getAttribute('target'), '_blank');
  assert.ok(!(await full.getAttribute('href')).includes('embed=1'));
  assert.match(await full.getAttribute('href'), /category=compute/);

  const hgt = await settledHeight(page);
  const inner = await page.frames()[1].evaluate(() => ({
    content: document.querySelector('.app').scrollHeight,
    scroll: document.documentElement.scrollHeight,
    client: document.documentElement.clientHeight,
  }));
  assert.ok(Math.abs(hgt - inner.content) <= 4, `iframe ${hgt}px vs content ${inner.content}px`);
  assert.ok(inner.scroll <= inner.client + 1, 'no inner scrollbar');
  await page.context().close();
});

test('the iframe shrinks and grows when a search inside changes the content', async () => {
  const page = await blogPage('search', post('All:', snippet('')));
  const frame = page.frameLocator('iframe');
  // Each measure once the grid has built every card due (it builds a few per frame).
  const measured = async () => {
    await frame.locator('.grid[aria-busy="false"]').waitFor();
    return settledHeight(page);
  };
  const tall = await measured();
  await frame.locator('input[type=search]').fill('solana');
  const short = await measured();
  assert.ok(short < tall - 200, `${short} < ${tall}`);
  await frame.locator('input[type=search]').fill('');
  const again = await measured();
  // Cards off screen are laid out at an estimated size (content-visibility) until first
  // shown, so the grown height follows the content rather than the first one exactly.
  const content = await frame.locator('.app').evaluate((e) => e.scrollHeight);
  assert.ok(again > short + 200 && Math.abs(again - content) <= 4, `${again} ≈ content ${content} (first ${tall})`);
  await page.context().close();
});

test('resize messages from another window or origin are ignored', async () => {
  const page = await blogPage('spoof', post('Spoof:', snippet('category=nft') +
    `<iframe id="other" srcdoc="<script>parent.postMessage({type:'landscape:resize',height:42},'*')</script>"></iframe>`));
  await page.frameLocator('iframe >> nth=0').locator('article[data-project]').first().waitFor();
  const before = await settledHeight(page, 0);
  await page.evaluate(() => window.postMessage({ type: 'landscape:resize', height: 33 }, '*'));
  await page.evaluate(() => { document.getElementById('other').srcdoc += ' '; });
  await page.waitForTimeout(500);
  const afterH = await page.$$eval('iframe', (els) => els[0].getBoundingClientRect().height);
  assert.equal(afterH, before);
  await page.context().close();
});

test('two embeds on one page size independently', async () => {
  const page = await blogPage('two', post('Two:', snippet('category=compute') + '<p>between</p>' + snippet('category=nft')), { width: 1280, height: 2400 });
  await page.frameLocator('iframe >> nth=0').locator('article[data-project]').first().waitFor();
  await page.frameLocator('iframe >> nth=1').locator('.grid[aria-busy="false"]').waitFor();
  const a = await settledHeight(page, 0);
  const b = await settledHeight(page, 1);
  assert.ok(a > b + 200, `compute ${a}px should be taller than nft ${b}px`);
  const ids = await page.frameLocator('iframe >> nth=1').locator('article[data-project]').evaluateAll((els) => els.map((e) => e.dataset.project));
  assert.deepEqual(sorted(ids), sorted(inCategory('nft')));
  await page.context().close();
});

test('using filters inside the embed leaves the host history unchanged', async () => {
  const page = await blogPage('history', post('History:', snippet('')));
  const frame = page.frameLocator('iframe');
  await frame.locator('article[data-project]').first().waitFor();
  const before = await page.evaluate(() => history.length);
  await frame.getByRole('button', { name: /Filters/ }).click();
  await frame.getByRole('checkbox', { name: /^Solana/ }).check();
  await frame.locator('input[type=search]').fill('gpu');
  await frame.locator('article[data-project] .card__open').first().click();
  await frame.getByRole('dialog').waitFor();
  assert.equal(await page.evaluate(() => history.length), before);
  await page.context().close();
});

test('theme, accent and transparent background are applied in the embed', async () => {
  const page = await blogPage('theme', post('Theme:', snippet('accent=ff6600&bg=transparent', ' data-theme="dark" data-lang="es"')));
  await page.frameLocator('iframe').locator('article[data-project]').first().waitFor();
  const f = page.frames().find((x) => x.url().includes('embed=1'));
  const props = await f.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    lang: document.documentElement.lang,
    accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
    bg: getComputedStyle(document.body).backgroundColor,
  }));
  assert.deepEqual(props, { theme: 'dark', lang: 'es', accent: '#ff6600', bg: 'rgba(0, 0, 0, 0)' });
  await page.context().close();
});

test('the sub-path build serves the app, its data and embed.js under /landscape/', async () => {
  const page = await h.page();
  await page.goto(h.base + '?category=data');
  await page.waitForSelector('.grid[aria-busy="false"]');
  assert.deepEqual(sorted(await page.$$eval('article[data-project]', (els) => els.map((e) => e.dataset.project))), sorted(inCategory('data')));
  assert.deepEqual(page.errors, []);
  const js = await page.request.get(h.base + 'embed.js');
  assert.equal(js.status(), 200);
  // 2.25 KB: the loader also tells each frame the part of it in sight, below a blog's sticky
  // navbar (issue 28), so details open where the reader is.
  assert.ok(zlib.gzipSync(await js.body()).length < 2304, 'embed.js stays under 2.25 KB gzip');
  // A wrong path answered by the host's 404.html still opens the explorer, at its base.
  const deep = await h.page();
  await deep.goto(h.base + '404.html?chain=solana');
  await deep.waitForSelector('article[data-project]');
  await deep.waitForFunction(() => location.pathname === '/landscape/' && location.search === '?chain=solana');
  await page.context().close();
  await deep.context().close();
});

test('the Embed dialog writes the README snippet for the current view, the Docusaurus line, and previews the real thing', async () => {
  const page = await h.page();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(h.base + '?category=compute&chain=solana');
  await page.waitForSelector('article[data-project]');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: /Embed this view/ });
  await dialog.waitFor();
  const code = await page.inputValue('#embed-script');
  assert.equal(code, readmeSnippet().replaceAll('https://HOST/PATH/', h.base));
  assert.equal(await page.inputValue('#embed-site'), readmeSiteConfig().replaceAll('https://HOST/PATH/', h.base));
  assert.match(await dialog.textContent(), /docusaurus\.config\.js/);
  await dialog.getByRole('button', { name: 'Copy code' }).first().click();
  await dialog.getByRole('button', { name: 'Code copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  // The preview is the snippet itself in a page: the loader sizes the embed inside it.
  const inner = page.frameLocator('.embed__preview').frameLocator('iframe');
  await inner.locator('.grid[aria-busy="false"]').waitFor();
  const preview = page.frames().find((f) => f.url() === 'about:srcdoc');
  await preview.waitForFunction(() => parseFloat(document.querySelector('iframe').style.height) > 0);
  assert.equal(await preview.evaluate(() => document.querySelectorAll('script[src$="embed.js"]').length), 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// The snippet as blog authors copy it from the README, pasted into plain HTML pages.
const readmeFor = (view, base = h.base) => readmeSnippet()
  .replaceAll('https://HOST/PATH/', base).replace('category=compute&chain=solana', view);

const hostPage = ({ lang = 'en', htmlAttrs = '', bodyAttrs = '', head = '' } = {}, body) => `<!doctype html>
<html lang="${lang}"${htmlAttrs}><head><meta charset="utf-8"><title>A post</title>${head}
<style>body{font-family:sans-serif;max-width:760px;margin:24px auto;padding:0 12px}</style></head>
<body${bodyAttrs}><h1>A post</h1><p id="before">Compute:</p>${body}<p id="after">The end.</p></body></html>`;

async function frameOf(page, i = 0) {
  const el = page.locator('iframe').nth(i);
  await el.waitFor();
  const frame = await (await el.elementHandle()).contentFrame();
  await frame.waitForSelector('.grid[aria-busy="false"]', { timeout: 20000 });
  return { el, frame };
}

test('README snippet in a plain page: sized in place, and the script may come first, last or twice', async () => {
  for (const [name, body] of [
    ['after', readmeFor('category=compute')],
    ['first', `<script src="${h.base}embed.js" async></script>` + readmeFor('category=compute').split('\n')[0]],
    ['twice', readmeFor('category=compute') + readmeFor('category=nft')],
  ]) {
    const page = await blogPage('plain-' + name, hostPage({}, body));
    const { el, frame } = await frameOf(page);
    assert.equal(await el.evaluate((e) => {
      let p = e.previousElementSibling;
      while (p && p.tagName === 'SCRIPT') p = p.previousElementSibling;
      return p.id;
    }), 'before');
    const hgt = await settledHeight(page);
    const content = await frame.evaluate(() => document.querySelector('.app').scrollHeight);
    assert.ok(Math.abs(hgt - content) <= 4, `${name}: iframe ${hgt}px vs content ${content}px`);
    assert.equal(await el.evaluate((e) => getComputedStyle(e).borderTopWidth), '0px');
    assert.deepEqual(sorted(await frame.$$eval('article[data-project]', (els) => els.map((e) => e.dataset.project))), sorted(inCategory('compute')));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('without the script the iframe works at its fixed height, with its own scrollbar', async () => {
  const page = await blogPage('noscript', hostPage({}, readmeFor('').split('\n')[0]), { width: 390, height: 844 });
  const { el, frame } = await frameOf(page);
  await page.waitForTimeout(500);
  assert.equal(await el.evaluate((e) => e.getBoundingClientRect().height), 724, '720 px plus the default border');
  assert.ok(await frame.evaluate(() => document.documentElement.scrollHeight > document.documentElement.clientHeight));
  await page.context().close();
});

test('the embed follows the host page: <html lang>, a dark class, data-theme and color-scheme, live and without reload', async () => {
  const page = await blogPage('follow', hostPage({ lang: 'es-MX' }, readmeFor('')), { locale: 'en-US' });
  const { frame } = await frameOf(page);
  await frame.waitForFunction(() => document.documentElement.lang === 'es');
  assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme || null), null, 'no host theme: the system\'s');
  await frame.evaluate(() => { window.__kept = true; });
  const hist = await page.evaluate(() => history.length);
  const themeIs = (t) => frame.waitForFunction((t) => (document.documentElement.dataset.theme || null) === t, t, { timeout: 3000 });
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await themeIs('dark');
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
  await themeIs(null);
  await page.evaluate(() => document.body.classList.add('dark'));
  await themeIs('dark');
  await page.evaluate(() => { document.body.classList.remove('dark'); document.documentElement.dataset.theme = 'light'; });
  await themeIs('light');
  await page.evaluate(() => { delete document.documentElement.dataset.theme; document.documentElement.style.colorScheme = 'dark'; });
  await themeIs('dark');
  await page.evaluate(() => { document.documentElement.lang = 'en'; });
  await frame.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await frame.evaluate(() => window.__kept), true, 'not reloaded');
  assert.equal(await page.evaluate(() => history.length), hist);
  assert.ok(!(await frame.evaluate(() => location.search)).includes('theme'), 'the URL is untouched');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an explicit theme or language in the embed URL stays fixed whatever the host says', async () => {
  const page = await blogPage('fixed', hostPage({ lang: 'es', htmlAttrs: ' data-theme="dark"' }, readmeFor('theme=light&lang=en')));
  const { frame } = await frameOf(page);
  await page.waitForTimeout(500);
  assert.deepEqual(await frame.evaluate(() => [document.documentElement.dataset.theme, document.documentElement.lang]), ['light', 'en']);
  await page.context().close();
});

test('host messages are taken only from the parent window, with valid values', async () => {
  // A sibling frame of the blog's origin tries to restyle the embed; the parent sends junk.
  const page = await blogPage('spoof-host', hostPage({}, readmeFor('') +
    `<iframe id="sib" srcdoc="<p>sibling</p>"></iframe>`));
  const { frame } = await frameOf(page, 0);
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    const target = document.querySelectorAll('iframe')[0].contentWindow;
    const sib = document.getElementById('sib').contentWindow;
    sib.eval(`parent.frames[0].postMessage({ type: 'landscape:host', theme: 'dark', lang: 'es' }, '*')`);
    target.postMessage({ type: 'landscape:host', theme: '<b>dark</b>', lang: 'xx' }, '*');
    target.postMessage('landscape:host dark', '*');
  });
  await page.waitForTimeout(500);
  assert.deepEqual(await frame.evaluate(() => [document.documentElement.dataset.theme || null, document.documentElement.lang]), [null, 'en']);
  // A frame of another origin is neither sized nor themed by the loader.
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await frame.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assert.equal(await page.evaluate(() => document.getElementById('sib').style.height), '');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
