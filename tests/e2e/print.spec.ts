// Print (issue 5): printing the explainer prints every step one after another, with its
// claims and the chart's table, and no buttons.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LANGS, open, stepClaims, stepFigures, story, text, type Lang } from './fixtures/story';

/** Titles of the steps laid out in the print layout, in document order. */
async function printedStepTitles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('#claimlens .step .step-title'))
      .filter((el) => (el as HTMLElement).checkVisibility())
      .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

for (const lang of LANGS) {
  test(`the printed layout shows every step in order with its claims and tables, no buttons (${lang})`, async ({
    page,
  }) => {
    await open(page, `?lang=${lang as Lang}&step=2`);
    await page.emulateMedia({ media: 'print' });

    await expect
      .poll(() => printedStepTitles(page), { message: 'every step title, in story order' })
      .toEqual(story.steps.map((s) => text(s.title, lang)));

    for (const [index, step] of story.steps.entries()) {
      const printed = page
        .locator(`#claimlens .step[data-step="${step.id}"]`)
        .filter({ visible: true });
      await expect(printed, `step ${step.id} printed once`).toHaveCount(1);
      for (const claim of stepClaims(index)) {
        await expect(
          printed.locator(`[data-claim="${claim}"]`).first(),
          `claim ${claim} on step ${step.id}`,
        ).toBeVisible();
      }
      if (stepFigures(index).length > 0) {
        await expect(printed.locator('table').first(), `the chart's table on step ${step.id}`).toBeVisible();
      }
    }

    const visibleButtons = await page.evaluate(
      () =>
        Array.from(document.querySelectorAll('button, [role="button"], [role="switch"]')).filter((el) =>
          (el as HTMLElement).checkVisibility(),
        ).length,
    );
    expect(visibleButtons, 'buttons in the printed layout').toBe(0);

    // Back on screen, the explainer shows one step again.
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => printedStepTitles(page)).toEqual([text(story.steps[1].title, lang)]);
  });
}
