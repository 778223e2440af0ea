// Layout at 320 px and 1280 px (no horizontal scrolling anywhere, claims side by side on
// wide screens and stacked on narrow ones), the dark theme, and screenshots of a few states
// in target/screenshots/ for reviewers (not asserted).
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  ALL_LENSES,
  LANGS,
  STEPS,
  expectStep,
  nextButton,
  open,
  root,
  screenshot,
  stepClaims,
  stepFigures,
  story,
  tableToggle,
  wholeArmyStep,
} from './fixtures/story';

/** The page does not scroll sideways. */
async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `scrollWidth <= innerWidth ${where}`).toBeLessThanOrEqual(innerWidth);
}

/** Left edges (rounded) of the visible claim cards on screen. */
async function cardLefts(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('#claimlens [data-claim][data-shown]'))
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => Math.round(el.getBoundingClientRect().left)),
  );
}

const wholeStep = Math.max(wholeArmyStep(), 0);
/** A step whose question has claims of more than one stance (side by side on wide screens). */
const mixedStep = story.steps.findIndex((_, i) => {
  const stances = new Set(
    stepClaims(i).map((id) => story.claims.find((c) => c.id === id)?.stance),
  );
  return stances.size > 1;
});

for (const width of [320, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width < 600 ? 720 : 900 }, reducedMotion: 'reduce' });

    for (const lang of LANGS) {
      test(`no horizontal scrolling on any step, plain and with lenses, table and whole-army chart (${lang})`, async ({
        page,
      }) => {
        // Plain: lenses off, the chart compared.
        await open(page, `?lang=${lang}`);
        for (let n = 1; n <= STEPS; n++) {
          if (n > 1) await nextButton(page, lang).click();
          await expectStep(page, lang, n);
          await expectNoHorizontalScroll(page, `on step ${n} (${lang}, ${width} px)`);
          if (lang === 'de' && (n === 1 || n === 2)) await screenshot(page, `${width}-de-step${n}`);
        }

        // Everything on: all lenses, the whole-army chart, the table.
        await open(page, `?lang=${lang}&lens=${ALL_LENSES.join(',')}&chart=whole`);
        let tableShown = false;
        for (let n = 1; n <= STEPS; n++) {
          if (n > 1) await nextButton(page, lang).click();
          await expectStep(page, lang, n);
          if (!tableShown && stepFigures(n - 1).length > 0) {
            await tableToggle(page, lang).click();
            await expect(root(page).locator('tr[data-figure]').first()).toBeVisible();
            tableShown = true;
          }
          await expectNoHorizontalScroll(
            page,
            `on step ${n} with lenses, table and whole-army chart (${lang}, ${width} px)`,
          );
          if (n === wholeStep + 1) await screenshot(page, `${width}-${lang}-step${n}-lenses-table-whole`);
        }
      });
    }

    test('claims stand side by side on wide screens and stack on narrow ones', async ({ page }) => {
      expect(mixedStep, 'a step has claims of different stances').toBeGreaterThanOrEqual(0);
      await open(page, `?step=${mixedStep + 1}`);
      const lefts = await cardLefts(page);
      expect(lefts.length).toBeGreaterThan(1);
      // Left edges more than 8 px apart are different columns.
      const sorted = [...new Set(lefts)].sort((a, b) => a - b);
      const columns = sorted.filter((x, i) => i === 0 || x - sorted[i - 1] > 8).length;
      if (width < 600) expect(columns, 'one column at 320 px').toBe(1);
      else expect(columns, 'several columns at 1280 px').toBeGreaterThan(1);
    });

    test('the error panel fits the screen', async ({ page }) => {
      // The editors' build locates a broken preview's errors (tests/e2e/errors.spec.ts).
      await page.goto(new URL('?story=broken', process.env.E2E_EDITORS_ORIGIN).href);
      await expect(root(page)).toHaveAttribute('data-state', 'error');
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoHorizontalScroll(page, `on the error panel (${width} px)`);
      await screenshot(page, `${width}-de-error-panel`);
    });

    test('dark theme screenshots (en)', async ({ page }) => {
      await open(page, `?lang=en&theme=dark&step=${wholeStep + 1}&lens=${ALL_LENSES[0]}`);
      await expectNoHorizontalScroll(page, `in the dark theme (${width} px)`);
      await screenshot(page, `${width}-en-dark-step${wholeStep + 1}`);
    });
  });
}

// ---------------------------------------------------------------------------------------
// Themes
// ---------------------------------------------------------------------------------------

interface Colours {
  background: number;
  text: number;
}

/**
 * Relative luminance (WCAG) of the background behind the explainer (the first opaque
 * background from #claimlens up to <html>, else the white canvas) and of its text colour.
 * Colours go through a canvas, so any CSS colour syntax (rgb, oklch, color()) is measured.
 */
async function colours(page: Page): Promise<Colours> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    const rgba = (css: string): [number, number, number, number] => {
      if (!ctx) return [255, 255, 255, 255];
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const d = ctx.getImageData(0, 0, 1, 1).data;
      // A transparent colour draws nothing.
      return [d[0], d[1], d[2], d[3]];
    };
    const luminance = ([r, g, b]: number[]): number => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    let background: [number, number, number, number] = [255, 255, 255, 255];
    for (let el: Element | null = document.querySelector('#claimlens'); el; el = el.parentElement) {
      const c = rgba(getComputedStyle(el).backgroundColor);
      if (c[3] > 0) {
        background = c;
        break;
      }
    }
    const main = document.querySelector('#claimlens') ?? document.body;
    return {
      background: luminance(background),
      text: luminance(rgba(getComputedStyle(main).color)),
    };
  });
}

test.describe('themes', () => {
  test('?theme=dark gives a dark background with light text', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, '?theme=dark');
    const c = await colours(page);
    expect(c.background, 'background luminance').toBeLessThan(0.2);
    expect(c.text, 'text luminance').toBeGreaterThan(c.background);
    expect((c.text + 0.05) / (c.background + 0.05), 'text contrast').toBeGreaterThanOrEqual(4.5);
  });

  test('?theme=light stays light on a system in dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, '?theme=light');
    const c = await colours(page);
    expect(c.background, 'background luminance').toBeGreaterThan(0.6);
    expect(c.text).toBeLessThan(c.background);
  });

  test('without ?theme the system colour scheme decides', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, '?theme=auto');
    expect((await colours(page)).background, 'dark system').toBeLessThan(0.2);
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page);
    expect((await colours(page)).background, 'light system').toBeGreaterThan(0.6);
  });
});
