// A story from another domain (tests/e2e/fixtures/stories/crowd-count.json, fictional: the
// people at a rally in a made-up city) renders in its own words in both languages: its
// units, kinds, badge, evidence and reference come from the story, and no word of the seed
// story's domain appears anywhere on its pages. axe-core clean on every step.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LANGS, ROOT, UI, plain, root, tableToggle, type Lang } from './fixtures/story';

type Text = Record<string, string>;
interface Term {
  id: string;
  label: Text;
}
const crowd: {
  title: Text;
  party_badge: Text;
  source_kinds: Term[];
  evidence_kinds: Term[];
  figure_kinds: Term[];
  units: { id: string; one: Text; other: Text }[];
  references: { id: string; chart_mode: Text; share_column: Text; share_of: Text }[];
  steps: { id: string; title: Text }[];
} = JSON.parse(
  readFileSync(join(ROOT, 'tests', 'e2e', 'fixtures', 'stories', 'crowd-count.json'), 'utf8'),
);
const STEPS = crowd.steps.length;
const reference = crowd.references[0];

/** Its qualified numbers as a reader reads them, in the table (digits) and in the chart. */
const QUALIFIED: Record<Lang, { table: string[]; shares: string[] }> = {
  de: {
    table: ['mehr als 20.000', 'höchstens 7.500', '9.000 bis 12.000', 'rund 240.000'],
    shares: ['kein Anteil: nach oben offen', 'kein Anteil: nur eine Obergrenze', 'kein Anteil: eine Spanne', 'rund 2,1 %'],
  },
  en: {
    table: ['more than 20,000', 'at most 7,500', '9,000 to 12,000', 'about 240,000'],
    shares: ['no share: open-ended', 'no share: an upper bound only', 'no share: a range', 'about 2.1%'],
  },
};

/** Words of the seed story's domain: none may show on this story's pages. */
const SEED_WORDS = /Soldat|Armee|Kriegspartei|verlegt|army|soldier|Party to the war/i;

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
test.use({ reducedMotion: 'reduce' });
test.describe.configure({ timeout: 120_000 });

const label = (terms: Term[], id: string, lang: Lang): string =>
  plain(terms.find((t) => t.id === id)?.label[lang]);

/** Everything a reader or a screen reader gets: the page's text, its title, its labels. */
async function pageWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const labels = Array.from(document.querySelectorAll('[aria-label], [title], [alt]')).map(
      (el) => ['aria-label', 'title', 'alt'].map((a) => el.getAttribute(a) ?? '').join(' '),
    );
    return [document.title, document.body.innerText, ...labels].join('\n');
  });
}

async function expectNoSeedWords(page: Page, where: string): Promise<void> {
  const words = await pageWords(page);
  expect(words.match(SEED_WORDS)?.[0], `a word of the seed story ${where}`).toBeUndefined();
}

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`),
    `axe violations ${where}`,
  ).toEqual([]);
}

async function expectStep(page: Page, lang: Lang, n: number): Promise<void> {
  await expect(root(page)).toContainText(UI[lang].stepOf(n, STEPS), { useInnerText: true });
  await expect(
    page.getByRole('heading', { name: plain(crowd.steps[n - 1].title[lang]), exact: true }),
  ).toBeVisible();
}

/** What each step shows in the story's own words. */
async function expectOwnWords(page: Page, lang: Lang, id: string): Promise<void> {
  const text = plain(await root(page).innerText());
  const want: string[] = [];
  if (id === 'claims') {
    want.push(
      `${plain(crowd.party_badge[lang])}: `,
      label(crowd.source_kinds, 'police', lang),
      label(crowd.evidence_kinds, 'aerial_count', lang),
      label(crowd.evidence_kinds, 'estimate_only', lang),
    );
  }
  if (id === 'numbers') {
    const people = crowd.units.find((u) => u.id === 'people')!;
    want.push(
      plain(people.other[lang]),
      label(crowd.figure_kinds, 'police_count', lang),
      label(crowd.figure_kinds, 'population', lang),
      plain(reference.chart_mode[lang]),
      plain(reference.share_column[lang]),
    );
  }
  if (id === 'calm') {
    const people = crowd.units.find((u) => u.id === 'people')!;
    want.push(`1 ${plain(people.one[lang])}`, label(crowd.figure_kinds, 'detained', lang));
  }
  if (id === 'sources') {
    want.push(
      label(crowd.source_kinds, 'citizens_group', lang),
      label(crowd.source_kinds, 'city_administration', lang),
      plain(crowd.party_badge[lang]),
    );
  }
  for (const words of want) expect(text, `step ${id} (${lang})`).toContain(words);
}

for (const lang of LANGS) {
  test(`a story from another domain speaks its own words on every step (${lang})`, async ({
    page,
  }) => {
    await page.goto(`./?story=crowd-count&lang=${lang}`);
    await expect(root(page)).toHaveAttribute('data-state', 'ready');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(plain(crowd.title[lang]));
    for (let n = 1; n <= STEPS; n++) {
      if (n > 1) await page.getByRole('button', { name: UI[lang].next, exact: true }).click();
      await expectStep(page, lang, n);
      const id = crowd.steps[n - 1].id;
      await expectOwnWords(page, lang, id);
      await expectNoSeedWords(page, `on step ${n} (${lang})`);
      await expectNoViolations(page, `on step ${n} (${lang})`);
    }
  });

  test(`the chart against the story's own reference, and its table (${lang})`, async ({ page }) => {
    const numbers = crowd.steps.findIndex((s) => s.id === 'numbers') + 1;
    await page.goto(`./?story=crowd-count&lang=${lang}&step=${numbers}&chart=${reference.id}`);
    await expect(root(page)).toHaveAttribute('data-state', 'ready');
    const mode = page.getByRole('button', { name: plain(reference.chart_mode[lang]) });
    await expect(mode).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.chart-share').first()).toContainText(
      plain(reference.share_of[lang]),
    );
    await expect(page.locator('.chart-modes button')).toHaveCount(1 + crowd.references.length);
    await tableToggle(page, lang).click();
    await expect(
      page.getByRole('columnheader', { name: plain(reference.share_column[lang]) }),
    ).toBeVisible();
    const table = plain(await page.getByRole('table').innerText());
    for (const words of [...QUALIFIED[lang].table, ...QUALIFIED[lang].shares]) {
      expect(table, `the table says "${words}" (${lang})`).toContain(words);
    }
    await expectNoSeedWords(page, `on the chart against the population (${lang})`);
    await expectNoViolations(page, `on the table against the population (${lang})`);
  });
}
