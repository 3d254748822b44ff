// The seeded random walk of e2e/walk.mjs, with CI's fixed seed, at desktop and phone sizes.
// `cargo xtask walk --seed N --steps M` runs it with any seed and length (WALK_SEED,
// WALK_STEPS); a failure prints the seed and the step to replay.
import { test, before, after } from 'node:test';
import { start } from './harness.mjs';
import { walk } from './walk.mjs';

const SEED = Number(process.env.WALK_SEED || 20261207);
const STEPS = Number(process.env.WALK_STEPS || 300);
const VERBOSE = !!process.env.WALK_VERBOSE;

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

test(`a ${STEPS}-step random walk (seed ${SEED}) never panics nor logs an error, at 1280 px`, { timeout: 30 * 60_000 }, async () => {
  const page = await h.page();
  await walk(page, { start: h.base, seed: SEED, steps: STEPS, onStep: (i, s) => VERBOSE && console.log(s) });
  await page.context().close();
});

test(`a ${Math.ceil(STEPS / 3)}-step random walk (seed ${SEED + 1}) from ?view=stats, at 390 px`, { timeout: 30 * 60_000 }, async () => {
  const page = await h.page({ width: 390, height: 844 });
  await walk(page, { start: h.base + '?view=stats', seed: SEED + 1, steps: Math.ceil(STEPS / 3), onStep: (i, s) => VERBOSE && console.log(s) });
  await page.context().close();
});
