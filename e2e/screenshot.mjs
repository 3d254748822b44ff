// Screenshots of the release build for looking at it: node e2e/screenshot.mjs OUT_DIR [QUERY...]
// Each query is shot at 1280×800 and 390×844 (full page), e.g. "?view=map" "?project=io-net&theme=dark".
import fs from 'node:fs';
import { start, ready } from './harness.mjs';

const [out = 'e2e/artifacts', ...queries] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const h = await start();
try {
  for (const q of queries.length ? queries : ['']) {
    for (const [w, hgt] of [[1280, 800], [390, 844]]) {
      const page = await h.page({ width: w, height: hgt });
      await page.goto(h.base + q);
      await ready(page).catch(() => {});
      await page.waitForTimeout(300);
      const name = `${out}/${(q || 'home').replace(/[^a-z0-9]+/gi, '_')}-${w}.png`;
      await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
      console.log(name, page.errors.length ? page.errors : '');
      await page.context().close();
    }
  }
} finally {
  await h.close();
}
