// The credibility lenses: every lens, alone and combined, sets aside exactly the claims and
// figures that the rules in the story say (checked against an independent oracle written
// from the documented semantics), on every step, with the summary line and the URL.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  ALL_LENSES,
  STEPS,
  UI,
  claimShown,
  expectStep,
  expectSummary,
  expectVerdicts,
  inStoryOrder,
  lensSwitch,
  nextButton,
  open,
  shownClaimCount,
  story,
  text,
  type Lang,
} from './fixtures/story';

/** The lens ids in `?lens=`, as a sorted list (empty when the parameter is absent). */
function urlLenses(page: Page): string[] {
  const value = new URL(page.url()).searchParams.get('lens') ?? '';
  return value
    .split(',')
    .filter((s) => s !== '')
    .sort();
}

/** Switches exactly `active` on (from all off), checking each switch's state. */
async function switchOn(page: Page, active: string[]): Promise<void> {
  // Reverse story order: the URL must still name them all (the app may reorder).
  for (const id of [...active].reverse()) {
    await lensSwitch(page, id).click();
    await expect(lensSwitch(page, id)).toBeChecked();
  }
  for (const id of ALL_LENSES) {
    if (active.includes(id)) await expect(lensSwitch(page, id)).toBeChecked();
    else await expect(lensSwitch(page, id)).not.toBeChecked();
  }
}

/** Walks every step with Next, checking the verdicts on each against the oracle. */
async function walkAndCheck(page: Page, lang: Lang, active: string[]): Promise<void> {
  for (let n = 1; n <= STEPS; n++) {
    if (n > 1) await nextButton(page, lang).click();
    await expectStep(page, lang, n);
    await expectVerdicts(page, n - 1, active);
  }
}

test('the story has lenses and each one changes what is shown (precondition)', () => {
  expect(ALL_LENSES.length).toBeGreaterThan(0);
  for (const id of ALL_LENSES) {
    expect(shownClaimCount([id]), `lens ${id} sets something aside`).toBeLessThan(
      story.claims.length,
    );
  }
  expect(shownClaimCount(ALL_LENSES)).toBeGreaterThan(0);
});

const sets: { active: string[]; lang: Lang }[] = [
  ...ALL_LENSES.map((id) => ({ active: [id], lang: 'de' as Lang })),
  ...(ALL_LENSES.length > 2 ? [{ active: ALL_LENSES.slice(0, 2), lang: 'de' as Lang }] : []),
  { active: ALL_LENSES, lang: 'en' },
];

for (const { active, lang } of sets) {
  test(`lenses [${active.join(', ')}] set aside the claims and figures the rules say, on every step (${lang})`, async ({
    page,
  }) => {
    await open(page, `?lang=${lang}`);
    await expectSummary(page, lang, []);
    await expectVerdicts(page, 0, []);

    await switchOn(page, active);
    await expectSummary(page, lang, active);
    await expect.poll(() => urlLenses(page), { message: '?lens= names the active lenses' }).toEqual(
      inStoryOrder(active).sort(),
    );
    await walkAndCheck(page, lang, active);

    // All off again: everything is back, the URL has no lens.
    for (const id of active) await lensSwitch(page, id).click();
    for (const id of ALL_LENSES) await expect(lensSwitch(page, id)).not.toBeChecked();
    await expectSummary(page, lang, []);
    await expectVerdicts(page, STEPS - 1, []);
    await expect.poll(() => urlLenses(page)).toEqual([]);
  });
}

test('a deep link with lenses switches them on, in any order', async ({ page }) => {
  const active = ALL_LENSES.slice(0, 2);
  await open(page, `?lens=${[...active].reverse().join(',')}&step=2`);
  for (const id of ALL_LENSES) {
    if (active.includes(id)) await expect(lensSwitch(page, id)).toBeChecked();
    else await expect(lensSwitch(page, id)).not.toBeChecked();
  }
  await expectSummary(page, 'de', active);
  await expectVerdicts(page, 1, active);
  expect(urlLenses(page)).toEqual([...active].sort());
});

for (const lang of ['de', 'en'] as Lang[]) {
  test(`each lens is a labelled switch with its explanation, operable by keyboard (${lang})`, async ({
    page,
  }) => {
    await open(page, `?lang=${lang}`);
    for (const lens of story.lenses) {
      const byName = page.getByRole('switch', { name: text(lens.label, lang) });
      await expect(byName, `switch named "${text(lens.label, lang)}"`).toHaveCount(1);
      await expect(byName).toHaveAttribute('data-lens', lens.id);
      await expect(page.locator('#claimlens')).toContainText(text(lens.explanation, lang));
      // The explanation sits behind the bar's disclosure; it is the switch's description.
      await expect(byName).toHaveAccessibleDescription(text(lens.explanation, lang));
    }
    const first = ALL_LENSES[0];
    await lensSwitch(page, first).focus();
    await page.keyboard.press('Space');
    await expect(lensSwitch(page, first)).toBeChecked();
    await expectSummary(page, lang, [first]);
    await page.keyboard.press('Space');
    await expect(lensSwitch(page, first)).not.toBeChecked();
    await expectSummary(page, lang, []);
  });
}

test('a set-aside claim stays on screen, with the lens that set it aside as the reason', async ({
  page,
}) => {
  // A step and a lens that sets aside at least one of the step's claims.
  let found: { step: number; lens: string; claim: string } | undefined;
  for (let i = 0; i < STEPS && !found; i++) {
    const question = story.steps[i].shows.question;
    for (const lens of ALL_LENSES) {
      const aside = story.claims.find((c) => c.question === question && !claimShown(c.id, [lens]));
      if (question && aside) {
        found = { step: i + 1, lens, claim: aside.id };
        break;
      }
    }
  }
  expect(found, 'some lens sets aside a claim on some step').toBeDefined();
  const { step, lens, claim } = found!;
  await open(page, `?step=${step}&lens=${lens}`);
  const card = page.locator(`#claimlens [data-claim="${claim}"][data-shown]`).first();
  await expect(card).toHaveAttribute('data-shown', 'false');
  await expect(card).toBeVisible();
  const label = text(story.lenses.find((l) => l.id === lens)!.label, 'de');
  await expect(card, 'the reason names the lens').toContainText(label);
});

test('the summary line counts all claims of the story in both languages', async ({ page }) => {
  await open(page, `?lens=${ALL_LENSES.join(',')}`);
  await expectSummary(page, 'de', ALL_LENSES);
  await page.getByRole('button', { name: UI.en.langName, exact: true }).click();
  await expectSummary(page, 'en', ALL_LENSES);
});
