// Many stories in one deployment (issue 13): each story in data/ has its own page, ID.html,
// with its own title and language, the story prerendered (and a page per other language,
// ID.LANG.html) and inlined; `/` shows the home
// story of data/site.json (the seed, so published embeds keep working); `?story=ID` still
// fetches data/ID.json; editors.html lists every story for the newsroom.
//
// A second story and broken ones never enter data/: tests/e2e/global-setup.ts runs the
// build's page writer over data/ and tests/e2e/fixtures/stories/ into a second site the
// test server serves under /e2e-site/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ROOT, holdWasm, root, story, text, type Lang } from './fixtures/story';

interface Header {
  id: string;
  default_language: Lang;
  title: Record<string, string>;
  summary: Record<string, string>;
  steps: unknown[];
  claims: unknown[];
  figures: unknown[];
}
const fixture = (id: string): Header =>
  JSON.parse(readFileSync(join(ROOT, 'tests/e2e/fixtures/stories', `${id}.json`), 'utf8'));
const seed = story as unknown as Header;
const second = fixture('library-hours');

/** Words of the seed story's domain that no other story's page may show. */
const SEED_WORDS = [
  text(seed.title, 'de'),
  text(seed.title, 'en'),
  'Nordkorea',
  'North Korea',
  'Soldaten',
  'Armee',
  'army',
  'Kriegspartei',
  'verlegt',
];

/** Story files the page asks the server for. */
function storyRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.includes('/data/')) urls.push(r.url());
  });
  return urls;
}

/** The page shows `header`'s own story, prerendered, before the wasm arrives and once the app is ready. */
async function expectOwnPage(page: Page, path: string, header: Header, lang = header.default_language): Promise<void> {
  const requests = storyRequests(page);
  const release = await holdWasm(page);
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  const painted = page.locator('#claimlens[data-state="static"]');
  await expect(painted).toBeVisible();
  await expect(painted.getByRole('heading', { level: 1 })).toHaveText(text(header.title, lang));
  await expect(painted.locator('.story-summary')).toHaveText(text(header.summary, lang));
  await expect(painted.locator('.step-title').first()).toBeVisible();
  await expect(page).toHaveTitle(text(header.title, lang));
  await expect(page.locator('html')).toHaveAttribute('lang', lang);

  release();
  await expect(root(page)).toHaveAttribute('data-state', 'ready');
  await expect(painted).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(header.title, lang));
  await expect(page).toHaveTitle(text(header.title, lang));
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  expect(requests, 'the page carries its story: no fetch').toEqual([]);
  await expect(page.locator('a[href*="editors"]'), 'no reader page links the editors page').toHaveCount(0);
}

test('the seed story shows its own header at / and at its own page, before the wasm and once ready', async ({
  page,
}) => {
  await expectOwnPage(page, './', seed);
  await expectOwnPage(page, `./${seed.id}.html`, seed);
  // Each other language of the story has its own page, which the app opens in it.
  await expectOwnPage(page, `./${seed.id}.en.html`, seed, 'en');
});

test("a second story's page shows its own title and language, never the seed story's words", async ({
  page,
}) => {
  expect(second.default_language, 'a story whose page speaks another language').not.toBe(
    seed.default_language,
  );
  await expectOwnPage(page, `./e2e-site/${second.id}.html`, second);
  const other = second.default_language === 'en' ? 'de' : 'en';
  await expectOwnPage(page, `./e2e-site/${second.id}.${other}.html`, second, other);
  for (const lang of ['en', 'de'] as const) {
    await page.goto(`./e2e-site/${second.id}.html?lang=${lang}`);
    await expect(root(page)).toHaveAttribute('data-state', 'ready');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(second.title, lang));
    const html = await page.content();
    for (const word of SEED_WORDS) expect(html, `"${word}" on the ${lang} page`).not.toContain(word);
  }
  // The seed's own pages are still the seed's in the same site.
  await page.goto('./e2e-site/');
  await expect(root(page)).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(seed.title, 'de'));
});

test('?story=ID still fetches data/ID.json for a preview, on any page', async ({ page }) => {
  for (const path of ['./', `./${seed.id}.html`]) {
    const requests = storyRequests(page);
    await page.goto(`${path}?story=${second.id}&lang=de`);
    await expect(root(page)).toHaveAttribute('data-state', 'ready');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(second.title, 'de'));
    expect(requests.map((url) => new URL(url).pathname)).toEqual([`/data/${second.id}.json`]);
  }
});

/** The section of the editors' page about the story titled `title`. */
function section(page: Page, title: string) {
  return page.getByRole('region', { name: title });
}

const counts = (header: Header) =>
  [
    ['Steps', header.steps.length],
    ['Claims', header.claims.length],
    ['Figures', header.figures.length],
  ] as const;

async function expectListed(page: Page, header: Header): Promise<void> {
  const lang = header.default_language;
  const area = section(page, text(header.title, lang));
  await expect(area).toBeVisible();
  for (const [term, n] of counts(header)) {
    await expect(area.locator(`dt:text-is("${term}") + dd`)).toHaveText(String(n));
  }
  await expect(area.locator('dt:text-is("story-check") + dd')).toHaveText('ok');
  const preview = area.getByRole('link', { name: `Preview: ${header.id}.html` });
  await expect(preview).toHaveAttribute('href', `${header.id}.html`);
  const embedTitle = `${lang === 'de' ? 'Interaktive Erklärung' : 'Interactive explainer'}: ${text(header.title, lang)}`;
  // With script, the page resolves the story's address against its own.
  const src = new URL(`${header.id}.html?lang=${lang}`, page.url()).href;
  for (const [label, start] of [
    ['Plain iframe', `<iframe src="${src}"`],
    ['pym.js', `<div data-pym-src="${src}"`],
    ['claimlens snippet', `<iframe data-claimlens src="${src}"`],
  ] as const) {
    const code = area.getByRole('textbox', { name: label });
    await expect(code).toHaveJSProperty('readOnly', true);
    const value = await code.inputValue();
    expect(value.startsWith(start), `${label}: ${value}`).toBe(true);
    expect(value, label).toContain(`title="${embedTitle}"`);
  }
  expect(await area.getByRole('textbox', { name: 'claimlens snippet' }).inputValue()).toContain(
    readFileSync(join(ROOT, 'host/claimlens-host.min.js'), 'utf8').trim(),
  );
}

test('the editors page lists each story with its counts, a preview and embed code naming it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./editors.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stories in this deployment');
  await expectListed(page, seed);
  await expect(page.getByRole('region')).toHaveCount(1);

  // Copy-ready: the button puts the code on the clipboard and says so.
  const area = section(page, text(seed.title, 'de'));
  await area.getByRole('button', { name: 'Copy: pym.js' }).click();
  await expect(page.getByRole('status')).toHaveText('Copied: pym.js');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await area.getByRole('textbox', { name: 'pym.js' }).inputValue());

  // The preview link opens the story's page.
  await area.getByRole('link', { name: `Preview: ${seed.id}.html` }).click();
  await expect(root(page)).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(seed.title, 'de'));
});

test('the editors page lists a broken story with its located errors and no reader page', async ({
  page,
}) => {
  // On the editors' build (tests/e2e/global-setup.ts), whose previews locate a story's errors:
  // the reader's release wasm carries no validator.
  const editors = (path: string) => new URL(path, process.env.E2E_EDITORS_ORIGIN).href;
  await page.goto(editors('editors.html'));
  await expectListed(page, seed);
  await expectListed(page, second);

  const broken = fixture('broken');
  const area = section(page, text(broken.title, broken.default_language));
  await expect(area.locator('dt:text-is("story-check") + dd')).toHaveText('1 error');
  await expect(area.getByRole('list', { name: 'story-check errors' })).toContainText(
    'broken.json:206:17: claims[1].source: unknown source "nobody"',
  );
  await expect(area.getByRole('textbox')).toHaveCount(0);
  const preview = area.getByRole('link', { name: /Preview with its errors/ });
  await expect(preview).toHaveAttribute('href', 'index.html?story=broken');
  // A file that is not even JSON is listed by its name.
  const garbled = section(page, 'tests/e2e/fixtures/stories/garbled.json');
  await expect(garbled.getByRole('listitem')).toContainText(['garbled.json:18:3: expected ":"']);

  const response = await page.request.get(editors('broken.html'));
  expect(response.status(), 'no reader page for a story that fails story-check').toBe(404);

  // The preview shows the located errors in the app's error panel.
  await preview.click();
  await expect(root(page)).toHaveAttribute('data-state', 'error');
  await expect(page.getByRole('alert')).toContainText('unknown source "nobody"');
});

test('without script the editors page shows page-relative embed code and no dead buttons', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./editors.html');
  const area = section(page, text(seed.title, 'de'));
  await expect(area.getByRole('textbox', { name: 'Plain iframe' })).toHaveValue(
    new RegExp(`^<iframe src="${seed.id}\\.html\\?lang=de"`),
  );
  await expect(area.getByRole('button')).toHaveCount(0);
  await context.close();
});

test('the editors page has no axe violations', async ({ page }) => {
  await page.goto('./e2e-site/editors.html');
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});

test('a page that carries no story and names none shows the error panel', async ({ page }) => {
  // The template as trunk builds it, before story-pages fills it: here, index.html without
  // its inlined story.
  await page.route((url) => url.pathname === '/no-story.html', async (route) => {
    const html = readFileSync(join(ROOT, process.env.DIST ?? 'dist', 'index.html'), 'utf8');
    const body = html.replace(/<script type="application\/json" id="claimlens-story">[\s\S]*?<\/script>/, '');
    await route.fulfill({ body, contentType: 'text/html' });
  });
  await page.goto('./no-story.html?lang=en');
  await expect(root(page)).toHaveAttribute('data-state', 'error');
  await expect(page.getByRole('alert')).toContainText('This page holds no story');
});
