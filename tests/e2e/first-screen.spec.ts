// The first screen of the story is the story (issue 14, point 5): on a phone (390 × 844) and
// on the smallest one (320 × 568), the story's title, the first step's title, the start of
// its text and the step navigation (Back, "Schritt 1 von 7", Next) are inside the first
// viewport, uncovered, in both languages. The lenses stay one tap away: a compact bar whose
// heading opens the criteria on demand, each criterion staying its switch's description;
// no control appears twice under one name; the navigation stays at the bottom of the
// screen while the explainer is on it. Screenshots go to target/screenshots/first-*.png.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectNoViolations } from './fixtures/axe';
import {
  ALL_LENSES,
  LANGS,
  STEPS,
  UI,
  backButton,
  expectStep,
  expectSummary,
  lensSwitch,
  nextButton,
  open,
  root,
  screenshot,
  story,
  text,
  type Lang,
} from './fixtures/story';

test.use({ reducedMotion: 'reduce' });

const PHONES = [
  { width: 390, height: 844 },
  { width: 320, height: 568 },
];

/** The first paragraph of step 1 in `lang`, as the story file has it. */
function firstParagraph(lang: Lang): string {
  const steps = (story as unknown as { steps: { body: Record<string, string[]> }[] }).steps;
  return steps[0].body[lang]?.[0] ?? '';
}

/** The heading of the lens bar, whose summary opens the criteria. */
function lensHeading(page: Page): Locator {
  return root(page).locator('.lens-switch h2');
}

/** The disclosure that opens the lenses' criteria: the `<summary>` holding their heading. */
function criteriaToggle(page: Page): Locator {
  return root(page).locator('.lens-switch summary');
}

/** Fails unless the element's box lies inside the viewport and above the sticky navigation. */
async function expectOnFirstScreen(page: Page, target: Locator, what: string): Promise<void> {
  const box = await target.boundingBox();
  expect(box, `${what} has a box`).not.toBeNull();
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  const { x, y, width: w, height: h } = box!;
  expect(x, `${what}: left edge on screen`).toBeGreaterThanOrEqual(0);
  expect(y, `${what}: top edge on screen`).toBeGreaterThanOrEqual(0);
  expect(x + w, `${what}: right edge on screen`).toBeLessThanOrEqual(width + 0.5);
  expect(y + h, `${what}: bottom edge on screen`).toBeLessThanOrEqual(height + 0.5);
}

/** The top of the (sticky) navigation bar in viewport coordinates. */
async function navTop(page: Page): Promise<number> {
  const box = await backButton(page, 'de')
    .or(backButton(page, 'en'))
    .first()
    .evaluate((el) => (el.parentElement ?? el).getBoundingClientRect().top);
  return box;
}

for (const { width, height } of PHONES) {
  test.describe(`at ${width} × ${height}`, () => {
    test.use({ viewport: { width, height }, hasTouch: true });

    for (const lang of LANGS) {
      test(`title, first step's title, the start of its text and the navigation are on the first screen (${lang})`, async ({
        page,
      }) => {
        await open(page, `?lang=${lang}`);
        await expectStep(page, lang, 1);
        expect(await page.evaluate(() => window.scrollY), 'the page opens at its top').toBe(0);

        const title = page.getByRole('heading', { level: 1, name: text(story.title, lang) });
        const stepTitle = page.getByRole('heading', {
          name: text(story.steps[0].title, lang),
          exact: true,
        });
        const paragraph = root(page).getByText(firstParagraph(lang), { exact: true });
        const progress = root(page).getByText(UI[lang].stepOf(1, STEPS), { exact: true });
        await expectOnFirstScreen(page, title, 'the story title');
        await expectOnFirstScreen(page, stepTitle, "the first step's title");
        await expectOnFirstScreen(page, backButton(page, lang), 'Back');
        await expectOnFirstScreen(page, nextButton(page, lang), 'Next');
        await expectOnFirstScreen(page, progress, 'the progress');

        // The step's title and the first line of its text are above the navigation bar, and
        // nothing covers that line: what is drawn there is the paragraph itself.
        const barTop = await navTop(page);
        const titleBox = (await stepTitle.boundingBox())!;
        expect(titleBox.y + titleBox.height, "the step's title is above the navigation").toBeLessThanOrEqual(
          barTop + 0.5,
        );
        const line = await paragraph.evaluate((p) => {
          const box = p.getBoundingClientRect();
          const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
          const y = box.top + lineHeight / 2;
          const hit = document.elementFromPoint(box.left + 4, y);
          return { top: box.top, bottom: box.top + lineHeight, hitsParagraph: !!hit && p.contains(hit) };
        });
        expect(line.top, 'the first line starts on screen').toBeGreaterThanOrEqual(0);
        expect(line.bottom, 'the first line ends above the navigation').toBeLessThanOrEqual(barTop + 0.5);
        expect(line.hitsParagraph, 'nothing covers the first line').toBe(true);

        // The lens bar is there too, with its summary line.
        await expectOnFirstScreen(page, lensHeading(page), 'the lenses heading');
        await expectOnFirstScreen(
          page,
          root(page).getByText(UI[lang].summary(story.claims.length, story.claims.length), { exact: true }),
          'the summary line',
        );
        if (height >= 800) {
          for (const id of ALL_LENSES) await expectOnFirstScreen(page, lensSwitch(page, id), `lens ${id}`);
        }
        await screenshot(page, `first-${width}x${height}-${lang}`);
      });

      test(`the lenses' criteria open on demand, one tap away, and describe their switches (${lang})`, async ({
        page,
      }) => {
        await open(page, `?lang=${lang}`);
        const toggle = criteriaToggle(page);
        await expect(toggle).toHaveCount(1);
        await expect(toggle).toBeVisible();
        await expect(lensHeading(page)).toHaveText(lang === 'de' ? 'Glaubwürdigkeit' : 'Credibility');
        // Closed: the criteria are not shown, yet each switch is described by its own.
        for (const lens of story.lenses) {
          await expect(root(page).getByText(text(lens.explanation, lang), { exact: true })).toBeHidden();
          await expect(lensSwitch(page, lens.id)).toHaveAccessibleDescription(text(lens.explanation, lang));
        }
        await expectNoViolations(page, `with the criteria closed (${lang}, ${width} px)`);

        await toggle.tap();
        for (const lens of story.lenses) {
          const criterion = root(page).getByText(text(lens.explanation, lang), { exact: true });
          await expect(criterion).toBeVisible();
          await expect(lensSwitch(page, lens.id)).toBeVisible();
          await expect(lensSwitch(page, lens.id)).toHaveAccessibleDescription(text(lens.explanation, lang));
        }
        // Open, the bar reflows: nothing scrolls sideways (320 px is 1280 px at 400 % zoom).
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
          innerWidth: window.innerWidth,
        }));
        expect(scrollWidth, 'no horizontal scrolling with the criteria open').toBeLessThanOrEqual(innerWidth);
        await screenshot(page, `first-${width}x${height}-${lang}-criteria`);
        await expectNoViolations(page, `with the criteria open (${lang}, ${width} px)`);

        // The switches work from here; the summary line follows.
        const first = ALL_LENSES[0];
        await lensSwitch(page, first).tap();
        await expect(lensSwitch(page, first)).toBeChecked();
        await expectSummary(page, lang, [first]);

        // And the disclosure closes again.
        await toggle.tap();
        for (const lens of story.lenses) {
          await expect(root(page).getByText(text(lens.explanation, lang), { exact: true })).toBeHidden();
        }
        await expectSummary(page, lang, [first]);
      });
    }

    test('no control appears twice under one name', async ({ page }) => {
      await open(page, `?lang=de&step=2&lens=${ALL_LENSES[0]}`);
      const snapshot = await root(page).ariaSnapshot();
      const controls = [...snapshot.matchAll(/^\s*- '?(button|switch|link|checkbox|radio|tab) "([^"]*)"/gm)].map(
        (m) => `${m[1]} "${m[2]}"`,
      );
      // At least the languages, Back, Next and a button per step.
      expect(controls.length, 'controls in the snapshot').toBeGreaterThanOrEqual(STEPS + 4);
      const repeated = controls.filter((c, i) => controls.indexOf(c) !== i);
      expect(repeated, 'controls with the same role and name').toEqual([]);
      // In particular Back and Next, whatever else the bar holds.
      await expect(backButton(page, 'de')).toHaveCount(1);
      await expect(nextButton(page, 'de')).toHaveCount(1);
    });

    test('the navigation stays at the bottom of the screen while the explainer is on it', async ({
      page,
    }) => {
      await open(page, `?step=1`);
      const explainer = page.getByRole('region', { name: 'Erklärstück' });
      // Scroll to the middle of the first step: the bar sits on the viewport's bottom edge.
      await explainer.evaluate((el) => {
        const box = el.getBoundingClientRect();
        window.scrollTo(0, window.scrollY + box.top + box.height / 2 - window.innerHeight / 2);
      });
      const bar = await nextButton(page, 'de').evaluate((el) => {
        const box = (el.parentElement ?? el).getBoundingClientRect();
        return { top: box.top, bottom: box.bottom };
      });
      expect(Math.abs(bar.bottom - height), 'the bar ends at the bottom of the screen').toBeLessThanOrEqual(1);
      // Next, from down there: step 2, and its title is brought into view.
      await nextButton(page, 'de').tap();
      await expectStep(page, 'de', 2);
      await expectOnFirstScreen(page, nextButton(page, 'de'), 'Next on step 2');
    });
  });
}

test('on a wide screen the lens bar is one row of switches with its summary line', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page);
  const tops = await Promise.all(
    ALL_LENSES.map(async (id) => Math.round((await lensSwitch(page, id).boundingBox())!.y)),
  );
  expect(new Set(tops).size, 'the switches share one row').toBe(1);
  const heading = (await lensHeading(page).boundingBox())!;
  const first = (await lensSwitch(page, ALL_LENSES[0]).boundingBox())!;
  expect(Math.abs(heading.y + heading.height / 2 - (first.y + first.height / 2)), 'heading in the row').toBeLessThan(
    first.height / 2,
  );
  await expectOnFirstScreen(page, page.getByRole('heading', { name: text(story.steps[0].title, 'de'), exact: true }), 'step title');
  await screenshot(page, 'first-1280x900-de');
});

test('printed, the lenses show their criteria', async ({ page }) => {
  await open(page);
  await page.emulateMedia({ media: 'print' });
  for (const lens of story.lenses) {
    await expect(root(page).getByText(text(lens.explanation, 'de'), { exact: true })).toBeVisible();
    await expect(root(page).getByText(text(lens.label, 'de'), { exact: true }).first()).toBeVisible();
  }
});
