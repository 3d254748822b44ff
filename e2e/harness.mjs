// Shared set-up for the end-to-end tests: the release build served on a free port of
// 127.0.0.1 and the system Chromium driven by playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';
import { serve } from './static-server.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/** Serves `dir` (default dist/) and launches Chromium. Call `close()` when done. */
export async function start({ dir = 'dist', prefix = '/' } = {}) {
  const server = await serve(dir, { prefix });
  const browser = await launch();
  return {
    base: server.url,
    browser,
    /** A fresh page (own context) that records console errors and page errors. */
    async page({ width = 1280, height = 800, colorScheme = 'light', locale = 'en-US', bypassCSP = false } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme, locale, bypassCSP });
      const page = await context.newPage();
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(String(e)));
      page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until the explorer has rendered its first view, and the export's records if the
 * view asks for them (details, comparison, statistics: a busy `[data-records-loading]`
 * stands where they go until they are in). */
export async function ready(page) {
  await page.waitForSelector('#content', { timeout: 20000 });
  await records(page);
}

/** Waits until no view waits for the export's records. */
export async function records(page) {
  await page.waitForFunction(() => !document.querySelector('[data-records-loading]'), null, { timeout: 20000 });
}

/** Waits until the card grid has built every card due: it adds them a few per frame
 * after a change and says `aria-busy="true"` meanwhile (also fine when no grid is shown). */
export async function settled(page) {
  await page.waitForFunction(() => !document.querySelector('.grid[aria-busy="true"], [data-records-loading]'), null, { timeout: 10000 });
}

/** The project ids of the cards on the page, in order, once the grid has settled. */
export async function cardIds(page) {
  await settled(page);
  return page.$$eval('article[data-project]', (els) => els.map((e) => e.dataset.project));
}

/** The current query string parsed as an object of arrays. */
export function params(page) {
  return new URL(page.url()).searchParams;
}
