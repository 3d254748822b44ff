// Accessibility: axe-core on every view in light and dark, and a keyboard-only walk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { start, ready } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

async function axe(page) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  return result;
}

const VIEWS = [
  ['cards', ''],
  ['cards filtered', '?category=compute&chain=solana&q=gpu'],
  ['empty result', '?category=zkml&q=nothing'],
  ['map', '?view=map&chain=solana'],
  ['detail dialog', '?project=synesis-one'],
  ['detail dialog with disclosure and quotes', '?project=cuckoo-ai'],
  ['compare', '?view=compare&compare=akash-network,io-net,render-network'],
  ['compare tray', '?compare=io-net,nosana'],
  ['stats', '?view=stats'],
  ['embed', '?embed=1&category=compute'],
];

for (const scheme of ['light', 'dark']) {
  for (const [name, query] of VIEWS) {
    test(`axe: no violations on ${name} (${scheme})`, async () => {
      // bypassCSP only lets the test inject axe-core; the app's own CSP is tested elsewhere.
      const page = await h.page({ colorScheme: scheme, bypassCSP: true });
      await page.goto(h.base + query);
      await ready(page);
      if (query.includes('project=')) await page.getByRole('dialog').waitFor();
      await page.waitForTimeout(150);
      const violations = await axe(page);
      assert.deepEqual(violations, []);
      await page.context().close();
    });
  }
}

test('keyboard only: search, a filter, a card, its dialog, the compare action, with visible focus', async () => {
  const page = await h.page();
  await page.goto(h.base);
  await ready(page);
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const after = getComputedStyle(el, '::after');
    // A card's ring is the card's own outline (content-visibility clips its contents').
    const card = el.classList.contains('card__open') ? getComputedStyle(el.closest('.card')) : null;
    const visible = style.outlineStyle !== 'none' && style.outlineWidth !== '0px'
      || after.outlineStyle !== 'none' && after.outlineWidth !== '0px'
      || !!card && card.outlineStyle !== 'none' && card.outlineWidth !== '0px';
    return { tag: el.tagName, type: el.type, id: el.id, cls: el.className, name: el.getAttribute('aria-label') || el.textContent.trim().slice(0, 40), visible };
  });
  const tabTo = async (pred, max = 200) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      if (pred(f)) return f;
    }
    throw new Error('not reached by Tab');
  };
  let f = await tabTo((x) => x.type === 'search');
  assert.ok(f.visible, 'search box shows focus');
  await page.keyboard.type('gpu');
  f = await tabTo((x) => x.id === 'f-chain-solana');
  assert.ok(f.visible, 'checkbox shows focus');
  await page.keyboard.press('Space');
  await page.waitForURL(/chain=solana/);
  f = await tabTo((x) => x.cls === 'card__open');
  assert.ok(f.visible, 'card shows focus');
  const opener = f.id;
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor();
  f = await focused();
  assert.ok(f.visible, 'dialog focus visible');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !location.search.includes('project='));
  assert.equal((await focused()).id, opener, 'focus back on the card');
  f = await tabTo((x) => x.cls === 'card__compare');
  assert.ok(f.visible, 'compare toggle shows focus');
  await page.keyboard.press('Enter');
  await page.waitForURL(/compare=/);
  await page.context().close();
});

test('reduced motion: the loading shimmer does not animate', async () => {
  const page = await h.page();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.route('**/data/{first-view,landscape,landscape.es-en}.json', () => {}); // never answers: skeleton stays
  // A URL with a query (the prerendered first view only stands for the bare URL).
  await page.goto(h.base + '?chain=solana');
  await page.waitForSelector('.skeleton__card');
  const anim = await page.$eval('.skeleton__card', (el) => getComputedStyle(el).animationName);
  assert.equal(anim, 'none');
  await page.context().close();
});

test('reduced motion: the loading note behind the prerendered view still waits before it appears', async () => {
  const page = await h.page();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.route('**/data/{first-view,landscape,landscape.es-en}.json', () => {}); // never answers
  await page.goto(h.base);
  const note = page.locator('.loading-note');
  await note.waitFor({ state: 'attached' });
  const shownAt = await page.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector('.loading-note');
    const t0 = performance.now();
    const tick = () => (getComputedStyle(el).visibility === 'visible' ? resolve(performance.now() - t0) : requestAnimationFrame(tick));
    tick();
  }));
  assert.ok(shownAt > 300, `the note appeared after ${shownAt} ms`);
  await page.context().close();
});
