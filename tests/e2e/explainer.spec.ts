// The step-by-step explainer: Back/Next, keys, swipe, URL, reload, deep links, language
// switch, live region, and the figure chart and its table in both languages.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  ALL_LENSES,
  LANGS,
  STEPS,
  UI,
  backButton,
  chartModeControl,
  expectStep,
  expectVerdicts,
  figureShown,
  lensSwitch,
  nextButton,
  open,
  plain,
  root,
  stepFigures,
  story,
  tableToggle,
  text,
  wholeArmyStep,
  type Lang,
} from './fixtures/story';

/** The announcement of step `n`: "Schritt 3 von 7: Schon im Kampf?". */
function announcement(lang: Lang, n: number): string {
  return `${UI[lang].stepOf(n, STEPS)}: ${text(story.steps[n - 1].title, lang)}`;
}

/** A polite live region holds exactly the short announcement (not the whole step). */
async function expectAnnounced(page: Page, lang: Lang, n: number): Promise<void> {
  const want = announcement(lang, n);
  await expect
    .poll(
      async () =>
        page.evaluate(() =>
          Array.from(document.querySelectorAll('[aria-live="polite"], [role="status"]'))
            .filter((el) => el.getAttribute('aria-live') !== 'off')
            .map((el) => (el.textContent ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim()),
        ),
      { message: `a polite live region says "${want}"` },
    )
    .toContain(want);
}

/** Puts focus on an enabled Back/Next button: focus inside the explainer. */
async function focusInside(page: Page, lang: Lang): Promise<void> {
  const next = nextButton(page, lang);
  if (await next.isEnabled()) await next.focus();
  else await backButton(page, lang).focus();
}

for (const lang of LANGS) {
  test(`walks every step with Next and Back, announces each, and keeps the step on reload (${lang})`, async ({
    page,
  }) => {
    await open(page, `?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expectStep(page, lang, 1);

    for (let n = 2; n <= STEPS; n++) {
      await nextButton(page, lang).click();
      await expectStep(page, lang, n);
      await expectAnnounced(page, lang, n);
      // Back/Next do not steal focus (WAI-ARIA carousel): it stays on Next while enabled.
      if (n < STEPS) await expect(nextButton(page, lang)).toBeFocused();
    }
    // Disabled at the end, not hidden.
    await expect(nextButton(page, lang)).toBeVisible();
    await expect(nextButton(page, lang)).toBeDisabled();

    for (let n = STEPS - 1; n >= 1; n--) {
      await backButton(page, lang).click();
      await expectStep(page, lang, n);
      await expectAnnounced(page, lang, n);
    }
    await expect(backButton(page, lang)).toBeVisible();
    await expect(backButton(page, lang)).toBeDisabled();

    // A reload (or a shared link) opens the step the reader was on.
    const middle = Math.min(3, STEPS);
    for (let n = 2; n <= middle; n++) await nextButton(page, lang).click();
    await expectStep(page, lang, middle);
    await page.reload();
    await expect(root(page)).toHaveAttribute('data-state', 'ready');
    await expectStep(page, lang, middle);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  });

  test(`walks every step with ←, →, Home and End while focus is inside the explainer (${lang})`, async ({
    page,
  }) => {
    await open(page, `?lang=${lang}`);
    for (let n = 2; n <= STEPS; n++) {
      await focusInside(page, lang);
      await page.keyboard.press('ArrowRight');
      await expectStep(page, lang, n);
    }
    // → at the end stays at the end.
    await focusInside(page, lang);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, lang, STEPS);

    for (let n = STEPS - 1; n >= 1; n--) {
      await focusInside(page, lang);
      await page.keyboard.press('ArrowLeft');
      await expectStep(page, lang, n);
    }
    await focusInside(page, lang);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, lang, 1);

    await focusInside(page, lang);
    await page.keyboard.press('End');
    await expectStep(page, lang, STEPS);
    await expectAnnounced(page, lang, STEPS);
    await focusInside(page, lang);
    await page.keyboard.press('Home');
    await expectStep(page, lang, 1);
    await expectAnnounced(page, lang, 1);
  });
}

test('arrow keys outside the explainer (on a lens switch) do not change the step', async ({
  page,
}) => {
  await open(page, '?step=2');
  await lensSwitch(page, ALL_LENSES[0]).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('End');
  await expectStep(page, 'de', 2);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 800 } });

  test('a horizontal swipe moves to the next and the previous step', async ({ page }) => {
    await open(page, '?step=2');
    const heading = page.getByRole('heading', { name: text(story.steps[1].title, 'de'), exact: true });
    await heading.scrollIntoViewIfNeeded();
    const box = await heading.boundingBox();
    expect(box, 'the step title is on screen').not.toBeNull();
    const y = (box?.y ?? 200) + (box?.height ?? 0) / 2;
    const width = page.viewportSize()?.width ?? 390;
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (fromX: number, toX: number) => {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [{ x: fromX, y }],
      });
      for (let i = 1; i <= 8; i++) {
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x: fromX + ((toX - fromX) * i) / 8, y }],
        });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    // Finger from right to left: forward.
    await swipe(width * 0.85, width * 0.15);
    await expectStep(page, 'de', 3);
    // Left to right: back.
    await swipe(width * 0.15, width * 0.85);
    await expectStep(page, 'de', 2);
  });
});

test('deep links open the step, the language and the lenses they name', async ({ page }) => {
  await open(page, '?step=3');
  await expectStep(page, 'de', 3);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');

  await open(page, `?lang=en&step=${STEPS}`);
  await expectStep(page, 'en', STEPS);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(story.title, 'en'));

  await open(page, `?lang=en&step=2&lens=${ALL_LENSES.join(',')}`);
  await expectStep(page, 'en', 2);
  for (const id of ALL_LENSES) await expect(lensSwitch(page, id)).toBeChecked();
  await expectVerdicts(page, 1, ALL_LENSES);
});

test('a mangled deep link still opens the story: steps are clamped, unknown values ignored', async ({
  page,
}) => {
  await open(page, '?step=99&lang=fr&lens=nonsense');
  await expectStep(page, 'de', STEPS);
  for (const id of ALL_LENSES) await expect(lensSwitch(page, id)).not.toBeChecked();

  await open(page, '?step=0');
  await expectStep(page, 'de', 1);
  await open(page, '?step=abc');
  await expectStep(page, 'de', 1);
});

test('the language switch re-renders everything in place, keeping step and lenses', async ({
  page,
}) => {
  const lens = ALL_LENSES[0];
  await open(page, `?step=2&lens=${lens}`);
  await expectStep(page, 'de', 2);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(story.title, 'de'));

  await page.getByRole('button', { name: UI.en.langName, exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectStep(page, 'en', 2);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(story.title, 'en'));
  await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
  await expect(page).toHaveURL(new RegExp(`[?&]lens=${lens}(&|$)`));
  await expect(lensSwitch(page, lens)).toBeChecked();
  await expect(nextButton(page, 'de')).toHaveCount(0);

  await page.getByRole('button', { name: UI.de.langName, exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expectStep(page, 'de', 2);
  await expect(page).toHaveURL(/[?&]lang=de(&|$)/);
});

// ---------------------------------------------------------------------------------------
// The figure chart and its table
// ---------------------------------------------------------------------------------------

const LOCALE = { de: 'de-DE', en: 'en-US' } as const;

/** A count as the reader's language writes it: "1.500", "1,2 Millionen" / "1,500", "1.2 million". */
function formatCount(n: number, lang: Lang): string {
  if (n < 1_000_000) return n.toLocaleString(LOCALE[lang], { useGrouping: true });
  const millions = Math.round(n / 10_000) / 100;
  const digits = millions.toLocaleString(LOCALE[lang], { maximumFractionDigits: 2 });
  if (lang === 'en') return `${digits} million`;
  return `${digits} ${millions === 1 ? 'Million' : 'Millionen'}`;
}

/** A whole number in digits, grouped: "1.200.000" / "1,200,000". */
function formatDigits(n: number, lang: Lang): string {
  return n.toLocaleString(LOCALE[lang], { useGrouping: true });
}

/** Text around each chart mark (its own, its parent's, its SVG's), by figure id. */
async function chartText(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const el of Array.from(document.querySelectorAll('#claimlens [data-figure]'))) {
      if (el.closest('table')) continue;
      const id = el.getAttribute('data-figure') ?? '';
      const parts = [
        el.textContent,
        el.getAttribute('aria-label'),
        el.parentElement?.textContent,
        el.closest('svg')?.textContent,
      ];
      out[id] = `${out[id] ?? ''} ${parts.filter(Boolean).join(' ')}`;
    }
    for (const id of Object.keys(out)) {
      out[id] = out[id].replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
    }
    return out;
  });
}

/** Rendered text of each table row, by figure id. */
async function tableText(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const row of await page.locator('#claimlens tr[data-figure]').all()) {
    const id = (await row.getAttribute('data-figure')) ?? '';
    out[id] = plain(await row.innerText());
  }
  return out;
}

const FIGURE_TABLE = '#claimlens table:has(tr[data-figure])';

/** Makes the table show (clicking the toggle) and returns once it is laid out. */
async function showTable(page: Page, lang: Lang): Promise<void> {
  await tableToggle(page, lang).click();
  await expect
    .poll(async () => (await page.locator(FIGURE_TABLE).first().boundingBox())?.width ?? 0, {
      message: 'the table is laid out on screen after "show as table"',
    })
    .toBeGreaterThan(100);
}

const whole = wholeArmyStep();
const wholeArmy = story.figures.find((f) => f.kind === 'whole_army');
/** The figure that is exactly 1 % of the whole army (12,000 of 1.2 million). */
const onePercent = story.figures.find(
  (f) => wholeArmy && f.id !== wholeArmy.id && Math.abs(f.value / wholeArmy.value - 0.01) < 1e-9,
);

for (const lang of LANGS) {
  test(`chart and table format every number in the reader's language (${lang})`, async ({
    page,
  }) => {
    expect(whole, 'a step shows the whole army').toBeGreaterThanOrEqual(0);
    await open(page, `?lang=${lang}&step=${whole + 1}`);
    const figures = stepFigures(whole).map((id) => story.figures.find((f) => f.id === id)!);

    // The brief's literal strings, so the formatter above cannot drift.
    const literal: Record<number, Record<Lang, string>> = {
      1500: { de: '1.500', en: '1,500' },
      12000: { de: '12.000', en: '12,000' },
      1200000: { de: '1,2 Millionen', en: '1.2 million' },
    };
    for (const [value, want] of Object.entries(literal)) {
      expect(formatCount(Number(value), lang)).toBe(want[lang]);
    }

    const chart = await chartText(page);
    for (const f of figures) {
      expect(chart[f.id] ?? '', `chart mark of ${f.id}`).toContain(formatCount(f.value, lang));
    }
    const other: Lang = lang === 'de' ? 'en' : 'de';
    for (const f of figures.filter((f) => f.value >= 1000)) {
      expect(chart[f.id] ?? '', `no ${other} number format at ${f.id}`).not.toContain(
        formatCount(f.value, other),
      );
    }

    await showTable(page, lang);
    // The table may give exact digits ("1.200.000") where the chart says "1,2 Millionen";
    // either way in the reader's language, never in the other one.
    const rows = await tableText(page);
    expect(Object.keys(rows).sort(), 'one row per figure').toEqual(figures.map((f) => f.id).sort());
    for (const f of figures) {
      const forms = [formatCount(f.value, lang), formatDigits(f.value, lang)];
      expect(
        forms.some((form) => rows[f.id].includes(form)),
        `table row of ${f.id} ("${rows[f.id]}") has one of ${JSON.stringify(forms)}`,
      ).toBe(true);
      if (f.value >= 1000) {
        for (const form of [formatCount(f.value, other), formatDigits(f.value, other)]) {
          expect(rows[f.id], `no ${other} number format in the table row of ${f.id}`).not.toContain(form);
        }
      }
    }
    await expect(page.locator(`${FIGURE_TABLE} th`).first()).toBeVisible();
  });

  test(`against the whole army the chart shows shares: "${lang === 'de' ? '1 %' : '1%'}" (${lang})`, async ({
    page,
  }) => {
    expect(onePercent, 'a figure is 1 % of the whole army').toBeDefined();
    const id = onePercent?.id ?? '';
    const share = lang === 'de' ? /(^|[^\d.,])1 %/ : /(^|[^\d.,])1%/;

    await open(page, `?lang=${lang}&step=${whole + 1}&chart=whole`);
    expect((await chartText(page))[id] ?? '', `share of ${id} in the chart`).toMatch(share);
    await showTable(page, lang);
    expect((await tableText(page))[id] ?? '', `share of ${id} in the table`).toMatch(share);
  });
}

test('the chart-mode control switches between the claims compared and the whole army', async ({
  page,
}) => {
  await open(page, `?step=${whole + 1}`);
  await chartModeControl(page, 'de', 'whole').click();
  await expect(page).toHaveURL(/[?&]chart=whole(&|$)/);
  const id = onePercent?.id ?? '';
  await expect.poll(async () => (await chartText(page))[id] ?? '').toMatch(/(^|[^\d.,])1 %/);

  await chartModeControl(page, 'de', 'compared').click();
  await expect(page).not.toHaveURL(/[?&]chart=whole/);
});

test('the table alternative lists the step\'s figures with their verdicts, and toggles back', async ({
  page,
}) => {
  const first = story.steps.findIndex((_, i) => stepFigures(i).length > 0);
  const lens = ALL_LENSES.find((l) => stepFigures(first).some((f) => !figureShown(f, [l])));
  const active = lens ? [lens] : [];
  await open(page, `?step=${first + 1}${lens ? `&lens=${lens}` : ''}`);

  const laidOut = async () =>
    page.evaluate(
      () =>
        Array.from(document.querySelectorAll('#claimlens table:has(tr[data-figure])')).filter(
          (t) => t.getBoundingClientRect().width > 100,
        ).length,
    );
  const before = await laidOut();
  await showTable(page, 'de');
  for (const id of stepFigures(first)) {
    await expect(page.locator(`#claimlens tr[data-figure="${id}"]`).first()).toBeVisible();
  }
  await expectVerdicts(page, first, active);

  await tableToggle(page, 'de').click();
  await expect.poll(laidOut, { message: 'toggling again returns to the chart' }).toBe(before);
});
