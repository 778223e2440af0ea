// Qualified numbers end to end: the fixture tests/e2e/fixtures/stories/qualified.json
// (`?story=qualified`, served by the test server) has an exact 1,500, about 12,000, more
// than 20,000, at most 7,500, 2,000 to 3,000 and an exact army of 1.2 million. The chart, its
// accessible name and the table say the same qualified words in both languages, only exact
// and approximate figures get a share (the others say why), the marks are drawn by shape,
// and every view is axe-clean and fits 320 px. Screenshots (not asserted) land in
// target/screenshots/qualified-*.png.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { join } from 'node:path';
import {
  ROOT,
  chartModeControl,
  open,
  plain,
  screenshot,
  tableToggle,
  type Lang,
} from './fixtures/story';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const NUMBERS_STEP = 2;

const EXPECTED = {
  de: {
    marks: {
      moved: '1.500',
      prepared: 'rund 12.000',
      planned: 'mehr als 20.000',
      'at-border': 'höchstens 7.500',
      training: '2.000 bis 3.000',
      'whole-army': '1,2 Millionen',
    },
    rows: {
      prepared: ['rund 12.000 Soldaten', 'rund 1 %'],
      planned: ['mehr als 20.000 Soldaten', 'kein Anteil: nach oben offen'],
      'at-border': ['höchstens 7.500 Soldaten', 'kein Anteil: nur eine Obergrenze'],
      training: ['2.000 bis 3.000 Soldaten', 'kein Anteil: eine Spanne'],
      'whole-army': ['1.200.000 Soldaten', '100 %'],
    },
    share: 'rund 1 % der Armee',
  },
  en: {
    marks: {
      moved: '1,500',
      prepared: 'about 12,000',
      planned: 'more than 20,000',
      'at-border': 'at most 7,500',
      training: '2,000 to 3,000',
      'whole-army': '1.2 million',
    },
    rows: {
      prepared: ['about 12,000 soldiers', 'about 1%'],
      planned: ['more than 20,000 soldiers', 'no share: open-ended'],
      'at-border': ['at most 7,500 soldiers', 'no share: an upper bound only'],
      training: ['2,000 to 3,000 soldiers', 'no share: a range'],
      'whole-army': ['1,200,000 soldiers', '100%'],
    },
    share: 'about 1% of the army',
  },
} as const;

test.use({ reducedMotion: 'reduce' });
test.describe.configure({ timeout: 120_000 });

async function openNumbers(page: Page, lang: Lang, extra = ''): Promise<void> {
  await open(page, `?story=qualified&lang=${lang}&step=${NUMBERS_STEP}${extra}`);
}

function mark(page: Page, id: string) {
  return page.locator(`.chart-mark[data-figure="${id}"]`);
}

/** A screenshot of the chart alone, for reviewers (not asserted). */
async function chartShot(page: Page, name: string): Promise<void> {
  await page
    .locator('.chart-figure')
    .screenshot({ path: join(ROOT, 'target', 'screenshots', `${name}.png`), animations: 'disabled' });
}

/** The range's solid bar and striped span (their geometry, without strokes) and the track's
 * width, in the track's pixels. */
async function spanGeometry(page: Page) {
  return mark(page, 'training').evaluate((el) => {
    const box = (selector: string) => {
      const { x, width } = (el.querySelector(selector) as SVGGraphicsElement).getBBox();
      return { x, width };
    };
    const track = (el.querySelector('.chart-track') as SVGSVGElement).getBoundingClientRect().width;
    return { bar: box('rect.chart-bar-shape'), span: box('.chart-span'), track };
  });
}

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
  );
  expect(found, `axe violations ${where}`).toEqual([]);
}

for (const lang of ['de', 'en'] as const) {
  const expected = EXPECTED[lang];

  test(`the chart says the qualified numbers and draws them by shape (${lang})`, async ({ page }) => {
    await openNumbers(page, lang);
    for (const [id, number] of Object.entries(expected.marks)) {
      expect(plain(await mark(page, id).locator('.chart-number').textContent()), id).toBe(number);
    }
    // The accessible name of the chart says the same words.
    const label = plain(await page.locator('.chart-figure').getAttribute('aria-label'));
    for (const number of Object.values(expected.marks)) expect(label).toContain(number);
    // Each qualified mark has its own shape; the exact ones have none of them.
    await expect(mark(page, 'prepared').locator('path.chart-fringe')).toHaveCount(1);
    await expect(mark(page, 'planned').locator('path.chart-open')).toHaveCount(1);
    await expect(mark(page, 'at-border').locator('rect.is-bound')).toHaveCount(1);
    await expect(mark(page, 'at-border').locator('path.chart-cap')).toHaveCount(1);
    await expect(mark(page, 'training').locator('.chart-span')).toHaveCount(1);
    await expect(mark(page, 'training').locator('.chart-span-end')).toHaveCount(1);
    const qualifiedShapes =
      '.chart-fringe, .chart-open, .chart-cap, .chart-span, .chart-span-end, .is-bound';
    for (const id of ['moved', 'whole-army']) {
      await expect(mark(page, id).locator(qualifiedShapes)).toHaveCount(0);
    }
    // The span runs on from the end of the solid bar to the upper end, inside the track.
    const { bar, span, track } = await spanGeometry(page);
    expect(span.width).toBeGreaterThan(10);
    expect(Math.abs(span.x - (bar.x + bar.width))).toBeLessThan(1);
    expect(span.x + span.width).toBeLessThanOrEqual(track + 1);
    await chartShot(page, `qualified-${lang}-chart-compared`);
    await expectNoViolations(page, `(${lang}, compared)`);
  });

  test(`against the whole, only exact and approximate figures have a share (${lang})`, async ({
    page,
  }) => {
    await openNumbers(page, lang, '&chart=whole');
    await expect(chartModeControl(page, lang, 'whole')).toHaveAttribute('aria-pressed', 'true');
    expect(plain(await mark(page, 'prepared').locator('.chart-share').textContent())).toBe(
      expected.share,
    );
    for (const id of ['planned', 'at-border', 'training'] as const) {
      await expect(mark(page, id).locator('.chart-share')).toHaveCount(0);
      expect(plain(await mark(page, id).locator('.chart-no-share').textContent()), id).toBe(
        expected.rows[id][1],
      );
    }
    await chartShot(page, `qualified-${lang}-chart-whole`);
    await expectNoViolations(page, `(${lang}, against the whole)`);
  });

  test(`the table says the qualified numbers and why a share is missing (${lang})`, async ({
    page,
  }) => {
    await openNumbers(page, lang);
    await tableToggle(page, lang).click();
    await expect(page.locator('.figure-table')).toBeVisible();
    for (const [id, [number, share]] of Object.entries(expected.rows)) {
      const cells = (await page.locator(`tr[data-figure="${id}"]`).locator('th, td').allTextContents()).map(
        plain,
      );
      expect(cells[0], id).toBe(number);
      expect(cells[3], id).toBe(share);
    }
    await screenshot(page, `qualified-${lang}-table`);
    await expectNoViolations(page, `(${lang}, table)`);
  });
}

test('the qualified marks fit 320 px, keep their shapes in forced colours and in print', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 720 });
  for (const chart of ['compared', 'whole']) {
    await openNumbers(page, 'de', `&chart=${chart}`);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, `no horizontal scroll (${chart})`).toBeLessThanOrEqual(innerWidth);
  }
  await screenshot(page, 'qualified-320-de-whole');

  await page.setViewportSize({ width: 800, height: 900 });
  await page.emulateMedia({ forcedColors: 'active' });
  await openNumbers(page, 'en');
  // Forced colours: the bound stays hollow and the span striped, in the system's colours.
  const styles = await page.evaluate(() => {
    const style = (selector: string) => {
      const el = document.querySelector(selector);
      return el ? getComputedStyle(el) : null;
    };
    const bar = style('.chart-mark[data-figure="moved"] rect.chart-bar-shape');
    const bound = style('rect.chart-bar-shape.is-bound');
    const span = style('.chart-span');
    return {
      bar: bar?.fill,
      bound: bound?.fill,
      boundStroke: bound?.stroke,
      spanDash: span?.strokeDasharray,
    };
  });
  expect(styles.bound).not.toBe(styles.bar);
  expect(styles.boundStroke).not.toBe('none');
  expect(styles.spanDash).not.toBe('none');
  await chartShot(page, 'qualified-en-chart-forced-colors');

  await page.emulateMedia({ forcedColors: 'none', media: 'print' });
  await openNumbers(page, 'en');
  // Print draws the span and the open end too (a line has no height: measure its length).
  expect((await spanGeometry(page)).span.width).toBeGreaterThan(10);
  await expect(page.locator('.chart-span').first()).not.toHaveCSS('display', 'none');
  await expect(page.locator('path.chart-open').first()).toBeVisible();
  await chartShot(page, 'qualified-en-chart-print');
});
