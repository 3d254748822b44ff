import { launch } from './harness.mjs';
import { serve } from './static-server.mjs';
const srv = await serve('dist');
const base = srv.url ?? `http://127.0.0.1:${srv.address?.().port ?? srv.port}/`;
console.log(base);
const browser = await launch();
for (const [path, js] of [['ar/projects/io-net/', false], ['hi/chains/solana/', false], ['ja/', true], ['ar/', true]]) {
  for (const [w, h] of [[1280, 800], [390, 844]]) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, javaScriptEnabled: js });
    const page = await ctx.newPage();
    await page.goto(base + path);
    await page.waitForTimeout(js ? 2500 : 300);
    const name = `/tmp/shots/${path.replace(/\W+/g, '_')}${js ? 'js' : 'nojs'}-${w}.png`;
    await page.screenshot({ path: name });
    console.log(name);
    await ctx.close();
  }
}
await browser.close();
srv.close?.();
process.exit(0);
