// The release build works when served under a sub-path (`--public-url /landscape/`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready, cardIds } from './harness.mjs';
import { projects, onChain, sorted } from './data.mjs';

test('the sub-path build loads its assets and data under /landscape/', async () => {
  const h = await start({ dir: 'target/dist-landscape', prefix: '/landscape/' });
  try {
    const page = await h.page();
    await page.goto(h.base + '?chain=solana');
    await ready(page);
    assert.deepEqual(sorted(await cardIds(page)), sorted(onChain('solana')));
    await page.waitForFunction(() => location.pathname === '/landscape/' && location.search === '?chain=solana');
    assert.deepEqual(page.errors, []);
    assert.ok(projects.length > 0);
  } finally {
    await h.close();
  }
});
