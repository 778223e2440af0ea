// The strict Content-Security-Policy (issue 5): the test server on port 4175 sends
// dist/csp.txt (written by scripts/csp.mjs) as the Content-Security-Policy header. The app
// runs under it, alone and in a cross-origin iframe, with no violation and no console error.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ALL_LENSES, ROOT, STEPS, UI, chartModeControl, story, tableToggle, text } from './fixtures/story';

const CSP_APP = process.env.E2E_CSP_ORIGIN ?? 'http://127.0.0.1:4175/';
const HOST = process.env.E2E_HOST_ORIGIN ?? 'http://127.0.0.1:4174/';
const DIST = resolve(ROOT, process.env.DIST ?? 'dist');

const POLICY_SHAPE =
  /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]{43}=')*; style-src 'self'( 'sha256-[A-Za-z0-9+/]{43}=')*; img-src 'self' data:; connect-src 'self'; frame-ancestors \*$/;

// Violations in every frame, recorded before any page script runs.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
});

async function violations(frame: Page | Frame): Promise<string[]> {
  return frame.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test('dist/csp.txt holds the strict policy with a hash for each inline script and style of every page', async () => {
  const policy = readFileSync(join(DIST, 'csp.txt'), 'utf8').trim();
  expect(policy).toMatch(POLICY_SHAPE);
  expect(policy).not.toContain('unsafe-inline');
  // Every page: index.html, each story's page, editors.html.
  const pages = readdirSync(DIST)
    .filter((name) => name.endsWith('.html'))
    .map((name) => readFileSync(join(DIST, name), 'utf8'));
  expect(pages.length, 'index.html, a page per story and editors.html').toBeGreaterThanOrEqual(3);
  const directive = (name: string) =>
    policy.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';
  // Inline elements the browser runs or applies; a <script type="application/json"> (the
  // inlined story) is data, which script-src does not govern.
  const inline = (tag: string) =>
    new Set(
      pages.flatMap((html) =>
        [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi'))]
          .filter((m) => !/\bsrc=/.test(m[1]) && !/type="?application\/json/.test(m[1]))
          .filter((m) => m[2].length > 0)
          .map((m) => m[2]),
      ),
    ).size;
  expect(directive('script-src').match(/'sha256-/g) ?? [], 'one hash per inline script').toHaveLength(
    inline('script'),
  );
  expect(directive('style-src').match(/'sha256-/g) ?? [], 'one hash per inline style').toHaveLength(
    inline('style'),
  );
});

test('under the CSP header each story page and the editors page work with no violation', async ({
  page,
}) => {
  // The story inlined as JSON is read, not run: the page is ready without a fetch.
  await page.goto(`${CSP_APP}${story.id}.html?lang=en`);
  await expect(page.locator('#claimlens')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(story.title, 'en'));
  expect(await violations(page)).toEqual([]);

  // The editors' page script ran: it shows the copy buttons.
  await page.goto(`${CSP_APP}editors.html`);
  const section = page.getByRole('region', { name: text(story.title, 'de') });
  await expect(section.getByRole('button', { name: 'Copy: Plain iframe' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('under the CSP header the app fully works with no violation', async ({ page }) => {
  const response = await page.goto(`${CSP_APP}?lang=de`);
  const policy = readFileSync(join(DIST, 'csp.txt'), 'utf8').trim();
  expect(response?.headers()['content-security-policy'], 'the server sends dist/csp.txt').toBe(policy);
  await expect(page.locator('#claimlens')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(story.title, 'de'));

  for (let n = 2; n <= STEPS; n++) {
    await page.getByRole('button', { name: UI.de.next, exact: true }).click();
    await expect(page.locator('#claimlens')).toContainText(UI.de.stepOf(n, STEPS));
  }
  for (const lens of ALL_LENSES) {
    await page.locator(`[data-lens="${lens}"]`).click();
    await expect(page.locator(`[data-lens="${lens}"]`)).toHaveAttribute('aria-checked', 'true');
  }
  await page.locator('button.language-option[lang="en"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(story.title, 'en'));
  // The chart's controls on a step with figures: bar positions are set through CSSOM, which
  // style-src 'self' allows (a style="…" attribute would be a violation).
  const withFigures = story.steps.findIndex((s) => s.shows.figures);
  if (withFigures >= 0) {
    await page.goto(`${CSP_APP}?lang=en&step=${withFigures + 1}`);
    await expect(page.locator('#claimlens')).toHaveAttribute('data-state', 'ready');
    await chartModeControl(page, 'en', 'whole').click();
    await tableToggle(page, 'en').click();
    await expect(page.locator('table').first()).toBeVisible();
  }
  expect(await violations(page)).toEqual([]);
});

test('under the CSP header the app works embedded in a cross-origin and a sandboxed frame', async ({
  page,
}) => {
  for (const [host, extra] of [
    ['pym', ''],
    ['snippet', '&sandbox=1'],
  ] as const) {
    await page.goto(
      `${HOST}hosts/${host}.html?app=${encodeURIComponent(`${CSP_APP}?lang=de`)}${extra}`,
    );
    const frame = await (await page.locator('iframe').first().elementHandle())?.contentFrame();
    if (!frame) throw new Error('no app frame');
    await expect(frame.locator('#claimlens')).toHaveAttribute('data-state', 'ready');
    const app = page.locator('iframe').first().contentFrame();
    for (let n = 2; n <= STEPS; n++) {
      await app.getByRole('button', { name: UI.de.next, exact: true }).click();
      await expect(app.locator('#claimlens')).toContainText(UI.de.stepOf(n, STEPS));
    }
    // Sized by its host, so the messages went out.
    await expect
      .poll(() => page.locator('iframe').first().evaluate((el) => el.getBoundingClientRect().height))
      .toBeGreaterThan(300);
    expect(await violations(frame), `violations in the frame (${host}${extra})`).toEqual([]);
  }
});
