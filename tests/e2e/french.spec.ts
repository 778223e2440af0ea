// A third language from data alone: the French UI file (data/ui/fr.json) and a French test
// story (tests/e2e/fixtures/stories/fr-test.json, fictional, served under data/ by the test
// server). French numbers (12 000 with a narrow no-break space, "1,2 million"), <html lang>,
// the language switch offering exactly the story's languages, switching to English, and
// axe-core. Expectations come from the two JSON files, read at test time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectNoViolations } from './fixtures/axe';
import { ROOT, UI, open, root } from './fixtures/story';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

type Text = Record<string, string>;
const fixture = JSON.parse(
  readFileSync(join(ROOT, 'tests', 'e2e', 'fixtures', 'stories', 'fr-test.json'), 'utf8'),
) as {
  languages: string[];
  title: Text;
  steps: { title: Text }[];
  figures: { id: string; value: number }[];
};
/** A UI language file's words. */
function ui(code: string): { name: string; words: Record<string, string> } {
  return JSON.parse(readFileSync(join(ROOT, 'data', 'ui', `${code}.json`), 'utf8'));
}
const FR = ui('fr');
const STEPS = fixture.steps.length;
const stepOf = (n: number) =>
  FR.words.step_of.replace('{n}', String(n)).replace('{total}', String(STEPS));

test.use({ reducedMotion: 'reduce' });
test.describe.configure({ timeout: 120_000 });

/** The raw text of the chart mark and of the table row of a figure (no-break spaces kept). */
async function figureText(page: Page, id: string): Promise<string> {
  return page.evaluate(
    (id) =>
      Array.from(document.querySelectorAll(`#claimlens [data-figure="${id}"]`))
        .map((el) => el.textContent ?? '')
        .join(' | '),
    id,
  );
}

/** The names of the language switch's buttons, in order. */
async function offeredLanguages(page: Page, groupName: string): Promise<string[]> {
  const group = page.getByRole('group', { name: groupName, exact: true });
  return group.getByRole('button').allInnerTexts();
}

test('a French story opens in French: <html lang="fr">, its title, the French step counter', async ({
  page,
}) => {
  await open(page, '?story=fr-test');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fixture.title.fr);
  await expect(root(page)).toContainText(stepOf(1));
  await expect(page.getByRole('button', { name: FR.words.next, exact: true })).toBeEnabled();
  await expect(page.getByRole('button', { name: FR.words.back, exact: true })).toBeDisabled();
  await expect(page).toHaveTitle(fixture.title.fr);
});

test('French numbers: 12 000 with a narrow no-break space, 1,2 million, 1 %', async ({ page }) => {
  await open(page, `?story=fr-test&step=${STEPS}`);
  await expect(root(page)).toContainText(stepOf(STEPS));
  const planned = await figureText(page, 'planned');
  expect(planned).toContain(`12${NNBSP}000`);
  expect(planned).not.toContain('12.000');
  expect(planned).not.toContain('12,000');
  const army = await figureText(page, 'army');
  expect(army).toContain(`1,2${NBSP}million`);
  expect(army).not.toContain('millions');
  expect(army).not.toContain('1.2');

  // Against the whole: 12 000 of 1,2 million is 1 %, with a narrow no-break space.
  await page.getByRole('button', { name: 'Par rapport à l’armée entière' }).click();
  await expect(page).toHaveURL(/[?&]chart=whole(&|$)/);
  expect(await figureText(page, 'planned')).toContain(`1${NNBSP}%`);

  await page.getByRole('button', { name: FR.words.show_table }).click();
  const row = page.locator('#claimlens tr[data-figure="planned"]');
  await expect(row).toBeVisible();
  expect(await row.textContent()).toContain(`12${NNBSP}000`);
  expect(await row.textContent()).toContain(`1${NNBSP}%`);
  expect(await page.locator('#claimlens tr[data-figure="army"]').textContent()).toContain(
    `1${NNBSP}200${NNBSP}000`,
  );
});

test('the language switch offers every language of the story and switches to English', async ({
  page,
}) => {
  await open(page, '?story=fr-test&step=2');
  const names = fixture.languages.map((code) => ui(code).name);
  expect(await offeredLanguages(page, FR.words.language)).toEqual(names);
  expect(names).toEqual(['Français', 'English']);

  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fixture.title.en);
  await expect(root(page)).toContainText(UI.en.stepOf(2, STEPS));
  expect(await figureText(page, 'planned')).toContain('12,000');
  expect(await figureText(page, 'army')).toContain(`1.2${NBSP}million`);
  expect(await offeredLanguages(page, 'Language')).toEqual(names);

  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(root(page)).toContainText(stepOf(2));
});

test('a language the story lacks is never offered nor shown: ?lang=de opens it in French', async ({
  page,
}) => {
  await open(page, '?story=fr-test&lang=de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(root(page)).toContainText(stepOf(1));
  await expect(page.getByRole('button', { name: 'Deutsch', exact: true })).toHaveCount(0);
});

test('the seed story offers exactly its own languages, never French', async ({ page }) => {
  await open(page, '');
  expect(await offeredLanguages(page, 'Sprache')).toEqual([UI.de.langName, UI.en.langName]);
  await expect(page.getByRole('button', { name: 'Français', exact: true })).toHaveCount(0);
  await open(page, '?lang=fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('button', { name: 'Français', exact: true })).toHaveCount(0);
});

test('a story that cannot load says so in French when ?lang=fr', async ({ page, pageErrors }) => {
  await page.goto('./?story=UPPER&lang=fr');
  await expect(root(page)).toHaveAttribute('data-state', 'error');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('alert')).toContainText(FR.words.error_title);
  expect(pageErrors).toEqual([]);
});

for (const lang of ['fr', 'en']) {
  test(`no axe violations on any step of the French story (${lang})`, async ({ page }) => {
    for (let n = 1; n <= STEPS; n++) {
      await open(page, `?story=fr-test&lang=${lang}&step=${n}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectNoViolations(page, `on step ${n} (${lang})`);
    }
  });
}

test('no axe violations on the French story with the table and the whole-army chart', async ({
  page,
}) => {
  await open(page, `?story=fr-test&step=${STEPS}&chart=whole&lens=evidence`);
  await expectNoViolations(page, 'on the whole-army chart (fr)');
  await page.getByRole('button', { name: FR.words.show_table }).click();
  await expect(page.locator('#claimlens tr[data-figure]').first()).toBeVisible();
  await expectNoViolations(page, 'with the table shown (fr)');
});
