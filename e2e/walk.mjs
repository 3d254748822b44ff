// A seeded random walk over everything a reader can do in the explorer: switch views, tick
// and untick filters, click heatmap cells and map tiles, open and close the details, add and
// remove compared projects, type and clear a search, change language and theme, Back,
// Forward and reload. After every step: no panic panel and no console error.
//
// Used by e2e/walk.test.mjs (CI, fixed seed) and by `cargo xtask walk --seed N --steps M`
// (any seed, any length). A failure names the seed, the step and the steps before it, so
// `cargo xtask walk --seed N --steps M` replays it exactly.

import { ready } from './harness.mjs';

/** mulberry32: a small, well-known 32-bit PRNG; the same seed gives the same walk. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['gpu', 'solana', 'agent', 'zk', 'datos', 'render', 'ai', 'cómputo', 'io', 'xyz-nothing'];

/** Clicks the `n`-th (by the PRNG) visible element of `selector`; false if none. */
async function clickSome(page, pick, selector) {
  const els = await page.locator(selector).filter({ visible: true }).all();
  if (els.length === 0) return null;
  const el = els[Math.floor(pick() * els.length)];
  const name = (await el.getAttribute('data-project')) || (await el.getAttribute('aria-label'))
    || (await el.getAttribute('data-project-tile')) || (await el.textContent())?.trim().slice(0, 30);
  await el.click({ timeout: 3000 });
  return name;
}

/** The reader's actions: each says whether it applies now and what it did. */
const ACTIONS = [
  ['view', 4, async (page, pick) => clickSome(page, pick, '.toolbar__views .tab')],
  ['facet', 4, async (page, pick) => clickSome(page, pick, '#facets input[type="checkbox"]')],
  ['heatmap cell', 2, async (page, pick) => clickSome(page, pick, '.heat__cell')],
  ['chart bar', 1, async (page, pick) => clickSome(page, pick, '.chart__bar')],
  ['map tile', 2, async (page, pick) => clickSome(page, pick, '.tile__button')],
  ['timeline', 2, async (page, pick) => clickSome(page, pick, '[data-event-filter], [data-timeline] .timeline__project')],
  ['open details', 3, async (page, pick) => clickSome(page, pick, 'article[data-project] .card__open')],
  ['close details', 2, async (page) => {
    if (!(await page.locator('dialog[open]').count())) return null;
    await page.keyboard.press('Escape');
    return 'Escape';
  }],
  ['compare toggle', 3, async (page, pick) => clickSome(page, pick, 'article[data-project] .card__compare, .details__actions button[aria-pressed], [data-compare-similar]')],
  ['tray remove', 1, async (page, pick) => clickSome(page, pick, '.tray .chip__remove')],
  ['tray compare', 1, async (page, pick) => clickSome(page, pick, '[data-compare-go]')],
  ['compare remove column', 1, async (page, pick) => clickSome(page, pick, '.compare__col-actions button:not([disabled])')],
  ['type', 3, async (page, pick) => {
    const box = page.locator('#search');
    if (!(await box.isVisible())) return null;
    const w = WORDS[Math.floor(pick() * WORDS.length)];
    await box.click();
    await box.pressSequentially(w, { delay: 5 });
    return w;
  }],
  ['clear search', 2, async (page) => {
    const box = page.locator('#search');
    if (!(await box.isVisible()) || !(await box.inputValue())) return null;
    await box.fill('');
    return 'cleared';
  }],
  ['language', 1, async (page, pick) => {
    const menu = page.locator('.lang-switch__select');
    if (!(await menu.isVisible())) return null;
    const code = ['es', 'en', 'ja', 'ar', 'ru', 'hi'][Math.floor(pick() * 6)];
    await menu.selectOption(code);
    return code;
  }],
  ['theme', 1, async (page, pick) => clickSome(page, pick, '.site-header__tools .btn--icon')],
  ['back', 4, async (page) => travel(page, -1)],
  ['forward', 2, async (page) => travel(page, 1)],
  ['back 2', 1, async (page) => travel(page, -2)],
  ['reload', 1, async (page) => { await page.reload(); await ready(page); return 'reload'; }],
];

/** `history.go(n)`, as the browser's Back and Forward buttons do. */
async function travel(page, n) {
  await page.evaluate((n) => { setTimeout(() => history.go(n), 0); }, n);
  await page.waitForTimeout(30);
  return `go(${n})`;
}

/** Lets the step's effects run: two frames and a short pause (deferred work included). */
async function settle(page) {
  for (let tries = 0; ; tries++) {
    try {
      await page.waitForLoadState('domcontentloaded');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 80)))));
      return;
    } catch (e) {
      // A Back past the first entry, or a reload: the page navigated under us.
      if (tries > 5 || !/context was destroyed|navigat/i.test(String(e))) throw e;
      await page.waitForTimeout(100);
    }
  }
}

/**
 * Walks `steps` steps from `start` (a URL) with `seed`. Returns the log of steps; throws an
 * Error naming the seed and the failing step when a panic panel or console error appears.
 */
export async function walk(page, { start, seed, steps, onStep = () => {} }) {
  const pick = rng(seed);
  const total = ACTIONS.reduce((s, a) => s + a[1], 0);
  const log = [];
  await page.goto(start);
  await ready(page);
  for (let i = 0; i < steps; i++) {
    let done = null;
    // Draw actions until one applies to the page as it is.
    for (let tries = 0; tries < 20 && done === null; tries++) {
      let r = pick() * total;
      const [name, , act] = ACTIONS.find((a) => (r -= a[1]) < 0) || ACTIONS[0];
      try {
        const what = await act(page, pick);
        if (what !== null) done = `${name}: ${what}`;
      } catch (e) {
        // An element that moved or went away between finding and clicking it is not a
        // failure of the app; draw again.
        if (!/Timeout|detached|not visible|intercepts pointer|outside of the viewport/i.test(String(e))) throw e;
      }
    }
    await settle(page);
    if (!page.url().startsWith(new URL(start).origin)) {
      // Back went past the explorer's first entry (the tab's blank page): come back, as a
      // reader would, with Forward; the explorer starts again from that entry.
      done += ' (left the explorer; forward again)';
      await page.goForward();
      await ready(page);
      await settle(page);
    }
    const url = page.url().replace(/^https?:\/\/[^/]+/, '');
    log.push(`${i + 1}. ${done ?? 'nothing applied'} → ${url}`);
    onStep(i, log[log.length - 1]);
    const panic = await page.locator('[data-error="panic"]').count();
    if (panic || page.errors.length) {
      const last = log.slice(-12).join('\n  ');
      throw new Error(
        `walk failed at step ${i + 1} of ${steps}, seed ${seed}` +
        ` (replay: cargo xtask walk --seed ${seed} --steps ${i + 1})\n` +
        `  ${panic ? 'panic panel shown' : 'console error'}: ${page.errors.join(' | ')}\n  last steps:\n  ${last}`,
      );
    }
  }
  return log;
}
