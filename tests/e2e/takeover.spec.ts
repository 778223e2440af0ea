// Before the wasm arrives (issue 14): the page prerendered at build time already shows the
// explainer as the app will, at the first step (or the step a followed link targets); a
// click on Next is not lost; and when the app takes over, the reader sees nothing change:
// the same pixels (screenshots before and after, at 320 and 1280 px), no layout shift, the
// same scroll position and the focused control kept.
import type { Browser } from '@playwright/test';
import { test, expect } from './fixtures';
import { STEPS, UI, holdWasm, root, story, text } from './fixtures/story';

/** Pixels whose colour differs (any channel by more than 8 of 255) between two PNGs. */
async function differingPixels(browser: Browser, a: Buffer, b: Buffer): Promise<number> {
  const page = await browser.newPage();
  const count = await page.evaluate(
    async ([one, two]) => {
      const decode = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d context');
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = [await decode(one), await decode(two)];
      if (x.width !== y.width || x.height !== y.height) return Number.MAX_SAFE_INTEGER;
      let differ = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        for (let c = 0; c < 4; c++) {
          if (Math.abs(x.data[i + c] - y.data[i + c]) > 8) {
            differ++;
            break;
          }
        }
      }
      return differ;
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
  await page.close();
  return count;
}

const stepTitle = (n: number) => text(story.steps[n - 1].title, 'de');

test('before the wasm the first step is fully on screen, as the app shows it', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(`./${story.id}.html`, { waitUntil: 'domcontentloaded' });
  await expect(root(page)).toHaveAttribute('data-state', 'static');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(story.title, 'de'));
  // Every step is in the page (for readers without JavaScript); one is shown.
  await expect(page.locator('.step-title')).toHaveCount(STEPS);
  await expect(page.locator('#step-1 .step-title')).toBeVisible();
  await expect(page.locator('#step-2 .step-title')).toBeHidden();
  await expect(page.locator('#step-1 .step-progress')).toHaveText(UI.de.stepOf(1, STEPS));
  await expect(page.getByRole('link', { name: UI.de.next, exact: true })).toBeVisible();
  for (const lens of story.lenses) await expect(page.locator(`[data-lens="${lens.id}"]`)).toBeVisible();
  release();
  await expect(root(page)).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('[data-state="static"]')).toHaveCount(0);
});

test('a click on Next before the wasm arrives ends on step 2 once it runs', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(`./${story.id}.html`, { waitUntil: 'domcontentloaded' });
  await expect(root(page)).toHaveAttribute('data-state', 'static');
  await page.getByRole('link', { name: UI.de.next, exact: true }).click();
  await expect(page).toHaveURL(/#step-2$/);
  // The page shows step 2 at once, still without the wasm.
  await expect(page.locator('#step-2 .step-title')).toBeVisible();
  await expect(page.locator('#step-1 .step-title')).toBeHidden();
  release();
  await expect(root(page)).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('.step-title')).toHaveText(stepTitle(2));
  await expect(root(page)).toContainText(UI.de.stepOf(2, STEPS));
  await expect(page).toHaveURL(/[?&]step=2(&|#|$)/);
});

test("a control focused before the wasm arrives is the app's same control once it runs", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(`./${story.id}.html`, { waitUntil: 'domcontentloaded' });
  await expect(root(page)).toHaveAttribute('data-state', 'static');
  await page.getByRole('link', { name: UI.de.next, exact: true }).focus();
  release();
  await expect(root(page)).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('button', { name: UI.de.next, exact: true })).toBeFocused();
  // A lens switch, the second of its kind, likewise.
  const second = story.lenses[1].id;
  const release2 = await holdWasm(page);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(root(page)).toHaveAttribute('data-state', 'static');
  await page.locator(`[data-lens="${second}"]`).focus();
  release2();
  await expect(root(page)).toHaveAttribute('data-state', 'ready');
  await expect(page.locator(`[data-lens="${second}"]`)).toBeFocused();
});

// At most this share of the viewport's pixels may differ between the prerendered page and
// the app that took it over: anti-aliasing at most, never a moved or changed element.
const MAX_DIFF = 0.001;

for (const width of [320, 1280]) {
  test(`the app takes over at ${width} px with the same pixels, no layout shift and the scroll kept`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) w.__shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const release = await holdWasm(page);
    await page.goto(`./${story.id}.html`, { waitUntil: 'domcontentloaded' });
    await expect(root(page)).toHaveAttribute('data-state', 'static');
    await page.evaluate(() => document.fonts.ready);
    const scrolled = 200;
    await page.evaluate((y) => window.scrollTo(0, y), scrolled);
    const before = await page.screenshot();
    release();
    await expect(root(page)).toHaveAttribute('data-state', 'ready');
    await expect(page.locator('[data-state="static"]')).toHaveCount(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    const after = await page.screenshot();
    await test.info().attach(`before-${width}.png`, { body: before, contentType: 'image/png' });
    await test.info().attach(`after-${width}.png`, { body: after, contentType: 'image/png' });
    const differ = await differingPixels(browser, before, after);
    expect(differ, `${differ} of ${width * 900} pixels differ`).toBeLessThanOrEqual(width * 900 * MAX_DIFF);
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
    await context.close();
  });
}
