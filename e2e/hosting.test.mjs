// The release build works when served under a sub-path (`--public-url /some/path/`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready, cardIds } from './harness.mjs';
import { projects, onChain, sorted } from './data.mjs';

test('the sub-path build loads its assets and data under /some/path/', async () => {
  const h = await start({ dir: 'target/dist-subpath', prefix: '/some/path/' });
  try {
    const page = await h.page();
    await page.goto(h.base + '?chain=solana');
    await ready(page);
    assert.deepEqual(sorted(await cardIds(page)), sorted(onChain('solana')));
    await page.waitForFunction(() => location.pathname === '/some/path/' && location.search === '?chain=solana');
    assert.deepEqual(page.errors, []);
    assert.ok(projects.length > 0);
  } finally {
    await h.close();
  }
});
