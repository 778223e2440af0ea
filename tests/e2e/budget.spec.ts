// The byte budgets of issue 14. Sizes are deterministic, so they are tests; timings are only
// reported, by `make bench`.
//
// - Until the first step is readable: the seed story's page (its HTML with the inline CSS,
//   nothing else) is at most 30 KB gzip -9: the budget.
// - Until the explainer is interactive (HTML, JS, wasm): the budget, 160 KB gzip -9,
//   is NOT met yet (see tests/open/, `make open-checks`). Here the first view may only shrink:
//   its bound is the figure measured when issue 14's work landed, plus less than 5 %.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { DIST, firstViewBytes, gzip9 } from './fixtures/first-view';

/** The seed story's page alone: 30 KB gzip -9. */
const PAGE_BUDGET = 30 * 1024;
/** HTML + JS + wasm of the first view: 194,429 B as counted here when issue 14 landed, plus 2.9 %. */
const FIRST_VIEW_BOUND = 200_000;
/** The seed story's pages: `/` (data/site.json's home story) and its own address. */
const SEED_PAGES = ['index.html', 'nk-troops.html'];

test(`the first view downloads at most ${FIRST_VIEW_BOUND} B gzip -9 and only shrinks, counted in Chromium and on disk alike`, async ({
  page,
  baseURL,
}) => {
  const bytes = await firstViewBytes(page, baseURL, FIRST_VIEW_BOUND);
  expect(bytes, 'first view total, gzip -9 bytes').toBeLessThanOrEqual(FIRST_VIEW_BOUND);
});

for (const file of SEED_PAGES) {
  test(`the seed story's page ${file} is at most 30 KB gzip -9, its inline CSS included`, () => {
    const body = readFileSync(join(DIST, file));
    const gzip = gzip9(body);
    console.log(`${file}: ${body.length} B, ${gzip} B gzip -9 of ${PAGE_BUDGET}`);
    expect(body.toString('utf8'), 'the page inlines its CSS').toContain('<style');
    expect(gzip, `${file}, gzip -9 bytes`).toBeLessThanOrEqual(PAGE_BUDGET);
  });
}
