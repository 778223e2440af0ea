// Issue 14's budget until the explainer is interactive: HTML + JS + wasm of the first view at
// most 160 KB gzip -9 (target 130 KB). Not met yet (measured in the closing note), so
// it is an open check, `make open-checks`, kept out of `make test` until it passes; then it
// moves to tests/e2e/budget.spec.ts, whose bound today only keeps the first view from growing.
import { test, expect } from '../e2e/fixtures';
import { firstViewBytes } from '../e2e/fixtures/first-view';

/** 160 KB gzip -9. */
const BUDGET = 160 * 1024;

test('the first view downloads at most 160 KB gzip -9, counted in Chromium and on disk alike', async ({
  page,
  baseURL,
}) => {
  const bytes = await firstViewBytes(page, baseURL, BUDGET);
  expect(bytes, 'first view total, gzip -9 bytes').toBeLessThanOrEqual(BUDGET);
});
