// `?story=ID`: a fetched story shows a loading state, then the story; an invalid story,
// a bad id and a missing file show the error panel (role="alert", data-state="error"),
// never a blank page. The invalid stories live in tests/e2e/fixtures/stories/, which the
// test server serves under /data/ when dist/ does not have the file.
//
// Run against the editors' build (debug, as `make serve`; tests/e2e/global-setup.ts), which
// validates a previewed story and locates its errors: the reader's release wasm carries no
// validator (its pages' stories were validated when the site was built).
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { UI, expectStep, open, plain, root, story, text, type Lang } from './fixtures/story';

test.use({ baseURL: process.env.E2E_EDITORS_ORIGIN });

const MESSAGES = {
  de: {
    title: 'Diese Geschichte kann nicht angezeigt werden',
    badId: 'Ungültige Story-ID',
    fetchFailed: 'Die Story-Datei konnte nicht geladen werden',
  },
  en: {
    title: 'This story cannot be shown',
    badId: 'Invalid story id',
    fetchFailed: 'The story file could not be loaded',
  },
};

/** Requests for story files the page makes. */
function watchStoryRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.includes('/data/')) urls.push(r.url());
  });
  return urls;
}

/** The error panel is on screen, readable, and the page is not blank. */
async function expectErrorPanel(page: Page, lang: Lang): Promise<string> {
  await expect(root(page)).toHaveAttribute('data-state', 'error');
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(MESSAGES[lang].title);
  const box = await alert.boundingBox();
  expect(box?.height ?? 0, 'the panel takes up room on the page').toBeGreaterThan(20);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  return plain(await alert.innerText());
}

/** The browser reports a failed resource load (404) as a console error; that one is expected. */
function allowNotFound(pageErrors: string[]): void {
  for (let i = pageErrors.length - 1; i >= 0; i--) {
    if (/Failed to load resource.*404/.test(pageErrors[i])) pageErrors.splice(i, 1);
  }
}

test('?story=ID fetches data/ID.json, shows a loading state, then the story', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/nk-troops.json', async (route) => {
    await held;
    await route.continue();
  });
  const requests = watchStoryRequests(page);
  await page.goto(`./?story=${story.id}&step=2`);
  await expect(root(page)).toHaveAttribute('data-state', 'loading');
  await expect(root(page)).not.toBeEmpty();
  release();
  await expect(root(page)).toHaveAttribute('data-state', 'ready');
  await expectStep(page, 'de', 2);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(story.title, 'de'));
  expect(requests.map((u) => new URL(u).pathname)).toEqual([`/data/${story.id}.json`]);
  await expect(page).toHaveURL(new RegExp(`[?&]story=${story.id}(&|$)`));
});

test('the bundled story needs no request for a story file', async ({ page }) => {
  const requests = watchStoryRequests(page);
  await open(page);
  expect(requests).toEqual([]);
});

test('an invalid story shows the engine\'s located errors, not a blank page', async ({ page }) => {
  await page.goto('./?story=broken');
  const panel = await expectErrorPanel(page, 'de');
  // The fixture's claims[1] names a source the story does not have.
  expect(panel).toContain('claims[1].source');
  expect(panel).toMatch(/\d+:\d+: claims\[1\]\.source/);
  await expect(page.getByRole('alert').getByRole('listitem')).not.toHaveCount(0);
});

test('a story that is not JSON shows the syntax error with its line and column', async ({
  page,
}) => {
  await page.goto('./?story=garbled&lang=en');
  const panel = await expectErrorPanel(page, 'en');
  expect(panel).toMatch(/\d+:\d+:/);
});

for (const bad of ['../x', 'UPPER', 'a/b', '-x', '']) {
  test(`a bad story id (${JSON.stringify(bad)}) is refused with a message, without a request`, async ({
    page,
  }) => {
    const requests = watchStoryRequests(page);
    await page.goto(`./?story=${encodeURIComponent(bad).replace(/%2F/g, '/')}`);
    const panel = await expectErrorPanel(page, 'de');
    expect(panel).toContain(MESSAGES.de.badId);
    expect(requests, 'nothing is fetched for a refused id').toEqual([]);
  });
}

test('a bad story id is refused in English too', async ({ page }) => {
  await page.goto('./?lang=en&story=UPPER');
  const panel = await expectErrorPanel(page, 'en');
  expect(panel).toContain(MESSAGES.en.badId);
  await expect(page.getByRole('button', { name: UI.en.next, exact: true })).toHaveCount(0);
});

for (const lang of ['de', 'en'] as Lang[]) {
  test(`a missing story file shows the error panel (${lang})`, async ({ page, pageErrors }) => {
    await page.goto(`./?lang=${lang}&story=nope`);
    const panel = await expectErrorPanel(page, lang);
    expect(panel).toContain(MESSAGES[lang].fetchFailed);
    expect(panel).toContain('404');
    allowNotFound(pageErrors);
  });
}

// The reader's release build (dist/) decodes a previewed story file without the validator.
test.describe('the reader\'s release build', () => {
  test.use({ baseURL: process.env.E2E_APP_ORIGIN });

  test('a story file that is not JSON shows where it stopped', async ({ page }) => {
    await page.goto('./?story=garbled&lang=en');
    const panel = await expectErrorPanel(page, 'en');
    expect(panel).toMatch(/\d+:\d+: /);
  });

  test('a story file with errors only story-check finds never panics or leaves the page blank', async ({
    page,
  }) => {
    await page.goto('./?story=broken');
    await expect(root(page)).toHaveAttribute('data-state', /^(ready|error)$/);
    await expect(root(page)).not.toBeEmpty();
    await expect(page.getByRole('heading', { level: 1 }).or(page.getByRole('alert'))).toBeVisible();
  });
});

