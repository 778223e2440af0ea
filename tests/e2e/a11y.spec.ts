// Zero axe-core violations (WCAG 2.0/2.1 A and AA, 2.2 AA) on every step, with lenses off
// and all on, in both languages; also with the table shown, the whole-army chart, the dark
// theme, and on the error panel.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectNoViolations } from './fixtures/axe';
import {
  ALL_LENSES,
  LANGS,
  STEPS,
  expectStep,
  nextButton,
  open,
  root,
  tableToggle,
  wholeArmyStep,
  type Lang,
} from './fixtures/story';

// Transitions finish at once, so axe never measures a half-faded colour.
test.use({ reducedMotion: 'reduce' });
// One axe run takes about a second on an idle machine and several on a busy one; a walk
// through every step runs it once per step.
test.describe.configure({ timeout: 120_000 });

/** Walks every step with Next and runs axe on each. */
async function axeEveryStep(page: Page, lang: Lang, label: string): Promise<void> {
  for (let n = 1; n <= STEPS; n++) {
    if (n > 1) await nextButton(page, lang).click();
    await expectStep(page, lang, n);
    await expectNoViolations(page, `on step ${n} (${label})`);
  }
}

for (const lang of LANGS) {
  test(`no axe violations on any step with lenses off (${lang})`, async ({ page }) => {
    await open(page, `?lang=${lang}`);
    await axeEveryStep(page, lang, `${lang}, lenses off`);
  });

  test(`no axe violations on any step with all lenses on (${lang})`, async ({ page }) => {
    await open(page, `?lang=${lang}&lens=${ALL_LENSES.join(',')}`);
    await axeEveryStep(page, lang, `${lang}, all lenses on`);
  });

  test(`no axe violations with the table shown and the whole-army chart (${lang})`, async ({
    page,
  }) => {
    const step = Math.max(wholeArmyStep(), 0);
    await open(page, `?lang=${lang}&step=${step + 1}&chart=whole&lens=${ALL_LENSES[0]}`);
    await expectNoViolations(page, `on the whole-army chart (${lang})`);
    await tableToggle(page, lang).click();
    await expect(root(page).locator('tr[data-figure]').first()).toBeVisible();
    await expectNoViolations(page, `with the table shown (${lang})`);
  });
}

test('no axe violations on any step in the dark theme, lenses on (de, ?theme=dark)', async ({
  page,
}) => {
  await open(page, `?theme=dark&lens=${ALL_LENSES.join(',')}`);
  await axeEveryStep(page, 'de', 'dark theme');
});

test('no axe violations on the error panel (de and en)', async ({ page }) => {
  for (const lang of LANGS) {
    await page.goto(`./?lang=${lang}&story=UPPER`);
    await expect(root(page)).toHaveAttribute('data-state', 'error');
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoViolations(page, `on the error panel (${lang})`);
  }
});
