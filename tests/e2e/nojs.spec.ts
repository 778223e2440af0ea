// Without JavaScript (issue 14): each language of a story has its own page, prerendered at
// build time, and it is a complete explainer: every step in order with its claims, its
// chart and its table, the lenses with their criteria, a language switch of links, and
// Back/Next and step dots that move to the step's place in the page. The page's no-script
// styles (`@media (scripting: none)`) are what lay every step out: a browser that ran the
// page's scripting-enabled styles instead would show one step only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LANGS, ROOT, STEPS, UI, root, story, text, type Lang } from './fixtures/story';

type Text = Record<string, string>;
interface Full {
  claims: { id: string; source: string; statement: Text }[];
  sources: { id: string; name: Text }[];
  figures: { id: string; value: number }[];
}
const full: Full = JSON.parse(readFileSync(join(ROOT, 'data', `${story.id}.json`), 'utf8'));

/** The story's page in `lang`: the default language at ID.html, the others at ID.LANG.html. */
const pageOf = (lang: Lang) => (lang === 'de' ? `${story.id}.html` : `${story.id}.${lang}.html`);
const LOCALE = { de: 'de-DE', en: 'en-US' } as const;

async function withoutScript(browser: Browser, path: string): Promise<[Page, () => Promise<void>]> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  return [page, () => context.close()];
}

for (const lang of LANGS) {
  test(`without JavaScript the ${lang} page is the whole explainer in ${lang}`, async ({ browser }) => {
    const [page, close] = await withoutScript(browser, `./${pageOf(lang)}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page).toHaveTitle(text(story.title, lang));
    const main = page.locator('#claimlens');
    await expect(main).toHaveAttribute('data-state', 'static');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(story.title, lang));

    // Every step, in order, on screen (not only in the markup).
    const titles = page.locator('.step-title');
    await expect(titles).toHaveText(story.steps.map((s) => text(s.title, lang)));
    for (let n = 1; n <= STEPS; n++) {
      await expect(page.locator(`#step-${n} .step-title`)).toBeVisible();
      await expect(page.locator(`#step-${n} .step-progress`)).toHaveText(UI[lang].stepOf(n, STEPS));
    }

    // Each claim: its source and its statement.
    for (const claim of full.claims) {
      const card = page.locator(`.claim-card[data-claim="${claim.id}"]`).first();
      await expect(card, claim.id).toBeVisible();
      const source = full.sources.find((s) => s.id === claim.source);
      await expect(card.locator('.claim-source')).toHaveText(text(source?.name ?? {}, lang));
      await expect(card.locator('.claim-statement')).toHaveText(text(claim.statement, lang));
    }

    // Each figure in its locale's format, in the chart and in the table shown beside it.
    for (const figure of full.figures) {
      const digits = figure.value.toLocaleString(LOCALE[lang], { useGrouping: true });
      const row = page.locator(`tr[data-figure="${figure.id}"]`).first();
      await expect(row, figure.id).toBeVisible();
      if (figure.value < 1_000_000) {
        await expect(page.locator(`.chart-mark[data-figure="${figure.id}"] .chart-number`).first()).toHaveText(digits);
        await expect(row).toContainText(digits);
      }
    }
    // No control that needs the app: the chart's mode buttons are not shown.
    await expect(page.locator('.chart-controls').first()).toBeHidden();

    // The lenses, each with its criteria.
    for (const lens of story.lenses) {
      await expect(page.locator(`[data-lens="${lens.id}"]`)).toContainText(text(lens.label, lang));
      await expect(page.locator(`#lens-${lens.id}-explanation`)).toHaveText(text(lens.explanation, lang));
    }
    await close();
  });

  test(`without JavaScript the ${lang} page has no axe violations`, async ({ page }) => {
    // axe needs script to run, so it checks the same page as a browser without JavaScript
    // would show it: served without its module script, its no-script styles applying and
    // its script-only ones not (the rest of this file shows that Chromium, script off, does
    // exactly that).
    await page.route(`**/${pageOf(lang)}`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text())
        .replace(/<script type="?module"?[^>]*>[\s\S]*?<\/script>/g, '')
        .replace(/\(\s*scripting\s*:\s*none\s*\)/g, '(min-width:0)')
        .replace(/\(\s*scripting\s*:\s*enabled\s*\)/g, '(max-width:0)');
      await route.fulfill({ response, body });
    });
    await page.goto(`./${pageOf(lang)}`);
    await expect(page.locator('#step-2 .step-title')).toBeVisible();
    await expect(root(page)).toHaveAttribute('data-state', 'static');
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}

test('without JavaScript the language links open each language’s page, / the default one', async ({
  browser,
}) => {
  const [page, close] = await withoutScript(browser, './');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByRole('link', { name: UI.en.langName }).click();
  await expect(page).toHaveURL(new RegExp(`/${story.id}\\.en\\.html$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(story.title, 'en'));
  await expect(page.getByRole('link', { name: UI.en.langName })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: UI.de.langName }).click();
  await expect(page).toHaveURL(new RegExp(`/${story.id}\\.html$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(story.title, 'de'));
  await close();
});

test('without JavaScript Next and a step dot move to the step’s place in the page', async ({ browser }) => {
  const [page, close] = await withoutScript(browser, `./${pageOf('en')}`);
  const first = page.locator('#step-1');
  // At an end the link is there, and disabled.
  await expect(first.getByRole('link', { name: UI.en.back })).toHaveAttribute('aria-disabled', 'true');
  await first.getByRole('link', { name: UI.en.next }).click();
  await expect(page).toHaveURL(/#step-2$/);
  await expect(page.locator('#step-2 .step-title')).toBeInViewport();
  await expect(page.locator('#step-1 .step-title')).not.toBeInViewport();
  await page.locator('#step-2 .step-dots').getByRole('link', { name: new RegExp(`^${STEPS}\\b`) }).click();
  await expect(page).toHaveURL(new RegExp(`#step-${STEPS}$`));
  await expect(page.locator(`#step-${STEPS} .step-title`)).toBeInViewport();
  await close();
});
